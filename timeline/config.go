package timeline

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"regexp"
	"strings"

	"gopkg.in/yaml.v3"
)

// Config holds the settings of a site, read from site.yaml.
type Config struct {
	// Title and Description name and describe the site.
	Title       string `yaml:"title"`
	Description string `yaml:"description"`
	// BaseURL is the absolute URL the site is served from, such as
	// https://user.github.io/repo/; feeds and canonical links use it.
	BaseURL string `yaml:"base_url"`
	// Language is the BCP 47 language tag of the site, such as "en".
	Language string `yaml:"language"`
	Author   Author `yaml:"author"`
	Feed     Feed   `yaml:"feed"`
	// CNAME is the custom domain written to public/CNAME for GitHub Pages.
	CNAME string `yaml:"cname"`
	// KeyEvents is the number of most-reported events the site puts
	// forward; 0 hides the key events view.
	KeyEvents int `yaml:"key_events"`
	// HomeEvents bounds the events the home page lists: a timeline with
	// more shows its key events and its latest HomeEvents dated events,
	// and leaves the rest to the year pages; 0 lists every event.
	HomeEvents int `yaml:"home_events"`
	// BrowseArticles bounds the articles the browse page lists: a site
	// with more lists them on a page per year of publication, linked from
	// the browse page; 0 lists every article there.
	BrowseArticles int `yaml:"browse_articles"`
	// DayFirst reads numeric dates such as 4/5/2025 as day/month/year.
	DayFirst bool `yaml:"day_first"`
	// ContentDir is the folder of articles, relative to the site directory.
	ContentDir string `yaml:"content_dir"`
}

// Author is the site's author, named in feeds.
type Author struct {
	Name  string `yaml:"name"`
	Email string `yaml:"email"`
}

// Feed holds the feed settings.
type Feed struct {
	// Limit is the number of items in each feed; 0 means all events.
	Limit int `yaml:"limit"`
}

// DefaultConfig returns the settings used where site.yaml is silent.
func DefaultConfig() *Config {
	return &Config{
		Title:      "Timeline",
		BaseURL:    "http://localhost/",
		Language:   "en",
		Feed:       Feed{Limit: 50},
		KeyEvents:  10,
		HomeEvents: 300,
		ContentDir: "content",
		// BrowseArticles keeps browse.html near 250 kB.
		BrowseArticles: 1000,
	}
}

// LoadConfig reads the site.yaml at path over DefaultConfig. A missing file
// gives the defaults; an unknown key or a bad value is an error that names
// the file and line.
func LoadConfig(path string) (*Config, error) {
	cfg := DefaultConfig()
	data, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return cfg, nil
	}
	if err != nil {
		return nil, err
	}
	if err := decodeConfig(path, data, cfg); err != nil {
		return nil, err
	}
	return cfg, nil
}

func decodeConfig(path string, data []byte, cfg *Config) error {
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(cfg); err != nil && !errors.Is(err, io.EOF) {
		return yamlError(path, 0, err)
	}
	if err := cfg.validate(); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}

var yamlLine = regexp.MustCompile(`^(?:yaml: )?line (\d+): `)

// yamlError rewrites a yaml.v3 error as "path:line: message", shifting its
// line numbers by offset lines.
func yamlError(path string, offset int, err error) error {
	var te *yaml.TypeError
	msgs := []string{err.Error()}
	if errors.As(err, &te) {
		msgs = te.Errors
	}
	out := make([]string, 0, len(msgs))
	for _, msg := range msgs {
		msg = strings.TrimPrefix(msg, "yaml: ")
		if m := yamlLine.FindStringSubmatch(msg); m != nil {
			var n int
			fmt.Sscan(m[1], &n)
			out = append(out, fmt.Sprintf("%s:%d: %s", path, n+offset, strings.TrimPrefix(msg, m[0])))
			continue
		}
		out = append(out, fmt.Sprintf("%s:%d: %s", path, offset+1, msg))
	}
	return errors.New(strings.Join(out, "\n"))
}

func (c *Config) validate() error {
	u, err := url.Parse(c.BaseURL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return fmt.Errorf("base_url %q: want an absolute http(s) URL", c.BaseURL)
	}
	if !strings.HasSuffix(c.BaseURL, "/") {
		c.BaseURL += "/"
	}
	if c.Feed.Limit < 0 {
		return fmt.Errorf("feed.limit %d: want 0 or more", c.Feed.Limit)
	}
	if c.KeyEvents < 0 {
		return fmt.Errorf("key_events %d: want 0 or more", c.KeyEvents)
	}
	if c.HomeEvents < 0 {
		return fmt.Errorf("home_events %d: want 0 or more", c.HomeEvents)
	}
	if c.BrowseArticles < 0 {
		return fmt.Errorf("browse_articles %d: want 0 or more", c.BrowseArticles)
	}
	if strings.ContainsAny(c.CNAME, "/: ") {
		return fmt.Errorf("cname %q: want a bare host name such as news.example.org", c.CNAME)
	}
	if c.ContentDir == "" || strings.HasPrefix(c.ContentDir, "/") || strings.Contains(c.ContentDir, "..") {
		return fmt.Errorf("content_dir %q: want a folder inside the site directory", c.ContentDir)
	}
	return nil
}
