package temporal

import (
	"cmp"
	"slices"
	"strings"
)

// rule is one pattern of the grammar: a function that reads tokens from a
// start index and returns the index after the expression and its typed
// value (end <= start when it does not match).
type rule struct {
	name string
	// trigger holds the word classes the first token must have for the
	// rule to be tried: the cheap prefilter.
	trigger cls
	match   func(s *scan, i int) (end int, e Expr)
	// det says the rule takes a preceding "the" into the expression
	// ("the third quarter", "the past three years").
	det bool
	// examples are texts and the value they must produce, run as tests
	// against the reference date of the test corpus (Friday 4 April 2025).
	examples []example
}

// example is a group of texts that must each produce value.
type example struct {
	value string
	texts []string
}

// ex builds an example.
func ex(value string, texts ...string) example { return example{value, texts} }

// registry returns the rules in priority order: at one position the
// longest match wins and, among equally long ones, the earliest rule.
func registry() [][]rule {
	return [][]rule{explicitRules, clockRules, relativeRules, anaphoricRules, durationRules, setRules, refRules}
}

// allRules is the flattened registry.
var allRules = flatten(registry())

func flatten(groups [][]rule) []rule {
	var out []rule
	for _, g := range groups {
		out = append(out, g...)
	}
	return out
}

// triggers is the union of all rule triggers: tokens outside it are
// skipped at once.
var triggers = func() cls {
	var c cls
	for _, r := range allRules {
		c |= r.trigger
	}
	return c | cApprox | cMod | cDet
}()

// cand is an expression found by phase one: tokens [start, end) and the
// intermediate value.
type cand struct {
	start, end int
	e          Expr
	rangeWith  int // index+1 of the candidate this one forms a range with
}

// core tries every rule at token i and returns the longest match.
func (s *scan) core(i int, det bool) (c cand, ok bool) {
	t := s.at(i)
	for k := range allRules {
		r := &allRules[k]
		if r.trigger&t.cls == 0 {
			continue
		}
		end, e := r.match(s, i)
		if end <= i || (ok && end <= c.end) {
			continue
		}
		start := i
		if det && r.det && !e.noDet {
			start = i - 1
		}
		c, ok = cand{start: start, end: end, e: e}, true
	}
	return c, ok
}

// matchAt reads the optional prefixes (an approximation such as "about",
// "the", a position such as "early" or "the end of") and then a core
// expression at token i.
func (s *scan) matchAt(i int) (cand, bool) {
	j := i
	approx, n := s.approxPrefix(j)
	j += n
	mod, n := s.posPrefix(j)
	j += n
	det := false
	if mod != "" && s.is(j, "the") {
		det = true
		j++
	} else if mod == "" && s.is(j, "the") {
		det = true
		j++
		if mod, n = s.posPrefix(j); n > 0 {
			j += n
			det = false
		}
	}
	c, ok := s.core(j, det)
	if !ok {
		return c, false
	}
	if mod != "" {
		if !dateLike(c.e) {
			return c, false
		}
		c.start = i + lenApprox(approx)
		if c.e.Mod == "" {
			c.e.Mod = mod
		}
	}
	if approx != "" && !det && !c.e.noDet && (c.e.Kind == KindDuration || c.e.Ago) {
		c.start = i
		c.e.Mod = approxMods[approx]
	}
	if c.e.Dir == dirTense {
		c.e.Dir = s.tense(c.start, c.end)
		if c.e.Dir == dirTense {
			c.e.Dir = untensed(c.e)
		}
	}
	return c, true
}

// lenApprox returns the number of tokens of an approximation prefix.
func lenApprox(a string) int {
	switch a {
	case "":
		return 0
	case "more than", "less than", "at least", "up to":
		return 2
	case "no more than":
		return 3
	}
	return 1
}

// approxPrefix reads an approximation before a duration ("about", "more
// than"), returning its key in approxMods and its number of tokens.
func (s *scan) approxPrefix(i int) (string, int) {
	if s.at(i).cls&cApprox == 0 {
		return "", 0
	}
	for _, p := range approxPhrases {
		if s.words(i, p.words) {
			return p.key, len(p.words)
		}
	}
	return "", 0
}

// approxPhrase is a key of approxMods and its words.
type approxPhrase struct {
	key   string
	words []string
}

// approxPhrases are the keys of approxMods, longest first.
var approxPhrases = func() []approxPhrase {
	var ps []approxPhrase
	for k := range approxMods {
		ps = append(ps, approxPhrase{k, strings.Fields(k)})
	}
	slices.SortFunc(ps, func(a, b approxPhrase) int {
		return cmp.Or(len(b.words)-len(a.words), strings.Compare(a.key, b.key))
	})
	return ps
}()

// words reports whether the tokens from i on are words, in order.
func (s *scan) words(i int, words []string) bool {
	for k, w := range words {
		if s.low(i+k) != w {
			return false
		}
	}
	return true
}

// posPrefix reads a position before a date: "early", "late", "mid-",
// "the end of", "the beginning of", "the middle of".
func (s *scan) posPrefix(i int) (string, int) {
	w := s.low(i)
	if w == "the" && s.is(i+2, "of") {
		if m, ok := posMods[s.low(i+1)]; ok && !s.is(i+1, "early", "late", "mid") {
			return m, 3
		}
		return "", 0
	}
	if s.is(i, "early", "late", "mid") {
		if s.is(i, "mid") && s.hyphen(i+1) {
			return "MID", 2
		}
		n := 1
		if s.is(i+1, "in") { // "late in 2024"
			n = 2
		}
		return posMods[w], n
	}
	return "", 0
}

// dateLike reports whether e denotes a date or time that a position
// prefix can qualify.
func dateLike(e Expr) bool {
	return e.Kind == KindCalendar || e.Kind == KindShift || e.Kind == KindWeekday
}

// extract is phase one: it finds the expressions of the text in order.
func (s *scan) extract() []cand {
	out := s.cands[:0]
	for i := 0; i < len(s.toks); {
		if s.toks[i].cls&triggers == 0 {
			i++
			continue
		}
		c, ok := s.matchAt(i)
		if !ok || s.rejected(c) {
			i++
			continue
		}
		out = append(out, c)
		i = c.end
	}
	s.cands = out
	return s.linkRanges(out)
}

// untensed returns the direction of an expression whose sentence has no
// tense marker: weekdays and quarters are past (news reports quarters
// that have begun), dates the nearest to the anchor.
func untensed(e Expr) Dir {
	if e.Weekend {
		return DirNearest
	}
	if e.Kind == KindWeekday || e.Grain == Quarter {
		return DirPast
	}
	return DirNearest
}
