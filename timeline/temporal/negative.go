package temporal

// This file holds the negative rules: words that look like times and are
// not ("May" the modal, "March" the walk, "Friday" in a name, "1,000"
// troops, "2.5" percent).

// monthPrepositions are the words after which a bare month name is a
// month ("in March", "until July", "the February meeting").
var monthPrepositions = map[string]bool{
	"in": true, "since": true, "by": true, "until": true, "till": true, "through": true,
	"during": true, "from": true, "to": true, "and": true, "or": true, "between": true,
	"of": true, "before": true, "after": true, "early": true, "late": true, "mid": true,
	"last": true, "next": true, "this": true, "the": true, "on": true, "for": true,
	"as": true, "around": true, "throughout": true, "into": true, "via": true,
	"-": true, "that": true,
}

// ambiguousMonths are month names that are also common English words.
var ambiguousMonths = map[string]bool{"may": true, "march": true}

// bareMonthOK reports whether a month name at i, with no day or year,
// names a month: capitalised, after a preposition or determiner (always
// for "May" and "March"), and not the first name of a person.
func (s *scan) bareMonthOK(i int) bool {
	t := s.at(i)
	if !t.upper || len(t.low) <= 3 && t.low != "may" || t.low == "sept" {
		return false
	}
	if t.text == "MAY" || t.text == "MARCH" {
		return false
	}
	next := s.at(i + 1)
	if next.kind == tokWord && next.upper && next.cls&(cMonth|cWeekday) == 0 {
		return false // April Smith
	}
	prev := s.low(i - 1)
	if ambiguousMonths[t.low] {
		if !monthPrepositions[prev] || s.is(i+1, "be", "have", "not") {
			return false
		}
		if prev == "the" && (next.kind != tokWord || next.upper || s.is(i+1, "on", "to", "of", "through", "from", "in", "for", "against")) {
			return false // the March on Washington
		}
		return prev != "to" && prev != "and" && prev != "or" || s.monthAround(i)
	}
	if s.sentenceStart(i) {
		return next.kind == tokPunct || next.cls&cDigits != 0 || s.is(i+1, "was", "is", "saw", "will", "has", "had")
	}
	if s.at(i-1).upper && !s.sentenceStart(i-1) && s.at(i-1).cls == 0 {
		return false // Sister April
	}
	return true
}

// monthAround reports whether another month name is near token i ("from
// April to May").
func (s *scan) monthAround(i int) bool {
	for k := i - 3; k <= i+3; k++ {
		if k != i && s.at(k).cls&cMonth != 0 && s.at(k).upper {
			return true
		}
	}
	return false
}

// weekdayOK reports whether a weekday name at i is a day and not part of a
// name ("Good Friday", "Friday Prayers").
func (s *scan) weekdayOK(i int) bool {
	t := s.at(i)
	if !t.upper {
		return false
	}
	p := s.at(i - 1)
	if p.kind == tokWord && p.upper && namedDayWords[p.low] {
		return false // Good Friday, Black Monday
	}
	if s.is(i-2, "a", "an", "his", "her", "their", "my", "our") && s.is(i-1, "girl", "man", "guy", "gal") {
		return false // a girl Friday
	}
	n := s.at(i + 1)
	if n.kind == tokWord && n.upper && n.cls&(cMonth|cWeekday|cClock) == 0 && !timeZones[n.low] {
		return false
	}
	return true
}

// namedDayWords are the capitalised words that make a weekday part of the
// name of a day ("Good Friday", "Super Tuesday"); after other capitalised
// words ("the World Court Friday rejected") a weekday is a date.
var namedDayWords = map[string]bool{
	"good": true, "black": true, "super": true, "ash": true, "holy": true,
	"easter": true, "palm": true, "bloody": true, "cyber": true, "maundy": true,
	"blue": true, "man": true, "shrove": true, "low": true, "whit": true,
}

// measureWords are nouns that follow a count, so that the number before
// them is not a year ("2000 troops").
var measureWords = map[string]bool{
	"people": true, "troops": true, "soldiers": true, "workers": true, "shares": true,
	"members": true, "jobs": true, "votes": true, "tons": true, "tonnes": true,
	"barrels": true, "units": true, "employees": true, "students": true,
	"residents": true, "refugees": true, "civilians": true, "deaths": true,
	"cases": true, "meters": true, "metres": true, "miles": true, "km": true,
	"kilometers": true, "kilometres": true, "feet": true, "points": true,
	"percent": true, "dollars": true, "euros": true, "pounds": true, "yen": true,
	"men": true, "women": true, "children": true, "homes": true, "houses": true,
	"acres": true, "calories": true, "pages": true, "words": true, "rounds": true,
	"delegates": true, "seats": true, "police": true, "officers": true,
	"prisoners": true, "drones": true, "missiles": true, "shells": true,
	"times": true, "hours": true, "days": true, "years": true, "rubles": true,
	"hryvnias": true, "marks": true, "francs": true, "lire": true, "tanks": true,
	"vehicles": true, "cars": true, "companies": true, "firms": true, "stores": true,
	"kilograms": true, "kg": true, "lbs": true, "mph": true, "degrees": true,
}

// countWords before a number make it a quantity, not a year.
var countWords = map[string]bool{
	"about": true, "some": true, "nearly": true, "approximately": true,
	"roughly": true, "than": true, "only": true, "just": true, "over": true,
	"under": true, "least": true, "almost": true, "another": true, "additional": true,
	"extra": true, "total": true, "all": true, "those": true, "these": true,
	"number": true, "no": true, "No": true, "page": true, "route": true,
	"flight": true, "room": true, "highway": true, "section": true,
}

// yearOK reports whether a four-digit number at i is a year: in 1900-2099
// (or earlier after a word such as "in" or "since"), not money, not a
// quantity of something, not part of a longer number.
func (s *scan) yearOK(i, y int) bool {
	p := s.at(i - 1)
	if p.kind == tokPunct && p.text != "(" && p.text != "," && p.text != "-" && p.text != "–" && p.text != "\"" && p.text != "“" && p.text != "'" {
		return false // $2000, #2000, 10:2000, 1/2000
	}
	if p.kind == tokPunct && (p.text == "-" || p.text == "–") && !p.space && s.at(i-2).kind == tokNum {
		if _, _, ok := s.yearNumber(i - 2); !ok {
			return false // 555-2000
		}
	}
	if p.kind == tokNum {
		return false
	}
	n := s.at(i + 1)
	if measureWords[n.low] || (n.kind == tokPunct && !n.space && (n.text == "%" || n.text == ":" || n.text == "/")) {
		return false
	}
	if countWords[p.low] || s.is(i+1, "to") && s.at(i+2).cls&cDigits != 0 && s.at(i+3).cls&cUnit != 0 {
		return false
	}
	if y < 1900 {
		return s.is(i-1, "in", "since", "of", "by", "until", "from", "to", "after", "before", "year", "circa", "and", "between", "around", "fiscal", "during")
	}
	return true
}

// rejected applies the negative rules to a candidate as a whole.
func (s *scan) rejected(c cand) bool {
	if !s.balanced(c.start, c.end) {
		return true // "0735 GMT) Friday": never across a bracket or quote
	}
	if s.fraction(c) || s.ordinalSecond(c) || s.title(c) {
		return true
	}
	t := s.at(c.start)
	if c.end-c.start == 1 && t.kind == tokWord && c.e.Kind == KindCalendar && c.e.Grain == Month && !t.upper {
		return true
	}
	return false
}

// balanced reports whether tokens [start, end) open and close their
// brackets in order and hold an even number of straight double quotes.
func (s *scan) balanced(start, end int) bool {
	depth, quotes := 0, 0
	for k := start; k < end; k++ {
		t := &s.toks[k]
		if t.kind != tokPunct {
			continue
		}
		switch t.text {
		case "(", "[", "{":
			depth++
		case ")", "]", "}":
			if depth--; depth < 0 {
				return false
			}
		case "\"", "“", "”":
			quotes++
		}
	}
	return depth == 0 && quotes%2 == 0
}

// fraction reports a share written with quarters ("three-quarters of its
// food", "more than a quarter of the market"), not an amount of time.
func (s *scan) fraction(c cand) bool {
	if c.e.Kind != KindDuration || c.e.Unit != uQuarter || !s.is(c.end, "of") {
		return false
	}
	if c.e.Amount != 1 && !s.hyphen(c.end-2) {
		return false // "several quarters of losses"
	}
	_, _, year := s.yearNumber(c.end + 1)
	return !year // "two quarters of 1990" is time
}

// ordinalSecond reports "a second" as an ordinal before a noun ("a second
// group", "a second betrayal").
func (s *scan) ordinalSecond(c cand) bool {
	if c.e.Kind != KindDuration || c.e.Unit != uSecond || c.end-c.start != 2 || !s.is(c.start, "a") {
		return false
	}
	n := s.at(c.end)
	return n.kind == tokWord && !s.is(c.end, "later", "earlier", "ago", "after", "before", "or", "and", "longer")
}

// title reports a relative expression written as (part of) a name: an
// everyday word with a capital inside it ("ABC's This Week", "60 Minutes")
// or after a capitalised word ("VOA Today"), not at a sentence start.
func (s *scan) title(c cand) bool {
	switch c.e.Kind {
	case KindShift, KindDuration, KindRef, KindSet:
	default:
		return false
	}
	start := c.start
	if s.punct(start-1, "\"") || s.punct(start-1, "“") {
		start-- // a title in quotes: ABC's "This Week"
	}
	if s.sentenceStart(start) {
		return false
	}
	for k := c.start; k < c.end; k++ {
		if !s.capitalised(k) || s.at(k).cls&(cMonth|cWeekday|cHoliday) != 0 {
			continue
		}
		if p := s.at(k - 1); k > c.start || p.kind == tokWord && p.upper && !s.sentenceStart(k-1) {
			return true
		}
	}
	return false
}

// capitalised reports whether token i is a word written with an initial
// capital and lower-case letters after it ("Week", not "WEEK").
func (s *scan) capitalised(i int) bool {
	t := s.at(i)
	if t.kind != tokWord || !t.upper || len(t.text) < 2 {
		return false
	}
	r := t.text[1]
	return r >= 'a' && r <= 'z'
}
