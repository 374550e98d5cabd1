package main

import (
	"bufio"
	"bytes"
	"context"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"
)

// syncBuffer is a bytes.Buffer safe for one writer and one reader.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// TestServeLiveReload runs the preview server, edits the content, and
// checks that the page's event stream announces the rebuild, that a broken
// article shows on the page, and that fixing it brings the site back.
func TestServeLiveReload(t *testing.T) {
	site := t.TempDir()
	article := filepath.Join(site, "content", "a.md")
	os.MkdirAll(filepath.Dir(article), 0o755)
	os.WriteFile(filepath.Join(site, "site.yaml"), []byte("title: Preview\n"), 0o644)
	os.WriteFile(article, []byte("---\ntitle: First\ndate: 2025-04-04\n---\nLeaders met on 2025-04-03.\n"), 0o644)

	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var stdout, stderr syncBuffer
	e := &env{stdout: &stdout, stderr: &stderr, stdin: strings.NewReader(""), getenv: func(string) string { return "" }}
	done := make(chan error, 1)
	go func() { done <- run(ctx, []string{"serve", "-s", site, "-addr", "127.0.0.1:0", "-poll", "20ms"}, e) }()

	base := waitFor(t, func() string {
		m := regexp.MustCompile(`on (http://127\.0\.0\.1:\d+/)`).FindStringSubmatch(stdout.String())
		if m == nil {
			return ""
		}
		return m[1]
	})
	status, body := get(t, base)
	if status != 200 || !strings.Contains(body, reloadPath) {
		t.Fatalf("GET / = %d, reload script present: %v", status, strings.Contains(body, reloadPath))
	}
	for _, page := range []string{"browse.html", "browse", "articles/a", "articles/a.html"} {
		if status, body := get(t, base+page); status != 200 || !strings.Contains(body, "<h1") {
			t.Errorf("GET /%s = %d", page, status)
		}
	}
	if status, _ := get(t, base+"articles/none"); status != 404 {
		t.Errorf("GET /articles/none = %d, want 404", status)
	}

	resp, err := http.Get(base + strings.TrimPrefix(reloadPath, "/"))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	events := bufio.NewReader(resp.Body)
	first := nextEvent(t, events)

	time.Sleep(30 * time.Millisecond)
	os.WriteFile(article, []byte("---\ntitle: Second\ndate: 2025-04-04\n---\nLeaders met on 2025-04-02.\n"), 0o644)
	if next := nextEvent(t, events); next == first {
		t.Fatalf("no new version after an edit: %s", next)
	}

	os.WriteFile(article, []byte("---\ntitle: Broken\ndate: someday\n---\n"), 0o644)
	waitFor(t, func() string {
		if status, body := get(t, base); status == 500 && strings.Contains(body, "content/a.md:3:") {
			return "ok"
		}
		return ""
	})
	if !strings.Contains(stderr.String(), "content/a.md:3:") {
		t.Errorf("terminal did not show the error: %q", stderr.String())
	}
	os.WriteFile(article, []byte("---\ntitle: Fixed\ndate: 2025-04-04\n---\nFixed.\n"), 0o644)
	waitFor(t, func() string {
		if status, _ := get(t, base); status == 200 {
			return "ok"
		}
		return ""
	})
	cancel()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
}

func nextEvent(t *testing.T, r *bufio.Reader) string {
	t.Helper()
	for {
		line, err := r.ReadString('\n')
		if err != nil {
			t.Fatal(err)
		}
		if strings.HasPrefix(line, "data: ") {
			return strings.TrimSpace(line)
		}
	}
}

func get(t *testing.T, url string) (int, string) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

// waitFor polls f until it returns a non-empty string, for at most 10 s.
func waitFor(t *testing.T, f func() string) string {
	t.Helper()
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(10 * time.Millisecond) {
		if s := f(); s != "" {
			return s
		}
	}
	t.Fatal("timed out")
	return ""
}
