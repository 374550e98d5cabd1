package timeline

import "testing"

// TestTitleLead checks that a title starts at the subject of the main
// clause and keeps the names and noun phrases it cuts through whole.
func TestTitleLead(t *testing.T) {
	tests := []struct{ text, expr, want string }{
		// an appositive with a possessive name after the subject
		{"Princess Ana Ruiz, Queen Maria Lopez's sister and closest aide, was questioned on Thursday about the missing letters.", "Thursday", "Ruiz was questioned about the missing letters"},
		// a relative clause takes its antecedent as subject, a name
		// when no determiner opens it
		{"The ruling eased tensions with Portugal, which had recalled its ambassador on Thursday but also kept the border open.", "Thursday", "Portugal had recalled its ambassador but also kept the border open"},
		{"The envoy was carrying a letter from the mayor of Lisbon to Prime Minister Tom Hale, with whom the envoy dined Thursday.", "Thursday", "Envoy dined with Hale"},
		// "just" goes with the time expression
		{"And just last month, a night watchman was attacked when burglars broke into the museum.", "last month", "Night watchman was attacked when burglars broke into the museum"},
	}
	for _, tt := range tests {
		if got := titleOf(tt.text, tt.expr); got != tt.want {
			t.Errorf("Title(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}
