package site

import (
	"encoding/json"
	"encoding/xml"
	"testing"
	"time"
)

type rssDoc struct {
	Version string `xml:"version,attr"`
	Channel struct {
		Title string `xml:"title"`
		Link  string `xml:"link"`
		Items []struct {
			Title       string `xml:"title"`
			Link        string `xml:"link"`
			Description string `xml:"description"`
			GUID        struct {
				ID          string `xml:",chardata"`
				IsPermaLink string `xml:"isPermaLink,attr"`
			} `xml:"guid"`
			PubDate string `xml:"pubDate"`
		} `xml:"item"`
	} `xml:"channel"`
}

type atomDoc struct {
	XMLName xml.Name `xml:"http://www.w3.org/2005/Atom feed"`
	ID      string   `xml:"id"`
	Updated string   `xml:"updated"`
	Links   []struct {
		Href string `xml:"href,attr"`
		Rel  string `xml:"rel,attr"`
	} `xml:"link"`
	Author struct {
		Name string `xml:"name"`
	} `xml:"author"`
	Entries []struct {
		Title   string `xml:"title"`
		ID      string `xml:"id"`
		Updated string `xml:"updated"`
		Summary string `xml:"summary"`
		Link    struct {
			Href string `xml:"href,attr"`
		} `xml:"link"`
	} `xml:"entry"`
}

type jsonFeedDoc struct {
	Version string `json:"version"`
	Title   string `json:"title"`
	FeedURL string `json:"feed_url"`
	Items   []struct {
		ID            string    `json:"id"`
		URL           string    `json:"url"`
		Title         string    `json:"title"`
		ContentText   string    `json:"content_text"`
		DatePublished time.Time `json:"date_published"`
	} `json:"items"`
}

func TestRSS(t *testing.T) {
	dir := build(t, fixture(t), Options{})
	var rss rssDoc
	if err := xml.Unmarshal([]byte(readFile(t, dir, "feed.xml")), &rss); err != nil {
		t.Fatal(err)
	}
	if rss.Version != "2.0" || rss.Channel.Link != "https://user.github.io/repo/" {
		t.Errorf("channel: version %q link %q", rss.Version, rss.Channel.Link)
	}
	items := rss.Channel.Items
	if len(items) != 8 {
		t.Fatalf("%d items, want 8", len(items))
	}
	var prev time.Time
	for i, it := range items {
		d, err := time.Parse(time.RFC1123Z, it.PubDate)
		if err != nil {
			t.Errorf("item %d: %v", i, err)
		}
		if i > 0 && d.After(prev) {
			t.Errorf("item %d (%s) is newer than the one before it", i, it.Title)
		}
		prev = d
		if it.GUID.ID != it.Link || it.GUID.IsPermaLink != "true" {
			t.Errorf("item %d: guid %q, link %q", i, it.GUID.ID, it.Link)
		}
	}
	// The planned event is dated by the article that announced it.
	if items[0].Title != "planned: 10 April 2025: Leaders meet again" || items[0].PubDate != "Fri, 04 Apr 2025 00:00:00 +0000" {
		t.Errorf("first item %q at %q", items[0].Title, items[0].PubDate)
	}
	if last := items[len(items)-1]; last.Link != "https://user.github.io/repo/events/e1990s.html" {
		t.Errorf("last item %q, want the 1990s", last.Link)
	}
}

func TestFeedLimit(t *testing.T) {
	tl := fixture(t)
	tl.Config.Feed.Limit = 3
	dir := build(t, tl, Options{})
	var rss rssDoc
	if err := xml.Unmarshal([]byte(readFile(t, dir, "feed.xml")), &rss); err != nil {
		t.Fatal(err)
	}
	var atom atomDoc
	if err := xml.Unmarshal([]byte(readFile(t, dir, "atom.xml")), &atom); err != nil {
		t.Fatal(err)
	}
	var jf jsonFeedDoc
	if err := json.Unmarshal([]byte(readFile(t, dir, "feed.json")), &jf); err != nil {
		t.Fatal(err)
	}
	if len(rss.Channel.Items) != 3 || len(atom.Entries) != 3 || len(jf.Items) != 3 {
		t.Errorf("limit 3: %d, %d, %d items", len(rss.Channel.Items), len(atom.Entries), len(jf.Items))
	}
}

func TestAtom(t *testing.T) {
	dir := build(t, fixture(t), Options{})
	var atom atomDoc
	if err := xml.Unmarshal([]byte(readFile(t, dir, "atom.xml")), &atom); err != nil {
		t.Fatal(err)
	}
	if atom.Updated != "2025-04-04T00:00:00Z" {
		t.Errorf("updated %q, want the newest item's date", atom.Updated)
	}
	if atom.Author.Name != "Desk" {
		t.Errorf("author %q", atom.Author.Name)
	}
	self := false
	for _, l := range atom.Links {
		self = self || l.Rel == "self" && l.Href == "https://user.github.io/repo/atom.xml"
	}
	if !self {
		t.Errorf("no self link in %+v", atom.Links)
	}
	for _, e := range atom.Entries {
		if _, err := time.Parse(time.RFC3339, e.Updated); err != nil || e.ID != e.Link.Href {
			t.Errorf("entry %q: updated %q, id %q, link %q", e.Title, e.Updated, e.ID, e.Link.Href)
		}
	}
}

func TestJSONFeed(t *testing.T) {
	dir := build(t, fixture(t), Options{})
	var jf jsonFeedDoc
	if err := json.Unmarshal([]byte(readFile(t, dir, "feed.json")), &jf); err != nil {
		t.Fatal(err)
	}
	if jf.Version != "https://jsonfeed.org/version/1.1" || jf.FeedURL != "https://user.github.io/repo/feed.json" {
		t.Errorf("version %q feed_url %q", jf.Version, jf.FeedURL)
	}
	it := jf.Items[2]
	if it.ID != "https://user.github.io/repo/events/kharkiv.html" || it.ContentText != "Drones hit Kharkiv on Thursday night. (2 sources)" ||
		!it.DatePublished.Equal(day(2025, 4, 3)) {
		t.Errorf("item %+v", it)
	}
}

func TestFeedsEmpty(t *testing.T) {
	tl := fixture(t)
	tl.Events = nil
	dir := build(t, tl, Options{})
	var atom atomDoc
	if err := xml.Unmarshal([]byte(readFile(t, dir, "atom.xml")), &atom); err != nil {
		t.Fatal(err)
	}
	if atom.Updated != "2025-04-05T00:00:00Z" {
		t.Errorf("updated %q, want the newest article's date", atom.Updated)
	}
}
