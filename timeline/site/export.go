package site

import (
	"encoding/json"
	"fmt"
	"io"

	"github.com/eventline/timeline/timeline"
)

// The data export, timeline.json, has this shape (issue 2):
//
//	{"events": [{
//	  "id", "title", "summary",
//	  "url":       absolute URL of the event's page,
//	  "date":      {"start", "end": inclusive YYYY-MM-DD, "precision", "label"},
//	  "planned":   true for an event still to come when it was reported,
//	  "articles":  number of distinct articles, "mentions": number of mentions,
//	  "people", "places", "orgs": lists of names (empty lists, never null),
//	  "sources":   [{"article": slug, "file": content path, "title",
//	                 "published": YYYY-MM-DD (omitted when undated),
//	                 "url": the original (omitted when unknown),
//	                 "sentence", "expression": as written, "" for a lead
//	                 sentence dated by the publication convention}]}]}
//
// Events are in timeline order, by date.start ascending. precision is one
// of day, week, month, quarter, season, year, decade (see PrecisionName);
// an undated event has empty start, end and precision.

// exportDoc is the document timeline.json holds.
type exportDoc struct {
	Events []exportEvent `json:"events"`
}

type exportEvent struct {
	ID       string         `json:"id"`
	Title    string         `json:"title"`
	Summary  string         `json:"summary"`
	URL      string         `json:"url"`
	Date     exportDate     `json:"date"`
	Planned  bool           `json:"planned"`
	Articles int            `json:"articles"`
	Mentions int            `json:"mentions"`
	People   []string       `json:"people"`
	Places   []string       `json:"places"`
	Orgs     []string       `json:"orgs"`
	Sources  []exportSource `json:"sources"`
}

type exportDate struct {
	Start     string `json:"start"`
	End       string `json:"end"`
	Precision string `json:"precision"`
	Label     string `json:"label"`
}

type exportSource struct {
	Article    string `json:"article"`
	File       string `json:"file"`
	Title      string `json:"title"`
	Published  string `json:"published,omitempty"`
	URL        string `json:"url,omitempty"`
	Sentence   string `json:"sentence"`
	Expression string `json:"expression"`
}

// exportChunk is how many events writeExport encodes at a time.
const exportChunk = 1024

// writeExport writes timeline.json, streaming it to its file. The events
// are encoded in parallel, a chunk at a time, each indented as it stands
// in the document, which comes out as encoding exportDoc whole with an
// indent of two spaces would.
func (w *writer) writeExport() error {
	return w.writeStream("timeline.json", func(out io.Writer) error {
		return w.encodeExport(out, w.m.events)
	})
}

// encodeExport writes the export document of the events evs to out.
func (w *writer) encodeExport(out io.Writer, evs []*eventView) error {
	return writeJSONDoc(out, "{\n  \"events\": ", len(evs), func(i int) any { return w.exportEvent(evs[i]) })
}

// writeJSONDoc writes a JSON document indented by two spaces whose last
// key holds the array of the n values item returns: head (the document up
// to that array), the array, and the document's end. json.MarshalIndent
// of the whole document would write the same.
func writeJSONDoc(out io.Writer, head string, n int, item func(i int) any) error {
	if _, err := io.WriteString(out, head); err != nil {
		return err
	}
	if err := writeJSONList(out, n, item); err != nil {
		return err
	}
	_, err := io.WriteString(out, "\n}\n")
	return err
}

// writeJSONList writes the JSON array of the n values item returns, as
// the value of a top-level key of a document indented by two spaces.
func writeJSONList(out io.Writer, n int, item func(i int) any) error {
	if n == 0 {
		_, err := io.WriteString(out, "[]")
		return err
	}
	if _, err := io.WriteString(out, "[\n    "); err != nil {
		return err
	}
	err := writeItems(out, n, ",\n    ", func(i int) ([]byte, error) {
		return json.MarshalIndent(item(i), "    ", "  ")
	})
	if err != nil {
		return err
	}
	_, err = io.WriteString(out, "\n  ]")
	return err
}

// writeItems writes the encodings of items 0 to n-1, separated by sep,
// to out. It encodes them in parallel, exportChunk at a time, so that
// only one chunk is held in memory.
func writeItems(out io.Writer, n int, sep string, encode func(i int) ([]byte, error)) error {
	items := make([][]byte, min(n, exportChunk))
	for start := 0; start < n; start += exportChunk {
		chunk := items[:min(exportChunk, n-start)]
		err := forEach(len(chunk), func(i int) error {
			var err error
			chunk[i], err = encode(start + i)
			return err
		})
		if err != nil {
			return err
		}
		for i, b := range chunk {
			if start+i > 0 {
				if _, err := io.WriteString(out, sep); err != nil {
					return err
				}
			}
			if _, err := out.Write(b); err != nil {
				return err
			}
			chunk[i] = nil
		}
	}
	return nil
}

func (w *writer) exportEvent(v *eventView) exportEvent {
	e := v.ev
	x := exportEvent{
		ID: e.ID, Title: e.Title, Summary: e.Summary, URL: w.m.url.abs(v.Path),
		Date:    exportDate{Precision: PrecisionName(e.Date), Label: Label(e.Date, e.Planned)},
		Planned: e.Planned, Articles: v.Articles, Mentions: v.Mentions,
		People: nonNil(e.People), Places: nonNil(e.Places), Orgs: nonNil(e.Orgs),
		Sources: []exportSource{},
	}
	if !e.Date.IsZero() {
		x.Date.Start = e.Date.Start.Format("2006-01-02")
		x.Date.End = e.Date.End.Format("2006-01-02")
	}
	for _, m := range e.Mentions {
		a := w.m.byArt[m.Article]
		x.Sources = append(x.Sources, exportSource{
			Article: a.Slug, File: m.Article.Path, Title: a.Title, Published: a.PublishedISO,
			URL: a.URL, Sentence: m.Sentence, Expression: m.Match.Text,
		})
	}
	return x
}

// nonNil returns a copy of s that encodes as [] when empty.
func nonNil(s []string) []string {
	return append([]string{}, s...)
}

// ExportJSON writes to out the data export of tl as timeline.json holds
// it, for the given events of tl only (all of tl.Events, or a selection
// such as timeline.KeyEvents), in the order given.
func ExportJSON(out io.Writer, tl *timeline.Timeline, events []*timeline.Event) error {
	m, err := newModel(tl)
	if err != nil {
		return err
	}
	views := make(map[*timeline.Event]*eventView, len(m.events))
	for _, v := range m.events {
		views[v.ev] = v
	}
	evs := make([]*eventView, len(events))
	for i, ev := range events {
		if evs[i] = views[ev]; evs[i] == nil {
			return fmt.Errorf("event %s is not one of the timeline's", ev.ID)
		}
	}
	return (&writer{m: m}).encodeExport(out, evs)
}
