package site

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
	"testing"

	"github.com/eventline/timeline/timeline/internal/corpus"
)

// fileID identifies the copy of a file on disk: a file rewritten through
// a rename gets a new inode.
type fileID struct {
	ino   uint64
	mtime int64
}

// fileIDs returns the identity of every file under dir.
func fileIDs(t *testing.T, dir string) map[string]fileID {
	t.Helper()
	out := map[string]fileID{}
	for name := range tree(t, dir) {
		fi, err := os.Stat(filepath.Join(dir, filepath.FromSlash(name)))
		if err != nil {
			t.Fatal(err)
		}
		out[name] = fileID{ino: fi.Sys().(*syscall.Stat_t).Ino, mtime: fi.ModTime().UnixNano()}
	}
	return out
}

// dirIno returns the inode of folder dir, which a swap changes.
func dirIno(t *testing.T, dir string) uint64 {
	t.Helper()
	fi, err := os.Stat(dir)
	if err != nil {
		t.Fatal(err)
	}
	return fi.Sys().(*syscall.Stat_t).Ino
}

// generatedSite returns a generated site of n articles.
func generatedSite(t *testing.T, n int) string {
	t.Helper()
	site := t.TempDir()
	if err := corpus.Generate(site, n, 3); err != nil {
		t.Fatal(err)
	}
	return site
}

// firstArticle returns the path of the first article file of site.
func firstArticle(t *testing.T, site string) string {
	t.Helper()
	var files []string
	filepath.WalkDir(filepath.Join(site, "content"), func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			files = append(files, p)
		}
		return err
	})
	sort.Strings(files)
	if len(files) == 0 {
		t.Fatal("no articles")
	}
	return files[0]
}

func appendFile(t *testing.T, p, text string) {
	t.Helper()
	f, err := os.OpenFile(p, os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	f.WriteString(text)
	f.Close()
}

// TestBuildInPlace builds a site, changes its input or its output, builds
// it again and checks that the output folder was updated in place, that
// exactly the files whose content changed were rewritten, and that the
// result is byte-identical to a clean build.
func TestBuildInPlace(t *testing.T) {
	tests := []struct {
		name    string
		change  func(t *testing.T, site, out string)
		written int // -1: some
		removed int // -1: some
	}{
		{"nothing", func(*testing.T, string, string) {}, 0, 0},
		{"one article edited", func(t *testing.T, site, _ string) {
			appendFile(t, firstArticle(t, site), "\nThe talks resumed in Geneva on 3 May 2021.\n")
		}, -1, 0},
		{"one article removed", func(t *testing.T, site, _ string) {
			os.Remove(firstArticle(t, site))
		}, -1, -1},
		{"output file deleted", func(t *testing.T, _, out string) {
			os.Remove(filepath.Join(out, "browse.html"))
		}, 1, 0},
		{"output file edited", func(t *testing.T, _, out string) {
			appendFile(t, filepath.Join(out, "index.html"), "<!-- by hand -->")
		}, 1, 0},
		{"extra output files", func(t *testing.T, _, out string) {
			os.WriteFile(filepath.Join(out, "extra.html"), []byte("x"), 0o644)
			os.WriteFile(filepath.Join(out, "events", ".x.html.tmp-1-1"), []byte("half"), 0o644)
		}, 0, 2},
		{"folder in a page's place", func(t *testing.T, _, out string) {
			os.Remove(filepath.Join(out, "browse.html"))
			writeTemplate(t, out, "browse.html/stray.txt", "x")
		}, 1, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			site := generatedSite(t, 60)
			out := filepath.Join(t.TempDir(), "public")
			if _, err := Build(context.Background(), BuildOptions{SiteDir: site, OutDir: out}); err != nil {
				t.Fatal(err)
			}
			before, ids, ino := tree(t, out), fileIDs(t, out), dirIno(t, out)
			tt.change(t, site, out)
			st, err := Build(context.Background(), BuildOptions{SiteDir: site, OutDir: out})
			if err != nil {
				t.Fatal(err)
			}
			t.Logf("%+v", st)
			if !st.InPlace || dirIno(t, out) != ino {
				t.Fatalf("the output folder was replaced, not updated in place (%+v)", st)
			}
			if tt.written >= 0 && st.Written != tt.written || tt.written < 0 && st.Written == 0 {
				t.Errorf("wrote %d files, want %d", st.Written, tt.written)
			}
			if tt.removed >= 0 && st.Removed != tt.removed || tt.removed < 0 && st.Removed == 0 {
				t.Errorf("removed %d files, want %d", st.Removed, tt.removed)
			}
			after, newIDs := tree(t, out), fileIDs(t, out)
			rewritten := 0
			for name, id := range newIDs {
				old, had := ids[name]
				same := had && bytes.Equal(before[name], after[name])
				switch {
				case same && old != id && tt.written == 0:
					t.Errorf("%s: unchanged but rewritten", name)
				case !same && old == id:
					t.Errorf("%s: changed but not rewritten", name)
				case old != id:
					rewritten++
				}
			}
			if tt.written >= 0 && rewritten != tt.written {
				t.Errorf("%d files have a new inode, want %d", rewritten, tt.written)
			}
			clean := filepath.Join(t.TempDir(), "clean")
			if _, err := Build(context.Background(), BuildOptions{SiteDir: site, OutDir: clean, NoCache: true}); err != nil {
				t.Fatal(err)
			}
			sameTree(t, tree(t, clean), after)
		})
	}
}

// TestBuildInPlaceFailure breaks a template the pages run into and checks
// that the failed build touched no file of the output folder.
func TestBuildInPlaceFailure(t *testing.T) {
	site := generatedSite(t, 30)
	out := filepath.Join(t.TempDir(), "public")
	if _, err := Build(context.Background(), BuildOptions{SiteDir: site, OutDir: out}); err != nil {
		t.Fatal(err)
	}
	before, ids := tree(t, out), fileIDs(t, out)
	writeTemplate(t, filepath.Join(site, "templates"), "event.html", `{{template "base" .}}{{define "main"}}{{.NoSuchField}}{{end}}`)
	if _, err := Build(context.Background(), BuildOptions{SiteDir: site, OutDir: out}); err == nil {
		t.Fatal("a broken template built")
	}
	sameTree(t, before, tree(t, out))
	for name, id := range fileIDs(t, out) {
		if ids[name] != id {
			t.Errorf("%s was touched", name)
		}
	}
	assertNoLeftovers(t, filepath.Dir(out))
}

// TestBuildLargeChangeSwaps changes what every page shows: the build
// replaces the whole folder, hard-links the files that did not change, and
// the result is byte-identical to a clean build.
func TestBuildLargeChangeSwaps(t *testing.T) {
	site := generatedSite(t, 30)
	out := filepath.Join(t.TempDir(), "public")
	if _, err := Build(context.Background(), BuildOptions{SiteDir: site, OutDir: out}); err != nil {
		t.Fatal(err)
	}
	ids, ino := fileIDs(t, out), dirIno(t, out)
	base, err := os.ReadFile("../../templates/base.html")
	if err != nil {
		t.Fatal(err)
	}
	writeTemplate(t, filepath.Join(site, "templates"), "base.html", string(bytes.Replace(base, []byte("<body>"), []byte("<body class=\"new\">"), 1)))
	st, err := Build(context.Background(), BuildOptions{SiteDir: site, OutDir: out})
	if err != nil {
		t.Fatal(err)
	}
	if st.InPlace || dirIno(t, out) == ino {
		t.Fatalf("every page changed but the folder was updated in place (%+v)", st)
	}
	if now := fileIDs(t, out)["assets/style.css"]; now != ids["assets/style.css"] {
		t.Error("assets/style.css did not change but was written again")
	}
	clean := filepath.Join(t.TempDir(), "clean")
	if _, err := Build(context.Background(), BuildOptions{SiteDir: site, OutDir: clean}); err != nil {
		t.Fatal(err)
	}
	sameTree(t, tree(t, clean), tree(t, out))
	assertNoLeftovers(t, filepath.Dir(out))
}

// TestBuildFresh checks that BuildOptions.Fresh replaces the output folder
// even when it could be updated in place.
func TestBuildFresh(t *testing.T) {
	site := generatedSite(t, 20)
	out := filepath.Join(t.TempDir(), "public")
	if _, err := Build(context.Background(), BuildOptions{SiteDir: site, OutDir: out}); err != nil {
		t.Fatal(err)
	}
	before, ino := tree(t, out), dirIno(t, out)
	st, err := Build(context.Background(), BuildOptions{SiteDir: site, OutDir: out, Fresh: true})
	if err != nil {
		t.Fatal(err)
	}
	if st.InPlace || st.Kept != 0 || st.Written != st.Files || dirIno(t, out) == ino {
		t.Errorf("a fresh build did not replace the folder: %+v", st)
	}
	sameTree(t, before, tree(t, out))
}

// TestManifestUnwritable checks that a manifest that cannot be written
// leaves a published site and a warning, not a failed build.
func TestManifestUnwritable(t *testing.T) {
	site := generatedSite(t, 10)
	writeTemplate(t, filepath.Join(site, ManifestFile), "blocker", "x")
	out := filepath.Join(t.TempDir(), "public")
	var warnings []string
	opts := BuildOptions{SiteDir: site, OutDir: out, Warn: func(w string) { warnings = append(warnings, w) }}
	if _, err := Build(context.Background(), opts); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(out, "index.html")); err != nil {
		t.Error("the site was not published:", err)
	}
	found := false
	for _, w := range warnings {
		found = found || strings.Contains(w, "every file again")
	}
	if !found {
		t.Errorf("no warning about the manifest in %q", warnings)
	}
}

// TestCheckRefusesLink checks that an output folder that is a symbolic
// link is not updated in place, which would delete the link.
func TestCheckRefusesLink(t *testing.T) {
	dir := t.TempDir()
	real := filepath.Join(dir, "real")
	os.Mkdir(real, 0o755)
	link := filepath.Join(dir, "public")
	if err := os.Symlink(real, link); err != nil {
		t.Skip(err)
	}
	m := &manifest{out: link, files: map[string]fileEntry{}}
	if _, _, ok := m.check(); ok {
		t.Error("check accepted a symbolic link as the output folder")
	}
}
