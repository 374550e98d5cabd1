// Package importer turns saved web pages and plain-text articles into
// content files: Markdown with YAML front matter, as package timeline
// reads them. The main text and the publication date of an HTML page are
// found by go-trafilatura and go-htmldate, ports of the Python libraries
// made for that job.
package importer

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/markusmobius/go-trafilatura"

	"github.com/eventline/timeline/timeline"
)

// ErrNoDate reports a page whose publication date could not be found.
var ErrNoDate = errors.New("no publication date found in the page; give one with -date")

// Article is an imported article, ready to be written as a content file.
type Article struct {
	Title  string
	Date   time.Time
	Source string
	URL    string
	Body   string
}

// FromHTML extracts the article of a saved web page. pageURL, when known,
// helps to resolve the page's links and is kept as the article's URL when
// the page names none. A page without a findable date is ErrNoDate.
func FromHTML(r io.Reader, pageURL string) (*Article, error) {
	opts := trafilatura.Options{EnableFallback: true, ExcludeComments: true, ExcludeTables: true,
		// Fast mode reads the date from the page's metadata and URL only:
		// the extensive search takes a copyright year for a publication day.
		HtmlDateMode: trafilatura.Fast}
	if pageURL != "" {
		u, err := url.Parse(pageURL)
		if err != nil {
			return nil, fmt.Errorf("url %q: %w", pageURL, err)
		}
		opts.OriginalURL = u
	}
	res, err := trafilatura.Extract(r, opts)
	if err != nil {
		return nil, fmt.Errorf("no article text found: %w", err)
	}
	a := &Article{
		Title:  strings.TrimSpace(res.Metadata.Title),
		Date:   res.Metadata.Date,
		Source: strings.TrimSpace(res.Metadata.Sitename),
		URL:    firstHTTP(res.Metadata.URL, pageURL),
		Body:   paragraphs(res.ContentText),
	}
	if strings.TrimSpace(a.Body) == "" {
		return nil, errors.New("no article text found in the page")
	}
	if a.Date.IsZero() {
		return a, ErrNoDate
	}
	return a, nil
}

// FromText reads a plain-text article: the first line is its title and a
// dateline at the start gives its date, as for .txt files in content/.
func FromText(text string) *Article {
	title, date, body := timeline.ReadPlain(text)
	return &Article{Title: title, Date: date, Body: body}
}

// firstHTTP returns the first of urls that is an absolute http(s) URL.
func firstHTTP(urls ...string) string {
	for _, s := range urls {
		if u, err := url.Parse(s); err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != "" {
			return s
		}
	}
	return ""
}

// paragraphs separates the lines of extracted text by blank lines, so
// that each becomes a Markdown paragraph.
func paragraphs(text string) string {
	var b strings.Builder
	for _, line := range strings.Split(text, "\n") {
		if line = strings.TrimSpace(line); line != "" {
			b.WriteString(line)
			b.WriteString("\n\n")
		}
	}
	return strings.TrimRight(b.String(), "\n") + "\n"
}

// Markdown returns the content file for a: YAML front matter, then the
// body.
func (a *Article) Markdown() []byte {
	var b bytes.Buffer
	b.WriteString("---\n")
	fmt.Fprintf(&b, "title: %s\n", strconv.Quote(a.Title))
	if !a.Date.IsZero() {
		if h, m, s := a.Date.Clock(); h == 0 && m == 0 && s == 0 && a.Date.Location() == time.UTC {
			fmt.Fprintf(&b, "date: %s\n", a.Date.Format("2006-01-02"))
		} else {
			fmt.Fprintf(&b, "date: %s\n", a.Date.Format(time.RFC3339))
		}
	}
	if a.Source != "" {
		fmt.Fprintf(&b, "source: %s\n", strconv.Quote(a.Source))
	}
	if a.URL != "" {
		fmt.Fprintf(&b, "url: %s\n", strconv.Quote(a.URL))
	}
	b.WriteString("---\n")
	b.WriteString(a.Body)
	return b.Bytes()
}
