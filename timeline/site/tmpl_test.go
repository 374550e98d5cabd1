package site

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// writeTemplate writes a template file into the folder dir.
func writeTemplate(t *testing.T, dir, name, text string) {
	t.Helper()
	p := filepath.Join(dir, filepath.FromSlash(name))
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestTemplateOverride(t *testing.T) {
	tdir := t.TempDir()
	writeTemplate(t, tdir, "404.html", `{{template "base" .}}{{define "main"}}<p>Lost at sea.</p>{{end}}`)
	writeTemplate(t, tdir, "assets/style.css", "body { color: teal; }\n")
	dir := build(t, fixture(t), Options{TemplateDir: tdir})
	if s := readFile(t, dir, "404.html"); !strings.Contains(s, "<p>Lost at sea.</p>") || !strings.Contains(s, `<a class="skip-link"`) {
		t.Errorf("404.html does not use the override with the embedded base:\n%s", s)
	}
	if s := readFile(t, dir, "assets/style.css"); s != "body { color: teal; }\n" {
		t.Errorf("style.css = %q", s)
	}
	if s := readFile(t, dir, "index.html"); !strings.Contains(s, `<ol class="events">`) {
		t.Error("index.html lost the embedded template")
	}
}

func TestTemplateOverrideBlock(t *testing.T) {
	tdir := t.TempDir()
	writeTemplate(t, tdir, "base.html", `{{define "base"}}<!DOCTYPE html><title>x</title>{{block "main" .}}{{end}}<footer>{{block "footer" .}}default{{end}}</footer>{{end}}`)
	dir := build(t, fixture(t), Options{TemplateDir: tdir})
	s := readFile(t, dir, "browse.html")
	if !strings.HasPrefix(s, "<!DOCTYPE html><title>x</title>") || !strings.Contains(s, "<h1>Browse</h1>") || !strings.Contains(s, "<footer>default</footer>") {
		t.Errorf("browse page with own base.html:\n%s", s)
	}
}

func TestTemplateErrors(t *testing.T) {
	tests := []struct {
		name, file, text string
		want             []string
	}{
		{"parse", "event.html", "{{template \"base\" .}}\n{{define \"main\"}}\n{{.Event.Title\n{{end}}",
			[]string{filepath.Join("TDIR", "event.html") + ": ", "event.html:4"}},
		{"exec", "list.html", "{{template \"base\" .}}{{define \"main\"}}\n\n{{.NoSuchField}}{{end}}",
			[]string{"years/2022.html: " + filepath.Join("TDIR", "list.html") + ": ", "list.html:3:", "NoSuchField"}},
		{"missing partial", "partials.html", "{{define \"crumbs\"}}{{end}}",
			[]string{"articles/talks.html: templates/article.html (embedded): ", "html/template:article.html:", `no such template "date"`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tdir := t.TempDir()
			writeTemplate(t, tdir, tt.file, tt.text)
			_, err := Write(fixture(t), t.TempDir(), Options{TemplateDir: tdir})
			if err == nil {
				t.Fatal("no error")
			}
			msg := strings.ReplaceAll(err.Error(), tdir, "TDIR")
			for _, w := range tt.want {
				if !strings.Contains(msg, w) {
					t.Errorf("error %q does not contain %q", msg, w)
				}
			}
		})
	}
}

func TestBadIDs(t *testing.T) {
	tl := fixture(t)
	tl.Events[0].ID = "../escape"
	if _, err := Write(tl, t.TempDir(), Options{}); err == nil || !strings.Contains(err.Error(), "../escape") {
		t.Errorf("unsafe event id: err = %v", err)
	}
	tl = fixture(t)
	tl.Events[1].ID = tl.Events[0].ID
	if _, err := Write(tl, t.TempDir(), Options{}); err == nil {
		t.Error("duplicate event id: no error")
	}
	tl = fixture(t)
	tl.Articles[1].Slug = tl.Articles[0].Slug
	if _, err := Write(tl, t.TempDir(), Options{}); err == nil {
		t.Error("duplicate slug: no error")
	}
}

// TestTemplateOverrideEvent overrides the "event" partial in one page
// template only: entry must render each page template's own "event".
func TestTemplateOverrideEvent(t *testing.T) {
	tdir := t.TempDir()
	list, err := os.ReadFile("../../templates/list.html")
	if err != nil {
		t.Fatal(err)
	}
	writeTemplate(t, tdir, "list.html", string(list)+`{{define "event"}}<li class="own">{{.V.Title}}</li>{{end}}`)
	dir := build(t, fixture(t), Options{TemplateDir: tdir})
	if s := readFile(t, dir, "years/2025.html"); !strings.Contains(s, `<li class="own">Drones hit Kharkiv</li>`) {
		t.Errorf("the year page does not use its own event partial:\n%s", s)
	}
	if s := readFile(t, dir, "index.html"); strings.Contains(s, `class="own"`) || !strings.Contains(s, `id="e-kharkiv"`) {
		t.Error("the home page does not use the embedded event partial")
	}
}
