package timeml

import (
	"fmt"
	"io"
	"sort"
	"strings"
	"text/tabwriter"
)

// WriteTo writes the figures as an aligned table.
func (s Scores) WriteTo(w io.Writer) (int64, error) {
	var b strings.Builder
	tw := tabwriter.NewWriter(&b, 0, 8, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "documents %d, gold %d, system %d\n", s.Docs, s.Gold, s.System)
	fmt.Fprintf(tw, "\tP\tR\tF1\tmatches\t\n")
	row := func(name string, f PRF, n int) {
		fmt.Fprintf(tw, "%s\t%.4f\t%.4f\t%.4f\t%d\t\n", name, f.P, f.R, f.F1, n)
	}
	row("relaxed extent", s.Relaxed, s.Counts.Relaxed)
	row("strict extent", s.Strict, s.Counts.Strict)
	row("type", s.Type, s.Counts.Type)
	row("value", s.Value, s.Counts.Value)
	tw.Flush()
	s.writeByType(&b)
	fmt.Fprintf(&b, "value accuracy %.4f (%d/%d), type accuracy %.4f (%d/%d)\n",
		s.ValueAccuracy, s.Counts.Value, s.Counts.Relaxed, s.TypeAccuracy, s.Counts.Type, s.Counts.Relaxed)
	fmt.Fprintf(&b, "Value F1 %.4f, relaxed extent F1 %.4f\n", s.Value.F1, s.Relaxed.F1)
	n, err := io.WriteString(w, b.String())
	return int64(n), err
}

// writeByType writes recall, precision and value accuracy per type.
func (s Scores) writeByType(w io.Writer) {
	if len(s.ByType) == 0 {
		return
	}
	types := make([]string, 0, len(s.ByType))
	for t := range s.ByType {
		types = append(types, t)
	}
	sort.Strings(types)
	tw := tabwriter.NewWriter(w, 0, 8, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "by type	gold	system	relaxed R	value acc	Value F1	\n")
	for _, t := range types {
		c := s.ByType[t]
		acc := 0.0
		if c.Relaxed > 0 {
			acc = float64(c.Value) / float64(c.Relaxed)
		}
		fmt.Fprintf(tw, "%s\t%d\t%d\t%.4f\t%.4f\t%.4f\t\n", t, c.Gold, c.System,
			newPRF(c.Relaxed, c.System, c.Gold).R, acc, newPRF(c.Value, c.System, c.Gold).F1)
	}
	tw.Flush()
}

// WriteErrors writes the errors of results, one per line, in document and
// text order, followed by a count per kind. Each line reads
// "doc:start-end kind gold=TYPE:VALUE[:MOD] system=TYPE:VALUE[:MOD] | context".
func WriteErrors(w io.Writer, results []DocResult) error {
	counts := map[ErrorKind]int{}
	for _, r := range results {
		for _, e := range r.Errors {
			counts[e.Kind]++
			if _, err := fmt.Fprintln(w, e.String()); err != nil {
				return err
			}
		}
	}
	kinds := make([]string, 0, len(counts))
	for k, n := range counts {
		kinds = append(kinds, fmt.Sprintf("%s %d", k, n))
	}
	sort.Strings(kinds)
	_, err := fmt.Fprintf(w, "errors: %s\n", strings.Join(kinds, ", "))
	return err
}

// String formats e on one line.
func (e Error) String() string {
	x := e.Gold
	if x == nil {
		x = e.System
	}
	return fmt.Sprintf("%s:%d-%d %-8s gold=%s system=%s | %s",
		e.Doc, x.Start, x.End, e.Kind, describe(e.Gold), describe(e.System), e.Context)
}

// describe formats an annotation as "TYPE:VALUE[:MOD]" followed, for a
// relaxed match, by its quoted text; or "-" for nil.
func describe(x *Timex) string {
	if x == nil {
		return "-"
	}
	s := x.Type + ":" + x.Value
	if x.Mod != "" {
		s += ":" + x.Mod
	}
	return s + fmt.Sprintf(" %q", x.Text)
}
