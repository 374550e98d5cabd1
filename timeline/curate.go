package timeline

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"regexp"
	"strconv"
	"time"

	"gopkg.in/yaml.v3"

	"github.com/eventline/timeline/timeline/temporal"
)

// CurationFile is the name of the curation file inside the content folder.
const CurationFile = "_events.yaml"

// Curation is the hand-made corrections applied to the extracted events on
// every build, read from content/_events.yaml.
type Curation struct {
	// Path is the curation file's path relative to the site directory.
	Path    string
	Entries []CurationEntry `yaml:"events"`
}

// CurationEntry changes one extracted event (ID set) or adds one (ID empty).
type CurationEntry struct {
	// ID names the extracted event the entry changes.
	ID string `yaml:"id"`
	// Hide removes the event from the timeline.
	Hide bool `yaml:"hide"`
	// Title and Summary replace the extracted ones when set.
	Title   string `yaml:"title"`
	Summary string `yaml:"summary"`
	// Date pins the event's date: YYYY-MM-DD, YYYY-Www, YYYY-MM, YYYY, or
	// two days joined by a slash (2025-04-03/2025-04-05).
	Date string `yaml:"date"`
	// Merge lists the ids of events to fold into this one.
	Merge []string `yaml:"merge"`
	// Sources lists the article files (content/...) an added event cites.
	Sources []string `yaml:"sources"`
	// Line is the entry's line in the curation file.
	Line int `yaml:"-"`
}

// LoadCuration reads the curation file of the site in siteDir. A site
// without one gets an empty Curation.
func LoadCuration(siteDir string, cfg *Config) (*Curation, error) {
	rel := cfg.ContentDir + "/" + CurationFile
	c := &Curation{Path: rel}
	data, err := os.ReadFile(siteDir + "/" + rel)
	if errors.Is(err, os.ErrNotExist) {
		return c, nil
	}
	if err != nil {
		return nil, err
	}
	return c, c.decode(data)
}

func (c *Curation) decode(data []byte) error {
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return yamlError(c.Path, 0, err)
	}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(c); err != nil && !errors.Is(err, io.EOF) {
		return yamlError(c.Path, 0, err)
	}
	lines := entryLines(&doc)
	for i := range c.Entries {
		if i < len(lines) {
			c.Entries[i].Line = lines[i]
		}
		if err := c.Entries[i].check(); err != nil {
			return fmt.Errorf("%s:%d: %w", c.Path, c.Entries[i].Line, err)
		}
	}
	return nil
}

// entryLines returns the line of each item of the top-level events list.
func entryLines(doc *yaml.Node) []int {
	if len(doc.Content) == 0 || doc.Content[0].Kind != yaml.MappingNode {
		return nil
	}
	m := doc.Content[0]
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value == "events" {
			var lines []int
			for _, n := range m.Content[i+1].Content {
				lines = append(lines, n.Line)
			}
			return lines
		}
	}
	return nil
}

func (e *CurationEntry) check() error {
	if e.Date != "" {
		if _, err := ParseInterval(e.Date); err != nil {
			return err
		}
	}
	if e.ID == "" {
		if e.Title == "" || e.Date == "" {
			return errors.New("an added event (no id) needs a title and a date")
		}
		if e.Hide || len(e.Merge) > 0 {
			return errors.New("hide and merge need the id of an extracted event")
		}
	}
	return nil
}

var (
	weekRE  = regexp.MustCompile(`^(\d{4})-W(\d{2})$`)
	monthRE = regexp.MustCompile(`^(\d{4})-(\d{2})$`)
	yearRE  = regexp.MustCompile(`^(\d{4})$`)
)

// ParseInterval reads a date as written in the curation file: a day
// (2025-04-03), an ISO week (2025-W14), a month (2025-04), a year (2025),
// or two days joined by a slash.
func ParseInterval(s string) (temporal.Interval, error) {
	day := func(s string) (time.Time, error) { return time.Parse("2006-01-02", s) }
	if a, b, ok := cutSlash(s); ok {
		start, err1 := day(a)
		end, err2 := day(b)
		if err1 != nil || err2 != nil || end.Before(start) {
			return temporal.Interval{}, fmt.Errorf("date %q: want two days in order, such as 2025-04-03/2025-04-05", s)
		}
		return temporal.Interval{Start: start, End: end, Precision: temporal.Day}, nil
	}
	if d, err := day(s); err == nil {
		return temporal.Interval{Start: d, End: d, Precision: temporal.Day}, nil
	}
	if m := weekRE.FindStringSubmatch(s); m != nil {
		y, _ := strconv.Atoi(m[1])
		w, _ := strconv.Atoi(m[2])
		if w >= 1 && w <= 53 {
			start := isoWeekStart(y, w)
			return temporal.Interval{Start: start, End: start.AddDate(0, 0, 6), Precision: temporal.Week}, nil
		}
	}
	if m := monthRE.FindStringSubmatch(s); m != nil {
		y, _ := strconv.Atoi(m[1])
		mo, _ := strconv.Atoi(m[2])
		if mo >= 1 && mo <= 12 {
			start := time.Date(y, time.Month(mo), 1, 0, 0, 0, 0, time.UTC)
			return temporal.Interval{Start: start, End: start.AddDate(0, 1, -1), Precision: temporal.Month}, nil
		}
	}
	if m := yearRE.FindStringSubmatch(s); m != nil {
		y, _ := strconv.Atoi(m[1])
		start := time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC)
		return temporal.Interval{Start: start, End: start.AddDate(1, 0, -1), Precision: temporal.Year}, nil
	}
	return temporal.Interval{}, fmt.Errorf("date %q: want YYYY-MM-DD, YYYY-Www, YYYY-MM, YYYY or DAY/DAY", s)
}

func cutSlash(s string) (string, string, bool) {
	for i := 0; i < len(s); i++ {
		if s[i] == '/' {
			return s[:i], s[i+1:], true
		}
	}
	return "", "", false
}

// isoWeekStart returns the Monday of ISO week w of year y.
func isoWeekStart(y, w int) time.Time {
	jan4 := time.Date(y, 1, 4, 0, 0, 0, 0, time.UTC)
	monday := jan4.AddDate(0, 0, -((int(jan4.Weekday()) + 6) % 7))
	return monday.AddDate(0, 0, 7*(w-1))
}

// Apply applies the curation to tl in file order and re-orders the events.
// An entry naming an event that does not exist draws a warning with its
// line, returned and added to tl.Warnings.
func (c *Curation) Apply(tl *Timeline) []string {
	byID := map[string]*Event{}
	for _, e := range tl.Events {
		byID[e.ID] = e
	}
	articles := map[string]*Article{}
	for _, a := range tl.Articles {
		articles[a.Path] = a
	}
	hidden := map[*Event]bool{}
	var warns []string
	stale := func(line int, id string) {
		warns = append(warns, fmt.Sprintf("%s:%d: no event has id %q (the extraction may have changed); entry ignored", c.Path, line, id))
	}
	for _, ent := range c.Entries {
		if ent.ID == "" {
			e, w := ent.newEvent(c.Path, articles)
			warns = append(warns, w...)
			tl.Events = append(tl.Events, e)
			byID[e.ID] = e
			continue
		}
		e := byID[ent.ID]
		if e == nil {
			stale(ent.Line, ent.ID)
			continue
		}
		for _, id := range ent.Merge {
			other := byID[id]
			if other == nil {
				stale(ent.Line, id)
				continue
			}
			if other != e {
				e.Mentions = append(e.Mentions, other.Mentions...)
				hidden[other] = true
			}
		}
		ent.edit(e)
		if ent.Hide {
			hidden[e] = true
		}
	}
	kept := tl.Events[:0]
	for _, e := range tl.Events {
		if !hidden[e] {
			orderMentions(e.Mentions)
			kept = append(kept, e)
		}
	}
	tl.Events = kept
	Order(tl.Events)
	tl.Warnings = append(tl.Warnings, warns...)
	return warns
}

// edit applies an entry's title, summary and date to e.
func (ent CurationEntry) edit(e *Event) {
	if ent.Title != "" {
		e.Title = ent.Title
	}
	if ent.Summary != "" {
		e.Summary = ent.Summary
	}
	if ent.Date != "" {
		e.Date, _ = ParseInterval(ent.Date)
	}
}

// newEvent makes the hand-written event of an entry without id.
func (ent CurationEntry) newEvent(path string, articles map[string]*Article) (*Event, []string) {
	iv, _ := ParseInterval(ent.Date)
	h := sha256.Sum256([]byte("curated\x00" + ent.Title + "\x00" + ent.Date))
	e := &Event{ID: "c" + hex.EncodeToString(h[:])[:9], Date: iv, Title: ent.Title, Summary: ent.Summary}
	if e.Summary == "" {
		e.Summary = ent.Title
	}
	var warns []string
	for _, src := range ent.Sources {
		a := articles[src]
		if a == nil {
			warns = append(warns, fmt.Sprintf("%s:%d: source %q is not an article of the site", path, ent.Line, src))
			continue
		}
		e.Mentions = append(e.Mentions, &Mention{Article: a, Sentence: ent.Title, Match: temporal.Match{Interval: iv}, Date: iv})
	}
	return e, warns
}
