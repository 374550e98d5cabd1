package temporal

// This file keeps the tokenizer as it was before it wrote tokens in place
// and lowered unknown words into one buffer, as the reference that
// checkTokenize compares with.

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// legacyCanon looks w up as the former canon map did.
func legacyCanon(w string) (string, bool) {
	x, ok := lexicon[w]
	return x.low, ok
}

// legacyTokenize is the former tokenize, which splits text into tokens.
func legacyTokenize(text string, toks []token) []token {
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
			t, size = legacyScanNumber(text, i)
		case c < utf8.RuneSelf:
			if isASCIILetter(c) {
				t, size = legacyScanWord(text, i)
			} else {
				t, size = token{kind: tokPunct}, 1
			}
		default:
			r, n := utf8.DecodeRuneInString(text[i:])
			switch {
			case unicode.IsLetter(r):
				t, size = legacyScanWord(text, i)
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
		if t.low == "" {
			t.low = t.text
		}
		t.space, t.para = space, para
		space, para, newlines = false, false, 0
		t.cls = classify(&t)
		toks = append(toks, t)
		i += size
	}
	return toks
}

// legacyScanWord is the former scanWord, which reads a run of letters
// starting at i.
func legacyScanWord(text string, i int) (token, int) {
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
	if upper && ascii && len(w) <= 16 {
		var buf [16]byte
		for k := 0; k < len(w); k++ {
			buf[k] = w[k] | 0x20
		}
		if c, ok := legacyCanon(string(buf[:len(w)])); ok {
			t.low = c // a known word: no allocation
		} else {
			t.low = strings.ToLower(w)
		}
	} else if upper || !ascii {
		t.low = strings.ToLower(w)
	}
	r, _ := utf8.DecodeRuneInString(w)
	t.upper = unicode.IsUpper(r)
	return t, j - i
}

// legacyScanNumber is the former scanNumber, which reads a run of digits
// starting at i.
func legacyScanNumber(text string, i int) (token, int) {
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
