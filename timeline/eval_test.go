package timeline

import (
	"os"
	"path"
	"strings"
	"testing"
	"time"

	"gopkg.in/yaml.v3"
)

// goldEvent is one annotated happening of testdata/events/gold.yaml.
type goldEvent struct {
	ID          string   `yaml:"id"`
	Description string   `yaml:"description"`
	Start       string   `yaml:"start"`
	End         string   `yaml:"end"`
	Sources     []string `yaml:"sources"`
	Words       []string `yaml:"words"`
}

// loadGold reads the gold annotation.
func loadGold(t testing.TB) []goldEvent {
	data, err := os.ReadFile("testdata/events/gold.yaml")
	if err != nil {
		t.Fatal(err)
	}
	var g struct {
		Events []goldEvent `yaml:"events"`
	}
	if err := yaml.Unmarshal(data, &g); err != nil {
		t.Fatal(err)
	}
	return g.Events
}

// buildSite loads the site in dir and runs the pipeline over it.
func buildSite(t testing.TB, dir string) *Timeline {
	cfg := DefaultConfig()
	articles, warnings, err := Load(dir, cfg, LoadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	return Process(cfg, articles, warnings)
}

// articleNumber returns the number an article's file name starts with.
func articleNumber(a *Article) string {
	base := path.Base(a.Path)
	if i := strings.IndexAny(base, "-_."); i > 0 {
		return base[:i]
	}
	return base
}

// eventText returns the text a gold event's words are looked for in.
func eventText(e *Event) string {
	parts := []string{e.Title, e.Summary}
	for _, m := range e.Mentions {
		parts = append(parts, m.Sentence)
	}
	return strings.ToLower(strings.Join(parts, "\n"))
}

// matchesGold reports whether event e matches gold event g: overlapping
// dates, a shared article and one of the gold words.
func matchesGold(e *Event, g goldEvent) bool {
	start, _ := time.Parse(time.DateOnly, g.Start)
	end, _ := time.Parse(time.DateOnly, g.End)
	if e.Date.End.Before(start) || e.Date.Start.After(end) {
		return false
	}
	shared := false
	for _, m := range e.Mentions {
		for _, s := range g.Sources {
			shared = shared || articleNumber(m.Article) == s
		}
	}
	if !shared {
		return false
	}
	text := eventText(e)
	for _, w := range g.Words {
		if strings.Contains(text, strings.ToLower(w)) {
			return true
		}
	}
	return false
}

// evaluate matches events to gold events one to one, in gold order, and
// returns the match of each gold event (nil when missed).
func evaluate(events []*Event, gold []goldEvent) map[string]*Event {
	used := map[*Event]bool{}
	out := map[string]*Event{}
	for _, g := range gold {
		for _, e := range events {
			if !used[e] && matchesGold(e, g) {
				used[e] = true
				out[g.ID] = e
				break
			}
		}
	}
	return out
}

// TestGoldEvaluation reports the precision and recall of the events built
// from the seed articles against the gold annotation.
func TestGoldEvaluation(t *testing.T) {
	gold := loadGold(t)
	tl := buildSite(t, "testdata/events/site")
	found := evaluate(tl.Events, gold)
	matched := map[*Event]bool{}
	for _, g := range gold {
		if e := found[g.ID]; e != nil {
			matched[e] = true
			t.Logf("hit   %-26s %s %q", g.ID, e.Date.Start.Format(time.DateOnly), e.Title)
		} else {
			t.Logf("miss  %-26s %s", g.ID, g.Description)
		}
	}
	for _, e := range tl.Events {
		if !matched[e] {
			t.Logf("extra %s %s %q", e.ID, e.Date.Start.Format(time.DateOnly), e.Title)
		}
	}
	p := float64(len(matched)) / float64(max(1, len(tl.Events)))
	r := float64(len(found)) / float64(len(gold))
	t.Logf("precision %.2f (%d/%d events), recall %.2f (%d/%d gold events)", p, len(matched), len(tl.Events), r, len(found), len(gold))
	if p < 0.6 || r < 0.5 {
		t.Errorf("precision %.2f, recall %.2f: below the floor of 0.6 and 0.5", p, r)
	}
}
