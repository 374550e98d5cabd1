package timeline

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path"
	"strings"
	"testing"
	"text/tabwriter"
	"time"
)

// update rewrites the golden files of the package's tests.
var update = flag.Bool("update", false, "rewrite the testdata/**/*.golden files")

// eventsTable writes the events as the table of `timeline events`, with
// the planned flag, the source files and the entities of each event, so
// that a change of title, date or merge shows in review.
func eventsTable(events []*Event) []byte {
	var buf bytes.Buffer
	tw := tabwriter.NewWriter(&buf, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "DATE\tPRECISION\tPLANNED\tTITLE\tSOURCES")
	for _, e := range events {
		date := e.Date.Start.Format(time.DateOnly)
		if !e.Date.End.Equal(e.Date.Start) {
			date += ".." + e.Date.End.Format(time.DateOnly)
		}
		planned := "-"
		if e.Planned {
			planned = "planned"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", date, e.Date.Precision, planned, e.Title, sourceFiles(e))
	}
	tw.Flush()
	buf.WriteString("\nENTITIES\n")
	for _, e := range events {
		fmt.Fprintf(&buf, "%s %s\n", e.Date.Start.Format(time.DateOnly), e.Title)
		for _, f := range []struct {
			name  string
			names []string
		}{{"people", e.People}, {"places", e.Places}, {"orgs", e.Orgs}} {
			if len(f.names) > 0 {
				fmt.Fprintf(&buf, "\t%s: %s\n", f.name, strings.Join(f.names, "; "))
			}
		}
	}
	return buf.Bytes()
}

// sourceFiles lists the base names of the files reporting an event, each
// once, in mention order.
func sourceFiles(e *Event) string {
	var out []string
	seen := map[string]bool{}
	for _, m := range e.Mentions {
		if f := path.Base(m.Article.Path); !seen[f] {
			seen[f] = true
			out = append(out, f)
		}
	}
	return strings.Join(out, ", ")
}

// TestContentGolden compares the timeline of the shipped content with
// testdata/events/content.golden; run with -update to rewrite it.
func TestContentGolden(t *testing.T) {
	if _, err := os.Stat("../content"); err != nil {
		t.Skip("no shipped content")
	}
	got := eventsTable(buildSite(t, "..").Events)
	const golden = "testdata/events/content.golden"
	if *update {
		if err := os.WriteFile(golden, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test -run TestContentGolden -update)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("events of ../content differ from %s (run with -update to accept):\n%s", golden, lineDiff(string(want), string(got)))
	}
}

// lineDiff returns the lines of want missing from got (marked -) and the
// lines of got missing from want (marked +), in order.
func lineDiff(want, got string) string {
	count := func(s string) map[string]int {
		m := map[string]int{}
		for _, l := range strings.Split(s, "\n") {
			m[l]++
		}
		return m
	}
	inWant, inGot := count(want), count(got)
	var b strings.Builder
	for _, l := range strings.Split(want, "\n") {
		if inGot[l] == 0 {
			fmt.Fprintf(&b, "- %s\n", l)
		}
	}
	for _, l := range strings.Split(got, "\n") {
		if inWant[l] == 0 {
			fmt.Fprintf(&b, "+ %s\n", l)
		}
	}
	return b.String()
}
