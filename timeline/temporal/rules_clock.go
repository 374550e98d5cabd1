package temporal

// clockRules find times of day: "10 p.m.", "9:30 a.m. Tuesday", "noon
// Friday".
var clockRules = []rule{
	{name: "clock", trigger: cDigits | cClock, match: matchClock, examples: []example{
		ex("2025-04-04T22:00", "at 10 p.m.", "10pm"), ex("2025-04-01T09:30", "9:30 a.m. Tuesday"),
		ex("2025-04-04T12:00", "at noon"), ex("2025-04-09T17:00", "until 5 p.m. EST, April 9"),
		ex("2025-04-08T09:00", "gave them until 9 a.m. Tuesday"), ex("2025-04-04T04:00", "will leave at 4 in the morning"),
		ex("2025-04-04T12:00", "at midday"), ex("2025-04-02T22:00", "was shot on April 2 at his home. At 10 p.m. police"),
	}},
}

// timeZones are zone abbreviations that may follow a clock time.
var timeZones = map[string]bool{
	"est": true, "edt": true, "cst": true, "cdt": true, "mst": true, "pst": true,
	"pdt": true, "gmt": true, "utc": true, "bst": true, "cet": true, "cest": true,
	"et": true, "pt": true, "msk": true,
}

// matchClock reads a clock time with a.m./p.m. (or noon, midnight) and an
// optional day after it.
func matchClock(s *scan, i int) (int, Expr) {
	h, m, j, ok := s.clockTime(i)
	if !ok {
		return 0, Expr{}
	}
	if timeZones[s.low(j)] && s.at(j).upper {
		j++
	}
	e := shift(Day, 0, AnchorDeictic)
	e.storyDay = true
	k := j
	if s.is(k, "on") {
		k++
	}
	if s.punct(k, ",") {
		k++
	}
	if end, d := matchWeekday(s, k); end > k && d.Part == "" {
		e, j = d, end
	} else if end, d := matchDayWord(s, k); end > k && d.Part == "" {
		e, j = d, end
	} else if end, d := matchMonthDay(s, k); end > k && d.Grain == Day {
		e, j = d, end
	}
	e.Hour, e.Minute, e.Clock = h, m, true
	return j, e
}

// clockTime reads "10 p.m.", "9:30am", "noon" or "midnight" at i.
func (s *scan) clockTime(i int) (h, m, end int, ok bool) {
	if s.is(i, "noon", "midday") {
		return 12, 0, i + 1, s.is(i-1, "at", "by", "until", "before", "after")
	}
	if s.is(i, "midnight") {
		return 0, 0, i + 1, s.is(i-1, "at", "by", "until", "before", "after")
	}
	h, w, ok := s.digits(i)
	if !ok || w > 2 || h > 12 {
		return 0, 0, 0, false
	}
	j := i + 1
	if s.punct(j, ":") && s.glued(j) {
		mm, mw, ok := s.digits(j + 1)
		if !ok || mw != 2 || mm > 59 {
			return 0, 0, 0, false
		}
		m, j = mm, j+2
	}
	pm, j, ok := s.meridiem(j)
	if !ok {
		return 0, 0, 0, false
	}
	if h == 12 {
		h = 0
	}
	if pm {
		h += 12
	}
	return h, m, j, true
}

// meridiem reads "a.m.", "p.m.", "am" or "pm" at i.
func (s *scan) meridiem(i int) (pm bool, end int, ok bool) {
	switch s.low(i) {
	case "am", "pm":
		return s.is(i, "pm"), i + 1, true
	case "in":
		if s.is(i+1, "the") && s.is(i+2, "morning", "afternoon", "evening") {
			return !s.is(i+2, "morning"), i + 3, true // "4 in the morning"
		}
	case "a", "p":
		if s.punct(i+1, ".") && s.is(i+2, "m") {
			end = i + 3
			if s.punct(end, ".") && s.glued(end) {
				end++
			}
			return s.is(i, "p"), end, true
		}
	}
	return false, 0, false
}
