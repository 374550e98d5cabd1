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
		// a fronted participial phrase goes; the subject before one opens
		// the title when the clause has none of its own
		{"Turning away from decades of neutrality, the island's parliament voted on Thursday to join the defence pact with its neighbours.", "Thursday", "Island's parliament voted to join the defence pact with its neighbours"},
		{"The rebel commander, pressed by government troops near the coast, on Thursday offered a truce and the release of captured soldiers.", "Thursday", "Rebel commander offered a truce and the release of captured soldiers"},
		{"The bank, facing three lawsuits over its loans, on Thursday paid a record fine to the regulator.", "Thursday", "Bank paid a record fine to the regulator"},
		// a fronted prepositional phrase, and a participle after it, go
		{"In a letter to Prime Minister Tom Hale of Canada, published by the daily Tribune, the governor said on Thursday the mine would close.", "Thursday", "Governor said the mine would close"},
		{"In a further effort at mediation, the church said on Thursday it had sent two bishops to the border region.", "Thursday", "Church said it had sent two bishops to the border region"},
		{"At a summit in Lisbon, Portugal, the league announced on Thursday it would admit two new clubs.", "Thursday", "League announced it would admit two new clubs"},
		// a list of names is no subject and appositive; a participle
		// after the sentence's start is not fronted
		{"Spain, the Netherlands and Portugal on Thursday signed the fisheries accord.", "Thursday", "Spain, the Netherlands and Portugal signed the fisheries accord"},
		// "just" goes with the time expression
		{"And just last month, a night watchman was attacked when burglars broke into the museum.", "last month", "Night watchman was attacked when burglars broke into the museum"},
	}
	for _, tt := range tests {
		if got := titleOf(tt.text, tt.expr); got != tt.want {
			t.Errorf("Title(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestCommaCut checks that a title is not cut between the adjectives of
// one noun phrase.
func TestCommaCut(t *testing.T) {
	tests := []struct{ in, want string }{
		{"The driver was dragged from his battered, rusty truck near the bridge by two passers-by", "The driver was dragged from his battered, rusty truck near the bridge"},
		{"Leaders of the two countries met in the capital, which was under curfew for weeks", "Leaders of the two countries met in the capital"},
		{"The council approved the budget for the city, police and fire services after a long debate", "The council approved the budget for the city, police and fire services"},
	}
	for _, tt := range tests {
		if got := truncateWords(tt.in, maxTitleWords); got != tt.want {
			t.Errorf("truncateWords(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
