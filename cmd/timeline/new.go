package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/eventline/timeline/timeline"
)

const newHelp = `usage: timeline new [-s SITEDIR] [-date YYYY-MM-DD] [-source NAME] [-url URL] "Headline"

New creates content/SLUG.md with front matter for the headline, ready for
the article's text. It never overwrites a file.

Examples:

	timeline new -date 2025-04-04 "Britain and France accuse Putin of stalling"
	timeline new -date 2025-04-04 -source "AP" -url https://apnews.com/... "Headline"`

func init() { extraCommands = append(extraCommands, newCommand()) }

func newCommand() *command {
	return &command{name: "new", summary: "create an article file with front matter", run: runNew}
}

func runNew(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "new", newHelp)
	siteDir := fs.String("s", ".", "the site `folder`")
	date := fs.String("date", "", "the publication `date` (YYYY-MM-DD or RFC 3339)")
	source := fs.String("source", "", "the publication's `name`")
	url := fs.String("url", "", "the original article's `URL`")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 || strings.TrimSpace(fs.Arg(0)) == "" {
		fs.Usage()
		return errUsage
	}
	title := strings.TrimSpace(fs.Arg(0))
	if *date != "" {
		if _, err := timeline.ParseDate(*date); err != nil {
			return fmt.Errorf("-date %w", err)
		}
	}
	if *url != "" {
		if !strings.HasPrefix(*url, "http://") && !strings.HasPrefix(*url, "https://") {
			return fmt.Errorf("-url %q: want an absolute http or https URL", *url)
		}
	}
	slug := timeline.Slugify(title)
	if slug == "" {
		slug = "article"
	}
	path := filepath.Join(*siteDir, "content", slug+".md")
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	var b strings.Builder
	fmt.Fprintf(&b, "---\ntitle: %s\n", strconv.Quote(title))
	if *date != "" {
		fmt.Fprintf(&b, "date: %s\n", *date)
	}
	if *source != "" {
		fmt.Fprintf(&b, "source: %s\n", strconv.Quote(*source))
	}
	if *url != "" {
		fmt.Fprintf(&b, "url: %s\n", strconv.Quote(*url))
	}
	b.WriteString("---\n")
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if errors.Is(err, os.ErrExist) {
		return fmt.Errorf("%s already exists: not overwriting it", path)
	}
	if err != nil {
		return err
	}
	if _, err := f.WriteString(b.String()); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	fmt.Fprintln(e.stdout, path)
	return nil
}
