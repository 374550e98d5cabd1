package timeline

import (
	"testing"

	"github.com/eventline/timeline/timeline/temporal"
)

// BenchmarkFeatures measures featuresOf alone, over the mentions of the
// events site.
func BenchmarkFeatures(b *testing.B) {
	tl := buildSite(b, "testdata/events/site")
	ms := Extract(tl.Articles, temporal.New(temporal.Options{}))
	names := articleNames(ms)
	for b.Loop() {
		for _, m := range ms {
			featuresOf(m, names[m.Article])
		}
	}
	b.ReportMetric(float64(len(ms)), "mentions")
}
