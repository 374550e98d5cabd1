package timeline

import "testing"

// TestParaphraseKeywords checks that paraphrases share their keywords: a
// name and its acronym, joining and acceding, and regular inflections.
func TestParaphraseKeywords(t *testing.T) {
	names := []struct{ in, want string }{
		{"Western Fishing Treaty Organization", "wfto"},
		{"WFTO", "wfto"},
		{"Bureau of Coastal Affairs", "bca"},
		{"Lorland", "lorland"},
		{"Port Elm", "port elm"},
	}
	for _, tt := range names {
		if got := lemmaName(tt.in); got != tt.want {
			t.Errorf("lemmaName(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	words := []struct{ in, want string }{
		{"joined", "join"},
		{"joins", "join"},
		{"accession", "join"},
		{"acceded", "join"},
		{"became", "become"},
		{"accused", "accuse"},
	}
	for _, tt := range words {
		if got := lemma(tt.in); got != tt.want {
			t.Errorf("lemma(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
