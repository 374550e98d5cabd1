package timeline

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"sort"
)

// Cluster merges mentions of the same happening into events.
func Cluster(mentions []*Mention) []*Event {
	var out []*Event
	for _, m := range mentions {
		out = append(out, &Event{ID: eventID(m), Date: m.Match.Interval, Title: m.Sentence, Summary: m.Sentence, Mentions: []*Mention{m}})
	}
	return out
}

// eventID derives an event's id from its earliest mention.
func eventID(m *Mention) string {
	h := sha256.Sum256([]byte(fmt.Sprintf("%s\x00%d\x00%s", m.Article.Path, m.SentenceStart, m.Match.Text)))
	return hex.EncodeToString(h[:])[:10]
}

// Order sorts events by date, then by id.
func Order(events []*Event) {
	sort.Slice(events, func(i, j int) bool {
		a, b := events[i], events[j]
		if !a.Date.Start.Equal(b.Date.Start) {
			return a.Date.Start.Before(b.Date.Start)
		}
		if !a.Date.End.Equal(b.Date.End) {
			return a.Date.End.Before(b.Date.End)
		}
		return a.ID < b.ID
	})
}
