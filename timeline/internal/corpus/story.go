package corpus

import (
	"fmt"
	"math/rand/v2"
	"strconv"
	"time"
)

// The span of publication dates: stories start between these days.
var (
	spanStart = time.Date(2019, 1, 1, 0, 0, 0, 0, time.UTC)
	spanDays  = int(time.Date(2025, 6, 30, 0, 0, 0, 0, time.UTC).Sub(spanStart).Hours() / 24)
)

// thread is a running story: one beat, one cast, and a few happenings
// over some weeks, each reported by several articles.
type thread struct {
	topic  *topic
	slots  map[string]string
	events []*happening
}

// happening is one event of a thread: its day, its kind, its figures.
type happening struct {
	day   time.Time
	kind  *kind
	core  int
	slots map[string]string
}

// newThread draws a thread with one to five happenings.
func newThread(r *rand.Rand) *thread {
	tp := topics[r.IntN(len(topics))]
	th := &thread{topic: tp, slots: cast(r)}
	day := spanStart.AddDate(0, 0, r.IntN(spanDays))
	for i, n := 0, 1+r.IntN(5); i < n; i++ {
		k := &tp.Kinds[r.IntN(len(tp.Kinds))]
		th.events = append(th.events, &happening{day: day, kind: k, core: r.IntN(len(k.Core)), slots: figures(r, day)})
		day = day.AddDate(0, 0, 2+r.IntN(40))
	}
	return th
}

// cast draws the actors of a thread.
func cast(r *rand.Rand) map[string]string {
	ia := r.IntN(len(countries))
	ib := (ia + 1 + r.IntN(len(countries)-1)) % len(countries)
	a, b := countries[ia], countries[ib]
	cities := append(append([]string{}, a.Cities...), b.Cities...)
	c1 := r.IntN(len(cities))
	c2 := (c1 + 1 + r.IntN(len(cities)-1)) % len(cities)
	regions := append(append([]string{}, a.Regions...), b.Regions...)
	p1, p2 := person(r), person(r)
	return map[string]string{
		"a": a.Name, "aAdj": a.Adj, "b": b.Name, "bAdj": b.Adj,
		"city": cities[c1], "city2": cities[c2], "region": pick(r, regions...),
		"p1": p1[0] + " " + p1[1], "p1s": p1[1], "p2": p2[0] + " " + p2[1], "p2s": p2[1],
		"org": pick(r, orgs...), "firm": firm(r), "firm2": firm(r),
		"party": pick(r, partyAdjs...) + " " + pick(r, partyNouns...),
		"issue": pick(r, issues...), "law": pick(r, laws...), "storm": pick(r, storms...),
	}
}

// figures draws the numbers of a happening on day.
func figures(r *rand.Rand, day time.Time) map[string]string {
	return map[string]string{
		"cas":       spell(2 + r.IntN(120)),
		"n":         spell(2 + r.IntN(30)),
		"n2":        spell(5 + r.IntN(60)),
		"num":       count(500 + r.IntN(90000)),
		"pct":       pct(r),
		"pct2":      pct(r),
		"ndays":     pick(r, "30", "60", "90", "10", "15", "45"),
		"nyears":    spell(2 + r.IntN(14)),
		"money":     "$" + strconv.Itoa(1+r.IntN(40)) + "." + strconv.Itoa(r.IntN(10)) + " billion",
		"bps":       pick(r, "25", "50", "75", "100"),
		"mag":       strconv.Itoa(5+r.IntN(3)) + "." + strconv.Itoa(r.IntN(10)),
		"kmh":       strconv.Itoa(120 + 10*r.IntN(15)),
		"prevmonth": day.AddDate(0, -1, 0).Month().String(),
	}
}

// person draws a given name and a surname.
func person(r *rand.Rand) [2]string {
	return [2]string{pick(r, firstNames...), pick(r, surnames...)}
}

// firm draws a company name.
func firm(r *rand.Rand) string { return pick(r, firmHeads...) + " " + pick(r, firmTails...) }

// pct draws a percentage with one decimal.
func pct(r *rand.Rand) string { return fmt.Sprintf("%d.%d", 1+r.IntN(40), r.IntN(10)) }

// pubDay draws the day an article about a happening on day is published:
// mostly the same day or the next few, sometimes weeks or months later.
func pubDay(r *rand.Rand, day time.Time) time.Time {
	switch x := r.IntN(100); {
	case x < 30:
		return day
	case x < 65:
		return day.AddDate(0, 0, 1+r.IntN(3))
	case x < 85:
		return day.AddDate(0, 0, 4+r.IntN(11))
	}
	return day.AddDate(0, 0, 15+r.IntN(300))
}
