package temporal

import (
	"os"
	"strings"
	"testing"
)

// BenchmarkTag measures tagging throughput on a news-like text.
func BenchmarkTag(b *testing.B) {
	data, err := os.ReadFile("testdata/news.txt")
	if err != nil {
		b.Fatal(err)
	}
	text := strings.Repeat(string(data), 8)
	tg := New(Options{})
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		tg.Tag(text, corpusRef)
	}
}

// TestNewsFixture checks a few expressions of the benchmark text, so that
// the benchmark measures a tagger that works.
func TestNewsFixture(t *testing.T) {
	data, err := os.ReadFile("testdata/news.txt")
	if err != nil {
		t.Fatal(err)
	}
	ms := Tag(string(data), corpusRef)
	for _, v := range []string{"2025-04-04", "2025-04-02", "2025-03-31", "2025-04-10", "2025-W11", "2025-03-11", "2025-Q1", "2024-Q4", "199", "2024-SU", "2025-04-02T10:00", "2024", "2023", "P40Y", "2025-03-18", "2025-03-25", "2025-H2"} {
		if !hasValue(ms, v) {
			t.Errorf("news fixture: no %s in %s", v, describe(ms))
		}
	}
}
