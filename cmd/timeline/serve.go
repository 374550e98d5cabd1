package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/eventline/timeline/timeline/site"
)

const serveHelp = `usage: timeline serve [-s SITEDIR] [-addr HOST:PORT]

Serve builds the site into a temporary folder, serves it on 127.0.0.1 and
rebuilds it whenever content/, templates/ or site.yaml change, rewriting
only the files that changed; open pages reload themselves. A failed rebuild is printed in the terminal and shown on
the page until it is fixed. public/ is not touched.

Examples:

	timeline serve                    # http://127.0.0.1:1313/
	timeline serve -addr 127.0.0.1:0  # any free port`

func init() { extraCommands = append(extraCommands, serveCommand()) }

func serveCommand() *command {
	return &command{name: "serve", summary: "preview the site locally with live reload", run: runServe}
}

func runServe(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "serve", serveHelp)
	siteDir := fs.String("s", ".", "the site `folder`")
	addr := fs.String("addr", "127.0.0.1:1313", "the `address` to listen on")
	interval := fs.Duration("poll", 300*time.Millisecond, "how often to look for changes")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return err
	}
	out, err := os.MkdirTemp("", "timeline-serve-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(out)
	p := &preview{siteDir: *siteDir, out: filepath.Join(out, "public"), e: e, changed: make(chan struct{})}
	p.rebuild(ctx)
	fmt.Fprintf(e.stdout, "serving %s on http://%s/ (Ctrl+C to stop)\n", *siteDir, ln.Addr())
	srv := &http.Server{Handler: p.handler(), ReadHeaderTimeout: 10 * time.Second}
	go p.watch(ctx, *interval)
	go func() {
		<-ctx.Done()
		shutdown, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		defer cancel()
		srv.Shutdown(shutdown)
	}()
	if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

// preview is the state of a serve session: the last build's error and a
// channel closed (and replaced) after every rebuild.
type preview struct {
	siteDir, out string
	e            *env

	mu      sync.Mutex
	err     error
	version int
	changed chan struct{}
}

// rebuild builds the site and wakes the pages waiting for a reload.
func (p *preview) rebuild(ctx context.Context) {
	start := time.Now()
	st, err := site.Build(ctx, site.BuildOptions{SiteDir: p.siteDir, OutDir: p.out, Now: start,
		Warn: func(w string) { fmt.Fprintln(p.e.stderr, "warning:", w) }})
	if err != nil {
		fmt.Fprintf(p.e.stderr, "build failed: %v\n", err)
	} else {
		fmt.Fprintf(p.e.stdout, "built: %d articles, %d events, %d files (%d written, %d removed, %d pages kept) in %d ms\n",
			st.Articles, st.Events, st.Files, st.Written, st.Removed, st.Kept, time.Since(start).Milliseconds())
	}
	p.mu.Lock()
	p.err = err
	p.version++
	close(p.changed)
	p.changed = make(chan struct{})
	p.mu.Unlock()
}

// state returns the last build's version, a channel closed at the next
// rebuild, and the build's error.
func (p *preview) state() (int, <-chan struct{}, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.version, p.changed, p.err
}

// watch rebuilds the site whenever the fingerprint of its inputs changes.
func (p *preview) watch(ctx context.Context, interval time.Duration) {
	last := fingerprint(p.siteDir)
	t := time.NewTicker(interval)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		if fp := fingerprint(p.siteDir); fp != last {
			last = fp
			p.rebuild(ctx)
		}
	}
}

// fingerprint sums up the names, sizes and modification times of a site's
// inputs: site.yaml, content/ and templates/.
func fingerprint(siteDir string) string {
	h := newHasher()
	for _, name := range []string{"site.yaml", "content", "templates"} {
		filepath.Walk(filepath.Join(siteDir, name), func(p string, fi os.FileInfo, err error) error {
			if err == nil {
				fmt.Fprintf(h, "%s %d %d\n", p, fi.Size(), fi.ModTime().UnixNano())
			}
			return nil
		})
	}
	return h.sum()
}
