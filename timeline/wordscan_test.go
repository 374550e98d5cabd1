package timeline

import (
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// The word scanners that replaced strings.Fields, strings.ToLower and
// wordTokens in hot paths must give what those give. checkText calls
// checkWordScanners, so TestScannersMatchExpressions and FuzzScanners
// cover them.

// referenceLastWord is lastWord as it was, by strings.Fields.
func referenceLastWord(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return strings.Trim(f[len(f)-1], ",;:“”\"‘’()")
}

// referenceSubjectOf is subjectOf as it was, by wordTokens.
func referenceSubjectOf(clause string) string {
	s := strings.TrimLeft(clause, " “\"‘'(")
	if frontedPreps[strings.ToLower(wordAt(s, 0))] {
		if c := strings.Index(s, ", "); c > 0 && c < 90 {
			s = s[c+2:]
		}
	}
	end := len(s)
	for i, t := range wordTokens(s) {
		if i == 0 && strings.ToLower(t.text) == "the" {
			continue
		}
		if !isCap(t.text) && !npWords[t.text] {
			end = t.start
			break
		}
	}
	return s[:end]
}

// referenceCapSequences is capSequences as it was, copying each run.
func referenceCapSequences(s string, toks []token) [][]token {
	var out [][]token
	var cur []token
	flush := func() {
		for len(cur) > 0 && nameConnectors[cur[len(cur)-1].text] {
			cur = cur[:len(cur)-1]
		}
		if len(cur) > 0 {
			out = append(out, cur)
		}
		cur = nil
	}
	for i, t := range toks {
		joined := len(cur) > 0 && s[cur[len(cur)-1].end:t.start] == " " && !cur[len(cur)-1].possessive
		switch {
		case isCap(t.text) && !nonNames[t.text] && !(len(cur) == 0 && sentenceInitial(s, t)):
			if !joined {
				flush()
			}
			cur = append(cur, t)
		case nameConnectors[t.text] && joined && capAfterConnectors(toks, i):
			cur = append(cur, t)
		default:
			flush()
		}
	}
	flush()
	return out
}

// referenceTrimDangling is trimDangling as it was, by strings.Fields.
func referenceTrimDangling(s string) string {
	words := strings.Fields(s)
	for len(words) > 2 && dangling[strings.ToLower(strings.Trim(words[len(words)-1], ",;:"))] {
		words = words[:len(words)-1]
	}
	return strings.TrimRight(strings.Join(words, " "), " ,;:")
}

// referenceDanglingEnd is danglingEnd as it was, by strings.Fields.
func referenceDanglingEnd(t string) bool {
	words := strings.Fields(strings.ToLower(strings.TrimRight(t, " .,;:”’\"'")))
	if len(words) == 0 {
		return true
	}
	last := strings.Trim(words[len(words)-1], ",;:“”\"")
	return reportingVerbs[last] || dangling[last] || last == "that"
}

// loopTokens is wordTokens as it was before nextToken, one loop. (It is
// not wordREReference, which differs on digits other than decimal ones:
// "¹" is \p{N} but not unicode.IsDigit.)
func loopTokens(s string) []token {
	var out []token
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !isLetterDigit(r) {
			i += n
			continue
		}
		end := acronymEnd(s, i)
		if end < 0 {
			end = wordEnd(s, i)
		}
		out = append(out, possessive(token{text: s[i:end], start: i, end: end}))
		i = end
	}
	return out
}

// checkWordScanners compares the word scanners with what they replaced
// on s.
func checkWordScanners(t *testing.T, s string) {
	t.Helper()
	if got, want := wordCount(s), len(strings.Fields(s)); got != want {
		t.Errorf("wordCount(%q) = %d, want %d", s, got, want)
	}
	if got, want := lastWord(s), referenceLastWord(s); got != want {
		t.Errorf("lastWord(%q) = %q, want %q", s, got, want)
	}
	if got, want := lowerWord(s), strings.ToLower(s); got != want {
		t.Errorf("lowerWord(%q) = %q, want %q", s, got, want)
	}
	for _, n := range []int{0, 1, 3, 8} {
		if got, want := lowerPrefix(s, n), strings.ToLower(s); !strings.HasPrefix(want, got) || len(got) < min(n, len(want)) {
			t.Errorf("lowerPrefix(%q, %d) = %q, not a prefix of %q", s, n, got, want)
		}
	}
	want := strings.ToLower(strings.TrimSpace(s))
	if got := placeHeadText(s); hasAnyPrefix(got, placeHeads...) != hasAnyPrefix(want, placeHeads...) {
		t.Errorf("placeHeadText(%q) = %q, differs from %q on placeHeads", s, got, want)
	}
	if got, want := subjectOf(s), referenceSubjectOf(s); got != want {
		t.Errorf("subjectOf(%q) = %q, want %q", s, got, want)
	}
	if got, want := entitiesByLine(s), findEntities(s); !reflect.DeepEqual(got, want) {
		t.Errorf("entitiesByLine(%q) = %+v, want %+v", s, got, want)
	}
	checkTokensBefore(t, s)
	if got, want := collapseSpace(s), strings.Join(strings.Fields(s), " "); got != want {
		t.Errorf("collapseSpace(%q) = %q, want %q", s, got, want)
	}
	if got, want := trimDangling(s), referenceTrimDangling(s); got != want {
		t.Errorf("trimDangling(%q) = %q, want %q", s, got, want)
	}
	if got, want := danglingEnd(s), referenceDanglingEnd(s); got != want {
		t.Errorf("danglingEnd(%q) = %v, want %v", s, got, want)
	}
	toks := wordTokens(s)
	if got, want := capSequences(s, toks), referenceCapSequences(s, toks); !reflect.DeepEqual(got, want) {
		t.Errorf("capSequences(%q) = %+v, want %+v", s, got, want)
	}
	gotLower, gotStarts := lowerTokens(s)
	if wantLower, wantStarts := lowerWords(toks); !slices.Equal(gotLower, wantLower) || !slices.Equal(gotStarts, wantStarts) {
		t.Errorf("lowerTokens(%q) = %q %v, want %q %v", s, gotLower, gotStarts, wantLower, wantStarts)
	}
	var next []token
	for tok, i := nextToken(s, 0); i >= 0; tok, i = nextToken(s, i) {
		next = append(next, tok)
	}
	if want := loopTokens(s); !sameTokens(next, want) {
		t.Errorf("nextToken over %q = %+v, want %+v", s, next, want)
	}
}

// checkTokensBefore checks that the tokens of s before where a word
// starts, or before its end, are the tokens of the prefix, as
// parsedText.before and tokensBefore take them to be, and that before
// refuses an offset inside a word.
func checkTokensBefore(t *testing.T, s string) {
	t.Helper()
	p := parse(s)
	for off := 0; off <= len(s); off++ {
		toks, starts, ok := p.before(off)
		if !ok {
			if off == len(s) || slices.Contains(p.starts, off) {
				t.Errorf("parse(%q).before(%d) refused a word start", s, off)
			}
			continue
		}
		wantToks, wantStarts := lowerTokens(s[:off])
		if !slices.Equal(toks, wantToks) || !slices.Equal(starts, wantStarts) {
			t.Errorf("parse(%q).before(%d) = %q %v, want %q %v", s, off, toks, starts, wantToks, wantStarts)
		}
		if bt, bs := tokensBefore(p.lower, p.starts, off); !slices.Equal(bt, toks) || !slices.Equal(bs, starts) {
			t.Errorf("tokensBefore(%q, %d) = %q %v, want %q %v", s, off, bt, bs, toks, starts)
		}
	}
}

// TestEntitiesByLine checks entitiesByLine on whole test articles, which
// findEntities reads in one piece.
func TestEntitiesByLine(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "events", "*", "*", "*.md"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no test articles: %v", err)
	}
	texts := []string{"Bank of\nEngland", "U.S.\nArmy chief", "\n\nThe\nFrench President Jean Dupont\n", "x\n"}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	for _, s := range texts {
		if got, want := entitiesByLine(s), findEntities(s); !reflect.DeepEqual(got, want) {
			t.Errorf("entitiesByLine(%.40q...) = %+v, want %+v", s, got, want)
		}
	}
}

// TestPlaceHeadsFit checks that placeHeadText keeps enough runes for the
// longest of placeHeads.
func TestPlaceHeadsFit(t *testing.T) {
	for _, w := range placeHeads {
		if len(w) > 8 {
			t.Errorf("place head %q is longer than the 8 runes placeHeadText keeps", w)
		}
	}
}

// TestWordCount checks wordCount on the spaces strings.Fields knows.
func TestWordCount(t *testing.T) {
	tests := []struct {
		s    string
		want int
	}{
		{"", 0}, {" ", 0}, {"a", 1}, {" a b ", 2}, {"a\tb\nc\vd\fe\rf", 6},
		{"a\u00a0b", 2}, {"a\u0085b", 2}, {"a\u2003b", 2}, {"\xffa b", 2}, {"é ü", 2},
	}
	for _, tt := range tests {
		if got := wordCount(tt.s); got != tt.want {
			t.Errorf("wordCount(%q) = %d, want %d", tt.s, got, tt.want)
		}
	}
	if !unicode.IsSpace('\u2003') {
		t.Fatal("U+2003 is no space")
	}
}
