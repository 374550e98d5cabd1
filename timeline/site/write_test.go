package site

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/eventline/timeline/timeline"
	"github.com/eventline/timeline/timeline/temporal"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// goldenFiles maps the files of the fixture site checked against golden
// files to the golden file names.
var goldenFiles = map[string]string{
	"index.html":            "index.html.golden",
	"events/kharkiv.html":   "event.html.golden",
	"articles/talks.html":   "article-md.html.golden",
	"articles/kharkiv.html": "article-txt.html.golden",
	"years/2025.html":       "year.html.golden",
	"404.html":              "404.html.golden",
	"feed.xml":              "feed.xml.golden",
	"atom.xml":              "atom.xml.golden",
	"feed.json":             "feed.json.golden",
	"timeline.json":         "timeline.json.golden",
	"sitemap.xml":           "sitemap.xml.golden",
}

func TestGolden(t *testing.T) {
	dir := build(t, fixture(t), Options{})
	for file, golden := range goldenFiles {
		got := readFile(t, dir, file)
		path := filepath.Join("testdata", golden)
		if *update {
			if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("%v (run go test -update)", err)
		}
		if got != string(want) {
			t.Errorf("%s differs from %s (run go test -update and review the diff)\n%s", file, path, firstDiff(got, string(want)))
		}
	}
}

// firstDiff shows the first line where got and want differ.
func firstDiff(got, want string) string {
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	for i := 0; i < len(g) || i < len(w); i++ {
		var gl, wl string
		if i < len(g) {
			gl = g[i]
		}
		if i < len(w) {
			wl = w[i]
		}
		if gl != wl {
			return "line " + strconv.Itoa(i+1) + ":\n got: " + gl + "\nwant: " + wl
		}
	}
	return ""
}

func TestFiles(t *testing.T) {
	tl := fixture(t)
	tl.Config.CNAME = "news.example.org"
	dir := build(t, tl, Options{})
	got := strings.Join(listFiles(t, dir), "\n")
	for _, want := range []string{
		".nojekyll", "404.html", "CNAME", "articles/kharkiv.html", "articles/talks.html",
		"assets/filter.js", "assets/style.css", "atom.xml", "browse.html",
		"events/e1990s.html", "events/kharkiv.html", "feed.json", "feed.xml", "index.html",
		"orgs/kremlin.html", "people/vladimir-putin.html", "places/ukraine.html",
		"robots.txt", "sitemap.xml", "tags/diplomacy.html", "tags/europe.html",
		"timeline.json", "years/2022.html", "years/2025.html",
	} {
		if !strings.Contains("\n"+got+"\n", "\n"+want+"\n") {
			t.Errorf("no %s in\n%s", want, got)
		}
	}
	if strings.Contains(got, "years/1990") {
		t.Errorf("a decade got a year page:\n%s", got)
	}
	if c := readFile(t, dir, "CNAME"); c != "news.example.org\n" {
		t.Errorf("CNAME = %q", c)
	}
	if r := readFile(t, dir, "robots.txt"); !strings.Contains(r, "Sitemap: https://user.github.io/repo/sitemap.xml\n") {
		t.Errorf("robots.txt = %q", r)
	}
}

func TestDeterministic(t *testing.T) {
	a := build(t, fixture(t), Options{})
	b := build(t, fixture(t), Options{})
	fa, fb := listFiles(t, a), listFiles(t, b)
	if strings.Join(fa, "\n") != strings.Join(fb, "\n") {
		t.Fatalf("file lists differ:\n%v\n%v", fa, fb)
	}
	for _, f := range fa {
		if !bytes.Equal([]byte(readFile(t, a, f)), []byte(readFile(t, b, f))) {
			t.Errorf("%s differs between two builds", f)
		}
	}
}

func TestKeyEventsHidden(t *testing.T) {
	tl := fixture(t)
	tl.Config.KeyEvents = 0
	dir := build(t, tl, Options{})
	if s := readFile(t, dir, "index.html"); strings.Contains(s, "Key events") {
		t.Error("key_events: 0 still shows the key events")
	}
	tl.Config.KeyEvents = 1
	dir = build(t, tl, Options{})
	s := readFile(t, dir, "index.html")
	key := s[strings.Index(s, "Key events"):strings.Index(s, `id="timeline"`)]
	if !strings.Contains(key, "events/kharkiv.html") || strings.Count(key, "<li>") != 1 {
		t.Errorf("key events: want only the event with most sources, got\n%s", key)
	}
}

// TestPagesIndependentOfSiteSize checks that adding an event that a page
// does not show leaves the page byte-identical: no page but the home,
// browse and year pages, the neighbours and the facets of the event
// shows site-wide figures.
func TestPagesIndependentOfSiteSize(t *testing.T) {
	before := build(t, fixture(t), Options{})
	tl := fixture(t)
	a := tl.Articles[0]
	e := &timeline.Event{ID: "added", Date: iv(temporal.Day, day(2025, 5, 20), day(2025, 5, 20)),
		Title: "Added", Summary: "An added event.", Places: []string{"Geneva"},
		Mentions: []*timeline.Mention{mention(t, a, "Leaders will meet again on 10 April 2025.", "", iv(temporal.Day, day(2025, 5, 20), day(2025, 5, 20)))}}
	tl.Events = append(tl.Events, e)
	timeline.Order(tl.Events)
	after := build(t, tl, Options{})
	for _, tt := range []struct {
		file string
		same bool
	}{
		{"events/kharkiv.html", true},
		{"events/e1990s.html", true},
		{"articles/kharkiv.html", true},
		{"people/vladimir-putin.html", true},
		{"years/2022.html", true},
		{"events/nato-meeting.html", false},
		{"articles/talks.html", false},
		{"years/2025.html", false},
		{"index.html", false},
		{"browse.html", false},
	} {
		if same := readFile(t, before, tt.file) == readFile(t, after, tt.file); same != tt.same {
			t.Errorf("%s: unchanged = %v, want %v", tt.file, same, tt.same)
		}
	}
}

func TestHomeEventsBound(t *testing.T) {
	for _, tt := range []struct {
		limit, entries int
		partial        bool
	}{
		{0, 8, false},
		{8, 8, false},
		{3, 3, true},
		{1, 1, true},
	} {
		tl := fixture(t)
		tl.Config.HomeEvents = tt.limit
		dir := build(t, tl, Options{})
		s := readFile(t, dir, "index.html")
		if n := strings.Count(s, `<li class="event`); n != tt.entries {
			t.Errorf("home_events %d: %d entries, want %d", tt.limit, n, tt.entries)
		}
		if partial := strings.Contains(s, "every year has a page of its own"); partial != tt.partial {
			t.Errorf("home_events %d: partial = %v, want %v", tt.limit, partial, tt.partial)
		}
		if tt.limit == 1 && !strings.Contains(s, `id="e-nato-meeting"`) {
			t.Errorf("home_events 1: the entry is not the latest event")
		}
		if tt.partial && !strings.Contains(s, `<a href="./years/2025.html">2025</a>`) {
			t.Errorf("home_events %d: no link to the year pages", tt.limit)
		}
	}
}

// TestReleaseArticles checks that a writer allowed to release the
// articles' texts writes the same site, and does release them.
func TestReleaseArticles(t *testing.T) {
	want := tree(t, build(t, fixture(t), Options{}))
	tl := fixture(t)
	got := tree(t, build(t, tl, Options{release: true}))
	sameTree(t, want, got)
	for _, a := range tl.Articles {
		if a.Body != "" || a.Map != nil || a.Matches != nil {
			t.Errorf("%s: text kept after its page was written", a.Path)
		}
	}
}

// TestBrowseArticlesBound checks that a site of more than browse_articles
// articles lists them on a page per year of publication, linked from the
// browse page, and lists undated articles apart.
func TestBrowseArticlesBound(t *testing.T) {
	for _, tt := range []struct {
		limit   int
		undated bool
		pages   []string
	}{
		{0, false, nil},
		{2, false, nil},
		{1, false, []string{"browse/2025.html"}},
		{1, true, []string{"browse/2025.html", "browse/undated.html"}},
	} {
		tl := fixture(t)
		tl.Config.BrowseArticles = tt.limit
		if tt.undated {
			tl.Articles[0].Published = time.Time{}
		}
		dir := build(t, tl, Options{})
		browse := readFile(t, dir, "browse.html")
		inline := strings.Contains(browse, `<ol class="article-list">`)
		if inline != (tt.pages == nil) {
			t.Errorf("browse_articles %d: articles listed on browse.html: %v", tt.limit, inline)
		}
		listed := 0
		for _, p := range tt.pages {
			if !strings.Contains(browse, `href="./`+p+`"`) {
				t.Errorf("browse_articles %d: browse.html does not link to %s", tt.limit, p)
			}
			s := readFile(t, dir, p)
			listed += strings.Count(s, `<span class="article-meta">`)
			if !strings.Contains(s, `<a href="../articles/`) {
				t.Errorf("%s: no link to an article page:\n%s", p, s)
			}
			if !strings.Contains(readFile(t, dir, "sitemap.xml"), p) {
				t.Errorf("sitemap.xml does not list %s", p)
			}
		}
		if tt.pages != nil && listed != len(tl.Articles) {
			t.Errorf("browse_articles %d: the year pages list %d articles, want %d", tt.limit, listed, len(tl.Articles))
		}
	}
}
