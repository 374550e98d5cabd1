package timeline

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

func TestSplitFrontMatter(t *testing.T) {
	tests := []struct {
		in, header, body string
		line             int
	}{
		{"---\ntitle: x\n---\nbody\n", "title: x\n", "body\n", 4},
		{"---\ntitle: x\n...\nbody", "title: x\n", "body", 4},
		{"---\n---\n", "", "", 3},
		{"no front matter\n", "", "no front matter\n", 1},
		{"---\na: 1\nb: 2\n---", "a: 1\nb: 2\n", "", 5},
	}
	for _, tt := range tests {
		h, b, line, err := SplitFrontMatter(tt.in)
		if err != nil || h != tt.header || b != tt.body || line != tt.line {
			t.Errorf("SplitFrontMatter(%q) = %q, %q, %d, %v; want %q, %q, %d", tt.in, h, b, line, err, tt.header, tt.body, tt.line)
		}
	}
}

func TestParseFrontMatter(t *testing.T) {
	fm, warns, err := ParseFrontMatter("title: \"A: b\"\ndate: 2025-04-04T09:30:00+02:00\nsource: AP\nurl: https://example.org/a\ntags: [war, diplomacy]\ndraft: false\n")
	if err != nil || len(warns) != 0 {
		t.Fatal(err, warns)
	}
	want := time.Date(2025, 4, 4, 7, 30, 0, 0, time.UTC)
	if fm.Title != "A: b" || !fm.Date.Equal(want) || fm.Source != "AP" || fm.URL != "https://example.org/a" || strings.Join(fm.Tags, ",") != "war,diplomacy" {
		t.Errorf("got %+v", fm)
	}
	fm, _, _ = ParseFrontMatter("tags: one, two\n")
	if strings.Join(fm.Tags, ",") != "one,two" {
		t.Errorf("comma tags: %q", fm.Tags)
	}
}

func TestParseDate(t *testing.T) {
	good := map[string]string{
		"2025-04-04":                "2025-04-04T00:00:00Z",
		"2025-04-04T09:30:00+02:00": "2025-04-04T09:30:00+02:00",
		"2025-04-04T09:30:00Z":      "2025-04-04T09:30:00Z",
		"2025-04-04 09:30:00 +0200": "2025-04-04T09:30:00+02:00",
	}
	for in, want := range good {
		got, err := ParseDate(in)
		if err != nil || got.Format(time.RFC3339) != want {
			t.Errorf("ParseDate(%q) = %v, %v; want %s", in, got, err, want)
		}
	}
	for _, in := range []string{"4 Apr", "2025-13-01", "2025-04-04T09:30:00", "yesterday", ""} {
		if _, err := ParseDate(in); err == nil {
			t.Errorf("ParseDate(%q) succeeded", in)
		}
	}
}

func FuzzFrontMatter(f *testing.F) {
	for _, s := range []string{
		"---\ntitle: x\ndate: 2025-04-04\n---\nbody\n",
		"---\ntitle: \"x\n---\n",
		"---\ntags: [a, b]\nurl: javascript:x\n---\n",
		"---\n- a\n---\n",
		"no header",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		header, body, line, err := SplitFrontMatter(src)
		if err != nil {
			return
		}
		if line < 1 || len(header)+len(body) > len(src) {
			t.Fatalf("bad split: line %d", line)
		}
		fm, _, err := ParseFrontMatter(header)
		if err != nil {
			return
		}
		if fm.URL != "" && checkURL(fm.URL) != nil {
			t.Fatalf("accepted url %q", fm.URL)
		}
		if !utf8.ValidString(src) {
			return
		}
	})
}
