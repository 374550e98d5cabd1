package temporal

import (
	"testing"
	"time"
)

// corpusRef is the reference date of the example corpus: Friday 4 April
// 2025.
var corpusRef = time.Date(2025, 4, 4, 0, 0, 0, 0, time.UTC)

// TestRuleExamples runs every rule's examples: each text must hold a match
// with the example's value.
func TestRuleExamples(t *testing.T) {
	for _, r := range allRules {
		for _, x := range r.examples {
			for _, text := range x.texts {
				ms := Tag(text, corpusRef)
				if !hasValue(ms, x.value) {
					t.Errorf("%s: %q: want %s, got %s", r.name, text, x.value, describe(ms))
				}
			}
		}
	}
}

func hasValue(ms []Match, v string) bool {
	for _, m := range ms {
		if m.Value == v {
			return true
		}
	}
	return false
}

func describe(ms []Match) string {
	if len(ms) == 0 {
		return "no match"
	}
	s := ""
	for _, m := range ms {
		s += "[" + m.Text + " " + string(m.Type) + " " + m.Value + "]"
	}
	return s
}
