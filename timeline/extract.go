package timeline

import (
	"regexp"
	"strings"

	"github.com/eventline/timeline/timeline/temporal"
)

// Extract returns the dated mentions of the articles, in article order.
//
// The rules, applied sentence by sentence (headings are skipped):
//
//   - An anchor is a DATE or TIME expression with a calendar interval: not
//     a duration, a set or a vague reference such as PAST_REF, not inside a
//     direct quotation (quoted speech voices claims and opinions; the
//     narration dates what happened), and not introduced by a preposition
//     that makes it a boundary of a state rather than the time of a
//     happening ("since 2022", "until March", "by Friday").
//   - Each anchor dates the clause that holds it; a sentence with two
//     anchors in two clauses reports two happenings. Anchors next to each
//     other ("Friday, April 4") are one.
//   - A coarse anchor (a year or coarser) counts only when the sentence has
//     no finer one and it sits in the sentence's main (first) clause, so
//     background dates in subordinate clauses do not swamp the timeline.
//   - The lead (first non-heading) sentence of a dated article whose main
//     clause has no time expression reports a happening on the publication
//     day, the news convention.
//   - A mention is Planned when its interval starts after the publication
//     day, or when its clause speaks of the future ("will", "set to",
//     "scheduled to") and its interval does not end before that day.
func Extract(articles []*Article, tagger *temporal.Tagger) []*Mention {
	var out []*Mention
	for _, a := range articles {
		out = append(out, readArticle(a, tagger)...)
	}
	return out
}

// readArticle tags the clean text of a and returns its mentions, with
// their features for clustering. It keeps the dates and times in
// a.Matches for the article page and Check and drops the tagger's
// intermediate values, which no later stage reads and which would take
// most of the memory of a large archive.
func readArticle(a *Article, tagger *temporal.Tagger) []*Mention {
	matches := tagger.Tag(a.Clean, a.PublishedDay())
	ms := articleMentions(a, matches)
	a.Matches = datesOnly(matches)
	for _, m := range ms {
		m.Match.Expr = nil
	}
	addFeatures(a, ms)
	return ms
}

// articleMentions returns the mentions of one article given the time
// expressions found in its clean text.
func articleMentions(a *Article, matches []temporal.Match) []*Mention {
	text := a.Clean
	quoted := quoteSpans(text)
	var out []*Mention
	lead := true
	for idx, s := range Sentences(text) {
		if s.Heading {
			continue
		}
		sp := span{s.Start, s.End}
		in := matchesIn(matches, sp)
		anchors := sentenceAnchors(text, in, quoted)
		var ms []*Mention
		if !quoteOnly(text, sp, quoted) {
			ms = anchorMentions(a, sp, idx, anchors, lead)
		}
		if lead && a.Dated() {
			if m := leadMention(a, sp, idx, in, anchors); m != nil {
				out = append(out, m)
			}
		}
		lead = false
		out = append(out, ms...)
		if len(ms) == 0 {
			if m := sinceMention(a, sp, idx); m != nil {
				out = append(out, m)
			}
		}
	}
	return out
}

// matchesIn returns the matches lying within s.
func matchesIn(matches []temporal.Match, s span) []temporal.Match {
	var out []temporal.Match
	for _, m := range matches {
		if m.Start >= s.start && m.End <= s.end {
			out = append(out, m)
		}
	}
	return out
}

// stateMarkers are words that, just before a time expression, make it the
// boundary of a state or a deadline rather than the time of a happening.
var stateMarkers = setOf("since", "until", "till", "through", "throughout", "by", "before",
	"after", "from", "as of", "into", "within", "for", "over", "past")

// boundaryRE finds, just before a time expression, what makes it the end
// of an accounting period ("in the fiscal year ended Jan. 31") or the time
// of a figure compared with ("declined to 3.8 percent from 4.1 percent in
// December", "higher than a year earlier") rather than the time of a
// happening.
var boundaryRE = regexp.MustCompile(`(?i)(?:\b(?:year|quarter|half|period|month|week)s?\s+(?:ended|ending)\s+(?:on\s+)?` +
	`|\b(?:than|versus|vs\.|(?:from|compared with|compared to)\s+(?:` + amountRE + `)\s+(?:in|on|at|during)?)\s*)$`)

// amountRE matches an amount or a rate: "4.1 percent", "$3 billion".
const amountRE = `[$€£]\d[\d.,]*(?:\s+(?:million|billion|trillion))?|\d[\d.,]*\s*(?:%|percent|per cent|points?|million|billion|trillion|cents?|dollars?)`

// isAnchor reports whether m can date a happening.
func isAnchor(text string, m temporal.Match) bool {
	if m.Type != temporal.Date && m.Type != temporal.Time || !m.Resolved() {
		return false
	}
	if strings.HasSuffix(m.Value, "_REF") {
		return false
	}
	switch m.Mod {
	case "BEFORE", "AFTER", "ON_OR_BEFORE", "ON_OR_AFTER", "LESS_THAN", "MORE_THAN":
		return false
	}
	prev := strings.ToLower(lastWords(text[:m.Start], 2))
	if stateMarkers[lastWord(prev)] || stateMarkers[prev] {
		return false
	}
	if w := text[max(0, m.Start-80):m.Start]; mayEndBoundary(w) && boundaryRE.MatchString(w) {
		return false
	}
	low := strings.ToLower(m.Text)
	for w := range stateMarkers {
		if strings.HasPrefix(low, w+" ") {
			return false
		}
	}
	return true
}

// sentenceAnchors returns the anchors of a sentence, merging adjacent ones
// and applying the coarse-anchor rule.
func sentenceAnchors(text string, in []temporal.Match, quoted []span) []temporal.Match {
	var anchors []temporal.Match
	for _, m := range in {
		if !isAnchor(text, m) || inSpans(quoted, m.Start) {
			continue
		}
		if n := len(anchors); n > 0 && adjacent(text, anchors[n-1], m) {
			if m.Interval.Days() < anchors[n-1].Interval.Days() {
				anchors[n-1] = m
			}
			continue
		}
		anchors = append(anchors, m)
	}
	fine := false
	for _, m := range anchors {
		fine = fine || m.Interval.Precision < temporal.Year
	}
	if !fine {
		return anchors
	}
	kept := anchors[:0]
	for _, m := range anchors {
		if m.Interval.Precision < temporal.Year {
			kept = append(kept, m)
		}
	}
	return kept
}

// adjacent reports whether b follows a with only a comma, "and" or "to"
// between them, so that they are one expression.
func adjacent(text string, a, b temporal.Match) bool {
	if b.Start < a.End {
		return true
	}
	gap := strings.TrimSpace(text[a.End:b.Start])
	switch strings.ToLower(gap) {
	case "", ",", "and", "to", "-", "–", "of", "at", "on", "in":
		return true
	}
	return false
}

// anchorMentions returns one mention per anchor of the sentence s, the
// idx-th of its article and its lead when lead is set.
func anchorMentions(a *Article, s span, idx int, anchors []temporal.Match, lead bool) []*Mention {
	if len(anchors) == 0 {
		return nil
	}
	text := a.Clean
	spans := make([]span, len(anchors))
	for i, m := range anchors {
		spans[i] = span{m.Start, m.End}
	}
	clauses := splitClauses(text, s, spans)
	var out []*Mention
	for i, m := range anchors {
		ci, c := clauseOf(clauses, m.Start)
		if m.Interval.Precision >= temporal.Year && (ci > 0 || isFronted(text, c)) {
			continue
		}
		if len(anchors) > 1 && inAttributionTail(text, s, spans[i]) {
			continue
		}
		if ci+1 < len(clauses) && framePhrase(text, c, spans[i]) {
			ci++
		}
		if relativeNonEvent(text, trimClause(text, clauses[ci]), spans[i]) {
			continue
		}
		title, keys := mentionSpans(text, clauses, ci, spans[i], spans)
		if mn := newMention(a, s, idx, title, keys, m); reportsHappening(mn, s) && (lead || !sayingOnly(mn)) {
			out = append(out, mn)
		}
	}
	return out
}

// isFronted reports whether clause c opens with a subordinating word.
func isFronted(text string, c span) bool {
	return frontedOpeners[strings.ToLower(wordAt(text, nextWordStart(text, c.start)))]
}

// leadMention returns the lead sentence's mention dated by the publication
// day, or nil when the sentence's main clause has a time expression.
func leadMention(a *Article, s span, idx int, in []temporal.Match, anchors []temporal.Match) *Mention {
	spans := make([]span, len(anchors))
	for i, m := range anchors {
		spans[i] = span{m.Start, m.End}
	}
	clauses := splitClauses(a.Clean, s, spans)
	main := clauses[0]
	if isFronted(a.Clean, main) && len(clauses) > 1 {
		main = clauses[1]
	}
	for _, m := range in {
		if m.Start < main.end && m.End > main.start {
			return nil
		}
	}
	day := a.PublishedDay()
	match := temporal.Match{Start: s.start, End: s.start, Type: temporal.Date, Value: day.Format("2006-01-02"),
		Interval: temporal.Interval{Start: day, End: day, Precision: temporal.Day}}
	ci := 0
	if clauses[0] != main {
		ci = 1
	}
	title, keys := mentionSpans(a.Clean, clauses, ci, span{s.start, s.start}, nil)
	m := newMention(a, s, idx, title, keys, match)
	m.Lead = true
	if !reportsHappening(m, s) {
		return nil
	}
	return m
}

// futureRE finds words that put a clause in the future.
var futureRE = regexp.MustCompile(`(?i)\b(?:will|shall|'ll|’ll|set to|scheduled to|scheduled for|due to|plans? to|planning to|expected to|is to|are to|going to|to be held|upcoming)\b`)

// newMention builds the mention of anchor m in sentence s, the idx-th of
// its article, told by the title spans and identified by the key spans.
//
// Its Date is the anchor's interval, except that a happening told as past
// cannot end after the publication day: "this week" in an article of a
// Friday about a visit means Monday to Friday.
func newMention(a *Article, s span, idx int, title, keys []span, m temporal.Match) *Mention {
	text := a.Clean
	mn := &Mention{Article: a, Sentence: text[s.start:s.end], SentenceStart: s.start, Match: m,
		Clause: joinSpans(text, title), ClauseStart: title[0].start, Date: m.Interval,
		keyText: joinSpans(text, keys), sentence: idx}
	day := a.PublishedDay()
	if day.IsZero() {
		return mn
	}
	iv := m.Interval
	mn.Planned = iv.Start.After(day) || isFuture(mn.Clause) && !iv.End.Before(day)
	if !mn.Planned && iv.End.After(day) && !iv.Start.After(day) {
		mn.Date.End = day
	}
	return mn
}

// trimClause trims white space, commas, dashes and colons from the ends of
// clause c.
func trimClause(text string, c span) span {
	t := strings.TrimLeft(text[c.start:c.end], " ,;:—–-")
	c.start = c.end - len(t)
	t = strings.TrimRight(text[c.start:c.end], " ,;:—–-")
	c.end = c.start + len(t)
	return c
}
