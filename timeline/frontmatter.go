package timeline

import (
	"bytes"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"time"

	"gopkg.in/yaml.v3"
)

// FrontMatter is the YAML header of a Markdown article.
type FrontMatter struct {
	Title  string
	Date   time.Time
	Source string
	URL    string
	Slug   string
	Tags   []string
	Draft  bool
}

// frontMatterKeys are the keys FrontMatter knows; others draw a warning.
var frontMatterKeys = map[string]bool{
	"title": true, "date": true, "source": true, "url": true,
	"slug": true, "tags": true, "draft": true,
}

// SplitFrontMatter splits a Markdown file into its YAML front matter and its
// body. It returns the header, the body, and the 1-based line on which the
// body starts. A file that does not open with a "---" line has no front
// matter; one whose header is never closed is an error.
func SplitFrontMatter(src string) (header, body string, bodyLine int, err error) {
	if src == "---" {
		return "", "", 0, errors.New("1: front matter: no closing \"---\" line")
	}
	if !strings.HasPrefix(src, "---\n") {
		return "", src, 1, nil
	}
	rest := src[4:]
	line := 2
	for off := 0; off <= len(rest); {
		end := strings.IndexByte(rest[off:], '\n')
		next := off + end + 1
		if end < 0 {
			end = len(rest) - off
			next = len(rest) + 1
		}
		if l := strings.TrimRight(rest[off:off+end], " \t"); l == "---" || l == "..." {
			if next > len(rest) {
				next = len(rest)
			}
			return rest[:off], rest[next:], line + 1, nil
		}
		off = next
		line++
	}
	return "", "", 0, errors.New("1: front matter: no closing \"---\" line")
}

// ParseFrontMatter decodes a YAML header. Positions in errors and warnings
// are "LINE: message", counted from the file's first line (the opening
// "---"). Unknown keys are warnings, not errors.
func ParseFrontMatter(header string) (fm FrontMatter, warnings []string, err error) {
	var doc yaml.Node
	if err := yaml.NewDecoder(bytes.NewReader([]byte(header))).Decode(&doc); err != nil {
		if strings.TrimSpace(header) == "" {
			return fm, nil, nil
		}
		return fm, nil, fmError(err)
	}
	if len(doc.Content) == 0 {
		return fm, nil, nil
	}
	root := doc.Content[0]
	if root.Kind != yaml.MappingNode {
		return fm, nil, fmt.Errorf("%d: front matter: want key: value pairs", root.Line+1)
	}
	for i := 0; i+1 < len(root.Content); i += 2 {
		k, v := root.Content[i], root.Content[i+1]
		if !frontMatterKeys[k.Value] {
			warnings = append(warnings, fmt.Sprintf("%d: front matter: unknown key %q ignored", k.Line+1, k.Value))
			continue
		}
		if err := fm.set(k.Value, v); err != nil {
			return fm, warnings, fmt.Errorf("%d: front matter: %s: %w", v.Line+1, k.Value, err)
		}
	}
	return fm, warnings, nil
}

// fmError rewrites a yaml.v3 syntax error with the file line.
func fmError(err error) error {
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	if m := yamlLine.FindStringSubmatch(msg); m != nil {
		var n int
		fmt.Sscan(m[1], &n)
		return fmt.Errorf("%d: front matter: %s", n+1, strings.TrimPrefix(msg, m[0]))
	}
	return fmt.Errorf("2: front matter: %s", msg)
}

func (fm *FrontMatter) set(key string, v *yaml.Node) error {
	switch key {
	case "tags":
		return fm.setTags(v)
	case "draft":
		if v.Kind != yaml.ScalarNode || (v.Value != "true" && v.Value != "false") {
			return fmt.Errorf("%q: want true or false", v.Value)
		}
		fm.Draft = v.Value == "true"
		return nil
	}
	if v.Kind != yaml.ScalarNode {
		return errors.New("want a single value")
	}
	s := strings.TrimSpace(v.Value)
	switch key {
	case "title":
		fm.Title = s
	case "source":
		fm.Source = s
	case "slug":
		fm.Slug = s
	case "url":
		if err := checkURL(s); err != nil {
			return err
		}
		fm.URL = s
	case "date":
		t, err := ParseDate(s)
		if err != nil {
			return err
		}
		fm.Date = t
	}
	return nil
}

func (fm *FrontMatter) setTags(v *yaml.Node) error {
	switch v.Kind {
	case yaml.ScalarNode:
		for _, t := range strings.Split(v.Value, ",") {
			if t = strings.TrimSpace(t); t != "" {
				fm.Tags = append(fm.Tags, t)
			}
		}
	case yaml.SequenceNode:
		for _, n := range v.Content {
			if n.Kind != yaml.ScalarNode {
				return errors.New("want a list of words")
			}
			if t := strings.TrimSpace(n.Value); t != "" {
				fm.Tags = append(fm.Tags, t)
			}
		}
	default:
		return errors.New("want a list of words")
	}
	return nil
}

// checkURL accepts only absolute http and https URLs, so that no
// javascript: or data: link can reach a page.
func checkURL(s string) error {
	if s == "" {
		return nil
	}
	u, err := url.Parse(s)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return fmt.Errorf("%q: want an absolute http or https URL", s)
	}
	return nil
}

// dateLayouts are the forms a front-matter date may take.
var dateLayouts = []string{
	"2006-01-02",
	time.RFC3339,
	"2006-01-02T15:04:05.999999999Z07:00",
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05 -0700",
	"2006-01-02 15:04Z07:00",
	"2006-01-02T15:04Z07:00",
}

// ParseDate reads a publication date: an ISO date (YYYY-MM-DD, taken as
// that day in UTC) or a date-time with a zone (RFC 3339).
func ParseDate(s string) (time.Time, error) {
	for _, l := range dateLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("%q: want YYYY-MM-DD or a date-time with a zone such as 2025-04-04T09:30:00+02:00", s)
}
