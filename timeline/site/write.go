// Package site renders a Timeline into the files of a static web site.
//
// Write produces, in an empty folder, one file per page (see paths.go):
//
//	index.html               the timeline, grouped by year and month, with the key events
//	years/YYYY.html          the timeline of one year
//	events/ID.html           one event: every mention, its sentence and its article
//	articles/SLUG.html       one article, its time expressions linked to their events
//	people/, places/, orgs/, tags/ NAME.html   the events of one name
//	browse.html              every year, name, tag and article (see Config.BrowseArticles)
//	browse/YYYY.html         the articles of one year of publication, on a large site
//	404.html                 the page GitHub Pages serves for a missing path
//	feed.xml, atom.xml, feed.json   RSS 2.0, Atom and JSON Feed: one item per event
//	timeline.json            the data export (see writeExport)
//	timelinejs.json          the events for Knight Lab's TimelineJS (see writeTimelineJS)
//	sitemap.xml, robots.txt, .nojekyll, CNAME (when configured)
//	assets/style.css, assets/filter.js, assets/favicon.svg
//
// Pages link to each other with relative URLs, so the site works from any
// sub-path (https://user.github.io/repo/) and from a custom domain; only
// 404.html, which is served at any depth, uses root-relative paths built
// from the path of base_url. Feeds, the sitemap and canonical links use
// absolute URLs built from base_url.
//
// The output is deterministic: it depends on the timeline alone, never on
// the clock or on map order.
package site

import (
	"fmt"
	"io"
	"runtime"
	"strings"
	"sync"
	"time"

	"github.com/eventline/timeline/timeline"
)

// Options configure Write.
type Options struct {
	// TemplateDir is a folder whose files replace the embedded templates of
	// the same name; empty means the embedded templates only.
	TemplateDir string
	// release lets the writer drop what the articles of the timeline hold
	// for their own pages only (Body, Map, Matches) once those pages are
	// written, when the timeline is the writer's alone (see Build).
	release bool
}

// Write renders tl into dir, which must exist and be empty. It returns the
// number of files written.
func Write(tl *timeline.Timeline, dir string, opts Options) (int, error) {
	return render(tl, &dirSink{dir: dir}, opts)
}

// render renders tl into out and returns the number of files. Files of
// one kind are rendered in parallel. The article pages come first: they
// tell which expressions their bodies mark up (see writeArticles). Then the
// other pages are rendered while the feeds and exports, which read the
// same views and no page, are written beside them; the sitemap, which
// lists every page, comes last.
func render(tl *timeline.Timeline, out sink, opts Options) (int, error) {
	m, err := newModel(tl)
	if err != nil {
		return 0, err
	}
	ts, err := loadTemplates(opts.TemplateDir)
	if err != nil {
		return 0, err
	}
	w := &writer{m: m, out: out, ts: ts, opts: opts}
	if ts.keyed && out.keyed() {
		w.keys = &keyer{digest: ts.digest}
	}
	if err := w.writeArticles(); err != nil {
		return w.count, err
	}
	err = together(
		[]func() error{w.writeIndex, w.writeYears, w.writeFacets, w.writeBrowse, w.dropEntries, w.writeEvents, w.write404},
		[]func() error{w.writeFeeds, w.writeExport, w.writeTimelineJS, w.writeAssets, w.writeMeta},
	)
	if err == nil {
		err = w.writeSitemap()
	}
	return w.count, err
}

// together runs the two lists of steps side by side, each list in order,
// and returns the first error of pages, else the first of others. The
// steps of others must not depend on those of pages.
func together(pages, others []func() error) error {
	done := make(chan error, 1)
	go func() { done <- inOrder(others) }()
	err := inOrder(pages)
	if oerr := <-done; err == nil {
		err = oerr
	}
	return err
}

// inOrder runs steps one after the other until one fails.
func inOrder(steps []func() error) error {
	for _, step := range steps {
		if err := step(); err != nil {
			return err
		}
	}
	return nil
}

// writer writes the files of one site. Pages of one kind are written in
// parallel: writeFile and render are safe for concurrent use.
type writer struct {
	m    *model
	out  sink
	ts   *pageSet
	opts Options
	// keys computes page keys, when the sink records them.
	keys *keyer

	mu    sync.Mutex
	count int
	// pages lists the pages written, for the sitemap.
	pages []sitemapPage
}

// sitemapPage is a page of the sitemap and the date of its content.
type sitemapPage struct {
	path    string
	lastmod time.Time
}

// writeFile hands the file rel (slash-separated, relative to the site
// root) to the writer's sink.
func (w *writer) writeFile(rel string, data []byte) error {
	if strings.Contains(rel, "..") || strings.HasPrefix(rel, "/") {
		return fmt.Errorf("refusing to write %q outside the site", rel)
	}
	return w.writeKeyed(rel, data, [32]byte{})
}

// writeStream hands the file rel, written by write as it goes, to the
// writer's sink: for files too large to hold in memory whole.
func (w *writer) writeStream(rel string, write func(io.Writer) error) error {
	if err := w.out.stream(rel, write); err != nil {
		return err
	}
	w.mu.Lock()
	w.count++
	w.mu.Unlock()
	return nil
}

// dropEntries forgets the timeline entries rendered for the list pages,
// which are all written by then, so that the pages that follow render
// with that memory free.
func (w *writer) dropEntries() error {
	w.ts.entries.Clear()
	return nil
}

// writeKeyed hands the file rel, a page rendered with key, to the sink.
func (w *writer) writeKeyed(rel string, data []byte, key [32]byte) error {
	if err := w.out.put(rel, data, key); err != nil {
		return err
	}
	w.mu.Lock()
	w.count++
	w.mu.Unlock()
	return nil
}

// forEach calls f for every index below n, on one goroutine per core. It
// returns the error of the lowest index that failed, so that the error a
// broken site reports does not depend on scheduling.
func forEach(n int, f func(i int) error) error {
	errs := make([]error, n)
	next := make(chan int)
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), n) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				errs[i] = f(i)
			}
		}()
	}
	for i := range n {
		next <- i
	}
	close(next)
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}

// render executes page template name for the page p, writes the
// page's file and lists it in the sitemap with lastmod (which may be zero).
// When the sink already holds the page as rendered with the same page key
// (see pageKey), the template is not run.
func (w *writer) render(name string, p *page, lastmod time.Time) error {
	var key [32]byte
	if w.keys != nil {
		key, _ = w.keys.key(name, p)
	}
	if err := w.renderPage(name, p, key); err != nil {
		return err
	}
	if name != "404.html" {
		w.mu.Lock()
		w.pages = append(w.pages, sitemapPage{path: p.Path, lastmod: lastmod})
		w.mu.Unlock()
	}
	return nil
}

// renderPage renders page p, unless the sink keeps it by its key.
func (w *writer) renderPage(name string, p *page, key [32]byte) error {
	if key != ([32]byte{}) && w.out.keep(p.Path, key) {
		w.mu.Lock()
		w.count++
		w.mu.Unlock()
		return nil
	}
	var werr error
	err := w.ts.execute(name, p, func(out []byte) error {
		werr = w.writeKeyed(p.Path, out, key)
		return werr
	})
	if err != nil && werr == nil {
		return fmt.Errorf("%s: %w", p.Path, err)
	}
	return err
}

// writeMeta writes the files GitHub Pages reads: .nojekyll, and CNAME when
// the site has a custom domain.
func (w *writer) writeMeta() error {
	if err := w.writeFile(".nojekyll", nil); err != nil {
		return err
	}
	if c := strings.TrimSpace(w.m.cfg.CNAME); c != "" {
		return w.writeFile("CNAME", []byte(c+"\n"))
	}
	return nil
}
