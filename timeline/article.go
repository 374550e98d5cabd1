package timeline

import (
	"sort"
	"time"

	"github.com/eventline/timeline/timeline/temporal"
)

// Article is one news article read from the content directory.
type Article struct {
	// Path is the file's path relative to the site directory, with forward
	// slashes, such as "content/002-britain.md".
	Path string
	// Slug names the article's page: public/articles/SLUG/.
	Slug   string
	Title  string
	Source string
	URL    string
	Tags   []string
	Draft  bool
	// Published is the publication date-time; it is zero when the article
	// has none, and then its relative expressions stay unresolved.
	Published time.Time
	// Format is "md" for Markdown or "txt" for plain text.
	Format string
	// Body is the article text as written in the file, after the front
	// matter (or the title line and dateline of a plain-text article).
	Body string
	// BodyLine is the 1-based line of the file on which Body starts.
	BodyLine int
	// Clean is the text the extraction reads: Body with page furniture,
	// datelines and markup removed and quotes normalised. Its offsets map
	// back into Body through Map.
	Clean string
	// Map maps byte offsets in Clean to byte offsets in Body.
	Map OffsetMap
	// Matches are the dates and times of Clean, in order, whether or not
	// they date a mention: the article page marks up those that resolve to
	// the calendar, Check reports the others. Their intermediate values
	// are dropped (Match.Expr is nil) to save memory.
	Matches []temporal.Match
}

// Dated reports whether the article has a publication date.
func (a *Article) Dated() bool { return !a.Published.IsZero() }

// PublishedDay returns the publication date as midnight UTC of the calendar
// day in the article's own zone, or the zero time when it has none.
func (a *Article) PublishedDay() time.Time {
	if a.Published.IsZero() {
		return time.Time{}
	}
	y, m, d := a.Published.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// sortArticles orders articles by path, the order in which every later
// stage sees them.
func sortArticles(as []*Article) {
	sort.Slice(as, func(i, j int) bool { return as[i].Path < as[j].Path })
}

// OffsetMap maps byte offsets of a derived text back to its source. It is a
// list of segments, each a run of bytes copied unchanged from the source,
// sorted by their offset in the derived text.
type OffsetMap []Segment

// Segment says that Len bytes at Derived in the derived text were copied
// from Source in the source text.
type Segment struct {
	Derived, Source, Len int
}

// Source returns the offset in the source text of derived offset off. An
// offset that falls between segments maps to the end of the segment before
// it.
func (m OffsetMap) Source(off int) int {
	i := sort.Search(len(m), func(i int) bool { return m[i].Derived+m[i].Len > off })
	if i == len(m) {
		if len(m) == 0 {
			return off
		}
		last := m[len(m)-1]
		return last.Source + last.Len
	}
	s := m[i]
	if off < s.Derived {
		if i == 0 {
			return s.Source
		}
		p := m[i-1]
		return p.Source + p.Len
	}
	return s.Source + off - s.Derived
}
