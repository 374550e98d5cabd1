package timeline

import (
	"math"
	"testing"

	"github.com/eventline/timeline/timeline/temporal"
)

// TestScoringMatchesMentions checks that the packed scoring of pairs and
// the linear sums of similarities agree with the functions they stand for.
func TestScoringMatchesMentions(t *testing.T) {
	a := testArticle("content/a.md", "2024-03-02", "x")
	b := testArticle("content/b.md", "2024-03-02", "x")
	day := temporal.Interval{Start: mustDay("2024-03-01"), End: mustDay("2024-03-01"), Precision: temporal.Day}
	month := temporal.Interval{Start: mustDay("2024-03-01"), End: mustDay("2024-03-31"), Precision: temporal.Month}
	year := temporal.Interval{Start: mustDay("2024-01-01"), End: mustDay("2024-12-31"), Precision: temporal.Year}
	tests := []struct {
		article          *Article
		sentence, clause string
		date             temporal.Interval
	}{
		{a, "Rebels attacked the airport in Goma on Friday.", "Rebels attacked the airport in Goma", day},
		{b, "The attack on the Goma airport killed four.", "The attack on the Goma airport killed four", day},
		{b, "Kagame met Tshisekedi in Luanda in March.", "Kagame met Tshisekedi in Luanda", month},
		{a, "Tshisekedi met Kagame in Luanda this year.", "Tshisekedi met Kagame in Luanda", year},
		{a, "The talks in Luanda ended.", "The talks in Luanda ended", day},
	}
	var ms []*Mention
	for x, tt := range tests {
		ms = append(ms, &Mention{Article: tt.article, Sentence: tt.sentence, SentenceStart: 100 * x,
			Clause: tt.clause, keyText: tt.clause, Date: tt.date, sentence: x})
	}
	ensureFeatures(ms)
	kws := weightedKeywords(ms)
	haps := make([]happening, len(ms))
	for i, m := range ms {
		haps[i] = m.feat.hap
	}
	sc := newScoring(ms, kws, haps)
	group := []int{0, 1, 2, 3, 4}
	sums := similaritySums(sc, group)
	for i := range ms {
		want := 0.0
		for j := range ms {
			if i == j {
				continue
			}
			want += similarity(kws[i], kws[j])
			s, ok := sc.score(i, j)
			wantS := similarity(kws[i], kws[j])
			wantOK := mergeDate(ms[i]).Overlaps(mergeDate(ms[j])) && !sameSentence(ms[i], ms[j]) &&
				!conflict(haps[i], haps[j], kws[i], kws[j]) && wantS > 0 &&
				wantS >= threshold(ms[i], ms[j])*kindFactor(haps[i], haps[j], ms[i], ms[j])
			if ok != wantOK || ok && s != wantS {
				t.Errorf("score(%d, %d) = %v, %v; want %v, %v", i, j, s, ok, wantS, wantOK)
			}
			if c := sc.conflict(i, j); c != conflict(haps[i], haps[j], kws[i], kws[j]) {
				t.Errorf("conflict(%d, %d) = %v", i, j, c)
			}
		}
		if math.Abs(sums[i]-want) > 1e-12 {
			t.Errorf("similaritySums[%d] = %v, want %v", i, sums[i], want)
		}
	}
}

// similarity is the reference for similarityIDs, on keywords by word: the
// weight of the shared words over the geometric mean of the two sets'
// weights.
func similarity(a, b []keyword) float64 {
	return similarityOf(a, b, keywordTotal(a), keywordTotal(b))
}

// similarityOf is similarity of a and b, whose keyword totals are wa and
// wb.
func similarityOf(a, b []keyword, wa, wb float64) float64 {
	var shared float64
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i].word == b[j].word:
			shared += (a[i].weight + b[j].weight) / 2
			i++
			j++
		case a[i].word < b[j].word:
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
