package site

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

func TestManifestRoundTrip(t *testing.T) {
	p := filepath.Join(t.TempDir(), ".timeline", "output.manifest")
	files := []fileEntry{
		{Path: "index.html", Size: 10, MTime: 1700000000123456789, Hash: [32]byte{1, 2}},
		{Path: "events/a b.html", Size: 0, MTime: 1, Hash: [32]byte{3}, Key: [32]byte{4}},
	}
	if err := writeManifest(p, "/site/public", files); err != nil {
		t.Fatal(err)
	}
	m := readManifest(p, "/site/public")
	if m == nil {
		t.Fatal("manifest not read back")
	}
	for _, f := range files {
		if got := m.files[f.Path]; !reflect.DeepEqual(got, f) {
			t.Errorf("%s: read %+v, wrote %+v", f.Path, got, f)
		}
	}
	if len(m.files) != len(files) {
		t.Errorf("read %d entries, wrote %d", len(m.files), len(files))
	}
}

func TestManifestRejected(t *testing.T) {
	hash := "0000000000000000000000000000000000000000000000000000000000000000"
	for name, text := range map[string]string{
		"other folder":  manifestHeader + "\n/elsewhere\n",
		"other version": "timeline output manifest v0\n/site/public\n",
		"short line":    manifestHeader + "\n/site/public\n" + hash + "\t" + hash + "\t1\tindex.html\n",
		"bad hash":      manifestHeader + "\n/site/public\nxyz\t" + hash + "\t1\t2\tindex.html\n",
		"long hash":     manifestHeader + "\n/site/public\n" + hash + "00\t" + hash + "\t1\t2\tindex.html\n",
		"bad size":      manifestHeader + "\n/site/public\n" + hash + "\t" + hash + "\tx\t2\tindex.html\n",
		"empty":         "",
	} {
		p := filepath.Join(t.TempDir(), "m")
		os.WriteFile(p, []byte(text), 0o644)
		if m := readManifest(p, "/site/public"); m != nil {
			t.Errorf("%s: manifest accepted", name)
		}
	}
	if m := readManifest(filepath.Join(t.TempDir(), "none"), "/site/public"); m != nil {
		t.Error("a missing manifest was read")
	}
}
