package timeline

import (
	"cmp"
	"slices"
)

// maxCrossPosting bounds the mentions of a coarser date block that one
// keyword may pair a mention with. A word shared by more mentions than this
// across a whole month or year is too common there to tell happenings
// apart, and following it would make clustering quadratic.
const maxCrossPosting = 400

// postingKey names the mentions of one date block that have one keyword.
type postingKey struct {
	block, word string
}

// candidatePairs returns, in order, the index pairs (i < j) of mentions
// that may merge: they share a date block, or one's block contains the
// other's, and they share at least one keyword. Mentions without a shared
// keyword have no similarity and can never merge, so an inverted index of
// keywords per block finds every pair worth scoring without comparing all
// mentions of a block with each other. Only in a coarser block are very
// common keywords (maxCrossPosting) not followed.
func candidatePairs(mentions []*Mention, kws [][]keyword) [][2]int {
	own := map[postingKey][]int{}
	for i, m := range mentions {
		block := blockKeys(mergeDate(m))[0]
		for _, k := range kws[i] {
			key := postingKey{block, k.word}
			if l := own[key]; len(l) == 0 || l[len(l)-1] != i {
				own[key] = append(l, i)
			}
		}
	}
	// stamp[j] == i+1 marks j as already paired with i; pairs found from
	// both ends are removed after sorting.
	stamp := make([]int, len(mentions))
	var out [][2]int
	for i, m := range mentions {
		keys := blockKeys(mergeDate(m))
		if m.Lead {
			keys = append(keys, "d"+m.Date.Start.AddDate(0, 0, -1).Format("2006-01-02"))
		}
		for n, block := range keys {
			for _, k := range kws[i] {
				list := own[postingKey{block, k.word}]
				if n > 0 && len(list) > maxCrossPosting {
					continue
				}
				for _, j := range list {
					if i == j || stamp[j] == i+1 {
						continue
					}
					stamp[j] = i + 1
					out = append(out, [2]int{min(i, j), max(i, j)})
				}
			}
		}
	}
	slices.SortFunc(out, func(a, b [2]int) int {
		if c := cmp.Compare(a[0], b[0]); c != 0 {
			return c
		}
		return cmp.Compare(a[1], b[1])
	})
	return slices.Compact(out)
}
