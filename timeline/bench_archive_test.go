package timeline_test

import (
	"path/filepath"
	"runtime"
	"testing"

	"github.com/eventline/timeline/timeline"
	"github.com/eventline/timeline/timeline/internal/corpus"
	"github.com/eventline/timeline/timeline/temporal"
)

// BenchmarkReadArchive measures the reading stages that come before
// clustering (load, clean, tag and extract) on a whole archive, and the
// live heap they leave: whether memory stays bounded at 100k articles when
// clustering is left aside. Each iteration loads the corpus afresh. Run it
// under /usr/bin/time -v for the peak RSS:
//
//	TIMELINE_BENCH_LARGE=1 /usr/bin/time -v go test ./timeline -run '^$' -bench ReadArchive -benchtime 1x
func BenchmarkReadArchive(b *testing.B) {
	for _, n := range []int{1000, 10000, 100000} {
		b.Run(size(n), func(b *testing.B) {
			skipLarge(b, n)
			dir, err := corpus.Cached(n, benchSeed)
			if err != nil {
				b.Fatal(err)
			}
			var mentions int
			var heap uint64
			for b.Loop() {
				mentions, heap = readArchive(b, dir)
			}
			perSecond(b, n, "articles/s")
			b.ReportMetric(float64(mentions), "mentions")
			b.ReportMetric(float64(heap>>20), "heap-MB")
		})
	}
}

// readArchive loads, cleans and extracts the site in dir, and returns the
// number of mentions and the live heap while they are all held.
func readArchive(b *testing.B, dir string) (int, uint64) {
	cfg, err := timeline.LoadConfig(filepath.Join(dir, "site.yaml"))
	if err != nil {
		b.Fatal(err)
	}
	as, _, err := timeline.Load(dir, cfg, timeline.LoadOptions{})
	if err != nil {
		b.Fatal(err)
	}
	cleanArticles(as)
	ms := timeline.Extract(as, temporal.New(temporal.Options{DayFirst: cfg.DayFirst}))
	runtime.GC()
	var st runtime.MemStats
	runtime.ReadMemStats(&st)
	runtime.KeepAlive(ms)
	return len(ms), st.HeapAlloc
}
