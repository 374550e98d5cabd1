package main

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/eventline/timeline/timeline"
)

const checkHelp = `usage: timeline check [-s SITEDIR] [-json]

Check lints the site for CI: undated articles, time expressions left
unresolved, mentions of one event whose dates conflict, duplicate slugs, and
curation entries that match nothing. Each problem is printed as
"file:line: severity: message". The exit code is 1 when there is an error
(conflicting dates, stale curation entries, or a site that does not load),
0 otherwise.

Examples:

	timeline check
	timeline check -json | jq '.[] | select(.severity == "error")'`

func init() { extraCommands = append(extraCommands, checkCommand()) }

func checkCommand() *command {
	return &command{name: "check", summary: "lint the content and curation for CI", run: runCheck}
}

func runCheck(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "check", checkHelp)
	siteDir := fs.String("s", ".", "the site `folder`")
	asJSON := fs.Bool("json", false, "print the problems as a JSON array")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	quiet := *e
	quiet.stderr = discard{}
	tl, err := loadTimeline(*siteDir, &quiet)
	if err != nil {
		return err
	}
	problems := timeline.Check(tl)
	errors := 0
	for _, p := range problems {
		if p.Severity == timeline.SevError {
			errors++
		}
	}
	if *asJSON {
		if problems == nil {
			problems = []timeline.Problem{}
		}
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(problems); err != nil {
			return err
		}
	} else {
		for _, p := range problems {
			fmt.Fprintln(e.stdout, p)
		}
		fmt.Fprintf(e.stdout, "%d articles, %d events: %d errors, %d warnings\n",
			len(tl.Articles), len(tl.Events), errors, len(problems)-errors)
	}
	if errors > 0 {
		return fmt.Errorf("check: %d errors", errors)
	}
	return nil
}

// discard is an io.Writer that drops everything.
type discard struct{}

func (discard) Write(p []byte) (int, error) { return len(p), nil }
