package site

import (
	"html"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

var (
	linkAttr = regexp.MustCompile(`\s(?:href|src)="([^"]*)"`)
	idAttr   = regexp.MustCompile(`\sid="([^"]*)"`)
)

// TestLinksUnderSubPath builds the fixture for https://user.github.io/repo/
// and checks that every href and src of every HTML file resolves to a file
// of the site (and its #fragment to an id in it), as GitHub Pages would
// serve it under /repo/.
func TestLinksUnderSubPath(t *testing.T) {
	const base = "https://user.github.io/repo/"
	dir := build(t, hostileTimeline(t), Options{})
	ids := map[string]map[string]bool{}
	checked := 0
	for _, f := range listFiles(t, dir) {
		if !strings.HasSuffix(f, ".html") {
			continue
		}
		for _, m := range linkAttr.FindAllStringSubmatch(readFile(t, dir, f), -1) {
			ref := html.UnescapeString(m[1])
			target, frag, ok := resolveLink(f, ref, base, "/repo/")
			if !ok {
				continue
			}
			checked++
			file, found := siteFile(dir, target)
			if !found {
				t.Errorf("%s: link %q: no file %s", f, ref, target)
				continue
			}
			if frag == "" {
				continue
			}
			if ids[file] == nil {
				ids[file] = map[string]bool{}
				for _, id := range idAttr.FindAllStringSubmatch(readFile(t, dir, file), -1) {
					ids[file][html.UnescapeString(id[1])] = true
				}
			}
			if !ids[file][frag] {
				t.Errorf("%s: link %q: no id %q in %s", f, ref, frag, file)
			}
		}
	}
	if checked < 100 {
		t.Errorf("only %d links checked", checked)
	}
}

// resolveLink returns the site path a link of page file points to and its
// fragment; ok is false for links to other sites. A root-relative link
// must start with the base path.
func resolveLink(file, ref, base, basePath string) (target, frag string, ok bool) {
	if i := strings.IndexByte(ref, '#'); i >= 0 {
		ref, frag = ref[:i], ref[i+1:]
	}
	switch {
	case strings.HasPrefix(ref, base):
		ref = "/repo/" + strings.TrimPrefix(ref, base)
	case strings.HasPrefix(ref, "http://"), strings.HasPrefix(ref, "https://"), strings.HasPrefix(ref, "mailto:"):
		return "", "", false
	}
	p, err := url.PathUnescape(ref)
	if err != nil {
		return "\x00bad escape " + ref, frag, true
	}
	switch {
	case strings.HasPrefix(p, "/"):
		if !strings.HasPrefix(p, basePath) {
			return "\x00outside the base path: " + p, frag, true
		}
		p = strings.TrimPrefix(p, basePath)
	case p == "":
		p = file
	default:
		p = path.Join(path.Dir(file), p)
		if strings.HasSuffix(ref, "/") {
			p += "/"
		}
	}
	if p == "." || p == "./" {
		p = ""
	}
	return p, frag, true
}

// siteFile returns the file that serves site path p, as GitHub Pages
// does: a folder serves its index.html. Links name files, so the rule
// that /page serves page.html is not needed here.
func siteFile(dir, p string) (string, bool) {
	if strings.HasPrefix(p, "..") || strings.HasPrefix(p, "\x00") {
		return "", false
	}
	p = strings.TrimPrefix(p, "/")
	candidates := []string{p, path.Join(p, "index.html")}
	if p == "" {
		candidates = []string{"index.html"}
	}
	for _, c := range candidates {
		fi, err := os.Stat(filepath.Join(dir, filepath.FromSlash(c)))
		if err == nil && !fi.IsDir() {
			return c, true
		}
	}
	return "", false
}

func TestRootFor(t *testing.T) {
	for p, want := range map[string]string{"index.html": "./", "404.html": "./", "browse.html": "./", "events/x.html": "../"} {
		if got := rootFor(p); got != want {
			t.Errorf("rootFor(%q) = %q, want %q", p, got, want)
		}
	}
}

func Test404Links(t *testing.T) {
	dir := build(t, fixture(t), Options{})
	s := readFile(t, dir, "404.html")
	for _, want := range []string{`href="/repo/assets/style.css"`, `href="/repo/index.html"`, `href="/repo/browse.html"`, `href="/repo/feed.xml"`} {
		if !strings.Contains(s, want) {
			t.Errorf("404.html: no %s", want)
		}
	}
	if strings.Contains(s, `rel="canonical"`) {
		t.Error("404.html has a canonical link")
	}
}

func TestHeadTags(t *testing.T) {
	dir := build(t, fixture(t), Options{})
	for _, f := range listFiles(t, dir) {
		if !strings.HasSuffix(f, ".html") || f == "404.html" {
			continue
		}
		s := readFile(t, dir, f)
		page := f
		if f == "index.html" {
			page = ""
		}
		for _, want := range []string{
			`<html lang="en">`,
			`<link rel="canonical" href="https://user.github.io/repo/` + page + `">`,
			`<meta property="og:title"`,
			`<link rel="alternate" type="application/rss+xml"`,
			`<link rel="alternate" type="application/atom+xml"`,
			`<link rel="alternate" type="application/feed+json"`,
			`<a class="skip-link" href="#main">`,
		} {
			if !strings.Contains(s, want) {
				t.Errorf("%s: no %s", f, want)
			}
		}
	}
}

func TestLinkCheckerCatches(t *testing.T) {
	dir := build(t, fixture(t), Options{})
	for _, tt := range []struct{ file, ref string }{
		{"index.html", "events/nope.html"},
		{"events/kharkiv.html", "events/kharkiv.html"},
		{"404.html", "/assets/style.css"},
		{"index.html", "../../../etc/passwd"},
	} {
		target, _, ok := resolveLink(tt.file, tt.ref, "https://user.github.io/repo/", "/repo/")
		if _, found := siteFile(dir, target); ok && found {
			t.Errorf("%s: %q resolves to %q", tt.file, tt.ref, target)
		}
	}
}
