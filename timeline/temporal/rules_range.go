package temporal

import "slices"

// This file links ranges: "between April and July", "from 2022 to 2024",
// "April 3-4". TimeML marks each end as its own expression; the Match of
// each end carries the joint interval in Range.

// rangeJoiners are the words between the two ends of a range.
var rangeJoiners = map[string]string{
	"to": "from", "until": "from", "through": "from", "till": "from", "and": "between",
	"-": "", "–": "", "—": "",
}

// linkRanges adds the second day of "April 3-4" and "April 24 and 25"
// and marks the candidates that form ranges.
func (s *scan) linkRanges(cs []cand) []cand {
	out := slices.Grow(s.linked[:0], len(cs))
	for k, c := range cs {
		out = append(out, c)
		if c.e.Kind != KindCalendar || c.e.Grain != Day || c.e.Nth > 0 {
			continue
		}
		j := c.end
		joined := s.is(j, "and", "or")
		if !joined && (!s.dash(j) || !s.glued(j) || !s.glued(j+1)) {
			continue
		}
		d, end, ok := s.dayNumber(j + 1)
		if !ok || d <= c.e.Day || (k+1 < len(cs) && cs[k+1].start < end) {
			continue
		}
		if joined && s.at(end).kind == tokWord && !s.is(end, "in", "at", "on", "of", "to", "for", "from", "with", "and") {
			continue // "on April 4 and 25 soldiers died"
		}
		e := c.e
		e.Day = d
		out = append(out, cand{start: j + 1, end: end, e: e})
	}
	for k := 0; k+1 < len(out); k++ {
		if s.isRange(out[k], out[k+1]) {
			out[k].rangeWith, out[k+1].rangeWith = k+2, k+1
		}
	}
	s.linked = out
	return out
}

// isRange reports whether candidates a and b, in this order, are the two
// ends of a range.
func (s *scan) isRange(a, b cand) bool {
	if !dateLike(a.e) || !dateLike(b.e) || b.start-a.end != 1 {
		return false
	}
	w := s.at(a.end).low
	intro, ok := rangeJoiners[w]
	if !ok {
		return false
	}
	if intro == "" {
		return true
	}
	if w == "to" && a.e.Grain == b.e.Grain {
		return true
	}
	p := s.low(a.start - 1)
	return p == intro || intro == "from" && (p == "since" || p == "between")
}
