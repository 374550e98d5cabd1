package main

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// eventsSite writes a two-article site and returns its folder.
func eventsSite(t *testing.T) string {
	site := t.TempDir()
	os.MkdirAll(filepath.Join(site, "content"), 0o755)
	os.WriteFile(filepath.Join(site, "content", "a.md"), []byte("---\ntitle: A\ndate: 2025-04-04\n---\nWorld\n\nShare\n\nThe two leaders met in Geneva on 2025-04-03 to discuss grain exports.\n"), 0o644)
	os.WriteFile(filepath.Join(site, "content", "b.md"), []byte("---\ntitle: B\ndate: 2025-04-05\n---\nThe two leaders met in Geneva on 2025-04-03 and discussed grain exports.\n"), 0o644)
	return site
}

func TestEventsTable(t *testing.T) {
	site := eventsSite(t)
	e, out, errb := testEnv()
	if err := run(context.Background(), []string{"events", "-s", site}, e); err != nil {
		t.Fatal(err, errb)
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(lines) < 2 || !strings.HasPrefix(lines[0], "DATE") {
		t.Fatalf("table:\n%s", out)
	}
	var found bool
	for _, l := range lines[1:] {
		if strings.HasPrefix(l, "2025-04-03 ") && strings.Contains(l, "day") && strings.Contains(l, "a, b") {
			found = true
		}
	}
	if !found {
		t.Errorf("no merged 2025-04-03 event in:\n%s", out)
	}
	col := strings.Index(lines[0], "TITLE")
	for _, l := range lines[1:] {
		if len(l) < col || l[col-1] != ' ' {
			t.Errorf("misaligned row %q", l)
		}
	}
}

func TestEventsJSON(t *testing.T) {
	site := eventsSite(t)
	e, out, errb := testEnv()
	if err := run(context.Background(), []string{"events", "--json", "-s", site}, e); err != nil {
		t.Fatal(err, errb)
	}
	var doc struct {
		Events []struct {
			Date struct {
				Start, Precision string
			}
			Articles, Mentions int
			Sources            []struct{ File string }
		}
	}
	if err := json.Unmarshal(out.Bytes(), &doc); err != nil {
		t.Fatalf("%v in %s", err, out)
	}
	for _, ev := range doc.Events {
		if ev.Date.Start == "2025-04-03" && ev.Articles == 2 && ev.Mentions == 2 && ev.Date.Precision == "day" &&
			len(ev.Sources) == 2 && ev.Sources[0].File == "content/a.md" {
			return
		}
	}
	t.Errorf("no merged event in %s", out)
}

func TestEventsUsage(t *testing.T) {
	e, _, _ := testEnv()
	if err := run(context.Background(), []string{"events", "extra"}, e); err == nil {
		t.Error("extra argument accepted")
	}
}
