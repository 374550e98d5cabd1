package site

import (
	"os"
	"path/filepath"
	"testing"
)

func TestRemoveTree(t *testing.T) {
	for _, files := range [][]string{
		nil,
		{"index.html"},
		{"index.html", "events/a.html", "events/b.html", "articles/x.html", "assets/css/deep/style.css", ".nojekyll"},
	} {
		dir := filepath.Join(t.TempDir(), "site")
		os.Mkdir(dir, 0o755)
		for _, f := range files {
			writeTemplate(t, dir, f, "x")
		}
		if err := removeTree(dir); err != nil {
			t.Fatal(err)
		}
		if _, err := os.Lstat(dir); !os.IsNotExist(err) {
			t.Errorf("%v: folder still there: %v", files, err)
		}
	}
	if err := removeTree(filepath.Join(t.TempDir(), "none")); err != nil {
		t.Errorf("removing a missing folder: %v", err)
	}
}
