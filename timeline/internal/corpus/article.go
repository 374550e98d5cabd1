package corpus

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"time"
)

// compose writes the article number idx about happening ev of thread th,
// published on day pub.
func compose(r *rand.Rand, idx int, th *thread, ev, prev *happening, pub time.Time) Article {
	f := &filler{r: r, pub: pub, thread: th.slots, event: ev.slots, when: when(r, pub, ev.day)}
	src := sources[r.IntN(len(sources))]
	title := f.fill(ev.kind.Head)
	var sents []string
	// The lead: the happening itself, in the paraphrase this story uses
	// most, sometimes the other one.
	core := ev.core
	if r.IntN(4) == 0 {
		core = (core + 1) % len(ev.kind.Core)
	}
	sents = append(sents, f.fill(ev.kind.Core[core]))
	tp := th.topic
	for _, i := range r.Perm(len(tp.Details))[:2+r.IntN(3)] {
		sents = append(sents, f.fill(tp.Details[i]))
	}
	sents = append(sents, f.fill(tp.Quotes[r.IntN(len(tp.Quotes))]))
	if prev != nil {
		pf := &filler{r: r, pub: pub, thread: th.slots, event: prev.slots, when: when(r, pub, prev.day)}
		sents = append(sents, pf.fill(prev.kind.Core[prev.core]))
	}
	for _, i := range r.Perm(len(background))[:2+r.IntN(4)] {
		sents = append(sents, f.fill(background[i]))
	}
	if r.IntN(2) == 0 {
		sents = append(sents, f.fill(quotes[r.IntN(len(quotes))]))
	}
	return Article{
		Path:   fmt.Sprintf("content/%d/%06d-%s.md", pub.Year(), idx, slug(title)),
		Title:  title,
		Date:   published(r, pub),
		Source: src.Name,
		URL:    fmt.Sprintf("https://%s/%s/%s-%d", src.Host, pub.Format("2006/01/02"), slug(title), idx),
		Body:   body(r, src.Name, th.slots["city"], sents),
	}
}

// body lays the sentences out in paragraphs of one to three sentences,
// with the page furniture and datelines real copy has now and then.
func body(r *rand.Rand, source, city string, sents []string) string {
	var b strings.Builder
	if r.IntN(10) == 0 {
		b.WriteString("Share\n\n")
	}
	if r.IntN(3) == 0 {
		sents[0] = strings.ToUpper(city) + " (" + source + ") — " + sents[0]
	}
	for i := 0; i < len(sents); {
		n := min(1+r.IntN(3), len(sents)-i)
		if i > 0 {
			b.WriteString("\n\n")
		}
		b.WriteString(strings.Join(sents[i:i+n], " "))
		i += n
	}
	b.WriteString("\n")
	if r.IntN(4) == 0 {
		p := person(r)
		fmt.Fprintf(&b, "\n(Reporting by %s %s; editing by %s)\n", p[0], p[1], pick(r, surnames...))
	}
	if r.IntN(8) == 0 {
		b.WriteString("\nRelated Articles\n\n- Markets close higher\n- Weather: storms expected\n")
	}
	return b.String()
}

// published gives the article's publication time: a bare date or, now and
// then, a time of day with a zone, the same calendar day in that zone.
func published(r *rand.Rand, day time.Time) time.Time {
	if r.IntN(3) != 0 {
		return day
	}
	zone := time.FixedZone("", (r.IntN(9)-5)*3600)
	return time.Date(day.Year(), day.Month(), day.Day(), 6+r.IntN(16), 5*r.IntN(12), 0, 0, zone)
}

// slug makes a file-name-safe, short form of a title.
func slug(s string) string {
	var b strings.Builder
	dash := false
	for _, c := range strings.ToLower(s) {
		switch {
		case c >= 'a' && c <= 'z' || c >= '0' && c <= '9':
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(c)
		default:
			dash = true
		}
		if b.Len() >= 48 {
			break
		}
	}
	return b.String()
}
