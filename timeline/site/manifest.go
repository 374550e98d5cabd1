package site

import (
	"bufio"
	"bytes"
	"encoding/hex"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

// ManifestFile is where a site keeps the list of the files of its last
// build, relative to the site folder. It lies outside the published
// folder, and names the output folder it describes: a build into another
// folder replaces it.
const ManifestFile = ".timeline/output.manifest"

// manifestHeader starts a manifest; its version changes with the format.
const manifestHeader = "timeline output manifest v2"

// fileEntry describes one file of a built site: its slash-separated path
// in the output folder, size, modification time (Unix nanoseconds),
// SHA-256 of its content and, for a page, its key (see pageKey; zero for
// none).
type fileEntry struct {
	Path  string
	Size  int64
	MTime int64
	Hash  [32]byte
	Key   [32]byte
}

// manifest lists the files of the last build of one output folder.
type manifest struct {
	out   string
	files map[string]fileEntry
}

// readManifest reads the manifest at p. It returns nil when there is
// none, it cannot be read, or it describes another output folder than
// out: the next build then writes the whole site.
func readManifest(p, out string) *manifest {
	data, err := os.ReadFile(p)
	if err != nil {
		return nil
	}
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	if !sc.Scan() || sc.Text() != manifestHeader || !sc.Scan() || sc.Text() != out {
		return nil
	}
	m := &manifest{out: out, files: map[string]fileEntry{}}
	for sc.Scan() {
		e, ok := parseEntry(sc.Text())
		if !ok {
			return nil
		}
		m.files[e.Path] = e
	}
	if sc.Err() != nil {
		return nil
	}
	return m
}

// parseEntry parses one line of a manifest: hash, key, size, mtime and
// path, separated by tabs.
func parseEntry(line string) (fileEntry, bool) {
	f := strings.SplitN(line, "\t", 5)
	if len(f) != 5 {
		return fileEntry{}, false
	}
	var e fileEntry
	if !parseHex(e.Hash[:], f[0]) || !parseHex(e.Key[:], f[1]) {
		return fileEntry{}, false
	}
	var err error
	if e.Size, err = strconv.ParseInt(f[2], 10, 64); err != nil {
		return fileEntry{}, false
	}
	if e.MTime, err = strconv.ParseInt(f[3], 10, 64); err != nil {
		return fileEntry{}, false
	}
	e.Path = f[4]
	return e, true
}

// parseHex decodes s, hexadecimal, into dst, which it must fill exactly.
func parseHex(dst []byte, s string) bool {
	if len(s) != 2*len(dst) {
		return false
	}
	_, err := hex.Decode(dst, []byte(s))
	return err == nil
}

// writeManifest writes the manifest of the files of out to p, through a
// temporary file renamed into place.
func writeManifest(p, out string, files []fileEntry) error {
	sorted := append([]fileEntry(nil), files...)
	sort.Slice(sorted, func(i, j int) bool { return sorted[i].Path < sorted[j].Path })
	var b bytes.Buffer
	b.WriteString(manifestHeader + "\n" + out + "\n")
	for _, e := range sorted {
		fmt.Fprintf(&b, "%x\t%x\t%d\t%d\t%s\n", e.Hash, e.Key, e.Size, e.MTime, e.Path)
	}
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		return err
	}
	tmp := p + ".tmp"
	if err := os.WriteFile(tmp, b.Bytes(), 0o644); err != nil {
		return err
	}
	return os.Rename(tmp, p)
}

// check compares the output folder with the manifest. It returns the
// files whose copy in the folder is missing or differs in size or
// modification time from the manifest (dirty), and the files the folder
// holds that the manifest does not list (extra), such as the temporary
// files of an update that was killed. ok is false when the folder is not
// a folder (a symbolic link, say) or cannot be walked.
func (m *manifest) check() (dirty map[string]bool, extra []string, ok bool) {
	if fi, err := os.Lstat(m.out); err != nil || !fi.IsDir() {
		return nil, nil, false
	}
	dirty = map[string]bool{}
	seen := map[string]bool{}
	err := filepath.WalkDir(m.out, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			return nil
		}
		rel, err := filepath.Rel(m.out, p)
		if err != nil {
			return err
		}
		rel = filepath.ToSlash(rel)
		e, listed := m.files[rel]
		if !listed {
			extra = append(extra, rel)
			return nil
		}
		seen[rel] = true
		fi, err := d.Info()
		if err != nil || !fi.Mode().IsRegular() || fi.Size() != e.Size || fi.ModTime().UnixNano() != e.MTime {
			dirty[rel] = true
		}
		return nil
	})
	if err != nil {
		return nil, nil, false
	}
	for rel := range m.files {
		if !seen[rel] {
			dirty[rel] = true
		}
	}
	sort.Strings(extra)
	return dirty, extra, true
}
