package timeline

// parsedText is a text with the tokens and the main verb group that
// several steps read of it, computed once so that featuresOf tokenises a
// clause once rather than once a step.
type parsedText struct {
	text   string
	words  []token
	lower  []string
	starts []int
	main   verbGroup
	ents   []entity
	found  bool
}

// parse returns s with its word tokens, lower-case tokens (see
// lowerTokens) and main verb group.
func parse(s string) *parsedText {
	words := wordTokens(s)
	lower, starts := lowerWords(words)
	return &parsedText{text: s, words: words, lower: lower, starts: starts, main: mainGroup(verbGroups(lower))}
}

// entities returns the entities of the text, as findEntities finds them,
// finding them on the first call.
func (p *parsedText) entities() []entity {
	if !p.found {
		p.ents, p.found = entitiesIn(p.text, p.words), true
	}
	return p.ents
}
