package temporal

// setRules find recurrences: "every Monday", "each season", "daily",
// "per month", "twice a year", "on Mondays".
var setRules = []rule{
	{name: "every", trigger: cSetWord, match: matchEvery, examples: []example{
		ex("XXXX-WXX-1", "every Monday", "on Mondays"), ex("P3M", "each season", "every quarter"),
		ex("P1Y", "each year", "yearly", "ceremonies held here annually"), ex("P2W", "every other week", "every two weeks"),
		ex("P1D", "daily", "every day"), ex("XXXX-SU", "every summer"),
	}},
	{name: "per unit", trigger: cSetWord | cNumber, match: matchPer, examples: []example{
		ex("P1M", "twice per month"), ex("P1Y", "twice a year"), ex("P1W", "three times a week"),
	}},
}

// matchEvery reads "every|each [other] [N] unit|weekday|season", plural
// weekdays and frequency adverbs.
func matchEvery(s *scan, i int) (int, Expr) {
	w := s.low(i)
	if v, ok := setAdverbs[w]; ok {
		if s.is(i-1, "average") || s.rateContext(i) || s.punct(i-1, "%") {
			return 0, Expr{} // "average daily volume" and "rise 8% annually" are rates
		}
		e := Expr{Kind: KindSet}
		e.Amount, e.Unit = setAdverbUnit(v)
		return i + 1, e
	}
	if wd, ok := weekdayPlurals[w]; ok {
		if !s.at(i).upper {
			return 0, Expr{}
		}
		return i + 1, Expr{Kind: KindSet, Weekday: wd}
	}
	if w != "every" && w != "each" {
		return 0, Expr{}
	}
	j, n := i+1, 1
	if s.is(j, "other") {
		j, n = j+1, 2
	} else if c, k, _, ok := s.count(j); ok && c > 1 && !s.is(j, "a", "an") {
		j, n = k, c
	}
	x := s.low(j)
	switch {
	case weekdayNames[x] > 0:
		e := Expr{Kind: KindSet, Weekday: weekdayNames[x]}
		if p, ok := partsOfDay[s.low(j+1)]; ok {
			e.Part, j = p, j+1
		}
		return j + 1, e
	case seasonNames[x] != "":
		return j + 1, Expr{Kind: KindSet, Season: seasonNames[x]}
	case x == "season" || x == "seasons":
		return j + 1, Expr{Kind: KindSet, Amount: 3 * n, Unit: uMonth}
	case partsOfDay[x] != "":
		return j + 1, Expr{Kind: KindSet, Part: partsOfDay[x]}
	case monthNames[x] > 0 && len(x) > 3 && s.at(j).upper:
		return j + 1, Expr{Kind: KindSet, Month: monthNames[x]}
	}
	u, ok := unitWords[x]
	if !ok || (n == 1 && unitPlural[x]) {
		return 0, Expr{}
	}
	return j + 1, Expr{Kind: KindSet, Amount: n, Unit: u}
}

// setAdverbUnit splits a frequency adverb's value into amount and unit.
func setAdverbUnit(v string) (int, Unit) {
	switch v {
	case "P1D":
		return 1, uDay
	case "P1W":
		return 1, uWeek
	case "P2W":
		return 2, uWeek
	case "P1M":
		return 1, uMonth
	case "P3M":
		return 3, uMonth
	case "P6M":
		return 6, uMonth
	case "PT1H":
		return 1, uHour
	}
	return 1, uYear
}

// matchPer reads "per month", "a year" after a count ("twice a year"), and
// "N times a week".
func matchPer(s *scan, i int) (int, Expr) {
	j := i
	switch {
	case s.is(j, "once", "twice"):
		j++
	case s.at(j).cls&cNumber != 0 && s.is(j+1, "times"):
		if _, k, ok := s.cardinal(j); ok && k == j+1 {
			j += 2
		} else {
			return 0, Expr{}
		}
	}
	if !s.is(j, "per", "a", "an", "each", "every") {
		return 0, Expr{}
	}
	if j == i && (!s.is(j, "per") || s.rateContext(j)) {
		return 0, Expr{} // "15 million instructions per second" is a rate
	}
	w := s.low(j + 1)
	u, ok := unitWords[w]
	if !ok || unitPlural[w] {
		return 0, Expr{}
	}
	return j + 2, Expr{Kind: KindSet, Amount: 1, Unit: u}
}
