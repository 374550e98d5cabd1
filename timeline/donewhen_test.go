package timeline

import (
	"os"
	"strings"
	"testing"
	"time"
)

// mustDay parses a YYYY-MM-DD date in a test table.
func mustDay(s string) time.Time {
	d, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return d
}

// doneWhen is one check of issue 5 on the shipped content: exactly one
// event whose text holds word (and, if set, also2), dated within
// [from, to] (or, when maxDays is set, by an interval of at most maxDays
// days containing from), reported by at least the sources.
type doneWhen struct {
	name     string
	word     string
	also2    string
	from, to string
	maxDays  int
	sources  []string
	planned  bool
}

var doneWhenChecks = []doneWhen{
	{name: "Riyadh summit", word: "riyadh", from: "2025-02-01", to: "2025-02-28", sources: []string{"004"}},
	{name: "Saudi Arabia talks", word: "saudi", from: "2025-03-10", to: "2025-03-16", sources: []string{"004"}},
	{name: "Kharkiv strike", word: "kharkiv", also2: "kill", from: "2025-04-03", to: "2025-04-03", sources: []string{"001", "002"}},
	{name: "UK and France accuse Putin", word: "accus", also2: "putin", from: "2025-04-04", to: "2025-04-04", sources: []string{"000", "001", "002"}},
	{name: "Alaska meeting", word: "alaska", from: "2025-08-11", to: "2025-08-17", sources: []string{"003"}},
	{name: "Washington meeting", word: "hosted", also2: "washington", from: "2025-08-18", maxDays: 7, sources: []string{"003"}},
	// The smaller happenings.
	{name: "conscription order", word: "160,000", from: "2025-03-31", to: "2025-03-31", sources: []string{"000"}},
	{name: "Sunday drone barrage", word: "drones", from: "2025-03-16", to: "2025-03-16", sources: []string{"004"}},
	{name: "Cavoli testimony", word: "cavoli", from: "2025-04-03", to: "2025-04-03", sources: []string{"001"}},
	{name: "envoy visit", word: "visited washington", from: "2025-03-31", to: "2025-04-04", sources: []string{"000", "001", "002"}},
	{name: "defence ministers", word: "convene", from: "2025-04-10", to: "2025-04-10", sources: []string{"001"}, planned: true},
}

// TestDoneWhen checks the "done when" list of issue 5 on the timeline
// built from the shipped content.
func TestDoneWhen(t *testing.T) {
	if _, err := os.Stat("../content"); err != nil {
		t.Skip("no shipped content")
	}
	tl := buildSite(t, "..")
	for _, c := range doneWhenChecks {
		var hits []*Event
		for _, e := range tl.Events {
			text := clauseText(e)
			if strings.Contains(text, c.word) && strings.Contains(text, c.also2) && dateFits(e, c) {
				hits = append(hits, e)
			}
		}
		if len(hits) != 1 {
			t.Errorf("%s: %d events, want 1", c.name, len(hits))
			for _, e := range hits {
				t.Logf("  %s %s %q", e.Date.Start.Format(time.DateOnly), e.Date.End.Format(time.DateOnly), e.Title)
			}
			continue
		}
		e := hits[0]
		have := map[string]bool{}
		for _, m := range e.Mentions {
			have[articleNumber(m.Article)] = true
		}
		for _, s := range c.sources {
			if !have[s] {
				t.Errorf("%s: %q lacks source %s", c.name, e.Title, s)
			}
		}
		if c.planned && !e.Planned {
			t.Errorf("%s: %q not planned", c.name, e.Title)
		}
	}
	for _, a := range tl.Articles {
		if strings.Contains(a.Clean, "Related Articles") {
			t.Errorf("%s: Related Articles block left in the clean text", a.Path)
		}
	}
	teasers := []string{"gaza", "tariffs", "taiwan", "myanmar", "venezuelan", "earthquake", "incursion"}
	for _, e := range tl.Events {
		for _, w := range teasers {
			if strings.Contains(eventText(e), w) {
				t.Errorf("teaser event %q (%s)", e.Title, w)
			}
		}
	}
}

// clauseText returns the title and the mention clauses of e, lower-cased.
func clauseText(e *Event) string {
	parts := []string{e.Title}
	for _, m := range e.Mentions {
		parts = append(parts, m.Clause)
	}
	return strings.ToLower(strings.Join(parts, "\n"))
}

// dateFits reports whether e's date satisfies the check's date condition.
func dateFits(e *Event, c doneWhen) bool {
	if c.maxDays > 0 {
		return e.Date.Days() <= c.maxDays && e.Date.Contains(mustDay(c.from))
	}
	return !e.Date.Start.Before(mustDay(c.from)) && !e.Date.End.After(mustDay(c.to))
}
