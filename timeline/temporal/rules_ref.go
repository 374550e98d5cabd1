package temporal

// refRules find vague references to the present, the past and the future:
// "now", "currently", "recently", "the future", "the coming weeks".
var refRules = []rule{
	{name: "ref word", trigger: cRef | cAnaphor | cApprox | cShift, det: true, match: matchRefWord, examples: []example{
		ex("PRESENT_REF", "now", "currently", "these days", "at present"),
		ex("PAST_REF", "recently", "in the past,", "the recent sale of its unit"), ex("PXW", "recent weeks"),
		ex("PRESENT_REF", "because of current market conditions", "its current share"),
		ex("FUTURE_REF", "in the future", "the coming weeks", "in coming months"),
	}},
}

// matchRefWord reads the reference words and "the past", "the coming
// weeks", "recent years", "these days".
func matchRefWord(s *scan, i int) (int, Expr) {
	w := s.low(i)
	switch w {
	case "these":
		if s.is(i+1, "days") {
			return i + 2, ref("PRESENT_REF")
		}
		return 0, Expr{}
	case "at":
		if s.is(i+1, "present") && s.punctAfter(i+2) {
			return i + 2, ref("PRESENT_REF")
		}
		return 0, Expr{}
	case "past":
		if s.is(i-1, "the") && !unitAt(s, i+1) && s.at(i+1).cls&(cNumber|cVague|cSeason) == 0 {
			return i + 1, ref("PAST_REF")
		}
		return 0, Expr{}
	case "coming", "recent":
		if u := s.low(i + 1); unitPlural[u] {
			if w == "coming" {
				return i + 2, ref("FUTURE_REF")
			}
			return i + 2, duration(-1, unitWords[u], false)
		}
		if w == "recent" {
			if !s.adjectiveRef(i) {
				return 0, Expr{}
			}
			return i + 1, ref("PAST_REF")
		}
	case "future":
		if !s.is(i-1, "the", "near", "foreseeable", "distant") || s.is(i+1, "of") {
			return 0, Expr{}
		}
	case "current":
		if !s.adjectiveRef(i) {
			return 0, Expr{}
		}
	case "previously", "soon":
		return 0, Expr{}
	}
	v, ok := refWords[w]
	if !ok {
		return 0, Expr{}
	}
	e := ref(v)
	e.noDet = w != "future"
	return i + 1, e
}

// adjectiveRef reports whether "current" or "recent" at i qualifies a
// noun that is not a calendar unit ("the current weakness", "a recent
// filing"), which TimeML reads as a reference to the present or the past.
func (s *scan) adjectiveRef(i int) bool {
	n := s.at(i + 1)
	if n.kind != tokWord || n.upper || n.cls&(cUnit|cSeason|cFiscal|cMonth|cWeekday) != 0 || s.is(i+1, "and", "or", "to", "of", "in", "on", "at", "is", "was", "were", "are", "has", "had", "from", "that", "which", "flows", "flowing") {
		return false
	}
	return !s.is(i-1, "most") && s.at(i-1).kind != tokNum
}
