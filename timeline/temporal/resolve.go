package temporal

import (
	"time"
)

// resolver is phase two: it turns Exprs into values and intervals against
// the reference date and the last date the text mentioned.
type resolver struct {
	ref     time.Time // midnight UTC, or zero
	mode    Mode
	last    Interval // the last resolved date mentioned
	quarter Interval // the last quarter mentioned, or zero
	hasLast bool
	// months marks a span of months ("the first nine months") named since
	// the last date: "a year earlier" then compares whole years.
	months bool
}

// anchor returns the date an expression anchored at a counts from.
func (r *resolver) anchor(a Anchor) (time.Time, bool) {
	useLast := a == AnchorLast || (a == AnchorDeictic && r.mode == Narrative)
	if useLast && r.hasLast {
		return r.last.Start, true
	}
	return r.ref, !r.ref.IsZero()
}

// resolve appends the value of e to dst and returns the interval of e,
// and records e as the last mentioned date when it resolves to one.
func (r *resolver) resolve(dst []byte, e Expr) ([]byte, Interval) {
	switch e.Kind {
	case KindRef:
		return append(dst, e.Ref...), Interval{}
	case KindDuration:
		if e.Unit == uMonth && e.Amount > 3 {
			r.months = true
		}
		return appendDurationValue(dst, e.Amount, e.Unit, e.Halves), Interval{}
	case KindSet:
		return appendSetValue(dst, e), Interval{}
	}
	a, ok := r.anchor(e.Anchor)
	if e.storyDay && r.hasLast && r.last.Precision == Day {
		a, ok = r.last.Start, true
	}
	var iv Interval
	switch e.Kind {
	case KindCalendar:
		iv, ok = r.calendar(e, a, ok)
	case KindShift:
		if ok {
			iv = r.shifted(e, a)
		}
	case KindWeekday:
		if ok {
			dir := e.Dir
			if e.Weekend && dir == DirNearest && isoWeekday(a) < 5 {
				dir = DirPast // on Monday, "the weekend" is the one just past
			} else if e.Weekend && dir == DirNearest {
				dir = DirFuture
			}
			d := weekdayFrom(a, e.Weekday, dir)
			iv = Interval{Start: d, End: d, Precision: Day}
		}
	}
	if !ok || iv.IsZero() {
		return appendUnresolvedValue(dst, e), Interval{}
	}
	if e.Weekend {
		iv = weekendOf(iv.Start)
	}
	r.remember(e, iv)
	return appendFormatValue(dst, e, iv), iv
}

// remember records a resolved date as the last mentioned one, for
// anaphoric expressions and narrative mode.
func (r *resolver) remember(e Expr, iv Interval) {
	if e.Kind == KindShift && e.Anchor == AnchorDeictic && e.Offset == 0 && iv.Precision >= Year {
		return // "this year" says little about the story's time
	}
	if e.Ago && e.Grain == Year {
		return // "a year earlier" compares, it does not move the story
	}
	r.last, r.hasLast, r.months = iv, true, false
	if iv.Precision == Quarter && e.Kind == KindCalendar {
		r.quarter = iv
	}
}

// calendar resolves a KindCalendar Expr, taking a missing year from the
// anchor.
func (r *resolver) calendar(e Expr, a time.Time, ok bool) (Interval, bool) {
	if e.Grain == Quarter && e.Quarter == 0 {
		e.Quarter = 4
		if !r.quarter.IsZero() {
			e.Quarter = (int(r.quarter.Start.Month())-1)/3 + 1
		}
	}
	if e.Year != 0 {
		return fieldsInterval(e, e.Year), true
	}
	if !ok {
		return Interval{}, false
	}
	if e.Grain == Quarter && e.Dir == DirFuture {
		a = date(a.Year(), int(a.Month())-(int(a.Month())-1)%3-3, 1) // a quarter just ended is still reported on
	}
	y := a.Year() + e.Offset
	if e.Dir == DirSame {
		return fieldsInterval(e, y), true
	}
	if e.softDir && e.Dir != DirNearest {
		return r.softCalendar(e, a)
	}
	best, found := Interval{}, false
	for _, cy := range [...]int{y - 1, y, y + 1} {
		iv := fieldsInterval(e, cy)
		if !fits(iv, a, e.Dir) || e.Weekday > 0 && e.Nth == 0 && isoWeekday(iv.Start) != e.Weekday {
			continue
		}
		if !found || better(iv, best, a, e.Dir) {
			best, found = iv, true
		}
	}
	if !found && e.Weekday > 0 && e.Nth == 0 {
		e.Weekday = 0 // the weekday contradicts the date: trust the date
		return r.calendar(e, a, ok)
	}
	return best, found
}

// fits reports whether candidate iv lies in direction d from a.
func fits(iv Interval, a time.Time, d Dir) bool {
	switch d {
	case DirPast:
		return !iv.Start.After(a)
	case DirFuture:
		return !iv.End.Before(a)
	case DirBefore:
		return iv.End.Before(a)
	case DirAfter:
		return iv.Start.After(a)
	}
	return true
}

// better reports whether candidate x is preferred to y in direction d.
func better(x, y Interval, a time.Time, d Dir) bool {
	switch d {
	case DirPast, DirBefore:
		return x.Start.After(y.Start)
	case DirFuture, DirAfter:
		return x.Start.Before(y.Start)
	}
	return leaning(x, a) < leaning(y, a)
}

// futureWeight is how much farther a date ahead of the anchor counts when
// no tense chooses: news tells more of what happened than of what is to
// come, so "the Oct. 23 slaying" said in May is last October.
const futureWeight = 2

// leaning is the distance from a to iv, a date ahead counting double.
func leaning(iv Interval, a time.Time) time.Duration {
	d := distance(iv, a)
	if iv.Start.After(a) {
		return futureWeight * d
	}
	return d
}

// distance is how far a lies from iv.
func distance(iv Interval, a time.Time) time.Duration {
	switch {
	case a.Before(iv.Start):
		return iv.Start.Sub(a)
	case a.After(iv.End):
		return a.Sub(iv.End)
	}
	return 0
}

// fieldsInterval returns the interval of e's calendar fields in year y.
func fieldsInterval(e Expr, y int) Interval {
	switch e.Grain {
	case Day:
		if e.Nth > 0 {
			return dayInterval(nthWeekday(y, e.Month, e.Weekday, e.Nth))
		}
		return dayInterval(date(y, e.Month, e.Day))
	case Month:
		return monthInterval(y, e.Month, 1)
	case Quarter:
		return monthInterval(y, 3*e.Quarter-2, 3).with(Quarter)
	case Half:
		return monthInterval(y, 6*e.Half-5, 6).with(Half)
	case Season:
		return seasonInterval(y, e.Season)
	case Decade:
		return monthInterval(y-y%10, 1, 120).with(Decade)
	case Century:
		return monthInterval(y-y%100, 1, 1200).with(Century)
	}
	return monthInterval(y, 1, 12).with(Year)
}

// shifted resolves a KindShift Expr from anchor a.
func (r *resolver) shifted(e Expr, a time.Time) Interval {
	n := e.Offset
	switch e.Grain {
	case Week:
		start := weekStart(a).AddDate(0, 0, 7*n)
		return Interval{Start: start, End: start.AddDate(0, 0, 6), Precision: Week}
	case Month:
		return monthInterval(a.Year(), int(a.Month())+n, 1)
	case Quarter:
		if e.Anchor == AnchorLast && !r.quarter.IsZero() {
			a = r.quarter.Start
		}
		if e.latest && !r.ref.IsZero() {
			if ended := date(r.ref.Year(), int(r.ref.Month())-(int(r.ref.Month())-1)%3-3, 1); r.quarter.IsZero() || a.After(ended) {
				a = ended // the latest quarter reported is one that has ended
			}
		}
		q := (int(a.Month()) - 1) / 3
		return monthInterval(a.Year(), 3*(q+n)+1, 3).with(Quarter)
	case Year:
		if q, ok := r.reportQuarter(); ok && e.Ago && n == -1 && !r.months {
			return monthInterval(q.Year()+n, int(q.Month()), 3).with(Quarter)
		}
		return monthInterval(a.Year()+n, 1, 12).with(Year)
	case Decade:
		y := a.Year() - a.Year()%10 + 10*n
		return monthInterval(y, 1, 120).with(Decade)
	case Century:
		y := a.Year() - a.Year()%100 + 100*n
		return monthInterval(y, 1, 1200).with(Century)
	}
	return dayInterval(a.AddDate(0, 0, n))
}

// reportQuarter returns the start of the quarter a text about quarterly
// results reports on: the last quarter it named ("third-quarter"), or the
// last date it mentioned when that is a quarter.
func (r *resolver) reportQuarter() (time.Time, bool) {
	if !r.quarter.IsZero() {
		return r.quarter.Start, true
	}
	if r.hasLast && r.last.Precision == Quarter {
		return r.last.Start, true
	}
	return time.Time{}, false
}

// weekdayFrom returns the day with ISO weekday wd in direction d from a.
func weekdayFrom(a time.Time, wd int, d Dir) time.Time {
	cur := isoWeekday(a)
	switch d {
	case DirSame:
		return a.AddDate(0, 0, wd-cur)
	case DirFuture, DirAfter:
		k := (wd - cur + 7) % 7
		if k == 0 && d == DirAfter {
			k = 7
		}
		return a.AddDate(0, 0, k)
	}
	k := (cur - wd + 7) % 7
	if k == 0 && d == DirBefore {
		k = 7
	}
	return a.AddDate(0, 0, -k)
}

// softMonths is how far the nearest date may lie against the tense of
// its sentence before the tense wins: "was shot on Oct. 23" said in May
// is last October, "payable Jan. 2" said in a past-tense October
// sentence is still next January.
const softMonths = 4

// softCalendar resolves a date whose direction comes from tense: the
// nearest occurrence, unless it lies more than softMonths away against
// the tense.
func (r *resolver) softCalendar(e Expr, a time.Time) (Interval, bool) {
	dir := e.Dir
	e.Dir, e.softDir = DirNearest, false
	iv, ok := r.calendar(e, a, true)
	if !ok || fits(iv, a, dir) || distance(iv, a) < time.Duration(softMonths*30*24)*time.Hour {
		return iv, ok
	}
	e.Dir = dir
	return r.calendar(e, a, true)
}
