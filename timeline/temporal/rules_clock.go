package temporal

// clockRules find times of day: "10 p.m.", "9:30 a.m. Tuesday", "noon
// Friday".
var clockRules = []rule{
	{name: "clock", trigger: cDigits | cClock, match: matchClock, examples: []example{
		ex("2025-04-04T22:00", "at 10 p.m.", "10pm"), ex("2025-04-01T09:30", "9:30 a.m. Tuesday"),
		ex("2025-04-04T12:00", "at noon"), ex("2025-04-09T17:00", "until 5 p.m. EST, April 9"),
		ex("2025-04-08T09:00", "gave them until 9 a.m. Tuesday"), ex("2025-04-04T04:00", "will leave at 4 in the morning"),
		ex("2025-04-04T12:00", "at midday"), ex("2025-04-03T10:35", "at 10:35 a.m. (0735 GMT) Thursday"),
		ex("2025-04-04T12:00", "a judge in Manhattan at midday, according to"), ex("2025-04-02T22:00", "was shot on April 2 at his home. At 10 p.m. police"),
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
	k, ahead := j, false
	if end := s.zonedClock(j); end > j {
		k, ahead = end, true // "10:35 a.m. (0735 GMT) Friday"
	}
	end, e := s.clockDay(k)
	if end > k && !ahead {
		j = end
	}
	e.Hour, e.Minute, e.Clock = h, m, true
	return j, e
}

// clockDay reads the day after a clock time ("[on] [,] Tuesday",
// "tomorrow", "April 9"), or returns the story's day.
func (s *scan) clockDay(i int) (int, Expr) {
	e := shift(Day, 0, AnchorDeictic)
	e.storyDay = true
	k := i
	if s.is(k, "on") {
		k++
	}
	if s.punct(k, ",") {
		k++
	}
	if end, d := matchWeekday(s, k); end > k && d.Part == "" {
		return end, d
	} else if end, d := matchDayWord(s, k); end > k && d.Part == "" {
		return end, d
	} else if end, d := matchMonthDay(s, k); end > k && d.Grain == Day {
		return end, d
	}
	return i, e
}

// zonedClock reads the same time in another zone in brackets after a
// clock time ("(0735 GMT)", "(7:35 GMT)") and returns the index after the
// closing bracket. The day after it is the clock time's day, but the
// bracket stays out of the expression.
func (s *scan) zonedClock(i int) int {
	if !s.punct(i, "(") {
		return i
	}
	j := i + 1
	if _, w, ok := s.digits(j); ok && w == 4 {
		j++
	} else if _, _, end, ok := s.clockTime(j); ok {
		j = end
	} else if _, _, ok := s.digits(j); ok && s.punct(j+1, ":") {
		j += 3
	} else {
		return i
	}
	if !timeZones[s.low(j)] || !s.punct(j+1, ")") {
		return i
	}
	return j + 2
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
