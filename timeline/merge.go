package timeline

import (
	"math"
	"sort"

	"github.com/eventline/timeline/timeline/temporal"
)

// sentenceKey names one sentence of one article.
type sentenceKey struct {
	article *Article
	start   int
}

// union is a union-find over mentions that keeps, for each group, the
// intersection of its members' intervals and the sentences they come from,
// and refuses merges that would empty the one or repeat the other.
//
// A singleton group holds no list or set of its own, which would take
// hundreds of bytes for each of the hundreds of thousands of mentions of
// a large archive: members[r] and sents[r] stay nil while group r is the
// mention r alone, whose sentence is sentence[r].
type union struct {
	parent   []int
	iv       []temporal.Interval
	members  [][]int
	sents    []map[sentenceKey]bool
	sentence []sentenceKey
	// self[r:r+1] are the members of singleton r.
	self []int
	// fits reports whether two mentions may be in one group; sim returns
	// their similarity relative to the threshold of the pair. Either may
	// be nil.
	fits func(i, j int) bool
	sim  func(i, j int) float64
}

// linkSample is the number of members of each group compared when two
// groups merge, which keeps the check linear in the size of the groups.
const linkSample = 12

// minAverageLink is the least average similarity, relative to the merge
// threshold, between the members of two merging groups.
const minAverageLink = 0.5

// newUnion returns a union of singleton groups.
func newUnion(mentions []*Mention) *union {
	n := len(mentions)
	u := &union{parent: make([]int, n), iv: make([]temporal.Interval, n), members: make([][]int, n),
		sents: make([]map[sentenceKey]bool, n), sentence: make([]sentenceKey, n), self: make([]int, n)}
	for i, m := range mentions {
		u.parent[i], u.self[i] = i, i
		u.iv[i] = mergeDate(m)
		u.sentence[i] = sentenceKey{m.Article, m.SentenceStart}
	}
	return u
}

// membersOf returns the members of the group of root r.
func (u *union) membersOf(r int) []int {
	if u.members[r] == nil {
		return u.self[r : r+1 : r+1]
	}
	return u.members[r]
}

// sentencesOf returns the sentences of the group of root r.
func (u *union) sentencesOf(r int) map[sentenceKey]bool {
	if u.sents[r] == nil {
		return map[sentenceKey]bool{u.sentence[r]: true}
	}
	return u.sents[r]
}

// shareSentence reports whether the groups of roots a and b have a
// sentence in common.
func (u *union) shareSentence(a, b int) bool {
	switch sa, sb := u.sents[a], u.sents[b]; {
	case sa == nil && sb == nil:
		return u.sentence[a] == u.sentence[b]
	case sa == nil:
		return sb[u.sentence[a]]
	case sb == nil:
		return sa[u.sentence[b]]
	default:
		return shareKey(sa, sb)
	}
}

// find returns the root of i's group.
func (u *union) find(i int) int {
	for u.parent[i] != i {
		u.parent[i] = u.parent[u.parent[i]]
		i = u.parent[i]
	}
	return i
}

// merge joins the groups of i and j when their intervals still share a day
// and they share no sentence. It reports whether they are now one group.
func (u *union) merge(i, j int) bool {
	a, b := u.find(i), u.find(j)
	if a == b {
		return true
	}
	if !u.iv[a].Overlaps(u.iv[b]) {
		return false
	}
	if u.shareSentence(a, b) {
		return false
	}
	if !u.linked(a, b) {
		return false
	}
	if la, lb := len(u.membersOf(a)), len(u.membersOf(b)); la < lb || la == lb && b < a {
		a, b = b, a
	}
	u.parent[b] = a
	u.iv[a] = temporal.Interval{Start: dayMax(u.iv[a].Start, u.iv[b].Start), End: dayMin(u.iv[a].End, u.iv[b].End),
		Precision: min(u.iv[a].Precision, u.iv[b].Precision)}
	u.members[a] = append(u.membersOf(a), u.membersOf(b)...)
	sents := u.sentencesOf(a)
	if u.sents[b] == nil {
		sents[u.sentence[b]] = true
	}
	for k := range u.sents[b] {
		sents[k] = true
	}
	u.sents[a] = sents
	u.members[b], u.sents[b] = nil, nil
	return true
}

// linked reports whether the groups of roots a and b may merge: no two of
// their (sampled) members conflict, and their members are similar on
// average, so that a chain of pairwise merges does not join different
// happenings.
func (u *union) linked(a, b int) bool {
	ma, mb := sample(u.membersOf(a)), sample(u.membersOf(b))
	total, n := 0.0, 0
	for _, i := range ma {
		for _, j := range mb {
			if u.fits != nil && !u.fits(i, j) {
				return false
			}
			if u.sim != nil {
				total += min(u.sim(i, j), 1)
				n++
			}
		}
	}
	return n == 0 || total/float64(n) >= minAverageLink
}

// sample returns at most linkSample members of a group: its first ones.
func sample(members []int) []int {
	if len(members) > linkSample {
		return members[:linkSample]
	}
	return members
}

// groups returns the members of each group in index order, the groups
// ordered by their first member.
func (u *union) groups() [][]int {
	var out [][]int
	for i := range u.parent {
		if u.find(i) == i {
			g := append([]int(nil), u.membersOf(i)...)
			sort.Ints(g)
			out = append(out, g)
		}
	}
	sort.Slice(out, func(x, y int) bool { return out[x][0] < out[y][0] })
	return out
}

// newEvent builds the event of a group of mentions: its date, planned
// flag, id, title, summary and entities, from the mentions' features.
func newEvent(mentions []*Mention, sc *scoring, group []int) *Event {
	ms := make([]*Mention, len(group))
	for x, i := range group {
		ms[x] = mentions[i]
	}
	sort.SliceStable(ms, func(x, y int) bool { return mentionLess(ms[x], ms[y]) })
	e := &Event{ID: eventID(ms[0]), Date: eventDate(ms), Planned: true}
	for _, m := range ms {
		e.Planned = e.Planned && m.Planned
	}
	best := mentions[group[bestMention(sc, group, mentions)]]
	e.Title = best.feat.title
	e.Summary = Summary(best)
	e.People, e.Places, e.Orgs = entitiesOf(ms)
	orderMentions(ms)
	e.Mentions = ms
	return e
}

// eventDate returns the interval the mentions agree on: the intersection
// of their intervals, at the precision of the finest of them. Mentions
// dated by an expression outweigh lead sentences dated by the publication
// convention: when there are any, the lead mentions are left out.
func eventDate(ms []*Mention) temporal.Interval {
	explicit := false
	for _, m := range ms {
		explicit = explicit || !m.Lead
	}
	var iv temporal.Interval
	for _, m := range ms {
		if explicit && m.Lead {
			continue
		}
		mi := m.Date
		if iv.IsZero() {
			iv = mi
			continue
		}
		if !iv.Overlaps(mi) {
			continue
		}
		iv = temporal.Interval{Start: dayMax(iv.Start, mi.Start), End: dayMin(iv.End, mi.End), Precision: min(iv.Precision, mi.Precision)}
	}
	return iv
}

// bestMention returns the index within group of the mention that best
// represents the event: the one whose title reads best (see titleTier),
// then the one most similar to the others (the medoid), then the one
// dated by an expression, then the shortest clause, then the first.
func bestMention(sc *scoring, group []int, mentions []*Mention) int {
	sims := similaritySums(sc, group)
	best, bestTier, bestScore := 0, -100.0, -1.0
	for x, i := range group {
		tier := mentions[i].feat.tier
		score := sims[x]
		if !mentions[i].Lead {
			score += 0.01
		}
		switch {
		case tier > bestTier,
			tier == bestTier && score > bestScore+1e-9,
			tier == bestTier && score > bestScore-1e-9 && len(mentions[i].Clause) < len(mentions[group[best]].Clause):
			best, bestTier, bestScore = x, tier, score
		}
	}
	return best
}

// similaritySums returns, for each member of a group, the sum of its
// similarities to the other members, in time linear in the size of the
// group: the similarity of i and j is the sum over their shared words k of
// (w[i][k]+w[j][k])/2, divided by sqrt(W[i]*W[j]) (see similarityIDs), so
// the sum over j is the sum over i's words of w[i][k]/2 * A[k] + B[k]/2,
// divided by sqrt(W[i]), where A[k] sums 1/sqrt(W[j]) and B[k] sums
// w[j][k]/sqrt(W[j]) over the other members j that have word k.
func similaritySums(sc *scoring, group []int) []float64 {
	type sums struct{ a, b float64 }
	per := map[wordID]sums{}
	for _, j := range group {
		if w := sc.rows[j].total; w != 0 {
			r := 1 / math.Sqrt(w)
			for _, k := range sc.kws[j] {
				s := per[k.id]
				per[k.id] = sums{s.a + r, s.b + k.weight*r}
			}
		}
	}
	out := make([]float64, len(group))
	for x, i := range group {
		w := sc.rows[i].total
		if w == 0 {
			continue
		}
		r := 1 / math.Sqrt(w)
		var total float64
		for _, k := range sc.kws[i] {
			s := per[k.id]
			total += k.weight/2*(s.a-r) + (s.b-k.weight*r)/2
		}
		out[x] = total * r
	}
	return out
}
