package timeline

import (
	"testing"

	"github.com/eventline/timeline/timeline/temporal"
)

func TestMainVerb(t *testing.T) {
	names := map[verbClass]string{noVerb: "none", eventVerb: "event", stateVerb: "state", modalVerb: "modal"}
	tests := []struct{ clause, want string }{
		{"Rebels attacked the garrison at dawn", "event"},
		{"The two leaders met in Vienna", "event"},
		{"At least 40 people were killed", "event"},
		{"More than 60 people have died", "event"},
		{"The ministers will meet again", "event"},
		{"Officials said that three men were arrested", "event"},
		{"The mayor is a former judge", "state"},
		{"The strike has been the focus of a bitter dispute", "state"},
		{"The envoy remains in the capital", "state"},
		{"Mr Ortez purports to be a devout Lutheran", "state"},
		{"The union had not signed the agreement", "state"},
		{"The fairs are held annually in the valley", "state"},
		{"The wall may have saved dozens of lives", "modal"},
		{"The three states can now take part in the talks", "modal"},
		{"On May 6, the captain was charged with the killing", "event"},
		{"the Aug. 7 bombings in the capital", "none"},
	}
	for _, tt := range tests {
		if got := names[mainVerb(tt.clause).class]; got != tt.want {
			t.Errorf("mainVerb(%q) = %s, want %s", tt.clause, got, tt.want)
		}
	}
}

// TestStateClauses checks that a clause reporting a state is a mention
// only when an expression of its own dates it to a day or a week.
func TestStateClauses(t *testing.T) {
	tests := []struct {
		text, expr string
		p          temporal.Precision
		want       bool
	}{
		{"Mr Ortez purports to be a devout Lutheran, the ministry said last year.", "last year", temporal.Year, false},
		{"The bridge has been the pride of the town since 1990.", "1990", temporal.Year, false},
		{"Six men were in custody on Tuesday.", "Tuesday", temporal.Day, true},
		{"The wall may have saved dozens of lives, an engineer said Tuesday.", "Tuesday", temporal.Day, false},
		{"The town is calm again, the governor said Tuesday.", "Tuesday", temporal.Day, false},
		{"The boy has been the subject of a custody fight since he was found at sea in late May.", "late May", temporal.Month, true},
		{"Rebels attacked the garrison in 1990.", "1990", temporal.Year, true},
		{"Investigators said last month's discovery of a rifle was a breakthrough.", "last month", temporal.Month, true},
	}
	for _, tt := range tests {
		a := testArticle("a.txt", "2025-06-04", "The council met.\n"+tt.text+"\n")
		m := at(a.Clean, tt.expr, "2025-06-03", "2025-06-03", tt.p)
		got := false
		for _, mn := range articleMentions(a, []temporal.Match{m}) {
			got = got || mn.Match.Text == tt.expr
		}
		if got != tt.want {
			t.Errorf("%q: mention %v, want %v", tt.text, got, tt.want)
		}
	}
}

func TestKindOf(t *testing.T) {
	tests := []struct{ clause, want string }{
		{"The ambassadors issued a joint statement saying the country's entry into the alliance will help", "speak"},
		{"Rebels attacked the garrison", "violence"},
		{"The three countries were invited to join the alliance", "join"},
		{"The two sides held talks in Vienna", "meet"},
		{"A man who is the subject of a manhunt was charged with murder", "accuse"},
		{"the Aug. 7 bombings in the capital", "violence"},
		{"The summit ended without a deal", "meet"},
	}
	for _, tt := range tests {
		if got := kindOf(tt.clause); got != tt.want {
			t.Errorf("kindOf(%q) = %q, want %q", tt.clause, got, tt.want)
		}
	}
}
