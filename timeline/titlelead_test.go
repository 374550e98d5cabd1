package timeline

import "testing"

// TestTitleLead checks that a title starts at the subject of the main
// clause and keeps the names and noun phrases it cuts through whole.
func TestTitleLead(t *testing.T) {
	tests := []struct{ text, expr, want string }{
		// an appositive with a possessive name after the subject
		{"Princess Ana Ruiz, Queen Maria Lopez's sister and closest aide, was questioned on Thursday about the missing letters.", "Thursday", "Ruiz was questioned about the missing letters"},
		// "just" goes with the time expression
		{"And just last month, a night watchman was attacked when burglars broke into the museum.", "last month", "Night watchman was attacked when burglars broke into the museum"},
	}
	for _, tt := range tests {
		if got := titleOf(tt.text, tt.expr); got != tt.want {
			t.Errorf("Title(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}
