package timeline

import (
	"sort"
	"strings"
)

var (
	// tollHeads are the verbs and adjectives of a casualty count.
	tollHeads = setOf("killed", "died", "dead", "injured", "wounded", "hurt", "missing", "risen", "rose", "climbed")
	// countWords are counts written as words.
	countWords = setOf("dozens", "scores", "hundreds", "thousands", "dozen", "score", "hundred", "thousand")
)

// tollWindow is how many days after a violent happening a casualty count
// may update it.
const tollWindow = 31

// isTollUpdate reports whether a clause is a casualty count that updates a
// violent happening rather than telling of one: a count as the subject of
// a passive or perfect "killed", "died", "injured" ("At least 82 were
// killed", "More than 100 people have died"), or a death toll that rose.
// "The bomb killed 12 people" tells of the bombing itself.
func isTollUpdate(clause string) bool {
	toks, _ := lowerTokens(clause)
	g := mainGroup(verbGroups(toks))
	if g.first < 0 || g.first > 12 || !tollHeads[toks[g.head]] {
		return false
	}
	subj := toks[:g.first]
	counted := false
	for _, w := range subj {
		if w == "toll" {
			return true
		}
		if eventKinds[w] != "" {
			return false
		}
		counted = counted || isNumber(w) || countWords[w] || numberWords[w]
	}
	return counted && g.head > g.first
}

// absorbTolls merges each event told only by casualty counts into the
// violent happening they count: one of kind violence that starts at most
// tollWindow days before the count and not after it, reported by one of
// the same articles or naming someone or somewhere in common; the one of the same
// article first, then the most reported, then the latest. The happening
// keeps its date, title and id.
func absorbTolls(events []*Event) []*Event {
	var out []*Event
	for _, e := range events {
		if !tollEvent(e) {
			out = append(out, e)
		}
	}
	targets := newViolentIndex(out)
	for _, e := range events {
		if !tollEvent(e) {
			continue
		}
		if t := tollTarget(e, targets.around(e)); t != nil {
			t.Mentions = append(t.Mentions, e.Mentions...)
			orderMentions(t.Mentions)
			continue
		}
		out = append(out, e)
	}
	return out
}

// violentIndex holds the violent events sorted by start date, to find the
// ones a casualty count may update without looking at every event.
type violentIndex struct {
	events []*Event
	// span is the longest interval of the events, in days.
	span int
}

func newViolentIndex(events []*Event) *violentIndex {
	ix := &violentIndex{}
	for _, e := range events {
		if violent(e) {
			ix.events = append(ix.events, e)
			ix.span = max(ix.span, e.Date.Days())
		}
	}
	sort.SliceStable(ix.events, func(i, j int) bool { return ix.events[i].Date.Start.Before(ix.events[j].Date.Start) })
	return ix
}

// around returns, in the order given, the violent events that may overlap
// the tollWindow days before e: those starting no later than e ends and no
// earlier than the window less the longest event.
func (ix *violentIndex) around(e *Event) []*Event {
	hi := sort.Search(len(ix.events), func(i int) bool { return ix.events[i].Date.Start.After(e.Date.End) })
	from := e.Date.Start.AddDate(0, 0, -tollWindow-ix.span)
	lo := sort.Search(hi, func(i int) bool { return !ix.events[i].Date.Start.Before(from) })
	return ix.events[lo:hi]
}

// tollEvent reports whether all of an event's mentions are casualty counts.
func tollEvent(e *Event) bool {
	for _, m := range e.Mentions {
		if !m.feat.hap.toll {
			return false
		}
	}
	return len(e.Mentions) > 0
}

// tollTarget returns the event among events that the count e updates, or
// nil.
func tollTarget(e *Event, events []*Event) *Event {
	var cands []*Event
	for _, t := range events {
		start := e.Date.Start.AddDate(0, 0, -tollWindow)
		if t.Date.Start.After(e.Date.End) || t.Date.End.Before(start) {
			continue
		}
		if shareArticle(e, t) || shareName(e, t) {
			cands = append(cands, t)
		}
	}
	if len(cands) == 0 {
		return nil
	}
	sort.SliceStable(cands, func(i, j int) bool {
		a, b := cands[i], cands[j]
		if x, y := shareArticle(e, a), shareArticle(e, b); x != y {
			return x
		}
		if x, y := a.ArticleCount(), b.ArticleCount(); x != y {
			return x > y
		}
		if !a.Date.Start.Equal(b.Date.Start) {
			return a.Date.Start.After(b.Date.Start)
		}
		return a.ID < b.ID
	})
	return cands[0]
}

// violent reports whether one of an event's mentions is of kind violence.
func violent(e *Event) bool {
	for _, m := range e.Mentions {
		if m.feat.hap.kind == "violence" {
			return true
		}
	}
	return false
}

// shareArticle reports whether two events have a mention in one article.
func shareArticle(a, b *Event) bool {
	for _, x := range a.Mentions {
		for _, y := range b.Mentions {
			if x.Article == y.Article {
				return true
			}
		}
	}
	return false
}

// shareName reports whether the sentences of two events name someone or
// somewhere in common: a capitalised word that does not open its sentence
// and is not a function, time or title word.
func shareName(a, b *Event) bool {
	na := sentenceNames(a)
	for n := range sentenceNames(b) {
		if na[n] {
			return true
		}
	}
	return false
}

// sentenceNames returns the lower-cased names in the sentences of an
// event's mentions.
func sentenceNames(e *Event) map[string]bool {
	out := map[string]bool{}
	for _, m := range e.Mentions {
		for i, t := range wordTokens(m.Sentence) {
			low := strings.ToLower(t.text)
			if i > 0 && isCap(t.text) && !stopwords[low] && !roleWords[t.text] && !monthAbbrevs[strings.TrimSuffix(low, ".")] {
				out[low] = true
			}
		}
	}
	return out
}

// orderMentions orders an event's mentions by article path and offset.
func orderMentions(ms []*Mention) {
	sort.SliceStable(ms, func(x, y int) bool {
		if ms[x].Article.Path != ms[y].Article.Path {
			return ms[x].Article.Path < ms[y].Article.Path
		}
		return ms[x].ClauseStart < ms[y].ClauseStart
	})
}
