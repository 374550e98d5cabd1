package timeline

import (
	"strings"
	"testing"
)

func TestSlugify(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Britain and France accuse Putin", "britain-and-france-accuse-putin"},
		{"002_d2ea6b8e2510324d", "002-d2ea6b8e2510324d"},
		{"../../etc/passwd", "etc-passwd"},
		{"/absolute/path", "absolute-path"},
		{"Jean-Noël Barrot", "jean-noel-barrot"},
		{"  --Hello,   World!--  ", "hello-world"},
		{"Ünïcödé ✓ 東京", "unicode"},
		{"../..", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := Slugify(tt.in); got != tt.want {
			t.Errorf("Slugify(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	if got := Slugify(strings.Repeat("word ", 100)); len(got) > maxSlugLen+1 || strings.HasSuffix(got, "-") {
		t.Errorf("long slug %q (%d bytes)", got, len(got))
	}
}

func FuzzSlugify(f *testing.F) {
	for _, s := range []string{"a b", "../x", "/etc", "Noël", "..", "a/../../b", "\x00\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := Slugify(s)
		if len(got) > maxSlugLen+1 {
			t.Fatalf("slug too long: %q", got)
		}
		for _, r := range got {
			if !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-') {
				t.Fatalf("Slugify(%q) = %q holds %q", s, got, r)
			}
		}
		if strings.HasPrefix(got, "-") || strings.HasSuffix(got, "-") || strings.Contains(got, "--") {
			t.Fatalf("Slugify(%q) = %q: stray hyphens", s, got)
		}
	})
}
