package timeline

import (
	"fmt"
	"sync"

	"github.com/eventline/timeline/timeline/temporal"
)

// Process runs the reading stages of the pipeline over loaded articles:
// it cleans each article, extracts its dated mentions, clusters them into
// events and orders the events into a Timeline. Drafts are left out.
// Articles are cleaned and read in parallel, one per core; the result does
// not depend on the number of cores.
func Process(cfg *Config, articles []*Article, warnings []string) *Timeline {
	tl, _ := process(cfg, articles, warnings, nil, nil)
	return tl
}

// Progress is told how far a stage has come: done of total steps. It is
// called from one goroutine at a time.
type Progress func(stage string, done, total int)

// process runs the pipeline, reading through cache when there is one. It
// saves the cache while it clusters, and returns the outcome of saving.
func process(cfg *Config, articles []*Article, warnings []string, progress Progress, cache *Cache) (*Timeline, error) {
	r := &reader{opts: temporal.Options{DayFirst: cfg.DayFirst}, cache: cache, progress: progress}
	r.tagger = temporal.New(r.opts)
	var live []*Article
	for _, a := range articles {
		if !a.Draft {
			live = append(live, a)
		}
	}
	sortArticles(live)
	mentions := r.extractAll(live)
	saved := make(chan error, 1)
	go func() { saved <- cache.Save() }()
	if progress != nil {
		progress("clustering", 0, 1)
	}
	events := Cluster(mentions)
	Order(events)
	return &Timeline{Config: cfg, Events: events, Articles: live, Warnings: warnings}, <-saved
}

// reader reads articles: it cleans them and extracts their mentions,
// through the cache when there is one.
type reader struct {
	opts     temporal.Options
	tagger   *temporal.Tagger
	cache    *Cache
	progress Progress

	mu   sync.Mutex
	done int
}

// extractAll reads every article on as many goroutines as there are cores,
// and returns the mentions in article order.
func (r *reader) extractAll(articles []*Article) []*Mention {
	per := make([][]*Mention, len(articles))
	parallelFor(len(articles), func(i int) {
		per[i] = r.read(articles[i])
		r.step(len(articles))
	})
	var out []*Mention
	for _, ms := range per {
		out = append(out, ms...)
	}
	return out
}

// read cleans one article and extracts its mentions, or takes them from
// the cache.
func (r *reader) read(a *Article) []*Mention {
	var key string
	if r.cache != nil {
		key = r.cache.key(a, r.opts)
		if ms, ok := r.cache.get(key, a); ok {
			return ms
		}
	}
	if a.Clean == "" && a.Body != "" {
		a.Clean, a.Map = Clean(a.Body, a.Format)
	}
	ms := readArticle(a, r.tagger)
	if r.cache != nil {
		r.cache.put(key, a, ms)
	}
	return ms
}

// step reports one more article read.
func (r *reader) step(total int) {
	if r.progress == nil {
		return
	}
	r.mu.Lock()
	r.done++
	r.progress("reading", r.done, total)
	r.mu.Unlock()
}

// Read loads the site in siteDir with its configuration cfg, runs the
// pipeline, and applies the curation file: everything but the rendering.
// It releases the cache once saved and the mentions' features, which the
// site writer does not read.
func Read(siteDir string, cfg *Config, opts LoadOptions) (*Timeline, error) {
	cur, err := LoadCuration(siteDir, cfg)
	if err != nil {
		return nil, err
	}
	articles, warnings, err := Load(siteDir, cfg, opts)
	if err != nil {
		return nil, err
	}
	tl, err := process(cfg, articles, warnings, opts.Progress, opts.Cache)
	if err != nil {
		tl.Warnings = append(tl.Warnings, fmt.Sprintf("%s:1: cache not saved: %v", opts.Cache.path, err))
	}
	cur.Apply(tl)
	if opts.Cache != nil {
		opts.Cache.release()
	}
	dropFeatures(tl.Events)
	return tl, nil
}
