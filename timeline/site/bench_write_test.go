package site_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/eventline/timeline/timeline"
	"github.com/eventline/timeline/timeline/internal/corpus"
	"github.com/eventline/timeline/timeline/site"
)

// The benchmarks of this file measure rendering and whole builds on
// generated corpora (timeline/internal/corpus), cached on disk, so that
// -benchtime=1x measures the work and not the setup:
//
//	go test ./timeline/site -run '^$' -bench 'Write|Build|Rebuild' -benchtime 1x -short
//	go test ./timeline/site -run '^$' -bench Build/1k -benchtime 1x -cpuprofile /tmp/build.prof

// benchSeed seeds every generated corpus of the benchmarks.
const benchSeed = 1

// benchSizes are the corpus sizes, in articles; see skipLarge.
var benchSizes = []int{1000, 10000}

// skipLarge skips sizes above 1k under -short, and sizes of 100k and
// more unless TIMELINE_BENCH_LARGE=1: they run for minutes and take GBs,
// and a regression to quadratic clustering took 15 GB at 100k mentions.
func skipLarge(b *testing.B, n int) {
	if n > 1000 && testing.Short() {
		b.Skipf("%d articles: skipped under -short", n)
	}
	if n >= 100000 && os.Getenv("TIMELINE_BENCH_LARGE") == "" {
		b.Skipf("%d articles: set TIMELINE_BENCH_LARGE=1 to run (minutes, GBs)", n)
	}
}

// benchSite returns the folder of a cached generated site of n articles.
func benchSite(b *testing.B, n int) string {
	b.Helper()
	dir, err := corpus.Cached(n, benchSeed)
	if err != nil {
		b.Fatal(err)
	}
	return dir
}

// BenchmarkWrite measures rendering a processed timeline into an empty
// folder: every page, feed and export.
func BenchmarkWrite(b *testing.B) {
	for _, n := range benchSizes {
		b.Run(size(n), func(b *testing.B) {
			skipLarge(b, n)
			dir := benchSite(b, n)
			cfg, err := timeline.LoadConfig(filepath.Join(dir, "site.yaml"))
			if err != nil {
				b.Fatal(err)
			}
			as, warns, err := timeline.Load(dir, cfg, timeline.LoadOptions{})
			if err != nil {
				b.Fatal(err)
			}
			tl := timeline.Process(cfg, as, warns)
			tmp := b.TempDir()
			var files int
			i := 0
			for b.Loop() {
				out := filepath.Join(tmp, fmt.Sprint(i))
				i++
				if err := os.Mkdir(out, 0o755); err != nil {
					b.Fatal(err)
				}
				if files, err = site.Write(tl, out, site.Options{}); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(files), "files")
			if s := b.Elapsed().Seconds(); s > 0 {
				b.ReportMetric(float64(files*b.N)/s, "files/s")
			}
		})
	}
}

// BenchmarkBuild measures a whole build, as `timeline build` runs it when
// the output folder is not as the last build left it: load, clean, tag,
// extract, cluster, order, render and swap in.
func BenchmarkBuild(b *testing.B) {
	benchBuild(b, true)
}

// BenchmarkRebuild measures a build of an unchanged site whose output
// folder is as the last build left it: the cached readings, the pipeline,
// the pages whose data changed (none) and the check of the output folder.
func BenchmarkRebuild(b *testing.B) {
	benchBuild(b, false)
}

func benchBuild(b *testing.B, fresh bool) {
	for _, n := range benchSizes {
		b.Run(size(n), func(b *testing.B) {
			skipLarge(b, n)
			opts := site.BuildOptions{SiteDir: benchSite(b, n), OutDir: filepath.Join(b.TempDir(), "public"), Fresh: fresh}
			if !fresh {
				if _, err := site.Build(context.Background(), opts); err != nil {
					b.Fatal(err)
				}
			}
			var st site.Stats
			for b.Loop() {
				var err error
				if st, err = site.Build(context.Background(), opts); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(st.Events), "events")
			b.ReportMetric(float64(st.Files), "files")
			if s := b.Elapsed().Seconds(); s > 0 {
				b.ReportMetric(float64(n*b.N)/s, "articles/s")
			}
		})
	}
}

// size names a benchmark size: 1k, 10k.
func size(n int) string {
	if n%1000 == 0 {
		return fmt.Sprintf("%dk", n/1000)
	}
	return fmt.Sprint(n)
}
