package main

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestNew(t *testing.T) {
	site := t.TempDir()
	e, out, errb := testEnv()
	args := []string{"new", "-s", site, "-date", "2025-04-04", "-source", "AP", "-url", "https://example.org/a", `Leaders "agree" on talks`}
	if err := run(context.Background(), args, e); err != nil {
		t.Fatal(err, errb)
	}
	path := filepath.Join(site, "content", "leaders-agree-on-talks.md")
	if strings.TrimSpace(out.String()) != path {
		t.Errorf("printed %q", out)
	}
	data, _ := os.ReadFile(path)
	want := "---\ntitle: \"Leaders \\\"agree\\\" on talks\"\ndate: 2025-04-04\nsource: \"AP\"\nurl: \"https://example.org/a\"\n---\n"
	if string(data) != want {
		t.Errorf("file:\n%s\nwant:\n%s", data, want)
	}
	e, _, _ = testEnv()
	if err := run(context.Background(), args, e); err == nil || !strings.Contains(err.Error(), "already exists") {
		t.Errorf("second new: %v", err)
	}
	for _, bad := range [][]string{
		{"new", "-s", site, "-date", "4 April", "x"},
		{"new", "-s", site, "-url", "javascript:alert(1)", "y"},
	} {
		e, _, _ = testEnv()
		if err := run(context.Background(), bad, e); err == nil {
			t.Errorf("%q accepted", bad)
		}
	}
}

func TestInitThenBuild(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "site")
	e, out, errb := testEnv()
	if err := run(context.Background(), []string{"init", dir}, e); err != nil {
		t.Fatal(err, errb)
	}
	for _, f := range []string{"site.yaml", "content/example.md", ".gitignore", ".github/workflows/pages.yml"} {
		if _, err := os.Stat(filepath.Join(dir, f)); err != nil {
			t.Errorf("%s: %v (output %s)", f, err, out)
		}
	}
	e, _, errb = testEnv()
	if err := run(context.Background(), []string{"build", "-s", dir}, e); err != nil {
		t.Fatalf("build of the scaffold: %v\n%s", err, errb)
	}
	e, _, _ = testEnv()
	if err := run(context.Background(), []string{"init", dir}, e); err == nil {
		t.Error("init over an existing site succeeded")
	}
}
