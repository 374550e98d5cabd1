package temporal

import (
	"reflect"
	"strings"
	"testing"
)

// checkTokenize checks that tokenize gives the tokens legacyTokenize
// gives, after tokens and lower-case bytes already in its buffers; that
// it gives every word the lower-case form strings.ToLower gives it, every
// other token its own text, and the class of that form.
func checkTokenize(t *testing.T, text string) {
	toks, _ := tokenize(text, []token{{kind: tokWord}}, []byte("xyz"))
	if want := legacyTokenize(text, []token{}); !reflect.DeepEqual(toks[1:], want) {
		t.Fatalf("%q: tokens differ from the legacy ones:\n got %+v\nwant %+v", text, toks[1:], want)
	}
	for _, tok := range toks[1:] {
		want := tok.text
		if tok.kind == tokWord {
			want = strings.ToLower(tok.text)
		}
		if tok.low != want {
			t.Errorf("%q: token %q: low %q, want %q", text, tok.text, tok.low, want)
		}
		if c := classify(&tok); tok.cls != c {
			t.Errorf("%q: token %q: class %v, want %v", text, tok.text, tok.cls, c)
		}
	}
}

// TestTokenizeLower checks the lower-case forms of words, known and
// unknown, short and long, ASCII and not.
func TestTokenizeLower(t *testing.T) {
	for _, text := range []string{
		"", "Friday", "FRIDAY said Mr. Smith", "The Pentagon's ABCDEFGHIJKLMNOPQRSTUV report",
		"Ünter Straße ÉTÉ İstanbul", "in March, McDonald's 3rd Quarter", "a b C d", "THISISAVERYLONGWORDINDEED",
		"Monday-Tuesday 1,000 (AP) -- Sept. 5th, 2025",
	} {
		checkTokenize(t, text)
	}
}

// FuzzTokenize checks the lower-case forms of words on arbitrary text.
func FuzzTokenize(f *testing.F) {
	f.Add("WASHINGTON (AP) — President Smith said Tuesday")
	f.Fuzz(checkTokenize)
}
