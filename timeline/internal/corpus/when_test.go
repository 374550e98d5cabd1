package corpus

import (
	"testing"
	"time"

	"github.com/eventline/timeline/timeline/temporal"
)

// TestWhenResolves checks that the expressions dating happenings mean what
// the generator says they mean: the tagger, reading one in a past-tense
// sentence against the publication day, finds an interval holding the
// happening's day. A few misses are the tagger's to fix (at the time of
// writing, "early on Friday" read as the coming Friday), so the test asks
// for a high share rather than all; the misses are logged.
func TestWhenResolves(t *testing.T) {
	r := newRand(5)
	tg := temporal.New(temporal.Options{})
	total, good := 0, 0
	for range 3000 {
		pub := spanStart.AddDate(0, 0, r.IntN(spanDays))
		d := r.IntN(400)
		if r.IntN(2) == 0 {
			d = r.IntN(14)
		}
		day := pub.AddDate(0, 0, -d)
		phrase := when(r, pub, day)
		if phrase == "" {
			continue
		}
		total++
		text := "Officials met in Paris " + phrase + ", the ministry said."
		if holds(tg.Tag(text, pub), day) {
			good++
		} else if testing.Verbose() {
			t.Logf("%q published %s (%s): want %s", phrase, pub.Format("2006-01-02"), pub.Weekday(), day.Format("2006-01-02 Mon"))
		}
	}
	if share := float64(good) / float64(total); share < 0.85 {
		t.Errorf("%d of %d expressions resolve to their day (%.0f%%), want at least 85%%", good, total, 100*share)
	}
}

// holds reports whether one of the matches holds day.
func holds(ms []temporal.Match, day time.Time) bool {
	for _, m := range ms {
		if m.Interval.Contains(day) {
			return true
		}
	}
	return false
}
