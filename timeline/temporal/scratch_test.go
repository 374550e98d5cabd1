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

// legacyApproxPrefix is the former approxPrefix, which joined the words
// it looked up.
func (s *scan) legacyApproxPrefix(i int) (string, int) {
	if s.at(i).cls&cApprox == 0 {
		return "", 0
	}
	for _, n := range [...]int{3, 2, 1} {
		w := s.low(i)
		for k := 1; k < n; k++ {
			w += " " + s.low(i+k)
		}
		if _, ok := approxMods[w]; ok {
			return w, n
		}
	}
	return "", 0
}

// checkApproxPrefix compares approxPrefix with the legacy one at every
// token of text.
func checkApproxPrefix(t *testing.T, text string) {
	s := &scan{text: text}
	s.toks, _ = tokenize(text, nil, nil)
	for i := -1; i <= len(s.toks); i++ {
		w, n := s.approxPrefix(i)
		lw, ln := s.legacyApproxPrefix(i)
		if w != lw || n != ln {
			t.Errorf("%q at %d: got %q %d, want %q %d", text, i, w, n, lw, ln)
		}
	}
}

// TestApproxPrefix checks approxPrefix against the legacy one.
func TestApproxPrefix(t *testing.T) {
	for _, text := range []string{
		"about three years", "more than a week", "no more than two days", "No More Than",
		"at least", "up to 5", "up", "no more", "more than", "some", "over under around",
		"at least at least less than", "approximately roughly nearly almost", "more, than",
	} {
		checkApproxPrefix(t, text)
	}
}

// FuzzApproxPrefix checks approxPrefix against the legacy one on
// arbitrary text.
func FuzzApproxPrefix(f *testing.F) {
	f.Add("for no more than three days, at least")
	f.Fuzz(checkApproxPrefix)
}
