package timeline

import (
	"strings"
	"unicode/utf8"
)

// lowerTokens returns the lower-case words of s and their offsets,
// splitting contractions ("didn't" -> "did", "n't"). A capitalised modal
// inside the text is a name or a month ("May 6", "Will Smith"), not a verb.
func lowerTokens(s string) ([]string, []int) {
	l := newLowered(tokenEstimate(s) + 2)
	i := 0
	for t, next := nextToken(s, 0); next >= 0; t, next = nextToken(s, next) {
		l.add(t, i)
		i++
	}
	return l.words, l.starts
}

// lowerWords returns the lower-case tokens of the word tokens of a text
// and their offsets, as lowerTokens does.
func lowerWords(words []token) ([]string, []int) {
	l := newLowered(len(words) + 2)
	for i, t := range words {
		l.add(t, i)
	}
	return l.words, l.starts
}

// lowered are the lower-case tokens of a text and their offsets, as
// lowerTokens makes them.
type lowered struct {
	words  []string
	starts []int
}

// newLowered returns lowered with room for about n tokens.
func newLowered(n int) lowered {
	return lowered{make([]string, 0, n), make([]int, 0, n)}
}

// add adds the i-th word token t of the text.
func (l *lowered) add(t token, i int) {
	w := lowerWord(t.text)
	switch {
	case strings.HasSuffix(w, "n't") || strings.HasSuffix(w, "n’t"):
		l.words = append(l.words, strings.TrimSuffix(strings.TrimSuffix(w, "n't"), "n’t"), "n't")
		l.starts = append(l.starts, t.start, t.start)
		return
	case w == "may" && isCap(t.text), (modalAux[w] || futureAux[w]) && isCap(t.text) && i > 0:
		w = "\x00" + w
	}
	l.words = append(l.words, w)
	l.starts = append(l.starts, t.start)
}

// lowerWord returns w in lower case, as strings.ToLower does, checking
// first for the common word that is lower-case ASCII already.
func lowerWord(w string) string {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= utf8.RuneSelf || 'A' <= c && c <= 'Z' {
			return strings.ToLower(w)
		}
	}
	return w
}
