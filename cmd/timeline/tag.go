package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"text/tabwriter"
	"time"

	"github.com/eventline/timeline/timeline/temporal"
	"github.com/eventline/timeline/timeline/temporal/timeml"
)

func init() { extraCommands = append(extraCommands, tagCommand(), scoreCommand()) }

const tagHelp = `Usage:

	timeline tag [--date YYYY-MM-DD] [--day-first] [--json] [FILE]
	timeline tag --timeml --out DIR FILE.tml|DIR...

Tag lists the time expressions of FILE (or of the standard input): byte
span, text, TIMEX3 type, value and mod, and the calendar interval with its
precision. Relative expressions ("last Friday") are resolved against --date;
without it they stay unresolved.

With --timeml, tag reads TimeML documents (or the *.tml files of
directories), tags the text of each with its DCT as the reference date, and
writes the document with the tagger's own TIMEX3 tags, under the same name,
into the --out directory, ready for "timeline score".

Examples:

	timeline tag --date 2025-04-04 article.txt
	echo "The talks resumed last Friday." | timeline tag --date 2025-04-04
	timeline tag --json --date 2025-04-04 article.txt | jq .value
	timeline tag --timeml --out /tmp/sys TEMPEVAL3/train/TimeBank`

// tagCommand returns the tag command.
func tagCommand() *command {
	return &command{name: "tag", summary: "list the time expressions of a text", run: runTag}
}

// runTag runs the tag command.
func runTag(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "tag", tagHelp)
	date := fs.String("date", "", "reference (publication) date `YYYY-MM-DD`")
	dayFirst := fs.Bool("day-first", false, "read 4/5/2025 as 4 May")
	asJSON := fs.Bool("json", false, "write a JSON array, one match per line")
	isTimeML := fs.Bool("timeml", false, "re-tag TimeML documents into --out")
	out := fs.String("out", "", "output `directory` for --timeml")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	tagger := temporal.New(temporal.Options{DayFirst: *dayFirst})
	if *isTimeML {
		if *out == "" || fs.NArg() == 0 || *date != "" || *asJSON {
			return usageError(e, fs, "--timeml needs --out DIR and TimeML files, and takes neither --date nor --json")
		}
		return retag(ctx, e, tagger, *out, fs.Args())
	}
	if fs.NArg() > 1 || *out != "" {
		return usageError(e, fs, "tag takes at most one FILE; --out goes with --timeml")
	}
	var ref time.Time
	if *date != "" {
		d, err := time.Parse("2006-01-02", *date)
		if err != nil {
			return usageError(e, fs, fmt.Sprintf("--date %q: want YYYY-MM-DD", *date))
		}
		ref = d
	}
	text, err := readInput(e, fs.Arg(0))
	if err != nil {
		return err
	}
	ms := tagger.Tag(text, ref)
	if ref.IsZero() {
		fmt.Fprintln(e.stderr, "note: no --date: relative expressions are left unresolved")
	}
	if *asJSON {
		return writeMatchesJSON(e.stdout, ms)
	}
	return writeMatches(e.stdout, ms)
}

// usageError prints msg and the usage of fs, and returns errUsage.
func usageError(e *env, fs *flag.FlagSet, msg string) error {
	fmt.Fprintf(e.stderr, "timeline: %s\n\n", msg)
	fs.Usage()
	return errUsage
}

// readInput returns the content of the file at path, or of stdin when path
// is empty or "-".
func readInput(e *env, path string) (string, error) {
	var (
		b   []byte
		err error
	)
	if path == "" || path == "-" {
		b, err = io.ReadAll(e.stdin)
	} else {
		b, err = os.ReadFile(path)
	}
	return string(b), err
}

// writeMatches writes ms as an aligned table.
func writeMatches(w io.Writer, ms []temporal.Match) error {
	tw := tabwriter.NewWriter(w, 0, 8, 2, ' ', 0)
	fmt.Fprintln(tw, "SPAN\tTEXT\tTYPE\tVALUE\tMOD\tINTERVAL\tPRECISION")
	for _, m := range ms {
		iv, prec := "-", "-"
		if m.Resolved() {
			iv = m.Interval.Start.Format("2006-01-02") + ".." + m.Interval.End.Format("2006-01-02")
			prec = m.Interval.Precision.String()
		}
		fmt.Fprintf(tw, "%d-%d\t%q\t%s\t%s\t%s\t%s\t%s\n",
			m.Start, m.End, m.Text, m.Type, dash(m.Value), dash(m.Mod), iv, prec)
	}
	return tw.Flush()
}

// dash returns s, or "-" when s is empty.
func dash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// jsonMatch is the JSON form of a temporal.Match.
type jsonMatch struct {
	Start     int    `json:"start"`
	End       int    `json:"end"`
	Text      string `json:"text"`
	Type      string `json:"type"`
	Value     string `json:"value"`
	Mod       string `json:"mod,omitempty"`
	From      string `json:"from,omitempty"`
	To        string `json:"to,omitempty"`
	Precision string `json:"precision,omitempty"`
}

// writeMatchesJSON writes ms as a JSON array with one match per line.
func writeMatchesJSON(w io.Writer, ms []temporal.Match) error {
	if len(ms) == 0 {
		_, err := io.WriteString(w, "[]\n")
		return err
	}
	for i, m := range ms {
		j := jsonMatch{Start: m.Start, End: m.End, Text: m.Text, Type: string(m.Type), Value: m.Value, Mod: m.Mod}
		if m.Resolved() {
			j.From = m.Interval.Start.Format("2006-01-02")
			j.To = m.Interval.End.Format("2006-01-02")
			j.Precision = m.Interval.Precision.String()
		}
		b, err := json.Marshal(j)
		if err != nil {
			return err
		}
		sep := ",\n"
		if i == 0 {
			sep = "[\n"
		}
		if _, err := fmt.Fprintf(w, "%s%s", sep, b); err != nil {
			return err
		}
	}
	_, err := io.WriteString(w, "\n]\n")
	return err
}

// retag tags the TimeML documents named by args and writes them into out.
func retag(ctx context.Context, e *env, tagger *temporal.Tagger, out string, args []string) error {
	docs, err := timeml.ParsePaths(args)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	for _, d := range docs {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := writeDoc(filepath.Join(out, d.Name), d, timeml.Tag(tagger, d)); err != nil {
			return err
		}
	}
	fmt.Fprintf(e.stderr, "tagged %d documents into %s\n", len(docs), out)
	return nil
}

// writeDoc writes d with the annotations xs to path.
func writeDoc(path string, d *timeml.Document, xs []timeml.Timex) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	err = d.Write(f, xs)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}

const scoreHelp = `Usage:

	timeline score [--errors] GOLD_DIR_OR_FILE... SYSTEM_DIR
	timeline score --eval [--errors] [--day-first] GOLD_DIR_OR_FILE...

Score compares system TimeML documents (as written by "timeline tag
--timeml") with gold ones, pairing them by file name, and prints the
TempEval-3 figures micro-averaged over the documents: relaxed and strict
extent precision, recall and F1, type and value F1 (2V/(S+G)), value
accuracy and the counts. A gold document without a system file counts as
one where the system found nothing.

With --eval, score tags the gold documents itself, in memory, and scores
the result: the quick loop for tuning the tagger. --errors lists the
missed, spurious, extent, type and value errors, one per line with context.

Examples:

	timeline score gold/ sys/
	timeline score --errors gold/a.tml gold/b.tml sys/
	timeline score --eval TEMPEVAL3/train/TimeBank TEMPEVAL3/train/AQUAINT
	timeline score --eval --errors TEMPEVAL3/train/AQUAINT | grep ' value '`

// scoreCommand returns the score command.
func scoreCommand() *command {
	return &command{name: "score", summary: "score tagged TimeML against gold TimeML", run: runScore}
}

// runScore runs the score command.
func runScore(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "score", scoreHelp)
	listErrors := fs.Bool("errors", false, "list the errors, one per line")
	eval := fs.Bool("eval", false, "tag the gold documents and score them in one go")
	dayFirst := fs.Bool("day-first", false, "with --eval, read 4/5/2025 as 4 May")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	min := 2
	if *eval {
		min = 1
	}
	if fs.NArg() < min || (*dayFirst && !*eval) {
		return usageError(e, fs, "score needs gold documents and a system directory, or --eval and gold documents")
	}
	var (
		results []timeml.DocResult
		err     error
	)
	if *eval {
		results, err = evalGold(ctx, e, temporal.New(temporal.Options{DayFirst: *dayFirst}), fs.Args())
	} else {
		results, err = scoreDirs(e, fs.Args()[:fs.NArg()-1], fs.Arg(fs.NArg()-1))
	}
	if err != nil {
		return err
	}
	if *listErrors {
		if err := timeml.WriteErrors(e.stdout, results); err != nil {
			return err
		}
		fmt.Fprintln(e.stdout)
	}
	_, err = timeml.Summarize(results).WriteTo(e.stdout)
	return err
}

// evalGold tags the gold documents named by paths and compares the result
// with their annotations. It reports the tagging throughput on e.stderr.
func evalGold(ctx context.Context, e *env, tagger *temporal.Tagger, paths []string) ([]timeml.DocResult, error) {
	docs, err := timeml.ParsePaths(paths)
	if err != nil {
		return nil, err
	}
	results := make([]timeml.DocResult, 0, len(docs))
	var (
		size    int
		elapsed time.Duration
	)
	for _, d := range docs {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		start := time.Now()
		sys := timeml.Tag(tagger, d)
		elapsed += time.Since(start)
		size += len(d.Text)
		results = append(results, timeml.Compare(d.Name, d.Text, d.Timexes, sys))
	}
	fmt.Fprintf(e.stderr, "tagged %d documents, %d bytes in %v (%.1f MB/s)\n",
		len(docs), size, elapsed.Round(time.Millisecond), float64(size)/1e6/max(elapsed.Seconds(), 1e-9))
	return results, nil
}

// scoreDirs compares the gold documents named by paths with the files of
// the same names in sysDir.
func scoreDirs(e *env, paths []string, sysDir string) ([]timeml.DocResult, error) {
	if fi, err := os.Stat(sysDir); err != nil || !fi.IsDir() {
		return nil, fmt.Errorf("%s: the last argument must be the system directory", sysDir)
	}
	docs, err := timeml.ParsePaths(paths)
	if err != nil {
		return nil, err
	}
	results := make([]timeml.DocResult, 0, len(docs))
	for _, g := range docs {
		var sys []timeml.Timex
		s, err := timeml.ParseFile(filepath.Join(sysDir, g.Name))
		switch {
		case errors.Is(err, fs.ErrNotExist):
			fmt.Fprintf(e.stderr, "note: %s: no system file, scored as empty\n", g.Name)
		case err != nil:
			return nil, err
		case s.Text != g.Text:
			return nil, fmt.Errorf("%s: the text differs from the gold text at byte %d",
				filepath.Join(sysDir, g.Name), diffAt(s.Text, g.Text))
		default:
			sys = s.Timexes
		}
		results = append(results, timeml.Compare(g.Name, g.Text, g.Timexes, sys))
	}
	return results, nil
}

// diffAt returns the offset of the first byte where a and b differ.
func diffAt(a, b string) int {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	return i
}
