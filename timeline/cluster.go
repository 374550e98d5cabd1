package timeline

import (
	"crypto/sha256"
	"encoding/hex"
	"math"
	"sort"
	"strings"
	"time"

	"github.com/eventline/timeline/timeline/temporal"
)

// mergeThreshold is the keyword similarity above which two mentions with
// compatible dates report the same happening.
const mergeThreshold = 0.3

// Cluster merges mentions of the same happening into events.
//
// Two mentions are compared only when their date intervals can overlap:
// each mention is filed under the finest calendar block (day, month, year)
// that holds its whole interval, and is compared with the mentions filed
// under that block and under the blocks that contain it, so the work grows
// with the size of the blocks, not with the square of the collection.
// Mentions whose keyword similarity (IDF-weighted lemmas, see keywords)
// reaches mergeThreshold are merged greedily, the most similar pairs first,
// as long as the merged event keeps a common date, does not join two
// mentions of one sentence (one sentence with two anchors tells of two
// happenings), joins no two mentions that tell of different acts (see
// happening) and its members stay similar on average, not only in a chain
// of pairs. Mentions dated to a decade or coarser pair only within their
// article (see coarsestShared).
//
// A lead sentence dated by the publication convention may also merge with
// an event of the day before: news reports what happened yesterday. A
// casualty count ("At least 82 were killed") joins the violent happening
// it counts (see absorbTolls).
func Cluster(mentions []*Mention) []*Event {
	ensureFeatures(mentions)
	kws := weightedKeywords(mentions)
	haps := make([]happening, len(mentions))
	for i, m := range mentions {
		haps[i] = m.feat.hap
	}
	sc := newScoring(mentions, kws, haps)
	pairs := scoreCandidates(mentions, sc.kws, sc.score)
	uf := newUnion(mentions)
	uf.fits = func(i, j int) bool { return !sc.conflict(i, j) }
	uf.sim = sc.relative
	for p, ok := pairs.next(); ok; p, ok = pairs.next() {
		uf.merge(int(p.i), int(p.j))
	}
	groups := uf.groups()
	events := make([]*Event, len(groups))
	parallelFor(len(groups), func(g int) { events[g] = newEvent(mentions, sc, groups[g]) })
	events = absorbTolls(events)
	uniqueIDs(events)
	return events
}

// threshold returns the similarity two mentions need to merge: more when
// their precisions are far apart (a year and a day), less when they are
// next to each other in one article, where a writer goes on about the
// same happening ("... a summit in Geneva last month. The February meeting
// marked ...").
func threshold(a, b *Mention) float64 {
	t := mergeThreshold
	if gap := precisionRank(a.Date.Precision) - precisionRank(b.Date.Precision); gap > 1 || gap < -1 {
		t += 0.15 * float64(abs(gap)-1)
	}
	if a.Article == b.Article && abs(a.sentence-b.sentence) <= 1 {
		t /= 2
	}
	return t
}

// precisionRank ranks precisions by grain: day, week, month, a part of a
// year, a year, then coarser.
func precisionRank(p temporal.Precision) int {
	switch p {
	case temporal.Day:
		return 0
	case temporal.Week:
		return 1
	case temporal.Month:
		return 2
	case temporal.Quarter, temporal.Season, temporal.Half:
		return 3
	case temporal.Year:
		return 4
	}
	return 5
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// pair is two mentions, by index, and their similarity.
type pair struct {
	i, j int32
	sim  float64
}

// blockKeys returns the blocks of an interval, finest first: its day,
// month and year when it lies within one, then the block of everything.
func blockKeys(iv temporal.Interval) []string {
	var keys []string
	s, e := iv.Start, iv.End
	if s.Equal(e) {
		keys = append(keys, "d"+s.Format("2006-01-02"))
	}
	if s.Year() == e.Year() && s.Month() == e.Month() {
		keys = append(keys, "m"+s.Format("2006-01"))
	}
	if s.Year() == e.Year() {
		keys = append(keys, "y"+s.Format("2006"))
	}
	return append(keys, "*")
}

// mergeDate returns the interval a mention may merge within: its date, or
// for a lead sentence dated by the publication convention the publication
// day and the day before.
func mergeDate(m *Mention) temporal.Interval {
	iv := m.Date
	if m.Lead {
		iv.Start = iv.Start.AddDate(0, 0, -1)
	}
	return iv
}

// sameSentence reports whether two mentions come from one sentence.
func sameSentence(a, b *Mention) bool {
	return a.Article == b.Article && a.SentenceStart == b.SentenceStart
}

// weightedKeywords returns the keywords of each mention's clause (from its
// features) weighted by their inverse document frequency across the
// mentions, so that the words of the whole story ("ceasefire", "Ukraine")
// count less than the words of one happening.
func weightedKeywords(mentions []*Mention) [][]keyword {
	kws := make([][]keyword, len(mentions))
	for i, m := range mentions {
		kws[i] = append([]keyword(nil), m.feat.kws...)
	}
	df := map[string]int{}
	for i := range mentions {
		for _, k := range kws[i] {
			df[k.word]++
		}
	}
	n := float64(len(mentions))
	for _, ks := range kws {
		for x := range ks {
			ks[x].weight *= math.Log(1 + n/float64(df[ks[x].word]))
		}
	}
	return kws
}

// eventID derives an event's id from its earliest mention: the article's
// path, the normalised sentence and the time expression, not offsets that
// shift when unrelated text is edited.
func eventID(m *Mention) string {
	sentence := strings.Join(strings.Fields(strings.ToLower(m.Sentence)), " ")
	h := sha256.Sum256([]byte(m.Article.Path + "\x00" + sentence + "\x00" + m.Match.Text))
	return hex.EncodeToString(h[:])[:10]
}

// uniqueIDs appends "-2", "-3", ... to repeated ids, in mention order.
func uniqueIDs(events []*Event) {
	sort.Slice(events, func(i, j int) bool { return mentionLess(events[i].Mentions[0], events[j].Mentions[0]) })
	seen := map[string]int{}
	for _, e := range events {
		seen[e.ID]++
		if n := seen[e.ID]; n > 1 {
			e.ID += "-" + itoa(n)
		}
	}
}

// mentionLess orders mentions by publication, article path and offset.
func mentionLess(a, b *Mention) bool {
	if !a.Article.Published.Equal(b.Article.Published) {
		return a.Article.Published.Before(b.Article.Published)
	}
	if a.Article.Path != b.Article.Path {
		return a.Article.Path < b.Article.Path
	}
	if a.ClauseStart != b.ClauseStart {
		return a.ClauseStart < b.ClauseStart
	}
	return a.Match.Start < b.Match.Start
}

// Order sorts events by date, then precision (finer first), then id.
func Order(events []*Event) {
	sort.SliceStable(events, func(i, j int) bool {
		a, b := events[i], events[j]
		if !a.Date.Start.Equal(b.Date.Start) {
			return a.Date.Start.Before(b.Date.Start)
		}
		if !a.Date.End.Equal(b.Date.End) {
			return a.Date.End.Before(b.Date.End)
		}
		return a.ID < b.ID
	})
}

// KeyEvents returns the n most reported events: by distinct articles, then
// mentions, then date and id. The events are not modified; n <= 0 or
// beyond len(events) returns them all, ranked.
func KeyEvents(events []*Event, n int) []*Event {
	out := append([]*Event(nil), events...)
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if x, y := a.ArticleCount(), b.ArticleCount(); x != y {
			return x > y
		}
		if x, y := a.MentionCount(), b.MentionCount(); x != y {
			return x > y
		}
		if !a.Date.Start.Equal(b.Date.Start) {
			return a.Date.Start.Before(b.Date.Start)
		}
		return a.ID < b.ID
	})
	if n > 0 && n < len(out) {
		out = out[:n]
	}
	return out
}

// itoa formats a small non-negative int.
func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}

// dayMax returns the later of two days; dayMin the earlier.
func dayMax(a, b time.Time) time.Time {
	if a.After(b) {
		return a
	}
	return b
}

func dayMin(a, b time.Time) time.Time {
	if a.Before(b) {
		return a
	}
	return b
}
