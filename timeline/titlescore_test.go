package timeline

import (
	"testing"

	"github.com/eventline/timeline/timeline/temporal"
)

// titleWith returns the title of the mention of expr in the one-sentence
// article text, tagged with expr and with the other expressions (dated a
// week, so that they are anchors of their own).
func titleWith(text, expr string, others ...string) string {
	a := testArticle("a.txt", "2025-04-04", text+"\n")
	ms := []temporal.Match{at(a.Clean, expr, "2025-04-04", "2025-04-04", temporal.Day)}
	for _, o := range others {
		ms = append(ms, at(a.Clean, o, "2025-03-31", "2025-04-04", temporal.Week))
	}
	sortMatches(ms)
	for _, m := range articleMentions(a, ms) {
		if m.Match.Text == expr {
			return Title(m)
		}
	}
	return "<no mention>"
}

// sortMatches orders matches by offset, as the tagger returns them.
func sortMatches(ms []temporal.Match) {
	for i := 1; i < len(ms); i++ {
		for j := i; j > 0 && ms[j].Start < ms[j-1].Start; j-- {
			ms[j], ms[j-1] = ms[j-1], ms[j]
		}
	}
}

// TestTitleHeadlines checks that titles are complete headlines: never a
// fragment ending in a reporting verb, a cut subordinate clause or a
// full stop inside quotation marks, and without the relative clause
// that stands between a subject and its verb.
func TestTitleHeadlines(t *testing.T) {
	tests := []struct {
		text, expr string
		others     []string
		want       string
	}{
		// The anchor of the reporting verb, after a relative clause dated
		// by another anchor: the speaker stays, the relative clause goes.
		{"A trade envoy who toured Lisbon this week for talks with port officials said Friday that more talks would be needed.", "Friday", []string{"this week"},
			"Trade envoy said more talks would be needed"},
		// A relative clause between the reported subject and its verb.
		{"Contrary to earlier claims, the coast guard said Friday that a trawler which sank off the cape had not been overloaded.", "Friday", nil,
			"Coast guard said a trawler had not been overloaded"},
		// A cut inside "since X ..." goes back before "since".
		{"The Friday vote marked the largest turnout in the city since the council first allowed voting by post in local elections.", "Friday", nil,
			"Vote marked the largest turnout in the city"},
		{"Director of the National Coastal Survey (NCS) Jane Roe said here Friday that the survey ship was lost.", "Friday", nil,
			"Survey ship was lost"},
		{"Director of the National Coastal Survey (NCS) Jane Roe said here Friday that the survey ship is safe in port.", "Friday", nil,
			"Roe said the survey ship is safe in port"},
		{"The mayor said Friday that the port is “a shared concern.”", "Friday", nil,
			"Mayor said the port is “a shared concern”"},
	}
	for _, tt := range tests {
		if got := titleWith(tt.text, tt.expr, tt.others...); got != tt.want {
			t.Errorf("Title(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestTitleTier checks that a title naming its happening outranks one
// whose subject refers back to it or that ends in a dangling word.
func TestTitleTier(t *testing.T) {
	tests := []struct {
		better, worse string
	}{
		{"Ministers discussed the budget at a summit in Geneva last month.", "The February meeting marked the first talks between the two blocs."},
		{"The two navies held exercises near Crete last month.", "It marked the first such exercise in years last month."},
	}
	score := func(text string) float64 {
		a := testArticle("a.txt", "2025-04-04", text+"\n")
		for _, expr := range []string{"last month", "February"} {
			if i := indexOf(a.Clean, expr); i >= 0 {
				m := at(a.Clean, expr, "2025-02-01", "2025-02-28", temporal.Month)
				if ms := articleMentions(a, []temporal.Match{m}); len(ms) > 0 {
					return titleTier(ms[0])
				}
			}
		}
		return -99
	}
	for _, tt := range tests {
		if b, w := score(tt.better), score(tt.worse); b <= w {
			t.Errorf("titleTier(%q) = %v, not above titleTier(%q) = %v", tt.better, b, tt.worse, w)
		}
	}
	for _, s := range []string{"The talks marked a turn", "It followed a week of strikes", "The Geneva talks ended"} {
		want := s != "The Geneva talks ended"
		if got := anaphoricSubject(s); got != want {
			t.Errorf("anaphoricSubject(%q) = %v, want %v", s, got, want)
		}
	}
}

// indexOf is strings.Index, named for the test tables.
func indexOf(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return i
		}
	}
	return -1
}

// TestForecasts checks that a forecast is no happening unless its subject
// is a scheduled happening, and that a relative clause after a comma
// takes its antecedent.
func TestForecasts(t *testing.T) {
	tests := []struct {
		text, expr, want string
	}{
		{"The two firms are expected to merge in May.", "in May", "<no mention>"},
		{"Prices are likely to rise in May.", "in May", "<no mention>"},
		{"The final vote is expected to take place in May.", "in May", "Final vote is expected to take place"},
		{"The clerks would not comment before a court ruling on the lease, which is expected in May.", "in May", "Court ruling on the lease is expected"},
	}
	for _, tt := range tests {
		if got := titleWith(tt.text, tt.expr); got != tt.want {
			t.Errorf("%q: title %q, want %q", tt.text, got, tt.want)
		}
	}
}
