package timeline

import (
	"regexp"
	"strings"
)

// A reporting clause tells of a happening only when the saying itself is
// the news. Verbs that make a statement of record ("announced", "accused",
// "confirmed", "denied", "warned", "demanded", "proposed", "rejected") are
// happenings by themselves and are not reporting verbs here. A plain
// reporting verb ("said", "told", "added", "predicted") that the time
// expression dates ("X said Friday ...", "..., Cuba predicted Wednesday")
// dates only the saying: the mention is dropped when what was said is a
// state, an opinion, a possibility, a prediction or a quotation, unless the
// sentence is the article's lead, where the statement is the article's news.

// forecastReporting are reporting verbs whose future complement is a
// forecast rather than a commitment: "X will resist, Y predicted".
var forecastReporting = setOf("predicted", "predicts", "forecast", "forecasts")

// quoteAttributionRE finds an inverted attribution after a closing quote:
// "... one minute!” said a message", "... to Cuba,” said a communique".
var quoteAttributionRE = regexp.MustCompile(`[,.!?]\s*[”"]\s*(?:said|says|added|told|insisted|noted|declared|stated|recalled)\b`)

// sayingVerb returns the plain reporting verb that the expression at
// offset off of a clause attaches to ("said Friday", "told reporters on
// Tuesday", "said at a news briefing today"), or "": at most five words
// may stand between them, with no verb, comma, quote or "that".
func sayingVerb(p *parsedText, off int) string {
	clause := p.text
	toks, starts, ok := p.before(off)
	if !ok {
		toks, starts = lowerTokens(clause[:off])
	}
	for i := len(toks) - 1; i >= 0 && i >= len(toks)-6; i-- {
		w := toks[i]
		if reportingVerbs[w] {
			if strings.ContainsAny(clause[starts[i]:off], ",;:”\"“") {
				return ""
			}
			return w
		}
		if w == "that" || finiteAt(toks, i) {
			return ""
		}
	}
	return ""
}

// sayingOnly reports whether mention m, not of a lead sentence, dates only
// the saying of something that is no happening: a state ("said Friday the
// talks were useful"), a possibility, a prediction ("..., Cuba predicted
// Wednesday") or a quotation ("“...,” said a message read Wednesday").
func sayingOnly(m *Mention) bool {
	off := exprOffset(m)
	if off < 0 || possessiveAt(m.Clause, off+len(m.Match.Text)) {
		return false
	}
	if loc := quoteAttributionRE.FindStringIndex(m.Clause); loc != nil && loc[0] < off {
		return true
	}
	p := m.parsedClause()
	verb := sayingVerb(p, off)
	if verb == "" {
		return false
	}
	g := complementVerb(p, off)
	switch {
	case g.class == modalVerb, g.class == stateVerb && !g.future && !situationAt(p, g):
		return true
	case g.future && forecastReporting[verb]:
		return true
	}
	return forecastClause(p)
}

// complementVerb returns the verb group of what was said, when the
// expression at offset off dates the saying: the first group after the
// expression ("said Friday that he remembered"), else the main group before
// it ("X will resist, Cuba predicted Wednesday"). A report inside what was
// said passes to what it reports: "said that 12 countries have said they
// will join".
func complementVerb(p *parsedText, off int) verbGroup {
	toks, starts, gs := p.lower, p.starts, p.groups
	for _, g := range gs {
		if starts[g.first] > off && !reportingVerbs[toks[g.head]] {
			return g
		}
	}
	return mainGroup(gs)
}

// situationPreps after a copula place the subject in a situation, a fact
// rather than an opinion: "were in custody", "is under arrest".
var situationPreps = setOf("in", "under", "on", "at", "behind", "out", "off", "aboard")

// situationAt reports whether the state of group g is a copula followed by
// a preposition that places its subject somewhere: "six people were in
// custody" is a fact worth a timeline, "the talks were useful" an opinion.
func situationAt(p *parsedText, g verbGroup) bool {
	toks := p.lower
	return g.head > g.first && beForms[toks[g.head-1]] && situationPreps[toks[g.head]]
}
