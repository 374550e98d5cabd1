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
// sorted by sortPairs. The mentions are shared out among the cores; score
// must be safe for concurrent use.
func scoreCandidates(mentions []*Mention, kws [][]idKeyword, score func(i, j int) (float64, bool)) []pair {
	bl := newBlocking(mentions, kws)
	const chunk = 256
	var next atomic.Int64
	workers := max(1, min(runtime.GOMAXPROCS(0), len(mentions)/chunk+1))
	found := make([][]pair, workers)
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
					return
				}
				for i := from; i < min(from+chunk, len(mentions)); i++ {
					bl.visitFrom(i, stamp, func(j int) {
						a, b := min(i, j), max(i, j)
						if s, ok := score(a, b); ok {
							found[w] = append(found[w], pair{int32(a), int32(b), s})
						}
					})
				}
			}
		}()
	}
	wg.Wait()
	n := 0
	for _, f := range found {
		n += len(f)
	}
	out := make([]pair, 0, n)
	for w, f := range found {
		out = append(out, f...)
		found[w] = nil
	}
	return sortPairs(out)
}

// newBlocking numbers the blocks of the mentions and indexes their
// keywords by their own block.
func newBlocking(mentions []*Mention, kws [][]idKeyword) *blocking {
	bl := &blocking{blocks: make([][]int32, len(mentions)), probes: make([][]wordID, len(mentions))}
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

// sortPairs orders scored pairs most similar first, ties broken by index,
// and drops the pairs found from both ends.
func sortPairs(out []pair) []pair {
	slices.SortFunc(out, func(a, b pair) int {
		if c := cmp.Compare(b.sim, a.sim); c != 0 {
			return c
		}
		if c := cmp.Compare(a.i, b.i); c != 0 {
			return c
		}
		return cmp.Compare(a.j, b.j)
	})
	return slices.CompactFunc(out, func(a, b pair) bool { return a.i == b.i && a.j == b.j })
}
