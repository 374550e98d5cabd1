package timeline

import (
	"strings"

	"github.com/eventline/timeline/timeline/temporal"
)

// verbClass is what the main verb of a clause says about it: whether it
// reports a happening (an action or a change) or a state of affairs.
type verbClass uint8

const (
	// noVerb: no finite verb was found, as in a noun phrase ("the Aug. 7
	// bombings") or a headline.
	noVerb verbClass = iota
	// eventVerb: an action or a change, past or future ("attacked", "met",
	// "were killed", "have died", "will meet", "is to sign").
	eventVerb
	// stateVerb: a state, a habit, an opinion or a non-happening ("is a
	// devout Catholic", "has been the focus", "remains", "purports", "had
	// not signed", "are held annually").
	stateVerb
	// modalVerb: a possibility or an obligation ("may have prevented",
	// "could be located", "can now participate"), which reports nothing.
	modalVerb
)

// verbGroup is the main verb group of a clause: the indexes, into the
// clause's lower-case tokens, of its first word and of its head (the
// lexical verb or, after a copula, the word that follows it), and its
// class.
type verbGroup struct {
	first, head int
	class       verbClass
	// relative reports a group that opens a relative clause after its
	// pronoun: "a foe who is the subject of a manhunt".
	relative bool
	// future reports a group with "will", "would" or "shall".
	future bool
}

var (
	// beForms are the forms of the copula.
	beForms = setOf("is", "are", "was", "were", "be", "been", "being", "am")
	// haveForms are the forms of the perfect auxiliary.
	haveForms = setOf("has", "have", "had", "having")
	// futureAux put a clause in the future (or the future of the past).
	futureAux = setOf("will", "shall", "would", "'ll", "’ll")
	// modalAux make a clause a possibility or an obligation.
	modalAux = setOf("can", "could", "may", "might", "must", "should", "cannot")
	// doForms are the forms of the auxiliary do.
	doForms = setOf("do", "does", "did")
	// negations turn a happening into a non-happening.
	negations = setOf("not", "n't", "never", "no longer")
	// verbAdverbs may stand inside a verb group: "have now formally
	// joined", "was last seen".
	verbAdverbs = setOf("also", "still", "now", "already", "just", "last", "first", "then", "again",
		"later", "soon", "yet", "even", "only", "once", "further", "twice", "finally", "since")
	// reportingVerbs report what someone said; the happening is what they
	// said, so the main verb is looked for after them.
	reportingVerbs = setOf("said", "says", "told", "tells", "added", "noted", "stated", "reported",
		"quoted", "predicted", "recalled", "explained", "insisted", "argued", "declared", "say")
	// stativeLemmas are verbs of state, possession, belief and wish.
	stativeLemmas = setOf("remain", "seem", "purport", "own", "possess", "contain", "include",
		"consist", "belong", "know", "believe", "think", "want", "need", "like", "love", "hate", "hope",
		"fear", "deserve", "mean", "represent", "resemble", "exist", "lack", "depend", "matter",
		"cost", "equal", "reside", "live", "maintain", "doubt", "prefer", "wish", "suppose")
	// stativeParticiples after a copula describe a state, not a passive
	// happening: "is known", "are believed", "was based".
	stativeParticiples = setOf("known", "believed", "thought", "considered", "located", "based",
		"related", "involved", "interested", "concerned", "convinced", "supposed", "regarded",
		"situated", "headquartered", "worried", "divided", "opposed", "committed", "entitled")
	// habitual are adverbs of habit: "the ceremonies held here annually".
	habitual = setOf("usually", "often", "annually", "regularly", "typically", "always",
		"routinely", "traditionally", "frequently", "normally", "generally", "customarily")
	// raisingVerbs before "to" make an appearance, a state: "conditions
	// appear to be deteriorating".
	raisingVerbs = setOf("appear", "appears", "appeared", "seem", "seems", "seemed")
	// pastForms are irregular past tenses and participles.
	pastForms = setOf("met", "held", "spoke", "spoken", "struck", "took", "taken", "made", "gave",
		"given", "went", "gone", "came", "began", "begun", "won", "lost", "fought", "sought",
		"brought", "led", "left", "sent", "shot", "fell", "fallen", "rose", "risen", "ran", "saw",
		"seen", "knew", "known", "wrote", "written", "chose", "chosen", "flew", "flown", "froze",
		"frozen", "withdrew", "withdrawn", "undertook", "undertaken", "fled", "found", "became",
		"bought", "caught", "built", "drove", "driven", "got", "gotten", "grew", "grown", "heard",
		"hid", "hidden", "kept", "laid", "meant", "paid", "quit", "sank", "sunk", "sat", "sold",
		"stood", "stole", "stolen", "swore", "sworn", "taught", "thought", "threw", "thrown",
		"woke", "wore", "worn", "broke", "broken", "blew", "blown", "arose", "arisen", "beat",
		"beaten", "bore", "borne", "dealt", "drew", "drawn", "forbade", "forgave", "overthrew",
		"overthrown", "rode", "rang", "rung", "shook", "shaken", "slew", "slain", "spent", "split",
		"spread", "sprang", "stuck", "stung", "swept", "swam", "tore", "torn", "understood",
		"upheld", "wound", "wept", "wrought", "felt", "fed", "hung", "lit", "set", "put", "cut", "hit",
		"let", "shut", "cast", "hurt", "bid", "burst", "sped", "shed", "slid", "spun", "struck")
	// determiners before a participle make it an adjective: "the proposed
	// deal", "an alleged bomber".
	determiners = setOf("a", "an", "the", "this", "that", "these", "those", "its", "his", "her",
		"their", "our", "my", "your", "some", "any", "no", "every", "each")
	// subordinators open a subordinate or relative clause; the subject
	// follows them.
	subordinators = setOf("when", "after", "since", "as", "while", "because", "although", "though",
		"if", "once", "until", "before", "who", "which", "that", "whereas", "where")
)

// isPast reports whether a lower-case word looks like a past tense or a
// past participle.
func isPast(w string) bool {
	return pastForms[w] || len(w) > 3 && strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "eed") &&
		w != "hundred" && w != "united"
}

// isStativeForm reports whether w is a form of a verb of state: "remains",
// "purported", "believe".
func isStativeForm(w string) bool {
	if stativeLemmas[w] {
		return true
	}
	for _, suf := range []string{"s", "ed", "d", "es"} {
		if strings.HasSuffix(w, suf) && stativeLemmas[strings.TrimSuffix(w, suf)] {
			return true
		}
	}
	return w == "knew" || w == "thought" || w == "meant"
}

// finiteAt reports whether the i-th of the lower-case tokens can open a
// finite verb group.
func finiteAt(toks []string, i int) bool {
	w := toks[i]
	switch {
	case beForms[w] && w != "be" && w != "been" && w != "being",
		haveForms[w] && w != "having", futureAux[w], modalAux[w], doForms[w]:
		return true
	case i > 0 && (determiners[toks[i-1]] || toks[i-1] == "to"):
		return false
	case isPast(w), reportingVerbs[w] && w != "say":
		return true
	case raisingVerbs[w] && i+1 < len(toks) && toks[i+1] == "to":
		return true
	}
	return i > 0 && isStativeForm(w)
}

// verbGroups returns the finite verb groups of a clause's lower-case
// tokens in order, skipping an opening subordinator; reporting verbs ("X
// said that Y was arrested" tells of the arrest) come last, and count only
// when there is nothing else.
func verbGroups(toks []string) []verbGroup {
	from := 0
	if len(toks) > 0 && subordinators[toks[0]] {
		from = 1
	}
	var out []verbGroup
	report := -1
	for i := from; i < len(toks); i++ {
		if !finiteAt(toks, i) {
			continue
		}
		if reportingVerbs[toks[i]] {
			if report < 0 {
				report = i
			}
			continue
		}
		g := classifyGroup(toks, i)
		g.relative = i > 1 && (toks[i-1] == "who" || toks[i-1] == "which" || toks[i-1] == "that")
		out = append(out, g)
		i = g.head
	}
	if len(out) == 0 && report >= 0 {
		out = append(out, verbGroup{first: report, head: report, class: eventVerb})
	}
	return out
}

// mainVerb returns the main verb group of a clause (its first outside a
// relative clause), or one of class noVerb.
func mainVerb(clause string) verbGroup {
	toks, _ := lowerTokens(clause)
	return mainGroup(verbGroups(toks))
}

// mainGroup returns the first of the groups outside a relative clause,
// else the first, else one of class noVerb.
func mainGroup(gs []verbGroup) verbGroup {
	for _, g := range gs {
		if !g.relative {
			return g
		}
	}
	if len(gs) > 0 {
		return gs[0]
	}
	return verbGroup{first: -1, head: -1}
}

// verbAt returns the verb group that governs offset off of a clause: the
// last one that opens before it, else the first after it ("Elian has been
// the focus ... since he was found on Nov. 25" dates the finding).
func verbAt(p *parsedText, off int) verbGroup {
	gs, starts := p.groups, p.starts
	if len(gs) == 0 {
		return verbGroup{first: -1, head: -1}
	}
	g := gs[0]
	for _, x := range gs {
		if starts[x.first] < off {
			g = x
		}
	}
	return g
}

// classifyGroup classifies the verb group opening at toks[i].
func classifyGroup(toks []string, i int) verbGroup {
	g := verbGroup{first: i, head: i}
	lastAux, negated, modal := "", false, false
	for g.head < len(toks) {
		w := toks[g.head]
		switch {
		case modalAux[w]:
			modal = true
		case negations[w]:
			negated = true
		case beForms[w] || haveForms[w] || futureAux[w] || doForms[w]:
			lastAux = w
			g.future = g.future || futureAux[w]
		case verbAdverbs[w] || strings.HasSuffix(w, "ly") && g.head > i:
		default:
			g.class = headClass(w, lastAux)
			if raisingVerbs[w] && g.head+1 < len(toks) && toks[g.head+1] == "to" {
				g.class = stateVerb // "appear to be deteriorating"
			}
			if modal {
				g.class = modalVerb
			} else if negated || habitualIn(toks) {
				g.class = stateVerb
			}
			return g
		}
		g.head++
	}
	g.head--
	g.class = stateVerb
	if modal {
		g.class = modalVerb
	}
	return g
}

// headClass classifies a verb group by its head word w and the auxiliary
// before it.
func headClass(w, lastAux string) verbClass {
	switch {
	case beForms[lastAux]:
		if (isPast(w) || strings.HasSuffix(w, "ing")) && !stativeParticiples[w] {
			return eventVerb // passive or progressive: "were killed", "are marching"
		}
		return stateVerb // "is a devout Catholic", "has been the focus", "were in custody"
	case haveForms[lastAux]:
		if isPast(w) {
			if isStativeForm(w) {
				return stateVerb
			}
			return eventVerb // "have died", "has signed"
		}
		return stateVerb // possession: "has 14 days", "had the right"
	case lastAux == "" && haveForms[w]:
		return stateVerb
	case isStativeForm(w):
		return stateVerb
	}
	return eventVerb
}

// habitualIn reports whether the tokens hold an adverb of habit.
func habitualIn(toks []string) bool {
	for i, t := range toks {
		if habitual[t] || t == "every" && i+1 < len(toks) && (toks[i+1] == "year" || toks[i+1] == "day" || toks[i+1] == "week") {
			return true
		}
	}
	return false
}

// reportsHappening reports whether mention m, of sentence s, tells of a
// happening by the main verb of its clause: an eventive verb does, and so
// does a clause without one (a noun phrase such as "the Aug. 7
// bombings"). A state, a habit or a non-happening does only when an
// expression of its own clause dates it to a day or a week and does not
// merely date the reporting of it ("Six people were in custody last
// week", not "Kopp purports to be ..., officials said last year"); a
// lead sentence, dated by convention rather than by an expression, never
// does. A possibility or a forecast (see forecastClause) never does.
func reportsHappening(m *Mention, s span) bool {
	off := exprOffset(m)
	if off >= 0 && possessiveAt(m.Clause, off+len(m.Match.Text)) {
		return true // "last month's discovery", "Wednesday's ruling"
	}
	p := m.parsedClause()
	if forecastClause(p) || copulaSubject(m.Clause, off, len(m.Match.Text)) {
		return false
	}
	g := p.main
	if off >= 0 {
		g = verbAt(p, off)
	}
	switch g.class {
	case eventVerb:
		return true
	case noVerb:
		return namesHappeningIn(p)
	case modalVerb:
		return false
	}
	if m.Lead || m.Match.Interval.Precision > temporal.Week || off < 0 {
		return false
	}
	return !inAttributionTail(m.Article.Clean, s, span{m.Match.Start, m.Match.End})
}

// namesHappening reports whether a clause without a verb names a
// happening by an event word ("the Aug. 7 bombings"): a place and a date
// alone ("Atlanta, 1996."), a caption or a greeting do not.
func namesHappening(clause string) bool {
	return namesHappeningIn(parse(clause))
}

// namesHappeningIn is namesHappening of a parsed clause.
func namesHappeningIn(p *parsedText) bool {
	return firstKind(p.lower) != "" || hasEventNoun(strings.ToLower(p.text))
}

// possessiveAt reports whether s continues at i with a possessive ending.
func possessiveAt(s string, i int) bool {
	return i <= len(s) && (strings.HasPrefix(s[i:], "'s ") || strings.HasPrefix(s[i:], "’s "))
}
