package timeline

import (
	"bufio"
	"crypto/sha256"
	"encoding/gob"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/eventline/timeline/timeline/temporal"
)

// Cache keeps what reading each article produced (its offset map, dates
// and mentions with their features) from one build to the next, keyed by a hash of the
// article's file, the settings that change its reading, and the program
// itself, so that a rebuild only reads the articles that changed. It is
// safe for concurrent use.
type Cache struct {
	path    string
	program string

	mu      sync.Mutex
	entries map[string]*cacheEntry
	used    map[string]bool
	dirty   bool
}

// cacheEntry is what reading one article produced.
type cacheEntry struct {
	Map      OffsetMap
	Matches  []temporal.Match
	Mentions []cachedMention
}

// cachedMention is a Mention without its article. The typed intermediate
// value of its match (Match.Expr) was dropped by the reader already.
type cachedMention struct {
	Sentence      string
	SentenceStart int
	Match         temporal.Match
	Lead, Planned bool
	Clause        string
	ClauseStart   int
	Date          temporal.Interval
	KeyText       string
	SentenceIndex int
	Features      cachedFeatures
}

// cacheFormat changes whenever the layout of cacheEntry does.
const cacheFormat = "timeline-cache-7"

// datesOnly returns the dates and times of ms, without their intermediate
// values: what the article page marks up (the resolved ones) and what
// Check reports (the others).
//
// The slice is allocated to its exact length: an article's dates live
// until its page is written, and a Match is large.
func datesOnly(ms []temporal.Match) []temporal.Match {
	n := 0
	for _, m := range ms {
		if m.Type == temporal.Date || m.Type == temporal.Time {
			n++
		}
	}
	if n == 0 {
		return nil
	}
	out := make([]temporal.Match, 0, n)
	for _, m := range ms {
		if m.Type == temporal.Date || m.Type == temporal.Time {
			m.Expr = nil
			out = append(out, m)
		}
	}
	return out
}

// OpenCache opens the cache file at path, for the program whose identity
// (a hash of its executable, say) is program. A missing, unreadable or
// outdated file gives an empty cache: the cache only ever saves time.
func OpenCache(path, program string) *Cache {
	c := &Cache{path: path, program: program, entries: map[string]*cacheEntry{}, used: map[string]bool{}}
	f, err := os.Open(path)
	if err != nil {
		return c
	}
	defer f.Close()
	dec := gob.NewDecoder(f)
	var header string
	if dec.Decode(&header) != nil || header != cacheFormat+"\x00"+program {
		return c
	}
	var entries map[string]*cacheEntry
	if dec.Decode(&entries) == nil {
		c.entries = entries
	}
	return c
}

// ProgramID returns a hash of the running executable, which changes with
// every change to the program, or "" when it cannot be read. It is
// computed once per process.
var ProgramID = sync.OnceValue(programID)

func programID() string {
	exe, err := os.Executable()
	if err != nil {
		return ""
	}
	f, err := os.Open(exe)
	if err != nil {
		return ""
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return ""
	}
	return hex.EncodeToString(h.Sum(nil))
}

// key returns the cache key of reading article a with settings opts.
func (c *Cache) key(a *Article, opts temporal.Options) string {
	h := sha256.New()
	fmt.Fprintf(h, "%s\x00%s\x00%s\x00%s\x00%v\x00%d\x00", a.Path, a.Format, a.Published.Format(time.RFC3339Nano), a.Published.Location(), opts.DayFirst, opts.Mode)
	io.WriteString(h, a.Body)
	return hex.EncodeToString(h.Sum(nil))
}

// get restores the reading of a from the cache, reporting whether it was
// there. The article's clean text is not restored: nothing after reading
// needs it.
func (c *Cache) get(key string, a *Article) ([]*Mention, bool) {
	c.mu.Lock()
	e := c.entries[key]
	if e != nil {
		c.used[key] = true
	}
	c.mu.Unlock()
	if e == nil {
		return nil, false
	}
	a.Map, a.Matches = e.Map, e.Matches
	ms := make([]*Mention, len(e.Mentions))
	for i, cm := range e.Mentions {
		ms[i] = &Mention{Article: a, Sentence: cm.Sentence, SentenceStart: cm.SentenceStart, Match: cm.Match,
			Lead: cm.Lead, Planned: cm.Planned, Clause: cm.Clause, ClauseStart: cm.ClauseStart, Date: cm.Date,
			keyText: cm.KeyText, sentence: cm.SentenceIndex, feat: cm.Features.features()}
	}
	return ms, true
}

// put stores the reading of a.
func (c *Cache) put(key string, a *Article, ms []*Mention) {
	e := &cacheEntry{Map: a.Map, Matches: a.Matches, Mentions: make([]cachedMention, len(ms))}
	for i, m := range ms {
		e.Mentions[i] = cachedMention{Sentence: m.Sentence, SentenceStart: m.SentenceStart, Match: m.Match,
			Lead: m.Lead, Planned: m.Planned, Clause: m.Clause, ClauseStart: m.ClauseStart, Date: m.Date,
			KeyText: m.keyText, SentenceIndex: m.sentence, Features: m.feat.cached()}
	}
	c.mu.Lock()
	c.entries[key] = e
	c.used[key] = true
	c.dirty = true
	c.mu.Unlock()
}

// Save writes the cache back, keeping only the entries this build used,
// when anything changed. It writes a temporary file and renames it, so a
// killed build never leaves a torn cache. A nil cache saves nothing.
func (c *Cache) Save() error {
	if c == nil {
		return nil
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if !c.dirty && len(c.used) == len(c.entries) {
		return nil
	}
	kept := make(map[string]*cacheEntry, len(c.used))
	for k := range c.used {
		kept[k] = c.entries[k]
	}
	if err := os.MkdirAll(filepath.Dir(c.path), 0o755); err != nil {
		return err
	}
	tmp := c.path + ".tmp"
	if err := writeCache(tmp, cacheFormat+"\x00"+c.program, kept); err != nil {
		os.Remove(tmp)
		return err
	}
	return os.Rename(tmp, c.path)
}

// writeCache encodes the header and the entries into the file at path,
// through a buffer rather than all in memory.
func writeCache(path, header string, entries map[string]*cacheEntry) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriterSize(f, 1<<20)
	enc := gob.NewEncoder(w)
	err = enc.Encode(header)
	if err == nil {
		err = enc.Encode(entries)
	}
	if err == nil {
		err = w.Flush()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}

// release drops the entries once the cache is saved, so that a build
// does not hold two copies of every reading while it writes the site. A
// released cache gives no more hits.
func (c *Cache) release() {
	c.mu.Lock()
	c.entries, c.used, c.dirty = map[string]*cacheEntry{}, map[string]bool{}, false
	c.mu.Unlock()
}
