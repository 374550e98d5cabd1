package temporal

import (
	"time"
)

// Mode chooses what relative expressions are anchored to.
type Mode uint8

const (
	// News anchors relative expressions to the reference (publication) date.
	News Mode = iota
	// Narrative anchors them to the last date the text mentioned.
	Narrative
)

// Options configure a Tagger.
type Options struct {
	// DayFirst reads 4/5/2025 as 4 May rather than April 5.
	DayFirst bool
	// Mode is the default anchoring mode.
	Mode Mode
}

// Tagger finds and normalises time expressions. It is safe for concurrent
// use.
type Tagger struct {
	opts Options
}

// New returns a Tagger with the given options.
func New(opts Options) *Tagger { return &Tagger{opts: opts} }

// Tag returns the time expressions of text in order, resolved against ref
// (a zero ref leaves relative expressions unresolved).
func (t *Tagger) Tag(text string, ref time.Time) []Match {
	return t.TagMode(text, ref, t.opts.Mode)
}

// TagMode is Tag with the anchoring mode chosen for this text. The Exprs
// of the matches it returns share one allocation, and so do their Values.
func (t *Tagger) TagMode(text string, ref time.Time, mode Mode) []Match {
	s := getScan(text, t.opts)
	defer putScan(s)
	cands := s.extract()
	if len(cands) == 0 {
		return nil
	}
	r := &resolver{mode: mode}
	if !ref.IsZero() {
		r.ref = dayOf(ref)
	}
	out := make([]Match, len(cands))
	exprs := make([]Expr, len(cands))
	for k, c := range cands {
		exprs[k] = c.e
		out[k] = s.toMatch(c, r, &exprs[k])
	}
	s.setValues(out)
	joinRanges(out, cands)
	return out
}

// toMatch resolves a candidate (phase two) into a Match whose Expr is e,
// a copy of the candidate's. It appends the value to s.values and its end
// to s.valueEnds, for setValues.
func (s *scan) toMatch(c cand, r *resolver, e *Expr) Match {
	start, end := s.toks[c.start].start, s.toks[c.end-1].end
	var iv Interval
	s.values, iv = r.resolve(s.values, c.e)
	s.valueEnds = append(s.valueEnds, len(s.values))
	return Match{
		Start: start, End: end, Text: s.text[start:end],
		Type: c.e.Type(), Mod: c.e.Mod, Interval: iv, Expr: e,
	}
}

// setValues sets the Value of each match from the values toMatch wrote,
// converting them to a string in one allocation.
func (s *scan) setValues(ms []Match) {
	all := string(s.values)
	start := 0
	for k, end := range s.valueEnds {
		ms[k].Value = all[start:end]
		start = end
	}
}

// joinRanges sets the Range of both ends of every range.
func joinRanges(ms []Match, cands []cand) {
	for i, c := range cands {
		if c.rangeWith == 0 {
			continue
		}
		j := c.rangeWith - 1
		a, b := ms[i].Interval, ms[j].Interval
		if a.IsZero() || b.IsZero() || b.End.Before(a.Start) {
			continue
		}
		p := a.Precision
		if b.Precision > p {
			p = b.Precision
		}
		rg := Interval{Start: a.Start, End: b.End, Precision: p}
		ms[i].Range, ms[j].Range = rg, rg
	}
}

// Tag tags text with the default options.
func Tag(text string, ref time.Time) []Match { return New(Options{}).Tag(text, ref) }
