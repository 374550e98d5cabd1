package temporal

// anaphoricRules find expressions counted from the last date the text
// mentioned, whatever the mode: "the following week", "the next day",
// "that day", "the quarter", "the year-earlier period".
var anaphoricRules = []rule{
	{name: "following unit", trigger: cAnaphor | cShift | cDet, det: true, match: matchFollowing, examples: []example{
		ex("2025-04-05", "on April 4. The next day"), ex("2025-W15", "on April 4. The following week"),
		ex("2025-04-03", "on April 4. The previous day"), ex("2025-04-04", "on April 4. That day"),
		ex("2025-04-05TMO", "on April 4. The next morning"),
	}},
	{name: "the unit", trigger: cUnit | cShift | cAnaphor | cFiscal | cVague, det: true, match: matchTheUnit, examples: []example{
		ex("2024-Q4", "in the fourth quarter of 2024. The quarter", "in the fourth quarter of 2024. The latest quarter"),
		ex("2023-Q4", "in the fourth quarter of 2024, up from the year-earlier quarter", "in the fourth quarter of 2024, up from the quarter a year ago"),
		ex("2023-Q3", "in the fourth quarter of 2024, unlike the year-ago third quarter"),
		ex("P9M", "net for the year-earlier nine months"),
		ex("2024-Q3", "for the quarter ended Sept. 30, it earned"),
		ex("2025-Q1", "a charge in the fourth quarter of 2025. Sales in the latest quarter"),
		ex("2025-Q2", "in the fourth quarter of 2024. The current quarter"),
		ex("P1Y", "for the fiscal year", "revenue in the year ended March 31"), ex("2025", "for the full year", "for the year"), ex("2025-W14-WE", "over the weekend"),
		ex("2025-W13-WE", "officials said over the weekend"),
	}},
}

// followWords maps the words of anaphoric shifts to their offsets.
var followWords = map[string]int{
	"following": 1, "next": 1, "previous": -1, "prior": -1, "preceding": -1,
	"same": 0, "that": 0,
}

// matchFollowing reads "the following|next|previous|same day|week|...",
// "that day" and "the next morning", anchored to the last mentioned date.
func matchFollowing(s *scan, i int) (int, Expr) {
	j := i
	if s.is(j, "that") && s.is(j+1, "same") {
		j++
	}
	off, ok := followWords[s.low(j)]
	if !ok || (!s.is(i-1, "the") && !s.is(i, "that")) || (s.is(i, "that") && j == i && s.is(i-1, "the")) {
		return 0, Expr{}
	}
	w := s.low(j + 1)
	if p, ok := partsOfDay[w]; ok {
		e := shift(Day, off, AnchorLast)
		e.Part = p
		return j + 2, e
	}
	u, ok := unitWords[w]
	if !ok || unitPlural[w] || u < uDay {
		return 0, Expr{}
	}
	if u == uQuarter && s.is(i, "that") {
		return 0, Expr{}
	}
	return j + 2, shiftAnaphoric(u, off)
}

// shiftAnaphoric returns the shift of off units u from the last mentioned
// date.
func shiftAnaphoric(u Unit, off int) Expr {
	e := shift(unitGrain(u), off, AnchorLast)
	e.Weekend = u == uWeekend
	return e
}

// matchTheUnit reads "the quarter", "the latest quarter", "the year-ago
// quarter" and "year-earlier": the period the text is about.
func matchTheUnit(s *scan, i int) (int, Expr) {
	j := i
	ago := false
	if s.is(j, "year") && s.hyphen(j+1) && s.is(j+2, "ago", "earlier") {
		ago, j = true, j+3
	} else if s.is(j, "latest", "current") {
		j++
	}
	if ago && !s.is(j, "quarter", "period") {
		return s.yearAgo(j)
	}
	if !s.is(i-1, "the") && !ago {
		return 0, Expr{}
	}
	switch {
	case ago && s.is(j, "quarter", "period"):
		return j + 1, shift(Quarter, -4, AnchorLast)
	case s.is(i, "current") && s.is(j, "quarter"):
		return j + 1, shift(Quarter, 0, AnchorDeictic)
	case s.is(i, "latest") && s.is(j, "quarter", "period"):
		e := shift(Quarter, 0, AnchorLast)
		e.latest = true
		return j + 1, e
	case s.is(j, "quarter"):
		return s.theQuarter(j)
	case s.is(j, "period") && j > i:
		return j + 1, shift(Quarter, 0, AnchorLast)
	}
	return matchTheCalendarUnit(s, i)
}

// matchTheUnit reads "the year", "the fiscal year", "the full year", "the
// week", "the month" and "the weekend" after "the".
func matchTheCalendarUnit(s *scan, i int) (int, Expr) {
	j := i
	full := s.is(j, "full", "current", "whole", "entire")
	if full || s.is(j, "fiscal") {
		j++
	}
	if s.is(j, "fiscal") {
		j++
	}
	if s.punct(j+1, "'") || s.punct(j+1, "’") || s.at(j+1).cls&cDigits != 0 {
		return 0, Expr{} // the year's, the year 2000
	}
	switch s.low(j) {
	case "year":
		if s.at(j+1).cls&cNumber != 0 {
			return 0, Expr{} // the year two thousand
		}
		if s.is(j-1, "fiscal") && !full || s.is(j+1, "ended", "ending") {
			return j + 1, duration(1, uYear, false)
		}
		return j + 1, shift(Year, 0, AnchorDeictic)
	case "week", "month":
		return j + 1, shift(unitGrain(unitWords[s.low(j)]), 0, AnchorLast)
	case "weekend":
		// The weekend nearest the anchor in the sentence's tense: "said over
		// the weekend" on a Monday is the one just past.
		e := Expr{Kind: KindWeekday, Weekday: 6, Weekend: true, Anchor: AnchorDeictic, Dir: dirTense}
		return j + 1, e
	}
	return 0, Expr{}
}

// yearAgo reads what follows "year-ago" or "year-earlier" at j: a quarter
// ("the year-ago third quarter"), an amount of time ("the year-earlier
// nine months", a duration) or nothing (the year before the last date).
func (s *scan) yearAgo(j int) (int, Expr) {
	if end, e := matchQuarter(s, j); end > j && e.Grain == Quarter && e.Year == 0 && e.Quarter > 0 {
		e.Kind, e.Offset, e.Dir, e.Anchor = KindCalendar, -1, DirSame, AnchorLast
		return end, e
	}
	if end, e := matchCountUnit(s, j); end > j && e.Kind == KindDuration {
		return end, e
	}
	e := shift(Year, -1, AnchorLast)
	e.Ago, e.noDet = true, true // "the year-ago results": the article is the noun's
	return j, e
}

// theQuarter reads "quarter" after "the" at j: the quarter a year before
// the last one ("the quarter a year ago"), the calendar quarter of the
// date that ends it ("the quarter ended Sept. 30"), or the last quarter
// the text mentioned.
func (s *scan) theQuarter(j int) (int, Expr) {
	if s.is(j+1, "a") && s.is(j+2, "year") && s.is(j+3, "ago", "earlier") {
		return j + 4, shift(Quarter, -4, AnchorLast)
	}
	if s.is(j+1, "ended", "ending") {
		if end, d := matchMonthDay(s, j+2); end > j+2 && d.Grain == Day {
			e := d
			e.Grain, e.Quarter, e.Day = Quarter, (d.Month-1)/3+1, 0
			e.Dir, e.softDir = DirPast, false
			return j + 1, e
		}
	}
	return j + 1, shift(Quarter, 0, AnchorLast)
}
