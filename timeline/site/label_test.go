package site

import (
	"testing"

	"github.com/eventline/timeline/timeline/temporal"
)

func TestLabel(t *testing.T) {
	tests := []struct {
		iv      temporal.Interval
		planned bool
		label   string
		dt      string
		prec    string
	}{
		{iv(temporal.Day, day(2025, 4, 3), day(2025, 4, 3)), false, "3 April 2025", "2025-04-03", "day"},
		{iv(temporal.Day, day(2025, 4, 10), day(2025, 4, 10)), true, "planned: 10 April 2025", "2025-04-10", "day"},
		{iv(temporal.Day, day(2025, 4, 3), day(2025, 4, 5)), false, "3–5 April 2025", "2025-04", "day"},
		{iv(temporal.Day, day(2025, 3, 30), day(2025, 4, 2)), false, "30 March – 2 April 2025", "2025", "day"},
		{iv(temporal.Day, day(2024, 12, 30), day(2025, 1, 2)), false, "30 December 2024 – 2 January 2025", "2024", "day"},
		{iv(temporal.Week, day(2025, 3, 10), day(2025, 3, 16)), false, "week of 10 March 2025", "2025-W11", "week"},
		{iv(temporal.Week, day(2024, 12, 30), day(2025, 1, 5)), false, "week of 30 December 2024", "2025-W01", "week"},
		{iv(temporal.Month, day(2025, 2, 1), day(2025, 2, 28)), false, "February 2025", "2025-02", "month"},
		{iv(temporal.Month, day(2025, 4, 1), day(2025, 7, 31)), false, "April–July 2025", "2025", "month"},
		{iv(temporal.Month, day(2024, 12, 1), day(2025, 1, 31)), false, "December 2024 – January 2025", "2024", "month"},
		{iv(temporal.Quarter, day(2025, 1, 1), day(2025, 3, 31)), false, "Q1 2025", "2025", "quarter"},
		{iv(temporal.Quarter, day(2025, 10, 1), day(2025, 12, 31)), false, "Q4 2025", "2025", "quarter"},
		{iv(temporal.Season, day(2025, 3, 1), day(2025, 5, 31)), false, "spring 2025", "2025", "season"},
		{iv(temporal.Season, day(2025, 9, 1), day(2025, 11, 30)), false, "autumn 2025", "2025", "season"},
		{iv(temporal.Season, day(2024, 12, 1), day(2025, 2, 28)), false, "winter 2024–25", "2024", "season"},
		{iv(temporal.Half, day(2025, 1, 1), day(2025, 6, 30)), false, "first half of 2025", "2025", "year"},
		{iv(temporal.Half, day(2025, 7, 1), day(2025, 12, 31)), false, "second half of 2025", "2025", "year"},
		{iv(temporal.Year, day(2022, 1, 1), day(2022, 12, 31)), false, "2022", "2022", "year"},
		{iv(temporal.Year, day(2022, 1, 1), day(2024, 12, 31)), false, "2022–2024", "2022", "year"},
		{iv(temporal.Decade, day(1990, 1, 1), day(1999, 12, 31)), false, "the 1990s", "1990", "decade"},
		{iv(temporal.Century, day(1900, 1, 1), day(1999, 12, 31)), false, "the 20th century", "1900", "decade"},
		{iv(temporal.Century, day(2000, 1, 1), day(2099, 12, 31)), false, "the 21st century", "2000", "decade"},
		{temporal.Interval{}, false, "undated", "", ""},
		{temporal.Interval{}, true, "planned: undated", "", ""},
	}
	for _, tt := range tests {
		if got := Label(tt.iv, tt.planned); got != tt.label {
			t.Errorf("Label(%v..%v %v, %v) = %q, want %q", tt.iv.Start, tt.iv.End, tt.iv.Precision, tt.planned, got, tt.label)
		}
		if got := Datetime(tt.iv); got != tt.dt {
			t.Errorf("Datetime(%q) = %q, want %q", tt.label, got, tt.dt)
		}
		if got := PrecisionName(tt.iv); got != tt.prec {
			t.Errorf("PrecisionName(%q) = %q, want %q", tt.label, got, tt.prec)
		}
	}
}

func TestOrdinal(t *testing.T) {
	for n, want := range map[int]string{1: "the 1st", 2: "the 2nd", 3: "the 3rd", 4: "the 4th", 11: "the 11th",
		12: "the 12th", 13: "the 13th", 21: "the 21st", 22: "the 22nd", 101: "the 101st", 111: "the 111th"} {
		if got := ordinal(n); got != want {
			t.Errorf("ordinal(%d) = %q, want %q", n, got, want)
		}
	}
}
