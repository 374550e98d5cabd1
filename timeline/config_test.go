package timeline

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestLoadConfig(t *testing.T) {
	tests := []struct {
		name, yaml, wantErr string
		check               func(*Config) bool
	}{
		{name: "missing file", yaml: "", check: func(c *Config) bool { return c.Title == "Timeline" && c.Feed.Limit == 50 }},
		{name: "typo", yaml: "title: x\nbase_ulr: https://a.b/\n", wantErr: "site.yaml:2: field base_ulr not found"},
		{name: "bad type", yaml: "title: x\nkey_events: many\n", wantErr: "site.yaml:2:"},
		{name: "relative base", yaml: "base_url: /repo/\n", wantErr: `base_url "/repo/": want an absolute http(s) URL`},
		{name: "javascript base", yaml: "base_url: javascript:alert(1)\n", wantErr: "want an absolute http(s) URL"},
		{name: "slash added", yaml: "base_url: https://u.github.io/repo\n", check: func(c *Config) bool { return c.BaseURL == "https://u.github.io/repo/" }},
		{name: "bad cname", yaml: "cname: https://x.org/\n", wantErr: "cname"},
		{name: "content dir escaping", yaml: "content_dir: ../elsewhere\n", wantErr: "content_dir"},
		{name: "home events default", yaml: "title: x\n", check: func(c *Config) bool { return c.HomeEvents == 300 }},
		{name: "home events unbounded", yaml: "home_events: 0\n", check: func(c *Config) bool { return c.HomeEvents == 0 }},
		{name: "negative home events", yaml: "home_events: -1\n", wantErr: "home_events -1: want 0 or more"},
		{name: "browse articles default", yaml: "title: T\n", check: func(c *Config) bool { return c.BrowseArticles == 1000 }},
		{name: "browse articles unbounded", yaml: "browse_articles: 0\n", check: func(c *Config) bool { return c.BrowseArticles == 0 }},
		{name: "negative browse articles", yaml: "browse_articles: -5\n", wantErr: "browse_articles -5: want 0 or more"},
		{name: "nested", yaml: "author:\n  name: Desk\n  emial: x\n", wantErr: "site.yaml:3: field emial not found"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "site.yaml")
			if tt.yaml != "" {
				os.WriteFile(path, []byte(tt.yaml), 0o644)
			}
			cfg, err := LoadConfig(path)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("error = %v, want %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !tt.check(cfg) {
				t.Errorf("config %+v", cfg)
			}
		})
	}
}
