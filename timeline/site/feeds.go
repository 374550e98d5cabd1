package site

import (
	"bytes"
	"encoding/json"
	"fmt"
	"html"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/gorilla/feeds"
)

// feedItem is an event as the feeds carry it, with the date the item is
// published under.
type feedItem struct {
	v    *eventView
	date time.Time
}

// itemDate returns the date of an event's feed item, derived from the
// content alone: the start of the event's date, or, for a planned or
// undated event, the publication day of its earliest dated article. It is
// zero when neither exists; such an event stays out of the feeds.
func itemDate(v *eventView) time.Time {
	if !v.ev.Date.IsZero() && !v.Planned {
		return v.ev.Date.Start.UTC()
	}
	var t time.Time
	for _, m := range v.ev.Mentions {
		if d := m.Article.PublishedDay(); !d.IsZero() && (t.IsZero() || d.Before(t)) {
			t = d
		}
	}
	return t
}

// feedItems returns the items of the feeds: newest first (ties: later in
// the timeline first), at most Config.Feed.Limit of them (0: all).
func (w *writer) feedItems() []feedItem {
	var items []feedItem
	for _, v := range w.m.events {
		if d := itemDate(v); !d.IsZero() {
			items = append(items, feedItem{v: v, date: d})
		}
	}
	sort.SliceStable(items, func(i, j int) bool {
		if !items[i].date.Equal(items[j].date) {
			return items[i].date.After(items[j].date)
		}
		return items[i].v.index > items[j].v.index
	})
	if n := w.m.cfg.Feed.Limit; n > 0 && len(items) > n {
		items = items[:n]
	}
	return items
}

// feedUpdated returns the date of the newest item, or of the newest
// article, or the Unix epoch for an empty site: never the build time.
func (w *writer) feedUpdated(items []feedItem) time.Time {
	if len(items) > 0 {
		return items[0].date
	}
	var t time.Time
	for _, a := range w.m.articles {
		if d := a.a.PublishedDay(); d.After(t) {
			t = d
		}
	}
	if t.IsZero() {
		return time.Unix(0, 0).UTC()
	}
	return t
}

// itemText returns the plain text describing an event in the feeds: its
// summary and how many articles report it.
func itemText(v *eventView) string {
	s := v.Summary
	if s == "" {
		s = v.Title
	}
	return fmt.Sprintf("%s (%s)", s, countText(v.Articles, "source", "sources"))
}

// countText returns n and the noun for it: "1 source", "2 sources".
func countText(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}

// buildFeed returns the feed in gorilla/feeds' format-neutral form. Item
// descriptions are HTML (RSS and Atom read them so), hence escaped.
func (w *writer) buildFeed(items []feedItem) *feeds.Feed {
	c := w.m.cfg
	f := &feeds.Feed{
		Title:       c.Title,
		Link:        &feeds.Link{Href: w.m.url.abs("")},
		Description: c.Description,
		Updated:     w.feedUpdated(items),
		Id:          w.m.url.abs(""),
	}
	if f.Description == "" {
		f.Description = c.Title
	}
	for _, it := range items {
		link := w.m.url.abs(it.v.Path)
		f.Items = append(f.Items, &feeds.Item{
			Title:       it.v.Label + ": " + it.v.Title,
			Link:        &feeds.Link{Href: link},
			Description: html.EscapeString(itemText(it.v)),
			Id:          link,
			IsPermaLink: "true",
			Created:     it.date,
			Updated:     it.date,
		})
	}
	return f
}

// writeFeeds writes feed.xml (RSS 2.0), atom.xml and feed.json.
func (w *writer) writeFeeds() error {
	items := w.feedItems()
	f := w.buildFeed(items)
	rss, err := w.rss(f)
	if err != nil {
		return fmt.Errorf("feed.xml: %w", err)
	}
	if err := w.writeFile("feed.xml", rss); err != nil {
		return err
	}
	atom, err := w.atom(f)
	if err != nil {
		return fmt.Errorf("atom.xml: %w", err)
	}
	if err := w.writeFile("atom.xml", atom); err != nil {
		return err
	}
	jf, err := w.jsonFeed(f, items)
	if err != nil {
		return fmt.Errorf("feed.json: %w", err)
	}
	return w.writeFile("feed.json", jf)
}

// rssAuthor returns the author as RSS wants it, "email (name)", or "" when
// the site names no email address.
func (w *writer) rssAuthor() string {
	a := w.m.cfg.Author
	switch {
	case a.Email == "":
		return ""
	case a.Name == "":
		return a.Email
	}
	return fmt.Sprintf("%s (%s)", a.Email, a.Name)
}

func (w *writer) rss(f *feeds.Feed) ([]byte, error) {
	ch := (&feeds.Rss{Feed: f}).RssFeed()
	ch.Language = w.m.cfg.Language
	ch.ManagingEditor = w.rssAuthor()
	ch.PubDate = ""
	for _, it := range ch.Items {
		it.Author = ch.ManagingEditor
	}
	out, err := xmlBytes(ch)
	if err != nil {
		return nil, err
	}
	return addSelfLink(out, "<rss ", "<channel>", atomNS+" ",
		"\n    "+`<atom:link href="`+html.EscapeString(w.m.url.abs("feed.xml"))+`" rel="self" type="application/rss+xml"></atom:link>`)
}

const atomNS = `xmlns:atom="http://www.w3.org/2005/Atom"`

// addSelfLink inserts attr after the opening of the root element and link
// (with its indentation) after the first occurrence of after: gorilla/feeds has no field for the
// feed's self link that readers and validators look for.
func addSelfLink(doc []byte, root, after, attr, link string) ([]byte, error) {
	s := string(doc)
	i, j := strings.Index(s, root), strings.Index(s, after)
	if i < 0 || j < 0 || j < i {
		return nil, fmt.Errorf("unexpected feed layout")
	}
	j += len(after)
	if attr != "" {
		s = s[:i+len(root)] + attr + s[i+len(root):]
		j += len(attr)
	}
	return []byte(s[:j] + link + s[j:]), nil
}

func (w *writer) atom(f *feeds.Feed) ([]byte, error) {
	a := (&feeds.Atom{Feed: f}).AtomFeed()
	a.Link = &feeds.AtomLink{Href: f.Link.Href, Rel: "alternate", Type: "text/html"}
	name := w.m.cfg.Author.Name
	if name == "" {
		name = w.m.cfg.Title
	}
	a.Author = &feeds.AtomAuthor{AtomPerson: feeds.AtomPerson{Name: name, Email: w.m.cfg.Author.Email}}
	out, err := xmlBytes(a)
	if err != nil {
		return nil, err
	}
	return addSelfLink(out, "<feed ", `type="text/html"></link>`, "",
		"\n  "+`<link href="`+html.EscapeString(w.m.url.abs("atom.xml"))+`" rel="self" type="application/atom+xml"></link>`)
}

// xmlBytes encodes a feed as indented XML with a trailing newline.
func xmlBytes(x feeds.XmlFeed) ([]byte, error) {
	var buf bytes.Buffer
	if err := feeds.WriteXML(x, &buf); err != nil {
		return nil, err
	}
	buf.WriteByte('\n')
	return buf.Bytes(), nil
}

// jsonFeed encodes the JSON Feed. JSON Feed's summary and content_text are
// plain text, so they carry the unescaped text.
func (w *writer) jsonFeed(f *feeds.Feed, items []feedItem) ([]byte, error) {
	jf := (&feeds.JSON{Feed: f}).JSONFeed()
	jf.FeedUrl = w.m.url.abs("feed.json")
	jf.Language = w.m.cfg.Language
	if n := w.m.cfg.Author.Name; n != "" {
		jf.Authors = []*feeds.JSONAuthor{{Name: n}}
	}
	for i, it := range jf.Items {
		it.Summary = itemText(items[i].v)
		it.ContentText = it.Summary
		it.ModifiedDate = nil
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	if err := enc.Encode(jf); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}
