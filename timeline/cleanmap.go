package timeline

import (
	"strings"
)

// mapBuilder builds a derived text from pieces copied from a source text and
// inserted replacement text, recording the OffsetMap of the copied pieces.
type mapBuilder struct {
	src string
	buf strings.Builder
	m   OffsetMap
}

// Len returns the length of the text built so far.
func (b *mapBuilder) Len() int { return b.buf.Len() }

// String returns the text built so far.
func (b *mapBuilder) String() string { return b.buf.String() }

// Copy appends src[start:end], recording where it came from.
func (b *mapBuilder) Copy(start, end int) {
	if end <= start {
		return
	}
	d := b.buf.Len()
	b.buf.WriteString(b.src[start:end])
	if n := len(b.m); n > 0 {
		last := &b.m[n-1]
		if last.Derived+last.Len == d && last.Source+last.Len == start {
			last.Len += end - start
			return
		}
	}
	b.m = append(b.m, Segment{Derived: d, Source: start, Len: end - start})
}

// Insert appends text that was not copied from the source.
func (b *mapBuilder) Insert(s string) { b.buf.WriteString(s) }

// doubledQuotes are pairs of single quotes or backquotes that some sources
// use as double quotation marks.
var doubledQuotes = []string{"‘‘", "’’", "‘’", "’‘", "``", "''"}

// copyInline appends s[start:end] to b, turning doubled single quotes into
// typographic double quotes, no-break spaces into spaces and, when md is
// set, dropping inline Markdown markup.
func copyInline(b *mapBuilder, s string, start, end int, md bool) {
	run := start
	flush := func(i int) { b.Copy(run, i) }
	for i := start; i < end; {
		if q := doubledQuoteAt(s, i, end); q > 0 {
			flush(i)
			if opensQuote(s, start, i, i+q, end) {
				b.Insert("“")
			} else {
				b.Insert("”")
			}
			i += q
			run = i
			continue
		}
		if strings.HasPrefix(s[i:end], "\u00a0") {
			flush(i)
			b.Insert(" ")
			i += len("\u00a0")
			run = i
			continue
		}
		if md {
			if skip, keepFrom, keepTo := markdownInline(s, i, end); skip > 0 {
				flush(i)
				b.Copy(keepFrom, keepTo)
				i += skip
				run = i
				continue
			}
		}
		i++
	}
	flush(end)
}

// doubledQuoteAt returns the length of a doubled quote at s[i:], or 0.
func doubledQuoteAt(s string, i, end int) int {
	for _, q := range doubledQuotes {
		if strings.HasPrefix(s[i:end], q) {
			return len(q)
		}
	}
	return 0
}

// opensQuote reports whether a quote mark at s[i:j] opens a quotation: it
// does at the start of a line or after space or an opening bracket, when
// text follows it.
func opensQuote(s string, lineStart, i, j, end int) bool {
	before := i == lineStart || strings.ContainsAny(s[i-1:i], " \t([{\u2014-") || strings.HasSuffix(s[lineStart:i], "—")
	after := j < end && !strings.ContainsAny(s[j:j+1], " \t.,;:!?)")
	return before && after
}

// markdownInline recognises inline Markdown markup at s[i:]: it returns how
// many bytes the markup takes and the span of them to keep (the text of a
// link), or skip 0 when there is none.
func markdownInline(s string, i, end int) (skip, keepFrom, keepTo int) {
	switch c := s[i]; c {
	case '*', '_':
		// Emphasis marks: only at a word's edge, so "snake_case" stays.
		n := i
		for n < end && s[n] == c {
			n++
		}
		prevWord := i > 0 && isWordByte(s[i-1])
		nextWord := n < end && isWordByte(s[n])
		if c == '_' && prevWord && nextWord {
			return 0, 0, 0
		}
		return n - i, 0, 0
	case '`':
		return 1, 0, 0
	case '\\':
		if i+1 < end && strings.ContainsRune("\\`*_{}[]()#+-.!", rune(s[i+1])) {
			return 1, 0, 0
		}
	case '!', '[':
		return markdownLink(s, i, end)
	case '<':
		if j := strings.IndexByte(s[i:min(end, i+200)], '>'); j > 1 && isTagStart(s[i+1]) {
			return j + 1, 0, 0
		}
	}
	return 0, 0, 0
}

// markdownLink recognises [text](url) and ![alt](url) at s[i:]: a link
// keeps its text, an image is dropped.
func markdownLink(s string, i, end int) (skip, keepFrom, keepTo int) {
	image := s[i] == '!'
	open := i
	if image {
		open++
		if open >= end || s[open] != '[' {
			return 0, 0, 0
		}
	}
	close := strings.Index(s[open:min(end, open+500)], "](")
	if close < 0 {
		return 0, 0, 0
	}
	close += open
	if strings.IndexByte(s[open+1:close], '[') >= 0 {
		return 0, 0, 0
	}
	paren := strings.IndexByte(s[close+2:min(end, close+2+2000)], ')')
	if paren < 0 {
		return 0, 0, 0
	}
	stop := close + 2 + paren + 1
	if image {
		return stop - i, 0, 0
	}
	return stop - i, open + 1, close
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}

func isTagStart(c byte) bool {
	return c == '/' || c == '!' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}
