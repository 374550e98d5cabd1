package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/eventline/timeline/timeline/temporal"
	"github.com/eventline/timeline/timeline/temporal/timeml"
)

// runTagTest runs the command line args with stdin and returns its
// outputs.
func runTagTest(t *testing.T, stdin string, args ...string) (stdout, stderr string, err error) {
	t.Helper()
	var out, errb bytes.Buffer
	e := &env{stdout: &out, stderr: &errb, stdin: strings.NewReader(stdin), getenv: func(string) string { return "" }}
	err = run(context.Background(), args, e)
	return out.String(), errb.String(), err
}

var (
	goldDir = filepath.Join("testdata", "timeml", "gold")
	sysDir  = filepath.Join("testdata", "timeml", "sys")
)

func TestTagText(t *testing.T) {
	tests := []struct {
		name, stdin string
		args        []string
		out, note   string // out is a regular expression
	}{
		{"stdin without date", "Filed 2025-04-03.", []string{"tag"}, `6-16\s+"2025-04-03"\s+DATE\s+2025-04-03\s`, "no --date"},
		{"file with date", "", []string{"tag", "--date", "2025-04-04", filepath.Join("testdata", "tag.txt")}, `2025-05-01\.\.2025-05-01\s+day`, ""},
		{"dash is stdin", "On 2025-04-03.", []string{"tag", "--date", "2025-04-04", "-"}, `^SPAN\s+TEXT\s+TYPE\s+VALUE\s+MOD\s+INTERVAL\s+PRECISION\n`, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, errs, err := runTagTest(t, tt.stdin, tt.args...)
			if err != nil {
				t.Fatalf("%v\n%s", err, errs)
			}
			if !regexp.MustCompile(tt.out).MatchString(out) {
				t.Errorf("stdout %q does not match %q", out, tt.out)
			}
			if (tt.note == "") != (errs == "") || !strings.Contains(errs, tt.note) {
				t.Errorf("stderr %q, want %q", errs, tt.note)
			}
		})
	}
}

func TestTagJSON(t *testing.T) {
	out, _, err := runTagTest(t, "Filed 2025-04-03.", "tag", "--json", "--date", "2025-04-04")
	if err != nil {
		t.Fatal(err)
	}
	var ms []jsonMatch
	if err := json.Unmarshal([]byte(out), &ms); err != nil {
		t.Fatalf("%v in %s", err, out)
	}
	if len(ms) == 0 || ms[0].Text != "2025-04-03" || ms[0].From != "2025-04-03" || ms[0].Precision != "day" {
		t.Errorf("matches %+v", ms)
	}
	out, _, _ = runTagTest(t, "nothing", "tag", "--json", "--date", "2025-04-04")
	if out != "[]\n" {
		t.Errorf("no matches: %q", out)
	}
}

// TestWriteMatches checks the exact layout of the table and the JSON.
func TestWriteMatches(t *testing.T) {
	day := func(m, d int) time.Time { return time.Date(2025, time.Month(m), d, 0, 0, 0, 0, time.UTC) }
	ms := []temporal.Match{
		{Start: 4, End: 15, Text: "last Friday", Type: temporal.Date, Value: "2025-03-28",
			Interval: temporal.Interval{Start: day(3, 28), End: day(3, 28), Precision: temporal.Day}},
		{Start: 20, End: 31, Text: "three weeks", Type: temporal.Duration, Value: "P3W", Mod: "APPROX"},
	}
	var b bytes.Buffer
	if err := writeMatches(&b, ms); err != nil {
		t.Fatal(err)
	}
	want := `SPAN   TEXT           TYPE      VALUE       MOD     INTERVAL                PRECISION
4-15   "last Friday"  DATE      2025-03-28  -       2025-03-28..2025-03-28  day
20-31  "three weeks"  DURATION  P3W         APPROX  -                       -
`
	if b.String() != want {
		t.Errorf("table:\n%s\nwant:\n%s", b.String(), want)
	}
	b.Reset()
	if err := writeMatchesJSON(&b, ms); err != nil {
		t.Fatal(err)
	}
	want = `[
{"start":4,"end":15,"text":"last Friday","type":"DATE","value":"2025-03-28","from":"2025-03-28","to":"2025-03-28","precision":"day"},
{"start":20,"end":31,"text":"three weeks","type":"DURATION","value":"P3W","mod":"APPROX"}
]
`
	if b.String() != want {
		t.Errorf("JSON:\n%s\nwant:\n%s", b.String(), want)
	}
}

func TestTagTimeML(t *testing.T) {
	out := t.TempDir()
	_, errs, err := runTagTest(t, "", "tag", "--timeml", "--out", out, goldDir)
	if err != nil {
		t.Fatalf("%v\n%s", err, errs)
	}
	for _, name := range []string{"a.tml", "b.tml"} {
		gold, err := timeml.ParseFile(filepath.Join(goldDir, name))
		if err != nil {
			t.Fatal(err)
		}
		sys, err := timeml.ParseFile(filepath.Join(out, name))
		if err != nil {
			t.Fatal(err)
		}
		if sys.Text != gold.Text || sys.DCTValue != gold.DCTValue {
			t.Errorf("%s: text or DCT changed", name)
		}
		if len(sys.Timexes) == 0 || sys.Timexes[0].TID != "t1000" {
			t.Errorf("%s: system annotations %+v", name, sys.Timexes)
		}
	}
	raw, _ := os.ReadFile(filepath.Join(out, "a.tml"))
	if !strings.Contains(string(raw), `<TLINK lid="l1" relType="BEFORE" timeID="t1" relatedToTime="t0"/>`) {
		t.Errorf("the part after TEXT was not kept:\n%s", raw)
	}
}

func TestScore(t *testing.T) {
	out, errs, err := runTagTest(t, "", "score", "--errors", goldDir, sysDir)
	if err != nil {
		t.Fatalf("%v\n%s", err, errs)
	}
	for _, want := range []string{
		"documents 2, gold 4, system 4",
		"relaxed extent  0.7500  0.7500  0.7500        3",
		"strict extent  0.5000  0.5000  0.5000        2",
		"value  0.5000  0.5000  0.5000        2",
		"value accuracy 0.6667 (2/3)",
		`a.tml:38-49 value    gold=DURATION:P3W "three weeks" system=DURATION:P21D "three weeks"`,
		`b.tml:9-15 spurious`,
		`b.tml:41-47 missed`,
		"errors: extent 1, missed 1, spurious 1, value 1",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}

func TestScoreEval(t *testing.T) {
	out, errs, err := runTagTest(t, "", "score", "--eval", filepath.Join(goldDir, "a.tml"), filepath.Join(goldDir, "b.tml"))
	if err != nil {
		t.Fatalf("%v\n%s", err, errs)
	}
	if !strings.Contains(out, "documents 2, gold 4") || !strings.Contains(out, "Value F1") {
		t.Errorf("output:\n%s", out)
	}
}

func TestScoreMissingSystemFile(t *testing.T) {
	empty := t.TempDir()
	out, errs, err := runTagTest(t, "", "score", goldDir, empty)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(errs, "a.tml: no system file") || !strings.Contains(out, "gold 4, system 0") {
		t.Errorf("stdout %q, stderr %q", out, errs)
	}
}

func TestTagScoreErrors(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want string // in the error or stderr
	}{
		{"bad date", []string{"tag", "--date", "4 April"}, `--date "4 April": want YYYY-MM-DD`},
		{"two files", []string{"tag", "a", "b"}, "at most one FILE"},
		{"timeml without out", []string{"tag", "--timeml", goldDir}, "--timeml needs --out"},
		{"missing file", []string{"tag", filepath.Join("testdata", "nosuch.txt")}, "no such file"},
		{"score one arg", []string{"score", goldDir}, "score needs gold documents"},
		{"score eval nothing", []string{"score", "--eval"}, "score needs gold documents"},
		{"system not a dir", []string{"score", goldDir, filepath.Join(goldDir, "a.tml")}, "must be the system directory"},
		{"text differs", []string{"score", goldDir, filepath.Join("testdata", "timeml-badsys")}, "text differs from the gold text at byte 1"},
		{"no documents", []string{"score", "--eval", "testdata"}, "no .tml files"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, errs, err := runTagTest(t, "", tt.args...)
			if err == nil {
				t.Fatal("no error")
			}
			if !strings.Contains(err.Error()+errs, tt.want) {
				t.Errorf("error %v, stderr %q; want %q", err, errs, tt.want)
			}
		})
	}
}

func TestTagScoreHelp(t *testing.T) {
	for _, name := range []string{"tag", "score"} {
		_, errs, err := runTagTest(t, "", name, "-h")
		if !errors.Is(err, flag.ErrHelp) {
			t.Errorf("%s -h: %v", name, err)
		}
		if !strings.Contains(errs, "Examples:") || !strings.Contains(errs, "timeline "+name) {
			t.Errorf("%s -h: %q", name, errs)
		}
	}
}
