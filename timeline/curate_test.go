package timeline

import (
	"strings"
	"testing"
	"time"

	"github.com/eventline/timeline/timeline/temporal"
)

func cday(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

func TestParseInterval(t *testing.T) {
	tests := []struct {
		in, start, end string
		prec           temporal.Precision
	}{
		{"2025-04-03", "2025-04-03", "2025-04-03", temporal.Day},
		{"2025-W14", "2025-03-31", "2025-04-06", temporal.Week},
		{"2025-W01", "2024-12-30", "2025-01-05", temporal.Week},
		{"2025-02", "2025-02-01", "2025-02-28", temporal.Month},
		{"2024", "2024-01-01", "2024-12-31", temporal.Year},
		{"2025-04-03/2025-04-05", "2025-04-03", "2025-04-05", temporal.Day},
	}
	for _, tt := range tests {
		iv, err := ParseInterval(tt.in)
		if err != nil || !iv.Start.Equal(cday(tt.start)) || !iv.End.Equal(cday(tt.end)) || iv.Precision != tt.prec {
			t.Errorf("ParseInterval(%q) = %v..%v %v, %v", tt.in, iv.Start, iv.End, iv.Precision, err)
		}
	}
	for _, bad := range []string{"April", "2025-13", "2025-W60", "2025-04-05/2025-04-03", "04/03/2025"} {
		if _, err := ParseInterval(bad); err == nil {
			t.Errorf("ParseInterval(%q) succeeded", bad)
		}
	}
}

// curationTimeline is a small timeline of three events from two articles.
func curationTimeline() *Timeline {
	a := &Article{Path: "content/a.md", Slug: "a"}
	b := &Article{Path: "content/b.md", Slug: "b"}
	ev := func(id, date, title string, art *Article, off int) *Event {
		iv, _ := ParseInterval(date)
		return &Event{ID: id, Date: iv, Title: title, Summary: title,
			Mentions: []*Mention{{Article: art, Sentence: title, SentenceStart: off, Match: temporal.Match{Interval: iv}, Date: iv}}}
	}
	return &Timeline{
		Articles: []*Article{a, b},
		Events: []*Event{
			ev("e1", "2025-04-03", "Strike on city", a, 10),
			ev("e2", "2025-04-03", "Attack on city", b, 5),
			ev("e3", "2025-04-04", "Ministers meet", a, 50),
		},
	}
}

func TestCurationApply(t *testing.T) {
	src := `events:
  - id: e1
    title: Drone strike kills five
    merge: [e2]
  - id: e3
    hide: true
  - id: gone
    title: stale
  - title: Ceasefire proposal published
    date: 2025-03
    sources: [content/b.md, content/nope.md]
  - id: e1
    date: 2025-04-02/2025-04-03
`
	c := &Curation{Path: "content/_events.yaml"}
	if err := c.decode([]byte(src)); err != nil {
		t.Fatal(err)
	}
	tl := curationTimeline()
	warns := c.Apply(tl)
	if len(tl.Events) != 2 {
		t.Fatalf("%d events, want 2 (e1 with e2 merged, the added one)", len(tl.Events))
	}
	added, merged := tl.Events[0], tl.Events[1]
	if added.Title != "Ceasefire proposal published" || added.Date.Precision != temporal.Month || len(added.Mentions) != 1 {
		t.Errorf("added event %+v", added)
	}
	if merged.ID != "e1" || merged.Title != "Drone strike kills five" || len(merged.Mentions) != 2 || !merged.Date.Start.Equal(cday("2025-04-02")) {
		t.Errorf("merged event %+v", merged)
	}
	want := []string{
		`content/_events.yaml:7: no event has id "gone"`,
		`content/_events.yaml:9: source "content/nope.md" is not an article`,
	}
	for _, w := range want {
		if !containsAny(warns, w) {
			t.Errorf("warnings %q, want %q", warns, w)
		}
	}
}

func TestCurationErrors(t *testing.T) {
	tests := []struct{ src, want string }{
		{"events:\n  - id: x\n    titel: y\n", "content/_events.yaml:3: field titel not found"},
		{"events:\n  - id: x\n    date: someday\n", `content/_events.yaml:2: date "someday"`},
		{"events:\n  - title: no date\n", "content/_events.yaml:2: an added event (no id) needs a title and a date"},
		{"events:\n  - title: t\n    date: 2025\n    hide: true\n", "content/_events.yaml:2: hide and merge need the id"},
		{"events: [\n", "content/_events.yaml:"},
	}
	for _, tt := range tests {
		c := &Curation{Path: "content/_events.yaml"}
		err := c.decode([]byte(tt.src))
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("decode(%q) = %v, want %q", tt.src, err, tt.want)
		}
	}
}
