package timeline

import "strings"

// The functions in this file spare Title the backtracking of its regular
// expressions, as those of scan.go spare the reading (and follow its
// rules): a scanner does an expression's work exactly, and a pre-check
// rules a match out before the expression runs, from what every match
// holds. titlescan_test.go checks each against its expression.

// openerWords are the discourse markers of openerRE that are one word.
var openerWords = setOf("meanwhile", "however", "but", "and", "also", "instead", "still", "then",
	"moreover", "separately", "elsewhere", "regarding", "following", "after", "with", "while",
	"whereas", "as", "who", "which", "since", "when", "once", "during", "because", "although", "though")

// openerPairs are the discourse markers of openerRE that are two words, by
// their first word, with the space between them.
var openerPairs = map[string]string{"in": " addition", "recalling": " that"}

// openerEnd returns where the match of openerRE at the start of s ends, or
// 0 when there is none.
func openerEnd(s string) int {
	end := 0
	for end < len(s) && (s[end]|0x20 >= 'a' && s[end]|0x20 <= 'z') {
		end++
	}
	w := lowerASCII(s[:end])
	// A rune that folds into a letter of a marker would stand at end, and
	// is at most three bytes long.
	if w == "according" || w == "contrary" || hasFoldRune(s[:min(len(s), end+3)]) {
		if loc := openerRE.FindStringIndex(s); loc != nil {
			return loc[1]
		}
		return 0
	}
	if next, ok := openerPairs[w]; ok && len(s)-end >= len(next) && strings.EqualFold(s[end:end+len(next)], next) {
		end += len(next)
	} else if !openerWords[w] {
		return 0
	}
	if end < len(s) && s[end] == ',' {
		end++
	}
	if end == len(s) || !isSpaceByte(s[end]) {
		return 0
	}
	for end < len(s) && isSpaceByte(s[end]) {
		end++
	}
	return end
}

// dropOpeners removes up to three discourse markers that open s, as
// replacing openerRE and trimming spaces and commas after it would.
func dropOpeners(s string) string {
	for i := 0; i < 3; i++ {
		n := openerEnd(s)
		if n == 0 {
			break
		}
		s = strings.TrimLeft(s[n:], " ,")
	}
	return s
}

// tailVerbs are the words of attributionTail one of which every match
// holds, lower-cased.
var tailVerbs = setOf("said", "says", "reported", "reports", "added", "noted", "stated", "told",
	"claimed", "announced", "confirmed", "according")

// dropAttributionTail removes a reporting tail (", officials said"), as
// replacing attributionTail does. A match holds no comma after its first,
// so it can only start at the last comma of s.
func dropAttributionTail(s string) string {
	i := strings.LastIndexByte(s, ',')
	if i < 0 || !hasFoldRune(s[i:]) && !hasWordFoldIn(s[i:], tailVerbs) {
		return s
	}
	if attributionTail.MatchString(s[i:]) {
		return s[:i]
	}
	return s
}

// hasWordFoldIn reports whether one of the words of s, lower-cased, is in
// set.
func hasWordFoldIn(s string, set map[string]bool) bool {
	return anyWord(s, func(w string) bool { return set[lowerASCII(w)] })
}

// headVerbs are the reporting verbs of attributionHead.
var headVerbs = setOf("said", "says", "told", "stated", "announced", "confirmed", "reported",
	"claimed", "noted", "added", "warned", "recalling", "stating", "claiming", "saying")

// attributionHeadLoc returns the bounds of the reporting lead of s, as
// attributionHead finds it. A match holds none of `,;“”"`, so it lies in
// the text before the first of them, and needs a word of headVerbs there.
func attributionHeadLoc(s string) []int {
	if i := strings.IndexAny(s, ",;“”\""); i >= 0 {
		s = s[:i]
	}
	if !hasWordIn(s, headVerbs) {
		return nil
	}
	return attributionHead.FindStringIndex(s)
}

// subjectRelativeLoc returns the bounds of the first match of
// subjectRelative in s; every match holds a "who" or "which" that white
// space follows.
func subjectRelativeLoc(s string) []int {
	if relativeLoc(s) == nil {
		return nil
	}
	return subjectRelative.FindStringIndex(s)
}

// mayHaveAppositive reports whether s can hold a match of appositiveRE,
// which has two commas each followed by a space.
func mayHaveAppositive(s string) bool {
	i := strings.Index(s, ", ")
	return i >= 0 && strings.Contains(s[i+2:], ", ")
}

// dropAppositives replaces the matches of appositiveRE in s by the
// letter before and the word after each.
func dropAppositives(s string) string {
	if !mayHaveAppositive(s) {
		return s
	}
	return appositiveRE.ReplaceAllString(s, "$1$2")
}

// orgRoles are the roles of roleOfOrg.
var orgRoles = setOf("Director", "Head", "Chief", "Secretary", "Minister", "Chairman", "Chairwoman",
	"Spokesman", "Spokeswoman", "Commander", "President")

// mayHaveRoleOf reports whether s can hold a match of roleOfOrg, which
// opens with a word of orgRoles and " of ".
func mayHaveRoleOf(s string) bool {
	for i := 0; ; {
		j := strings.Index(s[i:], " of ")
		if j < 0 {
			return false
		}
		end := i + j
		st := end
		for st > 0 && isREWordByte(s[st-1]) {
			st--
		}
		if orgRoles[s[st:end]] {
			return true
		}
		i = end + 1
	}
}

// dropRolesOfOrg replaces a role in an organisation before a person's name
// by the name, as replacing roleOfOrg does.
func dropRolesOfOrg(s string) string {
	if !mayHaveRoleOf(s) {
		return s
	}
	return roleOfOrg.ReplaceAllString(s, "$1$2")
}

// frontedPPLoc returns the bounds of the match of frontedPP in s, which
// opens with a capital I, A, D, O or B.
func frontedPPLoc(s string) []int {
	if s == "" || strings.IndexByte("IADOB", s[0]) < 0 {
		return nil
	}
	return frontedPP.FindStringIndex(s)
}

// leadAppositiveLoc returns the submatches of leadAppositive in s, whose
// first comma must come after three bytes, be followed by a space and by
// another comma.
func leadAppositiveLoc(s string) []int {
	i := strings.IndexByte(s, ',')
	if i < 3 || !strings.HasPrefix(s[i:], ", ") || strings.IndexByte(s[i+2:], ',') < 0 {
		return nil
	}
	return leadAppositive.FindStringSubmatchIndex(s)
}
