package timeline

import (
	"strings"
)

// Clean returns the text the extraction reads from an article body, and the
// map from its offsets back into body.
//
// It works line by line (see furniture.go for the rules that drop a line):
// web-page furniture such as "Share" buttons, section labels, bylines and
// photo credits is dropped; a "Related Articles" or "Read more" block is
// dropped with everything after it; a dateline opening the first line
// ("BRUSSELS —", "WASHINGTON (AP) —") is dropped; doubled single quotes
// used as quotation marks become “ and ”. Every kept line ends with "\n",
// and a blank line separates paragraphs. In Markdown, the lines of one
// paragraph are joined with spaces and inline markup is removed.
//
// Every byte of the result that was copied from body maps back to it:
// body[m.Source(i)] == clean[i].
func Clean(body, format string) (string, OffsetMap) {
	lines := splitLines(body)
	drop := furnitureLines(body, lines)
	b := &mapBuilder{src: body}
	first := true
	pendingBreak := false
	wrapped := format == "md" && hardWrapped(body, lines)
	for i, ln := range lines {
		text := body[ln.start:ln.end]
		if drop[i] {
			continue
		}
		if strings.TrimSpace(text) == "" {
			pendingBreak = b.Len() > 0
			continue
		}
		start, end := ln.start, ln.end
		start, end = trimSpan(body, start, end)
		if first {
			start += datelineLen(body[start:end])
			first = false
			if start >= end {
				continue
			}
		}
		md := format == "md"
		if md {
			start = skipBlockMarks(body, start, end)
		}
		if b.Len() > 0 {
			switch {
			case pendingBreak:
				b.Insert("\n\n")
			case wrapped && !isMarkdownBlock(text) && !isMarkdownBlock(body[lines[i-1].start:lines[i-1].end]):
				b.Insert(" ")
			default:
				b.Insert("\n")
			}
		}
		pendingBreak = false
		copyInline(b, body, start, end, md)
	}
	if b.Len() > 0 {
		b.Insert("\n")
	}
	return b.String(), b.m
}

// line is a span of the body without its line terminator.
type line struct{ start, end int }

// splitLines returns the lines of s without their "\n" or "\r\n".
func splitLines(s string) []line {
	var out []line
	start := 0
	for start <= len(s) {
		i := strings.IndexByte(s[start:], '\n')
		if i < 0 {
			if start < len(s) {
				out = append(out, line{start, len(s)})
			}
			break
		}
		end := start + i
		if end > start && s[end-1] == '\r' {
			end--
		}
		out = append(out, line{start, end})
		start += i + 1
	}
	return out
}

// trimSpan narrows [start, end) of s to exclude leading and trailing white
// space, including no-break spaces.
func trimSpan(s string, start, end int) (int, int) {
	t := strings.TrimLeft(s[start:end], " \t\u00a0\ufeff")
	start = end - len(t)
	t = strings.TrimRight(s[start:end], " \t\u00a0")
	return start, start + len(t)
}

// hardWrapped reports whether a Markdown body wraps its paragraphs over
// several lines (no line longer than 120 bytes, several of 60 or more), so
// that consecutive lines belong to one paragraph. Text with a paragraph per
// line keeps each line as a unit, which keeps unmarked headings apart.
func hardWrapped(body string, lines []line) bool {
	long := 0
	for _, ln := range lines {
		n := ln.end - ln.start
		if n > 120 {
			return false
		}
		if n >= 60 {
			long++
		}
	}
	return long >= 3
}

// isMarkdownBlock reports whether a Markdown line stands alone: a heading,
// list item, quote, rule or table row rather than a wrapped paragraph line.
func isMarkdownBlock(s string) bool {
	t := strings.TrimSpace(s)
	if t == "" {
		return true
	}
	switch t[0] {
	case '#', '>', '|', '-', '*', '+':
		return true
	}
	if i := strings.IndexAny(t, ".)"); i > 0 && i < 4 && strings.Trim(t[:i], "0123456789") == "" {
		return true
	}
	return false
}

// skipBlockMarks returns start moved past Markdown block markers: heading
// hashes, quote marks and list bullets.
func skipBlockMarks(s string, start, end int) int {
	for start < end {
		switch c := s[start]; {
		case c == '#' || c == '>':
			start++
		case (c == '-' || c == '*' || c == '+') && start+1 < end && s[start+1] == ' ':
			start += 2
		case c == ' ' || c == '\t':
			start++
		default:
			return start
		}
	}
	return start
}
