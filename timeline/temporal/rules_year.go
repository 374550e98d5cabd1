package temporal

// This file holds the year readers of the explicit rules (their entries
// are in rules_explicit.go, which keeps the registry order): years and
// decades in digits, years and decades in words, and centuries.

// matchYear reads a year ("2022") or a decade ("1990s", "the '90s").
func matchYear(s *scan, i int) (int, Expr) {
	if s.punct(i, "'") || s.punct(i, "’") {
		if d, w, ok := s.digits(i + 1); ok && w == 2 && d%10 == 0 && s.is(i+2, "s") && s.glued(i+2) {
			return i + 3, calendar(Decade, 1900+d, 0, 0)
		}
		return 0, Expr{}
	}
	y, end, ok := s.yearNumber(i)
	if !ok {
		return 0, Expr{}
	}
	if y%10 == 0 && s.glued(end) {
		if s.is(end, "s") {
			return end + 1, calendar(Decade, y, 0, 0)
		}
		if (s.punct(end, "'") || s.punct(end, "’")) && s.is(end+1, "s") && s.glued(end+1) {
			return end + 2, calendar(Decade, y, 0, 0)
		}
	}
	if !s.yearOK(i, y) {
		return 0, Expr{}
	}
	if s.is(end, "quarter", "period") {
		e := calendar(Quarter, y, 0, 0) // "the 1988 quarter": the quarter the text is about
		return end + 1, e
	}
	e := calendar(Year, y, 0, 0)
	e.noDet = true // "the 1996 Olympic bombing": the article belongs to the noun
	return end, e
}

// matchYearWords reads years spoken in words: "nineteen ninety-six", "two
// thousand [and] one".
func matchYearWords(s *scan, i int) (int, Expr) {
	hi, ok := numberWords[s.low(i)]
	if !ok {
		return 0, Expr{}
	}
	if hi == 2 && s.is(i+1, "thousand") {
		j := i + 2
		if s.is(j, "and") {
			j++
		}
		if lo, end, ok := s.cardinal(j); ok && lo < 100 && !unitAt(s, end) {
			return end, calendar(Year, 2000+lo, 0, 0)
		}
		if unitAt(s, j) {
			return 0, Expr{}
		}
		return j, calendar(Year, 2000, 0, 0)
	}
	if hi < 11 || hi > 20 {
		return 0, Expr{}
	}
	lo, end, ok := s.cardinal(i + 1)
	if !ok || lo < 10 || lo > 99 || s.at(i+1).kind != tokWord || unitAt(s, end) {
		return 0, Expr{}
	}
	return end, calendar(Year, hi*100+lo, 0, 0)
}

// yearAny reads a year in digits or in words at i.
func (s *scan) yearAny(i int) (y, end int, ok bool) {
	if y, end, ok := s.yearNumber(i); ok {
		return y, end, true
	}
	if s.at(i).kind == tokWord {
		if end, e := matchYearWords(s, i); end > i {
			return e.Year, end, true
		}
	}
	return 0, 0, false
}

// matchCentury reads "the 20th century" and "the twentieth century".
func matchCentury(s *scan, i int) (int, Expr) {
	n, j, ok := s.ordinal(i)
	if !ok || n < 1 || n > 21 {
		return 0, Expr{}
	}
	if s.hyphen(j) {
		j++
	}
	if !s.is(j, "century") {
		return 0, Expr{}
	}
	return j + 1, calendar(Century, (n-1)*100, 0, 0)
}

// matchDecadeWords reads "the nineties" after "the".
func matchDecadeWords(s *scan, i int) (int, Expr) {
	y, ok := decadeWords[s.low(i)]
	if !ok || !s.is(i-1, "the") {
		return 0, Expr{}
	}
	return i + 1, calendar(Decade, y, 0, 0)
}

// unitAt reports whether a unit word follows at i.
func unitAt(s *scan, i int) bool { return s.at(i).cls&cUnit != 0 }
