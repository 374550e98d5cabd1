package site

import (
	"fmt"
	"sort"
	"strings"

	"github.com/eventline/timeline/timeline"
	"github.com/eventline/timeline/timeline/temporal"
)

// link is a named page of the site; Path is relative to the site root.
type link struct {
	Name, Path string
}

// eventView is an event as the templates show it.
type eventView struct {
	ev *timeline.Event
	// index is the event's place in the timeline; it is no field of the
	// view, so that inserting an event changes no other event's data.
	index   int
	ID      string
	Title   string
	Summary string
	// Path is the event's page, "events/ID.html".
	Path     string
	Label    string
	Datetime string
	Planned  bool
	// Articles and Mentions count the distinct articles and the mentions;
	// SourcesText and MentionsText say so ("2 sources", "3 mentions").
	Articles, Mentions        int
	SourcesText, MentionsText string
	People, Places            []link
	Orgs, Tags                []link
	Sources                   []*sourceView
	// Search is the lower-case text the client-side filter matches.
	Search string
	// Link is the link to the event.
	Link *eventLink
	// Prev and Next are the neighbouring events of the timeline. They are
	// links, not views, so that an event page's data ends at them: its
	// page key covers it (see pagekey.go).
	Prev, Next *eventLink
	// Year is the year page the event is listed on, or "".
	Year link
}

// eventLink names an event for a link to it: a neighbour's link on an
// event page, an event of an article page.
type eventLink struct {
	ID, Title, Summary, Path string
	Label, Datetime          string
	Planned                  bool
}

// linkTo returns the link to the event of v.
func linkTo(v *eventView) *eventLink {
	return &eventLink{ID: v.ID, Title: v.Title, Summary: v.Summary, Path: v.Path,
		Label: v.Label, Datetime: v.Datetime, Planned: v.Planned}
}

// sourceView is one mention of an event: the sentence in its article.
type sourceView struct {
	art   *articleView
	Title string
	// Path is the article's page and Fragment the id of the expression in
	// it ("t-123"), empty for a lead sentence.
	Path, Fragment string
	Source         string
	Published      string
	PublishedISO   string
	URL            string
	// Before, Expr and After split the sentence around the expression.
	Before, Expr, After string
	ExprDatetime        string
}

// articleView is an article as the templates show it.
type articleView struct {
	a            *timeline.Article
	Slug, Title  string
	Path         string
	Source, URL  string
	Published    string
	PublishedISO string
	Tags         []link
	// Events links to the events the article reports, events holds
	// their views.
	Events []*eventLink
	events []*eventView
	// placed holds the ids of the expressions its page marks up.
	placed map[string]bool
}

// newEventView builds the view of e, the index-th event of the timeline.
func newEventView(e *timeline.Event, index int, arts map[*timeline.Article]*articleView) *eventView {
	v := &eventView{
		ev: e, index: index, ID: e.ID, Title: e.Title, Summary: e.Summary,
		Path: pagePath("events", e.ID), Label: Label(e.Date, e.Planned), Datetime: Datetime(e.Date),
		Planned: e.Planned, Articles: e.ArticleCount(), Mentions: len(e.Mentions),
	}
	v.SourcesText = countText(v.Articles, "source", "sources")
	v.MentionsText = countText(v.Mentions, "mention", "mentions")
	if v.Title == "" {
		v.Title = "Untitled event"
	}
	v.Link = linkTo(v)
	for _, m := range e.Mentions {
		v.Sources = append(v.Sources, newSourceView(m, arts[m.Article]))
	}
	return v
}

// newSourceView builds the view of mention m of article a.
func newSourceView(m *timeline.Mention, a *articleView) *sourceView {
	s := &sourceView{art: a, Title: a.Title, Path: a.Path, Source: a.Source, Published: a.Published,
		PublishedISO: a.PublishedISO, URL: a.URL, Before: m.Sentence}
	if m.Match.Text == "" || m.Lead {
		return s
	}
	s.Fragment = fragmentID(m.Article, m.Match)
	s.ExprDatetime = Datetime(m.Match.Interval)
	i, j := m.Match.Start-m.SentenceStart, m.Match.End-m.SentenceStart
	if i >= 0 && j <= len(m.Sentence) && i <= j && m.Sentence[i:j] == m.Match.Text {
		s.Before, s.Expr, s.After = m.Sentence[:i], m.Sentence[i:j], m.Sentence[j:]
	}
	return s
}

// fragmentID names the expression of match m in article a's page: "t-"
// and its byte offset in the article's body.
func fragmentID(a *timeline.Article, m temporal.Match) string {
	return fmt.Sprintf("t-%d", a.Map.Source(m.Start))
}

// newArticleView builds the view of article a.
func newArticleView(a *timeline.Article) *articleView {
	v := &articleView{a: a, Slug: a.Slug, Title: a.Title, Path: pagePath("articles", a.Slug),
		Source: a.Source, URL: externalURL(a.URL)}
	if v.Title == "" {
		v.Title = a.Path
	}
	if a.Dated() {
		d := a.PublishedDay()
		v.Published, v.PublishedISO = dayName(d), d.Format("2006-01-02")
	}
	return v
}

// searchText is the lower-case text the filter of the timeline page
// matches against.
func searchText(v *eventView) string {
	parts := []string{v.Title, v.Summary, v.Label}
	for _, ls := range [][]link{v.People, v.Places, v.Orgs, v.Tags} {
		for _, l := range ls {
			parts = append(parts, l.Name)
		}
	}
	return strings.ToLower(strings.Join(parts, " "))
}

// keyEvents returns the n events reported by most distinct articles, then
// by most mentions, then in timeline order.
func keyEvents(evs []*eventView, n int) []*eventView {
	if n <= 0 {
		return nil
	}
	ranked := append([]*eventView(nil), evs...)
	sort.SliceStable(ranked, func(i, j int) bool {
		a, b := ranked[i], ranked[j]
		if a.Articles != b.Articles {
			return a.Articles > b.Articles
		}
		if a.Mentions != b.Mentions {
			return a.Mentions > b.Mentions
		}
		return a.index < b.index
	})
	if len(ranked) > n {
		ranked = ranked[:n]
	}
	return ranked
}
