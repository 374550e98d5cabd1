package timeline

import (
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/eventline/timeline/timeline/temporal"
)

// Severity grades a Problem.
type Severity string

// The severities of problems: errors fail "timeline check", warnings do
// not.
const (
	SevError   Severity = "error"
	SevWarning Severity = "warning"
)

// Problem is one finding of Check, at a file position.
type Problem struct {
	File     string   `json:"file"`
	Line     int      `json:"line"`
	Severity Severity `json:"severity"`
	Message  string   `json:"message"`
}

// String formats p as "file:line: severity: message".
func (p Problem) String() string {
	return fmt.Sprintf("%s:%d: %s: %s", p.File, p.Line, p.Severity, p.Message)
}

var positionRE = regexp.MustCompile(`^([^:]+):(\d+): (.*)$`)

// Check lints a built timeline: the warnings of the build (undated
// articles, duplicate slugs, curation entries that match nothing), time
// expressions left unresolved, and events whose mentions give dates that do
// not agree. Curation entries that match nothing and conflicting dates are
// errors; the rest are warnings. Problems come sorted by file and line.
func Check(tl *Timeline) []Problem {
	var ps []Problem
	for _, w := range tl.Warnings {
		ps = append(ps, warningProblem(w))
	}
	for _, a := range tl.Articles {
		ps = append(ps, unresolved(a)...)
	}
	for _, e := range tl.Events {
		ps = append(ps, conflicts(e)...)
	}
	sort.SliceStable(ps, func(i, j int) bool {
		if ps[i].File != ps[j].File {
			return ps[i].File < ps[j].File
		}
		return ps[i].Line < ps[j].Line
	})
	return ps
}

// warningProblem turns a "path:line: message" build warning into a
// Problem.
func warningProblem(w string) Problem {
	p := Problem{Severity: SevWarning, Message: w}
	if m := positionRE.FindStringSubmatch(w); m != nil {
		p.File, p.Message = m[1], m[3]
		p.Line, _ = strconv.Atoi(m[2])
	}
	if strings.Contains(p.Message, "no event has id") {
		p.Severity = SevError
	}
	return p
}

// unresolved reports the dates and times of a that could not be placed on
// the calendar.
func unresolved(a *Article) []Problem {
	var ps []Problem
	for _, m := range a.Matches {
		if m.Resolved() || (m.Type != temporal.Date && m.Type != temporal.Time) || strings.HasSuffix(m.Value, "_REF") {
			continue
		}
		why := "no publication date to read it against"
		if a.Dated() {
			why = "its date could not be worked out"
		}
		ps = append(ps, Problem{File: a.Path, Line: a.Line(m.Start), Severity: SevWarning,
			Message: fmt.Sprintf("time expression %q (%s) unresolved: %s", m.Text, m.Value, why)})
	}
	return ps
}

// conflicts reports the mentions of e whose dates do not overlap the
// event's date.
func conflicts(e *Event) []Problem {
	var ps []Problem
	for _, m := range e.Mentions {
		d := m.Date
		if d.IsZero() {
			d = m.Match.Interval
		}
		if d.IsZero() || d.Overlaps(e.Date) {
			continue
		}
		ps = append(ps, Problem{File: m.Article.Path, Line: m.Article.Line(m.Match.Start), Severity: SevError,
			Message: fmt.Sprintf("event %s %q is dated %s..%s but this mention says %s..%s (%q)", e.ID, e.Title,
				e.Date.Start.Format("2006-01-02"), e.Date.End.Format("2006-01-02"),
				d.Start.Format("2006-01-02"), d.End.Format("2006-01-02"), m.Match.Text)})
	}
	return ps
}

// Line returns the line of the article's file that holds byte off of its
// clean text.
func (a *Article) Line(off int) int {
	src := a.Map.Source(off)
	if src > len(a.Body) {
		src = len(a.Body)
	}
	return a.BodyLine + strings.Count(a.Body[:src], "\n")
}
