package timeline

import (
	"runtime"
	"sync"

	"github.com/eventline/timeline/timeline/temporal"
)

// Process runs the reading stages of the pipeline over loaded articles:
// it cleans each article, extracts its dated mentions, clusters them into
// events and orders the events into a Timeline. Drafts are left out.
// Articles are cleaned and read in parallel, one per core; the result does
// not depend on the number of cores.
func Process(cfg *Config, articles []*Article, warnings []string) *Timeline {
	return process(cfg, articles, warnings, nil)
}

// Progress is told how far a stage has come: done of total steps. It is
// called from one goroutine at a time.
type Progress func(stage string, done, total int)

func process(cfg *Config, articles []*Article, warnings []string, progress Progress) *Timeline {
	tagger := temporal.New(temporal.Options{DayFirst: cfg.DayFirst})
	var live []*Article
	for _, a := range articles {
		if !a.Draft {
			live = append(live, a)
		}
	}
	sortArticles(live)
	mentions := extractAll(live, tagger, progress)
	if progress != nil {
		progress("clustering", 0, 1)
	}
	events := Cluster(mentions)
	Order(events)
	return &Timeline{Config: cfg, Events: events, Articles: live, Warnings: warnings}
}

// extractAll cleans and reads every article on as many goroutines as
// there are cores, and returns the mentions in article order.
func extractAll(articles []*Article, tagger *temporal.Tagger, progress Progress) []*Mention {
	per := make([][]*Mention, len(articles))
	jobs := make(chan int)
	var wg sync.WaitGroup
	var mu sync.Mutex
	done := 0
	for w := 0; w < min(runtime.GOMAXPROCS(0), len(articles)); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				a := articles[i]
				if a.Clean == "" && a.Body != "" {
					a.Clean, a.Map = Clean(a.Body, a.Format)
				}
				per[i] = Extract([]*Article{a}, tagger)
				if progress != nil {
					mu.Lock()
					done++
					progress("reading", done, len(articles))
					mu.Unlock()
				}
			}
		}()
	}
	for i := range articles {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	var out []*Mention
	for _, ms := range per {
		out = append(out, ms...)
	}
	return out
}

// Read loads the site in siteDir with its configuration cfg, runs the
// pipeline, and applies the curation file: everything but the rendering.
func Read(siteDir string, cfg *Config, opts LoadOptions) (*Timeline, error) {
	cur, err := LoadCuration(siteDir, cfg)
	if err != nil {
		return nil, err
	}
	articles, warnings, err := Load(siteDir, cfg, opts)
	if err != nil {
		return nil, err
	}
	tl := process(cfg, articles, warnings, opts.Progress)
	cur.Apply(tl)
	return tl, nil
}
