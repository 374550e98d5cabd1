package main

import (
	"context"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/eventline/timeline/timeline"
	"github.com/eventline/timeline/timeline/site"
)

const eventsHelp = `usage: timeline events [-s SITEDIR] [--json] [-key N]

Events reads the site's articles and prints the timeline of the events they
report: one line per event with its date, the precision of that date, its
title and the articles that report it. A date ends with "?" when the event
was still planned when the articles were published. With --json it prints
the same document as the site's timeline.json (see the README's Output
section), for the events it would list.

Examples:

	timeline events                # the timeline of ./content
	timeline events -s mysite      # the timeline of mysite/content
	timeline events --json         # the same, as JSON
	timeline events -key 5         # the five most reported events`

func init() { extraCommands = append(extraCommands, eventsCommand()) }

func eventsCommand() *command {
	return &command{name: "events", summary: "print the timeline of events", run: runEvents}
}

func runEvents(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "events", eventsHelp)
	siteDir := fs.String("s", ".", "the site `folder`, holding site.yaml and content/")
	asJSON := fs.Bool("json", false, "print JSON, as timeline.json, instead of a table")
	key := fs.Int("key", 0, "print only the `N` most reported events, most reported first")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		fs.Usage()
		return errUsage
	}
	tl, err := loadTimeline(*siteDir, e)
	if err != nil {
		return err
	}
	events := tl.Events
	if *key > 0 {
		events = timeline.KeyEvents(events, *key)
	}
	if *asJSON {
		return site.ExportJSON(e.stdout, tl, events)
	}
	return writeEventsTable(e.stdout, events)
}

// writeEventsTable writes the events as an aligned table.
func writeEventsTable(w io.Writer, events []*timeline.Event) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "DATE\tPRECISION\tTITLE\tSOURCES")
	for _, ev := range events {
		date := ev.Date.Start.Format("2006-01-02")
		if !ev.Date.End.Equal(ev.Date.Start) {
			date += ".." + ev.Date.End.Format("2006-01-02")
		}
		if ev.Planned {
			date += "?"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", date, ev.Date.Precision, oneLine(ev.Title), sources(ev))
	}
	return tw.Flush()
}

// sources lists the slugs of the articles reporting an event, each once.
func sources(ev *timeline.Event) string {
	var out []string
	seen := map[string]bool{}
	for _, m := range ev.Mentions {
		if !seen[m.Article.Slug] {
			seen[m.Article.Slug] = true
			out = append(out, m.Article.Slug)
		}
	}
	return strings.Join(out, ", ")
}

// oneLine replaces tabs and line breaks, which would break the table.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
