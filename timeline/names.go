package timeline

import (
	"strings"
)

// Entities returns the people, places and organisations named in the
// clauses of the mentions, in order of first appearance. A person named by
// surname alone ("Mr Petrov") takes the full name the same article gives
// elsewhere; places take their usual name ("Britain" is "United Kingdom").
func Entities(ms []*Mention) (people, places, orgs []string) {
	return entitiesWith(ms, articleNames(ms))
}

// entitiesWith is Entities with the full names of each article of the
// mentions, as articleNames gives them.
func entitiesWith(ms []*Mention, full map[*Article]map[string]string) (people, places, orgs []string) {
	seen := map[string]bool{}
	add := func(list *[]string, name string) {
		if name != "" && !seen[name] {
			seen[name] = true
			*list = append(*list, name)
		}
	}
	for _, m := range ms {
		for _, e := range findEntities(m.Clause) {
			switch e.kind {
			case personKind:
				add(&people, canonicalPerson(e.name, full[m.Article]))
			case placeKind:
				add(&places, canonicalPlace(e.name))
			case orgKind:
				add(&orgs, e.name)
			}
		}
	}
	return people, places, orgs
}

// articleNames returns, for each article of the mentions, the map of
// fullNames, computed in parallel.
func articleNames(mentions []*Mention) map[*Article]map[string]string {
	var arts []*Article
	seen := map[*Article]bool{}
	for _, m := range mentions {
		if !seen[m.Article] {
			seen[m.Article] = true
			arts = append(arts, m.Article)
		}
	}
	maps := make([]map[string]string, len(arts))
	parallelFor(len(arts), func(i int) { maps[i] = fullNames(arts[i].Clean) })
	out := make(map[*Article]map[string]string, len(arts))
	for i, a := range arts {
		out[a] = maps[i]
	}
	return out
}

// fullNames maps the surnames of the people named in full in text to their
// full names.
func fullNames(text string) map[string]string {
	out := map[string]string{}
	for _, e := range entitiesByLine(text) {
		if e.kind != personKind || !strings.Contains(e.name, " ") {
			continue
		}
		s := surname(e.name)
		if _, ok := out[s]; !ok {
			out[s] = e.name
		}
	}
	return out
}

// canonicalPerson returns the full name of a person named by surname.
func canonicalPerson(name string, full map[string]string) string {
	if f, ok := full[name]; ok {
		return f
	}
	if f, ok := full[surname(name)]; ok && strings.HasSuffix(f, name) {
		return f
	}
	return name
}

// canonicalPlace returns the usual name of a place.
func canonicalPlace(name string) string {
	if a, ok := placeAliases[name]; ok {
		return a
	}
	return name
}

// surname returns the family name of a person's name: the last word, with
// any name connector before it ("von der Leyen").
func surname(name string) string {
	f := strings.Fields(name)
	i := len(f) - 1
	for i > 1 && nameConnectors[f[i-1]] {
		i--
	}
	return strings.Join(f[i:], " ")
}

// ShortenNames rewrites the people named in s, with their nationality and
// titles, to their surnames, as headlines do: "French President Jean
// Dupont" becomes "Dupont".
func ShortenNames(s string) string {
	var b strings.Builder
	last := 0
	for _, e := range findEntities(s) {
		if e.kind != personKind || e.start < last {
			continue
		}
		b.WriteString(s[last:e.start])
		b.WriteString(surname(e.name))
		last = e.end
	}
	b.WriteString(s[last:])
	return b.String()
}
