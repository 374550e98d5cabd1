package timeline

import (
	"regexp"
	"strings"
)

// forecastWords after a copula and before "to" make a forecast: "are
// expected to join", "is likely to fall".
var forecastWords = setOf("expected", "likely", "unlikely", "forecast", "projected", "predicted", "poised", "bound")

// forecastVerbs before "to" make a forecast in the active voice: "the
// company expects to report a loss", "it anticipates to close".
var forecastVerbs = setOf("expects", "expect", "anticipates", "anticipate", "hopes", "hope")

// forecastClause reports whether a clause forecasts rather than reports:
// "The three are expected to join in April" says what may happen, unless
// its subject is itself a happening that is scheduled ("The vote is
// expected to take place in April").
func forecastClause(p *parsedText) bool {
	clause, toks, starts := p.text, p.lower, p.starts
	for i := 1; i+2 < len(toks); i++ {
		if beForms[toks[i]] && forecastWords[toks[i+1]] && toks[i+2] == "to" {
			return !hasEventNoun(strings.ToLower(clause[:starts[i]]))
		}
	}
	for i := 1; i+1 < len(toks); i++ {
		if forecastVerbs[toks[i]] && toks[i+1] == "to" && !determiners[toks[i-1]] {
			return true
		}
	}
	return false
}

// copulaSubject reports whether the expression at offset off, n bytes
// long, is the subject of a copula at the head of its clause: "Today is
// the eighth day of the operation", "Friday was the deadline" describe a
// date, they do not tell of a happening.
func copulaSubject(clause string, off, n int) bool {
	if off < 0 || off+n > len(clause) {
		return false
	}
	if before := strings.TrimSpace(clause[:off]); before != "" && !strings.HasSuffix(before, ",") {
		return false
	}
	toks, _ := lowerTokens(clause[off+n:])
	return len(toks) > 0 && beForms[toks[0]]
}

// eventNouns are nouns that name a happening, as a regular expression
// alternation.
const eventNouns = `bombings?|attacks?|strikes?|meetings?|summit|talks|visit|elections?|vote|invasion|negotiations|conference|deal|agreement|protests?|earthquake|explosions?|blasts?|shootings?|raids?|crash|speech|call|trial|hearing|ruling|decision|killings?|assassination|coup|war|ceasefire|cease-fire|truce|referendum|massacre|fires?|floods?|storms?|hurricanes?|arrest|resignation|announcement|ceremony|rally|demonstrations?|slaying|murder|explosion`

var (
	// npDetRE finds the determiner of a noun phrase that a time expression
	// modifies: "the Aug. 7 bombings", "a 1997 attack".
	npDetRE = regexp.MustCompile(`(?i)\b(?:the|a|an|its|their|his|her)\s+$`)
	// npPossRE finds the possessive ending of a time expression that
	// determines a noun phrase: "last month's explosion".
	npPossRE = regexp.MustCompile(`^(?:'s|’s)$`)
	// npHeadRE finds the event noun after the time expression, with up to
	// two modifiers: "Aug. 7 terrorist blasts".
	npHeadRE = regexp.MustCompile(`^\s+(?:[\p{L}-]+\s+){0,2}?(?:` + eventNouns + `)\b`)
	// npTailStop ends the noun phrase's trailing prepositional phrases.
	npTailStop = regexp.MustCompile(`[,;:—–()“”"]|\s(?:that|which|who|was|were|is|are|has|have|had|will|would|said|killed|and)\s`)
	// reportingRE finds a reporting verb.
	reportingRE = regexp.MustCompile(`\b(?:said|says|reported|reports|told|announced|added|quoted|stated|confirmed)\b`)
)

// nounPhraseAnchor returns the noun phrase that anchor a modifies when it
// stands before an event noun in the clause's predicate, after a
// determiner ("... the probe into the August 7 bombings in east Africa",
// "..., a 1997 attack on a bar") or as a possessive ("... and last
// month's explosion at a clinic"): the happening is the noun phrase's,
// not the clause's. A noun phrase opening the clause is its subject, and
// the clause tells of it already.
func nounPhraseAnchor(text string, c, a span) (span, bool) {
	if a.start <= c.start || a.end >= c.end {
		return span{}, false
	}
	before := text[c.start:a.start]
	after := a.end
	det := determinerStart(before)
	if n := strings.IndexByte(text[a.end:c.end], ' '); n > 0 && npPossRE.MatchString(text[a.end:a.end+n]) {
		after, det = a.end+n, len(before)
	}
	if det < 0 || strings.TrimSpace(before[:det]) == "" {
		return span{}, false
	}
	head := npHeadRE.FindStringIndex(text[after:c.end])
	if head == nil {
		return span{}, false
	}
	start := c.start + det
	end := after + head[1]
	rest := text[end:c.end]
	return span{start, end + npTailEnd(rest)}, true
}

// npTailEnd returns where the trailing phrases of a noun phrase end in
// rest: at a punctuation mark, a relative pronoun, a verb or "and", but
// not at an "and" inside a name ("the Immigration and Naturalization
// Service") or completing "between" ("between Elian and his father");
// after six words at most, not inside a name, and not on a preposition.
func npTailEnd(rest string) int {
	stop := len(rest)
	for _, l := range npTailStop.FindAllStringIndex(rest, -1) {
		if strings.TrimSpace(rest[l[0]:l[1]]) == "and" {
			next := wordAt(rest, l[1])
			between := strings.Contains(rest[:l[0]], " between ") && !strings.Contains(rest[:l[0]], " and ")
			if next != "" && isCap(next) || between {
				continue
			}
		}
		stop = l[0]
		break
	}
	words := wordTokens(rest[:stop])
	n := min(len(words), 6)
	for n > 0 && n < len(words) && n < 9 && isCap(words[n-1].text) && isCap(words[n].text) {
		n++ // a name is not cut: "the U.S. Immigration and Naturalization Service"
	}
	for n > 0 && objectEnds[strings.ToLower(words[n-1].text)] {
		n--
	}
	switch {
	case n == len(words):
		return stop
	case n == 0:
		return 0
	}
	return words[n-1].end
}

// inAttributionTail reports whether anchor m of sentence s dates only the
// reporting of what the sentence tells: it ends the sentence after a
// reporting verb, as in "..., Kenya's newspapers reported Friday."
//
// The tail may also stand between commas inside the sentence, before an
// appositive that comments on what was reported: "Jobs grew in January,
// the government reported on Friday, evidence that ...".
func inAttributionTail(text string, s span, m span) bool {
	rest := strings.Trim(text[m.end:s.end], " .!?”\"’'")
	seg := text[s.start:m.start]
	c := strings.LastIndexAny(seg, ",;”\"")
	if rest != "" && (c < 0 || !appositiveAfter(rest)) {
		return false
	}
	if c >= 0 {
		seg = seg[c+1:]
	}
	return wordCount(seg) <= 7 && reportingRE.MatchString(seg)
}

// appositiveAfter reports whether the rest of a sentence after a time
// expression is a comma and a noun phrase commenting on the sentence:
// ", evidence that ...", ", a sign of ...".
func appositiveAfter(rest string) bool {
	if !strings.HasPrefix(rest, ",") {
		return false
	}
	toks, _ := lowerTokens(rest)
	if len(toks) < 2 {
		return false
	}
	w := toks[0]
	if w == "a" || w == "an" || w == "the" {
		w = toks[1]
	}
	return !subordinators[w] && !conjunctions[w] && !finiteAt(toks, 0) && !isPast(w) &&
		!strings.HasSuffix(w, "ing") && !isCap(strings.TrimLeft(rest, ", ")[:1]) && !personalPronouns[w]
}

var (
	// conjunctions join clauses.
	conjunctions = setOf("and", "but", "or", "nor", "so", "yet", "then")
	// personalPronouns can only be a subject or an object, never an
	// appositive.
	personalPronouns = setOf("he", "she", "it", "they", "we", "i", "you", "him", "her", "them", "us", "who", "which")
)

// quoteOnly reports whether a sentence is a quotation with its attribution
// and little else ("“...,” Albright said Monday before leaving"): it voices
// words rather than telling of a happening.
func quoteOnly(text string, s span, quoted []span) bool {
	inside, all := 0, 0
	sentence := text[s.start:s.end]
	for w, next := nextToken(sentence, 0); next >= 0; w, next = nextToken(sentence, next) {
		all++
		if inSpans(quoted, s.start+w.start) {
			inside++
		}
	}
	return inside > 0 && all-inside <= 10 && inside*2 >= all
}

// framePhrase reports whether clause c is a fronted phrase that only frames
// the time of the main clause after it ("During the day Friday,", "In a
// televised address Friday,"): a preposition and at most three words
// besides the expression a.
func framePhrase(text string, c, a span) bool {
	if !frontedPreps[strings.ToLower(wordAt(text, nextWordStart(text, c.start)))] {
		return false
	}
	rest := text[c.start:a.start] + " " + text[a.end:c.end]
	return wordCount(strings.Trim(rest, " ,")) <= 4
}

// possessiveRE finds a possessive just before an event noun: "Iraq's ",
// "the rebels' ".
var possessiveRE = regexp.MustCompile(`\p{L}(?:'s|’s|s'|s’)\s+$`)

// trailingNounAnchor returns the noun phrase that anchor a dates when a
// follows an event noun in the object of a clause whose own happening
// another, earlier anchor of the clause dates, or whose agent a
// possessive names: in "The government on Saturday condemned the two bomb
// attacks in the capital Friday", Friday dates the attacks, not the
// condemnation, and in "Ministers condemned the rebels' raid on the
// port on May 3", May 3 dates the raid. The phrase runs from the
// noun's determiner or number, at most four words before it, to a; no
// verb and no comma may stand between the noun and a.
func trailingNounAnchor(text string, c, a span, anchors []span) (span, bool) {
	if a.start <= c.start {
		return span{}, false
	}
	locs := eventNounLocs(text[c.start:a.start])
	if len(locs) == 0 {
		return span{}, false
	}
	ns, ne := c.start+locs[len(locs)-1][0], c.start+locs[len(locs)-1][1]
	if !anyIn(anchors, c.start, a.start) && !possessiveRE.MatchString(text[c.start:ns]) {
		return span{}, false
	}
	between := text[ne:a.start]
	if strings.ContainsAny(between, ",;:—–()") || wordCount(between) > 10 {
		return span{}, false
	}
	if toks, _ := lowerTokens(between); len(verbGroups(toks)) > 0 {
		return span{}, false
	}
	before, _ := lowerTokens(text[c.start:ns])
	if len(verbGroups(before)) == 0 {
		return span{}, false // the noun is in the subject, which the clause tells of
	}
	return span{nounPhraseStart(text, c.start, ns), a.end}, true
}

// nounPhraseStart returns where the noun phrase whose head starts at ns
// begins: at its determiner or number among the four words before it, or
// at the head when a verb or a preposition comes first.
func nounPhraseStart(text string, from, ns int) int {
	toks := wordTokens(text[from:ns])
	for i := len(toks) - 1; i >= 0 && i >= len(toks)-4; i-- {
		w := strings.ToLower(toks[i].text)
		switch {
		case determiners[w] || isNumber(w) || numberWords[w]:
			return from + toks[i].start
		case objectEnds[w] || isPast(w):
			if i+1 < len(toks) {
				return from + toks[i+1].start
			}
			return ns
		}
	}
	return ns
}

// numberWords are small numbers written out.
var numberWords = setOf("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
	"several", "both", "twin")

// relativeNounAnchor returns the noun phrase and its relative clause when
// anchor a dates a relative clause that modifies a noun of the
// predicate, after the clause's own verb: "The figures extended a surge
// in hiring that began last fall" dates the surge, not the extending, and
// "leaving the index near its record high set on Aug. 6" the record. The
// relative clause is "that" or "which" and a verb, or a reduced one, a
// past participle after a noun; no comma stands between the clause's verb
// and the noun. The mention is kept only when the noun names a happening
// (see relativeNonEvent).
func relativeNounAnchor(text string, c, a span) (span, bool) {
	if a.start <= c.start || a.start > c.end || possessiveAt(text, a.end) {
		return span{}, false // "the panel that issued Thursday's ruling" dates the ruling
	}
	toks, starts := lowerTokens(text[c.start:a.start])
	rel := -1
	for i := len(toks) - 1; i >= 2 && i >= len(toks)-8; i-- {
		switch {
		case (toks[i-1] == "that" || toks[i-1] == "which") && (isPast(toks[i]) || finiteAt(toks, i)) && nounAt(toks, i-2):
			rel = i - 1
		case isPast(toks[i]) && nounAt(toks, i-1) && onlyPrepositions(toks[i+1:]) &&
			!strings.ContainsAny(text[c.start+starts[i]:a.start], ",;"):
			rel = i
		}
		if rel >= 0 || finiteAt(toks, i) || isPast(toks[i]) {
			break
		}
	}
	if rel < 0 {
		return span{}, false
	}
	head := c.start + starts[rel]
	if strings.ContainsAny(text[c.start:head], ",;:—–") {
		return span{}, false
	}
	before, _ := tokensBefore(toks, starts, starts[rel])
	verb := false
	for i, w := range before[:len(before)-1] {
		if reportingVerbs[w] || isStativeForm(w) {
			return span{}, false // "said the envoy left Tuesday": a complement clause
		}
		verb = verb || finiteAt(before, i) || strings.HasSuffix(w, "ing") && len(w) > 4
	}
	if !verb {
		return span{}, false // the noun is the subject, which the clause tells of
	}
	np := lastNounPhrase(text, span{c.start, head})
	if np.end <= np.start || !determiners[strings.ToLower(wordAt(text, np.start))] {
		return span{}, false
	}
	return span{np.start, a.end}, true
}

// nounAt reports whether the i-th of the lower-case tokens can end a noun
// phrase: no determiner, auxiliary, pronoun, conjunction, preposition,
// verb, adverb or number.
func nounAt(toks []string, i int) bool {
	w := toks[i]
	return !determiners[w] && !beForms[w] && !haveForms[w] && !futureAux[w] && !modalAux[w] &&
		!conjunctions[w] && !personalPronouns[w] && !objectEnds[w] && !finiteAt(toks, i) &&
		!strings.HasSuffix(w, "ly") && !isNumber(w)
}

// relativeNonEvent reports whether anchor a of clause c dates a relative
// clause on a noun of the predicate that names no happening ("its record
// high set on Aug. 6", "a surge in hiring that began last fall"): the
// date belongs to a detail of the clause, which tells of nothing then.
func relativeNonEvent(text string, c, a span) bool {
	np, ok := relativeNounAnchor(text, c, a)
	return ok && !hasEventNoun(strings.ToLower(text[np.start:np.end]))
}

// onlyPrepositions reports whether toks are at most two prepositions:
// what stands between a reduced relative's participle and the expression
// that dates it ("set on", "made in").
func onlyPrepositions(toks []string) bool {
	for _, w := range toks {
		if !objectEnds[w] || w == "and" || w == "that" || w == "which" {
			return false
		}
	}
	return len(toks) <= 2
}
