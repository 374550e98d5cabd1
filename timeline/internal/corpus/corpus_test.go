package corpus

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/eventline/timeline/timeline"
)

// TestDeterministic checks that the same seed writes the same bytes and a
// different seed does not.
func TestDeterministic(t *testing.T) {
	a, b, c := t.TempDir(), t.TempDir(), t.TempDir()
	for _, run := range []struct {
		dir  string
		seed uint64
	}{{a, 7}, {b, 7}, {c, 8}} {
		if err := Generate(run.dir, 60, run.seed); err != nil {
			t.Fatal(err)
		}
	}
	fa, fb, fc := files(t, a), files(t, b), files(t, c)
	if len(fa) != 61 {
		t.Fatalf("got %d files, want 60 articles and site.yaml", len(fa))
	}
	for p, data := range fa {
		if !bytes.Equal(data, fb[p]) {
			t.Errorf("%s differs between two runs with the same seed", p)
		}
	}
	same := 0
	for p, data := range fa {
		if bytes.Equal(data, fc[p]) {
			same++
		}
	}
	if same > 1 {
		t.Errorf("%d files are the same with seeds 7 and 8; want only site.yaml", same)
	}
}

// files reads every file under dir, keyed by relative path.
func files(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	out := map[string][]byte{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(p)
		rel, _ := filepath.Rel(dir, p)
		out[filepath.ToSlash(rel)] = data
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// TestLoads checks that every generated file loads without error or
// warning, with the title and date it was written with.
func TestLoads(t *testing.T) {
	dir := t.TempDir()
	const n = 300
	if err := Generate(dir, n, 1); err != nil {
		t.Fatal(err)
	}
	cfg, err := timeline.LoadConfig(filepath.Join(dir, "site.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	articles, warnings, err := timeline.Load(dir, cfg, timeline.LoadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range warnings {
		t.Errorf("warning: %s", w)
	}
	if len(articles) != n {
		t.Fatalf("loaded %d articles, want %d", len(articles), n)
	}
	want := map[string]Article{}
	for a := range All(n, 1) {
		want[a.Path] = a
	}
	for _, a := range articles {
		w, ok := want[a.Path]
		switch {
		case !ok:
			t.Errorf("%s: not generated", a.Path)
		case a.Title != w.Title || !a.Published.Equal(w.Date) || a.URL != w.URL:
			t.Errorf("%s: loaded %q %v %s, want %q %v %s", a.Path, a.Title, a.Published, a.URL, w.Title, w.Date, w.URL)
		}
	}
}

// TestSlotsFilled checks that no pattern leaves a slot unfilled and that
// every sentence ends as a sentence.
func TestSlotsFilled(t *testing.T) {
	for a := range All(2000, 3) {
		if i := strings.IndexAny(a.Title+a.Body, "{}"); i >= 0 {
			t.Fatalf("%s: unfilled slot in %q", a.Path, a.Title+a.Body)
		}
		for _, para := range strings.Split(strings.TrimSpace(a.Body), "\n\n") {
			if !strings.HasSuffix(para, ".") && !strings.HasSuffix(para, ")") &&
				!strings.HasPrefix(para, "Share") && !strings.HasPrefix(para, "- ") && para != "Related Articles" {
				t.Errorf("%s: paragraph %q does not end a sentence", a.Path, para)
			}
		}
	}
}

// TestBank checks the size of the sentence bank the package doc promises.
func TestBank(t *testing.T) {
	n := len(background) + len(quotes)
	for _, tp := range topics {
		n += len(tp.Details) + len(tp.Quotes)
		for _, k := range tp.Kinds {
			n += 1 + len(k.Core)
		}
	}
	if n < 150 {
		t.Errorf("the bank has %d patterns, want at least 150", n)
	}
}
