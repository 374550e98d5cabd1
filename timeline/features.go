package timeline

// features are what clustering reads of a mention beyond its fields, all
// of them functions of the mention and its article alone. The reader
// computes them once per mention, in parallel, and the cache keeps them,
// so that a rebuild clusters without reading any clause again.
type features struct {
	// kws are the keywords of the mention's key text, before the IDF
	// weighting, which depends on the whole collection.
	kws []keyword
	// hap is the mention's happening (see happeningOf).
	hap happening
	// tier ranks the mention's title (see titleTier); title is the title.
	tier  float64
	title string
	// names are the entities of the clause, in order, people by the full
	// name their article gives them (see entitiesWith).
	names []namedEntity
}

// namedEntity is the kind and the canonical name of an entity.
type namedEntity struct {
	kind entityKind
	name string
}

// featuresOf computes the features of m, whose article's full names
// (see fullNames) are full. It drops m's parsed clause, which nothing
// reads after it.
func featuresOf(m *Mention, full map[string]string) *features {
	clause := m.parsedClause()
	f := &features{kws: keywordsOfKey(m, clause), hap: happeningOf(clause), title: Title(m)}
	f.tier = titleTierOf(m, f.title)
	if len(f.kws) == 0 {
		f.kws = nil // as the cache gives it back
	}
	if len(f.hap.agents) == 0 {
		f.hap.agents = nil
	}
	for _, e := range clause.entities() {
		switch e.kind {
		case personKind:
			f.names = append(f.names, namedEntity{e.kind, canonicalPerson(e.name, full)})
		case placeKind:
			f.names = append(f.names, namedEntity{e.kind, canonicalPlace(e.name)})
		case orgKind:
			f.names = append(f.names, namedEntity{e.kind, e.name})
		}
	}
	m.parsed = nil
	return f
}

// keywordsOfKey returns the keywords of m's key text, reusing the entities
// of its parsed clause when the key text is the clause.
func keywordsOfKey(m *Mention, clause *parsedText) []keyword {
	if m.keyText == clause.text {
		return keywordsWith(m.keyText, clause.entities())
	}
	return keywords(m.keyText)
}

// addFeatures computes the features of the mentions of one article.
func addFeatures(a *Article, ms []*Mention) {
	if len(ms) == 0 {
		return
	}
	full := fullNames(a.Clean)
	for _, m := range ms {
		m.feat = featuresOf(m, full)
	}
}

// ensureFeatures computes, in parallel, the features of the mentions that
// have none: those that did not come from the reader.
func ensureFeatures(mentions []*Mention) {
	var missing []*Mention
	for _, m := range mentions {
		if m.feat == nil {
			missing = append(missing, m)
		}
	}
	if len(missing) == 0 {
		return
	}
	names := articleNames(missing)
	parallelFor(len(missing), func(i int) {
		missing[i].feat = featuresOf(missing[i], names[missing[i].Article])
	})
}

// entitiesOf returns the people, places and organisations of the
// features of the mentions, in order of first appearance, as
// entitiesWith finds them.
func entitiesOf(ms []*Mention) (people, places, orgs []string) {
	seen := map[string]bool{}
	add := func(list *[]string, name string) {
		if name != "" && !seen[name] {
			seen[name] = true
			*list = append(*list, name)
		}
	}
	for _, m := range ms {
		for _, e := range m.feat.names {
			switch e.kind {
			case personKind:
				add(&people, e.name)
			case placeKind:
				add(&places, e.name)
			case orgKind:
				add(&orgs, e.name)
			}
		}
	}
	return people, places, orgs
}

// cachedFeatures are the features of a mention as the cache keeps them.
type cachedFeatures struct {
	Words       []string
	Weights     []float64
	Agents      []string
	Kind        string
	Toll        bool
	Tier        float64
	Title       string
	EntityKinds []uint8
	EntityNames []string
}

// cached returns f as the cache keeps it.
func (f *features) cached() cachedFeatures {
	c := cachedFeatures{Agents: f.hap.agents, Kind: f.hap.kind, Toll: f.hap.toll, Tier: f.tier, Title: f.title}
	for _, k := range f.kws {
		c.Words = append(c.Words, k.word)
		c.Weights = append(c.Weights, k.weight)
	}
	for _, e := range f.names {
		c.EntityKinds = append(c.EntityKinds, uint8(e.kind))
		c.EntityNames = append(c.EntityNames, e.name)
	}
	return c
}

// features returns the features c keeps.
func (c *cachedFeatures) features() *features {
	f := &features{hap: happening{agents: c.Agents, kind: c.Kind, toll: c.Toll}, tier: c.Tier, title: c.Title}
	if len(c.Words) > 0 {
		f.kws = make([]keyword, len(c.Words))
		for i, w := range c.Words {
			f.kws[i] = keyword{w, c.Weights[i]}
		}
	}
	if len(c.EntityNames) > 0 {
		f.names = make([]namedEntity, len(c.EntityNames))
		for i, n := range c.EntityNames {
			f.names[i] = namedEntity{entityKind(c.EntityKinds[i]), n}
		}
	}
	return f
}
