package timeline

import (
	"github.com/eventline/timeline/timeline/temporal"
)

// Process runs the reading stages of the pipeline over loaded articles:
// it cleans each article, extracts its dated mentions, clusters them into
// events and orders the events into a Timeline. Drafts are left out.
func Process(cfg *Config, articles []*Article, warnings []string) *Timeline {
	tagger := temporal.New(temporal.Options{DayFirst: cfg.DayFirst})
	var live []*Article
	for _, a := range articles {
		if a.Draft {
			continue
		}
		if a.Clean == "" && a.Body != "" {
			a.Clean, a.Map = Clean(a.Body, a.Format)
		}
		live = append(live, a)
	}
	sortArticles(live)
	mentions := Extract(live, tagger)
	events := Cluster(mentions)
	Order(events)
	return &Timeline{Config: cfg, Events: events, Articles: live, Warnings: warnings}
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
	tl := Process(cfg, articles, warnings)
	cur.Apply(tl)
	return tl, nil
}
