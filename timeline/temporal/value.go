package temporal

import (
	"strconv"
	"strings"
	"time"
)

// This file formats TIMEX3 values and builds calendar intervals.

// date returns midnight UTC of the given day, normalising overflow.
func date(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

// dayOf returns midnight UTC of t's calendar day in t's own location.
func dayOf(t time.Time) time.Time { return date(t.Year(), int(t.Month()), t.Day()) }

// dayInterval returns the one-day interval of d.
func dayInterval(d time.Time) Interval { return Interval{Start: d, End: d, Precision: Day} }

// monthInterval returns n months starting with month m of year y (m may
// overflow), with Month precision.
func monthInterval(y, m, n int) Interval {
	start := date(y, m, 1)
	return Interval{Start: start, End: start.AddDate(0, n, -1), Precision: Month}
}

// with returns iv with precision p.
func (iv Interval) with(p Precision) Interval { iv.Precision = p; return iv }

// seasonStart maps season codes to the month they start in.
var seasonStart = map[string]int{"SP": 3, "SU": 6, "FA": 9, "WI": 12}

// seasonInterval returns the meteorological season s of year y (winter
// runs from December of y into y+1).
func seasonInterval(y int, s string) Interval {
	m, ok := seasonStart[s]
	if !ok {
		return Interval{}
	}
	return monthInterval(y, m, 3).with(Season)
}

// weekendOf returns the Saturday and Sunday of the ISO week holding d.
func weekendOf(d time.Time) Interval {
	sat := weekStart(d).AddDate(0, 0, 5)
	return Interval{Start: sat, End: sat.AddDate(0, 0, 1), Precision: Week}
}

// isoWeekday returns the ISO weekday of d (Monday = 1).
func isoWeekday(d time.Time) int {
	w := int(d.Weekday())
	if w == 0 {
		return 7
	}
	return w
}

// weekStart returns the Monday of d's ISO week.
func weekStart(d time.Time) time.Time { return d.AddDate(0, 0, 1-isoWeekday(d)) }

// nthWeekday returns the nth weekday wd of month m in year y.
func nthWeekday(y, m, wd, n int) time.Time {
	first := date(y, m, 1)
	k := (wd - isoWeekday(first) + 7) % 7
	return first.AddDate(0, 0, k+7*(n-1))
}

// pad returns n in decimal with at least w digits.
func pad(n, w int) string {
	s := strconv.Itoa(n)
	for len(s) < w {
		s = "0" + s
	}
	return s
}

// formatValue returns the TIMEX3 value of a resolved date or time.
func formatValue(e Expr, iv Interval) string {
	d := iv.Start
	y := pad(d.Year(), 4)
	var v string
	switch iv.Precision {
	case Day:
		v = y + "-" + pad(int(d.Month()), 2) + "-" + pad(d.Day(), 2)
	case Week:
		wy, w := d.ISOWeek()
		v = pad(wy, 4) + "-W" + pad(w, 2)
		if e.Weekend {
			v += "-WE"
		}
	case Month:
		v = y + "-" + pad(int(d.Month()), 2)
	case Quarter:
		v = y + "-Q" + strconv.Itoa((int(d.Month())-1)/3+1)
	case Half:
		v = y + "-H" + strconv.Itoa((int(d.Month())-1)/6+1)
	case Season:
		v = y + "-" + seasonCode(int(d.Month()))
	case Decade:
		v = y[:3] // and decades with three ("199" is the 1990s)
	case Century:
		v = y[:2] // TimeML writes centuries with two digits
	default:
		v = y
	}
	return v + timeSuffix(e)
}

// seasonCode returns the code of the season starting in month m.
func seasonCode(m int) string {
	for s, sm := range seasonStart {
		if sm == m {
			return s
		}
	}
	return "XX"
}

// timeSuffix returns the "T..." part of a time value, or "".
func timeSuffix(e Expr) string {
	switch {
	case e.Clock:
		return "T" + pad(e.Hour, 2) + ":" + pad(e.Minute, 2)
	case e.Part != "":
		return "T" + e.Part
	}
	return ""
}

// unresolvedValue returns the value of a relative expression that has no
// anchor, with X for the unknown digits.
func unresolvedValue(e Expr) string {
	var v string
	switch {
	case e.Kind == KindWeekday:
		v = "XXXX-WXX-" + strconv.Itoa(e.Weekday)
	case e.Kind == KindCalendar:
		v = calendarPattern(e)
	default:
		v = grainPattern(e.Grain)
		if e.Weekend {
			v += "-WE"
		}
	}
	return v + timeSuffix(e)
}

// calendarPattern returns the value of calendar fields with an unknown year.
func calendarPattern(e Expr) string {
	switch e.Grain {
	case Day:
		if e.Nth > 0 {
			return "XXXX-XX-XX"
		}
		return "XXXX-" + pad(e.Month, 2) + "-" + pad(e.Day, 2)
	case Month:
		return "XXXX-" + pad(e.Month, 2)
	case Quarter:
		return "XXXX-Q" + strconv.Itoa(e.Quarter)
	case Half:
		return "XXXX-H" + strconv.Itoa(e.Half)
	case Season:
		return "XXXX-" + e.Season
	}
	return "XXXX"
}

// grainPattern returns the value of an unknown date of grain g.
func grainPattern(g Precision) string {
	switch g {
	case Day:
		return "XXXX-XX-XX"
	case Week:
		return "XXXX-WXX"
	case Month:
		return "XXXX-XX"
	case Quarter:
		return "XXXX-QX"
	case Half:
		return "XXXX-HX"
	case Season:
		return "XXXX-XX"
	case Decade:
		return "XXX"
	case Century:
		return "XX"
	}
	return "XXXX"
}

// unitCodes maps units to their duration designators and multipliers.
var unitCodes = map[Unit]struct {
	code string
	mul  int
	time bool
}{
	uSecond: {"S", 1, true}, uMinute: {"M", 1, true}, uHour: {"H", 1, true},
	uDay: {"D", 1, false}, uWeek: {"W", 1, false}, uMonth: {"M", 1, false},
	uQuarter: {"M", 3, false}, uYear: {"Y", 1, false}, uDecade: {"DE", 1, false},
	uCentury: {"CE", 1, false}, uWeekend: {"WE", 1, false},
}

// halfUnits maps units to the finer unit and count that make half of one.
var halfUnits = map[Unit]struct {
	u Unit
	n int
}{
	uYear: {uMonth, 6}, uMonth: {uDay, 15}, uDay: {uHour, 12}, uHour: {uMinute, 30},
	uMinute: {uSecond, 30}, uDecade: {uYear, 5}, uCentury: {uYear, 50}, uWeek: {uDay, 7},
}

// durationValue returns the TIMEX3 value of n units (n < 0 for an
// unspecified amount; halves counts n in halves).
func durationValue(n int, u Unit, halves bool) string {
	if halves && n >= 0 {
		return halvesValue(n, u)
	}
	switch u {
	case uDecade:
		if n >= 0 {
			return durationValue(10*n, uYear, false)
		}
	case uCentury:
		if n >= 0 {
			return durationValue(100*n, uYear, false)
		}
	case uWeekend:
		if n >= 0 {
			return durationValue(2*n, uDay, false)
		}
	}
	c, ok := unitCodes[u]
	if !ok {
		return "PXD"
	}
	amount := "X"
	if n >= 0 {
		amount = strconv.Itoa(n * c.mul)
	}
	if c.time {
		return "PT" + amount + c.code
	}
	return "P" + amount + c.code
}

// halvesValue returns the value of n halves of unit u: whole units and a
// half written with the finer unit ("P2Y6M", "PT5H30M", "PT1M30S"), or the
// finer unit alone for weeks, decades and centuries ("P15Y").
func halvesValue(n int, u Unit) string {
	h, ok := halfUnits[u]
	switch {
	case !ok:
		return durationValue(-1, u, false)
	case n%2 == 0:
		return durationValue(n/2, u, false)
	case u == uWeek:
		return durationValue(n*7/2, uDay, false)
	case n == 1 || u >= uDecade:
		return durationValue(n*h.n, h.u, false)
	}
	whole, half := durationValue(n/2, u, false), durationValue(h.n, h.u, false)
	if strings.HasPrefix(whole, "PT") {
		return whole + half[2:] // PT5H and PT30M: PT5H30M
	}
	return whole + half[1:] // P2Y and P6M: P2Y6M; P1D and PT12H: P1DT12H
}

// setValue returns the TIMEX3 value of a set.
func setValue(e Expr) string {
	switch {
	case e.Weekday > 0:
		return "XXXX-WXX-" + strconv.Itoa(e.Weekday) + timeSuffix(e)
	case e.Month > 0:
		return "XXXX-" + pad(e.Month, 2)
	case e.Season != "":
		return "XXXX-" + e.Season
	case e.Part != "":
		return "XXXX-XX-XXT" + e.Part
	}
	n := e.Amount
	if n == 0 {
		n = 1
	}
	return durationValue(n, e.Unit, false)
}

// validValue reports whether v looks like a TIMEX3 value this package
// produces.
func validValue(v string) bool {
	switch v {
	case "PRESENT_REF", "PAST_REF", "FUTURE_REF":
		return true
	}
	if v == "" {
		return false
	}
	if v[0] == 'P' {
		return len(v) > 2 && strings.Trim(v[1:], "T0123456789XYMWDHSQCE") == ""
	}
	return len(v) >= 2 && strings.Trim(v, "0123456789X-WQHSUPFATNIMOVE:") == ""
}
