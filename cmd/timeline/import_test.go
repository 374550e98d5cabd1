package main

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestImport(t *testing.T) {
	site := t.TempDir()
	txt := filepath.Join(t.TempDir(), "note.txt")
	os.WriteFile(txt, []byte("Bridge approved\nApril 4, 2025 — The council on Thursday approved a bridge.\n"), 0o644)
	page := "../../timeline/importer/testdata/page.html"
	e, out, errb := testEnv()
	if err := run(context.Background(), []string{"import", "-s", site, page, txt}, e); err != nil {
		t.Fatal(err, errb)
	}
	for _, name := range []string{"council-approves-new-bridge-after-late-night-debate.md", "bridge-approved.md"} {
		data, err := os.ReadFile(filepath.Join(site, "content", name))
		if err != nil {
			t.Fatalf("%v (printed %s)", err, out)
		}
		if !strings.Contains(string(data), "date: 2025-04-04") {
			t.Errorf("%s:\n%s", name, data)
		}
	}
	e, _, errb = testEnv()
	if err := run(context.Background(), []string{"build", "-s", site}, e); err != nil {
		t.Fatalf("imported site does not build: %v\n%s", err, errb)
	}

	nodate := filepath.Join(t.TempDir(), "nodate.html")
	os.WriteFile(nodate, []byte(`<!doctype html><html lang="en"><head><title>Ferry service resumes</title></head>
<body><article><h1>Ferry service resumes</h1><p>The island ferry resumed its crossings on Monday after a week of storms kept the boats in harbour and left hundreds of travellers waiting on the quay.</p>
<p>Operators said the timetable would return to normal by the weekend, once the backlog of freight had been cleared from the port.</p></article></body></html>`), 0o644)
	e, _, _ = testEnv()
	err := run(context.Background(), []string{"import", "-s", t.TempDir(), nodate}, e)
	if err == nil || !strings.Contains(err.Error(), "nodate.html: no publication date found") {
		t.Errorf("undated page: %v", err)
	}
	e, _, _ = testEnv()
	if err := run(context.Background(), []string{"import", "-s", t.TempDir(), "-date", "2025-04-05", nodate}, e); err != nil {
		t.Errorf("undated page with -date: %v", err)
	}
}
