package site

import (
	"encoding/xml"
	"io"
	"sort"

	"github.com/eventline/timeline/templates"
)

// writeAssets copies the style sheet and script, from the site's template
// folder when it has its own.
func (w *writer) writeAssets() error {
	for _, name := range templates.Assets {
		src, err := readSource(w.opts.TemplateDir, name)
		if err != nil {
			return err
		}
		if err := w.writeFile(name, src.Data); err != nil {
			return err
		}
	}
	return nil
}

type urlset struct {
	XMLName xml.Name     `xml:"urlset"`
	Xmlns   string       `xml:"xmlns,attr"`
	URLs    []sitemapURL `xml:"url"`
}

type sitemapURL struct {
	Loc     string `xml:"loc"`
	Lastmod string `xml:"lastmod,omitempty"`
}

// writeSitemap writes sitemap.xml, listing every page but 404.html with
// absolute URLs in URL order, and robots.txt pointing to it. A page's lastmod is the
// latest publication day of the articles behind it, never the build time.
func (w *writer) writeSitemap() error {
	pages := append([]sitemapPage(nil), w.pages...)
	set := urlset{Xmlns: "http://www.sitemaps.org/schemas/sitemap/0.9"}
	for _, p := range pages {
		u := sitemapURL{Loc: w.m.url.page(p.path)}
		if !p.lastmod.IsZero() {
			u.Lastmod = p.lastmod.Format("2006-01-02")
		}
		set.URLs = append(set.URLs, u)
	}
	sort.Slice(set.URLs, func(i, j int) bool { return set.URLs[i].Loc < set.URLs[j].Loc })
	err := w.writeStream("sitemap.xml", func(out io.Writer) error {
		if _, err := io.WriteString(out, xml.Header); err != nil {
			return err
		}
		enc := xml.NewEncoder(out)
		enc.Indent("", "  ")
		if err := enc.Encode(set); err != nil {
			return err
		}
		_, err := io.WriteString(out, "\n")
		return err
	})
	if err != nil {
		return err
	}
	robots := "User-agent: *\nAllow: /\n\nSitemap: " + w.m.url.abs("sitemap.xml") + "\n"
	return w.writeFile("robots.txt", []byte(robots))
}
