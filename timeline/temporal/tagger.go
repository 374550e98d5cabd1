package temporal

import (
	"regexp"
	"time"
)

// Mode chooses what relative expressions are anchored to.
type Mode uint8

const (
	// News anchors relative expressions to the reference (publication) date.
	News Mode = iota
	// Narrative anchors them to the last date the text mentioned.
	Narrative
)

// Options configure a Tagger.
type Options struct {
	// DayFirst reads 4/5/2025 as 4 May rather than April 5.
	DayFirst bool
	// Mode is the default anchoring mode.
	Mode Mode
}

// Tagger finds and normalises time expressions. It is safe for concurrent
// use.
type Tagger struct {
	opts Options
}

// New returns a Tagger with the given options.
func New(opts Options) *Tagger { return &Tagger{opts: opts} }

// Tag returns the time expressions of text in order, resolved against ref
// (a zero ref leaves relative expressions unresolved).
func (t *Tagger) Tag(text string, ref time.Time) []Match {
	var out []Match
	for _, loc := range isoDate.FindAllStringIndex(text, -1) {
		d, err := time.Parse("2006-01-02", text[loc[0]:loc[1]])
		if err != nil {
			continue
		}
		out = append(out, Match{Start: loc[0], End: loc[1], Text: text[loc[0]:loc[1]], Type: Date,
			Value: text[loc[0]:loc[1]], Interval: Interval{Start: d, End: d, Precision: Day}})
	}
	return out
}

var isoDate = regexp.MustCompile(`\b\d{4}-\d{2}-\d{2}\b`)

// Tag tags text with the default options.
func Tag(text string, ref time.Time) []Match { return New(Options{}).Tag(text, ref) }
