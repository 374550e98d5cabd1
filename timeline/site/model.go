package site

import (
	"fmt"
	"sort"

	"github.com/eventline/timeline/timeline"
)

// model is everything the pages, feeds and exports are made from, built
// once from the timeline.
type model struct {
	tl       *timeline.Timeline
	cfg      *timeline.Config
	url      siteURL
	events   []*eventView
	articles []*articleView
	byArt    map[*timeline.Article]*articleView
	sections []*section
	facets   []*facet
	key      []*eventView
}

// newModel builds the model of tl, checking that event ids and article
// slugs are unique and safe to use as file names.
func newModel(tl *timeline.Timeline) (*model, error) {
	cfg := tl.Config
	if cfg == nil {
		cfg = timeline.DefaultConfig()
	}
	u, err := parseBase(cfg.BaseURL)
	if err != nil {
		return nil, err
	}
	m := &model{tl: tl, cfg: cfg, url: u, byArt: map[*timeline.Article]*articleView{}}
	if err := m.addArticles(tl.Articles); err != nil {
		return nil, err
	}
	if err := m.addEvents(tl.Events); err != nil {
		return nil, err
	}
	m.facets = buildFacets(m.events, m.articles)
	for _, v := range m.events {
		v.Search = searchText(v)
	}
	m.sections = buildSections(m.events, m.yearPages())
	m.linkYears()
	m.key = keyEvents(m.events, cfg.KeyEvents)
	return m, nil
}

// addArticles adds the views of the articles, and of any article a
// mention names that the timeline does not list.
func (m *model) addArticles(as []*timeline.Article) error {
	seen := map[string]string{}
	add := func(a *timeline.Article) error {
		if m.byArt[a] != nil {
			return nil
		}
		if !safeSegment(a.Slug) {
			return fmt.Errorf("%s: slug %q cannot name a page", a.Path, a.Slug)
		}
		if p, dup := seen[a.Slug]; dup {
			return fmt.Errorf("%s: slug %q already used by %s", a.Path, a.Slug, p)
		}
		seen[a.Slug] = a.Path
		v := newArticleView(a)
		m.byArt[a] = v
		m.articles = append(m.articles, v)
		return nil
	}
	for _, a := range as {
		if err := add(a); err != nil {
			return err
		}
	}
	for _, e := range m.tl.Events {
		for _, mn := range e.Mentions {
			if err := add(mn.Article); err != nil {
				return err
			}
		}
	}
	sort.SliceStable(m.articles, func(i, j int) bool { return m.articles[i].a.Path < m.articles[j].a.Path })
	return nil
}

// addEvents adds the views of the events in timeline order and links each
// article to the events it reports.
func (m *model) addEvents(es []*timeline.Event) error {
	seen := map[string]bool{}
	for i, e := range es {
		if !safeSegment(e.ID) {
			return fmt.Errorf("event %q: id cannot name a page", e.ID)
		}
		if seen[e.ID] {
			return fmt.Errorf("event %q: id used twice", e.ID)
		}
		seen[e.ID] = true
		v := newEventView(e, i, m.byArt)
		if i > 0 {
			v.Prev, m.events[i-1].Next = m.events[i-1].Link, v.Link
		}
		m.events = append(m.events, v)
		done := map[*articleView]bool{}
		for _, mn := range e.Mentions {
			if a := m.byArt[mn.Article]; !done[a] {
				done[a] = true
				a.events = append(a.events, v)
				a.Events = append(a.Events, v.Link)
			}
		}
	}
	return nil
}

// yearPages returns the years that get a page of their own: those of
// sections that lie within one year.
func (m *model) yearPages() map[int]bool {
	years := map[int]bool{}
	for _, v := range m.events {
		if _, y := sectionKey(v.ev.Date); y != 0 {
			years[y] = true
		}
	}
	return years
}

// linkYears sets the year page link of each event.
func (m *model) linkYears() {
	for _, s := range m.sections {
		if s.Page == "" {
			continue
		}
		for _, g := range s.Groups {
			for _, v := range g.Events {
				v.Year = link{Name: s.Heading, Path: s.Page}
			}
		}
	}
}

// yearSections returns the sections that have a page of their own.
func (m *model) yearSections() []*section {
	var out []*section
	for _, s := range m.sections {
		if s.Page != "" {
			out = append(out, s)
		}
	}
	return out
}
