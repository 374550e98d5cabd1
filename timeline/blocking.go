package timeline

import (
	"cmp"
	"runtime"
	"slices"
	"sort"
	"sync"
	"sync/atomic"
)

// The candidate search pairs mentions that share a keyword within
// compatible date blocks. Mentions without a shared keyword have no
// similarity and can never merge, so an inverted index of keywords per
// block finds the pairs worth scoring without comparing all mentions of a
// block. To stay near-linear on archives where thousands of mentions share
// a block and a word, a mention is paired only with its neighbours in each
// posting list (in article order), and only through its rarest keywords;
// merging is transitive, so a happening told by a thousand articles still
// becomes one event through chains of neighbours.
const (
	// ownWindow is how many neighbours on each side a mention meets in a
	// posting list of its own block.
	ownWindow = 48
	// crossWindow is the same for a coarser block holding its block.
	crossWindow = 16
	// probeKeywords is how many of a mention's keywords, heaviest first,
	// look for candidates.
	probeKeywords = 8
)

// blocking is the inverted index of keywords per date block, with the
// blocks and probes of each mention, by number.
type blocking struct {
	// own lists, for each block and word (see postingKey), the mentions
	// whose own block it is, sorted by key and mention: one sorted slice
	// takes a fraction of the memory of a map of millions of short lists.
	own []posting
	// blocks are the blocks each mention looks in, its own first;
	// probes are the words it looks with.
	blocks [][]int32
	probes [][]wordID
}

// posting is one mention in the list of one key.
type posting struct {
	key     uint64
	mention int32
}

// list returns the postings of key.
func (bl *blocking) list(key uint64) []posting {
	lo := sort.Search(len(bl.own), func(x int) bool { return bl.own[x].key >= key })
	hi := lo + sort.Search(len(bl.own)-lo, func(x int) bool { return bl.own[lo+x].key > key })
	return bl.own[lo:hi]
}

// postingKey names the mentions of one date block that have one keyword.
func postingKey(block int32, word wordID) uint64 {
	return uint64(block)<<32 | uint64(uint32(word))
}

// probes returns the heaviest keywords of a mention, the ones it looks for
// candidates with.
func probes(kws []idKeyword) []wordID {
	if len(kws) > probeKeywords {
		kws = slices.Clone(kws)
		slices.SortStableFunc(kws, func(a, b idKeyword) int { return cmp.Compare(b.weight, a.weight) })
		kws = kws[:probeKeywords]
	}
	out := make([]wordID, len(kws))
	for x, k := range kws {
		out[x] = k.id
	}
	return out
}

// scoreCandidates calls score(i, j), with i < j, for the pairs of
// mentions that may merge (see above) and returns the pairs it accepts,
// in the order of pairOrder. The mentions are shared out among the cores;
// score must be safe for concurrent use.
func scoreCandidates(mentions []*Mention, kws [][]idKeyword, score func(i, j int) (float64, bool)) *pairRuns {
	bl := newBlocking(mentions, kws)
	const chunk = 256
	var next atomic.Int64
	workers := max(1, min(runtime.GOMAXPROCS(0), len(mentions)/chunk+1))
	found := make([]pairRuns, workers)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			// stamp[j] == i+1 marks j as already visited from i.
			stamp := make([]int32, len(mentions))
			for {
				from := int(next.Add(chunk)) - chunk
				if from >= len(mentions) {
					found[w].close()
					return
				}
				for i := from; i < min(from+chunk, len(mentions)); i++ {
					bl.visitFrom(i, stamp, func(j int) {
						a, b := min(i, j), max(i, j)
						if s, ok := score(a, b); ok {
							found[w].add(pair{int32(a), int32(b), s})
						}
					})
				}
			}
		}()
	}
	wg.Wait()
	all := &pairRuns{}
	for _, f := range found {
		all.runs = append(all.runs, f.runs...)
	}
	return all
}

// newBlocking numbers the blocks of the mentions and indexes their
// keywords by their own block.
func newBlocking(mentions []*Mention, kws [][]idKeyword) *blocking {
	total := 0
	for _, ks := range kws {
		total += len(ks)
	}
	bl := &blocking{own: make([]posting, 0, total), blocks: make([][]int32, len(mentions)), probes: make([][]wordID, len(mentions))}
	numbers := map[string]int32{}
	number := func(key string) int32 {
		n, ok := numbers[key]
		if !ok {
			n = int32(len(numbers))
			numbers[key] = n
		}
		return n
	}
	for i, m := range mentions {
		keys := blockKeys(mergeDate(m))
		if m.Lead {
			keys = append(keys, "d"+m.Date.Start.AddDate(0, 0, -1).Format("2006-01-02"))
		}
		bl.blocks[i] = make([]int32, len(keys))
		for n, k := range keys {
			bl.blocks[i][n] = number(k)
		}
		for _, k := range kws[i] {
			bl.own = append(bl.own, posting{postingKey(bl.blocks[i][0], k.id), int32(i)})
		}
		bl.probes[i] = probes(kws[i])
	}
	slices.SortFunc(bl.own, func(a, b posting) int {
		if c := cmp.Compare(a.key, b.key); c != 0 {
			return c
		}
		return cmp.Compare(a.mention, b.mention)
	})
	return bl
}

// visitFrom calls visit(j) for the candidates j of mention i, once each.
func (bl *blocking) visitFrom(i int, stamp []int32, visit func(j int)) {
	for n, block := range bl.blocks[i] {
		window := crossWindow
		if n == 0 {
			window = ownWindow
		}
		for _, w := range bl.probes[i] {
			list := bl.list(postingKey(block, w))
			p := sort.Search(len(list), func(x int) bool { return list[x].mention >= int32(i) })
			for _, pj := range list[max(0, p-window):min(len(list), p+window+1)] {
				if j := pj.mention; int(j) != i && stamp[j] != int32(i+1) {
					stamp[j] = int32(i + 1)
					visit(int(j))
				}
			}
		}
	}
}

// pairRunLen is the number of pairs in a full run of found pairs. The
// pairs are kept in runs of this length, each sorted on its own, rather
// than in one slice, which would need a copy of all the pairs to join the
// workers' lists and sort them, and spare capacity as it grows.
const pairRunLen = 1 << 17

// pairRuns holds scored pairs in sorted runs: add and close fill them,
// next reads them back merged, in the order of pairOrder.
type pairRuns struct {
	// runs are the sorted runs; cur is the run being filled.
	runs [][]pair
	cur  []pair
	// heads are the runs not yet read to their end, by index in runs,
	// kept as a heap on their first pairs; last is the pair next
	// returned last.
	heads []int
	last  pair
	began bool
}

// add adds a pair, closing the current run when it is full.
func (r *pairRuns) add(p pair) {
	if r.cur == nil {
		r.cur = make([]pair, 0, pairRunLen)
	}
	r.cur = append(r.cur, p)
	if len(r.cur) == pairRunLen {
		r.close()
	}
}

// close sorts the current run, if any, and adds it to the runs.
func (r *pairRuns) close() {
	if len(r.cur) > 0 {
		r.runs = append(r.runs, sortPairs(r.cur))
	}
	r.cur = nil
}

// next returns the next pair in the order of pairOrder, once each when
// a pair was found from both ends, and false when there are no more. A
// run is let go as soon as it has been read.
func (r *pairRuns) next() (pair, bool) {
	if !r.began {
		r.began = true
		for k, run := range r.runs {
			if len(run) > 0 {
				r.heads = append(r.heads, k)
			}
		}
		for x := len(r.heads)/2 - 1; x >= 0; x-- {
			r.down(x)
		}
	}
	for len(r.heads) > 0 {
		k := r.heads[0]
		p := r.runs[k][0]
		if r.runs[k] = r.runs[k][1:]; len(r.runs[k]) == 0 {
			r.runs[k] = nil
			last := len(r.heads) - 1
			r.heads[0] = r.heads[last]
			r.heads = r.heads[:last]
		}
		r.down(0)
		if r.last.i == p.i && r.last.j == p.j {
			continue
		}
		r.last = p
		return p, true
	}
	return pair{}, false
}

// down restores the heap order of heads below position x.
func (r *pairRuns) down(x int) {
	h := r.heads
	for {
		least := x
		for _, c := range []int{2*x + 1, 2*x + 2} {
			if c < len(h) && pairOrder(r.runs[h[c]][0], r.runs[h[least]][0]) < 0 {
				least = c
			}
		}
		if least == x {
			return
		}
		h[x], h[least] = h[least], h[x]
		x = least
	}
}

// pairOrder orders scored pairs most similar first, ties broken by index.
func pairOrder(a, b pair) int {
	if c := cmp.Compare(b.sim, a.sim); c != 0 {
		return c
	}
	if c := cmp.Compare(a.i, b.i); c != 0 {
		return c
	}
	return cmp.Compare(a.j, b.j)
}

// sortPairs sorts scored pairs by pairOrder and drops the pairs found from
// both ends.
func sortPairs(out []pair) []pair {
	slices.SortFunc(out, pairOrder)
	return slices.CompactFunc(out, func(a, b pair) bool { return a.i == b.i && a.j == b.j })
}
