package main

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestCheck(t *testing.T) {
	site := t.TempDir()
	os.MkdirAll(filepath.Join(site, "content", "sub"), 0o755)
	write := func(name, body string) { os.WriteFile(filepath.Join(site, name), []byte(body), 0o644) }
	write("content/a.md", "---\ntitle: A\ndate: 2025-04-04\n---\nLeaders met on 2025-04-03 in the capital.\n")
	write("content/b.md", "---\ntitle: B\n---\nThe council voted on Monday.\n")
	write("content/sub/a.md", "---\ntitle: A again\ndate: 2025-04-04\n---\nText.\n")

	e, out, _ := testEnv()
	if err := run(context.Background(), []string{"check", "-s", site}, e); err != nil {
		t.Fatalf("check failed without errors: %v\n%s", err, out)
	}
	for _, want := range []string{
		"content/b.md:1: warning: no publication date",
		`content/b.md:4: warning: time expression "Monday"`,
		`content/sub/a.md:1: warning: slug "a" already used`,
		"0 errors",
	} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}

	write("content/_events.yaml", "events:\n  - id: nosuchid\n    hide: true\n")
	e, out, errb := testEnv()
	err := run(context.Background(), []string{"check", "-s", site, "-json"}, e)
	if exitCode(err, errb) != 1 {
		t.Fatalf("exit %d, want 1 for a stale curation entry", exitCode(err, errb))
	}
	var problems []struct {
		File, Severity, Message string
		Line                    int
	}
	if err := json.Unmarshal(out.Bytes(), &problems); err != nil {
		t.Fatal(err, out)
	}
	found := false
	for _, p := range problems {
		if p.File == "content/_events.yaml" && p.Line == 2 && p.Severity == "error" {
			found = true
		}
	}
	if !found {
		t.Errorf("no error for the stale entry in %+v", problems)
	}
}
