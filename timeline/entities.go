package timeline

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// entityKind is the kind of a named entity.
type entityKind uint8

const (
	unknownKind entityKind = iota
	personKind
	placeKind
	orgKind
)

// entity is a name found in a text. Span covers the name with the
// nationality and titles before it ("French President Jean Dupont"), Name
// is the name alone ("Jean Dupont").
type entity struct {
	kind       entityKind
	name       string
	start, end int
}

// token is a word of a text with its span.
type token struct {
	text       string
	start, end int
	possessive bool
}

// nameConnectors may join the words of one name: "Ministry of Defense",
// "Ursula von der Leyen".
var nameConnectors = setOf("of", "von", "der", "van", "de", "del", "da", "du", "al", "bin", "la", "le")

// wordTokens splits s into word tokens, marking possessives ("Russia’s").
// A token is an acronym with dots ("U.S."), or a run of letters and digits
// that may hold apostrophes, dots and hyphens between them ("Jean-Noel",
// "don't", "3.5"). It is a hand-written scanner: it runs on every clause
// many times, where a regular expression was the slowest part of
// clustering.
func wordTokens(s string) []token {
	return appendTokens(make([]token, 0, tokenEstimate(s)), s, 0)
}

// appendTokens appends to toks the word tokens of s from offset i on.
func appendTokens(toks []token, s string, i int) []token {
	for t, next := nextToken(s, i); next >= 0; t, next = nextToken(s, next) {
		toks = append(toks, t)
	}
	return toks
}

// tokenEstimate returns about the number of word tokens of s, a little
// more rather than less, so that wordTokens allocates its slice once: one
// a space or a line break, and a few more for the words that dashes join
// ("talks—and").
func tokenEstimate(s string) int {
	n := strings.Count(s, " ") + strings.Count(s, "\n") + 1
	return n + n/32 + 2
}

// nextToken returns the first word token of s at or after offset i, as
// wordTokens finds it, and the offset to go on scanning from, which is -1
// when s has no more tokens.
func nextToken(s string, i int) (token, int) {
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !isLetterDigit(r) {
			i += n
			continue
		}
		end := acronymEnd(s, i)
		if end < 0 {
			end = wordEnd(s, i)
		}
		return possessive(token{text: s[i:end], start: i, end: end}), end
	}
	return token{}, -1
}

// isLetterDigit reports whether r is a letter or a digit.
func isLetterDigit(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// acronymEnd returns the end of an acronym with dots ("U.S.", "U.N.")
// starting at i, or -1.
func acronymEnd(s string, i int) int {
	end, units := i, 0
	for end < len(s) {
		r, n := utf8.DecodeRuneInString(s[end:])
		if !unicode.IsUpper(r) || end+n >= len(s) || s[end+n] != '.' {
			break
		}
		end += n + 1
		units++
	}
	if units < 2 {
		return -1
	}
	return end
}

// wordEnd returns the end of the word starting at i: the last letter or
// digit of the run of letters, digits, apostrophes, dots and hyphens.
func wordEnd(s string, i int) int {
	last := i
	for j := i; j < len(s); {
		r, n := utf8.DecodeRuneInString(s[j:])
		switch {
		case isLetterDigit(r):
			last = j + n
		case r == '’' || r == '\'' || r == '.' || r == '-':
		default:
			return last
		}
		j += n
	}
	return last
}

// possessive strips a possessive ending from t and marks it.
func possessive(t token) token {
	if c := t.text[len(t.text)-1]; c != 's' && c != '\'' && c != 0x99 {
		return t // 0x99 ends ’
	}
	for _, p := range []string{"’s", "'s", "’", "'"} {
		if strings.HasSuffix(t.text, p) && len(t.text) > len(p) {
			t.text, t.possessive = strings.TrimSuffix(t.text, p), true
			t.end -= len(p)
			break
		}
	}
	return t
}

// isCap reports whether a word starts with an upper-case letter.
func isCap(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// capSequences returns the runs of capitalised words of s, joined only by
// single spaces and name connectors; a possessive ends a run. A leading
// word capitalised only because it opens the sentence is left out.
//
// A run is consecutive tokens, so the runs are slices of toks, not copies
// of them: callers must not write to them.
func capSequences(s string, toks []token) [][]token {
	var out [][]token
	from, to := 0, 0 // the current run is toks[from:to]
	flush := func() {
		for to > from && nameConnectors[toks[to-1].text] {
			to--
		}
		if to > from {
			out = append(out, toks[from:to:to])
		}
		from = to
	}
	for i, t := range toks {
		joined := to > from && s[toks[to-1].end:t.start] == " " && !toks[to-1].possessive
		switch {
		case isCap(t.text) && !nonNames[t.text] && !(to == from && sentenceInitial(s, t)):
			if !joined {
				flush()
			}
			if to == from {
				from = i
			}
			to = i + 1 // a run that is not empty ends at toks[i-1]
		case nameConnectors[t.text] && joined && capAfterConnectors(toks, i):
			to = i + 1
		default:
			flush()
		}
	}
	flush()
	return out
}

// capAfterConnectors reports whether the connectors from toks[i] on lead
// to a capitalised word: "von der Leyen".
func capAfterConnectors(toks []token, i int) bool {
	for i < len(toks) && nameConnectors[toks[i].text] {
		i++
	}
	return i < len(toks) && isCap(toks[i].text)
}

// sentenceInitial reports whether t opens s (after quotes) and is a common
// word rather than a name.
func sentenceInitial(s string, t token) bool {
	if strings.TrimLeft(s[:t.start], " “\"‘(") != "" {
		return false
	}
	if roleWords[t.text] || isKnownName(t.text) {
		return false
	}
	low := strings.ToLower(t.text)
	if stopwords[low] || sentenceOpeners[t.text] || strings.HasSuffix(low, "ly") {
		return true
	}
	rest := strings.TrimLeft(s[t.end:], " ")
	return !(strings.HasPrefix(s[t.end:], " ") && isCap(rest))
}

// isKnownName reports whether w alone is a place or organisation name.
func isKnownName(w string) bool {
	return countries[w] || capitals[w] || wellKnownOrgs[w] || placeAcronyms[w] || isAcronymWord(w) || demonyms[w]
}

// isAcronymWord reports whether w is an upper-case acronym such as "NATO".
func isAcronymWord(w string) bool {
	if utf8.RuneCountInString(w) < 2 || utf8.RuneCountInString(w) > 6 {
		return false
	}
	for _, r := range w {
		if !unicode.IsUpper(r) && r != '.' && r != '-' {
			return false
		}
	}
	return true
}

// findEntities returns the people, places and organisations named in s.
func findEntities(s string) []entity {
	return entitiesIn(s, wordTokens(s))
}

// entitiesByLine returns the entities named in s, as findEntities does,
// tokenising s a line at a time into one reused slice rather than all at
// once: a name never runs across a line break, and a whole article's
// tokens took a large slice per article.
func entitiesByLine(s string) []entity {
	var out []entity
	var toks []token
	for start := 0; start < len(s); {
		end := strings.IndexByte(s[start:], '\n') + start + 1
		if end == start {
			end = len(s)
		}
		if n := tokenEstimate(s[start:end]); cap(toks) < n {
			toks = make([]token, 0, n)
		}
		toks = appendTokens(toks[:0], s[:end], start)
		out = append(out, entitiesIn(s, toks)...)
		start = end
	}
	return out
}

// entitiesIn returns the entities named in s, whose word tokens are toks.
func entitiesIn(s string, toks []token) []entity {
	var out []entity
	for _, seq := range capSequences(s, toks) {
		out = append(out, classify(s, seq)...)
	}
	return out
}

// classify decides what a run of capitalised words names. A title in the
// run ("Foreign Minister") makes the words after it a person and the words
// before it (without nationality) an organisation or place.
func classify(s string, seq []token) []entity {
	start := seq[0].start
	for len(seq) > 1 && demonyms[seq[0].text] && !countries[joinTokens(seq)] {
		seq = seq[1:]
	}
	if len(seq) == 1 && demonyms[seq[0].text] && !placeAcronyms[seq[0].text] {
		return nil
	}
	if r := lastRole(seq); r >= 0 && r < len(seq)-1 && len(seq)-r-1 <= 4 && !hasOrgHead(seq[r+1:]) {
		name := seq[r+1:]
		var out []entity
		if k := ofIndex(name); k > 0 {
			// "King Hussein of Jordan": the person is Hussein, of Jordan.
			out = append(out, entity{personKind, joinTokens(name[:k]), start, name[k-1].end})
			out = append(out, classify(s, name[k+1:])...)
		} else {
			out = append(out, entity{personKind, joinTokens(name), start, seq[len(seq)-1].end})
		}
		if f := firstRole(seq); f > 0 {
			out = append(out, classify(s, seq[:f])...)
		}
		return out
	}
	name := joinTokens(seq)
	e := entity{unknownKind, name, start, seq[len(seq)-1].end}
	prev := strings.ToLower(lastWord(s[max(0, seq[0].start-40):seq[0].start]))
	next := placeHeadText(s[seq[len(seq)-1].end:])
	switch {
	case wellKnownOrgs[name] || hasOrgHead(seq) || isAcronymWord(name) && !placeAcronyms[name]:
		e.kind = orgKind
	case countries[name] || capitals[name] || placeAcronyms[name] || placeAliases[name] != "":
		e.kind = placeKind
	case lowerRoles[prev]:
		e.kind = personKind
	case placeCue[prev] || hasAnyPrefix(next, placeHeads...):
		e.kind = placeKind
	case len(seq) >= 2 && len(seq) <= 4 && allNameWords(seq):
		e.kind = personKind
	}
	if e.kind == unknownKind {
		return nil
	}
	return []entity{e}
}

// ofIndex returns the index of "of" in the words of a name after a title,
// or -1: "Hussein of Jordan" is a person of a country, not a surname
// "of Jordan".
func ofIndex(name []token) int {
	for i, t := range name {
		if t.text == "of" && i+1 < len(name) {
			return i
		}
	}
	return -1
}

// placeHeads are the nouns that, after a capitalised word, make it a
// place: "Donetsk region", "Anbar province".
var placeHeads = []string{"region", "province", "oblast", "city", "district", "state", "county"}

// placeHeadText returns the start of rest, the text after a name, in lower
// case and long enough to hold any of placeHeads: lower-casing all of
// rest, as the check needs only its first words, was quadratic on a
// whole article.
func placeHeadText(rest string) string {
	return lowerPrefix(strings.TrimLeftFunc(rest, unicode.IsSpace), 8)
}

// placeCue are prepositions that, before a capitalised word, usually
// introduce a place.
var placeCue = setOf("in", "near", "at", "from", "outside", "across", "into", "toward", "towards", "visited", "visit")

// lastRole returns the index of the last title word of seq, or -1.
func lastRole(seq []token) int {
	for i := len(seq) - 1; i >= 0; i-- {
		if roleWords[seq[i].text] {
			return i
		}
	}
	return -1
}

// firstRole returns the index of the first title word of seq, or -1.
func firstRole(seq []token) int {
	for i, t := range seq {
		if roleWords[t.text] {
			return i
		}
	}
	return -1
}

// hasOrgHead reports whether a word of seq is an organisation noun.
func hasOrgHead(seq []token) bool {
	for _, t := range seq {
		if orgHeads[t.text] {
			return true
		}
	}
	return false
}

// allNameWords reports whether every word of seq can be part of a person's
// name: title-cased, not a place, nationality or month.
func allNameWords(seq []token) bool {
	for _, t := range seq {
		if nameConnectors[t.text] {
			continue
		}
		if isAcronymWord(t.text) || countries[t.text] || capitals[t.text] || demonyms[t.text] || nonNames[t.text] {
			return false
		}
	}
	return true
}

// joinTokens joins the words of seq with spaces.
func joinTokens(seq []token) string {
	parts := make([]string, len(seq))
	for i, t := range seq {
		parts[i] = t.text
	}
	return strings.Join(parts, " ")
}

// hasAnyPrefix reports whether s starts with one of the words.
func hasAnyPrefix(s string, words ...string) bool {
	for _, w := range words {
		if strings.HasPrefix(s, w) {
			return true
		}
	}
	return false
}
