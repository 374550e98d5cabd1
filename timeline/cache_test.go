package timeline

import (
	"path/filepath"
	"reflect"
	"testing"

	"github.com/eventline/timeline/timeline/temporal"
)

// loadShipped loads the repository's own content.
func loadShipped(t *testing.T) (*Config, []*Article) {
	t.Helper()
	cfg := DefaultConfig()
	as, _, err := Load("..", cfg, LoadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	return cfg, as
}

// comparable returns the mentions of the events with their articles
// replaced by paths and the matches' intermediate values dropped, for
// comparison.
func comparableEvents(events []*Event) []any {
	var out []any
	for _, e := range events {
		ms := make([]Mention, len(e.Mentions))
		for i, m := range e.Mentions {
			ms[i] = *m
			ms[i].Article = &Article{Path: m.Article.Path}
			ms[i].Match.Expr = nil
		}
		out = append(out, e.ID, e.Date, e.Title, e.Summary, e.People, e.Places, e.Orgs, e.Planned, ms)
	}
	return out
}

// TestCacheRoundTrip checks that a build from the cache gives exactly the
// events of a build without it. A new field of Mention that the cache does
// not keep makes this test fail: add it to cachedMention.
func TestCacheRoundTrip(t *testing.T) {
	cfg, as := loadShipped(t)
	want := comparableEvents(Process(cfg, as, nil).Events)

	path := filepath.Join(t.TempDir(), "cache.gob")
	cache := OpenCache(path, "test-program")
	_, as = loadShipped(t)
	first, err := process(cfg, as, nil, nil, cache)
	if err != nil {
		t.Fatal(err)
	}
	if got := comparableEvents(first.Events); !reflect.DeepEqual(got, want) {
		t.Fatal("events differ when the cache is being filled")
	}

	cache = OpenCache(path, "test-program")
	if len(cache.entries) != len(as) {
		t.Fatalf("reopened cache holds %d entries, want %d", len(cache.entries), len(as))
	}
	_, as = loadShipped(t)
	for _, a := range as {
		a.Clean = ""
	}
	second, err := process(cfg, as, nil, nil, cache)
	if err != nil {
		t.Fatal(err)
	}
	if len(cache.used) != len(as) || cache.dirty {
		t.Errorf("second build: %d hits of %d, dirty %v", len(cache.used), len(as), cache.dirty)
	}
	if got := comparableEvents(second.Events); !reflect.DeepEqual(got, want) {
		t.Error("events differ when read from the cache")
	}
	for _, e := range second.Events {
		for _, m := range e.Mentions {
			if m.feat == nil {
				t.Fatalf("mention %q of %s came from the cache without its features", m.Clause, m.Article.Path)
			}
		}
	}
	if other := OpenCache(path, "another-program"); len(other.entries) != 0 {
		t.Error("a cache written by another program was used")
	}
}

// TestClusterComputesMissingFeatures checks that clustering mentions
// without features (not from the reader) gives the events of the reader's.
func TestClusterComputesMissingFeatures(t *testing.T) {
	cfg, as := loadShipped(t)
	var live []*Article
	for _, a := range as {
		if !a.Draft {
			live = append(live, a)
		}
	}
	sortArticles(live)
	r := &reader{opts: temporal.Options{DayFirst: cfg.DayFirst}}
	r.tagger = temporal.New(r.opts)
	mentions := r.extractAll(live)
	want := comparableEvents(Cluster(mentions))
	for _, m := range mentions {
		if m.feat == nil {
			t.Fatal("the reader left a mention without features")
		}
		m.feat = nil
	}
	if got := comparableEvents(Cluster(mentions)); !reflect.DeepEqual(got, want) {
		t.Error("events differ when Cluster computes the features")
	}
}
