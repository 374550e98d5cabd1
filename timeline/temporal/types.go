package temporal

import (
	"fmt"
	"time"
)

// Type is the TIMEX3 type of a time expression.
type Type string

// The four TIMEX3 types.
const (
	Date     Type = "DATE"
	Time     Type = "TIME"
	Duration Type = "DURATION"
	Set      Type = "SET"
)

// Precision is the grain of a resolved calendar interval, from the finest
// (a day) to the coarsest (a century).
type Precision uint8

// The precisions an interval can have. Times of day resolve to the day that
// holds them: a timeline does not place events finer than a day.
const (
	Unknown Precision = iota
	Day
	Week
	Month
	Quarter
	Season
	Half
	Year
	Decade
	Century
)

var precisionNames = [...]string{"unknown", "day", "week", "month", "quarter", "season", "half", "year", "decade", "century"}

// String returns the lower-case name of p, such as "day" or "month".
func (p Precision) String() string {
	if int(p) < len(precisionNames) {
		return precisionNames[p]
	}
	return fmt.Sprintf("precision(%d)", p)
}

// ParsePrecision returns the Precision named s, or Unknown and false.
func ParsePrecision(s string) (Precision, bool) {
	for i, n := range precisionNames {
		if n == s && i > 0 {
			return Precision(i), true
		}
	}
	return Unknown, false
}

// Interval is an inclusive range of calendar days, [Start, End], with the
// precision it was expressed at. Start and End are midnight UTC. The zero
// Interval is unresolved.
type Interval struct {
	Start, End time.Time
	Precision  Precision
}

// IsZero reports whether the interval is unresolved.
func (iv Interval) IsZero() bool { return iv.Precision == Unknown || iv.Start.IsZero() }

// Contains reports whether day d (midnight UTC) lies within the interval.
func (iv Interval) Contains(d time.Time) bool {
	return !d.Before(iv.Start) && !d.After(iv.End)
}

// Overlaps reports whether the two intervals share at least one day.
func (iv Interval) Overlaps(o Interval) bool {
	return !iv.End.Before(o.Start) && !o.End.Before(iv.Start)
}

// Days returns the number of days the interval covers.
func (iv Interval) Days() int {
	return int(iv.End.Sub(iv.Start).Hours()/24) + 1
}

// Match is one time expression found in a text.
type Match struct {
	// Start and End are the byte offsets of the expression in the text
	// given to the tagger: text[Start:End] == Text.
	Start, End int
	Text       string
	Type       Type
	// Value is the normalised TIMEX3 value, such as "2025-04-03",
	// "2025-W14", "P30D", "PAST_REF" or "XXXX-WXX-1".
	Value string
	// Mod is the TIMEX3 mod ("START", "MID", "END", "APPROX", "BEFORE",
	// "AFTER", ...), or empty.
	Mod string
	// Interval is the calendar interval a DATE or TIME resolves to; it is
	// zero for durations, sets, vague references (PAST_REF) and for
	// relative expressions without a reference date.
	Interval Interval
	// Range is set on both ends of a range ("between April and July",
	// "April 3-4"): the interval from the start of the first to the end of
	// the second. It is zero otherwise.
	Range Interval
	// Expr is the typed intermediate value the match was resolved from:
	// which fields the text set, the grain, the offset and the anchor. The
	// tagger always sets it; a program that keeps many matches and does
	// not read it may set it to nil, which keeps a Match small. The Exprs
	// of one call's matches share one allocation, freed once no match
	// of the call points into it.
	Expr *Expr
}

// Resolved reports whether the match has a calendar interval.
func (m Match) Resolved() bool { return !m.Interval.IsZero() }
