package temporal

import (
	"testing"
	"time"
)

// valueCase is an expression and interval whose value the append
// formatters must write as the legacy ones did.
type valueCase struct {
	e  Expr
	iv Interval
}

// valueCases returns expressions of every kind, grain and unit, with
// numbers of one to five digits and negative ones.
func valueCases() []valueCase {
	var cs []valueCase
	days := []time.Time{date(2025, 4, 4), date(1, 1, 1), date(999, 12, 31), date(-44, 3, 15), date(10000, 6, 1), date(2024, 12, 30)}
	for g := Unknown; g <= Century+1; g++ {
		for _, d := range days {
			for _, e := range []Expr{
				{Kind: KindCalendar, Grain: g, Month: 4, Day: 3, Quarter: 2, Half: 1, Season: "SU"},
				{Kind: KindCalendar, Grain: g, Month: 12, Day: 31, Nth: 2, Clock: true, Hour: 7, Minute: 5},
				{Kind: KindWeekday, Grain: g, Weekday: 5, Part: "NI"},
				{Kind: KindShift, Grain: g, Weekend: true, Clock: true, Hour: 23, Minute: 59},
				{Kind: KindShift, Grain: g, Part: "MO"},
			} {
				cs = append(cs, valueCase{e, Interval{Start: d, End: d, Precision: g}})
			}
		}
	}
	for u := noUnit; u <= uWeekend+1; u++ {
		for _, n := range []int{-1, 0, 1, 2, 3, 5, 7, 10, 11, 99, 12345} {
			for _, halves := range []bool{false, true} {
				cs = append(cs, valueCase{e: Expr{Kind: KindDuration, Amount: n, Unit: u, Halves: halves}})
			}
			cs = append(cs, valueCase{e: Expr{Kind: KindSet, Amount: n, Unit: u}})
		}
	}
	for _, e := range []Expr{
		{Kind: KindSet, Weekday: 1}, {Kind: KindSet, Weekday: 3, Part: "EV"}, {Kind: KindSet, Weekday: 2, Clock: true, Hour: 9},
		{Kind: KindSet, Month: 7}, {Kind: KindSet, Season: "WI"}, {Kind: KindSet, Part: "AF"},
	} {
		cs = append(cs, valueCase{e: e})
	}
	return cs
}

// TestAppendValues checks every append formatter against the string
// formatter it replaced.
func TestAppendValues(t *testing.T) {
	for _, c := range valueCases() {
		checkValues(t, c.e, c.iv)
	}
}

// FuzzAppendValues checks the append formatters against the legacy ones
// on arbitrary fields.
func FuzzAppendValues(f *testing.F) {
	f.Add(uint8(KindCalendar), uint8(Day), 2025, 4, 3, 1, 5, 7, 30, true, "NI", int64(0))
	f.Add(uint8(KindDuration), uint8(uYear), 5, 0, 0, 0, 0, 0, 0, true, "", int64(1e9))
	f.Fuzz(func(t *testing.T, kind, grain uint8, amount, month, day, quarter, weekday, hour, minute int, flag bool, part string, secs int64) {
		d := dayOf(time.Unix(secs, 0).UTC())
		e := Expr{
			Kind: Kind(kind % 8), Grain: Precision(grain % 12), Amount: amount, Month: month, Day: day,
			Quarter: quarter, Half: quarter, Season: part, Weekday: weekday, Nth: weekday % 3,
			Weekend: flag, Part: part, Hour: hour, Minute: minute, Clock: flag && hour%2 == 0,
			Unit: Unit(grain % 14), Halves: flag,
		}
		checkValues(t, e, Interval{Start: d, End: d, Precision: e.Grain})
	})
}

// checkValues compares the values of e (and of iv) written by the append
// formatters and by the legacy ones, after a prefix that must be kept.
func checkValues(t *testing.T, e Expr, iv Interval) {
	t.Helper()
	prefix := []byte("x;")
	pairs := []struct {
		name      string
		got, want string
	}{
		{"format", string(appendFormatValue(prefix, e, iv)), "x;" + legacyFormatValue(e, iv)},
		{"unresolved", string(appendUnresolvedValue(prefix, e)), "x;" + legacyUnresolvedValue(e)},
		{"duration", string(appendDurationValue(prefix, e.Amount, e.Unit, e.Halves)), "x;" + legacyDurationValue(e.Amount, e.Unit, e.Halves)},
		{"set", string(appendSetValue(prefix, e)), "x;" + legacySetValue(e)},
		{"pad", string(appendPad(prefix, e.Amount, e.Day%32)), "x;" + legacyPad(e.Amount, e.Day%32)},
	}
	for _, p := range pairs {
		if p.got != p.want {
			t.Errorf("%s of %+v %v: got %q, want %q", p.name, e, iv, p.got, p.want)
		}
	}
}
