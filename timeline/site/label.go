package site

import (
	"fmt"
	"strconv"
	"time"

	"github.com/eventline/timeline/timeline/temporal"
)

// Label returns the reader's name for an interval at its real precision:
// "3 April 2025", "week of 10 March 2025", "February 2025", "Q1 2025",
// "spring 2025", "first half of 2025", "2022", "the 1990s". A planned event
// is prefixed "planned: ". An unresolved interval is "undated".
func Label(iv temporal.Interval, planned bool) string {
	s := intervalLabel(iv)
	if planned {
		return "planned: " + s
	}
	return s
}

func intervalLabel(iv temporal.Interval) string {
	if iv.IsZero() {
		return "undated"
	}
	s, e := iv.Start, iv.End
	if e.Before(s) {
		e = s
	}
	switch iv.Precision {
	case temporal.Day:
		return dayRange(s, e)
	case temporal.Week:
		return "week of " + dayName(s)
	case temporal.Month:
		return monthRange(s, e)
	case temporal.Quarter:
		return fmt.Sprintf("Q%d %d", (int(s.Month())-1)/3+1, s.Year())
	case temporal.Season:
		return seasonLabel(s, e)
	case temporal.Half:
		if s.Month() <= time.June {
			return fmt.Sprintf("first half of %d", s.Year())
		}
		return fmt.Sprintf("second half of %d", s.Year())
	case temporal.Year:
		return yearRange(s, e)
	case temporal.Decade:
		return fmt.Sprintf("the %ds", s.Year()/10*10)
	case temporal.Century:
		return ordinal(s.Year()/100+1) + " century"
	}
	return dayRange(s, e)
}

// dayName formats one day as "3 April 2025".
func dayName(t time.Time) string {
	return fmt.Sprintf("%d %s %d", t.Day(), t.Month(), t.Year())
}

// dayRange formats an inclusive range of days as compactly as reads well:
// "3 April 2025", "3–5 April 2025", "30 March – 2 April 2025".
func dayRange(s, e time.Time) string {
	switch {
	case s.Equal(e):
		return dayName(s)
	case s.Year() == e.Year() && s.Month() == e.Month():
		return fmt.Sprintf("%d–%s", s.Day(), dayName(e))
	case s.Year() == e.Year():
		return fmt.Sprintf("%d %s – %s", s.Day(), s.Month(), dayName(e))
	}
	return dayName(s) + " – " + dayName(e)
}

// monthRange formats "February 2025", "April–July 2025" or
// "December 2024 – January 2025".
func monthRange(s, e time.Time) string {
	switch {
	case s.Year() == e.Year() && s.Month() == e.Month():
		return fmt.Sprintf("%s %d", s.Month(), s.Year())
	case s.Year() == e.Year():
		return fmt.Sprintf("%s–%s %d", s.Month(), e.Month(), s.Year())
	}
	return fmt.Sprintf("%s %d – %s %d", s.Month(), s.Year(), e.Month(), e.Year())
}

// yearRange formats "2022" or "2022–2024".
func yearRange(s, e time.Time) string {
	if s.Year() == e.Year() {
		return strconv.Itoa(s.Year())
	}
	return fmt.Sprintf("%d–%d", s.Year(), e.Year())
}

// seasonLabel names a meteorological season of the northern hemisphere by
// its first month; a winter that straddles new year reads "winter 2024–25".
func seasonLabel(s, e time.Time) string {
	names := [...]string{"winter", "winter", "spring", "spring", "spring", "summer",
		"summer", "summer", "autumn", "autumn", "autumn", "winter"}
	name := names[s.Month()-1]
	if e.Year() != s.Year() {
		return fmt.Sprintf("%s %d–%02d", name, s.Year(), e.Year()%100)
	}
	return fmt.Sprintf("%s %d", name, s.Year())
}

// ordinal returns "1st", "2nd", "3rd", "4th", "11th", "21st", ...
func ordinal(n int) string {
	suffix := "th"
	if n%100 < 11 || n%100 > 13 {
		switch n % 10 {
		case 1:
			suffix = "st"
		case 2:
			suffix = "nd"
		case 3:
			suffix = "rd"
		}
	}
	return "the " + strconv.Itoa(n) + suffix
}

// Datetime returns the value of a <time datetime="..."> attribute for iv:
// the finest valid HTML date, week, month or year string that contains the
// whole interval ("2025-04-03", "2025-W11", "2025-04", "2025"). An interval
// that spans several years gives its first year. It returns "" for an
// unresolved interval.
func Datetime(iv temporal.Interval) string {
	if iv.IsZero() {
		return ""
	}
	s, e := iv.Start, iv.End
	if e.Before(s) {
		e = s
	}
	switch {
	case s.Equal(e):
		return s.Format("2006-01-02")
	case iv.Precision == temporal.Week && iv.Days() == 7:
		y, w := s.ISOWeek()
		ey, ew := e.ISOWeek()
		if y == ey && w == ew {
			return fmt.Sprintf("%04d-W%02d", y, w)
		}
	}
	switch {
	case s.Year() == e.Year() && s.Month() == e.Month():
		return s.Format("2006-01")
	}
	return fmt.Sprintf("%04d", s.Year())
}

// PrecisionName returns the precision of iv as timeline.json spells it: one
// of day, week, month, quarter, season, year, decade. Two precisions of the
// tagger have no name of their own there: a half year is given the
// nearest coarser one, "year", which stays true of the interval, and a
// century the coarsest there is, "decade". Start and end still say exactly
// which half or century. An unresolved interval gives "".
func PrecisionName(iv temporal.Interval) string {
	switch iv.Precision {
	case temporal.Unknown:
		return ""
	case temporal.Half:
		return "year"
	case temporal.Century:
		return "decade"
	}
	if iv.IsZero() {
		return ""
	}
	return iv.Precision.String()
}
