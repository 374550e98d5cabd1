package temporal

// explicitRules find calendar dates the text writes out: full or partial
// dates, years, decades, quarters, halves, seasons with a year, fiscal
// years and fixed holidays.
var explicitRules = []rule{
	{name: "iso date", trigger: cDigits, match: matchISODate, examples: []example{
		ex("2025-04-04", "2025-04-04", "on 2025-04-04, talks"),
	}},
	{name: "numeric date", trigger: cDigits, match: matchNumericDate, examples: []example{
		ex("2025-04-05", "4/5/2025"), ex("2025-12-31", "31/12/2025", "12/31/2025"),
	}},
	{name: "month day year", trigger: cMonth | cWeekday, match: matchMonthDay, examples: []example{
		ex("2025-04-04", "April 4, 2025", "Apr. 4", "Friday, April 4", "April 4th", "said in an editorial on Friday, April 4: The court"),
		ex("1999-10-23", "Oct. 23, 1999"), ex("1997-01", "January nineteen ninety-seven"), ex("2024-03", "March 2024", "in March of 2024"),
		ex("2025-03", "in March", "talks in March"), ex("2025-02", "The February meeting"),
		ex("2024-09-30", "for the year ended Sept. 30"),
		ex("2024-10-23", "was shot to death on Oct. 23", "since the Oct. 23 slaying, police searched"),
		ex("2025-10-23", "will be sentenced on Oct. 23"), ex("2025-06-01", "the pact is effective June 1"),
		ex("2025-07", "until July"), ex("2025-05", "talks due to conclude by May", "talks that are supposed to conclude by May"), ex("2024-06", "in June last year"),
		ex("2025-01", "In January this year"), ex("2026-03-03", "on March 3 next year"),
		ex("2024-09-20", "the Sept. 20 attack on the embassy"), ex("2024-09", "the September attack on the embassy"),
		ex("2024-06", "has been at sea since June and was scheduled to return"),
		ex("2026-01", "would be paid on a still unspecified date in January"),
		ex("2025-06", "The union has decided to join the league in early June, an official said",
			"the talks that are supposed to end by June, invited the rebels"),
	}},
	{name: "day month year", trigger: cDigits, match: matchDayMonth, examples: []example{
		ex("2025-04-04", "4 April 2025", "4th of April", "4 Apr"),
	}},
	{name: "year", trigger: cDigits, det: true, match: matchYear, examples: []example{
		ex("2022", "since 2022", "in 2022", "back in 2022"), ex("199", "the 1990s", "1990s"),
		ex("202", "the 2020s"),
	}},
	{name: "century", trigger: cOrdinal | cDigits, det: true, match: matchCentury, examples: []example{
		ex("19", "the 20th century", "the twentieth century", "a 20th-century democrat"),
		ex("10", "the 11th century"),
	}},
	{name: "decade in words", trigger: cNumber, det: true, match: matchDecadeWords, examples: []example{
		ex("199", "in the nineties"), ex("196", "the sixties"),
	}},
	{name: "year in words", trigger: cNumber, match: matchYearWords, examples: []example{
		ex("1996", "nineteen ninety-six"), ex("2000", "two thousand"),
	}},
	{name: "quarter", trigger: cOrdinal | cFiscal | cDigits | cShift, det: true, match: matchQuarter, examples: []example{
		ex("2024-Q3", "last year's third quarter", "the 2024 third quarter"),
		ex("2025-Q1", "Q1 2025", "the first quarter", "first-quarter", "the first quarter of 2025"),
		ex("2024-Q4", "the fourth quarter of 2024", "Q4 2024", "earned $5 million in the fourth quarter"),
		ex("2025-Q4", "expects to report a loss in the fourth quarter"),
	}},
	{name: "half", trigger: cOrdinal | cShift, det: true, match: matchHalf, examples: []example{
		ex("2025-H2", "the second half of 2025", "the second half", "the last half of 2025"), ex("2024-H1", "H1 2024"),
	}},
	{name: "season year", trigger: cSeason, det: true, match: matchSeasonYear, examples: []example{
		ex("2025-SP", "spring 2025", "the spring of 2025"), ex("1994-WI", "the winter of nineteen ninety-four"), ex("2024-SU", "in summer 2024"),
	}},
	{name: "fiscal year", trigger: cFiscal, match: matchFiscal, examples: []example{
		ex("2024", "fiscal 2024", "fiscal year 2024", "FY2024", "FY 2024"),
	}},
	{name: "holiday", trigger: cHoliday, match: matchHoliday, examples: []example{
		ex("2024-12-25", "Christmas"), ex("2025-01-01", "New Year's Day"),
		ex("2024-11-28", "Thanksgiving"),
	}},
}

// matchISODate reads 2025-04-04.
func matchISODate(s *scan, i int) (int, Expr) {
	y, w, ok := s.digits(i)
	if !ok || w != 4 || !s.hyphen(i+1) {
		return 0, Expr{}
	}
	m, mw, ok1 := s.digits(i + 2)
	d, dw, ok2 := s.digits(i + 4)
	if !ok1 || !ok2 || mw > 2 || dw > 2 || !s.hyphen(i+3) || !validDate(y, m, d) {
		return 0, Expr{}
	}
	return i + 5, calendar(Day, y, m, d)
}

// matchNumericDate reads 4/4/2025 or 4/4/25, month first unless the
// options say day first (or the numbers leave no choice).
func matchNumericDate(s *scan, i int) (int, Expr) {
	a, aw, ok1 := s.digits(i)
	b, bw, ok2 := s.digits(i + 2)
	y, yw, ok3 := s.digits(i + 4)
	if !ok1 || !ok2 || !ok3 || aw > 2 || bw > 2 || (yw != 2 && yw != 4) {
		return 0, Expr{}
	}
	for _, k := range [...]int{i + 1, i + 3} {
		if !s.punct(k, "/") || !s.glued(k) || !s.glued(k+1) {
			return 0, Expr{}
		}
	}
	if yw == 2 {
		y += 1900
		if y < 1950 {
			y += 100
		}
	}
	m, d := a, b
	if (s.opts.DayFirst && b <= 12) || a > 12 {
		m, d = b, a
	}
	if !validDate(y, m, d) {
		return 0, Expr{}
	}
	return i + 5, calendar(Day, y, m, d)
}

// matchMonthDay reads "[Friday,] April 4[th][,] [2025]", "April [of] 2025"
// and a bare month name.
func matchMonthDay(s *scan, i int) (int, Expr) {
	j, wd := i, 0
	if w, ok := weekdayNames[s.low(j)]; ok {
		k := s.comma(j + 1)
		if _, ok := monthNames[s.low(k)]; !ok {
			return 0, Expr{}
		}
		j, wd = k, w
	}
	m, ok := monthNames[s.low(j)]
	if !ok || !s.at(j).upper {
		return 0, Expr{}
	}
	mi := j
	j = s.dot(j + 1)
	if d, end, ok := s.dayNumber(j); ok {
		k := s.comma(end)
		if y, yend, ok := s.yearAny(k); ok && validDate(y, m, d) {
			return yend, calendar(Day, y, m, d)
		}
		e := calendar(Day, 0, m, d)
		e.Anchor, e.Dir, e.Weekday, e.softDir = AnchorDeictic, dirTense, wd, true
		if s.is(i-1, "ended", "since") {
			e.Dir, e.softDir = DirPast, false // "the year ended March 31"
		}
		return s.relativeYear(end, e)
	}
	k := j
	if s.punct(k, ",") || s.is(k, "of") {
		k++
	}
	if y, yend, ok := s.yearAny(k); ok {
		return yend, calendar(Month, y, m, 0)
	}
	e := calendar(Month, 0, m, 0)
	e.Anchor, e.Dir = AnchorDeictic, dirTense
	if s.is(mi-1, "since") {
		e.Dir = DirPast // "on patrol since March and was scheduled to return"
	}
	if end, r := s.relativeYear(mi+1, e); end > mi+1 && wd == 0 {
		return end, r
	}
	if wd != 0 || !s.bareMonthOK(mi) {
		return 0, Expr{}
	}
	return mi + 1, e
}

// relativeYear extends a date without a year by "this|last|next year"
// at i ("June last year", "March 3 next year").
func (s *scan) relativeYear(i int, e Expr) (int, Expr) {
	off, ok := shiftWords[s.low(i)]
	if !ok || !s.is(i+1, "year") || s.punct(i+2, "'") || s.punct(i+2, "’") {
		return i, e
	}
	e.Offset, e.Dir = off, DirSame
	return i + 2, e
}

// matchDayMonth reads "4 April [2025]" and "the 4th of April".
func matchDayMonth(s *scan, i int) (int, Expr) {
	d, j, ok := s.dayNumber(i)
	if !ok {
		return 0, Expr{}
	}
	if s.is(j, "of") {
		j++
	}
	m, ok := monthNames[s.low(j)]
	if !ok || !s.at(j).upper {
		return 0, Expr{}
	}
	j = s.dot(j + 1)
	k := s.comma(j)
	if y, end, ok := s.yearAny(k); ok && validDate(y, m, d) {
		return end, calendar(Day, y, m, d)
	}
	e := calendar(Day, 0, m, d)
	e.Anchor, e.Dir, e.softDir = AnchorDeictic, dirTense, true
	return j, e
}

// matchQuarter reads "[fiscal] third quarter [of 2025]", "third-quarter",
// "Q3 [2025]" and "3Q".
func matchQuarter(s *scan, i int) (int, Expr) {
	j, year, off, noDet := i, 0, 0, false
	if s.is(j, "this", "last", "next") && s.is(j+1, "year") && (s.punct(j+2, "'") || s.punct(j+2, "’")) && s.is(j+3, "s") {
		off, j = shiftWords[s.low(j)], j+4
	}
	if s.is(j, "fiscal") {
		j++
	}
	if y, k, ok := s.yearNumber(j); ok && s.at(k).cls&cOrdinal != 0 {
		j, year = k, y
		if s.is(j, "fiscal") {
			j++
		}
	}
	q, end := 0, 0
	if s.is(j, "q") && s.glued(j+1) {
		if n, w, ok := s.digits(j + 1); ok && w == 1 {
			q, end = n, j+2
		}
	} else if n, k, ok := s.ordinal(j); ok {
		adj := s.hyphen(k)
		if adj {
			k++
		}
		if s.is(k, "quarter") {
			q, end, noDet = n, k+1, adj // "the third-quarter loss"
		}
	}
	if q < 1 || q > 4 {
		return 0, Expr{}
	}
	e := Expr{Kind: KindCalendar, Grain: Quarter, Quarter: q, Anchor: AnchorDeictic, Dir: dirTense, noDet: noDet}
	if j > i && s.is(i, "this", "last", "next") {
		e.Dir, e.Offset = DirSame, off
	}
	k := end
	if s.is(k, "of") || s.punct(k, ",") {
		k++
	}
	if y, yend, ok := s.yearNumber(k); ok {
		e.Year, end = y, yend
	} else if year > 0 {
		e.Year = year
	}
	return end, e
}

// matchHalf reads "the first half [of 2025]" and "H1 2025".
func matchHalf(s *scan, i int) (int, Expr) {
	h, end := 0, 0
	if s.is(i, "h") && s.glued(i+1) {
		if n, w, ok := s.digits(i + 1); ok && w == 1 {
			h, end = n, i+2
		}
	} else if n, k, ok := s.ordinal(i); ok && s.is(k, "half") {
		h, end = n, k+1
	} else if s.is(i, "last") && s.is(i+1, "half") && s.is(i-1, "the") {
		h, end = 2, i+2 // "the last half of 1989"
	}
	if h < 1 || h > 2 {
		return 0, Expr{}
	}
	e := Expr{Kind: KindCalendar, Grain: Half, Half: h, Anchor: AnchorDeictic, Dir: DirSame}
	k := end
	if s.is(k, "of") {
		k++
	}
	if y, yend, ok := s.yearNumber(k); ok {
		e.Year, end = y, yend
	} else if s.is(i, "h") {
		return 0, Expr{}
	}
	return end, e
}

// matchSeasonYear reads "spring 2025" and "the summer of 2024".
func matchSeasonYear(s *scan, i int) (int, Expr) {
	code, ok := seasonNames[s.low(i)]
	if !ok {
		return 0, Expr{}
	}
	k := i + 1
	if s.is(k, "of") {
		k++
	}
	y, end, ok := s.yearAny(k)
	if !ok {
		return 0, Expr{}
	}
	e := calendar(Season, y, 0, 0)
	e.Season = code
	return end, e
}

// matchFiscal reads "fiscal [year] 2024" and "FY2024".
func matchFiscal(s *scan, i int) (int, Expr) {
	j := i + 1
	if s.is(i, "fiscal") && s.is(j, "year") {
		j++
	}
	if y, end, ok := s.yearNumber(j); ok {
		return end, calendar(Year, y, 0, 0)
	}
	if s.is(i, "fy") && s.glued(j) {
		if n, w, ok := s.digits(j); ok && w == 2 {
			return j + 1, calendar(Year, 2000+n, 0, 0)
		}
	}
	return 0, Expr{}
}

// matchHoliday reads Christmas, New Year's Day and Thanksgiving.
func matchHoliday(s *scan, i int) (int, Expr) {
	if !s.at(i).upper {
		return 0, Expr{}
	}
	var e Expr
	end := i + 1
	switch {
	case s.is(i, "new"):
		if !s.is(i+1, "year") || !s.punct(i+2, "'") && !s.punct(i+2, "’") || !s.is(i+3, "s") {
			return 0, Expr{}
		}
		end = i + 4
		e = calendar(Day, 0, 1, 1)
		if s.is(end, "eve") {
			e = calendar(Day, 0, 12, 31)
		}
		if !s.is(end, "day", "eve") {
			return 0, Expr{}
		}
		end++
	case s.is(i, "thanksgiving"):
		e = calendar(Day, 0, 11, 0)
		e.Weekday, e.Nth = 4, 4
	default:
		md := holidays[s.low(i)]
		e = calendar(Day, 0, md[0], md[1])
		if s.is(end, "eve") {
			e.Day--
		}
	}
	if s.is(end, "day", "eve") && s.at(end).upper {
		end++
	}
	e.Anchor, e.Dir = AnchorDeictic, DirNearest
	if y, yend, ok := s.yearNumber(end); ok {
		e.Year, end = y, yend
	}
	return end, e
}

// validDate reports whether y-m-d is a real calendar day.
func validDate(y, m, d int) bool {
	if m < 1 || m > 12 || d < 1 || d > 31 || y < 1 {
		return false
	}
	return date(y, m, d).Day() == d
}
