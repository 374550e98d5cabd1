package timeline

import (
	"regexp"
	"time"

	"github.com/eventline/timeline/timeline/temporal"
)

// sinceRE finds a happening the article dates by the time elapsed since it:
// "These comments come just days after the president hosted ...". The verb
// in the present tense anchors the distance to the publication day.
var sinceRE = regexp.MustCompile(`\b(?:comes?|arrives?|follows?|is|are)\s+((?:just|only|barely|mere|less than)\s+)?((?:a few|two|three|four|five|several|some|a couple of)\s+)?(hours|days|weeks)\s+after\s`)

// sinceMention returns the mention of a happening told as "days after X"
// in the present tense, or nil. Hours put it within a day of publication,
// days within the week before, weeks within the six weeks before; the
// precision says so.
func sinceMention(a *Article, s span, idx int) *Mention {
	if !a.Dated() {
		return nil
	}
	text := a.Clean
	loc := sinceLoc(text[s.start:s.end])
	if loc == nil {
		return nil
	}
	day := a.PublishedDay()
	var iv temporal.Interval
	switch text[s.start+loc[6] : s.start+loc[7]] {
	case "hours":
		iv = temporal.Interval{Start: day.AddDate(0, 0, -1), End: day, Precision: temporal.Day}
	case "days":
		iv = temporal.Interval{Start: day.AddDate(0, 0, -6), End: day.AddDate(0, 0, -1), Precision: temporal.Week}
	default:
		iv = temporal.Interval{Start: day.AddDate(0, 0, -42), End: day.AddDate(0, 0, -7), Precision: temporal.Month}
	}
	start := s.start + loc[2]
	if loc[2] < 0 {
		start = s.start + loc[4]
		if loc[4] < 0 {
			start = s.start + loc[6]
		}
	}
	end := s.start + loc[1] - 1
	m := temporal.Match{Start: start, End: end, Text: text[start:end], Type: temporal.Date,
		Value: iv.Start.Format(time.DateOnly) + "/" + iv.End.Format(time.DateOnly), Mod: "APPROX", Interval: iv}
	c := trimClause(text, span{end, s.end})
	return newMention(a, s, idx, []span{c}, []span{c}, m)
}
