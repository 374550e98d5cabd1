package timeml

import (
	"sort"
	"strings"
	"unicode/utf8"
)

// Counts are the raw counts of a comparison, which add up over documents.
type Counts struct {
	System  int // S: system annotations
	Gold    int // G: gold annotations
	Relaxed int // pairs with overlapping spans, matched one to one
	Strict  int // relaxed pairs with identical spans
	Type    int // relaxed pairs with the same type
	Value   int // relaxed pairs with the same value
}

// add adds o to c.
func (c *Counts) add(o Counts) {
	c.System += o.System
	c.Gold += o.Gold
	c.Relaxed += o.Relaxed
	c.Strict += o.Strict
	c.Type += o.Type
	c.Value += o.Value
}

// PRF is a precision, recall and F1 triple.
type PRF struct{ P, R, F1 float64 }

// newPRF returns the figures for n correct out of sys system and gold gold
// annotations.
func newPRF(n, sys, gold int) PRF {
	var f PRF
	if sys > 0 {
		f.P = float64(n) / float64(sys)
	}
	if gold > 0 {
		f.R = float64(n) / float64(gold)
	}
	if sys+gold > 0 {
		f.F1 = 2 * float64(n) / float64(sys+gold)
	}
	return f
}

// Scores are the TempEval-3 figures, micro-averaged over documents.
type Scores struct {
	Docs int
	Counts
	Relaxed PRF // extent, overlapping spans
	Strict  PRF // extent, identical spans
	Type    PRF // relaxed matches with the same type: F1 = 2T/(S+G)
	Value   PRF // relaxed matches with the same value: F1 = 2V/(S+G)
	// ValueAccuracy and TypeAccuracy are V and T over the relaxed matches.
	ValueAccuracy, TypeAccuracy float64
	// ByType sums DocResult.ByType.
	ByType map[string]Counts
}

// ErrorKind classifies a difference between system and gold annotations.
type ErrorKind string

// The kinds of error Compare reports. A relaxed match may have several.
const (
	Missed   ErrorKind = "missed"   // a gold annotation no system one overlaps (false negative)
	Spurious ErrorKind = "spurious" // a system annotation no gold one overlaps (false positive)
	Extent   ErrorKind = "extent"   // a relaxed match whose spans differ
	TypeErr  ErrorKind = "type"     // a relaxed match whose types differ
	ValueErr ErrorKind = "value"    // a relaxed match whose values differ
)

// Error is one difference between system and gold annotations.
type Error struct {
	Doc          string
	Kind         ErrorKind
	Gold, System *Timex // nil for Spurious and Missed respectively
	// Context is the text around the expression, on one line.
	Context string
}

// DocResult is the comparison of one document.
type DocResult struct {
	Name string
	Counts
	// ByType splits the counts by TIMEX3 type: gold annotations and the
	// matches under the gold type, system annotations under their own.
	ByType map[string]Counts
	Errors []Error
}

// Compare scores the system annotations sys of one document against the
// gold annotations gold of the same text. Empty (non-consuming) gold
// annotations are not scored.
func Compare(name, text string, gold, sys []Timex) DocResult {
	gold = nonEmpty(gold)
	sys = nonEmpty(sys)
	r := DocResult{Name: name, Counts: Counts{System: len(sys), Gold: len(gold)}, ByType: map[string]Counts{}}
	gm, sm := match(gold, sys)
	for i := range gold {
		g := &gold[i]
		j := gm[i]
		r.byType(g.Type, Counts{Gold: 1})
		if j < 0 {
			r.Errors = append(r.Errors, Error{Doc: name, Kind: Missed, Gold: g, Context: context(text, g.Start, g.End)})
			continue
		}
		r.pair(text, g, &sys[j])
	}
	for j := range sys {
		r.byType(sys[j].Type, Counts{System: 1})
		if sm[j] < 0 {
			s := &sys[j]
			r.Errors = append(r.Errors, Error{Doc: name, Kind: Spurious, System: s, Context: context(text, s.Start, s.End)})
		}
	}
	sort.SliceStable(r.Errors, func(a, b int) bool { return r.Errors[a].start() < r.Errors[b].start() })
	return r
}

// byType adds c to the counts of type typ.
func (r *DocResult) byType(typ string, c Counts) {
	t := r.ByType[typ]
	t.add(c)
	r.ByType[typ] = t
}

// pair counts a relaxed match and records its errors.
func (r *DocResult) pair(text string, g, s *Timex) {
	ctx := context(text, min(g.Start, s.Start), max(g.End, s.End))
	c := Counts{Relaxed: 1}
	check := func(ok bool, kind ErrorKind) int {
		if ok {
			return 1
		}
		r.Errors = append(r.Errors, Error{Doc: r.Name, Kind: kind, Gold: g, System: s, Context: ctx})
		return 0
	}
	c.Strict = check(g.Start == s.Start && g.End == s.End, Extent)
	c.Type = check(g.Type == s.Type, TypeErr)
	c.Value = check(g.Value == s.Value, ValueErr)
	r.Counts.add(c)
	r.byType(g.Type, c)
}

// start returns the offset an error is sorted by.
func (e Error) start() int {
	if e.Gold != nil {
		return e.Gold.Start
	}
	return e.System.Start
}

// match pairs overlapping gold and system annotations one to one, greedily:
// identical spans first, then the largest overlap, then document order. It
// returns for each gold annotation the index of its system match and for
// each system annotation that of its gold match, or -1.
func match(gold, sys []Timex) (gm, sm []int) {
	type pair struct{ g, s, exact, overlap int }
	var pairs []pair
	for i, g := range gold {
		for j, s := range sys {
			if g.Start < s.End && s.Start < g.End {
				exact := 0
				if g.Start == s.Start && g.End == s.End {
					exact = 1
				}
				pairs = append(pairs, pair{i, j, exact, min(g.End, s.End) - max(g.Start, s.Start)})
			}
		}
	}
	sort.SliceStable(pairs, func(a, b int) bool {
		p, q := pairs[a], pairs[b]
		if p.exact != q.exact {
			return p.exact > q.exact
		}
		return p.overlap > q.overlap
	})
	gm, sm = fill(len(gold)), fill(len(sys))
	for _, p := range pairs {
		if gm[p.g] < 0 && sm[p.s] < 0 {
			gm[p.g], sm[p.s] = p.s, p.g
		}
	}
	return gm, sm
}

// fill returns n times -1.
func fill(n int) []int {
	s := make([]int, n)
	for i := range s {
		s[i] = -1
	}
	return s
}

// nonEmpty returns the annotations of xs with a non-empty span.
func nonEmpty(xs []Timex) []Timex {
	out := make([]Timex, 0, len(xs))
	for _, x := range xs {
		if x.End > x.Start {
			out = append(out, x)
		}
	}
	return out
}

// Summarize micro-averages the results of several documents.
func Summarize(results []DocResult) Scores {
	s := Scores{ByType: map[string]Counts{}}
	for _, r := range results {
		s.Docs++
		s.Counts.add(r.Counts)
		for typ, c := range r.ByType {
			t := s.ByType[typ]
			t.add(c)
			s.ByType[typ] = t
		}
	}
	c := s.Counts
	s.Relaxed = newPRF(c.Relaxed, c.System, c.Gold)
	s.Strict = newPRF(c.Strict, c.System, c.Gold)
	s.Type = newPRF(c.Type, c.System, c.Gold)
	s.Value = newPRF(c.Value, c.System, c.Gold)
	if c.Relaxed > 0 {
		s.ValueAccuracy = float64(c.Value) / float64(c.Relaxed)
		s.TypeAccuracy = float64(c.Type) / float64(c.Relaxed)
	}
	return s
}

// contextWidth is how many bytes of text Error.Context shows on each side.
const contextWidth = 40

// context returns text[start:end] in brackets with some text either side,
// on one line.
func context(text string, start, end int) string {
	lo, hi := max(0, start-contextWidth), min(len(text), end+contextWidth)
	for lo > 0 && !utf8.RuneStart(text[lo]) {
		lo--
	}
	for hi < len(text) && !utf8.RuneStart(text[hi]) {
		hi++
	}
	s := text[lo:start] + "[" + text[start:end] + "]" + text[end:hi]
	return strings.Join(strings.Fields(s), " ")
}
