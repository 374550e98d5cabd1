package timeline

import (
	"strings"

	"github.com/eventline/timeline/timeline/temporal"
)

// happening is what a mention's clause says about its happening beyond its
// words: who acts (the names in the subject) and what kind of happening it
// is (the first event word of the clause). Cluster uses it to keep apart
// mentions that share the story's words but tell of different acts: "Iran
// condemned the bombing" and "Cyprus condemned the bombing", or "Clinton
// vowed to hunt down the bombers" and "the bombs exploded".
type happening struct {
	// agents are the keyword forms of the names in the clause's subject.
	agents []string
	// kind is the class of the clause's happening (see kindOf), or "".
	kind string
	// toll reports a casualty count, which joins the happening it counts
	// only through absorbTolls.
	toll bool
}

// eventKinds map event words, as written or as lemmas, to a class of
// happening. Reporting verbs are not event words: "X said that Y
// happened" is of the kind of "Y happened".
var eventKinds = kindTable(map[string]string{
	"violence": `attack attacks attacked bomb bombs bombed bombing bombings blast blasts explosion
		explosions exploded explode strike strikes struck raid raids killed kill killing killings
		shot shooting shootings murder murdered slaying slain assault shelling wounded injured`,
	"condemn": `condemn condemned condemns deplore deplored denounce denounced criticized
		criticised decry decried`,
	"vow":     `vow vowed vows pledge pledged promise promised`,
	"join":    `join joined joins accede acceded accession entry member members membership admit admitted`,
	"meet":    `meet met meeting summit talks hosted convened`,
	"visit":   `visit visited tour toured arrive arrived arrival trip headed travel traveled travelled`,
	"arrest":  `arrest arrested detain detained custody captured`,
	"accuse":  `accuse accused accuses blame blamed charged indicted`,
	"sign":    `sign signed signing`,
	"ratify":  `ratify ratified ratification approve approved`,
	"rule":    `rule ruled ruling decide decided decision verdict`,
	"protest": `protest protested protests demonstration demonstrations demonstrated rally rallied march marched`,
	"resign":  `resign resigned resignation quit`,
	"elect":   `election elected vote voted`,
	"release": `release released freed`,
	"crash":   `crash crashed`,
	"file":    `filed lawsuit petition appeal appealed`,
	"speak":   `statement statements communique declaration speech address`,
})

// kindTable inverts a table of classes and their words.
func kindTable(classes map[string]string) map[string]string {
	out := map[string]string{}
	for class, words := range classes {
		for _, w := range strings.Fields(words) {
			out[w] = class
		}
	}
	return out
}

// npWords may continue a subject after its capitalised words: "Poland,
// Hungary and the Czech Republic", "the Cypriot government".
var npWords = setOf("of", "and", "the", "de", "da", "von", "van", "al", "bin")

// frontedPreps open a fronted phrase that ends at the first comma and is not
// the subject: "In a televised address Friday, President X ...".
var frontedPreps = setOf("in", "on", "at", "after", "during", "following", "before", "with",
	"amid", "despite", "meanwhile", "however", "also", "earlier", "later", "separately")

// happeningOf returns the agents and kind of a mention's parsed clause.
func happeningOf(p *parsedText) happening {
	return happening{agents: agentsOf(p.text), kind: kindIn(p.lower, p.main), toll: tollUpdateIn(p.lower, p.main)}
}

// subjectOf returns the part of a clause before its first lower-case word
// (skipping a fronted phrase that ends at a comma), where a subject names
// who acts.
func subjectOf(clause string) string {
	s := strings.TrimLeft(clause, " “\"‘'(")
	if frontedPreps[strings.ToLower(wordAt(s, 0))] {
		if c := strings.Index(s, ", "); c > 0 && c < 90 {
			s = s[c+2:]
		}
	}
	i := 0
	for t, next := nextToken(s, 0); next >= 0; t, next = nextToken(s, next) {
		i++
		if i == 1 && strings.EqualFold(t.text, "the") {
			continue
		}
		if !isCap(t.text) && !npWords[t.text] {
			return s[:t.start]
		}
	}
	return s
}

// monthAbbrevs are abbreviated month names, which are not agents.
var monthAbbrevs = setOf("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec")

// agentsOf returns the keyword forms of the names in a clause's subject:
// people by surname, other names as keywords are made, and the other
// capitalised words, such as nationality adjectives standing for their
// country ("the Cypriot government").
func agentsOf(clause string) []string {
	subj := subjectOf(clause)
	seen := map[string]bool{}
	var out []string
	add := func(k string) {
		if k != "" && !seen[k] && !stopwords[k] {
			seen[k] = true
			out = append(out, k)
		}
	}
	toks := wordTokens(subj)
	var names []span
	for _, e := range entitiesIn(subj, toks) {
		names = append(names, span{e.start, e.end})
		add(entityKey(e))
	}
	for i, t := range toks {
		if inSpans(names, t.start) || monthAbbrevs[strings.ToLower(strings.TrimSuffix(t.text, "."))] {
			continue
		}
		if demonyms[t.text] || i > 0 && isCap(t.text) && !roleWords[t.text] {
			add(lemmaName(t.text))
		}
	}
	sortStrings(out)
	return out
}

// kindOf returns the class of a clause's happening, or "": the class of
// its main verb ("condemned"), else of the head of its object or of its
// infinitive when the verb is a light one ("held talks", "staged a
// rally", "were invited to join"), else of an event
// word in its subject ("the summit ended"). A clause without a verb takes
// its first event word ("the Aug. 7 bombings"). An event word further in
// the object does not count: "issued a statement about the country's
// entry" is not a joining.
func kindOf(clause string) string {
	toks, _ := lowerTokens(clause)
	return kindIn(toks, mainGroup(verbGroups(toks)))
}

// kindIn returns the class of the happening of a clause whose lower-case
// tokens are toks and whose main verb group is g (see kindOf).
func kindIn(toks []string, g verbGroup) string {
	if g.first < 0 {
		return firstKind(toks)
	}
	if k := eventKinds[toks[g.head]]; k != "" {
		return k
	}
	for i := g.head + 1; i < len(toks) && i <= g.head+4; i++ {
		if k := eventKinds[toks[i]]; k != "" {
			return k
		}
		if objectEnds[toks[i]] && toks[i] != "to" {
			break
		}
	}
	return firstKind(toks[:g.first])
}

// objectEnds are words that end the head of an object.
var objectEnds = setOf("of", "about", "on", "in", "at", "for", "with", "to", "from", "into",
	"over", "against", "and", "that", "which", "saying")

// firstKind returns the class of the first event word among toks, or "".
func firstKind(toks []string) string {
	for _, t := range toks {
		if k, ok := eventKinds[t]; ok {
			return k
		}
	}
	return ""
}

// kindFactor scales the merge threshold of two mentions: mentions of the
// same kind of happening dated to a day need fewer shared
// words ("the Aug. 7 bombings in east Africa" and "bombs exploded outside
// the embassies in Nairobi and Dar es Salaam").
func kindFactor(a, b happening, ma, mb *Mention) float64 {
	if a.kind == "" || a.kind != b.kind || ma.Date.Precision != temporal.Day || mb.Date.Precision != temporal.Day {
		return 1
	}
	return 0.6
}

// conflict reports whether two mentions tell of different happenings
// whatever their shared words: both name who acts and neither names the
// other's actors anywhere, or both have a kind and the kinds differ. A
// casualty count conflicts with everything: it joins the happening it
// counts after clustering (see absorbTolls).
func conflict(a, b happening, ka, kb []keyword) bool {
	if a.toll || b.toll {
		return true
	}
	if a.kind != "" && b.kind != "" && a.kind != b.kind {
		return true
	}
	if len(a.agents) == 0 || len(b.agents) == 0 {
		return false
	}
	return !anyKeyword(a.agents, kb) && !anyKeyword(b.agents, ka)
}

// anyKeyword reports whether one of words is among the keywords ks, which
// are sorted by word.
func anyKeyword(words []string, ks []keyword) bool {
	for _, w := range words {
		lo, hi := 0, len(ks)
		for lo < hi {
			mid := (lo + hi) / 2
			if ks[mid].word < w {
				lo = mid + 1
			} else {
				hi = mid
			}
		}
		if lo < len(ks) && ks[lo].word == w {
			return true
		}
	}
	return false
}

// sortStrings sorts a small slice of strings in place.
func sortStrings(a []string) {
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && a[j] < a[j-1]; j-- {
			a[j], a[j-1] = a[j-1], a[j]
		}
	}
}
