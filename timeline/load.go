package timeline

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
	"time"
	"unicode/utf8"
)

// LoadOptions configure Load.
type LoadOptions struct {
	// Now is the current time, read by the caller: an article dated after
	// it draws a warning. The zero time skips that check.
	Now time.Time
	// Progress, when set, is told how far Read has come.
	Progress Progress
	// Cache, when set, keeps what reading each article produced for the
	// next build.
	Cache *Cache
}

// articleExts are the file name extensions Load reads, with their formats.
var articleExts = map[string]string{".md": "md", ".markdown": "md", ".txt": "txt"}

// Load reads the articles of the site in siteDir: every .md, .markdown and
// .txt file under its content folder, skipping names that start with "." or
// "_". It returns the articles in path order and the warnings for problems
// that do not stop a build. Problems that do (bad front matter, binary or
// oversized files, symlinks leading out of the content folder) are all
// reported in one error, each line led by "path:line:".
func Load(siteDir string, cfg *Config, opts LoadOptions) ([]*Article, []string, error) {
	root := filepath.Join(siteDir, filepath.FromSlash(cfg.ContentDir))
	realRoot, err := filepath.EvalSymlinks(root)
	if err != nil {
		return nil, nil, fmt.Errorf("%s: content folder: %w", cfg.ContentDir, errors.Unwrap(err))
	}
	var (
		articles []*Article
		warnings []string
		errs     []error
	)
	err = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		name := d.Name()
		if p != root && (strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_")) {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		format, ok := articleExts[strings.ToLower(filepath.Ext(name))]
		if d.IsDir() || !ok {
			return nil
		}
		rel, _ := filepath.Rel(siteDir, p)
		rel = filepath.ToSlash(rel)
		a, warns, err := loadFile(p, rel, format, realRoot, d)
		for _, w := range warns {
			warnings = append(warnings, rel+":"+w)
		}
		if err != nil {
			errs = append(errs, fmt.Errorf("%s:%w", rel, err))
			return nil
		}
		if a == nil {
			return nil
		}
		if !opts.Now.IsZero() && a.Published.After(opts.Now) {
			warnings = append(warnings, fmt.Sprintf("%s:1: date %s is in the future", rel, a.Published.Format("2006-01-02")))
		}
		articles = append(articles, a)
		return nil
	})
	if err != nil {
		return nil, nil, err
	}
	if len(errs) > 0 {
		return nil, warnings, errors.Join(errs...)
	}
	warnings = append(warnings, assignSlugs(articles)...)
	return articles, warnings, nil
}

// loadFile reads one article. Its warnings and error are led by a line
// number ("3: ..."), for the caller to prefix with the path. A nil article
// with no error means the file is skipped (it is empty).
func loadFile(p, rel, format, realRoot string, d fs.DirEntry) (*Article, []string, error) {
	if d.Type()&fs.ModeSymlink != 0 {
		target, err := filepath.EvalSymlinks(p)
		if err != nil {
			return nil, nil, fmt.Errorf("1: broken symlink")
		}
		if r, err := filepath.Rel(realRoot, target); err != nil || r == ".." || strings.HasPrefix(r, ".."+string(filepath.Separator)) {
			return nil, nil, fmt.Errorf("1: symlink leads outside the content folder (to %s)", target)
		}
	}
	data, err := readLimited(p)
	if err != nil {
		return nil, nil, fmt.Errorf("1: %w", err)
	}
	text, recoded, err := decodeText(data)
	if err != nil {
		return nil, nil, fmt.Errorf("1: %w", err)
	}
	var warns []string
	if recoded {
		warns = append(warns, "1: not UTF-8: read as Windows-1252")
	}
	if strings.TrimSpace(text) == "" {
		return nil, append(warns, "1: empty file skipped"), nil
	}
	a := &Article{Path: rel, Format: format}
	var more []string
	if format == "md" {
		more, err = parseMarkdown(a, text)
	} else {
		parsePlain(a, text)
	}
	warns = append(warns, more...)
	if err != nil {
		return nil, warns, err
	}
	if a.Slug == "" {
		a.Slug = Slugify(strings.TrimSuffix(path.Base(rel), path.Ext(rel)))
	}
	if a.Title == "" {
		a.Title = strings.TrimSuffix(path.Base(rel), path.Ext(rel))
	}
	if !a.Dated() {
		warns = append(warns, "1: no publication date: relative dates stay unresolved")
	}
	return a, warns, nil
}

// readLimited reads a file of at most MaxArticleSize bytes.
func readLimited(p string) ([]byte, error) {
	f, err := os.Open(p)
	if err != nil {
		return nil, errors.Unwrap(err)
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, MaxArticleSize+1))
	if err != nil {
		return nil, err
	}
	if len(data) > MaxArticleSize {
		return nil, fmt.Errorf("file larger than %d MiB: not an article", MaxArticleSize>>20)
	}
	return data, nil
}

// parseMarkdown fills a from a Markdown file with optional front matter.
func parseMarkdown(a *Article, text string) ([]string, error) {
	header, body, bodyLine, err := SplitFrontMatter(text)
	if err != nil {
		return nil, err
	}
	fm, warns, err := ParseFrontMatter(header)
	if err != nil {
		return warns, err
	}
	a.Title, a.Source, a.URL, a.Tags, a.Draft = fm.Title, fm.Source, fm.URL, fm.Tags, fm.Draft
	a.Published = fm.Date
	a.Body, a.BodyLine = body, bodyLine
	if fm.Slug != "" {
		a.Slug = Slugify(fm.Slug)
		if a.Slug == "" {
			return warns, fmt.Errorf("2: front matter: slug %q has no letters or digits", fm.Slug)
		}
	}
	return warns, nil
}

// parsePlain fills a from a plain-text article: a dated dateline at the
// start gives the publication date and is removed; otherwise the first line
// is the title when it reads like one (short, no final full stop).
func parsePlain(a *Article, text string) {
	a.BodyLine = 1
	for strings.HasPrefix(text, "\n") {
		text = text[1:]
		a.BodyLine++
	}
	if dl, ok := ParseDateline(text); ok {
		a.Published = dl.Date
		a.Body = text[dl.Len:]
		a.Title = headline(a.Body)
		return
	}
	first, rest, _ := strings.Cut(text, "\n")
	if t := strings.TrimSpace(first); len(t) <= 200 && !strings.HasSuffix(t, ".") {
		a.Title = t
		a.Body = rest
		a.BodyLine++
		trimmed := strings.TrimLeft(rest, "\n")
		if dl, ok := ParseDateline(trimmed); ok {
			a.Published = dl.Date
			a.BodyLine += len(rest) - len(trimmed)
			a.Body = trimmed[dl.Len:]
		}
		return
	}
	a.Body = text
	a.Title = headline(text)
}

// headline makes a title from a text's first sentence, cut at a word
// boundary to at most 100 bytes.
func headline(text string) string {
	s, _, _ := strings.Cut(strings.TrimSpace(text), "\n")
	if i := strings.Index(s, ". "); i > 0 {
		s = s[:i]
	}
	if len(s) > 100 {
		cut := strings.LastIndexByte(s[:100], ' ')
		if cut < 40 {
			for cut = 100; !utf8.RuneStart(s[cut]); cut-- {
			}
		}
		s = strings.TrimRight(s[:cut], " ,;:") + "…"
	}
	return s
}

// ReadPlain reads a plain-text article as Load does: it returns the title
// (the first line, when it reads like one), the publication date of a
// dateline at the start (zero when there is none), and the body.
func ReadPlain(text string) (title string, published time.Time, body string) {
	a := &Article{}
	parsePlain(a, text)
	return a.Title, a.Published, a.Body
}
