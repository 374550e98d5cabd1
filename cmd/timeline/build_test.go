package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// testEnv returns an env writing to buffers.
func testEnv() (*env, *bytes.Buffer, *bytes.Buffer) {
	var out, errb bytes.Buffer
	return &env{stdout: &out, stderr: &errb, stdin: strings.NewReader(""), getenv: func(string) string { return "" }}, &out, &errb
}

func TestBuildCommand(t *testing.T) {
	site := t.TempDir()
	os.MkdirAll(filepath.Join(site, "content"), 0o755)
	os.WriteFile(filepath.Join(site, "site.yaml"), []byte("title: Test\nbase_url: https://u.github.io/repo/\n"), 0o644)
	os.WriteFile(filepath.Join(site, "content", "a.md"), []byte("---\ntitle: A\ndate: 2025-04-04\n---\nLeaders met on 2025-04-03 in the capital.\n"), 0o644)
	os.WriteFile(filepath.Join(site, "content", "b.txt"), []byte("Undated story\nSomething happened.\n"), 0o644)
	e, out, errb := testEnv()
	if err := run(context.Background(), []string{"build", "-s", site}, e); err != nil {
		t.Fatalf("build: %v\n%s", err, errb)
	}
	if !strings.Contains(out.String(), "2 articles") {
		t.Errorf("summary %q", out)
	}
	if !strings.Contains(errb.String(), "warning: content/b.txt:1: no publication date") {
		t.Errorf("warnings %q", errb)
	}
	if _, err := os.Stat(filepath.Join(site, "public", "index.html")); err != nil {
		t.Error(err)
	}
	e, out, errb = testEnv()
	if err := run(context.Background(), []string{"build", "-s", site, "-v"}, e); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "updated the output folder in place: 0 files written, 0 removed") {
		t.Errorf("-v rebuild of an unchanged site: %q", out)
	}
	for _, stage := range []string{"loading", "reading", "clustering", "writing"} {
		if !strings.Contains(errb.String(), stage) {
			t.Errorf("-v output lacks stage %q: %q", stage, errb)
		}
	}
	e, out, errb = testEnv()
	if err := run(context.Background(), []string{"build", "-s", site, "-q"}, e); err != nil || out.Len()+errb.Len() != 0 {
		t.Errorf("-q printed %q %q (%v)", out, errb, err)
	}
	cpu, mem := filepath.Join(t.TempDir(), "cpu.prof"), filepath.Join(t.TempDir(), "mem.prof")
	e, _, errb = testEnv()
	if err := run(context.Background(), []string{"build", "-s", site, "-q", "-cpuprofile", cpu, "-memprofile", mem}, e); err != nil {
		t.Fatalf("build with profiles: %v\n%s", err, errb)
	}
	for _, p := range []string{cpu, mem} {
		if fi, err := os.Stat(p); err != nil || fi.Size() == 0 {
			t.Errorf("profile %s not written (%v)", p, err)
		}
	}
}

func TestBuildCommandErrors(t *testing.T) {
	tests := []struct {
		name  string
		args  []string
		files map[string]string
		want  string
		code  int
	}{
		{name: "typo in site.yaml", files: map[string]string{"site.yaml": "titel: x\n"}, want: "site.yaml:1: field titel not found", code: 1},
		{name: "bad front matter", files: map[string]string{"content/a.md": "---\ndate: 4 Apr\n---\n"}, want: "content/a.md:2: front matter: date", code: 1},
		{name: "output is the site", args: []string{"-o", "."}, want: "refusing", code: 1},
		{name: "stray argument", args: []string{"extra"}, code: 2},
		{name: "unknown flag", args: []string{"-x"}, code: 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			site := t.TempDir()
			os.MkdirAll(filepath.Join(site, "content"), 0o755)
			for name, body := range tt.files {
				os.WriteFile(filepath.Join(site, name), []byte(body), 0o644)
			}
			args := []string{"build", "-s", site}
			for _, a := range tt.args {
				if a == "." {
					a = site
				}
				args = append(args, a)
			}
			e, _, errb := testEnv()
			err := run(context.Background(), args, e)
			if code := exitCode(err, errb); code != tt.code {
				t.Fatalf("exit code %d, want %d (err %v)", code, tt.code, err)
			}
			if !strings.Contains(errb.String(), tt.want) {
				t.Errorf("stderr %q, want %q", errb, tt.want)
			}
		})
	}
}

func TestHelp(t *testing.T) {
	e, _, errb := testEnv()
	if err := run(context.Background(), []string{"help"}, e); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(errb.String(), "build") {
		t.Errorf("help %q", errb)
	}
	for _, c := range commands() {
		e, _, errb = testEnv()
		if err := run(context.Background(), []string{"help", c.name}, e); err != nil || !strings.Contains(errb.String(), "Examples:") {
			t.Errorf("help %s: %v, with examples: %v", c.name, err, strings.Contains(errb.String(), "Examples:"))
		}
	}
	e, _, errb = testEnv()
	if err := run(context.Background(), []string{"nosuch"}, e); exitCode(err, errb) != 2 {
		t.Errorf("unknown command: %v", err)
	}
}
