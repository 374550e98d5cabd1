package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/eventline/timeline/timeline"
)

const eventsHelp = `usage: timeline events [-s SITEDIR] [--json] [-key N]

Events reads the site's articles and prints the timeline of the events they
report: one line per event with its date, the precision of that date, its
title and the articles that report it. A date ends with "?" when the event
was still planned when the articles were published.

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
	asJSON := fs.Bool("json", false, "print JSON instead of a table")
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
		return writeEventsJSON(e.stdout, events)
	}
	return writeEventsTable(e.stdout, events)
}

// jsonEvent is one event of the --json output.
type jsonEvent struct {
	ID        string        `json:"id"`
	Start     string        `json:"start"`
	End       string        `json:"end"`
	Precision string        `json:"precision"`
	Planned   bool          `json:"planned,omitempty"`
	Title     string        `json:"title"`
	Summary   string        `json:"summary"`
	People    []string      `json:"people,omitempty"`
	Places    []string      `json:"places,omitempty"`
	Orgs      []string      `json:"orgs,omitempty"`
	Articles  int           `json:"article_count"`
	Count     int           `json:"mention_count"`
	Mentions  []jsonMention `json:"mentions"`
}

// jsonMention is one source of an event in the --json output.
type jsonMention struct {
	Article    string `json:"article"`
	Sentence   string `json:"sentence"`
	Expression string `json:"expression,omitempty"`
	Lead       bool   `json:"lead,omitempty"`
}

// writeEventsJSON writes the events as an indented JSON array.
func writeEventsJSON(w io.Writer, events []*timeline.Event) error {
	out := make([]jsonEvent, 0, len(events))
	for _, ev := range events {
		j := jsonEvent{ID: ev.ID, Start: ev.Date.Start.Format("2006-01-02"), End: ev.Date.End.Format("2006-01-02"),
			Precision: ev.Date.Precision.String(), Planned: ev.Planned, Title: ev.Title, Summary: ev.Summary,
			People: ev.People, Places: ev.Places, Orgs: ev.Orgs, Articles: ev.ArticleCount(), Count: ev.MentionCount()}
		for _, m := range ev.Mentions {
			j.Mentions = append(j.Mentions, jsonMention{Article: m.Article.Path, Sentence: m.Sentence, Expression: m.Match.Text, Lead: m.Lead})
		}
		out = append(out, j)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
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
