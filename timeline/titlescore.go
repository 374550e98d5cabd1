package timeline

import (
	"strings"
)

// titleTier ranks the title a mention makes, higher is better: 2 for a
// headline that tells who did what (an eventive verb after a subject that
// is not a pronoun and not cut off by a comma, at least four words), 1 for
// another happening or a noun phrase, 0 for a state or a possibility.
// A noun phrase that names its happening ("a summit in Geneva") gains a
// half; each flaw (see titleFlaws) costs one.
func titleTier(m *Mention) float64 {
	return titleTierOf(m, Title(m))
}

// titleTierOf is titleTier of m, whose title is t.
func titleTierOf(m *Mention, t string) float64 {
	p := parse(t)
	toks, starts, g := p.lower, p.starts, p.main
	tier := 0.0
	switch {
	case g.class == eventVerb && g.first > 0 && wordCount(t) >= 4 && !pronouns[toks[0]] &&
		!strings.HasSuffix(strings.TrimSpace(t[:starts[g.first]]), ","):
		tier = 2
	case g.class == noVerb && properNounIn(p, 0):
		tier = 1.5
	case g.class == eventVerb || g.class == noVerb:
		tier = 1
	}
	return tier - float64(titleFlaws(m, t))
}

// titleFlaws counts what makes a title read badly: a subject that refers
// back to a happening told elsewhere ("The meeting marked ...", "It
// followed ..."), and an ending in a reporting verb, a preposition or a
// conjunction, or an unfinished subordinate clause ("... since Moscow").
func titleFlaws(m *Mention, t string) int {
	n := 0
	if anaphoricSubject(stripAttribution(withoutExpression(m), exprOffset(m))) {
		n++
	}
	if danglingEnd(t) {
		n++
	}
	return n
}

// anaphoricDets open a definite noun phrase that refers back.
var anaphoricDets = setOf("the", "this", "that", "these", "those", "its", "their")

// anaphoricSubject reports whether a clause's subject refers back to a
// happening instead of naming it: a pronoun ("it", "this"), or a definite
// event noun with at most two modifiers and no name ("the talks", "the
// February meeting" once its time expression is gone, "this attack").
func anaphoricSubject(clause string) bool {
	s := dropOpeners(strings.TrimLeft(clause, " ,;:—–-“\"‘'"))
	p := parse(s)
	toks, g := p.lower, p.main
	subj := toks
	if g.first >= 0 {
		subj = toks[:g.first]
	}
	switch {
	case len(subj) == 1:
		return pronouns[subj[0]]
	case len(subj) < 2 || len(subj) > 4 || !anaphoricDets[subj[0]]:
		return false
	}
	if properNounIn(p, 1) {
		return false
	}
	return hasEventNoun(subj[len(subj)-1])
}

// properNounIn reports whether a parsed text has a capitalised word or a
// number among its words from the from-th on, before its first verb.
func properNounIn(p *parsedText, from int) bool {
	words, toks := p.tokens(), p.lower
	end := len(words)
	if g := p.main; g.first >= 0 && g.first < end && len(toks) == len(words) {
		end = g.first
	}
	for i := from; i < end; i++ {
		w := words[i].text
		if isCap(w) && !monthAbbrevs[strings.ToLower(strings.TrimSuffix(w, "."))] || isNumber(w) {
			return true
		}
	}
	return false
}

// danglingEnd reports whether a title ends in a reporting verb ("...
// officials said"), a preposition, an article, a conjunction or "that".
func danglingEnd(t string) bool {
	t = strings.TrimRight(t, " .,;:”’\"'")
	start, end := lastField(t, len(t))
	if end == 0 {
		return true
	}
	last := strings.Trim(lowerWord(t[start:end]), ",;:“”\"")
	return reportingVerbs[last] || dangling[last] || last == "that"
}
