package timeline

import (
	"math"
	"slices"

	"github.com/eventline/timeline/timeline/temporal"
)

// Scoring a candidate pair is the inner loop of clustering: an archive of
// 100,000 articles scores hundreds of millions of pairs. So the pairs are
// scored on a packed copy of what scoring reads of each mention, with the
// words numbered in their sorted order, rather than by following pointers
// to the mentions and comparing strings. The results are the same.

// wordID numbers a keyword: the order of the ids is the order of the words.
type wordID int32

// idKeyword is a weighted keyword by id.
type idKeyword struct {
	id     wordID
	weight float64
}

// scoreRow is what scoring a pair reads of one mention.
type scoreRow struct {
	// start and end are the mention's merge date (see mergeDate), in Unix
	// seconds.
	start, end int64
	// total is the sum of the keyword weights.
	total float64
	// article numbers the mention's article; sentStart is the offset of
	// its sentence and sentence its index.
	article, sentStart, sentence int32
	// rank is the precisionRank of the mention's date.
	rank int8
	// day reports a date of day precision; lead a lead mention.
	day, lead bool
	// toll, kind and agents are the mention's happening, the kind by
	// number and the agents by word id (-1 when no keyword has it), sorted.
	toll   bool
	kind   int16
	agents []wordID
}

// coarsestShared is the coarsest precisionRank (a year) of a mention that
// may pair with a mention of another article. Decades and centuries date
// the background of a story ("was last hit this hard in the 1990s"):
// across articles, sharing one and a few words tells nothing of sharing a
// happening, and an archive of a thousand such sentences would become one
// event.
const coarsestShared = 4

// scoring is the packed form of the mentions being clustered.
type scoring struct {
	rows []scoreRow
	kws  [][]idKeyword
}

// newScoring packs the mentions, whose weighted keywords are kws and whose
// happenings are haps.
func newScoring(mentions []*Mention, kws [][]keyword, haps []happening) *scoring {
	ids := wordIDs(kws)
	s := &scoring{rows: make([]scoreRow, len(mentions)), kws: make([][]idKeyword, len(mentions))}
	articles := map[*Article]int32{}
	kinds := map[string]int16{"": 0}
	for i, m := range mentions {
		s.kws[i] = make([]idKeyword, len(kws[i]))
		for x, k := range kws[i] {
			s.kws[i][x] = idKeyword{ids[k.word], k.weight}
		}
		art, ok := articles[m.Article]
		if !ok {
			art = int32(len(articles))
			articles[m.Article] = art
		}
		kind, ok := kinds[haps[i].kind]
		if !ok {
			kind = int16(len(kinds))
			kinds[haps[i].kind] = kind
		}
		iv := mergeDate(m)
		s.rows[i] = scoreRow{start: iv.Start.Unix(), end: iv.End.Unix(), total: keywordTotal(kws[i]),
			article: art, sentStart: int32(m.SentenceStart), sentence: int32(m.sentence),
			rank: int8(precisionRank(m.Date.Precision)), day: m.Date.Precision == temporal.Day, lead: m.Lead,
			toll: haps[i].toll, kind: kind, agents: agentIDs(haps[i].agents, ids)}
	}
	return s
}

// wordIDs numbers the words of kws in sorted order.
func wordIDs(kws [][]keyword) map[string]wordID {
	seen := map[string]bool{}
	var words []string
	for _, ks := range kws {
		for _, k := range ks {
			if !seen[k.word] {
				seen[k.word] = true
				words = append(words, k.word)
			}
		}
	}
	slices.Sort(words)
	ids := make(map[string]wordID, len(words))
	for i, w := range words {
		ids[w] = wordID(i)
	}
	return ids
}

// agentIDs returns the ids of the agents, sorted; an agent that is no
// keyword of any mention gets -1, which matches none.
func agentIDs(agents []string, ids map[string]wordID) []wordID {
	if len(agents) == 0 {
		return nil
	}
	out := make([]wordID, len(agents))
	for x, a := range agents {
		id, ok := ids[a]
		if !ok {
			id = -1
		}
		out[x] = id
	}
	slices.Sort(out)
	return out
}

// score returns the similarity of mentions i and j and whether they are a
// candidate pair: dates that overlap, different sentences, no conflict
// and a similarity that reaches their threshold (see Cluster).
func (s *scoring) score(i, j int) (float64, bool) {
	a, b := &s.rows[i], &s.rows[j]
	if a.end < b.start || b.end < a.start || a.article == b.article && a.sentStart == b.sentStart || s.conflict(i, j) {
		return 0, false
	}
	if a.article != b.article && max(a.rank, b.rank) > coarsestShared {
		return 0, false
	}
	sim := similarityIDs(s.kws[i], s.kws[j], a.total, b.total)
	return sim, sim > 0 && sim >= s.threshold(i, j)
}

// relative returns the similarity of mentions i and j relative to the
// similarity they need to merge.
func (s *scoring) relative(i, j int) float64 {
	return similarityIDs(s.kws[i], s.kws[j], s.rows[i].total, s.rows[j].total) / s.threshold(i, j)
}

// threshold is threshold times kindFactor, for mentions i and j.
func (s *scoring) threshold(i, j int) float64 {
	a, b := &s.rows[i], &s.rows[j]
	t := mergeThreshold
	if gap := int(a.rank) - int(b.rank); gap > 1 || gap < -1 {
		t += 0.15 * float64(abs(gap)-1)
	}
	if a.article == b.article && abs(int(a.sentence)-int(b.sentence)) <= 1 {
		t /= 2
	}
	if a.kind != 0 && a.kind == b.kind && a.day && b.day {
		t *= 0.6
	}
	return t
}

// conflict is conflict for mentions i and j.
func (s *scoring) conflict(i, j int) bool {
	a, b := &s.rows[i], &s.rows[j]
	if a.toll || b.toll {
		return true
	}
	if a.kind != 0 && b.kind != 0 && a.kind != b.kind {
		return true
	}
	if len(a.agents) == 0 || len(b.agents) == 0 {
		return false
	}
	return !anyID(a.agents, s.kws[j]) && !anyID(b.agents, s.kws[i])
}

// anyID reports whether one of ids is among the keywords ks, which are
// sorted by id.
func anyID(ids []wordID, ks []idKeyword) bool {
	for _, id := range ids {
		if id < 0 {
			continue
		}
		if _, ok := slices.BinarySearchFunc(ks, id, func(k idKeyword, id wordID) int { return int(k.id) - int(id) }); ok {
			return true
		}
	}
	return false
}

// similarityIDs returns the weighted overlap of two keyword sets sorted by
// id, whose weights sum to wa and wb: the weight of the shared words over
// the geometric mean of the two sets' weights.
func similarityIDs(a, b []idKeyword, wa, wb float64) float64 {
	var shared float64
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i].id == b[j].id:
			shared += (a[i].weight + b[j].weight) / 2
			i++
			j++
		case a[i].id < b[j].id:
			i++
		default:
			j++
		}
	}
	if wa == 0 || wb == 0 {
		return 0
	}
	return shared / math.Sqrt(wa*wb)
}
