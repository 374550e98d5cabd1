package timeline

import (
	"math/rand/v2"
	"regexp"
	"testing"
)

// wordREReference is the regular expression wordTokens replaced; the
// scanner must find the same tokens.
var wordREReference = regexp.MustCompile(`\p{Lu}\.(?:\p{Lu}\.)+|[\p{L}\p{N}][\p{L}\p{N}’'.-]*[\p{L}\p{N}]|[\p{L}\p{N}]`)

func referenceTokens(s string) []token {
	var out []token
	for _, loc := range wordREReference.FindAllStringIndex(s, -1) {
		out = append(out, possessive(token{text: s[loc[0]:loc[1]], start: loc[0], end: loc[1]}))
	}
	return out
}

func sameTokens(a, b []token) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestWordTokensMatchReference(t *testing.T) {
	texts := []string{
		"The U.S.-led talks in Jean-Noël’s office, don't stop: 3.5 million. A. B. C",
		"Russia’s envoy, U.N. officials — and the U.S. a.m. p.m. 10:30 e-mail x- -y 'quoted' ‘‘doubled’’",
		"N.A.T.O. I.", "Élysée Palace’", "a", "", "...", "U.S", "AB.CD.",
	}
	alphabet := []rune("aZ .'’-U.S3é—,")
	rng := rand.New(rand.NewPCG(1, 2))
	for i := 0; i < 3000; i++ {
		r := make([]rune, rng.IntN(16))
		for j := range r {
			r[j] = alphabet[rng.IntN(len(alphabet))]
		}
		texts = append(texts, string(r))
	}
	for _, s := range texts {
		if got, want := wordTokens(s), referenceTokens(s); !sameTokens(got, want) {
			t.Fatalf("wordTokens(%q) = %+v, want %+v", s, got, want)
		}
	}
}
