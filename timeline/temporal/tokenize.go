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
// byte span in the text.
type token struct {
	start, end int
	text       string // as written
	low        string // lower-case text
	kind       tokKind
	num        int  // value of a digit run; -1 when it held separators (1,000 or 2.5)
	space      bool // whitespace (or the start of the text) precedes the token
	upper      bool // the word starts with an upper-case letter
	para       bool // a blank line precedes the token
	cls        cls
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
		var t token
		var size int
		switch {
		case c >= '0' && c <= '9':
			t, size = scanNumber(text, i)
		case c < utf8.RuneSelf:
			if isASCIILetter(c) {
				t, size = scanWord(text, i)
			} else {
				t, size = token{kind: tokPunct}, 1
			}
		default:
			r, n := utf8.DecodeRuneInString(text[i:])
			switch {
			case unicode.IsLetter(r):
				t, size = scanWord(text, i)
			case unicode.IsSpace(r):
				space = true
				i += n
				continue
			default:
				t, size = token{kind: tokPunct}, n
			}
		}
		t.start, t.end = i, i+size
		t.text = text[i : i+size]
		t.space, t.para = space, para
		space, para, newlines = false, false, 0
		if t.kind == tokWord && t.low == "" {
			off := len(lower)
			lower = appendLowerASCII(lower, t.text)
			t.cls = wordClass[string(lower[off:])]
		} else {
			if t.low == "" {
				t.low = t.text
			}
			t.cls = classify(&t)
		}
		toks = append(toks, t)
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

// scanWord reads a run of letters starting at i. It leaves low empty for
// an ASCII word with capitals that the rules do not know, for tokenize to
// lower into its buffer.
func scanWord(text string, i int) (token, int) {
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
	t := token{kind: tokWord, low: w}
	if upper && ascii {
		t.low = canonLower(w)
	} else if !ascii {
		t.low = strings.ToLower(w)
	}
	r, _ := utf8.DecodeRuneInString(w)
	t.upper = unicode.IsUpper(r)
	return t, j - i
}

// scanNumber reads a run of digits starting at i, keeping "," and "."
// separators that sit between digits.
func scanNumber(text string, i int) (token, int) {
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
	t := token{kind: tokNum, num: n}
	if sep {
		t.num = -1
	}
	return t, j - i
}

// canonLower returns the lower-case form of the capitalised ASCII word w
// when the rules know it, without allocating, or "".
func canonLower(w string) string {
	if len(w) > 16 {
		return ""
	}
	var buf [16]byte
	return canon[string(appendLowerASCII(buf[:0], w))]
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

// canon maps the lower-case form of every word the rules know to itself, so
// that capitalised known words are lowered without allocating.
var canon = func() map[string]string {
	m := map[string]string{}
	for w := range wordClass {
		m[w] = w
	}
	for _, l := range []map[string]bool{futureMarkers, pastMarkers, monthPrepositions, countWords} {
		for w := range l {
			m[w] = w
		}
	}
	for _, w := range []string{"on", "at", "by", "said", "he", "she", "it", "they", "we", "i", "but", "and", "in", "a", "for", "as", "if", "when", "after", "before", "since", "until", "during", "his", "her", "their", "its", "this", "there", "what", "mr", "mrs", "ms"} {
		m[w] = w
	}
	return m
}()
