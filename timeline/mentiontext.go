package timeline

import (
	"regexp"
	"strings"
)

var (
	// relativeEndRE finds the verb of the main clause that ends a relative
	// clause: "A Kremlin envoy who visited Washington this week said ...".
	relativeEndRE = regexp.MustCompile(`,?\s(?:said|says|told|tells|has|have|had|was|were|is|are|will|would|did|could|can|must|added|warned|stated)\b`)
	// reducedRE finds a reduced relative clause: "agreements made during a
	// summit in X last month", "the progress made between A and B".
	reducedRE = regexp.MustCompile(`\b(?:made|held|reached|signed|agreed|struck|hosted|achieved|launched|staged|convened|taken|brokered)\s+(during|at|in|between|on|with|by)\s`)
	// prepWhomRE matches a clause opening with a preposition and a
	// relative pronoun: "with whom the envoy met".
	prepWhomRE = regexp.MustCompile(`^(with|to|by|for|from|of|against|about) (?:whom|which)\s`)
	// byParticipleRE matches a clause opening with a passive participle and
	// its agent: "confirmed by the president earlier this week".
	byParticipleRE = regexp.MustCompile(`^(?:[a-z]+ed|made|held|taken|given|seen|led|won|signed|set) by\b`)
	// eventNPRE finds a happening named by a noun phrase after a
	// preposition: "questioned in connection with the bombing of two
	// embassies last month".
	eventNPRE = regexp.MustCompile(`\b(?:of|after|following|before|since|over|with|about|for)\s+((?:the|a|an|its|their|his|her|this|that)\s+(?:[\p{L}’'-]+\s+){0,2}?(?:` + eventNouns + `)\b)`)
)

// mentionSpans returns the parts of a sentence that tell of the happening
// anchor a dates, in text order, and the parts whose words identify it
// (the same, plus the main clause after a fronted clause). The parts are
// the clause that holds the anchor, with these changes:
//
//   - an anchor inside a relative clause dates that clause: the mention is
//     its antecedent and the relative clause ("The Kremlin's envoy, who
//     visited Washington this week, said ..." -> "The Kremlin's envoy" +
//     "visited Washington this week");
//   - a relative clause holding another anchor is left out;
//   - a clause opening with a passive participle ("confirmed by X earlier
//     this week") takes the clause before it, its subject.
func mentionSpans(text string, clauses []span, ci int, a span, anchors []span) (title, keys []span) {
	c := trimClause(text, clauses[ci])
	title = []span{c}
	if np, ok := nounPhraseAnchor(text, c, a); ok {
		return []span{np}, []span{np}
	}
	if np, ok := trailingNounAnchor(text, c, a, anchors); ok {
		return []span{np}, []span{np}
	}
	if np, ok := relativeNounAnchor(text, c, a); ok {
		return []span{np}, []span{np}
	}
	if r := reducedStart(text, c, a); r > c.start {
		title = []span{{r, max(a.end, r)}}
	} else if loc := relativeLoc(text[c.start:c.end]); loc != nil {
		rs, re := c.start+loc[0], c.end
		if e := relativeEndRE.FindStringIndex(text[rs:c.end]); e != nil && strings.TrimSpace(text[c.start:rs]) != "" {
			re = rs + e[0] // a relative clause opening its clause runs to its end
		}
		switch {
		case a.start >= rs && a.start < re:
			title = []span{{rs + loc[1] - loc[0], re}}
			if ante := antecedent(text, clauses, ci, rs); ante.end > ante.start {
				title = append([]span{ante}, title...)
			}
		case anyIn(anchors, rs, re):
			title = []span{{c.start, rs}, {re, c.end}}
		}
	} else if w := prepWhomRE.FindStringSubmatchIndex(text[c.start:c.end]); w != nil && ci > 0 {
		// "..., with whom the envoy met Monday": "the envoy met Monday with
		// <antecedent>".
		if ante := antecedent(text, clauses, ci, c.start); ante.end > ante.start {
			end := c.start + len(strings.TrimRight(text[c.start:c.end], " .!?"))
			title = []span{{c.start + w[1], end}, {c.start + w[2], c.start + w[3]}, ante}
		}
	} else if byParticipleRE.MatchString(text[c.start:c.end]) && ci > 0 {
		title = []span{clauses[ci-1], c}
	}
	for i := range title {
		title[i] = trimClause(text, title[i])
	}
	keys = append([]span(nil), title...)
	title = withoutOtherAnchors(text, title, a, anchors)
	if isFronted(text, c) {
		for _, n := range clauses[ci+1:] {
			keys = append(keys, trimClause(text, n))
		}
	}
	return title, keys
}

// reducedStart returns where the happening dated by anchor a starts when
// a names it inside a noun phrase rather than dating the clause: an event
// noun after a preposition ("in connection with the bombing of two
// embassies last month"), or a reduced relative clause, where the
// happening is the event noun after "during" or "at" ("agreements made
// during a summit in X last month") or else the noun the participle
// qualifies ("the progress made between A and B"). It returns c.start
// when there is none.
func reducedStart(text string, c, a span) int {
	if a.start <= c.start || a.start > c.end {
		return c.start
	}
	if np := eventNPLocs(text[c.start:a.start]); len(np) > 0 {
		loc := np[len(np)-1]
		if a.start-(c.start+loc[3]) < 60 && !strings.ContainsAny(text[c.start+loc[3]:a.start], ",;") {
			return c.start + loc[2]
		}
	}
	locs := reducedLocs(text[c.start:a.start])
	if len(locs) == 0 {
		return c.start
	}
	loc := locs[len(locs)-1]
	if prep := text[c.start+loc[2] : c.start+loc[3]]; prep == "during" || prep == "at" {
		return c.start + loc[1]
	}
	before := strings.Fields(text[c.start : c.start+loc[0]])
	if len(before) < 2 {
		return c.start
	}
	n := 1
	if d := strings.ToLower(before[len(before)-2]); d == "the" || d == "a" || d == "an" {
		n = 2
	}
	return c.start + strings.LastIndex(text[c.start:c.start+loc[0]], strings.Join(before[len(before)-n:], " "))
}

// antecedent returns the noun phrase a relative clause starting at rs
// refers to: the text of its clause before it, or, when the relative
// clause opens the clause, the short clause before.
func antecedent(text string, clauses []span, ci, rs int) span {
	c := clauses[ci]
	if strings.TrimSpace(text[c.start:rs]) != "" {
		return span{c.start, rs}
	}
	if ci == 0 {
		return span{}
	}
	p := trimClause(text, clauses[ci-1])
	if wordCount(text[p.start:p.end]) > 8 || mainVerb(text[p.start:p.end]).class != noVerb {
		return lastNounPhrase(text, p)
	}
	return p
}

// lastNounPhrase returns the noun phrase that ends clause p, from its last
// determiner among its last six words, or from an earlier one among its
// last eight whose phrase names a happening ("... would comment before the
// judge's ruling" -> "the judge's ruling", "a ruling on the case" -> the
// ruling), or an empty span.
func lastNounPhrase(text string, p span) span {
	toks := wordTokens(text[p.start:p.end])
	found := span{}
	for i := len(toks) - 1; i >= 0 && i >= len(toks)-8; i-- {
		switch strings.ToLower(toks[i].text) {
		case "the", "a", "an", "its", "his", "her", "their":
			np := span{p.start + toks[i].start, p.end}
			if mainVerb(text[np.start:np.end]).class != noVerb {
				break // "the ruling eased ties with X" is a clause
			}
			if hasEventNoun(text[np.start:np.end]) {
				return np // "a court ruling on the case": the ruling
			}
			if found.end == 0 && i >= len(toks)-6 {
				found = np
			}
		}
	}
	if found.end == 0 {
		return trailingName(text, p, toks)
	}
	return found
}

// trailingName returns the run of capitalised words that ends clause p,
// of tokens toks ("more trouble with Iran" -> "Iran"), or an empty span.
func trailingName(text string, p span, toks []token) span {
	i := len(toks)
	for i > 0 && len(toks)-i < 4 && isCap(toks[i-1].text) {
		i--
	}
	if i == len(toks) || i == 0 || strings.TrimSpace(text[p.start+toks[len(toks)-1].end:p.end]) != "" {
		return span{}
	}
	return span{p.start + toks[i].start, p.end}
}

// anyIn reports whether one of the spans starts within [start, end).
func anyIn(spans []span, start, end int) bool {
	for _, s := range spans {
		if s.start >= start && s.start < end {
			return true
		}
	}
	return false
}

// joinSpans returns the text of the spans joined by single spaces.
func joinSpans(text string, spans []span) string {
	parts := make([]string, 0, len(spans))
	for _, s := range spans {
		if s.end > s.start {
			parts = append(parts, text[s.start:s.end])
		}
	}
	return strings.Join(parts, " ")
}

// withoutOtherAnchors cuts the other anchors of a sentence, with the
// preposition before each, out of the title spans of anchor a: in "The
// government on Wednesday condemned the attacks Tuesday", Tuesday dates
// another happening and has no place in the title of the condemnation.
func withoutOtherAnchors(text string, title []span, a span, anchors []span) []span {
	orig := title
	for _, b := range anchors {
		if b == a {
			continue
		}
		var out []span
		for _, t := range title {
			if b.start < t.start || b.end > t.end {
				out = append(out, t)
				continue
			}
			start := b.start
			if w := lastWord(text[t.start:start]); exprLead[strings.ToLower(w)] {
				start = t.start + strings.LastIndex(text[t.start:start], w)
			}
			out = append(out, trimClause(text, span{t.start, start}), trimClause(text, span{b.end, t.end}))
		}
		title = out
	}
	var kept []span
	for _, t := range title {
		if t.end > t.start {
			kept = append(kept, t)
		}
	}
	if len(kept) == 0 {
		return orig
	}
	return kept
}
