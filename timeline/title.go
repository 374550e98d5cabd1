package timeline

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxTitleWords is the length a title is cut to.
const maxTitleWords = 12

// Title returns a short headline for the happening a mention reports: its
// clause without the time expression, parentheticals, appositives,
// discourse markers and attribution, with people named by surname, cut to
// about twelve words at a natural break.
func Title(m *Mention) string {
	pre, _, ok := strings.Cut(m.Sentence, m.Clause)
	if !ok {
		pre = ""
	}
	s := titleText(mainClause(withoutExpression(m), pre), exprOffset(m))
	if endsInReporting(s) {
		// "talks with officials said": the clause lost its subject; the
		// sentence has it.
		s = titleText(cutExpression(m.Sentence, m.Match.Text), strings.Index(m.Sentence, m.Match.Text))
	}
	if wordCount(s) < 2 {
		s = trimDangling(truncateWords(tidy(ShortenNames(strings.Trim(m.Sentence, " ()"))), maxTitleWords))
	}
	for endsInReporting(s) && wordCount(s) > 2 {
		words := strings.Fields(s)
		s = trimDangling(strings.Join(words[:len(words)-1], " "))
	}
	return capitalise(balanceQuotes(trimQuotedStop(strings.TrimRight(s, " ,;:.—–-"))))
}

// titleText turns a clause without its time expression (which stood at
// offset expr, or -1) into a title.
func titleText(s string, expr int) string {
	s = dropSubjectRelative(stripAttribution(stripDiscourse(s), expr))
	s = dropDashPairs(s)
	s = dropAppositives(s)
	s = stripOpeners(s)
	s = ShortenNames(dropRolesOfOrg(s))
	s = tidy(s)
	s = truncateWords(s, maxTitleWords)
	return trimDangling(strings.TrimRight(s, " ,;:.—–-()"))
}

// subjectRelative finds a relative clause followed by the verb of the
// clause it is part of: "a suspect who was returned from X had not ...".
var subjectRelative = regexp.MustCompile(`\s(?:who|which)\s[^,;:“”"()]{3,80}?\s(?:had|has|have|was|were|is|are|will|would|did|said|says|could|can|must)\s`)

// dropSubjectRelative removes the relative clause of a subject, which
// stands between the subject and its verb and would be cut before that
// verb: "Police said a suspect who was returned from X had not confessed"
// becomes "Police said a suspect had not confessed". Only the first
// relative clause goes, and only when no verb stands between the subject
// and it (after a reporting verb, which starts the reported clause).
func dropSubjectRelative(s string) string {
	loc := subjectRelativeLoc(s)
	if loc == nil {
		return s
	}
	toks, _ := lowerTokens(s[:loc[0]])
	from := 0
	for i, t := range toks {
		if reportingVerbs[t] || t == "that" {
			from = i + 1
		}
	}
	if len(toks)-from < 1 || len(verbGroups(toks[from:])) > 0 {
		return s
	}
	verb := strings.LastIndex(strings.TrimRight(s[:loc[1]], " "), " ")
	return s[:loc[0]] + s[verb:]
}

// roleOfOrg matches a role in an organisation before a person's name:
// "Director of the U.S. Federal Bureau of Investigation (FBI) Jane Roe".
var roleOfOrg = regexp.MustCompile(`\b(?:Director|Head|Chief|Secretary|Minister|Chairman|Chairwoman|Spokesman|Spokeswoman|Commander|President) of (?:the )?(?:(?:[A-Z][\p{L}.]*|of|and|\([A-Z.]+\))\s+){1,8}([A-Z][\p{L}]+ [A-Z][\p{L}]+)(\s+\p{Ll})`)

// endsInReporting reports whether a title ends in a reporting verb.
func endsInReporting(s string) bool {
	return reportingVerbs[strings.ToLower(strings.Trim(lastWord(s), ",;:."))]
}

// trimQuotedStop drops a full stop before a closing quotation mark that
// ends a title: `as “a long process.”` becomes `as “a long process”`.
func trimQuotedStop(s string) string {
	for _, q := range []string{".”", ".\"", ".’"} {
		if strings.HasSuffix(s, q) {
			return strings.TrimSuffix(s, q) + q[1:]
		}
	}
	return s
}

// dangling are words a title must not end with.
var dangling = setOf("at", "about", "around", "on", "in", "of", "to", "for", "by", "with",
	"from", "the", "a", "an", "and", "or", "as", "than", "some", "nearly", "almost", "approximately",
	"its", "their", "own", "under", "into")

// trimDangling drops prepositions, articles and conjunctions left at the
// end of a title by a removed time expression or a cut.
func trimDangling(s string) string {
	s = collapseSpace(s)
	for n := wordCount(s); n > 2; n-- {
		i := strings.LastIndexByte(s, ' ')
		if !dangling[lowerWord(strings.Trim(s[i+1:], ",;:"))] {
			break
		}
		s = s[:i]
	}
	return strings.TrimRight(s, " ,;:")
}

// Summary returns the one-sentence summary of a mention: its sentence with
// white space normalised.
func Summary(m *Mention) string {
	return collapseSpace(m.Sentence)
}

// exprOffset returns the offset of the mention's time expression within its
// clause, or -1.
func exprOffset(m *Mention) int {
	if m.Match.Text == "" {
		return -1
	}
	return strings.Index(m.Clause, m.Match.Text)
}

// exprLead are words that belong with a time expression and go with it.
var exprLead = setOf("just", "on", "in", "at", "during", "late", "early", "earlier", "later", "back", "last", "this", "of")

// withoutExpression returns the mention's clause with its time expression,
// and the preposition that introduces it, removed.
func withoutExpression(m *Mention) string {
	return cutExpression(m.Clause, m.Match.Text)
}

// cutExpression returns text with the time expression expr, and the
// preposition that introduces it, removed.
func cutExpression(text, expr string) string {
	off := -1
	if expr != "" {
		off = strings.Index(text, expr)
	}
	if off < 0 {
		return text
	}
	end := off + len(expr)
	before := strings.TrimRight(text[:off], " ")
	after := text[end:]
	if t := strings.TrimPrefix(strings.TrimPrefix(after, "'s"), "’s"); t != after {
		// "at last year's Madrid summit" -> "at the Madrid summit"
		return possessiveFrame(before) + " the" + t
	}
	for i := 0; i < 2; i++ {
		w := lastWord(before)
		if !exprLead[strings.ToLower(w)] || w == "back" && determiners[strings.ToLower(lastWord(strings.TrimSuffix(before, w)))] {
			break // "shot in the back Oct. 23" keeps its back
		}
		before = strings.TrimRight(before[:len(before)-len(w)], " ")
	}
	for _, w := range []string{" night", " morning", " afternoon", " evening"} {
		after = strings.TrimPrefix(after, w)
	}
	if strings.TrimSpace(before) == "" || strings.HasSuffix(before, ",") {
		after = strings.TrimLeft(after, " ,")
	}
	return before + " " + after
}

// possessiveFrame returns the text before a possessive time expression
// without the words that belonged to the expression ("last", "this").
func possessiveFrame(before string) string {
	for {
		w := strings.ToLower(lastWord(before))
		if w != "last" && w != "this" && w != "next" && w != "the" {
			return before
		}
		before = strings.TrimRight(before[:len(before)-len(w)], " ")
	}
}

var (
	// appositiveRE matches a short comma appositive after a name: ", the
	// top U.S. commander in Europe," or ", Ukraine’s second-largest city,".
	// The clause must go on after it with a lower-case word, its verb:
	// "a puppy named Dolphin, a gift from Rep. X, R-Fla." keeps it.
	appositiveRE = regexp.MustCompile(`(\p{L})(?:, (?:the|a|an|his|her|their|its|head of|chief of|leader of|who|which|(?:[\p{Lu}][\p{L}.-]*\s){0,3}[\p{Lu}][\p{L}-]*[’']s)\b[^,;]{0,60}?,)( \p{Ll})`)
	// attributionTail matches a reporting tail: ", officials said".
	attributionTail = regexp.MustCompile(`(?i),\s+(?:(?:[\p{L}.’'-]+\s+){0,5}(?:said|says|reported|reports|added|noted|stated|told [\p{L} ]+|claimed|announced|confirmed)(?:\s+[\p{L}.’'-]+){0,4}|according to [^,;]+)\s*[.!?]?$`)
	// attributionHead matches a reporting lead: "The minister said that ".
	attributionHead = regexp.MustCompile(`^(?:[^,;“”"]{0,80}?)\b(?:said|says|told [\p{L} ]{1,30}?|stated|announced|confirmed|reported|claimed|noted|added|warned|recalling|stating|claiming|saying)\s+(?:(?:here|there)\s+)?(?:that\s+)?`)
	// openerRE matches a discourse marker or fronted attribution.
	openerRE = regexp.MustCompile(`(?i)^(?:meanwhile|however|but|and|also|instead|still|then|in addition|moreover|separately|elsewhere|regarding|recalling that|according to [^,]{1,60}|contrary to [^,]{1,60}|following|after|with|while|whereas|as|who|which|since|when|once|during|because|although|though),?\s+`)
)

// stripAttribution removes a reporting tail, and rewrites a reporting
// lead: "Officials said that six people were in custody" becomes "Six
// people were in custody", the reported happening; when what is reported
// opens with a pronoun, which needs its speaker, or tells of no past
// happening (a state, a forecast, a promise), which is the speaker's
// claim, only "that" goes ("Clinton said he had ordered the strikes", "The
// mayor said the city hall would reopen soon"). A reporting lead before the time
// expression (at offset expr, or -1) is kept when it is all the clause
// tells.
func stripAttribution(s string, expr int) string {
	s = dropAttributionTail(s)
	loc := attributionHeadLoc(s)
	if loc == nil || len(s)-loc[1] <= 20 || strings.HasPrefix(s[loc[1]:], "by ") {
		return s
	}
	rest := s[loc[1]:]
	head := strings.TrimRight(s[:loc[1]], " ")
	if g := mainVerb(rest); pronouns[strings.ToLower(wordAt(rest, 0))] || g.class == stateVerb || g.class == modalVerb || g.future {
		head = strings.TrimRight(strings.TrimSuffix(head, "that"), " ")
		return strings.TrimSuffix(strings.TrimSuffix(head, " here"), " there") + " " + rest
	}
	if !strings.HasSuffix(head, "that") && !reportFrame.MatchString(head) {
		return s
	}
	return rest
}

// reportFrame matches a reporting lead whose verb takes what is reported
// without "that": "Officials said six people ...", not "X told Y ...".
var reportFrame = regexp.MustCompile(`\b(?:said|says|stated|reported|announced|confirmed|claimed)(?: here| there)?$`)

// pronouns are words that cannot open a title without their antecedent.
var pronouns = setOf("he", "she", "it", "they", "we", "i", "his", "her", "its", "their", "our", "this", "these", "those", "there")

// frontedPP matches a short fronted prepositional phrase: "In the debate
// against X, ".
var frontedPP = regexp.MustCompile(`^(?:In|At|During|On|After|Before)\s[^,]{1,50},\s+`)

// stripDiscourse removes leading discourse markers and frames such as
// "Meanwhile," or "Contrary to other reports,".
func stripDiscourse(s string) string {
	return dropOpeners(strings.TrimLeft(s, " ,;:—–-"))
}

// stripOpeners removes leading discourse markers such as "Meanwhile," and
// a short fronted prepositional phrase before a capitalised subject.
func stripOpeners(s string) string {
	s = stripDiscourse(s)
	if loc := frontedPPLoc(s); loc != nil && loc[1] < len(s) && unicode.IsUpper([]rune(s[loc[1]:])[0]) {
		s = s[loc[1]:]
	}
	for _, d := range []string{"the ", "a ", "an "} {
		if len(s) > len(d) && strings.EqualFold(s[:len(d)], d) {
			s = s[len(d):]
		}
	}
	return namedAppositive(s)
}

// leadAppositive matches a title that opens with a description and a name
// between commas: "the country’s top diplomat, Foreign Minister Jane Doe,".
var leadAppositive = regexp.MustCompile(`^([^,]{3,60}), ([^,]{3,60}),\s+`)

// namedAppositive replaces a description followed by the name of a person
// in commas with the name alone.
func namedAppositive(s string) string {
	m := leadAppositiveLoc(s)
	if m == nil {
		return s
	}
	name := s[m[4]:m[5]]
	es := findEntities(name)
	if len(es) != 1 || es[0].kind != personKind || es[0].end < len(name)-2 {
		return s
	}
	return name + " " + s[m[1]:]
}

// tidy collapses white space and spaces before punctuation.
func tidy(s string) string {
	s = collapseSpace(s)
	for _, p := range []string{",", ".", ";", ":"} {
		s = strings.ReplaceAll(s, " "+p, p)
	}
	return strings.ReplaceAll(s, ",,", ",")
}

// clauseSubordinators open a subordinate clause that a cut must not end
// inside before its verb.
var clauseSubordinators = setOf("since", "because", "when", "while", "until", "although",
	"though", "whereas", "unless", "if")

// strongCuts are words before which a title can end cleanly; weakCuts are
// the fallback.
var (
	strongCuts = setOf("which", "who", "whom", "while", "whereas", "aimed", "underscoring",
		"saying", "adding", "amid", "after", "following", "as", "because", "though", "although",
		"since", "when", "until", "unless", "if", "but")
	weakCuts = setOf("to", "for", "with", "in", "on", "at", "from", "by", "that", "of")
)

// truncateWords cuts s to at most n words, at a comma or before a
// subordinating word when one falls late enough, else at n words.
func truncateWords(s string, n int) string {
	if wordCount(s) <= n {
		return s
	}
	words := strings.Fields(s)
	cut := func(ok func(i int) bool) int {
		for i := n; i >= 5; i-- {
			if ok(i) {
				return i
			}
		}
		return 0
	}
	k := cut(func(i int) bool { return commaCut(words, i) || strongCuts[strings.ToLower(words[i])] })
	if k == 0 {
		k = cut(func(i int) bool {
			return weakCuts[strings.ToLower(words[i])] && !reportingVerbs[strings.ToLower(words[i-1])]
		})
	}
	if k == 0 {
		k = n
	}
	for j := k - 1; j >= k-3 && j >= 5; j-- {
		if clauseSubordinators[strings.ToLower(words[j])] {
			k = j // "... since Moscow" is a clause cut before its verb
			break
		}
		if strings.HasSuffix(words[j-1], ",") && k-j <= 2 && !isCap(words[j]) && !isNumber(words[j]) {
			k = j // "..., a time" is a phrase cut before its head
			break
		}
	}
	for k > 3 && weakCuts[strings.ToLower(strings.Trim(words[k-1], ","))] {
		k--
	}
	k = reportedVerbEnd(words, k, n+4)
	return strings.TrimRight(strings.Join(words[:k], " "), ",;:")
}

// reportedVerbEnd returns where a title cut at k words ends when it would
// stop inside reported speech before its verb ("Freeh said U.S. air raid"):
// after the head of that verb, when it falls within limit words; else k.
func reportedVerbEnd(words []string, k, limit int) int {
	toks := make([]string, len(words))
	for i, w := range words {
		toks[i] = strings.ToLower(strings.Trim(w, ",;:.“”\"()"))
	}
	r := -1
	for i := 0; i < k; i++ {
		if reportingVerbs[toks[i]] {
			r = i
		}
	}
	if r < 0 || k-r < 3 {
		return k
	}
	for i := r + 1; i < len(toks) && i < limit; i++ {
		if i > k && strings.HasSuffix(words[i-1], ",") {
			return k // "a group, linked to ...": an appositive, not the verb
		}
		if !finiteAt(toks, i) {
			continue
		}
		if i < k {
			return k
		}
		if g := classifyGroup(toks, i); g.head < limit && g.head < len(toks) {
			return g.head + 1
		}
		return k
	}
	return k
}

// balanceQuotes removes quotation marks when they do not pair up.
func balanceQuotes(s string) string {
	if strings.Count(s, "“") == strings.Count(s, "”") && strings.Count(s, "\"")%2 == 0 {
		return s
	}
	return strings.NewReplacer("“", "", "”", "", "\"", "").Replace(s)
}

// capitalise upper-cases the first letter of s, after any opening quote.
func capitalise(s string) string {
	q := len(s) - len(strings.TrimLeft(s, "“‘\"'"))
	r, size := utf8.DecodeRuneInString(s[q:])
	if r == utf8.RuneError {
		return s
	}
	return s[:q] + string(unicode.ToUpper(r)) + s[q+size:]
}
