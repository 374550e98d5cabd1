package timeline

import (
	"strings"
	"testing"
)

// TestEventUpdates checks the rules of testdata/events/updates, three
// short articles about one market bombing: casualty counts join the
// bombing they count (the same article's, or one naming the same town),
// a date of another happening in the sentence dates that happening, a
// statement about joining is not the joining, and states, habits and
// possibilities are no events.
func TestEventUpdates(t *testing.T) {
	tl := buildSite(t, "testdata/events/updates")
	for _, e := range tl.Events {
		t.Logf("%s %s %q %d", e.Date.Start.Format("2006-01-02"), e.Date.Precision, e.Title, e.MentionCount())
	}
	tests := []struct {
		name string
		in   func(e *Event) bool
		want int
	}{
		{"bombing with both counts and the condemned attacks", func(e *Event) bool {
			return e.Date.Start.Format("2006-01-02") == "2025-09-09" && e.MentionCount() == 4 && e.ArticleCount() == 3
		}, 1},
		{"condemnation, without the bombing's date in its title", func(e *Event) bool {
			return e.Title == "Norvian government condemned the twin bomb attacks on the Castell market"
		}, 1},
		{"statement apart from the joining", func(e *Event) bool { return strings.Contains(e.Title, "joint statement") }, 1},
		{"joining", func(e *Event) bool { return strings.Contains(e.Title, "formally joined") }, 1},
		{"funerals", func(e *Event) bool { return strings.Contains(e.Title, "mourners") && e.MentionCount() == 1 }, 1},
		{"count alone", func(e *Event) bool {
			return strings.HasPrefix(e.Title, "At least") || strings.Contains(e.Title, "toll")
		}, 0},
		{"state, habit or possibility", func(e *Event) bool {
			return strings.Contains(e.Title, "focus") || strings.Contains(e.Title, "purports") ||
				strings.Contains(e.Title, "every week") || strings.Contains(e.Title, "saved")
		}, 0},
	}
	for _, tt := range tests {
		n := 0
		for _, e := range tl.Events {
			if tt.in(e) {
				n++
			}
		}
		if n != tt.want {
			t.Errorf("%s: %d events, want %d", tt.name, n, tt.want)
		}
	}
	for _, e := range tl.Events {
		if e.Date.Start.Format("2006-01-02") == "2025-09-09" && e.Title != "Two bombs exploded in the central market of Castell" {
			t.Errorf("bombing title %q: want the mention that tells who did what", e.Title)
		}
	}
}
