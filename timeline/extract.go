package timeline

import (
	"strings"

	"github.com/eventline/timeline/timeline/temporal"
)

// Extract returns the dated mentions of the articles, in article order.
func Extract(articles []*Article, tagger *temporal.Tagger) []*Mention {
	var out []*Mention
	for _, a := range articles {
		for _, m := range tagger.Tag(a.Clean, a.PublishedDay()) {
			if !m.Resolved() {
				continue
			}
			start := strings.LastIndexAny(a.Clean[:m.Start], ".\n") + 1
			end := strings.IndexAny(a.Clean[m.End:], ".\n")
			if end < 0 {
				end = len(a.Clean)
			} else {
				end += m.End + 1
			}
			out = append(out, &Mention{Article: a, Sentence: strings.TrimSpace(a.Clean[start:end]), SentenceStart: start, Match: m})
		}
	}
	return out
}
