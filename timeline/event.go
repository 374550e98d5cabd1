package timeline

import (
	"github.com/eventline/timeline/timeline/temporal"
)

// Mention is one dated clause of one article: the sentence that reports a
// happening and the time expression that dates it.
type Mention struct {
	Article *Article
	// Sentence is the sentence as it reads in the clean text;
	// SentenceStart is its byte offset in Article.Clean.
	Sentence      string
	SentenceStart int
	// Match is the time expression, with offsets in Article.Clean. For a
	// lead sentence dated by the publication convention, Match.Text is
	// empty and Match.Interval is the publication day.
	Match temporal.Match
	// Lead reports that the mention is the article's lead sentence, dated by
	// the news convention rather than by an expression of its own.
	Lead bool
	// Planned reports that the sentence tells of something still to come
	// when the article was published.
	Planned bool
	// Clause is the part of Sentence that the time expression dates (the
	// whole sentence when it reports one happening); ClauseStart is its
	// byte offset in Article.Clean.
	Clause      string
	ClauseStart int
	// Date is the interval the happening is dated to: Match.Interval, or
	// the publication day for a lead sentence, with the end of a past
	// happening clipped to the publication day.
	Date temporal.Interval

	// keyText is the text whose words identify the happening; sentence is
	// the index of the sentence in the article.
	keyText  string
	sentence int
	// feat are the mention's features for clustering; the reader computes
	// them, Cluster when they are missing.
	feat *features
	// parsed is Clause parsed (see parsedClause), for the reader's checks
	// and features; the reader drops it once they are done.
	parsed *parsedText
}

// Event is one happening, merged from the mentions that report it.
type Event struct {
	// ID names the event stably across rebuilds: it derives from the event's
	// earliest mention.
	ID string
	// Date is the most precise interval the mentions agree on.
	Date    temporal.Interval
	Planned bool
	Title   string
	Summary string
	People  []string
	Places  []string
	Orgs    []string
	// Mentions are the sources, ordered by article path and offset.
	Mentions []*Mention
}

// ArticleCount returns the number of distinct articles reporting e.
func (e *Event) ArticleCount() int {
	seen := map[*Article]bool{}
	for _, m := range e.Mentions {
		seen[m.Article] = true
	}
	return len(seen)
}

// MentionCount returns the number of mentions reporting e.
func (e *Event) MentionCount() int { return len(e.Mentions) }

// Timeline is the ordered list of events with what the site needs to
// render them.
type Timeline struct {
	Config   *Config
	Events   []*Event
	Articles []*Article
	// Warnings are problems that did not stop the build, each led by a
	// file position.
	Warnings []string
}
