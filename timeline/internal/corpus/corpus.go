// Package corpus generates realistic English news articles for tests and
// benchmarks, without network access.
//
// The articles recombine a bank of some 170 sentence patterns in the style
// of wire copy (diplomacy, conflict, economy, courts, elections, disasters)
// whose slots take invented people and companies, real countries, cities
// and organisations, figures, and time expressions of every kind: "on
// Thursday", "late Monday", "earlier this week", "three weeks ago", "in
// March", "next Tuesday", explicit dates, years, durations ("for three
// years", "a 30-day ceasefire"), sets and clock times.
//
// Articles come in threads: a running story of one to five happenings over
// some weeks, each reported by several articles published on shifting days,
// each dating the happening relative to its own publication day, so the
// event clustering has real merges to do. Threads start between 2019 and
// mid-2025.
//
// The output depends on n and the seed alone: the same seed gives the
// same bytes.
package corpus

import (
	"fmt"
	"iter"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// Article is one generated article.
type Article struct {
	// Path is the file's path in the site folder, with forward slashes:
	// "content/2023/000042-floods-kill-twelve-in-lagos.md".
	Path   string
	Title  string
	Date   time.Time
	Source string
	URL    string
	// Body is the Markdown text after the front matter.
	Body string
}

// Markdown returns the article as a Markdown file with YAML front matter.
func (a Article) Markdown() []byte {
	var b strings.Builder
	b.Grow(len(a.Body) + 256)
	b.WriteString("---\ntitle: ")
	b.WriteString(quote(a.Title))
	b.WriteString("\ndate: ")
	if a.Date.Hour() == 0 && a.Date.Minute() == 0 && a.Date.Location() == time.UTC {
		b.WriteString(a.Date.Format("2006-01-02"))
	} else {
		b.WriteString(a.Date.Format(time.RFC3339))
	}
	fmt.Fprintf(&b, "\nsource: %s\nurl: %s\n---\n", quote(a.Source), a.URL)
	b.WriteString(a.Body)
	return []byte(b.String())
}

// quote writes s as a double-quoted YAML string.
func quote(s string) string {
	return `"` + strings.NewReplacer(`\`, `\\`, `"`, `\"`).Replace(s) + `"`
}

// All yields n articles generated from seed, one at a time, so that a
// large corpus is never held in memory.
func All(n int, seed uint64) iter.Seq[Article] {
	return func(yield func(Article) bool) {
		r := newRand(seed)
		for idx := 0; idx < n; {
			th := newThread(r)
			for i, ev := range th.events {
				var prev *happening
				if i > 0 {
					prev = th.events[i-1]
				}
				for k := 1 + r.IntN(5); k > 0 && idx < n; k-- {
					if !yield(compose(r, idx, th, ev, prev, pubDay(r, ev.day))) {
						return
					}
					idx++
				}
			}
		}
	}
}

// newRand returns the PCG generator of seed.
func newRand(seed uint64) *rand.Rand {
	return rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
}

// Articles returns n articles generated from seed.
func Articles(n int, seed uint64) []Article {
	out := make([]Article, 0, n)
	for a := range All(n, seed) {
		out = append(out, a)
	}
	return out
}

// SiteYAML is the site.yaml Generate writes.
const SiteYAML = `# A generated corpus (timeline/internal/corpus).
title: "Generated news archive"
description: "A timeline of generated wire news, for benchmarks."
base_url: "https://example.github.io/archive/"
language: en
feed:
  limit: 50
key_events: 10
`

// Generate writes a site of n articles generated from seed into dir:
// site.yaml and content/YEAR/*.md. dir is created if needed.
func Generate(dir string, n int, seed uint64) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(dir, "site.yaml"), []byte(SiteYAML), 0o644); err != nil {
		return err
	}
	made := map[string]bool{}
	for a := range All(n, seed) {
		p := filepath.Join(dir, filepath.FromSlash(a.Path))
		if d := filepath.Dir(p); !made[d] {
			if err := os.MkdirAll(d, 0o755); err != nil {
				return err
			}
			made[d] = true
		}
		if err := os.WriteFile(p, a.Markdown(), 0o644); err != nil {
			return err
		}
	}
	return nil
}

// Version names the generator's output: it changes whenever the same seed
// would write different files, so that cached corpora are not reused.
const Version = "v3"

// Cached returns a site folder of n articles generated from seed under
// the system's temporary folder, generating it on first use only, so that
// benchmarks and scripts run repeatedly pay for it once. The folder is
// written beside its final name and renamed into place, so a killed run
// leaves no half-written corpus behind.
func Cached(n int, seed uint64) (string, error) {
	root := filepath.Join(os.TempDir(), "timeline-corpus")
	dir := filepath.Join(root, fmt.Sprintf("%s-n%d-s%d", Version, n, seed))
	if _, err := os.Stat(filepath.Join(dir, "site.yaml")); err == nil {
		return dir, nil
	}
	if err := os.MkdirAll(root, 0o755); err != nil {
		return "", err
	}
	tmp, err := os.MkdirTemp(root, ".tmp-")
	if err != nil {
		return "", err
	}
	if err := Generate(tmp, n, seed); err != nil {
		os.RemoveAll(tmp)
		return "", err
	}
	if err := os.Rename(tmp, dir); err != nil {
		os.RemoveAll(tmp)
		if _, statErr := os.Stat(filepath.Join(dir, "site.yaml")); statErr == nil {
			return dir, nil // another process won the race
		}
		return "", err
	}
	return dir, nil
}
