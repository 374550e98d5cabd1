package temporal

import (
	"bytes"
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

// appendPad appends n in decimal with at least w digits, zeros first.
func appendPad(dst []byte, n, w int) []byte {
	var buf [20]byte
	digits := strconv.AppendInt(buf[:0], int64(n), 10)
	for k := len(digits); k < w; k++ {
		dst = append(dst, '0')
	}
	return append(dst, digits...)
}

// appendFormatValue appends the TIMEX3 value of a resolved date or time.
func appendFormatValue(dst []byte, e Expr, iv Interval) []byte {
	d := iv.Start
	start := len(dst)
	switch iv.Precision {
	case Week:
		wy, w := d.ISOWeek()
		dst = append(appendPad(dst, wy, 4), "-W"...)
		dst = appendPad(dst, w, 2)
		if e.Weekend {
			dst = append(dst, "-WE"...)
		}
		return appendTimeSuffix(dst, e)
	}
	dst = appendPad(dst, d.Year(), 4)
	switch iv.Precision {
	case Day:
		dst = appendPad(append(dst, '-'), int(d.Month()), 2)
		dst = appendPad(append(dst, '-'), d.Day(), 2)
	case Month:
		dst = appendPad(append(dst, '-'), int(d.Month()), 2)
	case Quarter:
		dst = strconv.AppendInt(append(dst, "-Q"...), int64((int(d.Month())-1)/3+1), 10)
	case Half:
		dst = strconv.AppendInt(append(dst, "-H"...), int64((int(d.Month())-1)/6+1), 10)
	case Season:
		dst = append(append(dst, '-'), seasonCode(int(d.Month()))...)
	case Decade:
		dst = dst[:start+3] // and decades with three ("199" is the 1990s)
	case Century:
		dst = dst[:start+2] // TimeML writes centuries with two digits
	}
	return appendTimeSuffix(dst, e)
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

// appendTimeSuffix appends the "T..." part of a time value, if any.
func appendTimeSuffix(dst []byte, e Expr) []byte {
	switch {
	case e.Clock:
		dst = appendPad(append(dst, 'T'), e.Hour, 2)
		return appendPad(append(dst, ':'), e.Minute, 2)
	case e.Part != "":
		return append(append(dst, 'T'), e.Part...)
	}
	return dst
}

// appendUnresolvedValue appends the value of a relative expression that
// has no anchor, with X for the unknown digits.
func appendUnresolvedValue(dst []byte, e Expr) []byte {
	switch {
	case e.Kind == KindWeekday:
		dst = strconv.AppendInt(append(dst, "XXXX-WXX-"...), int64(e.Weekday), 10)
	case e.Kind == KindCalendar:
		dst = appendCalendarPattern(dst, e)
	default:
		dst = append(dst, grainPattern(e.Grain)...)
		if e.Weekend {
			dst = append(dst, "-WE"...)
		}
	}
	return appendTimeSuffix(dst, e)
}

// appendCalendarPattern appends the value of calendar fields with an
// unknown year.
func appendCalendarPattern(dst []byte, e Expr) []byte {
	switch e.Grain {
	case Day:
		if e.Nth > 0 {
			return append(dst, "XXXX-XX-XX"...)
		}
		dst = appendPad(append(dst, "XXXX-"...), e.Month, 2)
		return appendPad(append(dst, '-'), e.Day, 2)
	case Month:
		return appendPad(append(dst, "XXXX-"...), e.Month, 2)
	case Quarter:
		return strconv.AppendInt(append(dst, "XXXX-Q"...), int64(e.Quarter), 10)
	case Half:
		return strconv.AppendInt(append(dst, "XXXX-H"...), int64(e.Half), 10)
	case Season:
		return append(append(dst, "XXXX-"...), e.Season...)
	}
	return append(dst, "XXXX"...)
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

// appendDurationValue appends the TIMEX3 value of n units (n < 0 for an
// unspecified amount; halves counts n in halves).
func appendDurationValue(dst []byte, n int, u Unit, halves bool) []byte {
	if halves && n >= 0 {
		return appendHalvesValue(dst, n, u)
	}
	switch u {
	case uDecade:
		if n >= 0 {
			return appendDurationValue(dst, 10*n, uYear, false)
		}
	case uCentury:
		if n >= 0 {
			return appendDurationValue(dst, 100*n, uYear, false)
		}
	case uWeekend:
		if n >= 0 {
			return appendDurationValue(dst, 2*n, uDay, false)
		}
	}
	c, ok := unitCodes[u]
	if !ok {
		return append(dst, "PXD"...)
	}
	dst = append(dst, 'P')
	if c.time {
		dst = append(dst, 'T')
	}
	if n >= 0 {
		dst = strconv.AppendInt(dst, int64(n*c.mul), 10)
	} else {
		dst = append(dst, 'X')
	}
	return append(dst, c.code...)
}

// appendHalvesValue appends the value of n halves of unit u: whole units
// and a half written with the finer unit ("P2Y6M", "PT5H30M", "PT1M30S"),
// or the finer unit alone for weeks, decades and centuries ("P15Y").
func appendHalvesValue(dst []byte, n int, u Unit) []byte {
	h, ok := halfUnits[u]
	switch {
	case !ok:
		return appendDurationValue(dst, -1, u, false)
	case n%2 == 0:
		return appendDurationValue(dst, n/2, u, false)
	case u == uWeek:
		return appendDurationValue(dst, n*7/2, uDay, false)
	case n == 1 || u >= uDecade:
		return appendDurationValue(dst, n*h.n, h.u, false)
	}
	start := len(dst)
	dst = appendDurationValue(dst, n/2, u, false)
	mid := len(dst)
	dst = appendDurationValue(dst, h.n, h.u, false)
	drop := 1 // P2Y and P6M: P2Y6M; P1D and PT12H: P1DT12H
	if bytes.HasPrefix(dst[start:mid], []byte("PT")) {
		drop = 2 // PT5H and PT30M: PT5H30M
	}
	return append(dst[:mid], dst[mid+drop:]...)
}

// appendSetValue appends the TIMEX3 value of a set.
func appendSetValue(dst []byte, e Expr) []byte {
	switch {
	case e.Weekday > 0:
		dst = strconv.AppendInt(append(dst, "XXXX-WXX-"...), int64(e.Weekday), 10)
		return appendTimeSuffix(dst, e)
	case e.Month > 0:
		return appendPad(append(dst, "XXXX-"...), e.Month, 2)
	case e.Season != "":
		return append(append(dst, "XXXX-"...), e.Season...)
	case e.Part != "":
		return append(append(dst, "XXXX-XX-XXT"...), e.Part...)
	}
	n := e.Amount
	if n == 0 {
		n = 1
	}
	return appendDurationValue(dst, n, e.Unit, false)
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
