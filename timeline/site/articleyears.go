package site

import (
	"sort"
	"strconv"
	"time"
)

// countLink is a link with the number of things behind it.
type countLink struct {
	Name, Path string
	Count      int
}

// articleYear is the articles of one year of publication, or the undated
// ones: its name on the browse page, the heading and path of its page.
type articleYear struct {
	name, heading, path string
	articles            []*articleView
}

// articleYears groups articles by year of publication, the years in
// order and the undated articles last. A year lists its articles by
// publication time, the undated ones keep the order of articles.
func articleYears(articles []*articleView) []*articleYear {
	byYear := map[int]*articleYear{}
	var undated *articleYear
	for _, a := range articles {
		d := a.a.PublishedDay()
		var g *articleYear
		switch {
		case d.IsZero():
			if undated == nil {
				undated = &articleYear{name: "Undated", heading: "Undated articles", path: pagePath("browse", "undated")}
			}
			g = undated
		case byYear[d.Year()] == nil:
			y := strconv.Itoa(d.Year())
			g = &articleYear{name: y, heading: "Articles published in " + y, path: pagePath("browse", y)}
			byYear[d.Year()] = g
		default:
			g = byYear[d.Year()]
		}
		g.articles = append(g.articles, a)
	}
	years := make([]int, 0, len(byYear))
	for y := range byYear {
		years = append(years, y)
	}
	sort.Ints(years)
	out := make([]*articleYear, 0, len(years)+1)
	for _, y := range years {
		g := byYear[y]
		sort.SliceStable(g.articles, func(i, j int) bool {
			return g.articles[i].a.Published.Before(g.articles[j].a.Published)
		})
		out = append(out, g)
	}
	if undated != nil {
		out = append(out, undated)
	}
	return out
}

// yearLinks returns the links browse.html shows to the pages of years.
func yearLinks(years []*articleYear) []countLink {
	out := make([]countLink, len(years))
	for i, y := range years {
		out[i] = countLink{Name: y.name, Path: y.path, Count: len(y.articles)}
	}
	return out
}

// writeArticleYears writes the page of the articles of each year.
func (w *writer) writeArticleYears(years []*articleYear) error {
	return forEach(len(years), func(i int) error {
		y := years[i]
		p := w.newPage(y.path, y.heading, y.heading+".")
		p.Crumbs = []link{{Name: "Browse", Path: browsePath}}
		p.Heading, p.Count, p.Articles = y.heading, len(y.articles), y.articles
		var last time.Time
		for _, a := range y.articles {
			if d := a.a.PublishedDay(); d.After(last) {
				last = d
			}
		}
		return w.render("articles.html", p, last)
	})
}
