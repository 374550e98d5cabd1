package timeline

import (
	"regexp"
	"strings"
)

// eventNouns are nouns that name a happening, as a regular expression
// alternation.
const eventNouns = `bombings?|attacks?|strikes?|meetings?|summit|talks|visit|elections?|vote|invasion|negotiations|conference|deal|agreement|protests?|earthquake|explosions?|blasts?|shootings?|raids?|crash|speech|call|trial|hearing|ruling|decision|killings?|assassination|coup|war|ceasefire|truce|referendum|massacre|fire|flood|storm|hurricane|arrest|resignation|announcement|ceremony|rally|demonstrations?|slaying|murder|explosion`

var (
	// npDetRE finds the determiner of a noun phrase that a time expression
	// modifies: "the Aug. 7 bombings".
	npDetRE = regexp.MustCompile(`(?i)\bthe\s+$`)
	// npHeadRE finds the event noun after the time expression, with up to
	// two modifiers: "Aug. 7 terrorist blasts".
	npHeadRE = regexp.MustCompile(`^\s+(?:[\p{L}-]+\s+){0,2}?(?:` + eventNouns + `)\b`)
	// npTailStop ends the noun phrase's trailing prepositional phrases.
	npTailStop = regexp.MustCompile(`[,;:—–()“”"]|\s(?:that|which|who|was|were|is|are|has|have|had|will|would|said|killed|and)\s`)
	// reportingRE finds a reporting verb.
	reportingRE = regexp.MustCompile(`\b(?:said|says|reported|reports|told|announced|added|quoted|stated|confirmed)\b`)
)

// nounPhraseAnchor returns the noun phrase that anchor a modifies when it
// stands before an event noun in the clause's predicate ("... the probe
// into the August 7 bombings in east Africa"): the happening is the noun
// phrase's, not the clause's. A noun phrase opening the clause is its
// subject, and the clause tells of it already.
func nounPhraseAnchor(text string, c, a span) (span, bool) {
	if a.start <= c.start || a.end >= c.end {
		return span{}, false
	}
	before := text[c.start:a.start]
	head := npHeadRE.FindStringIndex(text[a.end:c.end])
	loc := npDetRE.FindStringIndex(before)
	if head == nil || loc == nil || strings.TrimSpace(before[:loc[0]]) == "" {
		return span{}, false
	}
	start := c.start + loc[0]
	end := a.end + head[1]
	rest := text[end:c.end]
	stop := len(rest)
	if l := npTailStop.FindStringIndex(rest); l != nil {
		stop = l[0]
	}
	if words := strings.Fields(rest[:stop]); len(words) > 6 {
		stop = strings.Index(rest, words[6])
	}
	return span{start, end + stop}, true
}

// inAttributionTail reports whether anchor m of sentence s dates only the
// reporting of what the sentence tells: it ends the sentence after a
// reporting verb, as in "..., Kenya's newspapers reported Friday."
func inAttributionTail(text string, s span, m span) bool {
	if strings.Trim(text[m.end:s.end], " .!?”\"’'") != "" {
		return false
	}
	seg := text[s.start:m.start]
	if c := strings.LastIndexAny(seg, ",;”\""); c >= 0 {
		seg = seg[c+1:]
	}
	return wordCount(seg) <= 7 && reportingRE.MatchString(seg)
}

// quoteOnly reports whether a sentence is a quotation with its attribution
// and little else ("“...,” Albright said Monday before leaving"): it voices
// words rather than telling of a happening.
func quoteOnly(text string, s span, quoted []span) bool {
	inside, all := 0, 0
	for _, w := range wordTokens(text[s.start:s.end]) {
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
