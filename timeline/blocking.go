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

// postingKey names the mentions of one date block that have one keyword.
type postingKey struct {
	block, word string
}

// probes returns the heaviest keywords of a mention, the ones it looks for
// candidates with.
func probes(kws []keyword) []keyword {
	if len(kws) <= probeKeywords {
		return kws
	}
	out := slices.Clone(kws)
	slices.SortStableFunc(out, func(a, b keyword) int { return cmp.Compare(b.weight, a.weight) })
	return out[:probeKeywords]
}

// scoreCandidates calls score(i, j), with i < j, for the pairs of
// mentions that may merge (see above) and returns the pairs it accepts,
// sorted by sortPairs. The mentions are shared out among the cores; score
// must be safe for concurrent use.
func scoreCandidates(mentions []*Mention, kws [][]keyword, score func(i, j int) (float64, bool)) []pair {
	own := postings(mentions, kws)
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
			stamp := make([]int, len(mentions))
			for {
				from := int(next.Add(chunk)) - chunk
				if from >= len(mentions) {
					return
				}
				for i := from; i < min(from+chunk, len(mentions)); i++ {
					visitFrom(i, mentions, kws, own, stamp, func(j int) {
						a, b := min(i, j), max(i, j)
						if s, ok := score(a, b); ok {
							found[w] = append(found[w], pair{a, b, s})
						}
					})
				}
			}
		}()
	}
	wg.Wait()
	var out []pair
	for _, f := range found {
		out = append(out, f...)
	}
	return sortPairs(out)
}

// postings returns the inverted index of keywords per date block: for
// each block and keyword, the mentions whose own block it is, in order.
func postings(mentions []*Mention, kws [][]keyword) map[postingKey][]int {
	own := map[postingKey][]int{}
	for i, m := range mentions {
		block := blockKeys(mergeDate(m))[0]
		for _, k := range kws[i] {
			key := postingKey{block, k.word}
			own[key] = append(own[key], i)
		}
	}
	return own
}

// visitFrom calls visit(j) for the candidates j of mention i, once each.
func visitFrom(i int, mentions []*Mention, kws [][]keyword, own map[postingKey][]int, stamp []int, visit func(j int)) {
	m := mentions[i]
	keys := blockKeys(mergeDate(m))
	if m.Lead {
		keys = append(keys, "d"+m.Date.Start.AddDate(0, 0, -1).Format("2006-01-02"))
	}
	for n, block := range keys {
		window := crossWindow
		if n == 0 {
			window = ownWindow
		}
		for _, k := range probes(kws[i]) {
			list := own[postingKey{block, k.word}]
			p := sort.SearchInts(list, i)
			for _, j := range list[max(0, p-window):min(len(list), p+window+1)] {
				if j != i && stamp[j] != i+1 {
					stamp[j] = i + 1
					visit(j)
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
