package timeline

import "testing"

func TestParseDateline(t *testing.T) {
	tests := []struct {
		in, date, place, rest string
		ok                    bool
	}{
		{" date 2025-04-04 BRUSSELS — Britain and France", "2025-04-04", "BRUSSELS", "Britain and France", true},
		{"April 4, 2025 — Leaders met", "2025-04-04", "", "Leaders met", true},
		{"4 April 2025, LONDON (Reuters) - Leaders met", "2025-04-04", "LONDON (Reuters)", "Leaders met", true},
		{"Sept. 9, 2024 WASHINGTON – text", "2024-09-09", "WASHINGTON", "text", true},
		{"2025-04-04: not a dateline", "", "", "", false},
		{"Britain and France on Friday", "", "", "", false},
		{"WASHINGTON (AP) — no date here", "", "", "", false},
	}
	for _, tt := range tests {
		dl, ok := ParseDateline(tt.in)
		if ok != tt.ok {
			t.Errorf("ParseDateline(%q) ok = %v", tt.in, ok)
			continue
		}
		if !ok {
			continue
		}
		if got := dl.Date.Format("2006-01-02"); got != tt.date || dl.Place != tt.place || tt.in[dl.Len:] != tt.rest {
			t.Errorf("ParseDateline(%q) = %s %q rest %q", tt.in, got, dl.Place, tt.in[dl.Len:])
		}
	}
}

func FuzzDateline(f *testing.F) {
	for _, s := range []string{" date 2025-04-04 BRUSSELS — x", "April 4, 2025 — x", "4 Sept 2024 - y"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		dl, ok := ParseDateline(s)
		if ok && (dl.Len <= 0 || dl.Len > len(s) || dl.Date.IsZero()) {
			t.Fatalf("ParseDateline(%q) = %+v", s, dl)
		}
	})
}
