package timeline

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The scanners in this file do the work of hot regular expressions with a
// pass over the text's words, or rule a match out before the expression
// runs. Each gives the result its expression gives (scan_test.go checks
// them against it): a word is a maximal run of ASCII letters, digits and
// underscores, as \b sees it, and case-insensitive words compare by ASCII
// case. Go folds two non-ASCII runes into ASCII letters (ſ into s, the
// Kelvin sign into k); a text holding either goes to the expression.

// isREWordByte reports whether b is a word character for \b: an ASCII
// letter, digit or underscore.
func isREWordByte(b byte) bool {
	return b == '_' || b >= '0' && b <= '9' || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z'
}

// isSpaceByte reports whether b is white space for \s.
func isSpaceByte(b byte) bool {
	return b == ' ' || b == '\t' || b == '\n' || b == '\f' || b == '\r'
}

// nextWord returns the bounds of the first word of s at or after offset
// i, or len(s), len(s) when there is none.
func nextWord(s string, i int) (start, end int) {
	for i < len(s) && !isREWordByte(s[i]) {
		i++
	}
	start = i
	for i < len(s) && isREWordByte(s[i]) {
		i++
	}
	return start, i
}

// hasFoldRune reports whether s holds a non-ASCII rune that case folding
// turns into an ASCII letter: ſ (U+017F) or K (U+212A).
func hasFoldRune(s string) bool {
	return strings.Contains(s, "ſ") || strings.Contains(s, "K")
}

// lowerASCII returns w with its ASCII capitals lowered, without allocating
// when w has none.
func lowerASCII(w string) string {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= 'A' && c <= 'Z' {
			return strings.ToLower(w)
		}
	}
	return w
}

// trimRightSpace trims \s white space from the end of s.
func trimRightSpace(s string) string {
	for len(s) > 0 && isSpaceByte(s[len(s)-1]) {
		s = s[:len(s)-1]
	}
	return s
}

// eventNounWords are the words of eventNouns, each optional plural spelt
// out; "cease-fire" is two words joined by a hyphen.
var eventNounWords = func() map[string]bool {
	out := map[string]bool{}
	for _, alt := range strings.Split(eventNouns, "|") {
		if w, ok := strings.CutSuffix(alt, "s?"); ok {
			out[w], out[w+"s"] = true, true
		} else {
			out[alt] = true
		}
	}
	return out
}()

// eventNounLocs returns the bounds of the event nouns of s, as
// `\b(?:eventNouns)\b` finds them.
func eventNounLocs(s string) [][2]int {
	var out [][2]int
	for i := 0; i < len(s); {
		st, en := nextWord(s, i)
		if st == en {
			break
		}
		w := s[st:en]
		switch {
		case w == "cease" && strings.HasPrefix(s[en:], "-fire") && (en+5 == len(s) || !isREWordByte(s[en+5])):
			en += 5
			out = append(out, [2]int{st, en})
		case eventNounWords[w]:
			out = append(out, [2]int{st, en})
		}
		i = en
	}
	return out
}

// hasEventNoun reports whether s names a happening with an event noun
// ("cease-fire" holds "fire", an event noun too).
func hasEventNoun(s string) bool {
	return hasWordIn(s, eventNounWords)
}

// hasWordIn reports whether one of the words of s is in set, as
// `\b(?:w1|w2|...)\b` would find it.
func hasWordIn(s string, set map[string]bool) bool {
	return anyWord(s, func(w string) bool { return set[w] })
}

// anyWord reports whether f holds for one of the words of s, taken in
// order.
func anyWord(s string, f func(w string) bool) bool {
	for i := 0; i < len(s); {
		st, en := nextWord(s, i)
		if st == en {
			return false
		}
		if f(s[st:en]) {
			return true
		}
		i = en
	}
	return false
}

// relativeLoc returns the bounds of the first "who" or "which" of s that
// white space follows, as relativeRE finds it, or nil.
func relativeLoc(s string) []int {
	for i := 0; i < len(s); {
		st, en := nextWord(s, i)
		if st == en {
			return nil
		}
		if w := s[st:en]; (w == "who" || w == "which") && en < len(s) && isSpaceByte(s[en]) {
			return []int{st, en + 1}
		}
		i = en
	}
	return nil
}

// detREWords are the determiners npDetRE finds.
var detREWords = setOf("the", "a", "an", "its", "their", "his", "her")

// determinerStart returns where the determiner that ends s before white
// space starts, as npDetRE finds it, or -1.
func determinerStart(s string) int {
	if hasFoldRune(s) {
		if loc := npDetRE.FindStringIndex(s); loc != nil {
			return loc[0]
		}
		return -1
	}
	t := trimRightSpace(s)
	if len(t) == len(s) {
		return -1
	}
	st := len(t)
	for st > 0 && isREWordByte(t[st-1]) {
		st--
	}
	if detREWords[lowerASCII(t[st:])] {
		return st
	}
	return -1
}

// futureFirst maps the first word of each phrase of futureRE made of
// several words to the words that must follow it, one space apart.
var futureFirst = map[string][][]string{
	"set": {{"to"}}, "scheduled": {{"to"}, {"for"}}, "due": {{"to"}}, "plan": {{"to"}},
	"plans": {{"to"}}, "planning": {{"to"}}, "expected": {{"to"}}, "is": {{"to"}},
	"are": {{"to"}}, "going": {{"to"}}, "to": {{"be", "held"}},
}

// futureWords are the one-word phrases of futureRE.
var futureWords = setOf("will", "shall", "upcoming")

// isFuture reports whether a clause has words that put it in the future,
// as futureRE finds them.
func isFuture(s string) bool {
	if hasFoldRune(s) {
		return futureRE.MatchString(s)
	}
	for i := 0; i < len(s); {
		st, en := nextWord(s, i)
		if st == en {
			return false
		}
		w := lowerASCII(s[st:en])
		switch {
		case futureWords[w]:
			return true
		case w == "ll" && contractedAt(s, st):
			return true
		}
		for _, rest := range futureFirst[w] {
			if wordsFollow(s, en, rest) {
				return true
			}
		}
		i = en
	}
	return false
}

// contractedAt reports whether the word at offset st follows an
// apostrophe that follows a word character: "we'll", "they’ll".
func contractedAt(s string, st int) bool {
	for _, ap := range []string{"'", "’"} {
		if p := st - len(ap); p > 0 && s[p:st] == ap && isREWordByte(s[p-1]) {
			return true
		}
	}
	return false
}

// wordsFollow reports whether the words follow offset i of s, each after
// one space, the last ending a word; case is ignored.
func wordsFollow(s string, i int, words []string) bool {
	for _, w := range words {
		if i >= len(s) || s[i] != ' ' {
			return false
		}
		st, en := i+1, i+1
		for en < len(s) && isREWordByte(s[en]) {
			en++
		}
		if lowerASCII(s[st:en]) != w {
			return false
		}
		i = en
	}
	return true
}

// amountEnds are the words an amount ends with in boundaryRE.
var amountEnds = setOf("million", "billion", "trillion", "percent", "cent", "cents", "point", "points", "dollar", "dollars")

// mayEndBoundary reports whether the text just before a time expression
// can match boundaryRE: it rules a match out when the text does not end
// as every match does, in "ended", "ending", "than", "versus", "vs." or an
// amount, each maybe followed by a preposition.
func mayEndBoundary(s string) bool {
	if hasFoldRune(s) {
		return true
	}
	t, w := lastLetters(trimRightSpace(s))
	switch w {
	case "in", "on", "at", "during":
		rest := t[:len(t)-len(w)]
		if t = trimRightSpace(rest); len(t) == len(rest) {
			return false
		}
		t, w = lastLetters(t)
	case "than", "versus":
		return true
	}
	return w == "ended" || w == "ending" || amountEnds[w] || w == "" && t != "" && strings.IndexByte("0123456789.,%", t[len(t)-1]) >= 0
}

// lastLetters returns t and the ASCII letters that end it, lowered.
func lastLetters(t string) (string, string) {
	st := len(t)
	for st > 0 && (t[st-1] >= 'a' && t[st-1] <= 'z' || t[st-1] >= 'A' && t[st-1] <= 'Z') {
		st--
	}
	return t, lowerASCII(t[st:])
}

// mayHaveDashPair reports whether s can hold a match of dashPair: a dash
// or an opening bracket.
func mayHaveDashPair(s string) bool {
	return strings.ContainsAny(s, "—–(") || strings.Contains(s, "--")
}

// lastFields returns the last n fields of s, as strings.Fields splits it,
// reading s from its end.
func lastFields(s string, n int) []string {
	var out []string
	end := len(s)
	for len(out) < n {
		start, e := lastField(s, end)
		if e == 0 {
			break
		}
		out = append(out, s[start:e])
		end = start
	}
	for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	return out
}

// lastField returns the bounds of the last field of s[:end], as
// strings.Fields splits it, or 0, 0 when it has none.
func lastField(s string, end int) (int, int) {
	end = len(strings.TrimRightFunc(s[:end], unicode.IsSpace))
	start := end
	for start > 0 {
		r, size := utf8.DecodeLastRuneInString(s[:start])
		if unicode.IsSpace(r) {
			break
		}
		start -= size
	}
	return start, end
}

// dashPairs returns the bounds of the parentheticals of s, as dashPair
// finds them.
func dashPairs(s string) [][]int {
	if !mayHaveDashPair(s) {
		return nil
	}
	return dashPair.FindAllStringIndex(s, -1)
}

// dropDashPairs replaces the parentheticals of s by a space.
func dropDashPairs(s string) string {
	if !mayHaveDashPair(s) {
		return s
	}
	return dashPair.ReplaceAllString(s, " ")
}

// eventNPLocs returns the submatches of eventNPRE in s; it needs an event
// noun.
func eventNPLocs(s string) [][]int {
	if !hasEventNoun(s) {
		return nil
	}
	return eventNPRE.FindAllStringSubmatchIndex(s, -1)
}

// reducedParticiples are the participles reducedRE starts with.
var reducedParticiples = setOf("made", "held", "reached", "signed", "agreed", "struck", "hosted",
	"achieved", "launched", "staged", "convened", "taken", "brokered")

// reducedLocs returns the submatches of reducedRE in s; it needs one of
// reducedParticiples.
func reducedLocs(s string) [][]int {
	if !hasWordIn(s, reducedParticiples) {
		return nil
	}
	return reducedRE.FindAllStringSubmatchIndex(s, -1)
}

// sinceLoc returns the submatch of sinceRE in s; it needs "after".
func sinceLoc(s string) []int {
	if !strings.Contains(s, "after") {
		return nil
	}
	return sinceRE.FindStringSubmatchIndex(s)
}

// mayBeCredit reports whether line t can match creditRE: it starts with
// the first letter of one of its phrases.
func mayBeCredit(t string) bool {
	return t != "" && strings.IndexByte("rRaAeEwWcC", t[0]) >= 0
}

// mayBePhoto reports whether line t can match photoRE: it starts with the
// first letter of a caption label, or holds a bracket, a slash, "getty"
// or "shutterstock".
func mayBePhoto(t string) bool {
	return t != "" && strings.IndexByte("pPiIcCfF", t[0]) >= 0 || strings.ContainsAny(t, "(/") ||
		containsFold(t, "getty") || containsFold(t, "utter")
}

// containsFold reports whether s holds lit, a lower-case ASCII word
// without the letters k and s, in any case.
func containsFold(s, lit string) bool {
	for i := 0; i+len(lit) <= len(s); i++ {
		if s[i]|0x20 == lit[0] && strings.EqualFold(s[i:i+len(lit)], lit) {
			return true
		}
	}
	return false
}
