package timeline

import (
	"strings"
	"testing"

	"github.com/eventline/timeline/timeline/temporal"
)

// TestNounPhraseDates checks that a time expression inside a noun phrase
// of the predicate dates that noun phrase, not the clause: a happening
// named by an event noun after a determiner, a possessive expression or a
// possessive agent becomes the mention, and the end of an accounting
// period or the time of a figure compared with dates nothing. An
// expression that dates the clause's own verb still dates the clause. A
// relative clause ("that began", "set on") on a noun of the predicate
// dates that noun, and a noun that names no happening makes no mention.
func TestNounPhraseDates(t *testing.T) {
	tests := []struct {
		text, expr string
		p          temporal.Precision
		want       string // the mention's clause; "" for no mention
	}{
		{"The envoy praised the truce that followed the March 2024 cease-fire of the border war.", "March 2024", temporal.Month,
			"the March 2024 cease-fire of the border war."},
		{"The letters claim the mill fire, a 2019 attack on a depot and the other blasts.", "2019", temporal.Year,
			"a 2019 attack on a depot"},
		{"Police believe the thefts and last month's explosion at a warehouse are linked.", "last month", temporal.Month,
			"last month's explosion at a warehouse"},
		{"Ministers had condemned the rebels' raid on the port on May 3.", "May 3", temporal.Day,
			"the rebels' raid on the port on May 3"},
		{"Lisbon had condemned Norvia's invasion of the islands on May 3 but stayed neutral.", "May 3", temporal.Day,
			"Norvia's invasion of the islands on May 3"},
		{"In the fiscal year ended May 31, the firm reported sales of $4 million.", "May 31", temporal.Day, ""},
		{"Exports fell to 2.1 percent last month from 3.4 percent in May, the bureau said.", "May", temporal.Month, ""},
		{"Fares were 6 percent higher than a year earlier.", "a year earlier", temporal.Year, ""},
		{"Profit rose to $9 million in May.", "May", temporal.Month, "Profit rose to $9 million in May."},
		{"Troops withdrew from 12 villages on May 3.", "May 3", temporal.Day, "Troops withdrew from 12 villages on May 3."},
		{"The two presidents signed the agreement on May 3.", "May 3", temporal.Day, "The two presidents signed the agreement on May 3."},
		{"The strike ended May 3 after a week.", "May 3", temporal.Day, "The strike ended May 3 after a week."},
		{"Rebels denounced Friday's meeting between Anna Rossi and her brother at a hotel near the port.", "Friday", temporal.Day,
			"Friday's meeting between Anna Rossi and her brother"},
		{"Rebels denounced the May 3 ruling by the Port and Harbour Safety Board of Norvia in the case.", "May 3", temporal.Day,
			"the May 3 ruling by the Port and Harbour Safety Board"},
		{"The March sales extended a rise in orders that began on May 3, when rates fell.", "May 3", temporal.Day, ""},
		{"Shares climbed, leaving the index near its peak set on May 3.", "May 3", temporal.Day, ""},
		{"The court freed the men who were arrested on May 3.", "May 3", temporal.Day, "The court freed the men who were arrested on May 3."},
		{"The envoy condemned the raid that killed six on May 3.", "May 3", temporal.Day, "the raid that killed six on May 3"},
		{"The aide said the envoy left on May 3 for talks.", "May 3", temporal.Day, "The aide said the envoy left on May 3 for talks."},
		{"Police put the most wanted fugitives on the list on May 3.", "May 3", temporal.Day, "Police put the most wanted fugitives on the list on May 3."},
	}
	for _, tt := range tests {
		a := testArticle("a.txt", "2025-06-04", "The council met.\n"+tt.text+"\n")
		m := at(a.Clean, tt.expr, "2025-05-03", "2025-05-03", tt.p)
		got := ""
		for _, mn := range articleMentions(a, []temporal.Match{m}) {
			if mn.Match.Text == tt.expr {
				got = mn.Clause
			}
		}
		if got != tt.want {
			t.Errorf("%q: mention %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestNoHappening checks clauses that a date anchors but that tell of no
// happening: an appearance ("appear to be"), a date described by a copula,
// an active forecast ("expects to report"), and a report whose attribution
// the date sits in, followed by an appositive comment. Close sentences
// that do tell of a happening keep their mention.
func TestNoHappening(t *testing.T) {
	tests := []struct {
		text, expr string
		want       bool
	}{
		{"The ministry said Tuesday supplies in the port appear to be running out.", "Tuesday", false},
		{"Prices seemed to steady, the bureau said on Tuesday.", "Tuesday", false},
		{"Two gunmen appeared in the lobby on Tuesday.", "Tuesday", true},
		{"In the capital, Tuesday was the third day of the strike.", "Tuesday", false},
		{"Tuesday is the deadline for the bids.", "Tuesday", false},
		{"The strike on Tuesday was the third this month.", "Tuesday", true},
		{"On Tuesday, the union began the strike.", "Tuesday", true},
		{"The mill said Tuesday it expects to post a loss.", "Tuesday", false},
		{"The mill expects to post a second-quarter loss.", "second-quarter", false},
		{"The mill posted a loss on Tuesday.", "Tuesday", true},
		{"Sales fell sharply in May, the bureau reported on Tuesday, a sign that demand is weak.", "Tuesday", false},
		{"Sales fell sharply in May, the bureau reported on Tuesday, and the shares fell.", "Tuesday", true},
		{"The bureau reported on Tuesday that sales fell sharply in May.", "Tuesday", true},
	}
	for _, tt := range tests {
		a := testArticle("a.txt", "2025-06-04", "The council met.\n"+tt.text+"\n")
		ms := []temporal.Match{at(a.Clean, tt.expr, "2025-06-03", "2025-06-03", temporal.Day)}
		if i := strings.Index(a.Clean, "in May"); i >= 0 {
			ms = append([]temporal.Match{at(a.Clean, "May", "2025-05-01", "2025-05-31", temporal.Month)}, ms...)
		}
		got := false
		for _, mn := range articleMentions(a, ms) {
			got = got || mn.Match.Text == tt.expr
		}
		if got != tt.want {
			t.Errorf("%q: mention %v, want %v", tt.text, got, tt.want)
		}
	}
}
