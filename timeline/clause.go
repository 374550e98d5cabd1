package timeline

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// span is a byte range [start, end) of a text.
type span struct{ start, end int }

// clauseOpeners are words that, after a comma, open a new clause that can
// carry a happening of its own: "..., with defense ministers set to convene
// next Thursday".
var clauseOpeners = setOf("with", "while", "whereas", "as", "after", "before", "when", "which",
	"who", "but", "although", "though", "following", "amid", "prompting", "saying", "adding",
	"whilst", "since", "until", "days", "weeks", "hours")

// frontedOpeners open a fronted subordinate clause that ends at the first
// comma: "Following negotiations in Saudi Arabia earlier this week, ...".
var frontedOpeners = setOf("following", "after", "before", "during", "amid", "despite",
	"since", "when", "while", "although", "though", "as", "because", "if", "regarding",
	"according", "once", "until", "unlike", "like")

// dashPair matches a parenthetical between dashes or brackets.
var dashPair = regexp.MustCompile(` (?:—|–|--) [^—–]{1,200}? (?:—|–|--) |\([^()]{1,200}\)`)

// splitClauses splits the sentence text[s.start:s.end] into clauses at
// semicolons, at commas followed by a clause opener or a participle
// ("..., accusing them of ..."), after a fronted subordinate clause, and
// around a parenthetical between dashes that holds one of the anchors.
// The clauses are contiguous and cover the sentence.
func splitClauses(text string, s span, anchors []span) []span {
	sent := text[s.start:s.end]
	cuts := map[int]bool{}
	for i := 0; i < len(sent); i++ {
		switch sent[i] {
		case ';':
			cuts[nextWordStart(sent, i+1)] = true
		case ',':
			j := nextWordStart(sent, i+1)
			w := strings.ToLower(wordAt(sent, j))
			if clauseOpeners[w] || isParticiple(w) {
				cuts[j] = true
			}
		}
	}
	if first := strings.ToLower(wordAt(sent, 0)); frontedOpeners[first] {
		if c := strings.Index(sent, ", "); c > 0 {
			cuts[c+2] = true
		}
	}
	for _, loc := range dashPairs(sent) {
		for _, a := range anchors {
			if a.start >= s.start+loc[0] && a.end <= s.start+loc[1] {
				cuts[loc[0]+1] = true
				cuts[loc[1]] = true
			}
		}
	}
	return cutSpans(text, s, cuts)
}

// cutSpans cuts s at the given offsets relative to s.start, trimming white
// space and stray punctuation from each piece.
func cutSpans(text string, s span, cuts map[int]bool) []span {
	var offs []int
	for c := range cuts {
		if c > 0 && c < s.end-s.start {
			offs = append(offs, c)
		}
	}
	sortInts(offs)
	var out []span
	from := s.start
	for _, c := range append(offs, s.end-s.start) {
		piece := span{from, s.start + c}
		out = append(out, piece)
		from = s.start + c
	}
	return out
}

// clauseOf returns the clause holding offset off.
func clauseOf(clauses []span, off int) (int, span) {
	for i, c := range clauses {
		if off >= c.start && off < c.end {
			return i, c
		}
	}
	return len(clauses) - 1, clauses[len(clauses)-1]
}

// nextWordStart returns the offset of the first non-space byte at or after
// i.
func nextWordStart(s string, i int) int {
	for i < len(s) && (s[i] == ' ' || s[i] == '\t') {
		i++
	}
	return i
}

// wordAt returns the word of letters (and hyphens and apostrophes) that
// starts at s[i:].
func wordAt(s string, i int) string {
	j := i
	for j < len(s) {
		r, size := utf8.DecodeRuneInString(s[j:])
		if !isWordRune(r) {
			break
		}
		j += size
	}
	return s[i:j]
}

// isParticiple reports whether a lower-case word looks like a present
// participle opening a clause ("accusing", "underscoring"), not a noun such
// as "including" or "morning".
func isParticiple(w string) bool {
	switch w {
	case "including", "according", "during", "morning", "evening", "thing", "nothing",
		"something", "everything", "anything", "building", "meeting", "bring", "king", "spring":
		return false
	}
	return len(w) > 5 && strings.HasSuffix(w, "ing") && w == strings.ToLower(w)
}

func isWordRune(r rune) bool {
	return r == '-' || r == '\'' || r == '’' || r >= '0' && r <= '9' || r >= 'a' && r <= 'z' ||
		r >= 'A' && r <= 'Z' || r >= 0xC0 && r != '—' && r != '–' && r != '“' && r != '”' && r != '‘' && r != '…'
}

// sortInts sorts a small slice of ints in place.
func sortInts(a []int) {
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && a[j] < a[j-1]; j-- {
			a[j], a[j-1] = a[j-1], a[j]
		}
	}
}

// leadPreps open a fronted prepositional phrase that mainClause drops.
var leadPreps = setOf("in", "at", "during", "on", "after", "before", "despite", "amid", "under")

// mainClause returns the clause text s, without its time expression, from
// the subject of its main clause: a fronted participial or prepositional
// phrase, and a participial phrase after it, go ("Turning its back on X, a
// convention voted ..." -> "a convention voted ..."); when what follows
// opens with its verb, the subject is the short phrase the sentence gives
// before the clause, pre ("X, facing Y, sought ..." -> "X sought ...").
func mainClause(s, pre string) string {
	s = stripDiscourse(s)
	if t := withoutAppositive(s); t != s {
		return t
	}
	first := strings.ToLower(wordAt(s, 0))
	if !isParticiple(first) && !leadPreps[first] {
		return s
	}
	rest := s
	for k := 0; k < 2; k++ {
		i := strings.Index(rest, ", ")
		if i < 0 || i > 90 {
			return s
		}
		rest = rest[i+2:]
		w := strings.Fields(rest)
		if len(w) < 2 || !isParticiple(w[0]) && !(isPast(w[0]) || w[0] == "read") || w[1] != "by" && !isParticiple(w[0]) {
			if !isCap(w[0]) || !strings.HasSuffix(w[0], ",") {
				break // "read by a broadcaster, X said": a participle goes too
			} // and so does the country of a place: "in Madrid, Spain, X"
		}
	}
	toks, _ := lowerTokens(rest)
	if len(toks) < 2 {
		return s
	}
	if !finiteAt(toks, 0) || toks[1] == "by" {
		if mainVerb(rest).class == noVerb || strings.TrimSpace(pre) != "" {
			return s
		}
		return rest
	}
	pre = strings.TrimSpace(pre)
	if !isParticiple(first) || !strings.HasSuffix(pre, ",") || wordCount(pre) > 6 || mainVerb(pre).class != noVerb {
		return s
	}
	return strings.TrimSuffix(pre, ",") + " " + rest
}

// withoutAppositive removes a phrase between commas after a short subject
// and before its verb: "The commander, pressed by X near Y, offered a
// truce" -> "The commander offered a truce".
func withoutAppositive(s string) string {
	subj, b, ok := strings.Cut(s, ", ")
	if !ok || wordCount(subj) > 10 || mainVerb(subj).class != noVerb {
		return s
	}
	mid, rest, ok := strings.Cut(b, ", ")
	if !ok || len(mid) > 90 || hasOwnVerb(mid) {
		return s
	}
	if es := findEntities(mid); len(es) == 1 && es[0].kind == personKind && es[0].end >= len(mid)-2 {
		return s // "Russia's top diplomat, Ivan Petrov, ...": the name stays
	}
	if toks, _ := lowerTokens(rest); len(toks) < 2 || !finiteAt(toks, 0) || toks[1] == "by" || isNameList(subj, mid) {
		return s
	}
	return subj + " " + rest
}

// isNameList reports whether subj and mid, between commas, are the first
// names of a list ("Spain, the Netherlands and Portugal"), not a subject
// and its appositive: every word of both is capitalised or a joining word.
func isNameList(subj, mid string) bool {
	for _, w := range strings.Fields(subj + " " + mid) {
		if !isCap(w) && w != "the" && w != "and" && w != "or" && !nameConnectors[w] {
			return false
		}
	}
	return true
}

// hasOwnVerb reports whether a phrase between commas has a finite verb of
// its own, outside a relative clause or a passive participle and its agent
// ("a consultant who is not working for X", "pressed by Y" have none).
func hasOwnVerb(mid string) bool {
	g := mainVerb(mid)
	return g.class != noVerb && !g.relative && !byParticipleRE.MatchString(mid)
}

// npDeterminers open a noun phrase whose adjectives a comma may separate.
var npDeterminers = setOf("a", "an", "the", "his", "her", "its", "their", "our", "my", "your")

// commaCut reports whether a title may be cut at the comma ending
// words[i-1]: not between the adjectives of one noun phrase ("from his
// small, family-run store in X"), where a determiner comes just before the
// comma and two lower-case words that are no verb, preposition or
// subordinator after it.
func commaCut(words []string, i int) bool {
	if !strings.HasSuffix(words[i-1], ",") {
		return false
	}
	if i < 2 || i+1 >= len(words) || !npDeterminers[strings.ToLower(words[i-2])] {
		return true
	}
	for _, w := range words[i : i+2] {
		if isCap(w) || isParticiple(w) || isPast(w) || strongCuts[w] || weakCuts[w] || dangling[w] || strings.ContainsAny(w, ",;:") {
			return true
		}
	}
	return false
}
