package timeline

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// quoteSpans returns the spans of text inside direct quotations: between
// “ and ”, or between straight double quotes, within one line. An
// unclosed quotation runs to the end of its line.
func quoteSpans(text string) []span {
	var out []span
	for _, ln := range splitLines(text) {
		open := -1
		for i := ln.start; i < ln.end; {
			r, size := utf8.DecodeRuneInString(text[i:ln.end])
			switch {
			case r == '“' && open < 0:
				open = i
			case r == '”' && open >= 0:
				out = append(out, span{open, i + size})
				open = -1
			case r == '"' && open < 0:
				open = i
			case r == '"':
				out = append(out, span{open, i + size})
				open = -1
			}
			i += size
		}
		if open >= 0 {
			out = append(out, span{open, ln.end})
		}
	}
	return out
}

// inSpans reports whether offset off lies in one of the spans.
func inSpans(spans []span, off int) bool {
	for _, s := range spans {
		if off >= s.start && off < s.end {
			return true
		}
	}
	return false
}

// lastWords returns the last n words of s, joined by single spaces.
func lastWords(s string, n int) string {
	return strings.Trim(strings.Join(lastFields(s, n), " "), ",;:“”\"‘’()")
}

// lastWord returns the last word of s, the last of strings.Fields(s)
// without its punctuation.
func lastWord(s string) string {
	start, end := lastField(s, len(s))
	return strings.Trim(s[start:end], ",;:“”\"‘’()")
}

// wordCount returns the number of space-separated words of s, as
// len(strings.Fields(s)), without splitting s.
func wordCount(s string) int {
	n, inWord := 0, false
	for i := 0; i < len(s); {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		space := unicode.IsSpace(r)
		if !space && !inWord {
			n++
		}
		inWord = !space
		i += size
	}
	return n
}

// lowerPrefix returns the first n runes of s in lower case: the start of
// strings.ToLower(s), at least n bytes long when s has n runes, without
// lower-casing the rest.
func lowerPrefix(s string, n int) string {
	end := 0
	for i := 0; i < n && end < len(s); i++ {
		_, size := utf8.DecodeRuneInString(s[end:])
		end += size
	}
	return strings.ToLower(s[:end])
}

// collapseSpace returns strings.Join(strings.Fields(s), " "): s with its
// runs of white space made single spaces and its ends trimmed. It returns
// s itself when s is so already, as it mostly is.
func collapseSpace(s string) string {
	prevSpace := true // a space at the start is not single
	for i := 0; i < len(s); {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		space := unicode.IsSpace(r)
		if space && (r != ' ' || prevSpace) {
			return strings.Join(strings.Fields(s), " ")
		}
		prevSpace = space
		i += size
	}
	if prevSpace && s != "" {
		return strings.Join(strings.Fields(s), " ")
	}
	return s
}
