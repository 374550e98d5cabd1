// Package articles reads the articles of a generated corpus for the peer
// benchmarks: the first n content files in generation order, their date and
// body, split from the front matter without a YAML library.
package articles

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
)

// Article is an article's publication date and body.
type Article struct {
	Date time.Time
	Body string
}

// Read returns the first n articles under dir/content in generation order.
func Read(dir string, n int) ([]Article, error) {
	var paths []string
	err := filepath.WalkDir(filepath.Join(dir, "content"), func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ".md") {
			paths = append(paths, p)
		}
		return err
	})
	if err != nil {
		return nil, err
	}
	// The file names start with the article's index: sorting by name gives
	// the generation order, as corpus.Articles returns it.
	sort.Slice(paths, func(i, j int) bool { return filepath.Base(paths[i]) < filepath.Base(paths[j]) })
	var out []Article
	for _, p := range paths[:min(n, len(paths))] {
		a, err := parse(p)
		if err != nil {
			return nil, err
		}
		out = append(out, a)
	}
	return out, nil
}

// parse splits one file's front matter and reads its date.
func parse(p string) (Article, error) {
	data, err := os.ReadFile(p)
	if err != nil {
		return Article{}, err
	}
	_, rest, _ := strings.Cut(string(data), "---\n")
	header, body, ok := strings.Cut(rest, "\n---\n")
	if !ok {
		return Article{}, fmt.Errorf("%s: no front matter", p)
	}
	for _, line := range strings.Split(header, "\n") {
		if v, ok := strings.CutPrefix(line, "date: "); ok {
			d, err := time.Parse("2006-01-02", v[:min(10, len(v))])
			return Article{Date: d, Body: body}, err
		}
	}
	return Article{}, fmt.Errorf("%s: no date", p)
}
