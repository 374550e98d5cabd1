package site

import (
	"encoding/json"
	"fmt"
	"html"
	"io"
	"strconv"
	"strings"

	"github.com/eventline/timeline/timeline/temporal"
)

// The TimelineJS export, timelinejs.json, follows Knight Lab's TimelineJS
// JSON format, so the timeline can also be shown with their viewer:
//
//	<div id="timeline-embed" style="width: 100%; height: 600px"></div>
//	<script src="https://cdn.knightlab.com/libs/timeline3/latest/js/timeline.js"></script>
//	<script>new TL.Timeline("timeline-embed", "https://USER.github.io/REPO/timelinejs.json");</script>
//
// Dates carry only the fields their precision knows: a month-precise event
// has a year and a month but no day. The text fields are HTML, as TimelineJS
// reads them: every value is escaped.

type tljsDoc struct {
	Title  tljsSlide   `json:"title"`
	Events []tljsSlide `json:"events"`
}

type tljsSlide struct {
	StartDate   *tljsDate `json:"start_date,omitempty"`
	EndDate     *tljsDate `json:"end_date,omitempty"`
	Text        tljsText  `json:"text"`
	DisplayDate string    `json:"display_date,omitempty"`
	Group       string    `json:"group,omitempty"`
	UniqueID    string    `json:"unique_id,omitempty"`
}

type tljsDate struct {
	Year  string `json:"year"`
	Month string `json:"month,omitempty"`
	Day   string `json:"day,omitempty"`
}

type tljsText struct {
	Headline string `json:"headline"`
	Text     string `json:"text,omitempty"`
}

// writeTimelineJS writes timelinejs.json, streaming it to its file. The
// slides are encoded as encoding tljsDoc whole with an indent of two
// spaces would encode them.
func (w *writer) writeTimelineJS() error {
	title, err := json.MarshalIndent(tljsSlide{Text: tljsText{
		Headline: html.EscapeString(w.m.cfg.Title),
		Text:     html.EscapeString(w.m.cfg.Description),
	}}, "  ", "  ")
	if err != nil {
		return err
	}
	var dated []*eventView
	for _, v := range w.m.events {
		if !v.ev.Date.IsZero() {
			dated = append(dated, v)
		}
	}
	return w.writeStream("timelinejs.json", func(out io.Writer) error {
		head := fmt.Sprintf("{\n  \"title\": %s,\n  \"events\": ", title)
		return writeJSONDoc(out, head, len(dated), func(i int) any { return w.tljsSlide(dated[i]) })
	})
}

// tljsSlide returns the slide of the dated event v.
func (w *writer) tljsSlide(v *eventView) tljsSlide {
	iv := v.ev.Date
	start, end := tljsDates(iv)
	return tljsSlide{
		StartDate: start, EndDate: end,
		Text:        tljsText{Headline: html.EscapeString(v.Title), Text: tljsBody(w, v)},
		DisplayDate: v.Label,
		Group:       strconv.Itoa(iv.Start.Year()),
		UniqueID:    "e-" + v.ID,
	}
}

// tljsDates returns the TimelineJS start and end of iv, at its precision.
func tljsDates(iv temporal.Interval) (start, end *tljsDate) {
	date := func(y, m, d int, withMonth, withDay bool) *tljsDate {
		t := &tljsDate{Year: strconv.Itoa(y)}
		if withMonth {
			t.Month = strconv.Itoa(m)
		}
		if withDay {
			t.Day = strconv.Itoa(d)
		}
		return t
	}
	withMonth := iv.Precision <= temporal.Season
	withDay := iv.Precision <= temporal.Week
	start = date(iv.Start.Year(), int(iv.Start.Month()), iv.Start.Day(), withMonth, withDay)
	if !iv.End.Equal(iv.Start) {
		end = date(iv.End.Year(), int(iv.End.Month()), iv.End.Day(), withMonth, withDay)
		if *end == *start {
			end = nil
		}
	}
	return start, end
}

// tljsBody is the HTML text of an event's slide: its summary, its sources
// and a link to its page.
func tljsBody(w *writer, v *eventView) string {
	var b strings.Builder
	fmt.Fprintf(&b, "<p>%s</p>", html.EscapeString(v.Summary))
	n := "sources"
	if v.Articles == 1 {
		n = "source"
	}
	fmt.Fprintf(&b, `<p><a href="%s">%d %s</a></p>`, html.EscapeString(w.m.url.abs(v.Path)), v.Articles, n)
	return b.String()
}
