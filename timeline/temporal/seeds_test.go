package temporal

import (
	"os"
	"strings"
	"testing"
	"time"
)

// seedCases are sentences from the project's seed articles with their
// publication dates and the expressions they must yield.
var seedCases = []struct {
	ref  string
	text string
	want []string // "text=value" for each expected match, in order
}{
	{"2025-04-04", "Britain and France on Friday accused Russian President Vladimir Putin of delaying.",
		[]string{"Friday=2025-04-04"}},
	{"2025-04-04", "A Russian drone strike on Thursday night in Kharkiv killed five people.",
		[]string{"Thursday night=2025-04-03TNI"}},
	{"2025-04-04", "The strike late Thursday hit a residential area.", []string{"late Thursday=2025-04-03"}},
	{"2025-04-04", "A Kremlin official said Monday that Moscow views efforts to deploy troops as a threat.",
		[]string{"Monday=2025-03-31"}},
	{"2025-04-04", "A senior official said earlier this week that 10 to 12 countries would send troops.",
		[]string{"earlier this week=2025-W14"}},
	{"2025-04-04", "Ukraine accepted the ceasefire conditions three weeks ago, and now Russia owes an answer.",
		[]string{"three weeks ago=2025-W11", "now=PRESENT_REF"}},
	{"2025-04-04", "Defense ministers will meet next Thursday in Brussels.", []string{"next Thursday=2025-04-10"}},
	{"2025-04-04", "The envoy visited Washington this week for talks.", []string{"this week=2025-W14"}},
	{"2025-04-04", "Russia has occupied the region since 2022.", []string{"2022=2022"}},
	{"2025-04-04", "Talks are expected in the coming weeks.", []string{"the coming weeks=FUTURE_REF"}},
	{"2025-04-04", "Russia plans to recruit 160,000 new soldiers between April and July.",
		[]string{"April=2025-04", "July=2025-07"}},
	{"2025-04-04", "Ukraine agreed to a 30-day ceasefire.", []string{"30-day=P30D"}},
	{"2025-03-16", "During negotiations in Saudi Arabia earlier this week, the United States proposed a truce.",
		[]string{"earlier this week=2025-W11"}},
	{"2025-03-16", "Trump said last month that the war must end.", []string{"last month=2025-02"}},
	{"2025-03-16", "The February meeting in Riyadh was the first since the invasion.", []string{"February=2025-02"}},
	{"2025-03-16", "On Sunday, Moscow launched 90 drones.", []string{"Sunday=2025-03-16"}},
	{"2025-08-20", "Trump met Putin in Alaska last week.", []string{"last week=2025-W33"}},
	{"2025-08-20", "Trump confirmed the plan earlier this week.", []string{"earlier this week=2025-W34"}},
	{"2025-08-20", "The coalition was set up earlier this year.", []string{"earlier this year=2025"}},
	{"2025-08-20", "Proposals made by Russia in Istanbul back in 2022 were hopeless.", []string{"2022=2022"}},
	{"1999-02-10", "The alliance has decided to admit the two states in early March, a spokesman said on Wednesday.",
		[]string{"early March=1999-03", "Wednesday=1999-02-10"}},
	{"1998-08-08", "The blast occurred at about 10:35 a.m. (0735 GMT) Friday, toppling a building.",
		[]string{"10:35 a.m.=1998-08-07T10:35", "Friday=1998-08-07"}},
	{"1999-10-08", "He appeared before a judge at midday, according to a statement.", []string{"midday=1999-10-08T12:00"}},
	{"1999-05-06", "He is charged in the 1996 Olympic bombing and has been hiding for the past three years.",
		[]string{"1996=1996", "the past three years=P3Y"}},
	{"1989-10-27", "Profit rose in the third quarter. The year-ago results included a gain, and the third-quarter loss narrowed.",
		[]string{"the third quarter=1989-Q3", "year-ago=1988-Q3", "third-quarter=1989-Q3"}},
	{"1999-02-10", "The council agreed to hold the vote in March.", []string{"March=1999-03"}},
	{"2025-08-20", "His term was initially scheduled to end in 2024.", []string{"2024=2024"}},
}

// TestSeeds checks the expressions of the seed articles.
func TestSeeds(t *testing.T) {
	for _, c := range seedCases {
		ref, _ := time.Parse("2006-01-02", c.ref)
		var got []string
		for _, m := range Tag(c.text, ref) {
			got = append(got, m.Text+"="+m.Value)
		}
		if !contains(got, c.want) {
			t.Errorf("%s %q:\n got %q\nwant %q", c.ref, c.text, got, c.want)
		}
	}
}

// contains reports whether want is a subsequence of got.
func contains(got, want []string) bool {
	k := 0
	for _, g := range got {
		if k < len(want) && g == want[k] {
			k++
		}
	}
	return k == len(want)
}

// TestIntervals checks resolved intervals and precisions.
func TestIntervals(t *testing.T) {
	ref := time.Date(2025, 8, 20, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct{ text, start, end, prec string }{
		{"last week", "2025-08-11", "2025-08-17", "week"},
		{"on Thursday night", "2025-08-14", "2025-08-14", "day"},
		{"last month", "2025-07-01", "2025-07-31", "month"},
		{"the third quarter of 2024", "2024-07-01", "2024-09-30", "quarter"},
		{"the 1990s", "1990-01-01", "1999-12-31", "decade"},
		{"last summer", "2024-06-01", "2024-08-31", "season"},
		{"mid-2024", "2024-01-01", "2024-12-31", "year"},
	} {
		ms := Tag(c.text, ref)
		if len(ms) != 1 {
			t.Errorf("%q: got %d matches", c.text, len(ms))
			continue
		}
		iv := ms[0].Interval
		got := iv.Start.Format("2006-01-02") + " " + iv.End.Format("2006-01-02") + " " + iv.Precision.String()
		if want := c.start + " " + c.end + " " + c.prec; got != want {
			t.Errorf("%q: got %s, want %s", c.text, got, want)
		}
	}
}

// TestNoReference checks that without a reference date relative
// expressions stay unresolved.
func TestNoReference(t *testing.T) {
	for text, want := range map[string]string{
		"said Friday": "XXXX-WXX-5", "last week": "XXXX-WXX", "yesterday": "XXXX-XX-XX",
		"April 4": "XXXX-04-04", "in 2022": "2022", "this year": "XXXX",
	} {
		ms := Tag(text, time.Time{})
		if len(ms) != 1 || ms[0].Value != want {
			t.Errorf("%q: got %s, want %s", text, describe(ms), want)
			continue
		}
		if want != "2022" && ms[0].Resolved() {
			t.Errorf("%q: resolved without a reference date", text)
		}
	}
}

// TestNarrative checks that narrative mode anchors to the last date.
func TestNarrative(t *testing.T) {
	ref := time.Date(2025, 4, 4, 0, 0, 0, 0, time.UTC)
	ms := New(Options{Mode: Narrative}).Tag("On 3 March 2020 the talks began. The next day they stalled, and on Friday they ended.", ref)
	want := []string{"2020-03-03", "2020-03-04", "2020-02-28"}
	if len(ms) != len(want) {
		t.Fatalf("got %s", describe(ms))
	}
	for i, m := range ms {
		if m.Value != want[i] {
			t.Errorf("%q: got %s, want %s", m.Text, m.Value, want[i])
		}
	}
}

// TestRange checks that both ends of a range carry the joint interval.
func TestRange(t *testing.T) {
	ms := Tag("talks from 2022 to 2024 and on April 3-4", corpusRef)
	if len(ms) != 4 {
		t.Fatalf("got %s", describe(ms))
	}
	if ms[0].Range.Start.Year() != 2022 || ms[1].Range.End.Year() != 2024 {
		t.Errorf("range 2022-2024: %+v", ms[0].Range)
	}
	if ms[3].Value != "2025-04-04" || ms[2].Range.Days() != 2 {
		t.Errorf("April 3-4: %s %+v", describe(ms[2:]), ms[2].Range)
	}
}

// TestBalancedSpans checks that no match of the news sample crosses a
// bracket or a quote ("0735 GMT) Friday").
func TestBalancedSpans(t *testing.T) {
	data, err := os.ReadFile("testdata/news.txt")
	if err != nil {
		t.Fatal(err)
	}
	text := string(data) + " It struck at 6:15 p.m. (2215 GMT) Tuesday (local time) and \"Monday\" (April 3)."
	for _, m := range Tag(text, corpusRef) {
		if !balancedText(m.Text) {
			t.Errorf("%q crosses a bracket or quote", m.Text)
		}
	}
}

// TestDayPairs checks that a second day number after "and" or "or" is a
// date of the same month, unless a noun follows it.
func TestDayPairs(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		{"The summit meets on April 24 and 25.", []string{"2025-04-24", "2025-04-25"}},
		{"Votes fall on May 2 or 3 in most states.", []string{"2025-05-02", "2025-05-03"}},
		{"On April 4 and 25 soldiers died.", []string{"2025-04-04"}},
	} {
		ms := Tag(c.text, corpusRef)
		var got []string
		for _, m := range ms {
			got = append(got, m.Value)
		}
		if strings.Join(got, " ") != strings.Join(c.want, " ") {
			t.Errorf("%q: got %s, want %v", c.text, describe(ms), c.want)
		}
	}
}
