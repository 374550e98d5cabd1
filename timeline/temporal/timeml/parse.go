package timeml

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"time"
)

// Timex is one TIMEX3 annotation of a document's text.
type Timex struct {
	// Start and End are byte offsets in Document.Text:
	// Document.Text[Start:End] == Text. An empty (non-consuming) TIMEX3
	// has Start == End.
	Start, End int
	Text       string
	TID        string
	Type       string
	Value      string
	Mod        string
}

// Document is a parsed TimeML document.
type Document struct {
	// Name is the file name the document was read from, or empty.
	Name string
	// DCT is the day of the document creation time (midnight UTC), or
	// zero when the document has none or its value is not a date.
	DCT time.Time
	// DCTValue is the raw value of the DCT's TIMEX3, such as "1998-01-08".
	DCTValue string
	// Text is the plain text of the TEXT element: inner tags removed,
	// entities decoded.
	Text string
	// Timexes are the TIMEX3 annotations inside TEXT, ordered by Start
	// then End.
	Timexes []Timex

	head, tail []byte // raw bytes up to <TEXT ...> and from </TEXT> on
	maxTID     int    // the largest tN number seen anywhere in the file
}

var (
	textOpen  = regexp.MustCompile(`<TEXT(\s[^>]*)?>`)
	textClose = []byte("</TEXT>")
	dctRe     = regexp.MustCompile(`<DCT(?:\s[^>]*)?>\s*(<TIMEX3\b[^>]*>)`)
	tidRe     = regexp.MustCompile(`"t(\d{1,9})"`)
)

// ParseFile reads and parses the TimeML file at path. Errors lead with the
// path and line.
func ParseFile(path string) (*Document, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	d, err := Parse(data)
	if err != nil {
		return nil, fmt.Errorf("%s:%w", path, err)
	}
	d.Name = filepath.Base(path)
	return d, nil
}

// Parse parses a TimeML document. Errors lead with the line number, as in
// "12: unclosed TIMEX3".
func Parse(data []byte) (*Document, error) {
	loc := textOpen.FindIndex(data)
	if loc == nil {
		return nil, fmt.Errorf("1: no <TEXT> element")
	}
	end := bytes.Index(data[loc[1]:], textClose)
	if end < 0 {
		return nil, fmt.Errorf("%d: <TEXT> is not closed", lineAt(data, loc[0]))
	}
	end += loc[1]
	d := &Document{
		head: data[:loc[1]:loc[1]],
		tail: data[end:],
	}
	s := &scanner{src: data, pos: loc[1], end: end}
	if err := s.scan(); err != nil {
		return nil, err
	}
	d.Text = s.text.String()
	d.Timexes = s.timexes
	sort.SliceStable(d.Timexes, func(i, j int) bool {
		a, b := d.Timexes[i], d.Timexes[j]
		if a.Start != b.Start {
			return a.Start < b.Start
		}
		return a.End < b.End
	})
	if err := d.parseDCT(); err != nil {
		return nil, err
	}
	d.maxTID = maxTID(data)
	return d, nil
}

// parseDCT reads the DCT's TIMEX3 from the part of the file before TEXT.
func (d *Document) parseDCT() error {
	m := dctRe.FindSubmatchIndex(d.head)
	if m == nil {
		return nil
	}
	tag, err := parseTag(d.head[m[2]+1 : m[3]-1])
	if err != nil {
		return fmt.Errorf("%d: DCT: %v", lineAt(d.head, m[2]), err)
	}
	d.DCTValue = tag.attr("value")
	if len(d.DCTValue) >= 10 {
		if t, err := time.Parse("2006-01-02", d.DCTValue[:10]); err == nil {
			d.DCT = t
		}
	}
	return nil
}

// maxTID returns the largest number N of a quoted "tN" in data.
func maxTID(data []byte) int {
	max := 0
	for _, m := range tidRe.FindAllSubmatch(data, -1) {
		if n, err := strconv.Atoi(string(m[1])); err == nil && n > max {
			max = n
		}
	}
	return max
}

// lineAt returns the 1-based line number of byte offset off in data.
func lineAt(data []byte, off int) int {
	if off > len(data) {
		off = len(data)
	}
	return bytes.Count(data[:off], []byte("\n")) + 1
}

// Gold returns the consuming annotations of d: those with a non-empty span,
// which are the ones scored.
func (d *Document) Gold() []Timex {
	out := make([]Timex, 0, len(d.Timexes))
	for _, t := range d.Timexes {
		if t.End > t.Start {
			out = append(out, t)
		}
	}
	return out
}
