package temporal

// This file keeps the string-building value formatters that the append
// forms in value.go replaced, as the reference their test compares with.

import (
	"strconv"
	"strings"
)

// legacyPad is the former pad.
func legacyPad(n, w int) string {
	s := strconv.Itoa(n)
	for len(s) < w {
		s = "0" + s
	}
	return s
}

// legacyFormatValue is the former formatValue.
func legacyFormatValue(e Expr, iv Interval) string {
	d := iv.Start
	y := legacyPad(d.Year(), 4)
	var v string
	switch iv.Precision {
	case Day:
		v = y + "-" + legacyPad(int(d.Month()), 2) + "-" + legacyPad(d.Day(), 2)
	case Week:
		wy, w := d.ISOWeek()
		v = legacyPad(wy, 4) + "-W" + legacyPad(w, 2)
		if e.Weekend {
			v += "-WE"
		}
	case Month:
		v = y + "-" + legacyPad(int(d.Month()), 2)
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
	return v + legacyTimeSuffix(e)
}

// legacyTimeSuffix is the former timeSuffix.
func legacyTimeSuffix(e Expr) string {
	switch {
	case e.Clock:
		return "T" + legacyPad(e.Hour, 2) + ":" + legacyPad(e.Minute, 2)
	case e.Part != "":
		return "T" + e.Part
	}
	return ""
}

// legacyUnresolvedValue is the former unresolvedValue.
func legacyUnresolvedValue(e Expr) string {
	var v string
	switch {
	case e.Kind == KindWeekday:
		v = "XXXX-WXX-" + strconv.Itoa(e.Weekday)
	case e.Kind == KindCalendar:
		v = legacyCalendarPattern(e)
	default:
		v = grainPattern(e.Grain)
		if e.Weekend {
			v += "-WE"
		}
	}
	return v + legacyTimeSuffix(e)
}

// legacyCalendarPattern is the former calendarPattern.
func legacyCalendarPattern(e Expr) string {
	switch e.Grain {
	case Day:
		if e.Nth > 0 {
			return "XXXX-XX-XX"
		}
		return "XXXX-" + legacyPad(e.Month, 2) + "-" + legacyPad(e.Day, 2)
	case Month:
		return "XXXX-" + legacyPad(e.Month, 2)
	case Quarter:
		return "XXXX-Q" + strconv.Itoa(e.Quarter)
	case Half:
		return "XXXX-H" + strconv.Itoa(e.Half)
	case Season:
		return "XXXX-" + e.Season
	}
	return "XXXX"
}

// legacyDurationValue is the former durationValue.
func legacyDurationValue(n int, u Unit, halves bool) string {
	if halves && n >= 0 {
		return legacyHalvesValue(n, u)
	}
	switch u {
	case uDecade:
		if n >= 0 {
			return legacyDurationValue(10*n, uYear, false)
		}
	case uCentury:
		if n >= 0 {
			return legacyDurationValue(100*n, uYear, false)
		}
	case uWeekend:
		if n >= 0 {
			return legacyDurationValue(2*n, uDay, false)
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

// legacyHalvesValue is the former halvesValue.
func legacyHalvesValue(n int, u Unit) string {
	h, ok := halfUnits[u]
	switch {
	case !ok:
		return legacyDurationValue(-1, u, false)
	case n%2 == 0:
		return legacyDurationValue(n/2, u, false)
	case u == uWeek:
		return legacyDurationValue(n*7/2, uDay, false)
	case n == 1 || u >= uDecade:
		return legacyDurationValue(n*h.n, h.u, false)
	}
	whole, half := legacyDurationValue(n/2, u, false), legacyDurationValue(h.n, h.u, false)
	if strings.HasPrefix(whole, "PT") {
		return whole + half[2:] // PT5H and PT30M: PT5H30M
	}
	return whole + half[1:] // P2Y and P6M: P2Y6M; P1D and PT12H: P1DT12H
}

// legacySetValue is the former setValue.
func legacySetValue(e Expr) string {
	switch {
	case e.Weekday > 0:
		return "XXXX-WXX-" + strconv.Itoa(e.Weekday) + legacyTimeSuffix(e)
	case e.Month > 0:
		return "XXXX-" + legacyPad(e.Month, 2)
	case e.Season != "":
		return "XXXX-" + e.Season
	case e.Part != "":
		return "XXXX-XX-XXT" + e.Part
	}
	n := e.Amount
	if n == 0 {
		n = 1
	}
	return legacyDurationValue(n, e.Unit, false)
}
