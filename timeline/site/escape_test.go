package site

import (
	"encoding/json"
	"encoding/xml"
	"strings"
	"testing"

	"github.com/eventline/timeline/timeline"
	"github.com/eventline/timeline/timeline/temporal"
)

const hostile = `<script>alert(1)</script> & "quotes" 'single'`

// hostileTimeline is the fixture with hostile text in every field a user
// controls.
func hostileTimeline(t *testing.T) *timeline.Timeline {
	tl := fixture(t)
	tl.Config.Title = "Site " + hostile
	tl.Config.Description = "About " + hostile
	tl.Config.Author.Name = "Desk " + hostile
	body := "On 3 May 2025 " + hostile + " happened.\n"
	a := newArticle("content/003-evil.md", "evil", "Article "+hostile, "md", body, day(2025, 5, 4))
	a.Source = "Source " + hostile
	a.URL = `https://evil.example/?q="><script>alert(2)</script>`
	a.Tags = []string{"tag " + hostile}
	sentence := strings.TrimSpace(body)
	e := &timeline.Event{ID: "evil", Date: iv(temporal.Day, day(2025, 5, 3), day(2025, 5, 3)),
		Title: "Title " + hostile, Summary: "Summary " + hostile,
		People: []string{"Person " + hostile}, Places: []string{"Place " + hostile}, Orgs: []string{"Org " + hostile},
		Mentions: []*timeline.Mention{mention(t, a, sentence, "3 May 2025", iv(temporal.Day, day(2025, 5, 3), day(2025, 5, 3)))}}
	tl.Articles = append(tl.Articles, a)
	tl.Events = append(tl.Events, e)
	return tl
}

func TestEscaping(t *testing.T) {
	dir := build(t, hostileTimeline(t), Options{})
	for _, f := range listFiles(t, dir) {
		s := readFile(t, dir, f)
		if strings.Contains(s, "<script>alert") {
			t.Errorf("%s: unescaped script", f)
		}
		if strings.Contains(s, `href="javascript:`) {
			t.Errorf("%s: javascript: link", f)
		}
		switch {
		case strings.HasSuffix(f, ".xml"):
			if err := xml.Unmarshal([]byte(s), new(struct{})); err != nil {
				t.Errorf("%s: %v", f, err)
			}
		case strings.HasSuffix(f, ".json"):
			if !json.Valid([]byte(s)) {
				t.Errorf("%s: invalid JSON", f)
			}
		}
	}
	if s := readFile(t, dir, "events/evil.html"); !strings.Contains(s, "Title &lt;script&gt;alert(1)&lt;/script&gt; &amp; &#34;quotes&#34; &#39;single&#39;") {
		t.Errorf("event page: title not shown escaped")
	}
}

func TestEscapingFeeds(t *testing.T) {
	dir := build(t, hostileTimeline(t), Options{})
	var rss rssDoc
	if err := xml.Unmarshal([]byte(readFile(t, dir, "feed.xml")), &rss); err != nil {
		t.Fatal(err)
	}
	it := rss.Channel.Items[0]
	if it.Title != "3 May 2025: Title "+hostile {
		t.Errorf("RSS title = %q", it.Title)
	}
	// The description is HTML: once parsed as XML it is still escaped.
	if strings.Contains(it.Description, "<script") || !strings.Contains(it.Description, "&lt;script&gt;") {
		t.Errorf("RSS description = %q", it.Description)
	}
	var atom atomDoc
	if err := xml.Unmarshal([]byte(readFile(t, dir, "atom.xml")), &atom); err != nil {
		t.Fatal(err)
	}
	if atom.Entries[0].Title != "3 May 2025: Title "+hostile || strings.Contains(atom.Entries[0].Summary, "<script") {
		t.Errorf("Atom entry = %+v", atom.Entries[0])
	}
	var jf jsonFeedDoc
	if err := json.Unmarshal([]byte(readFile(t, dir, "feed.json")), &jf); err != nil {
		t.Fatal(err)
	}
	if jf.Items[0].Title != "3 May 2025: Title "+hostile || jf.Items[0].ContentText != "Summary "+hostile+" (1 source)" {
		t.Errorf("JSON Feed item = %+v", jf.Items[0])
	}
	var ex exportDoc
	if err := json.Unmarshal([]byte(readFile(t, dir, "timeline.json")), &ex); err != nil {
		t.Fatal(err)
	}
	last := ex.Events[len(ex.Events)-1]
	if last.Title != "Title "+hostile || last.Sources[0].Sentence != "On 3 May 2025 "+hostile+" happened." {
		t.Errorf("timeline.json event = %+v", last)
	}
}
