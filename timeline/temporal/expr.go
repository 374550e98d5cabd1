package temporal

// Kind says how an Expr is resolved to a calendar interval.
type Kind uint8

// The kinds of intermediate value.
const (
	// KindCalendar sets calendar fields (year, month, day, quarter, season,
	// half, decade); a missing year is taken from the anchor in direction Dir.
	KindCalendar Kind = iota + 1
	// KindShift moves Offset units of Grain from the anchor ("last week",
	// "three days ago", "two days later").
	KindShift
	// KindWeekday finds Weekday from the anchor in direction Dir.
	KindWeekday
	// KindRef is a vague reference: PRESENT_REF, PAST_REF or FUTURE_REF.
	KindRef
	// KindDuration is an amount of a unit ("three years").
	KindDuration
	// KindSet is a recurrence ("every Monday", "daily").
	KindSet
)

// Anchor says what a relative expression is counted from.
type Anchor uint8

// The anchors.
const (
	// AnchorDeictic is the reference date in news mode and the last
	// mentioned date in narrative mode ("yesterday", "last week").
	AnchorDeictic Anchor = iota
	// AnchorLast is the last date the text mentioned, whatever the mode
	// ("two days later", "the following week").
	AnchorLast
	// AnchorNone marks absolute expressions, which need no anchor.
	AnchorNone
)

// Dir is the direction in which a weekday, month or season without a year
// is looked for from the anchor.
type Dir int8

// The directions.
const (
	// DirNearest takes the occurrence nearest to the anchor.
	DirNearest Dir = iota
	// DirSame takes the occurrence in the anchor's own week or year.
	DirSame
	// DirPast takes the latest occurrence that starts on or before the anchor.
	DirPast
	// DirFuture takes the earliest occurrence that ends on or after the anchor.
	DirFuture
	// DirBefore takes the latest occurrence that ends before the anchor.
	DirBefore
	// DirAfter takes the earliest occurrence that starts after the anchor.
	DirAfter
	// dirTense is replaced by DirPast or DirFuture from the tense of the
	// sentence before resolution.
	dirTense
)

// Expr is the typed intermediate value of a time expression: what the
// text says, before it is resolved against a reference date. Zero fields
// are unset.
type Expr struct {
	Kind  Kind
	Grain Precision // the grain of a date: Day, Week, Month, Quarter, ...
	// Calendar fields.
	Year, Month, Day int
	Quarter, Half    int
	Season           string // "SP", "SU", "FA", "WI"
	Weekday          int    // ISO weekday, Monday = 1
	Nth              int    // with Weekday and Month: the Nth weekday of the month
	Weekend          bool   // the weekend of the week
	Part             string // part of day: "MO", "AF", "EV", "NI"
	Hour, Minute     int
	Clock            bool // Hour and Minute are set
	// Relative fields.
	Offset int // in units of Grain, for KindShift
	// Ago marks counted shifts ("a year ago", "two days later"); in a
	// text about quarters, "a year ago" is the same quarter a year before.
	Ago    bool
	Anchor Anchor
	Dir    Dir
	// Durations and sets.
	Amount int  // -1 when unspecified (PXY)
	Halves bool // Amount counts halves ("two and a half years")
	Unit   Unit
	// Ref is PRESENT_REF, PAST_REF or FUTURE_REF for KindRef.
	Ref string
	// Mod is the TIMEX3 mod.
	Mod string
	// noDet keeps a preceding "the" out of the expression ("the 30-day
	// ceasefire").
	noDet bool
	// latest marks "the latest quarter": the last quarter named, but none
	// after the last one that ended before the reference date.
	latest bool
	// storyDay marks a clock time with no day ("at 10 p.m."): it falls on
	// the last day the text mentioned, the story's day, when there is one.
	storyDay bool
	// softDir marks a direction read from tense that only overrules the
	// nearest date when that date lies months away on the other side.
	softDir bool
}

// Type returns the TIMEX3 type of the expression.
func (e Expr) Type() Type {
	switch e.Kind {
	case KindDuration:
		return Duration
	case KindSet:
		return Set
	}
	if e.Part != "" || e.Clock {
		return Time
	}
	return Date
}

// calendar returns a KindCalendar Expr of the given grain.
func calendar(g Precision, y, m, d int) Expr {
	return Expr{Kind: KindCalendar, Grain: g, Year: y, Month: m, Day: d, Anchor: AnchorNone}
}

// shift returns a KindShift Expr.
func shift(g Precision, off int, a Anchor) Expr {
	return Expr{Kind: KindShift, Grain: g, Offset: off, Anchor: a}
}

// duration returns a KindDuration Expr.
func duration(n int, u Unit, halves bool) Expr {
	return Expr{Kind: KindDuration, Amount: n, Unit: u, Halves: halves}
}

// ref returns a KindRef Expr.
func ref(v string) Expr { return Expr{Kind: KindRef, Ref: v} }

// unitGrain maps a unit to the grain of a date shifted by it.
func unitGrain(u Unit) Precision {
	switch u {
	case uWeek, uWeekend:
		return Week
	case uMonth:
		return Month
	case uQuarter:
		return Quarter
	case uYear:
		return Year
	case uDecade:
		return Decade
	case uCentury:
		return Century
	}
	return Day
}
