// Package e2e holds the end-to-end test of the built site in a real
// browser. It needs Chromium or Chrome; without one it skips with a
// message (CI installs Debian's chromium).
package e2e

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/eventline/timeline/timeline/site"
)

// basePath is the GitHub Pages project sub-path the site is served under.
const basePath = "/REPO/"

// findBrowser returns the path of a Chromium or Chrome binary, or "".
func findBrowser() string {
	if p := os.Getenv("CHROME_PATH"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// recorder serves the site under basePath, as GitHub Pages serves a
// project site, and records every request that found nothing.
type recorder struct {
	mu      sync.Mutex
	missing []string
	files   http.Handler
}

// statusWriter remembers the status of a response.
type statusWriter struct {
	http.ResponseWriter
	status int
}

func (w *statusWriter) WriteHeader(code int) {
	w.status = code
	w.ResponseWriter.WriteHeader(code)
}

func (r *recorder) ServeHTTP(w http.ResponseWriter, req *http.Request) {
	sw := &statusWriter{ResponseWriter: w, status: http.StatusOK}
	if strings.HasPrefix(req.URL.Path, basePath) {
		http.StripPrefix(strings.TrimSuffix(basePath, "/"), r.files).ServeHTTP(sw, req)
	} else {
		http.NotFound(sw, req)
	}
	if sw.status == http.StatusNotFound {
		r.mu.Lock()
		r.missing = append(r.missing, req.URL.Path)
		r.mu.Unlock()
	}
}

// notFound returns the paths requested that found nothing.
func (r *recorder) notFound() []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]string(nil), r.missing...)
}

// buildSite builds the repository's own site into a temporary folder.
func buildSite(t *testing.T) string {
	t.Helper()
	out := filepath.Join(t.TempDir(), "public")
	if _, err := site.Build(context.Background(), site.BuildOptions{SiteDir: "..", OutDir: out}); err != nil {
		t.Fatal(err)
	}
	return out
}

func TestSiteInBrowser(t *testing.T) {
	browser := findBrowser()
	if browser == "" {
		t.Skip("no Chromium or Chrome found (apt-get install chromium, or set CHROME_PATH): browser test skipped")
	}
	out := buildSite(t)
	rec := &recorder{files: http.FileServer(http.Dir(out))}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srv := &http.Server{Handler: rec}
	go srv.Serve(ln)
	defer srv.Close()
	base := fmt.Sprintf("http://%s%s", ln.Addr(), basePath)

	ctx, cancel := browserContext(t, browser)
	defer cancel()

	do(t, ctx, "open the timeline", chromedp.Navigate(base), chromedp.WaitVisible(chromedp.CSS("main")))
	if title := eval[string](t, ctx, "document.title"); title == "" {
		t.Error("the timeline has no title")
	}
	if n := eval[int](t, ctx, `document.querySelectorAll('main a[href*="events/"]').length`); n < 5 {
		t.Errorf("the timeline shows %d event links, want at least 5", n)
	}
	feeds := `link[rel="alternate"][type="application/rss+xml"], link[rel="alternate"][type="application/atom+xml"], link[rel="alternate"][type="application/feed+json"]`
	if n := eval[int](t, ctx, "document.querySelectorAll('"+feeds+"').length"); n != 3 {
		t.Errorf("%d feed autodiscovery links, want 3", n)
	}
	status, err := chromedp.Run(ctx, chromedp.Evaluate[int](
		`fetch(document.querySelector('link[rel="alternate"][type="application/rss+xml"]').href).then(r => r.status)`,
		chromedp.EvalAwaitPromise))
	if err != nil || status != 200 {
		t.Errorf("the RSS feed answers %d, %v", status, err)
	}

	do(t, ctx, "follow an event link",
		chromedp.Click(chromedp.CSS(`main a[href*="events/"]`)),
		chromedp.WaitVisible(chromedp.CSS(`main a[href*="articles/"]`)))
	if loc := eval[string](t, ctx, "location.pathname"); !isPage(loc, "events/") {
		t.Errorf("the event link led to %s", loc)
	}

	do(t, ctx, "follow an article link",
		chromedp.Click(chromedp.CSS(`main a[href*="articles/"]`)),
		chromedp.WaitVisible(chromedp.CSS(`main time[datetime]`)))
	if loc := eval[string](t, ctx, "location.pathname"); !isPage(loc, "articles/") {
		t.Errorf("the article link led to %s", loc)
	}
	if n := eval[int](t, ctx, `document.querySelectorAll('main time[datetime]').length`); n == 0 {
		t.Error("the article page marks up no time expression")
	}
	home := eval[string](t, ctx, `document.querySelector('.site-nav a').href`)
	do(t, ctx, "go back to the timeline through the site menu",
		chromedp.Navigate(home), chromedp.WaitVisible(chromedp.CSS(`.key-events`)))
	if loc := eval[string](t, ctx, "location.pathname"); loc != basePath && loc != basePath+"index.html" {
		t.Errorf("the menu's timeline link led to %s", loc)
	}
	if m := rec.notFound(); len(m) > 0 {
		t.Errorf("requests that found nothing: %q", m)
	}
}

// isPage reports whether the path of a location is a page file of folder
// dir of the site, such as /REPO/events/ID.html.
func isPage(loc, dir string) bool {
	return strings.HasPrefix(loc, basePath+dir) && strings.HasSuffix(loc, ".html") &&
		!strings.Contains(strings.TrimPrefix(loc, basePath+dir), "/")
}

// do runs browser actions, failing the test with what was being done.
func do(t *testing.T, ctx context.Context, what string, actions ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	if err := chromedp.Do(ctx, actions...); err != nil {
		t.Fatalf("%s: %v", what, err)
	}
}

// eval evaluates a JavaScript expression in the page.
func eval[T any](t *testing.T, ctx context.Context, expr string) T {
	t.Helper()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](expr))
	if err != nil {
		t.Fatalf("%s: %v", expr, err)
	}
	return v
}

// browserContext starts a headless browser that makes no request of its
// own to any other host.
func browserContext(t *testing.T, path string) (context.Context, context.CancelFunc) {
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(path),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1280, 800),
	)
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelCtx := chromedp.NewContext(actx)
	if err := chromedp.Do(ctx); err != nil {
		cancelCtx()
		cancelAlloc()
		t.Fatalf("starting %s: %v", path, err)
	}
	tctx, cancelTimeout := context.WithTimeout(ctx, 60*time.Second)
	return tctx, func() { cancelTimeout(); cancelCtx(); cancelAlloc() }
}
