package importer

import (
	"errors"
	"os"
	"strings"
	"testing"
)

func TestFromHTML(t *testing.T) {
	f, err := os.Open("testdata/page.html")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	a, err := FromHTML(f, "")
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != "Council approves new bridge after late-night debate" {
		t.Errorf("title %q", a.Title)
	}
	if got := a.Date.Format("2006-01-02"); got != "2025-04-04" {
		t.Errorf("date %s", got)
	}
	if a.Source != "Example Gazette" || a.URL != "https://gazette.example.org/2025/04/04/bridge" {
		t.Errorf("source %q url %q", a.Source, a.URL)
	}
	for _, want := range []string{"on Thursday approved", "next month", "spring of 2027"} {
		if !strings.Contains(a.Body, want) {
			t.Errorf("body lacks %q:\n%s", want, a.Body)
		}
	}
	for _, junk := range []string{"Most read", "All rights reserved", "tracker", "Sport"} {
		if strings.Contains(a.Body, junk) {
			t.Errorf("body keeps page furniture %q", junk)
		}
	}
	md := string(a.Markdown())
	if !strings.HasPrefix(md, "---\ntitle: \"Council approves") || !strings.Contains(md, "\nsource: \"Example Gazette\"\n") {
		t.Errorf("markdown:\n%s", md)
	}
}

// withoutDate returns the test page with the lines that date it (its
// publication time and its dated URL) left out.
func withoutDate(t *testing.T) string {
	t.Helper()
	data, err := os.ReadFile("testdata/page.html")
	if err != nil {
		t.Fatal(err)
	}
	var keep []string
	for _, line := range strings.Split(string(data), "\n") {
		if !strings.Contains(line, "article:published_time") && !strings.Contains(line, "og:url") {
			keep = append(keep, line)
		}
	}
	return strings.Join(keep, "\n")
}

func TestFromHTMLNoDate(t *testing.T) {
	if _, err := FromHTML(strings.NewReader(withoutDate(t)), "https://gazette.example.org/x"); !errors.Is(err, ErrNoDate) {
		t.Fatalf("error = %v, want ErrNoDate", err)
	}
}

func TestFromText(t *testing.T) {
	a := FromText("Bridge approved\nApril 4, 2025 — The council on Thursday approved a bridge.\n")
	if a.Title != "Bridge approved" || a.Date.Format("2006-01-02") != "2025-04-04" || !strings.HasPrefix(a.Body, "The council") {
		t.Errorf("%+v", a)
	}
}
