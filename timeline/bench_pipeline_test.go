package timeline_test

import (
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/eventline/timeline/timeline"
	"github.com/eventline/timeline/timeline/internal/corpus"
	"github.com/eventline/timeline/timeline/temporal"
)

// The benchmarks of this file measure the reading stages on generated
// corpora (timeline/internal/corpus). Their setup is cached, on disk
// across runs and in memory within one, so -benchtime=1x measures the
// stage and not the setup:
//
//	go test ./timeline -run '^$' -bench 'Load|Process|Extract|Cluster' -benchtime 1x
//	go test ./timeline -run '^$' -bench Cluster -short   # without 100k mentions

// benchSeed seeds every generated corpus of the benchmarks.
const benchSeed = 1

// loaded caches loaded corpora by size.
var loaded sync.Map

// loadCorpus returns the articles and config of a cached corpus of n
// articles. Callers must not keep what the pipeline sets on them.
func loadCorpus(b *testing.B, n int) (*timeline.Config, []*timeline.Article) {
	b.Helper()
	type corpusSite struct {
		cfg      *timeline.Config
		articles []*timeline.Article
	}
	if v, ok := loaded.Load(n); ok {
		c := v.(corpusSite)
		return c.cfg, c.articles
	}
	dir, err := corpus.Cached(n, benchSeed)
	if err != nil {
		b.Fatal(err)
	}
	cfg, err := timeline.LoadConfig(filepath.Join(dir, "site.yaml"))
	if err != nil {
		b.Fatal(err)
	}
	articles, _, err := timeline.Load(dir, cfg, timeline.LoadOptions{})
	if err != nil {
		b.Fatal(err)
	}
	loaded.Store(n, corpusSite{cfg, articles})
	return cfg, articles
}

// skipLarge skips sizes above 1k under -short, and sizes of 100k and
// more unless TIMELINE_BENCH_LARGE=1: they run for minutes and take GBs,
// and a regression to quadratic clustering took 15 GB at 100k mentions.
func skipLarge(b *testing.B, n int) {
	if n > 1000 && testing.Short() {
		b.Skipf("%d articles: skipped under -short", n)
	}
	if n >= 100000 && os.Getenv("TIMELINE_BENCH_LARGE") == "" {
		b.Skipf("%s: set TIMELINE_BENCH_LARGE=1 to run (minutes, GBs)", size(n))
	}
}

// resetArticles clears what Process sets on the articles, so that each
// iteration does the whole work.
func resetArticles(as []*timeline.Article) {
	for _, a := range as {
		a.Clean, a.Map = "", nil
	}
}

// cleanArticles runs the clean stage on the articles, as Process does.
func cleanArticles(as []*timeline.Article) {
	for _, a := range as {
		a.Clean, a.Map = timeline.Clean(a.Body, a.Format)
	}
}

// perSecond reports n items per second of the benchmark's elapsed time.
func perSecond(b *testing.B, n int, unit string) {
	if s := b.Elapsed().Seconds(); s > 0 {
		b.ReportMetric(float64(n*b.N)/s, unit)
	}
}

// BenchmarkLoad measures reading and parsing the content folder.
func BenchmarkLoad(b *testing.B) {
	dir, err := corpus.Cached(1000, benchSeed)
	if err != nil {
		b.Fatal(err)
	}
	cfg, err := timeline.LoadConfig(filepath.Join(dir, "site.yaml"))
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, _, err := timeline.Load(dir, cfg, timeline.LoadOptions{}); err != nil {
			b.Fatal(err)
		}
	}
	perSecond(b, 1000, "articles/s")
}

// BenchmarkProcess measures the reading stages end to end (clean, tag,
// extract, cluster, order) over loaded articles.
func BenchmarkProcess(b *testing.B) {
	for _, n := range []int{1000, 10000} {
		b.Run(size(n), func(b *testing.B) {
			skipLarge(b, n)
			cfg, as := loadCorpus(b, n)
			var events int
			for b.Loop() {
				resetArticles(as)
				events = len(timeline.Process(cfg, as, nil).Events)
			}
			perSecond(b, n, "articles/s")
			b.ReportMetric(float64(events), "events")
		})
	}
}

// BenchmarkExtract measures tagging and mention extraction over cleaned
// articles, without clustering.
func BenchmarkExtract(b *testing.B) {
	cfg, as := loadCorpus(b, 1000)
	cleanArticles(as)
	tagger := temporal.New(temporal.Options{DayFirst: cfg.DayFirst})
	var mentions int
	for b.Loop() {
		mentions = len(timeline.Extract(as, tagger))
	}
	perSecond(b, len(as), "articles/s")
	b.ReportMetric(float64(mentions)/float64(len(as)), "mentions/article")
}

// mentionsOf caches, by count, the first n mentions extracted from a
// corpus large enough to hold them.
var mentionsOf sync.Map

// benchMentions returns n mentions extracted from generated articles.
func benchMentions(b *testing.B, n int) []*timeline.Mention {
	b.Helper()
	if v, ok := mentionsOf.Load(n); ok {
		return v.([]*timeline.Mention)
	}
	articles := n/4 + 100
	for {
		_, as := loadCorpus(b, articles)
		cleanArticles(as)
		ms := timeline.Extract(as, temporal.New(temporal.Options{}))
		if len(ms) >= n {
			ms = ms[:n]
			mentionsOf.Store(n, ms)
			return ms
		}
		articles = articles * n / max(len(ms), 1) * 11 / 10
	}
}

// BenchmarkCluster measures clustering at 1k, 10k and 100k mentions. The
// ns/mention figure stays flat when the growth is linear and grows with the
// size when it is quadratic.
//
// The 100k size runs only with TIMELINE_BENCH_LARGE=1 and without -short
// (see skipLarge), and is skipped also when the two smaller sizes predict
// it would run for more than clusterBudget.
func BenchmarkCluster(b *testing.B) {
	perOp := map[int]time.Duration{}
	for _, n := range []int{1000, 10000, 100000} {
		b.Run(size(n), func(b *testing.B) {
			if n > 10000 {
				skipLarge(b, n)
			}
			if t1, t2 := perOp[n/100], perOp[n/10]; t1 > 0 && t2 > 0 {
				growth := float64(t2) / float64(t1)
				if guess := time.Duration(float64(t2) * growth); guess > clusterBudget {
					b.Skipf("%s: skipped: 10x more mentions took %.0fx longer, so this size would take about %s", size(n), growth, guess.Round(time.Minute))
				}
			}
			ms := benchMentions(b, n)
			var events int
			for b.Loop() {
				events = len(timeline.Cluster(ms))
			}
			perOp[n] = b.Elapsed() / time.Duration(b.N)
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*n), "ns/mention")
			b.ReportMetric(float64(events), "events")
		})
	}
}

// clusterBudget bounds the predicted time of the largest clustering size.
const clusterBudget = 10 * time.Minute

// size names a benchmark size: 1k, 10k, 100k.
func size(n int) string {
	if n%1000 == 0 {
		return fmt.Sprintf("%dk", n/1000)
	}
	return fmt.Sprint(n)
}
