package timeline

import (
	"regexp"
	"strings"
	"unicode"
)

// furnitureWords are whole lines that are page furniture rather than
// article text: buttons, section labels and widget titles. They are
// compared lower-cased, without trailing ":" or "|".
var furnitureWords = setOf(
	"share", "share this", "share this article", "share this story", "share on facebook",
	"share on twitter", "share on x", "share on whatsapp", "tweet", "email", "e-mail", "print",
	"copy link", "link copied", "comments", "comment", "save", "saved", "save article",
	"listen", "listen to this article", "advertisement", "advertising", "sponsored", "ad",
	"subscribe", "sign up", "log in", "sign in", "follow", "follow us", "skip to content",
	"skip advertisement", "close", "menu", "search", "home", "back to top", "watch", "video",
	"photos", "photo", "gallery", "loading", "image", "audio", "play", "toggle caption",
	"world", "news", "politics", "business", "economy", "europe", "asia", "africa", "americas",
	"middle east", "us", "u.s.", "uk", "opinion", "analysis", "sport", "sports", "tech",
	"technology", "science", "health", "culture", "entertainment", "lifestyle", "travel",
	"climate", "environment", "live", "breaking", "breaking news", "exclusive", "national",
	"international", "local", "markets", "finance", "world news", "us news", "uk news",
	"europe news", "latest", "top stories", "explainer", "in pictures", "fact check",
)

// tailMarkers open a block of teasers or links that runs to the end of the
// page, such as "Related Articles" or "More from World".
var tailMarkers = setOf(
	"related", "related articles", "related stories", "related content", "related news",
	"related coverage", "related posts", "read more", "read next", "more stories",
	"more on this story", "recommended", "recommended stories", "recommended for you",
	"you may also like", "you might also like", "most read", "most popular", "most viewed",
	"trending", "trending now", "latest news", "see also", "also read", "further reading",
	"editor's picks", "editors' picks", "more in this section", "what to read next",
)

var (
	bylineRE = regexp.MustCompile(`^(?i:by|written by|words by|story by)\s+\p{Lu}[\p{L}.'’-]*(?:[ ,]+(?:and\s+)?\p{Lu}[\p{L}.'’-]*){0,7}(?:\s*[|,]\s*.{0,40})?$`)
	// creditRE matches at most creditLen bytes at the start of a line.
	creditRE  = regexp.MustCompile(`(?i)^(?:reporting by|editing by|additional reporting|writing by|compiled by)\b`)
	photoRE   = regexp.MustCompile(`(?i)^(?:photo|photograph|image|picture|credit|photo credit|image credit|file photo|caption)s?\b\s*[:(/-]|\((?:ap photo|photo|getty|reuters|afp)\b|\b(?:ap photo/|getty images|via getty|/reuters|/afp|shutterstock|/ap\b)`)
	stampRE   = regexp.MustCompile(`(?i)^(?:published|updated|last updated|posted|first published)\b|^\d+\s+min(?:ute)?s?\s+read$`)
	readMore  = regexp.MustCompile(`(?i)^(?:read more|read also|also read|see also|related|watch|listen|more)\s*:\s*\S`)
	placeLine = regexp.MustCompile(`^[ \t]*(?i:date:?[ \t]+\d{4}-\d{2}-\d{2}[ \t]+)?(?:[A-Z][A-Z.'’-]*(?: [A-Z][A-Z.'’-]*){0,3}(?:, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?)?(?: \([A-Za-z .]+\))?|\((?:AP|Reuters|AFP|CNN|UPI|Bloomberg)\))(?:[ \t]*(?:—|–|--|_)|[ \t]+-)[ \t]+`)
)

// creditLen bounds the bytes creditRE reads: its longest phrase, each
// letter as long as its longest case-folded form, and the rune after it.
const creditLen = 64

// furnitureLines decides, for each line of body, whether it is page
// furniture to drop.
func furnitureLines(body string, lines []line) []bool {
	drop := make([]bool, len(lines))
	counts := map[string]int{}
	for _, ln := range lines {
		if k := shortLabel(body[ln.start:ln.end]); k != "" {
			counts[k]++
		}
	}
	content := 0
	for i, ln := range lines {
		t := strings.TrimSpace(strings.Trim(body[ln.start:ln.end], "#>*_ \t\u00a0"))
		key := strings.ToLower(strings.TrimRight(t, ":| "))
		if t == "" {
			continue
		}
		if content > 0 && tailMarkers[key] || content > 0 && strings.HasPrefix(key, "more from ") && wordCount(t) <= 6 {
			for j := i; j < len(lines); j++ {
				drop[j] = true
			}
			break
		}
		switch {
		case furnitureWords[key], counts[shortLabel(t)] > 1,
			bylineRE.MatchString(t) && !endsSentence(t),
			mayBeCredit(t) && creditRE.MatchString(t[:min(len(t), creditLen)]),
			wordCount(t) <= 40 && mayBePhoto(t) && photoRE.MatchString(t),
			wordCount(t) <= 12 && stampRE.MatchString(t), wordCount(t) <= 25 && readMore.MatchString(t):
			drop[i] = true
		default:
			content++
		}
	}
	return drop
}

// shortLabel returns the lower-cased text of a line that looks like a label
// (at most five words, no sentence punctuation at its end), or "".
func shortLabel(s string) string {
	t := strings.TrimSpace(s)
	if t == "" || wordCount(t) > 5 || endsSentence(t) {
		return ""
	}
	return strings.ToLower(t)
}

// datelineLen returns the length of a dateline opening s, such as
// "date 2025-04-04 BRUSSELS — ", "WASHINGTON (AP) — " or the wire style
// "BOSTON, Mass. _ ", or 0.
func datelineLen(s string) int {
	if d, ok := ParseDateline(s); ok {
		return d.Len
	}
	loc := placeLine.FindStringIndex(s)
	if loc == nil {
		return 0
	}
	head := strings.TrimSpace(s[:loc[1]])
	letters := 0
	for _, r := range head {
		if unicode.IsUpper(r) {
			letters++
		}
	}
	if letters < 2 || loc[1] >= len(s) {
		return 0
	}
	return loc[1]
}

// endsSentence reports whether s ends with sentence punctuation, possibly
// followed by closing quotes or brackets.
func endsSentence(s string) bool {
	t := strings.TrimRight(s, " \t”’\"')]\u00bb")
	return strings.HasSuffix(t, ".") || strings.HasSuffix(t, "!") || strings.HasSuffix(t, "?") || strings.HasSuffix(t, "…")
}

// setOf returns a set of the given strings.
func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}
