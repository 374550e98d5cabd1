package site

import (
	"sort"
	"strconv"
	"strings"

	"github.com/eventline/timeline/timeline"
	"github.com/eventline/timeline/timeline/temporal"
)

// section is a year of the timeline (or, for events that span years, the
// period they span), divided into groups.
type section struct {
	Heading, ID string
	// Year is the section's year, 0 for a period of several years; Page is
	// the section's own page, "years/2025.html", or "".
	Year   int
	Page   string
	Groups []*group
}

// group is a month of a section, or a coarser period within its year
// ("Q2 2025", "spring 2025", "2025") for events known only that finely.
type group struct {
	Heading, ID string
	Events      []*eventView
}

// sectionKey returns the heading and year of the section event e belongs
// to: its start year when it lies within one year or is known to the week,
// its label otherwise.
func sectionKey(iv temporal.Interval) (string, int) {
	if iv.IsZero() {
		return "Undated", 0
	}
	if iv.Start.Year() == iv.End.Year() || iv.Precision <= temporal.Week {
		return strconv.Itoa(iv.Start.Year()), iv.Start.Year()
	}
	return intervalLabel(iv), 0
}

// groupKey returns the heading of the group event e belongs to within its
// section: the month of its start when it is known to the month or finer,
// the label of its interval otherwise.
func groupKey(iv temporal.Interval) (heading, id string) {
	if iv.IsZero() {
		return "Date unknown", "undated"
	}
	fine := iv.Precision <= temporal.Week ||
		iv.Precision == temporal.Month && iv.Start.Month() == iv.End.Month() && iv.Start.Year() == iv.End.Year()
	if fine {
		return iv.Start.Month().String(), iv.Start.Format("2006-01")
	}
	l := intervalLabel(iv)
	if iv.Precision == temporal.Year && iv.Start.Year() == iv.End.Year() {
		return "Sometime in " + l, "year"
	}
	return l, timeline.Slugify(l)
}

// buildSections groups events, which are in timeline order, into sections
// and groups, each in the order of its first event; events keep their order
// within a group.
func buildSections(evs []*eventView, years map[int]bool) []*section {
	var out []*section
	secs := map[string]*section{}
	groups := map[string]*group{}
	for _, v := range evs {
		head, year := sectionKey(v.ev.Date)
		s := secs[head]
		if s == nil {
			s = &section{Heading: head, Year: year, ID: "y-" + timeline.Slugify(head)}
			if year != 0 && years[year] {
				s.Page = yearPath(year)
			}
			secs[head] = s
			out = append(out, s)
		}
		gh, gid := groupKey(v.ev.Date)
		key := head + "\x00" + gid
		g := groups[key]
		if g == nil {
			g = &group{Heading: gh, ID: s.ID + "-" + gid}
			groups[key] = g
			s.Groups = append(s.Groups, g)
		}
		g.Events = append(g.Events, v)
	}
	return out
}

// facet is one way of browsing events: by person, place, organisation or
// tag.
type facet struct {
	// Kind names the folder of the facet's pages ("people") and Title the
	// facet ("People").
	Kind, Title string
	// Singular names one item ("person") in page titles.
	Singular string
	Items    []*facetItem
}

// facetItem is one person, place, organisation or tag and its events.
type facetItem struct {
	Name, Path string
	Events     []*eventView
}

// facetSpec describes a facet and how to read its names off an event.
type facetSpec struct {
	kind, title, singular string
	names                 func(*eventView) []string
	set                   func(*eventView, []link)
}

var facetSpecs = []facetSpec{
	{"people", "People", "person", func(v *eventView) []string { return v.ev.People },
		func(v *eventView, l []link) { v.People = l }},
	{"places", "Places", "place", func(v *eventView) []string { return v.ev.Places },
		func(v *eventView, l []link) { v.Places = l }},
	{"orgs", "Organisations", "organisation", func(v *eventView) []string { return v.ev.Orgs },
		func(v *eventView, l []link) { v.Orgs = l }},
	{"tags", "Tags", "tag", eventTags, func(v *eventView, l []link) { v.Tags = l }},
}

// eventTags returns the sorted, distinct tags of the articles reporting
// the event.
func eventTags(v *eventView) []string {
	seen := map[string]bool{}
	var out []string
	for _, m := range v.ev.Mentions {
		for _, t := range m.Article.Tags {
			if t = strings.TrimSpace(t); t != "" && !seen[t] {
				seen[t] = true
				out = append(out, t)
			}
		}
	}
	sort.Slice(out, func(i, j int) bool { return lessName(out[i], out[j]) })
	return out
}

// buildFacets builds the facets that have at least one item, and sets the
// links of each event to its items. Tags of articles that report no event
// still get a page, listing no events, so article pages can link them.
func buildFacets(evs []*eventView, arts []*articleView) []*facet {
	var out []*facet
	for _, sp := range facetSpecs {
		var all []string
		for _, v := range evs {
			all = append(all, sp.names(v)...)
		}
		if sp.kind == "tags" {
			for _, a := range arts {
				all = append(all, a.a.Tags...)
			}
		}
		f := buildFacet(sp, all, evs)
		if sp.kind == "tags" {
			linkArticleTags(f, arts)
		}
		if len(f.Items) > 0 {
			out = append(out, f)
		}
	}
	return out
}

// buildFacet builds one facet from the names it holds.
func buildFacet(sp facetSpec, all []string, evs []*eventView) *facet {
	f := &facet{Kind: sp.kind, Title: sp.title, Singular: sp.singular}
	var names []string
	for _, n := range all {
		if n = strings.TrimSpace(n); n != "" {
			names = append(names, n)
		}
	}
	slugs := newSlugger(names)
	items := map[string]*facetItem{}
	for _, n := range names {
		if items[n] == nil {
			items[n] = &facetItem{Name: n, Path: pagePath(sp.kind, slugs.slug(n))}
			f.Items = append(f.Items, items[n])
		}
	}
	for _, v := range evs {
		var ls []link
		seen := map[string]bool{}
		for _, n := range sp.names(v) {
			n = strings.TrimSpace(n)
			if it := items[n]; it != nil && !seen[n] {
				seen[n] = true
				it.Events = append(it.Events, v)
				ls = append(ls, link{Name: it.Name, Path: it.Path})
			}
		}
		sp.set(v, ls)
	}
	sort.Slice(f.Items, func(i, j int) bool { return lessName(f.Items[i].Name, f.Items[j].Name) })
	return f
}

// linkArticleTags sets the tag links of each article.
func linkArticleTags(f *facet, arts []*articleView) {
	byName := map[string]*facetItem{}
	for _, it := range f.Items {
		byName[it.Name] = it
	}
	for _, a := range arts {
		seen := map[string]bool{}
		for _, t := range a.a.Tags {
			t = strings.TrimSpace(t)
			if it := byName[t]; it != nil && !seen[t] {
				seen[t] = true
				a.Tags = append(a.Tags, link{Name: it.Name, Path: it.Path})
			}
		}
	}
}

// lessName orders names case-insensitively, then byte-wise.
func lessName(a, b string) bool {
	la, lb := strings.ToLower(a), strings.ToLower(b)
	if la != lb {
		return la < lb
	}
	return a < b
}
