package site

import (
	"fmt"
	"html/template"
	"sort"
	"time"
)

// page is the data of every page template: the site, where the page lives
// and how it describes itself, then the fields of its kind, which the
// other kinds leave zero. The kinds share one flat type instead of
// embedding a common one because text/template finds a field promoted
// from an embedded struct with reflect's breadth-first search, which
// allocates, on every use: that was an eighth of the allocations of a
// build.
type page struct {
	Site *siteInfo
	// Path is the page's path relative to the site root and Root the
	// relative link back to the root ("./", "../../"; "/repo/" for 404).
	Path, Root string
	// Canonical is the page's absolute URL, empty for 404.html.
	Canonical   string
	Title       string
	Description string
	// OGType is the Open Graph type: "website" or "article".
	OGType string
	// Nav names the current item of the site menu: "timeline" or "browse".
	Nav string
	// Crumbs lead from the home page to the page's parent.
	Crumbs []link

	// Key holds the key events (index.html).
	Key []*eventView
	// Sections is the timeline the page shows (index.html, list.html).
	Sections []*section
	// Years lists every year of the timeline (index.html, browse.html).
	Years []*section
	// Partial is true when Sections hold only the latest Shown events of
	// a timeline too large for one page (index.html; see
	// Config.HomeEvents).
	Partial bool
	Shown   int

	// Heading names what a list shows, Kind is "year", "person",
	// "place", "organisation" or "tag", and Count the number of its
	// events (list.html).
	Heading string
	Kind    string
	Count   int

	// Facets lists every name (browse.html). Articles lists every article
	// (browse.html), or those of one year (articles.html); a site of more
	// than browse_articles articles lists instead ArticleYears, the pages
	// of its articles by year of publication, on browse.html.
	Facets       []*facet
	Articles     []*articleView
	ArticleYears []countLink

	// Event is the event of event.html and Permalink the absolute URL of
	// its page.
	Event     *eventView
	Permalink string

	// Article is the article of article.html and Body its text.
	Article *articleView
	Body    template.HTML
}

// siteInfo describes the whole site to the templates. Events and
// Articles count the whole site; they are set on the home and browse pages
// only (0 elsewhere), so that an edit does not change the data, and the
// output, of every page.
type siteInfo struct {
	Title, Description, Lang string
	Author                   string
	Events, Articles         int
}

// newPage returns the page at path p.
func (w *writer) newPage(p, title, desc string) *page {
	c := w.m.cfg
	if desc == "" {
		desc = c.Description
	}
	lang := c.Language
	if lang == "" {
		lang = "en"
	}
	return &page{
		Site: &siteInfo{Title: c.Title, Description: c.Description, Lang: lang, Author: c.Author.Name},
		Path: p, Root: rootFor(p), Canonical: w.m.url.page(p),
		Title: title, Description: desc, OGType: "website", Nav: "browse",
	}
}

// countSite sets the site-wide counts of page p.
func (w *writer) countSite(p *page) {
	p.Site.Events, p.Site.Articles = len(w.m.events), len(w.m.articles)
}

func (w *writer) writeIndex() error {
	p := w.newPage(homePath, "", "")
	p.Nav = "timeline"
	w.countSite(p)
	p.Key, p.Sections, p.Years = w.m.key, w.m.sections, w.m.yearSections()
	if evs, partial := homeEvents(w.m.events, w.m.cfg.HomeEvents); partial {
		p.Partial, p.Shown = true, len(evs)
		p.Sections = buildSections(evs, w.yearSet())
	}
	return w.render("index.html", p, w.latest(w.m.events))
}

// homeEvents returns the events the home page lists, at most limit (0: no
// bound): all of them when they are few enough, the latest dated ones
// otherwise, in timeline order, with partial set.
func homeEvents(evs []*eventView, limit int) (shown []*eventView, partial bool) {
	if limit <= 0 || len(evs) <= limit {
		return evs, false
	}
	var dated []*eventView
	for _, v := range evs {
		if !v.ev.Date.IsZero() {
			dated = append(dated, v)
		}
	}
	sort.SliceStable(dated, func(i, j int) bool { return dated[i].ev.Date.Start.Before(dated[j].ev.Date.Start) })
	return dated[max(0, len(dated)-limit):], true
}

func (w *writer) writeYears() error {
	years := w.m.yearSections()
	return forEach(len(years), func(i int) error {
		s := years[i]
		p := w.newPage(s.Page, s.Heading, fmt.Sprintf("What happened in %s.", s.Heading))
		p.Crumbs = []link{{Name: "Timeline", Path: homePath}}
		n := 0
		var evs []*eventView
		for _, g := range s.Groups {
			n += len(g.Events)
			evs = append(evs, g.Events...)
		}
		p.Heading, p.Kind, p.Count, p.Sections = s.Heading, "year", n, []*section{s}
		return w.render("list.html", p, w.latest(evs))
	})
}

// facetPage is one page of a facet: its item and the facet's name for
// one item.
type facetPage struct {
	item     *facetItem
	singular string
}

func (w *writer) writeFacets() error {
	var pages []facetPage
	for _, f := range w.m.facets {
		for _, it := range f.Items {
			pages = append(pages, facetPage{item: it, singular: f.Singular})
		}
	}
	years := w.yearSet()
	return forEach(len(pages), func(i int) error {
		it := pages[i].item
		p := w.newPage(it.Path, it.Name, fmt.Sprintf("Events of the timeline that name %s.", it.Name))
		p.Crumbs = []link{{Name: "Browse", Path: browsePath}}
		p.Heading, p.Kind, p.Count = it.Name, pages[i].singular, len(it.Events)
		p.Sections = buildSections(it.Events, years)
		return w.render("list.html", p, w.latest(it.Events))
	})
}

// yearSet returns the years that have a page.
func (w *writer) yearSet() map[int]bool {
	out := map[int]bool{}
	for _, s := range w.m.yearSections() {
		out[s.Year] = true
	}
	return out
}

func (w *writer) writeBrowse() error {
	p := w.newPage(browsePath, "Browse", "Every year, person, place, organisation, tag and article of the timeline.")
	w.countSite(p)
	p.Years, p.Facets, p.Articles = w.m.yearSections(), w.m.facets, w.m.articles
	if limit := w.m.cfg.BrowseArticles; limit > 0 && len(w.m.articles) > limit {
		years := articleYears(w.m.articles)
		p.Articles, p.ArticleYears = nil, yearLinks(years)
		if err := w.writeArticleYears(years); err != nil {
			return err
		}
	}
	return w.render("browse.html", p, time.Time{})
}

// writeEvents writes the event pages.
func (w *writer) writeEvents() error {
	return forEach(len(w.m.events), func(i int) error {
		v := w.m.events[i]
		p := w.newPage(v.Path, v.Title, v.Summary)
		p.OGType = "article"
		p.Nav = "timeline"
		p.Crumbs = []link{{Name: "Timeline", Path: homePath}}
		if v.Year.Path != "" {
			p.Crumbs = append(p.Crumbs, v.Year)
		}
		p.Event, p.Permalink = v, p.Canonical
		return w.render("event.html", p, w.latest([]*eventView{v}))
	})
}

// writeArticles writes the article pages, each right after rendering
// its body, which no other page shows, so that the bodies are never all in
// memory at once. It then links each source of an event only to an
// expression its article really marks up. It runs before any page that
// shows events is rendered: from then on no view changes, as the page keys
// (see pagekey.go) require; an article page reaches no event view. With
// Options.release it then drops the articles' texts: no other file needs
// them.
func (w *writer) writeArticles() error {
	err := forEach(len(w.m.articles), func(i int) error {
		a := w.m.articles[i]
		marks := articleMarks(a)
		body, err := renderArticle(a.a.Body, a.a.Format, marks)
		if err != nil {
			return fmt.Errorf("%s: %w", a.a.Path, err)
		}
		a.placed = map[string]bool{}
		for _, mk := range marks {
			a.placed[mk.id] = mk.placed
		}
		return w.writeArticle(a, body)
	})
	if err != nil {
		return err
	}
	if w.opts.release {
		for _, a := range w.m.articles {
			a.a.Body, a.a.Map, a.a.Matches = "", nil, nil
		}
	}
	for _, v := range w.m.events {
		for _, s := range v.Sources {
			if s.Fragment != "" && !s.art.placed[s.Fragment] {
				s.Fragment = ""
			}
		}
	}
	return nil
}

// writeArticle writes the page of article a, whose text is body.
func (w *writer) writeArticle(a *articleView, body template.HTML) error {
	desc := "An article of the timeline"
	if a.Source != "" {
		desc += ", from " + a.Source
	}
	if a.Published != "" {
		desc += ", published " + a.Published
	}
	p := w.newPage(a.Path, a.Title, desc+".")
	p.OGType = "article"
	p.Crumbs = []link{{Name: "Browse", Path: browsePath}}
	p.Article, p.Body = a, body
	return w.render("article.html", p, a.a.PublishedDay())
}

// write404 writes the page GitHub Pages serves for any missing path. It
// is served at the depth of the missing path, so its links are
// root-relative, built from the path of base_url.
func (w *writer) write404() error {
	p := w.newPage("404.html", "Page not found", "")
	p.Root = w.m.url.path()
	p.Canonical = ""
	return w.render("404.html", p, time.Time{})
}

// latest returns the latest publication day of the articles that report
// the events, the date the content of a page last changed; zero when none
// is dated.
func (w *writer) latest(evs []*eventView) time.Time {
	var t time.Time
	for _, v := range evs {
		for _, m := range v.ev.Mentions {
			if d := m.Article.PublishedDay(); d.After(t) {
				t = d
			}
		}
	}
	return t
}
