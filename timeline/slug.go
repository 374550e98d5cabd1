package timeline

import (
	"fmt"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// maxSlugLen bounds a slug's length in bytes.
const maxSlugLen = 80

// Slugify turns s into a URL path segment: lower-case ASCII letters, digits
// and single hyphens. Accents are folded ("Noël" -> "noel"); slashes, dots
// and every other character become hyphens, so a slug can never climb out
// of its folder. It returns "" when nothing usable is left.
func Slugify(s string) string {
	var b strings.Builder
	hyphen := false
	for _, r := range norm.NFKD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case r < unicode.MaxASCII && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			if hyphen && b.Len() > 0 {
				b.WriteByte('-')
			}
			hyphen = false
			b.WriteRune(unicode.ToLower(r))
		default:
			hyphen = true
		}
		if b.Len() >= maxSlugLen {
			break
		}
	}
	return strings.TrimRight(b.String(), "-")
}

// assignSlugs gives each article a unique slug. Articles are taken in path
// order; the second and later holders of a slug get "-2", "-3", ... and a
// warning each.
func assignSlugs(as []*Article) (warnings []string) {
	sortArticles(as)
	used := map[string]bool{}
	for _, a := range as {
		base := a.Slug
		if base == "" {
			base = "article"
		}
		slug := base
		for n := 2; used[slug]; n++ {
			slug = fmt.Sprintf("%s-%d", base, n)
		}
		if slug != base {
			warnings = append(warnings, fmt.Sprintf("%s:1: slug %q already used; this article gets %q", a.Path, base, slug))
		}
		used[slug] = true
		a.Slug = slug
	}
	return warnings
}
