package timeml

import (
	"bytes"
	"math"
	"strings"
	"testing"
)

// span builds an annotation over [start, end) with a type and value.
func span(start, end int, typ, value string) Timex {
	return Timex{Start: start, End: end, Type: typ, Value: value}
}

func TestCompare(t *testing.T) {
	const text = "They met last Friday and for three weeks in April 2025."
	tests := []struct {
		name      string
		gold, sys []Timex
		want      Counts
		errors    string // the kinds, in order
	}{
		{"nothing", nil, nil, Counts{}, ""},
		{"exact", []Timex{span(9, 20, "DATE", "V")}, []Timex{span(9, 20, "DATE", "V")},
			Counts{1, 1, 1, 1, 1, 1}, ""},
		{"partial wrong value", []Timex{span(9, 20, "DATE", "V")}, []Timex{span(14, 20, "DATE", "W")},
			Counts{1, 1, 1, 0, 1, 0}, "extent value"},
		{"wrong type", []Timex{span(29, 40, "DURATION", "P3W")}, []Timex{span(29, 40, "DATE", "P3W")},
			Counts{1, 1, 1, 1, 0, 1}, "type"},
		{"missed and spurious", []Timex{span(9, 20, "DATE", "V")}, []Timex{span(44, 54, "DATE", "2025-04")},
			Counts{1, 1, 0, 0, 0, 0}, "missed spurious"},
		{"one to one", []Timex{span(44, 49, "DATE", "A"), span(50, 54, "DATE", "Y")}, []Timex{span(44, 54, "DATE", "A")},
			Counts{1, 2, 1, 0, 1, 1}, "extent missed"},
		{"exact preferred", []Timex{span(44, 54, "DATE", "A")}, []Timex{span(44, 49, "DATE", "B"), span(44, 54, "DATE", "A")},
			Counts{2, 1, 1, 1, 1, 1}, "spurious"},
		{"empty gold ignored", []Timex{span(3, 3, "DATE", "PAST_REF")}, nil, Counts{}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := Compare("d.tml", text, tt.gold, tt.sys)
			if r.Counts != tt.want {
				t.Errorf("counts = %+v, want %+v", r.Counts, tt.want)
			}
			var kinds []string
			for _, e := range r.Errors {
				kinds = append(kinds, string(e.Kind))
			}
			if got := strings.Join(kinds, " "); got != tt.errors {
				t.Errorf("errors = %q, want %q", got, tt.errors)
			}
		})
	}
}

func TestSummarize(t *testing.T) {
	rs := []DocResult{
		{Counts: Counts{System: 4, Gold: 5, Relaxed: 4, Strict: 3, Type: 4, Value: 3}},
		{Counts: Counts{System: 6, Gold: 5, Relaxed: 4, Strict: 4, Type: 3, Value: 2}},
	}
	s := Summarize(rs)
	tests := []struct {
		name      string
		got, want float64
	}{
		{"relaxed P", s.Relaxed.P, 0.8},
		{"relaxed R", s.Relaxed.R, 0.8},
		{"relaxed F1", s.Relaxed.F1, 0.8},
		{"strict F1", s.Strict.F1, 0.7},
		{"type F1", s.Type.F1, 0.7},
		{"value F1", s.Value.F1, 0.5},
		{"value accuracy", s.ValueAccuracy, 5.0 / 8},
		{"type accuracy", s.TypeAccuracy, 7.0 / 8},
	}
	for _, tt := range tests {
		if math.Abs(tt.got-tt.want) > 1e-9 {
			t.Errorf("%s = %v, want %v", tt.name, tt.got, tt.want)
		}
	}
	if s.Docs != 2 || s.System != 10 || s.Gold != 10 {
		t.Errorf("docs %d, system %d, gold %d", s.Docs, s.System, s.Gold)
	}
	if z := Summarize(nil); z.Value.F1 != 0 || z.ValueAccuracy != 0 {
		t.Errorf("Summarize(nil) = %+v", z)
	}
}

func TestWriteErrorsReport(t *testing.T) {
	const text = "They met last Friday, not in May."
	r := Compare("d.tml", text,
		[]Timex{{Start: 9, End: 20, Text: "last Friday", Type: "DATE", Value: "2025-03-28"}},
		[]Timex{{Start: 14, End: 20, Text: "Friday", Type: "DATE", Value: "2025-04-04", Mod: "MID"},
			{Start: 29, End: 32, Text: "May", Type: "DATE", Value: "2025-05"}})
	var b bytes.Buffer
	if err := WriteErrors(&b, []DocResult{r}); err != nil {
		t.Fatal(err)
	}
	want := `d.tml:9-20 extent   gold=DATE:2025-03-28 "last Friday" system=DATE:2025-04-04:MID "Friday" | They met [last Friday], not in May.
d.tml:9-20 value    gold=DATE:2025-03-28 "last Friday" system=DATE:2025-04-04:MID "Friday" | They met [last Friday], not in May.
d.tml:29-32 spurious gold=- system=DATE:2025-05 "May" | They met last Friday, not in [May].
errors: extent 1, spurious 1, value 1
`
	if b.String() != want {
		t.Errorf("got\n%s\nwant\n%s", b.String(), want)
	}
}

func TestContext(t *testing.T) {
	long := strings.Repeat("é", 30) + "X" + strings.Repeat("ü", 30)
	got := context(long, 60, 61)
	if !strings.Contains(got, "[X]") || !strings.HasPrefix(got, "é") || !strings.HasSuffix(got, "ü") {
		t.Errorf("context = %q", got)
	}
}
