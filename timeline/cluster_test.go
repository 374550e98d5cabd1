package timeline

import (
	"strings"
	"testing"
	"time"

	"github.com/eventline/timeline/timeline/temporal"
)

// testArticle returns a cleaned article published on pub.
func testArticle(path, pub, body string) *Article {
	a := &Article{Path: path, Slug: path, Published: mustDay(pub), Body: body, Format: "txt"}
	a.Clean, a.Map = Clean(body, "txt")
	return a
}

// at returns a match of the first occurrence of expr in text, resolved to
// [from, to] at precision p.
func at(text, expr, from, to string, p temporal.Precision) temporal.Match {
	i := strings.Index(text, expr)
	if i < 0 {
		panic(expr)
	}
	return temporal.Match{Start: i, End: i + len(expr), Text: expr, Type: temporal.Date, Value: from,
		Interval: temporal.Interval{Start: mustDay(from), End: mustDay(to), Precision: p}}
}

// mentionsOf extracts the mentions of articles with the given matches.
func mentionsOf(as []*Article, matches [][]temporal.Match) []*Mention {
	var out []*Mention
	for i, a := range as {
		out = append(out, articleMentions(a, matches[i])...)
	}
	return out
}

func TestClusterCrossArticleMerge(t *testing.T) {
	a := testArticle("a.txt", "2025-04-04", "A drone attack late Thursday on Odesa, the port city, killed five civilians.\n")
	b := testArticle("b.txt", "2025-04-04", "Meanwhile, a drone strike on Thursday night in Odesa killed five civilians, officials said.\n")
	ms := mentionsOf([]*Article{a, b}, [][]temporal.Match{
		{at(a.Clean, "late Thursday", "2025-04-03", "2025-04-03", temporal.Day)},
		{at(b.Clean, "Thursday night", "2025-04-03", "2025-04-03", temporal.Day)},
	})
	events := Cluster(ms)
	if len(events) != 1 || events[0].ArticleCount() != 2 {
		t.Fatalf("got %d events", len(events))
	}
	if got := events[0].Title; got != "Drone attack on Odesa killed five civilians" && got != "Drone strike in Odesa killed five civilians" {
		t.Errorf("title %q", got)
	}
}

func TestClusterSameDayApart(t *testing.T) {
	a := testArticle("a.txt", "2025-04-04", "A drone strike on Thursday in Odesa killed five civilians. "+
		"General Smith testified before the Senate committee on Thursday that the army is growing.\n")
	ms := mentionsOf([]*Article{a}, [][]temporal.Match{{
		at(a.Clean, "Thursday", "2025-04-03", "2025-04-03", temporal.Day),
		at(a.Clean, "on Thursday that", "2025-04-03", "2025-04-03", temporal.Day),
	}})
	ms[1].Match.Text = "on Thursday"
	if n := len(Cluster(ms)); n != 2 {
		t.Errorf("got %d events, want 2", n)
	}
}

func TestClusterDatePrecision(t *testing.T) {
	a := testArticle("a.txt", "2025-04-04", "The envoy visited Washington this week for talks with officials.\n")
	b := testArticle("b.txt", "2025-04-05", "The envoy visited Washington on Wednesday for talks with officials.\n")
	c := testArticle("c.txt", "2025-04-20", "The envoy visited Washington in April for talks with officials.\n")
	ms := mentionsOf([]*Article{a, b, c}, [][]temporal.Match{
		{at(a.Clean, "this week", "2025-03-31", "2025-04-06", temporal.Week)},
		{at(b.Clean, "Wednesday", "2025-04-02", "2025-04-02", temporal.Day)},
		{at(c.Clean, "April", "2025-04-01", "2025-04-30", temporal.Month)},
	})
	events := Cluster(ms)
	if len(events) != 1 {
		t.Fatalf("got %d events", len(events))
	}
	d := events[0].Date
	if !d.Start.Equal(mustDay("2025-04-02")) || !d.End.Equal(mustDay("2025-04-02")) || d.Precision != temporal.Day {
		t.Errorf("date %v..%v %v", d.Start, d.End, d.Precision)
	}
	if ms[0].Date.End != mustDay("2025-04-04") {
		t.Errorf("past happening not clipped to publication: %v", ms[0].Date.End)
	}
}

func TestClusterIDStable(t *testing.T) {
	a := testArticle("a.txt", "2025-04-04", "Ministers met in Rome on Friday to discuss grain.\n")
	b := testArticle("b.txt", "2025-04-05", "Ministers met in Rome on Friday and discussed grain exports.\n")
	one := Cluster(mentionsOf([]*Article{a}, [][]temporal.Match{{at(a.Clean, "Friday", "2025-04-04", "2025-04-04", temporal.Day)}}))
	a2 := testArticle("a.txt", "2025-04-04", "Unrelated first line.\n\nMinisters met in Rome on Friday to discuss grain.\n")
	two := Cluster(mentionsOf([]*Article{a2, b}, [][]temporal.Match{
		{at(a2.Clean, "Friday", "2025-04-04", "2025-04-04", temporal.Day)},
		{at(b.Clean, "Friday", "2025-04-04", "2025-04-04", temporal.Day)},
	}))
	var merged *Event
	for _, e := range two {
		if e.ArticleCount() == 2 {
			merged = e
		}
	}
	if merged == nil || one[0].ID != merged.ID {
		for _, e := range two {
			t.Logf("%s %q %d", e.ID, e.Title, e.MentionCount())
		}
		t.Errorf("id %v not kept", one[0].ID)
	}
}

func TestExtractRules(t *testing.T) {
	a := testArticle("a.txt", "2025-04-04",
		"Leaders accused the junta of stalling.\n"+
			"Military chiefs were scheduled to meet in Rome on Friday, with ministers set to convene in Oslo next Thursday.\n"+
			"“We met on Monday,” he said.\n"+
			"The war has raged since 2022.\n")
	ms := articleMentions(a, []temporal.Match{
		at(a.Clean, "Friday", "2025-04-04", "2025-04-04", temporal.Day),
		at(a.Clean, "next Thursday", "2025-04-10", "2025-04-10", temporal.Day),
		at(a.Clean, "Monday", "2025-03-31", "2025-03-31", temporal.Day),
		at(a.Clean, "2022", "2022-01-01", "2022-12-31", temporal.Year),
	})
	var got []string
	for _, m := range ms {
		got = append(got, m.Match.Text+"|"+m.Clause+"|"+map[bool]string{true: "planned", false: "past"}[m.Planned])
	}
	want := []string{
		"|Leaders accused the junta of stalling.|past",
		"Friday|Military chiefs were scheduled to meet in Rome on Friday|planned",
		"next Thursday|with ministers set to convene in Oslo next Thursday.|planned",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("mentions:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if !ms[0].Lead {
		t.Error("lead mention not marked")
	}
}

func TestKeyEvents(t *testing.T) {
	a, b := &Article{Path: "a"}, &Article{Path: "b"}
	e1 := &Event{ID: "1", Date: temporal.Interval{Start: mustDay("2025-01-02")}, Mentions: []*Mention{{Article: a}}}
	e2 := &Event{ID: "2", Date: temporal.Interval{Start: mustDay("2025-01-03")}, Mentions: []*Mention{{Article: a}, {Article: b}}}
	e3 := &Event{ID: "3", Date: temporal.Interval{Start: mustDay("2025-01-01")}, Mentions: []*Mention{{Article: a}, {Article: a}}}
	got := KeyEvents([]*Event{e1, e2, e3}, 2)
	if len(got) != 2 || got[0] != e2 || got[1] != e3 {
		t.Errorf("got %v", got)
	}
}

func BenchmarkExtractCluster(b *testing.B) {
	tl := buildSite(b, "testdata/events/site")
	tagger := temporal.New(temporal.Options{})
	// Two hundred articles: the seeds, repeated under new paths and dates.
	var as []*Article
	for i := 0; i < 40; i++ {
		for _, a := range tl.Articles {
			c := *a
			c.Path = a.Path + "-" + itoa(i)
			c.Published = a.Published.Add(time.Duration(i%5) * 24 * time.Hour)
			as = append(as, &c)
		}
	}
	b.ResetTimer()
	for b.Loop() {
		Cluster(Extract(as, tagger))
	}
}

// TestClusterCoarseAcrossArticles checks that mentions dated to a decade
// merge within an article but not across articles, where they date the
// background of different stories, while a year still merges.
func TestClusterCoarseAcrossArticles(t *testing.T) {
	tests := []struct {
		name     string
		expr     string
		from, to string
		p        temporal.Precision
		want     int
	}{
		{"decade", "in the 1990s", "1990-01-01", "1999-12-31", temporal.Decade, 2},
		{"year", "in 1995", "1995-01-01", "1995-12-31", temporal.Year, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := testArticle("a.txt", "2025-04-04", "Floods swept the valley. Assam was last hit this hard by floods "+tt.expr+".\n")
			b := testArticle("b.txt", "2025-04-04", "Rains kept falling. Crete was last hit this hard by floods "+tt.expr+".\n")
			ms := mentionsOf([]*Article{a, b}, [][]temporal.Match{
				{at(a.Clean, tt.expr, tt.from, tt.to, tt.p)},
				{at(b.Clean, tt.expr, tt.from, tt.to, tt.p)},
			})
			var dated []*Mention // without the lead sentences
			for _, m := range ms {
				if !m.Lead {
					dated = append(dated, m)
				}
			}
			if n := len(Cluster(dated)); n != tt.want {
				t.Errorf("got %d events, want %d", n, tt.want)
			}
		})
	}
}
