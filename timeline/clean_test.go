package timeline

import (
	"strings"
	"testing"
)

// checkOffsets verifies that every byte of clean copied from body maps back
// to the same byte, and that the map is sorted and in range.
func checkOffsets(t *testing.T, body, clean string, m OffsetMap) {
	t.Helper()
	prev := -1
	for _, s := range m {
		if s.Derived < prev || s.Len <= 0 || s.Derived+s.Len > len(clean) || s.Source < 0 || s.Source+s.Len > len(body) {
			t.Fatalf("bad segment %+v (clean %d, body %d bytes)", s, len(clean), len(body))
		}
		prev = s.Derived + s.Len
		for i := s.Derived; i < s.Derived+s.Len; i++ {
			if body[m.Source(i)] != clean[i] {
				t.Fatalf("clean[%d]=%q but body[%d]=%q", i, clean[i], m.Source(i), body[m.Source(i)])
			}
		}
	}
}

func TestClean(t *testing.T) {
	tests := []struct {
		name, format, in, want string
	}{
		{"furniture", "txt", "World\n\nLeaders met in Paris on Friday.\n\nShare\nShare\n\nThey agreed.\n", "Leaders met in Paris on Friday.\n\nThey agreed.\n"},
		{"related block", "txt", "Talks ended.\n\nShare\nRelated Articles\nWorld\n\nOther story\n\nTeaser text...\n", "Talks ended.\n"},
		{"read more block", "txt", "Talks ended.\nRead more\nA teaser.\n", "Talks ended.\n"},
		{"more from", "txt", "Talks ended.\nMore from Europe\nA teaser.\n", "Talks ended.\n"},
		{"byline and credit", "txt", "By Jane Doe and John Roe\nPhoto: Reuters/Someone\nTalks ended.\n", "Talks ended.\n"},
		{"inline read more", "txt", "Talks ended.\nREAD MORE: Why talks fail\nThey left.\n", "Talks ended.\nThey left.\n"},
		{"repeated label", "txt", "Europe live\nTalks ended.\nEurope live\nThey left.\n", "Talks ended.\nThey left.\n"},
		{"dated dateline", "txt", " date 2025-04-04 BRUSSELS — Britain and France accused Putin.\n", "Britain and France accused Putin.\n"},
		{"agency dateline", "txt", "WASHINGTON (AP) — The Senate voted.\n", "The Senate voted.\n"},
		{"place dateline", "txt", "KYIV, Ukraine (AP) -- Drones struck.\n", "Drones struck.\n"},
		{"wire dateline glued to its dash", "txt", "LIMA, Peru (AP)_ Floods cut the coast road.\n", "Floods cut the coast road.\n"},
		{"wire dateline", "txt", "SPRINGFIELD, Ill. _ The council voted.\n", "The council voted.\n"},
		{"no dateline", "txt", "US-backed talks began.\n", "US-backed talks began.\n"},
		{"doubled quotes", "txt", "‘‘Now, it is obvious,‘’ he said. ’’We must act.‘’\n", "“Now, it is obvious,” he said. “We must act.”\n"},
		{"ascii doubled quotes", "txt", "``Stop,'' she said.\n", "“Stop,” she said.\n"},
		{"markdown inline", "md", "# Heading\n\nThe **talks** in [Paris](https://x.org) ended ![img](a.png)_today_.\n", "Heading\n\nThe talks in Paris ended today.\n"},
		{"markdown wrapped", "md", strings.Repeat("word ", 14) + "ends\n" + strings.Repeat("more ", 14) + "text.\n" + strings.Repeat("long ", 14) + "line.\n\n" + strings.Repeat("next ", 14) + "para.\n",
			strings.Repeat("word ", 14) + "ends " + strings.Repeat("more ", 14) + "text. " + strings.Repeat("long ", 14) + "line.\n\n" + strings.Repeat("next ", 14) + "para.\n"},
		{"markdown lines kept", "md", "Short heading\nA sentence follows here.\n", "Short heading\nA sentence follows here.\n"},
		{"crlf", "txt", "One.\r\nTwo.\r\n", "One.\nTwo.\n"},
		{"empty", "txt", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, m := Clean(tt.in, tt.format)
			if got != tt.want {
				t.Errorf("Clean(%q) =\n%q\nwant\n%q", tt.in, got, tt.want)
			}
			checkOffsets(t, tt.in, got, m)
		})
	}
}

func TestCleanSeedOffsets(t *testing.T) {
	tl := buildSite(t, "testdata/events/site")
	for _, a := range tl.Articles {
		checkOffsets(t, a.Body, a.Clean, a.Map)
		for _, e := range tl.Events {
			for _, m := range e.Mentions {
				if m.Article != a || m.Match.Text == "" {
					continue
				}
				s, end := a.Map.Source(m.Match.Start), a.Map.Source(m.Match.End-1)+1
				if got := a.Body[s:end]; got != m.Match.Text {
					t.Errorf("%s: expression %q maps to %q", a.Path, m.Match.Text, got)
				}
			}
		}
	}
}

func FuzzClean(f *testing.F) {
	for _, s := range []string{"World\n\nShare\nText here.\n", " date 2025-04-04 BRUSSELS — A.\n", "‘‘x‘’ ’’y", "[a](b) ![c](d) **e** <i>f</i>", "Related Articles\nx", "\r\n\r\n", "# h\n- a\n1. b\n"} {
		f.Add(s, "md")
		f.Add(s, "txt")
	}
	f.Fuzz(func(t *testing.T, body, format string) {
		clean, m := Clean(body, format)
		checkOffsets(t, body, clean, m)
		for _, s := range Sentences(clean) {
			if s.Start < 0 || s.End > len(clean) || s.Start >= s.End {
				t.Fatalf("bad sentence %+v", s)
			}
		}
	})
}
