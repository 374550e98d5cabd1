package temporal_test

import (
	"testing"

	"github.com/eventline/timeline/timeline/internal/corpus"
	"github.com/eventline/timeline/timeline/temporal"
)

// BenchmarkTagGenerated measures tagging throughput (MB/s) on 500
// generated wire-style articles (timeline/internal/corpus), each tagged
// against its own publication day, as the pipeline does:
//
//	go test ./timeline/temporal -run '^$' -bench TagGenerated
func BenchmarkTagGenerated(b *testing.B) {
	articles := corpus.Articles(500, 1)
	var bytes int64
	for _, a := range articles {
		bytes += int64(len(a.Body))
	}
	tg := temporal.New(temporal.Options{})
	b.SetBytes(bytes)
	b.ReportAllocs()
	var matches int
	for b.Loop() {
		matches = 0
		for _, a := range articles {
			matches += len(tg.Tag(a.Body, a.Date))
		}
	}
	b.ReportMetric(float64(matches)/float64(len(articles)), "matches/article")
}
