package timeml

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// FuzzParse checks that Parse never panics, that the spans it returns lie
// in the text and that writing a parsed document back and parsing it again
// gives the same text and annotations.
func FuzzParse(f *testing.F) {
	paths, _ := filepath.Glob(filepath.Join("testdata", "*.tml"))
	for _, p := range paths {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(b)
		}
	}
	f.Add([]byte(doc(`a<TIMEX3 tid="t1" type="DATE" value="2025">2025</TIMEX3>&amp;`)))
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := Parse(data)
		if err != nil {
			return
		}
		for _, x := range d.Timexes {
			if x.Start < 0 || x.Start > x.End || x.End > len(d.Text) || d.Text[x.Start:x.End] != x.Text {
				t.Fatalf("bad span %+v in a text of %d bytes", x, len(d.Text))
			}
		}
		xs := writable(d.Gold())
		var b bytes.Buffer
		if err := d.Write(&b, xs); err != nil {
			t.Fatalf("Write: %v", err)
		}
		back, err := Parse(b.Bytes())
		if err != nil {
			t.Fatalf("parsing the written document: %v\n%s", err, b.Bytes())
		}
		if back.Text != d.Text || len(back.Timexes) != len(xs) {
			t.Fatalf("round trip: text %q, %d annotations; want %q, %d", back.Text, len(back.Timexes), d.Text, len(xs))
		}
	})
}

// writable returns the annotations of xs that Write accepts: in order,
// typed and not overlapping.
func writable(xs []Timex) []Timex {
	var out []Timex
	pos := 0
	for _, x := range xs {
		if x.Start >= pos && x.End > x.Start && x.Type != "" {
			out = append(out, x)
			pos = x.End
		}
	}
	return out
}
