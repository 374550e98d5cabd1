package temporal

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// tokKind is the kind of a token.
type tokKind uint8

// The token kinds.
const (
	tokWord tokKind = iota + 1
	tokNum
	tokPunct
)

// token is a word, a run of digits or one punctuation character, with its
// byte span in the text. The small fields come last, so that a token
// takes 64 bytes.
type token struct {
	start, end int
	text       string // as written
	low        string // lower-case text
	num        int    // value of a digit run; -1 when it held separators (1,000 or 2.5)
	cls        cls
	kind       tokKind
	space      bool // whitespace (or the start of the text) precedes the token
	upper      bool // the word starts with an upper-case letter
	para       bool // a blank line precedes the token
}

// tokenize splits text into tokens, appending them to toks. Words are
// runs of letters, numbers are runs of digits (with inner "," or "."
// separators kept in one token and marked), and every other non-space rune
// is a token of its own. The lower-case forms of capitalised ASCII words
// that the rules do not know are written to the buffer lower, returned for
// reuse, and share one string.
func tokenize(text string, toks []token, lower []byte) ([]token, []byte) {
	first, lowFirst := len(toks), len(lower)
	space, para := true, false
	newlines := 0
	for i := 0; i < len(text); {
		c := text[i]
		if c == ' ' || c == '\t' || c == '\r' || c == '\n' {
			if c == '\n' {
				newlines++
				if newlines >= 2 {
					para = true
				}
			}
			space = true
			i++
			continue
		}
		size := 1
		if c >= utf8.RuneSelf {
			r, n := utf8.DecodeRuneInString(text[i:])
			if unicode.IsSpace(r) {
				space = true
				i += n
				continue
			}
			size = n
			if unicode.IsLetter(r) {
				c = 'a' // read it as a word
			}
		}
		toks = append(toks, token{start: i, space: space, para: para})
		t := &toks[len(toks)-1]
		space, para, newlines = false, false, 0
		switch {
		case c >= '0' && c <= '9':
			size = scanNumber(text, i, t)
		case isASCIILetter(c):
			size, lower = scanWord(text, i, t, lower)
		default:
			t.kind, t.text, t.low = tokPunct, text[i:i+size], text[i:i+size]
		}
		t.end = i + size
		i += size
	}
	setLower(toks[first:], lower[lowFirst:])
	return toks, lower
}

// appendLowerASCII appends the ASCII word w in lower case.
func appendLowerASCII(dst []byte, w string) []byte {
	for k := 0; k < len(w); k++ {
		dst = append(dst, w[k]|0x20)
	}
	return dst
}

// setLower gives the words that tokenize left without a lower-case form
// theirs, in order, from the buffer lower converted to one string.
func setLower(toks []token, lower []byte) {
	if len(lower) == 0 {
		return
	}
	all, off := string(lower), 0
	for k := range toks {
		if t := &toks[k]; t.kind == tokWord && t.low == "" {
			t.low = all[off : off+len(t.text)]
			off += len(t.text)
		}
	}
}

// isASCIILetter reports whether c is an ASCII letter.
func isASCIILetter(c byte) bool { return (c|0x20) >= 'a' && (c|0x20) <= 'z' }

// scanWord reads a run of letters starting at i into t and returns its
// length. A capitalised ASCII word that the rules do not know keeps an
// empty low: its lower-case form is appended to lower, for setLower.
func scanWord(text string, i int, t *token, lower []byte) (int, []byte) {
	j := i
	ascii, upper := true, false
	for j < len(text) {
		c := text[j]
		if c < utf8.RuneSelf {
			if !isASCIILetter(c) {
				break
			}
			if c >= 'A' && c <= 'Z' {
				upper = true
			}
			j++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[j:])
		if !unicode.IsLetter(r) {
			break
		}
		ascii = false
		j += n
	}
	w := text[i:j]
	t.kind, t.text = tokWord, w
	switch {
	case upper && ascii:
		off := len(lower)
		lower = appendLowerASCII(lower, w)
		if x, ok := lexicon[string(lower[off:])]; ok {
			t.low, t.cls = x.low, x.cls // a known word: no allocation
			lower = lower[:off]
		}
	case ascii:
		t.low, t.cls = w, lexicon[w].cls
	default:
		t.low = strings.ToLower(w)
		t.cls = lexicon[t.low].cls
	}
	if ascii {
		t.upper = upper && w[0] <= 'Z'
	} else {
		r, _ := utf8.DecodeRuneInString(w)
		t.upper = unicode.IsUpper(r)
	}
	return j - i, lower
}

// scanNumber reads a run of digits starting at i into t, keeping "," and
// "." separators that sit between digits, and returns its length.
func scanNumber(text string, i int, t *token) int {
	j := i
	n, sep := 0, false
	for j < len(text) {
		c := text[j]
		if c >= '0' && c <= '9' {
			if n < 1e8 {
				n = n*10 + int(c-'0')
			}
			j++
			continue
		}
		if (c == ',' || c == '.') && j+1 < len(text) && text[j+1] >= '0' && text[j+1] <= '9' && j > i {
			sep = true
			j++
			continue
		}
		break
	}
	t.kind, t.text, t.low, t.num = tokNum, text[i:j], text[i:j], n
	if sep {
		t.num = -1
	}
	t.cls = classify(t)
	return j - i
}

// classify returns the word classes of a token.
func classify(t *token) cls {
	switch t.kind {
	case tokNum:
		if t.num >= 0 {
			return cDigits | cNumber
		}
		return 0
	case tokWord:
		return wordClass[t.low]
	}
	return 0
}

// lexEntry is the lower-case form of a word the rules know, shared so that
// capitalised known words are lowered without allocating, and its classes.
type lexEntry struct {
	low string
	cls cls
}

// lexicon maps every word the rules know, in lower case, to its entry: the
// words of wordClass and a few others the rules compare tokens with. A
// word outside it has no classes.
var lexicon = func() map[string]lexEntry {
	m := map[string]lexEntry{}
	add := func(w string) { m[w] = lexEntry{w, wordClass[w]} }
	for w := range wordClass {
		add(w)
	}
	for _, l := range []map[string]bool{futureMarkers, pastMarkers, monthPrepositions, countWords} {
		for w := range l {
			add(w)
		}
	}
	for _, w := range []string{"on", "at", "by", "said", "he", "she", "it", "they", "we", "i", "but", "and", "in", "a", "for", "as", "if", "when", "after", "before", "since", "until", "during", "his", "her", "their", "its", "this", "there", "what", "mr", "mrs", "ms"} {
		add(w)
	}
	return m
}()
