package timeline

import (
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"
)

// Reference expressions the scanners of scan.go stand for.
var (
	eventNounRE = regexp.MustCompile(`\b(?:` + eventNouns + `)\b`)
	relativeRE  = regexp.MustCompile(`\b(?:who|which)\s`)
)

// scanCases are texts that test the edges of the scanners: case, word
// boundaries, apostrophes, hyphens and the runes that fold into ASCII.
var scanCases = []string{
	"", " ", "the ", "The  ", "\tthe\t", "xthe ", "the", "bathe ", "éthe ", "the\u00a0",
	"its ", "ITS ", "itſ ", "hiſ ", "a ", "an\n", "Her  ", "x hiſ ",
	"cease-fire", "a cease-fire.", "cease-fires", "the ceasefire", "pre-attack", "attacks_", "3attacks",
	"Attack", "war-torn", "warfare", "fire", "ſtrike", "strike", "bombings", "bombing2",
	"they will", "We'll go", "we’ll go", "'ll", " 'll", "x'llama", "WILL", "wilK", "xſhall", "ſhall",
	"set to", "set  to", "set to be", "set tomorrow", "sunset to", "scheduled for", "scheduled fort",
	"plan to", "plans to", "planning to", "is to", "this to", "to be held", "to be helden", "upcoming",
	"Upcoming", "is\tto", "going to", "due to", "expected to",
	"who ", "which\n", "whom ", "who", "somewho ", "Who ", "x which said",
	"fiscal year ended ", "year ended on ", "higher than ", "3.8 percent from 4.1 percent in ",
	"versus ", "vs. ", "from $3 billion in ", "compared with 5 per cent ", "from 4% during ",
	"margin ", "on ", "ended", "compared to 12 points at", "than", "THAN ", "fell 5 percent on ",
	"a (parenthetical) aside", "x — dashed — y", "x -- dashed -- y", "plain",
	"agreements made during a summit", "held talks", "made in", "comes just days after the vote",
	"Reporting by Jane Doe", "reportinG by", "Photo: AP", "Caption (left)", "a GETTY image", "via Shutterſtock",
	"SHUTTERSTOCK", "x /ap", "additional reporting ſ", "Editing by",
	"  leading and trailing  ", "one", "a b c", "x\u00a0y z", "\xff\xfe bad", "é ü",
	"— The Cypriot government said", "THE Hague ruled", "In Kyiv, the army", " DİSTRICT of", "\u212Aounty",
	"  Province", "Russia’s envoy said", "a\u0085b\u2003c ", "(“Quoted,” he said)",
	"Bank of\nEngland", "U.S.\nArmy", "didn't go, said May", "They couldn’t, Will said", "A.B.Cat-", "x.-y ab’s",
	"talks with the", "talks  with\tthe ", "a b of, in;", " lead ", "x\u00a0in the", "officials SAID.", "x İN",
}

// scanTexts returns scanCases and the lines of the test articles.
func scanTexts(t testing.TB) []string {
	texts := append([]string(nil), scanCases...)
	files, err := filepath.Glob(filepath.Join("testdata", "events", "*", "*", "*.md"))
	if err != nil {
		t.Fatal(err)
	}
	more, _ := filepath.Glob(filepath.Join("testdata", "events", "*", "*.md"))
	for _, f := range append(files, more...) {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, strings.Split(string(b), "\n")...)
	}
	if len(texts) < len(scanCases)+100 {
		t.Fatalf("only %d texts: the test articles are missing", len(texts))
	}
	return texts
}

// TestScannersMatchExpressions checks each scanner against the expression
// it stands for, on whole texts and on every prefix ending before a word.
func TestScannersMatchExpressions(t *testing.T) {
	for _, s := range scanTexts(t) {
		checkScanners(t, s)
	}
}

// FuzzScanners checks the scanners against their expressions on any text.
func FuzzScanners(f *testing.F) {
	for _, s := range scanCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkScanners(t, s)
	})
}

// checkScanners compares the scanners with their expressions on s and on
// its prefixes.
func checkScanners(t *testing.T, s string) {
	t.Helper()
	checkText(t, s)
	checkText(t, strings.ToLower(s))
	for i := 0; i <= len(s); i++ {
		if i == len(s) || i > 0 && s[i-1] == ' ' {
			checkPrefix(t, s[:i])
		}
	}
}

// checkText compares the scanners that read a whole text.
func checkText(t *testing.T, s string) {
	t.Helper()
	var want [][2]int
	for _, l := range eventNounRE.FindAllStringIndex(s, -1) {
		want = append(want, [2]int{l[0], l[1]})
	}
	if got := eventNounLocs(s); !reflect.DeepEqual(got, want) {
		t.Errorf("eventNounLocs(%q) = %v, want %v", s, got, want)
	}
	if got, want := hasEventNoun(s), eventNounRE.MatchString(s); got != want {
		t.Errorf("hasEventNoun(%q) = %v, want %v", s, got, want)
	}
	if got, want := relativeLoc(s), relativeRE.FindStringIndex(s); !reflect.DeepEqual(got, want) {
		t.Errorf("relativeLoc(%q) = %v, want %v", s, got, want)
	}
	if got, want := isFuture(s), futureRE.MatchString(s); got != want {
		t.Errorf("isFuture(%q) = %v, want %v", s, got, want)
	}
	if !mayHaveDashPair(s) && dashPair.MatchString(s) {
		t.Errorf("mayHaveDashPair(%q) rules out a match", s)
	}
	if !hasWordIn(s, reducedParticiples) && reducedRE.MatchString(s) {
		t.Errorf("reducedParticiples rule out a match in %q", s)
	}
	if !mayBeCredit(s) && creditRE.MatchString(s) {
		t.Errorf("mayBeCredit(%q) rules out a match", s)
	}
	if !mayBePhoto(s) && photoRE.MatchString(s) {
		t.Errorf("mayBePhoto(%q) rules out a match", s)
	}
	if creditRE.MatchString(s) != creditRE.MatchString(s[:min(len(s), creditLen)]) {
		t.Errorf("creditRE reads past creditLen in %q", s)
	}
	checkWordScanners(t, s)
	if want := strings.Fields(s); len(want) > 0 {
		want = want[max(0, len(want)-2):]
		if got := lastFields(s, 2); !reflect.DeepEqual(got, want) {
			t.Errorf("lastFields(%q, 2) = %q, want %q", s, got, want)
		}
	}
}

// checkPrefix compares the scanners that read the text before a time
// expression.
func checkPrefix(t *testing.T, s string) {
	t.Helper()
	want := -1
	if loc := npDetRE.FindStringIndex(s); loc != nil {
		want = loc[0]
	}
	if got := determinerStart(s); got != want {
		t.Errorf("determinerStart(%q) = %d, want %d", s, got, want)
	}
	w := s[max(0, len(s)-80):]
	if !mayEndBoundary(w) && boundaryRE.MatchString(w) {
		t.Errorf("mayEndBoundary(%q) rules out a match", w)
	}
}
