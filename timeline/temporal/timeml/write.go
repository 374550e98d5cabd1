package timeml

import (
	"bufio"
	"fmt"
	"io"
	"sort"
	"strconv"

	"github.com/eventline/timeline/timeline/temporal"
)

// FirstTID returns the number of the first tid Write gives to system
// annotations: 1000, or one more than the largest tN found anywhere in the
// original file, so that system tids never clash with the DCT's or with
// those the links outside TEXT refer to.
func (d *Document) FirstTID() int {
	if d.maxTID >= 1000 {
		return d.maxTID + 1
	}
	return 1000
}

// Write writes d with the content of TEXT replaced by the plain text and
// the annotations xs, which must be ordered, non-overlapping, non-empty
// spans of d.Text. Their TID fields are ignored: they are numbered from
// d.FirstTID. Everything outside TEXT is written as it was read.
func (d *Document) Write(w io.Writer, xs []Timex) error {
	if err := d.check(xs); err != nil {
		return err
	}
	bw := bufio.NewWriter(w)
	bw.Write(d.head)
	tid, pos := d.FirstTID(), 0
	for _, x := range xs {
		bw.WriteString(escapeText(d.Text[pos:x.Start]))
		fmt.Fprintf(bw, `<TIMEX3 tid="t%d" type="%s" value="%s"`, tid, escapeAttr(x.Type), escapeAttr(x.Value))
		if x.Mod != "" {
			fmt.Fprintf(bw, ` mod="%s"`, escapeAttr(x.Mod))
		}
		bw.WriteString(">" + escapeText(d.Text[x.Start:x.End]) + "</TIMEX3>")
		tid, pos = tid+1, x.End
	}
	bw.WriteString(escapeText(d.Text[pos:]))
	bw.Write(d.tail)
	return bw.Flush()
}

// check reports the first annotation of xs that Write cannot place.
func (d *Document) check(xs []Timex) error {
	pos := 0
	for i, x := range xs {
		switch {
		case x.Start < pos || x.End > len(d.Text) || x.Start >= x.End:
			return fmt.Errorf("timeml: annotation %d [%d,%d) overlaps another or lies outside the text (%d bytes)",
				i, x.Start, x.End, len(d.Text))
		case x.Type == "":
			return fmt.Errorf("timeml: annotation %d [%d,%d) has no type", i, x.Start, x.End)
		}
		pos = x.End
	}
	return nil
}

// FromMatches converts tagger matches to annotations ready for Write:
// ordered by start, and where matches overlap only the first (and, at the
// same start, the longest) is kept.
func FromMatches(ms []temporal.Match) []Timex {
	ms = append([]temporal.Match(nil), ms...)
	sort.SliceStable(ms, func(i, j int) bool {
		if ms[i].Start != ms[j].Start {
			return ms[i].Start < ms[j].Start
		}
		return ms[i].End > ms[j].End
	})
	out := make([]Timex, 0, len(ms))
	pos := 0
	for _, m := range ms {
		if m.Start < pos || m.End <= m.Start {
			continue
		}
		out = append(out, Timex{Start: m.Start, End: m.End, Text: m.Text,
			TID: "t" + strconv.Itoa(len(out)+1), Type: string(m.Type), Value: m.Value, Mod: m.Mod})
		pos = m.End
	}
	return out
}

// Tag runs tagger on the text of d with its DCT as the reference date and
// returns the annotations ready for Write.
func Tag(tagger *temporal.Tagger, d *Document) []Timex {
	ms := tagger.Tag(d.Text, d.DCT)
	kept := ms[:0:0]
	for _, m := range ms {
		if m.Start >= 0 && m.End <= len(d.Text) {
			kept = append(kept, m)
		}
	}
	return FromMatches(kept)
}
