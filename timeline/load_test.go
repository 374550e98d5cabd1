package timeline

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// writeSite writes files (path -> content) under a fresh site folder.
func writeSite(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, body := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func loadSite(t *testing.T, dir string) ([]*Article, []string, error) {
	t.Helper()
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	return Load(dir, DefaultConfig(), LoadOptions{Now: now})
}

// TestLoadBadInput is the table of bad inputs and what users get for each:
// an error naming the file and line, or a warning and a build that goes on.
func TestLoadBadInput(t *testing.T) {
	tests := []struct {
		name    string
		file    string
		body    string
		wantErr string // substring of the error; empty means no error
		warn    string // substring of a warning; empty means none checked
		check   func(t *testing.T, a *Article)
	}{
		{name: "invalid yaml", file: "content/a.md", body: "---\ntitle: \"x\ndate: 2025-04-04\n---\ntext\n",
			wantErr: "content/a.md:"},
		{name: "yaml error line", file: "content/a.md", body: "---\ntitle: ok\ntags: a: b: c\n---\ntext\n",
			wantErr: "content/a.md:3: front matter"},
		{name: "unclosed front matter", file: "content/a.md", body: "---\ntitle: x\n", wantErr: "content/a.md:1: front matter: no closing"},
		{name: "unknown key", file: "content/a.md", body: "---\ntitle: x\ndate: 2025-04-04\nauthr: me\n---\ntext\n",
			warn: `content/a.md:4: front matter: unknown key "authr"`},
		{name: "unparseable date", file: "content/a.md", body: "---\ntitle: x\ndate: 4 Apr\n---\ntext\n",
			wantErr: `content/a.md:3: front matter: date: "4 Apr": want YYYY-MM-DD`},
		{name: "future date", file: "content/a.md", body: "---\ntitle: x\ndate: 2031-01-01\n---\ntext\n",
			warn: "content/a.md:1: date 2031-01-01 is in the future"},
		{name: "no date", file: "content/a.md", body: "---\ntitle: x\n---\ntext\n",
			warn: "content/a.md:1: no publication date",
			check: func(t *testing.T, a *Article) {
				if a.Dated() {
					t.Errorf("article got a date: %v", a.Published)
				}
			}},
		{name: "windows-1252", file: "content/a.txt", body: "Caf\xe9 talks\n\x93Quoted\x94 text on Monday.\n",
			warn: "content/a.txt:1: not UTF-8: read as Windows-1252",
			check: func(t *testing.T, a *Article) {
				if a.Title != "Café talks" || !strings.Contains(a.Body, "“Quoted”") {
					t.Errorf("decoded title %q body %q", a.Title, a.Body)
				}
			}},
		{name: "byte-order mark", file: "content/a.md", body: "\ufeff---\ntitle: BOM\ndate: 2025-04-04\n---\ntext\n",
			check: func(t *testing.T, a *Article) {
				if a.Title != "BOM" || !a.Dated() {
					t.Errorf("title %q dated %v", a.Title, a.Dated())
				}
			}},
		{name: "CRLF", file: "content/a.md", body: "---\r\ntitle: CRLF\r\ndate: 2025-04-04\r\n---\r\none\r\ntwo\r\n",
			check: func(t *testing.T, a *Article) {
				if a.Title != "CRLF" || a.Body != "one\ntwo\n" || a.BodyLine != 5 {
					t.Errorf("title %q body %q line %d", a.Title, a.Body, a.BodyLine)
				}
			}},
		{name: "empty file", file: "content/a.md", body: "", warn: "content/a.md:1: empty file skipped"},
		{name: "binary file", file: "content/a.md", body: "\x7fELF\x02\x01\x01\x00\x00\x00", wantErr: "content/a.md:1: binary file"},
		{name: "javascript url", file: "content/a.md", body: "---\ntitle: x\nurl: javascript:alert(1)\n---\ntext\n",
			wantErr: `content/a.md:3: front matter: url: "javascript:alert(1)": want an absolute http or https URL`},
		{name: "data url", file: "content/a.md", body: "---\ntitle: x\nurl: data:text/html,hi\n---\ntext\n", wantErr: "want an absolute http or https URL"},
		{name: "slug climbing out", file: "content/a.md", body: "---\ntitle: x\nslug: ../../etc/passwd\n---\ntext\n",
			check: func(t *testing.T, a *Article) {
				if a.Slug != "etc-passwd" {
					t.Errorf("slug %q", a.Slug)
				}
			}},
		{name: "absolute slug", file: "content/a.md", body: "---\ntitle: x\nslug: /tmp/x\n---\ntext\n",
			check: func(t *testing.T, a *Article) {
				if a.Slug != "tmp-x" {
					t.Errorf("slug %q", a.Slug)
				}
			}},
		{name: "slug without letters", file: "content/a.md", body: "---\ntitle: x\nslug: ../..\n---\ntext\n", wantErr: "content/a.md:2: front matter: slug"},
		{name: "html in text kept as text", file: "content/a.md", body: "---\ntitle: <script>alert(1)</script>\n---\n<img src=x onerror=alert(1)>\n",
			check: func(t *testing.T, a *Article) {
				if a.Title != "<script>alert(1)</script>" {
					t.Errorf("title %q: the loader keeps text as written; escaping is the renderer's job", a.Title)
				}
			}},
		{name: "bad draft", file: "content/a.md", body: "---\ntitle: x\ndraft: maybe\n---\ntext\n", wantErr: "content/a.md:3: front matter: draft"},
		{name: "front matter not a map", file: "content/a.md", body: "---\n- a\n- b\n---\ntext\n", wantErr: "content/a.md:2: front matter: want key: value"},
		{name: "txt dateline", file: "content/a.txt", body: " date 2025-04-04 BRUSSELS — Britain said on Friday it would act.\nMore.\n",
			check: func(t *testing.T, a *Article) {
				if got := a.Published.Format("2006-01-02"); got != "2025-04-04" || strings.Contains(a.Body, "BRUSSELS") {
					t.Errorf("published %s body %q", got, a.Body)
				}
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := writeSite(t, map[string]string{tt.file: tt.body})
			as, warns, err := loadSite(t, dir)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("error = %v, want it to contain %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatalf("unexpected error: %v", err)
			}
			if tt.warn != "" && !containsAny(warns, tt.warn) {
				t.Errorf("warnings %q, want one containing %q", warns, tt.warn)
			}
			if tt.check != nil {
				if len(as) != 1 {
					t.Fatalf("got %d articles, want 1", len(as))
				}
				tt.check(t, as[0])
			}
		})
	}
}

func containsAny(list []string, sub string) bool {
	for _, s := range list {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}

func TestLoadLargeFile(t *testing.T) {
	big := "---\ntitle: big\n---\n" + strings.Repeat("All work and no play. ", 50<<20/22)
	dir := writeSite(t, map[string]string{"content/big.md": big})
	_, _, err := loadSite(t, dir)
	if err == nil || !strings.Contains(err.Error(), "content/big.md:1: file larger than") {
		t.Fatalf("error = %v, want a size error naming the file", err)
	}
}

func TestLoadDuplicateSlugs(t *testing.T) {
	dir := writeSite(t, map[string]string{
		"content/b/story.md": "---\ntitle: B\n---\ntext\n",
		"content/a/story.md": "---\ntitle: A\n---\ntext\n",
		"content/c.md":       "---\ntitle: C\nslug: story\n---\ntext\n",
	})
	as, warns, err := loadSite(t, dir)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, a := range as {
		got[a.Path] = a.Slug
	}
	want := map[string]string{"content/a/story.md": "story", "content/b/story.md": "story-2", "content/c.md": "story-3"}
	for p, s := range want {
		if got[p] != s {
			t.Errorf("%s: slug %q, want %q", p, got[p], s)
		}
	}
	if !containsAny(warns, `content/b/story.md:1: slug "story" already used`) {
		t.Errorf("warnings %q", warns)
	}
}

func TestLoadSymlinkOutside(t *testing.T) {
	dir := writeSite(t, map[string]string{"content/ok.md": "---\ntitle: ok\n---\ntext\n"})
	secret := filepath.Join(t.TempDir(), "secret.md")
	os.WriteFile(secret, []byte("---\ntitle: secret\n---\nsecret\n"), 0o644)
	if err := os.Symlink(secret, filepath.Join(dir, "content", "leak.md")); err != nil {
		t.Skip("no symlinks here:", err)
	}
	_, _, err := loadSite(t, dir)
	if err == nil || !strings.Contains(err.Error(), "content/leak.md:1: symlink leads outside the content folder") {
		t.Fatalf("error = %v", err)
	}
}

func TestLoadSkipsHiddenAndUnderscore(t *testing.T) {
	dir := writeSite(t, map[string]string{
		"content/a.md":         "---\ntitle: A\n---\ntext\n",
		"content/.draft.md":    "---\ntitle: hidden\n---\ntext\n",
		"content/_events.yaml": "events: []\n",
		"content/_notes.md":    "---\ntitle: notes\n---\ntext\n",
		"content/photo.jpg":    "\xff\xd8\xff\x00",
	})
	as, _, err := loadSite(t, dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(as) != 1 || as[0].Title != "A" {
		t.Fatalf("got %d articles", len(as))
	}
}

func TestLoadReportsEveryBadFile(t *testing.T) {
	dir := writeSite(t, map[string]string{
		"content/a.md": "---\ndate: soon\n---\n",
		"content/b.md": "---\nurl: ftp://x\n---\n",
	})
	_, _, err := loadSite(t, dir)
	if err == nil || !strings.Contains(err.Error(), "content/a.md:2:") || !strings.Contains(err.Error(), "content/b.md:2:") {
		t.Fatalf("error = %v, want both files named", err)
	}
}

// FuzzLoadFile feeds arbitrary bytes through the whole loading of one
// article file: decoding, front matter or plain-text parsing, slugs.
func FuzzLoadFile(f *testing.F) {
	for _, s := range []string{
		"---\ntitle: x\ndate: 2025-04-04\n---\nOn Friday, leaders met.\n",
		" date 2025-04-04 BRUSSELS — Britain said on Friday.\n",
		"Title line\nApril 4, 2025 — Body.\n",
		"\ufeff---\r\ntitle: y\r\n---\r\n",
		"Caf\xe9\n",
		"\x00\x01\x02",
	} {
		f.Add([]byte(s), true)
		f.Add([]byte(s), false)
	}
	f.Fuzz(func(t *testing.T, data []byte, markdown bool) {
		name, format := "content/a.txt", "txt"
		if markdown {
			name, format = "content/a.md", "md"
		}
		dir := t.TempDir()
		p := filepath.Join(dir, "a")
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		entries, _ := os.ReadDir(dir)
		a, _, err := loadFile(p, name, format, dir, entries[0])
		if err != nil || a == nil {
			return
		}
		if a.Slug == "" || strings.Contains(a.Slug, "/") || strings.Contains(a.Slug, "..") {
			t.Fatalf("slug %q", a.Slug)
		}
		if a.BodyLine < 1 {
			t.Fatalf("body line %d", a.BodyLine)
		}
	})
}
