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

// tollUpdateIn reports whether a clause whose lower-case tokens are toks
// and whose main verb group is g is a casualty count that updates a
// violent happening rather than telling of one: a count as the subject of
// a passive or perfect "killed", "died", "injured" ("At least 82 were
// killed", "More than 100 people have died"), or a death toll that rose.
// "The bomb killed 12 people" tells of the bombing itself.
func tollUpdateIn(toks []string, g verbGroup) bool {
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
	seen := eventSeen{}
	for _, e := range events {
		if !tollEvent(e) {
			continue
		}
		if t := tollTarget(e, targets.around(e), seen); t != nil {
			t.Mentions = append(t.Mentions, e.Mentions...)
			orderMentions(t.Mentions)
			seen.absorb(t, e)
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
// nil. seen keeps what the events report.
func tollTarget(e *Event, events []*Event, seen eventSeen) *Event {
	var cands []*Event
	shared := map[*Event]bool{}
	for _, t := range events {
		start := e.Date.Start.AddDate(0, 0, -tollWindow)
		if t.Date.Start.After(e.Date.End) || t.Date.End.Before(start) {
			continue
		}
		shared[t] = seen.shareArticle(e, t)
		if shared[t] || seen.shareName(e, t) {
			cands = append(cands, t)
		}
	}
	if len(cands) == 0 {
		return nil
	}
	sort.SliceStable(cands, func(i, j int) bool {
		a, b := cands[i], cands[j]
		if x, y := shared[a], shared[b]; x != y {
			return x
		}
		if x, y := len(seen.of(a).articles), len(seen.of(b).articles); x != y {
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

// eventSeen keeps, for each event asked about, the articles that report
// it and the names in its sentences (see sentenceNames), so that they are
// computed once per event rather than once per pair of events.
type eventSeen map[*Event]*seenIn

// seenIn is what one event reports.
type seenIn struct {
	articles map[*Article]bool
	names    map[string]bool
}

// of returns what e reports.
func (s eventSeen) of(e *Event) *seenIn {
	if in := s[e]; in != nil {
		return in
	}
	in := &seenIn{articles: map[*Article]bool{}, names: sentenceNames(e)}
	for _, m := range e.Mentions {
		in.articles[m.Article] = true
	}
	s[e] = in
	return in
}

// absorb records that t took the mentions of e.
func (s eventSeen) absorb(t, e *Event) {
	in, from := s.of(t), s.of(e)
	for a := range from.articles {
		in.articles[a] = true
	}
	for n := range from.names {
		in.names[n] = true
	}
}

// shareArticle reports whether two events have a mention in one article.
func (s eventSeen) shareArticle(a, b *Event) bool {
	return shareKey(s.of(a).articles, s.of(b).articles)
}

// shareName reports whether the sentences of two events name someone or
// somewhere in common: a capitalised word that does not open its sentence
// and is not a function, time or title word.
func (s eventSeen) shareName(a, b *Event) bool {
	return shareKey(s.of(a).names, s.of(b).names)
}

// shareKey reports whether two sets have a key in common.
func shareKey[K comparable](a, b map[K]bool) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	for k := range a {
		if b[k] {
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
