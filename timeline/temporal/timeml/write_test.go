package timeml

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/eventline/timeline/timeline/temporal"
)

var update = flag.Bool("update", false, "rewrite the testdata/*.golden files")

// TestWriteGolden writes each fixture back with its own consuming gold
// annotations as the system's, and compares with testdata/NAME.golden.
func TestWriteGolden(t *testing.T) {
	docs, err := ParseDir("testdata")
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range docs {
		t.Run(d.Name, func(t *testing.T) {
			var b bytes.Buffer
			if err := d.Write(&b, d.Gold()); err != nil {
				t.Fatal(err)
			}
			golden := filepath.Join("testdata", strings.TrimSuffix(d.Name, ".tml")+".golden")
			if *update {
				if err := os.WriteFile(golden, b.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(b.Bytes(), want) {
				t.Errorf("Write differs from %s (run go test -update):\n%s", golden, b.Bytes())
			}
			checkRoundTrip(t, d, d.Gold(), b.Bytes())
		})
	}
}

// checkRoundTrip parses out, as written for d with xs, and checks that the
// text and the annotations come back unchanged.
func checkRoundTrip(t *testing.T, d *Document, xs []Timex, out []byte) {
	t.Helper()
	back, err := Parse(out)
	if err != nil {
		t.Fatalf("parsing the written document: %v", err)
	}
	if back.Text != d.Text {
		t.Errorf("text changed:\n%q\nwant\n%q", back.Text, d.Text)
	}
	if back.DCTValue != d.DCTValue {
		t.Errorf("DCT %q, want %q", back.DCTValue, d.DCTValue)
	}
	if len(back.Timexes) != len(xs) {
		t.Fatalf("%d annotations back, want %d", len(back.Timexes), len(xs))
	}
	for i, x := range back.Timexes {
		w := xs[i]
		w.TID = x.TID
		if x != w {
			t.Errorf("annotation %d = %+v, want %+v", i, x, w)
		}
	}
}

func TestWriteErrors(t *testing.T) {
	d, err := Parse([]byte(doc("Thursday and Friday")))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		xs   []Timex
		want string
	}{
		{"overlap", []Timex{tx(0, 8, "", "", "DATE", "X"), tx(5, 12, "", "", "DATE", "X")}, "overlaps"},
		{"out of order", []Timex{tx(13, 19, "", "", "DATE", "X"), tx(0, 8, "", "", "DATE", "X")}, "overlaps"},
		{"past the end", []Timex{tx(13, 20, "", "", "DATE", "X")}, "outside the text"},
		{"empty", []Timex{tx(3, 3, "", "", "DATE", "X")}, "outside the text"},
		{"no type", []Timex{tx(0, 8, "", "", "", "X")}, "has no type"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := d.Write(new(bytes.Buffer), tt.xs)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("err = %v, want it to mention %q", err, tt.want)
			}
		})
	}
}

func TestWriteEscapes(t *testing.T) {
	d, err := Parse([]byte(doc(`a &lt;b&gt; &amp; "c" 2025`)))
	if err != nil {
		t.Fatal(err)
	}
	xs := []Timex{{Start: 2, End: 5, Type: "DATE", Value: `a"<&`, Mod: "MID"}}
	var b bytes.Buffer
	if err := d.Write(&b, xs); err != nil {
		t.Fatal(err)
	}
	want := `<TEXT>a <TIMEX3 tid="t1000" type="DATE" value="a&quot;&lt;&amp;" mod="MID">&lt;b&gt;</TIMEX3> &amp; "c" 2025</TEXT>`
	if !strings.Contains(b.String(), want) {
		t.Errorf("got %s\nwant it to contain %s", b.String(), want)
	}
	xs[0].Text = "<b>"
	checkRoundTrip(t, d, xs, b.Bytes())
}

func TestFromMatches(t *testing.T) {
	m := func(start, end int) temporal.Match {
		return temporal.Match{Start: start, End: end, Type: temporal.Date, Value: "X"}
	}
	tests := []struct {
		name string
		in   []temporal.Match
		want [][2]int
	}{
		{"none", nil, nil},
		{"sorted", []temporal.Match{m(10, 12), m(0, 4)}, [][2]int{{0, 4}, {10, 12}}},
		{"longest at same start", []temporal.Match{m(0, 4), m(0, 9)}, [][2]int{{0, 9}}},
		{"first of overlapping", []temporal.Match{m(0, 5), m(3, 9), m(9, 10)}, [][2]int{{0, 5}, {9, 10}}},
		{"empty dropped", []temporal.Match{m(3, 3)}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got [][2]int
			for _, x := range FromMatches(tt.in) {
				got = append(got, [2]int{x.Start, x.End})
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

func TestTag(t *testing.T) {
	d, err := Parse([]byte(doc("Filed 2025-04-01; see 2025-04-02.")))
	if err != nil {
		t.Fatal(err)
	}
	xs := Tag(temporal.New(temporal.Options{}), d)
	if len(xs) != 2 || xs[0].Text != "2025-04-01" || xs[1].Value != "2025-04-02" {
		t.Errorf("Tag = %+v", xs)
	}
	if !d.DCT.Equal(time.Date(2025, 4, 4, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("DCT = %v", d.DCT)
	}
}
