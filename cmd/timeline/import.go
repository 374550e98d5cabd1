package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/eventline/timeline/timeline"
	"github.com/eventline/timeline/timeline/importer"
)

const importHelp = `usage: timeline import [-s SITEDIR] [-date YYYY-MM-DD] [-url URL] [-source NAME] FILE...

Import turns saved web pages (.html, .htm) and plain-text articles (.txt)
into content files, content/SLUG.md with front matter. For a web page the
main text, title, site name and publication date are read from the page;
a page whose date cannot be found is an error unless -date gives it. A
plain-text article takes its title from its first line and its date from a
dateline ("April 4, 2025 —"). Existing files are never overwritten.

Examples:

	timeline import ~/Downloads/story.html
	timeline import -date 2025-04-04 -url https://example.org/story saved.html
	timeline import notes/*.txt`

func init() { extraCommands = append(extraCommands, importCommand()) }

func importCommand() *command {
	return &command{name: "import", summary: "turn web pages and text files into articles", run: runImport}
}

// importFlags are the overrides import applies to every file.
type importFlags struct {
	siteDir, date, url, source string
}

func runImport(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "import", importHelp)
	var f importFlags
	fs.StringVar(&f.siteDir, "s", ".", "the site `folder`")
	fs.StringVar(&f.date, "date", "", "the publication `date`, when the page has none or a wrong one")
	fs.StringVar(&f.url, "url", "", "the original article's `URL`")
	fs.StringVar(&f.source, "source", "", "the publication's `name`")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return errUsage
	}
	var errs []error
	for _, file := range fs.Args() {
		path, err := importFile(file, f)
		if err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", file, err))
			continue
		}
		fmt.Fprintln(e.stdout, path)
	}
	return errors.Join(errs...)
}

// importFile converts one file and writes it under content/, returning the
// new file's path.
func importFile(file string, f importFlags) (string, error) {
	a, err := readImport(file, f.url)
	if errors.Is(err, importer.ErrNoDate) && f.date != "" {
		err = nil
	}
	if err != nil {
		return "", err
	}
	if f.date != "" {
		if a.Date, err = timeline.ParseDate(f.date); err != nil {
			return "", fmt.Errorf("-date %w", err)
		}
	}
	if f.source != "" {
		a.Source = f.source
	}
	if f.url != "" {
		a.URL = f.url
	}
	if a.Title == "" {
		a.Title = strings.TrimSuffix(filepath.Base(file), filepath.Ext(file))
	}
	slug := timeline.Slugify(a.Title)
	if slug == "" {
		slug = "article"
	}
	dst := filepath.Join(f.siteDir, "content", slug+".md")
	return dst, writeNew(dst, a.Markdown())
}

// readImport reads a web page or a plain-text file.
func readImport(file, pageURL string) (*importer.Article, error) {
	switch strings.ToLower(filepath.Ext(file)) {
	case ".html", ".htm":
		r, err := os.Open(file)
		if err != nil {
			return nil, err
		}
		defer r.Close()
		return importer.FromHTML(r, pageURL)
	case ".txt", ".text":
		data, err := os.ReadFile(file)
		if err != nil {
			return nil, err
		}
		return importer.FromText(strings.ReplaceAll(string(data), "\r\n", "\n")), nil
	}
	return nil, errors.New("want a .html, .htm or .txt file")
}
