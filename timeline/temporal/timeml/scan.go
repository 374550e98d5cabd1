package timeml

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"
)

// scanner turns the raw content of a TEXT element into plain text and the
// TIMEX3 annotations over it.
type scanner struct {
	src      []byte
	pos, end int // the next byte to read and the end of the content
	text     strings.Builder
	open     []Timex // TIMEX3 elements not yet closed, innermost last
	timexes  []Timex
}

// scan reads the content up to s.end.
func (s *scanner) scan() error {
	for s.pos < s.end {
		i := bytes.IndexByte(s.src[s.pos:s.end], '<')
		if i < 0 {
			s.chars(s.src[s.pos:s.end])
			s.pos = s.end
			break
		}
		s.chars(s.src[s.pos : s.pos+i])
		s.pos += i
		if err := s.markup(); err != nil {
			return fmt.Errorf("%d: %v", lineAt(s.src, s.pos), err)
		}
	}
	if len(s.open) > 0 {
		return fmt.Errorf("%d: TIMEX3 %q is not closed", lineAt(s.src, s.end), s.open[len(s.open)-1].TID)
	}
	return nil
}

// markup consumes the markup at s.pos, which starts with '<'.
func (s *scanner) markup() error {
	rest := s.src[s.pos:s.end]
	switch {
	case bytes.HasPrefix(rest, []byte("<!--")):
		return s.skipTo("-->", "comment")
	case bytes.HasPrefix(rest, []byte("<![CDATA[")):
		j := bytes.Index(rest, []byte("]]>"))
		if j < 0 {
			return fmt.Errorf("CDATA section is not closed")
		}
		s.text.Write(rest[len("<![CDATA["):j])
		s.pos += j + len("]]>")
		return nil
	case bytes.HasPrefix(rest, []byte("<?")):
		return s.skipTo("?>", "processing instruction")
	case bytes.HasPrefix(rest, []byte("<!")):
		return s.skipTo(">", "declaration")
	}
	n := tagEnd(rest)
	if n < 0 {
		return fmt.Errorf("tag is not closed")
	}
	t, err := parseTag(rest[1 : n-1])
	if err != nil {
		return err
	}
	s.pos += n
	return s.element(t)
}

// skipTo skips past the next occurrence of end.
func (s *scanner) skipTo(end, what string) error {
	j := bytes.Index(s.src[s.pos:s.end], []byte(end))
	if j < 0 {
		return fmt.Errorf("%s is not closed", what)
	}
	s.pos += j + len(end)
	return nil
}

// element records the start or end of a TIMEX3; other elements are dropped.
func (s *scanner) element(t tag) error {
	if t.name != "TIMEX3" {
		return nil
	}
	off := s.text.Len()
	switch {
	case t.closing:
		if len(s.open) == 0 {
			return fmt.Errorf("</TIMEX3> without <TIMEX3>")
		}
		x := s.open[len(s.open)-1]
		s.open = s.open[:len(s.open)-1]
		x.End = off
		x.Text = s.text.String()[x.Start:off]
		s.timexes = append(s.timexes, x)
	default:
		x := Timex{Start: off, End: off, TID: t.attr("tid"), Type: t.attr("type"),
			Value: t.attr("value"), Mod: t.attr("mod")}
		if t.empty {
			s.timexes = append(s.timexes, x)
		} else {
			s.open = append(s.open, x)
		}
	}
	return nil
}

// chars appends character data to the text, decoding entities. An
// ampersand that does not start a known entity is kept as it is.
func (s *scanner) chars(b []byte) {
	for len(b) > 0 {
		i := bytes.IndexByte(b, '&')
		if i < 0 {
			s.text.Write(b)
			return
		}
		s.text.Write(b[:i])
		b = b[i:]
		r, n := entity(b)
		if n == 0 {
			s.text.WriteByte('&')
			b = b[1:]
			continue
		}
		s.text.WriteString(r)
		b = b[n:]
	}
}

var entities = map[string]string{"amp": "&", "lt": "<", "gt": ">", "quot": `"`, "apos": "'"}

// entity decodes the entity at the start of b, which starts with '&'. It
// returns the decoded text and the length of the entity, or n == 0.
func entity(b []byte) (string, int) {
	semi := bytes.IndexByte(b, ';')
	if semi < 2 || semi > 12 {
		return "", 0
	}
	name := string(b[1:semi])
	if r, ok := entities[name]; ok {
		return r, semi + 1
	}
	if name[0] != '#' {
		return "", 0
	}
	var (
		v   uint64
		err error
	)
	if len(name) > 1 && (name[1] == 'x' || name[1] == 'X') {
		v, err = strconv.ParseUint(name[2:], 16, 32)
	} else {
		v, err = strconv.ParseUint(name[1:], 10, 32)
	}
	r := rune(v)
	if err != nil || v == 0 || v > utf8.MaxRune || !utf8.ValidRune(r) {
		return "", 0
	}
	return string(r), semi + 1
}
