package temporal

import (
	"testing"
	"unicode/utf8"
)

// FuzzTag checks that tagging never panics, that spans lie inside the
// text in order without overlapping and never across a bracket or quote,
// and that values are well formed.
func FuzzTag(f *testing.F) {
	for _, s := range []string{"said Friday", "April 3-4, 2025", "the 1990s", "mid-2024", "1,000 troops", "at 10:35 a.m. (0735 GMT) Friday", "(on Friday) March 3"} {
		f.Add(s, false)
	}
	f.Fuzz(func(t *testing.T, text string, dayFirst bool) {
		ms := New(Options{DayFirst: dayFirst}).Tag(text, corpusRef)
		last := 0
		for _, m := range ms {
			if m.Start < last || m.End <= m.Start || m.End > len(text) {
				t.Fatalf("bad span [%d,%d) after %d in %q", m.Start, m.End, last, text)
			}
			last = m.End
			if m.Text != text[m.Start:m.End] {
				t.Fatalf("Text %q != text[%d:%d]", m.Text, m.Start, m.End)
			}
			if utf8.ValidString(text) && !utf8.ValidString(m.Text) {
				t.Fatalf("span splits a rune: %q", m.Text)
			}
			if !balancedText(m.Text) {
				t.Fatalf("span %q crosses a bracket or quote", m.Text)
			}
			if !validValue(m.Value) {
				t.Fatalf("bad value %q for %q", m.Value, m.Text)
			}
			if m.Interval.End.Before(m.Interval.Start) {
				t.Fatalf("bad interval %v for %q", m.Interval, m.Text)
			}
		}
	})
}

// balancedText reports whether text opens and closes its brackets in order
// and holds an even number of double quotes.
func balancedText(text string) bool {
	s := &scan{text: text}
	s.toks, _ = tokenize(text, nil, nil)
	return s.balanced(0, len(s.toks))
}
