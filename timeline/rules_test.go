package timeline

import (
	"strings"
	"testing"
)

// TestEventRules checks the clustering and title rules on
// testdata/events/rules, three short wire-style articles about one
// bombing: paraphrases across articles merge (a lead without a time
// expression merges with the happening of the day before), different acts
// of one day stay apart, and attribution leaves the titles of past
// happenings (a forecast keeps its speaker).
func TestEventRules(t *testing.T) {
	tl := buildSite(t, "testdata/events/rules")
	find := func(word string) []*Event {
		var out []*Event
		for _, e := range tl.Events {
			if strings.Contains(strings.ToLower(e.Title), word) {
				out = append(out, e)
			}
		}
		return out
	}
	for _, e := range tl.Events {
		t.Logf("%s %s %q %d", e.Date.Start.Format("2006-01-02"), e.Date.Precision, e.Title, e.ArticleCount())
	}
	bombing := find("exploded")
	if len(bombing) != 1 || bombing[0].ArticleCount() != 3 || bombing[0].Date.Start.Format("2006-01-02") != "2025-06-10" {
		t.Errorf("bombing: want one event of 2025-06-10 from three articles, got %d", len(bombing))
	}
	for _, who := range []string{"harland", "norvia"} {
		if es := find(who); len(es) != 1 || es[0].ArticleCount() != 1 {
			t.Errorf("%s condemnation: want its own event, got %d", who, len(es))
		}
	}
	if es := find("suspects"); len(es) != 1 || es[0].Title != "Three suspects were arrested near the border" {
		t.Errorf("arrests: want the attribution stripped from the title, got %d events", len(es))
	}
	// A forecast is its speaker's claim: the speaker stays, "that" goes.
	if es := find("reopen"); len(es) != 1 || es[0].Title != "Brandt said the city hall would reopen soon" {
		t.Errorf("forecast: want the speaker kept in the title, got %d events", len(es))
	}
	for _, e := range tl.Events {
		if strings.Contains(e.Title, " said") && !strings.Contains(e.Title, "reopen") || strings.Contains(e.Title, "Wednesday") {
			t.Errorf("title %q keeps an attribution or a time expression", e.Title)
		}
	}
}
