package timeline

import "sort"

// parsedText is a text with the tokens and the main verb group that
// several steps read of it, computed once so that featuresOf tokenises a
// clause once rather than once a step.
type parsedText struct {
	text   string
	words  []token // see tokens
	lower  []string
	starts []int
	groups []verbGroup
	main   verbGroup
	ents   []entity
	found  bool
}

// parse returns s with its lower-case tokens (see lowerTokens), verb
// groups and main verb group; its word tokens come on demand (see
// tokens), as most parsed titles need none.
func parse(s string) *parsedText {
	lower, starts := lowerTokens(s)
	groups := verbGroups(lower)
	return &parsedText{text: s, lower: lower, starts: starts, groups: groups, main: mainGroup(groups)}
}

// tokens returns the word tokens of the text, tokenising it on the first
// call.
func (p *parsedText) tokens() []token {
	if p.words == nil {
		p.words = wordTokens(p.text)
	}
	return p.words
}

// parsedClause returns m's clause parsed, parsing it on the first call:
// the reader's checks of a mention and its features all read the clause.
func (m *Mention) parsedClause() *parsedText {
	if m.parsed == nil || m.parsed.text != m.Clause {
		m.parsed = parse(m.Clause)
	}
	return m.parsed
}

// before returns the lower-case tokens of p's text before offset off and
// their offsets, as lowerTokens(p.text[:off]) gives them. It is false
// when off is neither where a word starts nor the end of the text: there
// the prefix may cut a word.
func (p *parsedText) before(off int) ([]string, []int, bool) {
	k := sort.SearchInts(p.starts, off)
	if off != len(p.text) && (k == len(p.starts) || p.starts[k] != off) {
		return nil, nil, false
	}
	return p.lower[:k:k], p.starts[:k:k], true
}

// tokensBefore returns the lower-case tokens of a text, with offsets
// starts, that start before offset off. When off is where a word starts,
// they are the tokens of the text before off: a word token never runs
// on across what separates it from the next.
func tokensBefore(toks []string, starts []int, off int) ([]string, []int) {
	k := sort.SearchInts(starts, off)
	return toks[:k:k], starts[:k:k]
}

// entities returns the entities of the text, as findEntities finds them,
// finding them on the first call.
func (p *parsedText) entities() []entity {
	if !p.found {
		p.ents, p.found = entitiesIn(p.text, p.tokens()), true
	}
	return p.ents
}
