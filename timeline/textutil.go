package timeline

import (
	"strings"
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

// lastWord returns the last word of s.
func lastWord(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return strings.Trim(f[len(f)-1], ",;:“”\"‘’()")
}
