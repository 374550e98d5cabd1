package temporal

// scan holds one text's tokens while the rules look at them. Its methods
// are the small reading helpers the rules are written with; all of them
// accept out-of-range indexes and answer "no".
type scan struct {
	text string
	toks []token
	opts Options
	// cands and linked are the buffers of extract and linkRanges, kept
	// for reuse by the next text (see scanPool).
	cands, linked []cand
	// values holds the TIMEX3 values of the matches, one after the other,
	// and valueEnds where each ends; they too are reused.
	values    []byte
	valueEnds []int
	// lower is the buffer of tokenize's lower-case words.
	lower []byte
}

// none is the token returned for indexes outside the text.
var none = token{num: -1}

// at returns token i, or an empty token.
func (s *scan) at(i int) *token {
	if i < 0 || i >= len(s.toks) {
		return &none
	}
	return &s.toks[i]
}

// low returns the lower-case text of token i, or "".
func (s *scan) low(i int) string { return s.at(i).low }

// is reports whether token i is one of words.
func (s *scan) is(i int, words ...string) bool {
	w := s.low(i)
	for _, x := range words {
		if w == x {
			return true
		}
	}
	return false
}

// punct reports whether token i is the punctuation p.
func (s *scan) punct(i int, p string) bool {
	t := s.at(i)
	return t.kind == tokPunct && t.text == p
}

// glued reports whether token i exists and follows token i-1 with no space.
func (s *scan) glued(i int) bool {
	t := s.at(i)
	return t.kind != 0 && !t.space
}

// hyphen reports whether token i is a hyphen glued to both neighbours.
func (s *scan) hyphen(i int) bool {
	return s.punct(i, "-") && s.glued(i) && s.glued(i+1)
}

// dash reports whether token i is a hyphen or dash between two tokens.
func (s *scan) dash(i int) bool {
	t := s.at(i)
	return t.kind == tokPunct && (t.text == "-" || t.text == "–" || t.text == "—")
}

// digits returns the value and digit count of a plain number at i.
func (s *scan) digits(i int) (n, width int, ok bool) {
	t := s.at(i)
	if t.kind != tokNum || t.num < 0 {
		return 0, 0, false
	}
	return t.num, len(t.text), true
}

// dot skips an optional full stop glued to token i-1 (as in "Sept.").
func (s *scan) dot(i int) int {
	if s.punct(i, ".") && s.glued(i) {
		return i + 1
	}
	return i
}

// comma skips an optional comma at i.
func (s *scan) comma(i int) int {
	if s.punct(i, ",") {
		return i + 1
	}
	return i
}

// dayNumber reads a day of the month at i ("4", "4th"), returning it and
// the index after it.
func (s *scan) dayNumber(i int) (d, end int, ok bool) {
	n, w, ok := s.digits(i)
	if !ok || w > 2 || n < 1 || n > 31 {
		return 0, 0, false
	}
	end = i + 1
	if ordinalSuffixes[s.low(end)] && s.glued(end) {
		end++
	}
	if s.glued(end) && (s.punct(end, "%") || s.punct(end, ":") && s.glued(end+1) && s.at(end+1).kind == tokNum) {
		return 0, 0, false // 10:30, 25%
	}
	return n, end, true
}

// yearNumber reads a four-digit year at i.
func (s *scan) yearNumber(i int) (y, end int, ok bool) {
	n, w, ok := s.digits(i)
	if !ok || w != 4 || n < 1000 || n > 2099 {
		return 0, 0, false
	}
	if s.glued(i+1) && (s.punct(i+1, "%") || s.at(i+1).kind == tokWord && !s.is(i+1, "s")) {
		return 0, 0, false
	}
	return n, i + 1, true
}

// count reads a cardinal number at i: digits, number words ("twenty-four",
// "one hundred"), "a" or "an", or a vague count ("several", "a few", "a
// couple of") as -1. halves reports "and a half".
func (s *scan) count(i int) (n, end int, halves, ok bool) {
	switch w := s.low(i); {
	case w == "a" || w == "an":
		if s.is(i+1, "few", "couple") {
			end = i + 2
			if s.is(end, "of") {
				end++
			}
			if s.is(i+1, "couple") {
				return 2, end, false, true // approximate: see couple
			}
			return -1, end, false, true
		}
		if s.is(i+1, "half") {
			return 1, i + 2, true, true
		}
		n, end = 1, i+1
		if m, ok := multiplierWords[s.low(end)]; ok {
			n, end = m, end+1 // "a hundred"
		}
	case w == "half" && s.is(i+1, "a", "an"):
		return 1, i + 2, true, true
	case vagueCounts[w]:
		return -1, i + 1, false, true
	default:
		n, end, ok = s.cardinal(i)
		if !ok {
			return 0, 0, false, false
		}
	}
	if s.is(end, "and") && s.is(end+1, "a") && s.is(end+2, "half") {
		return 2*n + 1, end + 3, true, true
	}
	if s.fractionHalf(end) {
		return 2*n + 1, end + 3, true, true
	}
	return n, end, false, true
}

// couple reports whether a count at i is "a couple of", which TimeML
// reads as about two.
func (s *scan) couple(i int) bool { return s.is(i, "a") && s.is(i+1, "couple") }

// fractionHalf reports whether "1/2" is written at i ("5 1/2 hours").
func (s *scan) fractionHalf(i int) bool {
	a, _, ok1 := s.digits(i)
	b, _, ok2 := s.digits(i + 2)
	return ok1 && ok2 && a == 1 && b == 2 && s.punct(i+1, "/") && s.glued(i+1) && s.glued(i+2)
}

// cardinal reads digits or number words at i.
func (s *scan) cardinal(i int) (n, end int, ok bool) {
	if d, _, ok := s.digits(i); ok {
		return d, i + 1, true
	}
	n, ok = numberWords[s.low(i)]
	if !ok {
		return 0, 0, false
	}
	end = i + 1
	if n >= 20 && n%10 == 0 {
		if u, ok := numberWords[s.low(end+1)]; ok && u < 10 && s.hyphen(end) {
			n, end = n+u, end+2
		} else if u, ok := numberWords[s.low(end)]; ok && u < 10 && u > 0 {
			n, end = n+u, end+1
		}
	}
	if m, ok := multiplierWords[s.low(end)]; ok {
		n, end = n*m, end+1
	}
	return n, end, true
}

// ordinal reads an ordinal at i ("third", "3rd").
func (s *scan) ordinal(i int) (n, end int, ok bool) {
	if n, ok := ordinalWords[s.low(i)]; ok {
		return n, i + 1, true
	}
	if d, w, ok := s.digits(i); ok && w <= 2 && ordinalSuffixes[s.low(i+1)] && s.glued(i+1) {
		return d, i + 2, true
	}
	return 0, 0, false
}

// sentenceStart reports whether token i begins a sentence.
func (s *scan) sentenceStart(i int) bool {
	if i == 0 || s.at(i).para {
		return true
	}
	p := s.at(i - 1)
	return p.kind == tokPunct && (p.text == "." || p.text == "!" || p.text == "?" || p.text == "\"" || p.text == "“" || p.text == ":")
}
