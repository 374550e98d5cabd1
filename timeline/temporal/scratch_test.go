package temporal

import (
	"os"
	"reflect"
	"strings"
	"sync"
	"testing"
)

// TestSharedTagger tags many texts from several goroutines with one
// Tagger and checks that every result equals the one a fresh Tagger gives
// alone, so that pooled buffers never leak from one call into another.
func TestSharedTagger(t *testing.T) {
	data, err := os.ReadFile("testdata/news.txt")
	if err != nil {
		t.Fatal(err)
	}
	texts := strings.Split(string(data), "\n\n")
	texts = append(texts, string(data), "", "said Friday", "April 3-4, 2025")
	want := make([][]Match, len(texts))
	for i, text := range texts {
		want[i] = New(Options{}).Tag(text, corpusRef)
	}
	tg := New(Options{})
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Go(func() {
			for round := 0; round < 3; round++ {
				for k := range texts {
					i := (k + g) % len(texts)
					if got := tg.Tag(texts[i], corpusRef); !reflect.DeepEqual(got, want[i]) {
						t.Errorf("text %d: shared tagger differs:\n got %s\nwant %s", i, describe(got), describe(want[i]))
						return
					}
				}
			}
		})
	}
	wg.Wait()
}
