package timeml

import (
	"fmt"
	"strings"
)

// tag is one start, end or empty-element tag.
type tag struct {
	name    string
	closing bool // </name>
	empty   bool // <name/>
	attrs   [][2]string
}

// attr returns the value of the attribute named name, or "".
func (t tag) attr(name string) string {
	for _, a := range t.attrs {
		if a[0] == name {
			return a[1]
		}
	}
	return ""
}

// tagEnd returns the length of the tag at the start of b, up to and
// including its '>', skipping quoted attribute values; or -1.
func tagEnd(b []byte) int {
	var quote byte
	for i := 1; i < len(b); i++ {
		c := b[i]
		switch {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '"' || c == '\'':
			quote = c
		case c == '>':
			return i + 1
		case c == '<':
			return -1
		}
	}
	return -1
}

// parseTag parses the inside of a tag, between '<' and '>'.
func parseTag(b []byte) (tag, error) {
	var t tag
	s := string(b)
	if strings.HasPrefix(s, "/") {
		t.closing = true
		s = s[1:]
	}
	if strings.HasSuffix(s, "/") && !t.closing {
		t.empty = true
		s = s[:len(s)-1]
	}
	n := strings.IndexAny(s, " \t\r\n")
	if n < 0 {
		n = len(s)
	}
	t.name, s = s[:n], s[n:]
	if t.name == "" {
		return t, fmt.Errorf("tag without a name")
	}
	for {
		s = strings.TrimLeft(s, " \t\r\n")
		if s == "" {
			return t, nil
		}
		if t.closing {
			return t, fmt.Errorf("attributes in </%s>", t.name)
		}
		var (
			a   [2]string
			err error
		)
		a, s, err = parseAttr(s)
		if err != nil {
			return t, fmt.Errorf("<%s>: %v", t.name, err)
		}
		t.attrs = append(t.attrs, a)
	}
}

// parseAttr parses one name="value" attribute at the start of s and returns
// it with the rest of s.
func parseAttr(s string) ([2]string, string, error) {
	eq := strings.IndexByte(s, '=')
	if eq <= 0 {
		return [2]string{}, "", fmt.Errorf("attribute without a value: %.20q", s)
	}
	name := strings.TrimRight(s[:eq], " \t\r\n")
	rest := strings.TrimLeft(s[eq+1:], " \t\r\n")
	if name == "" || strings.ContainsAny(name, " \t\r\n") || rest == "" || (rest[0] != '"' && rest[0] != '\'') {
		return [2]string{}, "", fmt.Errorf("malformed attribute: %.20q", s)
	}
	end := strings.IndexByte(rest[1:], rest[0])
	if end < 0 {
		return [2]string{}, "", fmt.Errorf("attribute %s: unclosed quote", name)
	}
	return [2]string{name, decode(rest[1 : end+1])}, rest[end+2:], nil
}

// decode decodes the entities of an attribute value.
func decode(v string) string {
	if !strings.Contains(v, "&") {
		return v
	}
	var s scanner
	s.chars([]byte(v))
	return s.text.String()
}

var (
	textEscaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;")
	attrEscaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;")
)

// escapeText escapes s for character data.
func escapeText(s string) string { return textEscaper.Replace(s) }

// escapeAttr escapes s for a double-quoted attribute value.
func escapeAttr(s string) string { return attrEscaper.Replace(s) }
