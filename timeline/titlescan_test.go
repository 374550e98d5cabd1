package timeline

import (
	"reflect"
	"strings"
	"testing"
)

// titleScanCases are texts that test the edges of the scanners of
// titlescan.go: markers, reporting leads and tails, roles and commas.
var titleScanCases = []string{
	"Meanwhile, the army advanced", "MEANWHILE  x", "meanwhile,x", "meanwhilex y", "But  then, and also x",
	"In addition, x", "in  addition x", "In additional x", "recalling that x", "Recalling thatx y",
	"According to officials, x", "according to x y z", "Contrary to reports, x", "contrary to, x",
	"ſtill, x", "alſo x", "however\tx", "However,\n x", "as x", "asx", "As, x", "whereas x", "who x",
	"Kith x", "ſince x", "and", "and ", "but,", ", but x", "in", "in addition", "é x", "\xffbut x",
	"six people died, officials said", "x, officials said.", "x, he told reporters here", "x, SAID y",
	"x, according to police", "x, according to", "x, the agency reported", "x, it reports!", "x,said",
	"x, officials ſaid", "x, y said, z", "x, Officials Said ?", "x; officials said", "x, police noted it",
	"The minister said that six people were killed in the attack", "Officials said here that x",
	"He told reporters the army had shelled the town", "X, said y", "“Officials said x", "Xsaid that y",
	"police said\n\nthat the suspect was arrested yesterday", "saying x", "the told x", "warned that",
	"Police said a suspect who was returned from X had not confessed", "x who is y", "x which\twas z",
	"xwho was x had y", "the man, who was there, had left", "whom was", "who", " who  were  is ",
	"the city, Ukraine’s second-largest city, was shelled", "a puppy named Dolphin, a gift from Rep. X, R-Fla.",
	"Jones, the top U.S. commander in Europe, said", "x, y", ", , a", "é, the x, é", "x, who, y",
	"Director of the U.S. Federal Bureau of Investigation (FBI) Jane Roe said", "the Head of State Jane Doe met",
	"XDirector of X Jane Roe said", "Minister of of", " of ", "of Director of", "President of Foo Bar Baz went",
	"In the debate against X, Smith won", "In x,Y", "During the war, Z", "in the war, Z", "On, X", "Before x, y",
	"the country’s top diplomat, Foreign Minister Jane Doe, said", "ab, cd, ef", "abc, de, f", "abc,d, e, f",
}

// TestTitleScannersMatchExpressions checks each scanner of titlescan.go
// against the expression it stands for.
func TestTitleScannersMatchExpressions(t *testing.T) {
	for _, s := range append(append(scanTexts(t), titleScanCases...), openerCases()...) {
		checkTitleScanners(t, s)
	}
}

// openerCases are texts that open with each marker of openerRE.
func openerCases() []string {
	src := strings.TrimSuffix(strings.TrimPrefix(openerRE.String(), `(?i)^(?:`), `),?\s+`)
	var out []string
	for _, alt := range strings.Split(src, "|") {
		alt, _, _ = strings.Cut(alt, " [")
		out = append(out, alt+" x", strings.ToUpper(alt)+", x", alt+"x y", alt)
	}
	return out
}

// FuzzTitleScanners checks the scanners of titlescan.go against their
// expressions on any text.
func FuzzTitleScanners(f *testing.F) {
	for _, s := range append(titleScanCases, scanCases...) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkTitleScanners(t, s)
	})
}

// checkTitleScanners compares the scanners with their expressions on s,
// on it lower-cased and on its suffixes that start after a comma or a
// space.
func checkTitleScanners(t *testing.T, s string) {
	t.Helper()
	checkTitleText(t, s)
	checkTitleText(t, strings.ToLower(s))
	for i := 1; i < len(s); i++ {
		if s[i-1] == ',' || s[i-1] == ' ' {
			checkTitleText(t, s[i:])
		}
	}
}

// checkTitleText compares the scanners of titlescan.go with their
// expressions on s.
func checkTitleText(t *testing.T, s string) {
	t.Helper()
	want := 0
	if loc := openerRE.FindStringIndex(s); loc != nil {
		want = loc[1]
	}
	if got := openerEnd(s); got != want {
		t.Errorf("openerEnd(%q) = %d, want %d", s, got, want)
	}
	if got, want := dropAttributionTail(s), attributionTail.ReplaceAllString(s, ""); got != want {
		t.Errorf("dropAttributionTail(%q) = %q, want %q", s, got, want)
	}
	if got, want := attributionHeadLoc(s), attributionHead.FindStringIndex(s); !reflect.DeepEqual(got, want) {
		t.Errorf("attributionHeadLoc(%q) = %v, want %v", s, got, want)
	}
	if got, want := subjectRelativeLoc(s), subjectRelative.FindStringIndex(s); !reflect.DeepEqual(got, want) {
		t.Errorf("subjectRelativeLoc(%q) = %v, want %v", s, got, want)
	}
	if got, want := dropAppositives(s), appositiveRE.ReplaceAllString(s, "$1$2"); got != want {
		t.Errorf("dropAppositives(%q) = %q, want %q", s, got, want)
	}
	if got, want := dropRolesOfOrg(s), roleOfOrg.ReplaceAllString(s, "$1$2"); got != want {
		t.Errorf("dropRolesOfOrg(%q) = %q, want %q", s, got, want)
	}
	if got, want := frontedPPLoc(s), frontedPP.FindStringIndex(s); !reflect.DeepEqual(got, want) {
		t.Errorf("frontedPPLoc(%q) = %v, want %v", s, got, want)
	}
	if got, want := leadAppositiveLoc(s), leadAppositive.FindStringSubmatchIndex(s); !reflect.DeepEqual(got, want) {
		t.Errorf("leadAppositiveLoc(%q) = %v, want %v", s, got, want)
	}
}
