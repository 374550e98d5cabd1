package temporal

// relativeRules find deictic expressions, counted from the reference date
// in news mode: yesterday, weekdays, "last week", "this summer", "earlier
// this year", bare seasons.
var relativeRules = []rule{
	{name: "day word", trigger: cDayWord, match: matchDayWord, examples: []example{
		ex("2025-04-03", "yesterday", "said yesterday"), ex("2025-04-04", "today"),
		ex("2025-04-05", "tomorrow"), ex("2025-04-04TNI", "tonight"),
		ex("2025-04-03TMO", "yesterday morning"),
	}},
	{name: "weekday", trigger: cWeekday | cShift, match: matchWeekday, examples: []example{
		ex("2025-04-04", "on Friday", "Britain on Friday accused"),
		ex("2025-03-31", "said Monday", "the official said Monday that"),
		ex("2025-04-03TMO", "since a bomb ripped through a building next to the embassy in Nairobi, Kenya Thursday morning"),
		ex("2025-04-03", "In its May report Thursday, the bank said"),
		ex("2025-04-05", "a rally on Saturday and were planning to drive", "the envoy was to arrive Saturday"),
		ex("2025-04-03TNI", "on Thursday night"), ex("2025-04-03", "late Thursday"),
		ex("2025-04-10", "next Thursday", "will meet Thursday"),
		ex("2025-04-08", "the stock is to resume trading Tuesday"),
		ex("2025-03-28", "last Friday"), ex("2025-03-31", "early Monday"),
		ex("2025-04-03", "Castro attended a rally Thursday by workers", "asked for a visa Thursday for him"),
		ex("2025-04-03TMO", "in the early hours of Thursday morning as he was about to be deported"),
		ex("2025-04-03", "Until Thursday, they had not called him a suspect", "in the hope of questioning him. Until Thursday, they had not called him a suspect"),
		ex("2025-04-01", "The offer had been due to expire Tuesday"),
		ex("2025-04-02", "On Wednesday, when she set aside vacation plans for the hastily planned trip, the department lifted a warning"),
	}},
	{name: "part of day", trigger: cPart, det: true, match: matchPartOfDay, examples: []example{
		ex("2025-04-03TAF", "London shares closed at mid-afternoon yesterday"),
		ex("2025-04-04TAF", "By mid afternoon, official sources were saying"),
		ex("2025-04-04TMO", "Dealers placed heavy buy orders in the morning"),
		ex("2025-04-02TEV", "The vote was held on April 2. In the evening, crowds gathered"),
	}},
	{name: "shift", trigger: cShift, match: matchShift, examples: []example{
		ex("2025-W14", "this week"), ex("2025-W13", "last week"), ex("2025-W15", "next week"),
		ex("2025-03", "last month"), ex("2025", "this year"), ex("2024", "last year"),
		ex("2024-SU", "last summer"), ex("2025-SU", "this summer"), ex("2024-09", "last September"), ex("2024-05", "signed last May"),
		ex("2025-04-04TMO", "this morning"), ex("2025-04-03TNI", "last night"),
		ex("2025-Q2", "this quarter"), ex("2025-Q1", "last quarter"),
		ex("2025-W14-WE", "this weekend"), ex("2024-WI", "this past winter"),
		ex("2024-SU", "this past summer"),
	}},
	{name: "two days off", trigger: cUnit, det: true, match: matchTwoDaysOff, examples: []example{
		ex("2025-04-02", "the day before yesterday"), ex("2025-04-06", "the day after tomorrow"),
	}},
	{name: "year end", trigger: cUnit, match: matchYearEnd, examples: []example{
		ex("2025", "by year-end", "by year end", "by year's end", "around year-end"),
	}},
	{name: "earlier this", trigger: cAnaphor, match: matchEarlierThis, examples: []example{
		ex("2025-W14", "earlier this week"), ex("2025", "earlier this year"),
		ex("2025-04", "later this month"), ex("2025-04-04", "earlier today"),
	}},
	{name: "bare season", trigger: cSeason, det: true, match: matchBareSeason, examples: []example{
		ex("2024-FA", "in the fall", "this happened in the autumn"),
		ex("2025-SU", "will be held in the summer", "will last well into the summer"),
		ex("2024-SU", "sales rose from the low levels of the early summer"),
	}},
}

// matchDayWord reads yesterday, today, tomorrow and tonight, with an
// optional part of the day ("yesterday morning").
func matchDayWord(s *scan, i int) (int, Expr) {
	off, ok := dayWords[s.low(i)]
	if !ok {
		return 0, Expr{}
	}
	e := shift(Day, off, AnchorDeictic)
	end := i + 1
	if s.is(i, "tonight") {
		e.Part = "NI"
	} else if p, ok := partsOfDay[s.low(end)]; ok {
		e.Part, end = p, end+1
	}
	return end, e
}

// matchWeekday reads "[last|next|this|coming] Friday [night]".
func matchWeekday(s *scan, i int) (int, Expr) {
	j, dir := i, dirTense
	if _, ok := shiftWords[s.low(i)]; ok {
		switch s.low(i) {
		case "last", "past", "previous":
			dir = DirBefore
		case "next", "coming":
			dir = DirAfter
		case "this":
			dir = DirSame
		default:
			return 0, Expr{}
		}
		j++
	}
	wd, ok := weekdayNames[s.low(j)]
	if !ok || !s.weekdayOK(j) {
		return 0, Expr{}
	}
	e := Expr{Kind: KindWeekday, Weekday: wd, Dir: dir, Anchor: AnchorDeictic}
	end := j + 1
	if p, ok := partsOfDay[s.low(end)]; ok {
		e.Part, end = p, end+1
	}
	return end, e
}

// matchShift reads "this|last|next|past|coming" followed by a unit, a
// season, a month name or a part of the day.
func matchShift(s *scan, i int) (int, Expr) {
	off, ok := shiftWords[s.low(i)]
	if !ok {
		return 0, Expr{}
	}
	if s.is(i, "this") && s.is(i+1, "past", "coming") && s.at(i+2).cls&(cSeason|cMonth) != 0 {
		i++ // "this past spring" is "last spring" said in the season after it
		off = shiftWords[s.low(i)]
		if s.is(i, "past") {
			off = -1
		}
		if end, e := s.namedShift(i, off); end > i {
			return end, e
		}
		return 0, Expr{}
	}
	w := s.low(i + 1)
	if s.is(i, "next", "previous") && s.is(i-1, "the") {
		return 0, Expr{} // "the next day" is anaphoric
	}
	if s.is(i, "past", "previous", "coming", "current") && !s.is(i+1, "weekend") {
		if s.is(i-1, "the") || s.is(i, "past") {
			return 0, Expr{} // "the past year" is a duration
		}
	}
	if u, ok := unitWords[w]; ok && !unitPlural[w] {
		return i + 2, shiftUnit(u, off)
	}
	if end, e := s.namedShift(i, off); end > i {
		return end, e
	}
	if p, ok := partsOfDay[w]; ok && (off == 0 || s.is(i, "last") && p == "NI") {
		e := shift(Day, off, AnchorDeictic)
		e.Part = p
		return i + 2, e
	}
	return 0, Expr{}
}

// namedShift reads a season or month name after the shift word at i
// ("last summer", "next April").
func (s *scan) namedShift(i, off int) (int, Expr) {
	w := s.low(i + 1)
	if code, ok := seasonNames[w]; ok {
		e := Expr{Kind: KindCalendar, Grain: Season, Season: code, Anchor: AnchorDeictic, Dir: dirOf(off)}
		return i + 2, e
	}
	if m, ok := monthNames[w]; ok && s.at(i+1).upper && (len(w) > 3 || w == "may") {
		e := Expr{Kind: KindCalendar, Grain: Month, Month: m, Anchor: AnchorDeictic, Dir: dirOf(off)}
		return i + 2, e
	}
	return 0, Expr{}
}

// shiftUnit returns the shift of off units u from the anchor.
func shiftUnit(u Unit, off int) Expr {
	e := shift(unitGrain(u), off, AnchorDeictic)
	if u == uWeekend {
		e.Weekend = true
	}
	return e
}

// dirOf maps a shift offset to the direction of a named month or season:
// "last April" is the latest April before the anchor's month.
func dirOf(off int) Dir {
	switch {
	case off < 0:
		return DirBefore
	case off > 0:
		return DirAfter
	}
	return DirSame
}

// matchTwoDaysOff reads "the day before yesterday" and "the day after
// tomorrow".
func matchTwoDaysOff(s *scan, i int) (int, Expr) {
	if !s.is(i, "day") {
		return 0, Expr{}
	}
	switch {
	case s.is(i+1, "before") && s.is(i+2, "yesterday"):
		return i + 3, shift(Day, -2, AnchorDeictic)
	case s.is(i+1, "after") && s.is(i+2, "tomorrow"):
		return i + 3, shift(Day, 2, AnchorDeictic)
	}
	return 0, Expr{}
}

// matchYearEnd reads "year-end", "year end" and "year's end" after a
// preposition ("by year-end"): the end of the current year.
func matchYearEnd(s *scan, i int) (int, Expr) {
	if !s.is(i, "year") || !s.is(i-1, "by", "at", "since", "until", "before", "after", "around", "near", "through", "toward", "towards") {
		return 0, Expr{}
	}
	j := i + 1
	switch {
	case s.hyphen(j):
		j++
	case (s.punct(j, "'") || s.punct(j, "’")) && s.is(j+1, "s"):
		j += 2
	}
	if !s.is(j, "end") {
		return 0, Expr{}
	}
	e := shift(Year, 0, AnchorDeictic)
	e.Mod = "END"
	return j + 1, e
}

// matchEarlierThis reads "earlier|later this|next|last week" and "earlier
// today".
func matchEarlierThis(s *scan, i int) (int, Expr) {
	if !s.is(i, "earlier", "later") {
		return 0, Expr{}
	}
	mod := "START"
	if s.is(i, "later") {
		mod = "END"
	}
	if off, ok := dayWords[s.low(i+1)]; ok {
		e := shift(Day, off, AnchorDeictic)
		e.Mod = mod
		return i + 2, e
	}
	if s.is(i+1, "that") {
		if u, ok := unitWords[s.low(i+2)]; ok && !unitPlural[s.low(i+2)] {
			e := shift(unitGrain(u), 0, AnchorLast)
			e.Mod = mod
			return i + 3, e
		}
		return 0, Expr{}
	}
	end, e := matchShift(s, i+1)
	if end == 0 || e.Kind != KindShift {
		return 0, Expr{}
	}
	if e.Grain != Day {
		e.Mod = mod
	}
	return end, e
}

// matchBareSeason reads a season name after a preposition or determiner
// ("in the fall", "during the summer"), placed by the sentence's tense.
func matchBareSeason(s *scan, i int) (int, Expr) {
	code := seasonNames[s.low(i)]
	p := i - 1
	if s.is(p, "early", "late", "mid") {
		p--
	}
	if s.is(p, "the") {
		p--
	}
	if !s.is(p, "in", "during", "since", "until", "by", "this", "through", "over", "before", "after", "into", "throughout", "of", "from", "for") {
		return 0, Expr{}
	}
	if s.is(i+1, "of") || s.at(i+1).cls&cUnit != 0 {
		return 0, Expr{}
	}
	e := Expr{Kind: KindCalendar, Grain: Season, Season: code, Anchor: AnchorDeictic, Dir: dirTense}
	return i + 1, e
}

// matchPartOfDay reads a part of the day without a day before it, after
// "mid" ("mid-afternoon") or "in|during|by the" ("in the morning"), and
// an optional day after it ("mid-afternoon yesterday", "the evening
// Friday"). Without a day it falls on the story's day, like a clock time.
func matchPartOfDay(s *scan, i int) (int, Expr) {
	p, ok := partsOfDay[s.low(i)]
	if !ok || p == "NI" {
		return 0, Expr{}
	}
	mid := s.is(i-1, "mid") || s.hyphen(i-1) && s.is(i-2, "mid")
	if !mid && !(s.is(i-1, "the") && s.is(i-2, "in", "during", "by")) {
		return 0, Expr{}
	}
	e := shift(Day, 0, AnchorDeictic)
	e.Part, e.storyDay = p, true
	end := i + 1
	if off, ok := dayWords[s.low(end)]; ok && !s.is(end, "tonight") {
		e.Offset, e.storyDay = off, false
		end++
	} else if wd, ok := weekdayNames[s.low(end)]; ok && s.weekdayOK(end) {
		e = Expr{Kind: KindWeekday, Weekday: wd, Dir: dirTense, Anchor: AnchorDeictic, Part: p}
		end++
	}
	return end, e
}
