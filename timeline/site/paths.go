package site

import (
	"fmt"
	"net/url"
	"sort"
	"strconv"
	"strings"

	"github.com/eventline/timeline/timeline"
)

// Page paths are relative to the site root and name the page's file: every
// page is one file, and no page is a folder of its own, which saves a
// folder per page when writing and removing a site. The layout is:
//
//	index.html              the home page (its URL is the site root)
//	browse.html             every year, name, tag and article
//	years/YYYY.html         one year
//	events/ID.html          one event
//	articles/SLUG.html      one article
//	people/NAME.html, places/NAME.html, orgs/NAME.html, tags/NAME.html
//	404.html                served by GitHub Pages for a missing path
//
// Pages link to each other by these file names, relative to the linking
// page, so the site works under any sub-path and opened from file:// too.
// GitHub Pages also answers /events/ID for events/ID.html.

// homePath and browsePath are the paths of the home and browse pages.
const (
	homePath   = "index.html"
	browsePath = "browse.html"
)

// pagePath returns the path of the page of name in folder kind:
// pagePath("events", "abc") is "events/abc.html".
func pagePath(kind, name string) string {
	return kind + "/" + name + ".html"
}

// yearPath returns the path of the page of year y, "years/2025.html".
func yearPath(y int) string {
	return pagePath("years", strconv.Itoa(y))
}

// rootFor returns the relative link from the page at p to the site root:
// "./" for a top-level page, "../" for "events/abc.html".
func rootFor(p string) string {
	n := strings.Count(p, "/")
	if n == 0 {
		return "./"
	}
	return strings.Repeat("../", n)
}

// safeSegment reports whether s can be used as one path segment of a URL
// and a file name on any system: ASCII letters, digits, '-', '_' and '.',
// not starting with a dot.
func safeSegment(s string) bool {
	if s == "" || s[0] == '.' || len(s) > 200 {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		ok := c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_' || c == '.'
		if !ok {
			return false
		}
	}
	return true
}

// siteURL holds the absolute base URL of the site.
type siteURL struct {
	base *url.URL
}

func parseBase(s string) (siteURL, error) {
	u, err := url.Parse(s)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return siteURL{}, fmt.Errorf("base_url %q: want an absolute http(s) URL", s)
	}
	if !strings.HasSuffix(u.Path, "/") {
		u.Path += "/"
	}
	u.RawPath, u.RawQuery, u.Fragment = "", "", ""
	return siteURL{base: u}, nil
}

// abs returns the absolute URL of page path p.
func (s siteURL) abs(p string) string {
	u := *s.base
	u.Path += p
	return u.String()
}

// page returns the absolute URL of the page at path p: the site root for
// the home page, abs(p) for any other.
func (s siteURL) page(p string) string {
	if p == homePath {
		return s.abs("")
	}
	return s.abs(p)
}

// path returns the root-relative path of the site root, such as "/repo/".
func (s siteURL) path() string { return s.base.Path }

// externalURL returns s when it is an absolute http(s) URL a page may link
// to, and "" otherwise.
func externalURL(s string) string {
	u, err := url.Parse(strings.TrimSpace(s))
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return ""
	}
	return u.String()
}

// slugger hands out unique, file-safe slugs for names, in the order of the
// sorted names so the outcome does not depend on the order of discovery.
type slugger struct {
	names map[string]string
}

// newSlugger assigns slugs to the distinct names: timeline.Slugify of the
// name, "n" when that is empty, with "-2", "-3", ... for later holders of a
// slug in sorted name order.
func newSlugger(names []string) *slugger {
	sorted := append([]string(nil), names...)
	sort.Strings(sorted)
	s := &slugger{names: map[string]string{}}
	used := map[string]bool{}
	for _, n := range sorted {
		if _, done := s.names[n]; done {
			continue
		}
		base := timeline.Slugify(n)
		if base == "" {
			base = "n"
		}
		slug := base
		for i := 2; used[slug]; i++ {
			slug = base + "-" + strconv.Itoa(i)
		}
		used[slug] = true
		s.names[n] = slug
	}
	return s
}

// slug returns the slug of name n.
func (s *slugger) slug(n string) string { return s.names[n] }
