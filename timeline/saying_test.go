package timeline

import (
	"testing"

	"github.com/eventline/timeline/timeline/temporal"
)

// TestSayingOnly checks that a statement dated by its saying is a mention
// only when the saying is news: a verb of record, a happening or a
// commitment said, a fact, or the lead sentence.
func TestSayingOnly(t *testing.T) {
	tests := []struct {
		text, expr string
		lead, want bool
	}{
		{"The mayor said Tuesday the new bridge is a triumph of engineering.", "Tuesday", false, false},
		{"The ministry said in a statement Tuesday that the talks were useful.", "Tuesday", false, false},
		{"“Nothing is settled about the merger,” said a company memo read Tuesday to staff.", "Tuesday", false, false},
		{"Farmers will now fight the levy with every means, the union predicted Tuesday.", "Tuesday", false, false},
		{"The governor said Tuesday the storm may yet turn north.", "Tuesday", false, false},
		{"The mayor announced Tuesday that the bridge is closed.", "Tuesday", false, true},
		{"The mayor said Tuesday that police arrested two men.", "Tuesday", false, true},
		{"The minister said Tuesday that more rounds of talks would be needed.", "Tuesday", false, true},
		{"Officials said Tuesday that four men were in custody.", "Tuesday", false, true},
		{"An aide said Tuesday that five nations have said they will send troops.", "Tuesday", false, true},
		{"The general said Tuesday the raid is not linked to the inquiry.", "Tuesday", true, true},
		{"Engineers said last week's collapse of the dam was avoidable.", "last week", false, true},
	}
	for _, tt := range tests {
		body := "The council met.\n" + tt.text + "\n"
		if tt.lead {
			body = tt.text + "\n"
		}
		a := testArticle("a.txt", "2025-06-04", body)
		m := at(a.Clean, tt.expr, "2025-06-03", "2025-06-03", temporal.Day)
		got := false
		for _, mn := range articleMentions(a, []temporal.Match{m}) {
			got = got || mn.Match.Text == tt.expr
		}
		if got != tt.want {
			t.Errorf("%q: mention %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestVerblessClauses checks that a clause without a verb reports a
// happening only when it names one.
func TestVerblessClauses(t *testing.T) {
	tests := []struct {
		clause string
		want   bool
	}{
		{"the June 3 floods in the valley", true},
		{"Yesterday's summit of the two leaders", true},
		{"Lisbon, nineteen eighty-eight", false},
		{"Good evening from the newsroom", false},
	}
	for _, tt := range tests {
		if got := namesHappening(tt.clause); got != tt.want {
			t.Errorf("namesHappening(%q) = %v, want %v", tt.clause, got, tt.want)
		}
	}
}
