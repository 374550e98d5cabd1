package temporal

// durationRules find amounts of time ("three years", "a 30-day
// ceasefire", "the past two months") and the shifts counted with them
// ("three weeks ago", "two days later").
var durationRules = []rule{
	{name: "count unit", trigger: cNumber | cVague, det: true, match: matchCountUnit, examples: []example{
		ex("P3Y", "for three years", "a three-year war", "3 years"),
		ex("P1M", "a month"), ex("P30D", "a 30-day ceasefire", "30 days"),
		ex("PT24H", "24 hours"), ex("P9M", "the nine months"), ex("PXD", "a few days", "several days"),
		ex("P100Y", "a hundred years"), ex("P2W", "for two more weeks"), ex("P1Y", "for an additional year"), ex("P2Y", "for a couple of years"),
		ex("P1Y6M", "a year and a half", "one and a half years"), ex("PT30M", "half an hour"),
		ex("P2Y6M", "for 2 1/2 years"), ex("PT5H30M", "about 5 1/2 hours"),
		ex("PT1M30S", "a minute and a half"), ex("P6M", "half a year"),
		ex("P24D", "twenty-four days", "twenty four days"),
		ex("2025-W11", "three weeks ago"), ex("2024", "a year ago"), ex("2025-03-25", "10 days ago"),
		ex("PAST_REF", "a few days ago", "several years ago"),
		ex("2025-04-06", "on April 4. Two days later"),
		ex("2024", "on April 4. A year earlier Acme earned $5", "on April 4, up from $5 a year earlier"),
		ex("2024", "in the fourth quarter of 2025. Net rose to $5 in the first nine months, compared with $4 a year earlier"),
	}},
	{name: "window", trigger: cShift | cOrdinal, det: true, match: matchWindow, examples: []example{
		ex("P3Y", "the past three years", "over the last three years"),
		ex("P1W", "the past week"), ex("P9M", "the first nine months"), ex("PXD", "the next few days"),
		ex("P2Y", "the next couple of years"),
	}},
	{name: "bare units", trigger: cUnit, det: true, match: matchBareUnits, examples: []example{
		ex("PXY", "for years", "in years"), ex("PXM", "within months"), ex("PXD", "just days after"),
		ex("PXW", "to sell in the weeks ahead"), ex("PXY", "over the years many more patients"), ex("PXDE", "throughout the decades"),
		ex("PAST_REF", "years ago"),
	}},
}

// matchCountUnit reads "three years", "a month", "30-day", "several
// weeks", and their shifts "three weeks ago", "two days later".
func matchCountUnit(s *scan, i int) (int, Expr) {
	n, j, halves, ok := s.count(i)
	if !ok {
		return 0, Expr{}
	}
	glued := s.hyphen(j)
	if glued {
		j++
	} else if s.is(j, "more", "additional", "extra", "further") && unitAt(s, j+1) {
		j++ // "two more weeks"
	}
	w := s.low(j)
	if s.is(i, "a", "an") && s.is(j, "half") { // "a half hour"
		n, halves, j = 1, true, j+1
		w = s.low(j)
	}
	u, ok := unitWords[w]
	if !ok || (s.is(i, "a", "an") && n == 1 && unitPlural[w]) || (n == 1 && !halves && unitPlural[w] && s.at(i).kind == tokWord) {
		return 0, Expr{}
	}
	if s.is(i, "a", "an", "one") && s.is(j+1, "and") && s.is(j+2, "a") && s.is(j+3, "half") {
		n, halves, j = 3, true, j+3
	}
	end := j + 1
	if s.is(end, "old") || s.hyphen(end) && s.is(end+1, "old", "ago", "earlier") {
		return 0, Expr{} // ages are not time expressions; "a year-earlier loss" is a date
	}
	if glued && s.hyphen(end) && s.is(end+1, "long") {
		end += 2
	}
	if s.at(i).kind == tokNum && s.at(i).num >= 1000 && !unitPlural[w] {
		return 0, Expr{} // "the 1988 quarter"
	}
	if s.is(i, "a", "an") && !halves && !s.is(end, "ago", "earlier", "later") {
		if s.rateContext(i) {
			return 0, Expr{} // a rate: "$5 a month", "four flights a week"
		}
		if s.setContext(i) {
			return end, Expr{Kind: KindSet, Amount: 1, Unit: u}
		}
	}
	end, e := s.countSuffix(end, n, u, halves)
	e.noDet = glued
	if s.couple(i) && e.Kind == KindDuration {
		e.Mod = "APPROX"
	}
	return end, e
}

// countSuffix turns a counted unit into a shift when "ago", "earlier",
// "later" or "from now" follows it.
func (s *scan) countSuffix(end, n int, u Unit, halves bool) (int, Expr) {
	sign := 0
	anchor := AnchorDeictic
	k := end
	switch {
	case s.is(k, "ago"):
		sign, k = -1, k+1
	case s.is(k, "earlier") || s.is(k, "before") && s.relationEnds(k+1):
		sign, anchor, k = -1, AnchorLast, k+1
	case s.is(k, "later") || s.is(k, "after") && s.relationEnds(k+1) && !s.is(k+1, "the", "a", "his", "her", "their", "its"):
		sign, anchor, k = 1, AnchorLast, k+1
	case s.is(k, "from") && s.is(k+1, "now"):
		sign, k = 1, k+2
	}
	if sign == 0 || halves {
		return end, duration(n, u, halves)
	}
	if s.is(k-1, "before", "after") && s.at(k).kind == tokWord && !s.punctAfter(k) {
		return end, duration(n, u, halves)
	}
	if n < 0 {
		if sign < 0 {
			return k, ref("PAST_REF")
		}
		return k, ref("FUTURE_REF")
	}
	g := unitGrain(u)
	if u <= uHour {
		n, g = 0, Day
	}
	if u == uWeekend {
		g = Week
	}
	if u == uDecade {
		n, g = 10*n, Year
	}
	e := shift(g, sign*n, anchor)
	e.Ago = true
	return k, e
}

// relationEnds reports whether "before" or "after" ends the expression
// at i ("two days before, ..."), rather than starting a phrase ("two days
// before Christmas", "before April 4").
func (s *scan) relationEnds(i int) bool {
	return !s.at(i).upper && s.at(i).cls&(cMonth|cWeekday|cDigits) == 0
}

// punctAfter reports whether token k is punctuation or the end of text.
func (s *scan) punctAfter(k int) bool {
	t := s.at(k)
	return t.kind == 0 || t.kind == tokPunct
}

// setContext reports whether "a" at i reads as "per" after a count of
// occurrences ("twice a year", "three times a week").
func (s *scan) setContext(i int) bool {
	return s.is(i-1, "times", "once", "twice", "thrice")
}

// rateContext reports whether "a" or "per" at i follows an amount, so that
// the unit after it makes a rate, which TimeBank leaves untagged ("$5 a
// month", "358,000 a month", "four flights a week", "24 hours a day").
func (s *scan) rateContext(i int) bool {
	p := s.at(i - 1)
	if p.kind == tokNum || s.is(i-1, "million", "billion", "thousand", "percent", "dollars", "cents", "euros", "pounds", "barrels", "tons", "shares") {
		return true
	}
	if p.kind != tokWord || len(p.low) < 3 || p.low[len(p.low)-1] != 's' {
		return false
	}
	q := s.at(i - 2)
	return q.kind == tokNum || q.cls&cNumber != 0 && q.low != "a" && q.low != "an" || s.is(i-2, "million", "billion", "thousand")
}

// matchWindow reads "[the] past|last|next|first N units" and "the past
// year": durations that end or start at the anchor.
func matchWindow(s *scan, i int) (int, Expr) {
	if !s.is(i, "past", "last", "next", "first", "coming", "previous", "final", "following", "recent") {
		return 0, Expr{}
	}
	the := s.is(i-1, "the")
	if s.is(i+1, "couple") && s.is(i+2, "of") {
		if u, ok := unitWords[s.low(i+3)]; ok && unitPlural[s.low(i+3)] {
			e := duration(2, u, false)
			e.Mod = "APPROX"
			return i + 4, e
		}
	}
	if n, j, halves, ok := s.count(i + 1); ok && !s.is(i+1, "a", "an") {
		w := s.low(j)
		if u, ok := unitWords[w]; ok && (unitPlural[w] || n == 1) {
			return j + 1, duration(n, u, halves)
		}
		return 0, Expr{}
	}
	w := s.low(i + 1)
	u, ok := unitWords[w]
	if !ok || unitPlural[w] || !(the || s.is(i, "past")) || s.is(i, "first", "next", "following") {
		return 0, Expr{}
	}
	return i + 2, duration(1, u, false)
}

// matchBareUnits reads a plural unit without a count after "for", "in",
// "within" or "just" ("for years": PXY), "the weeks ahead" (PXW), "over
// the years" (PXY) and "years ago" (PAST_REF).
func matchBareUnits(s *scan, i int) (int, Expr) {
	w := s.low(i)
	if !unitPlural[w] || s.at(i-1).cls&(cNumber|cVague) != 0 {
		return 0, Expr{}
	}
	u := unitWords[w]
	if s.is(i+1, "ago") {
		return i + 2, ref("PAST_REF")
	}
	if s.is(i+1, "ahead") && s.is(i-1, "the") {
		return i + 2, duration(-1, u, false) // "the weeks ahead"
	}
	if s.is(i-1, "the") && s.is(i-2, "over", "throughout") && !s.is(i+1, "of") {
		return i + 1, duration(-1, u, false) // "over the years"
	}
	if !s.is(i-1, "for", "in", "within", "just", "only", "mere", "over", "took", "take", "lasted", "last") || s.is(i+1, "of") {
		return 0, Expr{}
	}
	return i + 1, duration(-1, u, false)
}
