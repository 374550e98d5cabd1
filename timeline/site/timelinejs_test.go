package site

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/eventline/timeline/timeline/temporal"
)

func TestTLJSDates(t *testing.T) {
	tests := []struct {
		iv         temporal.Interval
		start, end string
	}{
		{iv(temporal.Day, day(2025, 4, 3), day(2025, 4, 3)), "2025-4-3", ""},
		{iv(temporal.Week, day(2025, 3, 10), day(2025, 3, 16)), "2025-4-3", "2025-3-16"},
		{iv(temporal.Month, day(2025, 2, 1), day(2025, 2, 28)), "2025-2-", ""},
		{iv(temporal.Year, day(2024, 1, 1), day(2024, 12, 31)), "2024--", ""},
	}
	tests[1].start = "2025-3-10"
	for _, tt := range tests {
		s, e := tljsDates(tt.iv)
		got := s.Year + "-" + s.Month + "-" + s.Day
		gotEnd := ""
		if e != nil {
			gotEnd = e.Year + "-" + e.Month + "-" + e.Day
		}
		if got != tt.start || gotEnd != tt.end {
			t.Errorf("%v: start %s end %s, want %s %s", tt.iv.Precision, got, gotEnd, tt.start, tt.end)
		}
	}
}

func TestTimelineJSExport(t *testing.T) {
	dir := t.TempDir()
	tl := fixture(t)
	tl.Events[0].Title = `<script>alert(1)</script> & "x"`
	if _, err := Write(tl, dir, Options{}); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(filepath.Join(dir, "timelinejs.json"))
	if err != nil {
		t.Fatal(err)
	}
	var doc tljsDoc
	if err := json.Unmarshal(data, &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Events) == 0 || doc.Title.Text.Headline == "" {
		t.Fatalf("empty export: %s", data)
	}
	for _, ev := range doc.Events {
		if ev.StartDate == nil || ev.StartDate.Year == "" || ev.Text.Headline == "" || !strings.Contains(ev.Text.Text, `href="https://`) {
			t.Errorf("incomplete slide %+v", ev)
		}
		if strings.Contains(ev.Text.Headline, "<script>") {
			t.Errorf("unescaped headline %q", ev.Text.Headline)
		}
	}
}
