package site

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/eventline/timeline/timeline"
	"github.com/eventline/timeline/timeline/temporal"
)

// day returns midnight UTC of the date.
func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

// iv returns an interval.
func iv(p temporal.Precision, s, e time.Time) temporal.Interval {
	return temporal.Interval{Start: s, End: e, Precision: p}
}

// newArticle returns an article whose clean text is its body.
func newArticle(path, slug, title, format, body string, pub time.Time) *timeline.Article {
	return &timeline.Article{Path: path, Slug: slug, Title: title, Source: "Example News",
		URL: "https://news.example.com/" + slug, Published: pub, Format: format, Body: body,
		BodyLine: 5, Clean: body, Map: timeline.OffsetMap{{Derived: 0, Source: 0, Len: len(body)}}}
}

// mention returns the mention of expr in the sentence of a that holds it.
func mention(t testing.TB, a *timeline.Article, sentence, expr string, when temporal.Interval) *timeline.Mention {
	t.Helper()
	ss := strings.Index(a.Clean, sentence)
	if ss < 0 {
		t.Fatalf("%s: no sentence %q", a.Path, sentence)
	}
	m := &timeline.Mention{Article: a, Sentence: sentence, SentenceStart: ss}
	if expr == "" {
		m.Lead = true
		m.Match.Interval = when
		return m
	}
	es := strings.Index(sentence, expr)
	if es < 0 {
		t.Fatalf("%s: no %q in %q", a.Path, expr, sentence)
	}
	m.Match = temporal.Match{Start: ss + es, End: ss + es + len(expr), Text: expr, Type: temporal.Date, Interval: when}
	return m
}

const mdBody = `# Talks resume

Britain and France accused Moscow of delaying talks **on 3 April
2025**, officials said. The envoy visited Washington *last week*.

A [summit in February](https://example.org/summit) was the first meeting.
<script>alert("raw")</script>

![map of the region](https://cdn.example.net/map.png)

Leaders will meet again on 10 April 2025.
`

const txtBody = `Kharkiv was hit by drones on Thursday night, 3 April 2025.
Prices rose 5 * 3 times and A_B_C stayed flat in the spring of 2025.
World
The war began in the 1990s, some said, and in 2022 it widened.`

// fixture returns a small timeline: two articles, a Markdown one and a
// plain-text one, and events of several precisions.
func fixture(t testing.TB) *timeline.Timeline {
	t.Helper()
	md := newArticle("content/001-talks.md", "talks", "Talks resume", "md", mdBody, day(2025, 4, 4))
	md.Tags = []string{"diplomacy", "Europe"}
	txt := newArticle("content/002-kharkiv.txt", "kharkiv", "Drones hit Kharkiv", "txt", txtBody, day(2025, 4, 5))
	txt.Tags = []string{"war"}
	txt.URL = "javascript:alert(1)"
	events := []*timeline.Event{
		{ID: "e1990s", Date: iv(temporal.Decade, day(1990, 1, 1), day(1999, 12, 31)),
			Title: "The war began", Summary: "Some say the war began in the 1990s.",
			Mentions: []*timeline.Mention{mention(t, txt, "The war began in the 1990s, some said, and in 2022 it widened.", "the 1990s", iv(temporal.Decade, day(1990, 1, 1), day(1999, 12, 31)))}},
		{ID: "e2022", Date: iv(temporal.Year, day(2022, 1, 1), day(2022, 12, 31)),
			Title: "The war widened", Summary: "The war widened in 2022.", Places: []string{"Ukraine"},
			Mentions: []*timeline.Mention{mention(t, txt, "The war began in the 1990s, some said, and in 2022 it widened.", "2022", iv(temporal.Year, day(2022, 1, 1), day(2022, 12, 31)))}},
		{ID: "feb-summit", Date: iv(temporal.Month, day(2025, 2, 1), day(2025, 2, 28)),
			Title: "Summit in Riyadh", Summary: "A first summit.", People: []string{"Marco Rubio", "Sergei Lavrov"}, Places: []string{"Riyadh"},
			Mentions: []*timeline.Mention{mention(t, md, "A [summit in February](https://example.org/summit) was the first meeting.", "February", iv(temporal.Month, day(2025, 2, 1), day(2025, 2, 28)))}},
		{ID: "envoy-week", Date: iv(temporal.Week, day(2025, 3, 24), day(2025, 3, 30)),
			Title: "Envoy visits Washington", Summary: "The Kremlin envoy visited Washington.", People: []string{"Kirill Dmitriev"}, Orgs: []string{"Kremlin"},
			Mentions: []*timeline.Mention{mention(t, md, "The envoy visited Washington *last week*.", "last week", iv(temporal.Week, day(2025, 3, 24), day(2025, 3, 30)))}},
		{ID: "kharkiv", Date: iv(temporal.Day, day(2025, 4, 3), day(2025, 4, 3)),
			Title: "Drones hit Kharkiv", Summary: "Drones hit Kharkiv on Thursday night.", Places: []string{"Kharkiv", "Ukraine"},
			Mentions: []*timeline.Mention{
				mention(t, md, "Britain and France accused Moscow of delaying talks **on 3 April\n2025**, officials said.", "3 April\n2025", iv(temporal.Day, day(2025, 4, 3), day(2025, 4, 3))),
				mention(t, txt, "Kharkiv was hit by drones on Thursday night, 3 April 2025.", "Thursday night", iv(temporal.Day, day(2025, 4, 3), day(2025, 4, 3))),
			}},
		{ID: "talks-accused", Date: iv(temporal.Day, day(2025, 4, 4), day(2025, 4, 4)),
			Title: "Britain and France accuse Moscow", Summary: "Britain and France accused Moscow of delaying talks.", People: []string{"Vladimir Putin"},
			Mentions: []*timeline.Mention{mention(t, md, "Britain and France accused Moscow of delaying talks **on 3 April\n2025**, officials said.", "", iv(temporal.Day, day(2025, 4, 4), day(2025, 4, 4)))}},
		{ID: "nato-meeting", Date: iv(temporal.Day, day(2025, 4, 10), day(2025, 4, 10)), Planned: true,
			Title: "Leaders meet again", Summary: "Leaders will meet again.",
			Mentions: []*timeline.Mention{mention(t, md, "Leaders will meet again on 10 April 2025.", "10 April 2025", iv(temporal.Day, day(2025, 4, 10), day(2025, 4, 10)))}},
		{ID: "spring", Date: iv(temporal.Season, day(2025, 3, 1), day(2025, 5, 31)),
			Title: "Prices rose", Summary: "Prices rose in the spring.",
			Mentions: []*timeline.Mention{mention(t, txt, "Prices rose 5 * 3 times and A_B_C stayed flat in the spring of 2025.", "the spring of 2025", iv(temporal.Season, day(2025, 3, 1), day(2025, 5, 31)))}},
	}
	timeline.Order(events)
	cfg := timeline.DefaultConfig()
	cfg.Title = "Test timeline"
	cfg.Description = "A small timeline for tests."
	cfg.BaseURL = "https://user.github.io/repo/"
	cfg.Author = timeline.Author{Name: "Desk", Email: "desk@example.com"}
	cfg.KeyEvents = 2
	cfg.CNAME = ""
	return &timeline.Timeline{Config: cfg, Events: events, Articles: []*timeline.Article{md, txt}}
}

// build writes tl into a new temporary folder and returns it.
func build(t testing.TB, tl *timeline.Timeline, opts Options) string {
	t.Helper()
	dir := t.TempDir()
	n, err := Write(tl, dir, opts)
	if err != nil {
		t.Fatal(err)
	}
	if got := len(listFiles(t, dir)); got != n {
		t.Errorf("Write returned %d files, wrote %d", n, got)
	}
	return dir
}

// listFiles returns the files under dir, slash-separated and sorted.
func listFiles(t testing.TB, dir string) []string {
	t.Helper()
	var out []string
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		out = append(out, filepath.ToSlash(rel))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(out)
	return out
}

// readFile returns the content of file rel of dir.
func readFile(t testing.TB, dir, rel string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(rel)))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
