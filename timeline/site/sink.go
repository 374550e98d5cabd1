package site

import (
	"crypto/sha256"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"sync"
)

// A sink receives the files of a site as the writer renders them. Its
// methods are called from several goroutines at once.
type sink interface {
	// put receives file rel and, for a page, its key (see pageKey); a
	// zero key means none.
	put(rel string, data []byte, key [32]byte) error
	// keep reports whether the sink already holds page rel as rendered
	// with this key, in which case the page is not rendered.
	keep(rel string, key [32]byte) bool
	// keyed reports whether the sink records keys, for keep or a
	// manifest.
	keyed() bool
}

// dirSink writes each file into a folder as it comes, making folders as
// needed. When record is set it also lists each file in rec, with its
// hash, size and modification time, for the manifest of the build.
type dirSink struct {
	dir    string
	record bool

	// dirs holds the folders already made, to save a system call or three
	// per page.
	dirs sync.Map
	mu   sync.Mutex
	rec  []fileEntry
}

func (s *dirSink) keep(string, [32]byte) bool { return false }

func (s *dirSink) keyed() bool { return s.record }

func (s *dirSink) put(rel string, data []byte, key [32]byte) error {
	p := filepath.Join(s.dir, filepath.FromSlash(rel))
	if err := s.mkdir(filepath.Dir(p)); err != nil {
		return err
	}
	if !s.record {
		return os.WriteFile(p, data, 0o644)
	}
	e, err := writeNew(p, data)
	if err != nil {
		return err
	}
	e.Path, e.Key = rel, key
	e.Hash = sha256.Sum256(data)
	s.mu.Lock()
	s.rec = append(s.rec, e)
	s.mu.Unlock()
	return nil
}

// writeNew writes data to the new file p and returns its size and
// modification time.
func writeNew(p string, data []byte) (fileEntry, error) {
	f, err := os.OpenFile(p, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return fileEntry{}, err
	}
	_, err = f.Write(data)
	var fi os.FileInfo
	if err == nil {
		fi, err = f.Stat()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fileEntry{}, err
	}
	return fileEntry{Size: fi.Size(), MTime: fi.ModTime().UnixNano()}, nil
}

// mkdir makes folder dir and its parents, with one system call when its
// parent was made already.
func (s *dirSink) mkdir(dir string) error {
	if _, ok := s.dirs.Load(dir); ok {
		return nil
	}
	var err error
	if _, ok := s.dirs.Load(filepath.Dir(dir)); ok {
		if err = os.Mkdir(dir, 0o755); errors.Is(err, fs.ErrExist) {
			err = nil
		}
	} else {
		err = os.MkdirAll(dir, 0o755)
	}
	if err == nil {
		s.dirs.Store(dir, true)
	}
	return err
}

// planSink renders a site in memory against the manifest of the previous
// build: it hashes every file and keeps the bytes of those whose content
// differs from the manifest's, or whose copy in the output folder is
// damaged (dirty), and of no other.
type planSink struct {
	old   *manifest
	dirty map[string]bool

	mu    sync.Mutex
	files []plannedFile
	// kept counts the pages kept without rendering.
	kept int
}

// plannedFile is one file of the new site; Data is nil when the output
// folder already holds it.
type plannedFile struct {
	fileEntry
	Data []byte
}

func (s *planSink) keyed() bool { return true }

// keep keeps the old file rel when the manifest records it with key and
// the output folder still holds it intact.
func (s *planSink) keep(rel string, key [32]byte) bool {
	old, ok := s.old.files[rel]
	if !ok || key == ([32]byte{}) || old.Key != key || s.dirty[rel] {
		return false
	}
	s.mu.Lock()
	s.files = append(s.files, plannedFile{fileEntry: old})
	s.kept++
	s.mu.Unlock()
	return true
}

func (s *planSink) put(rel string, data []byte, key [32]byte) error {
	f := plannedFile{fileEntry: fileEntry{Path: rel, Size: int64(len(data)), Hash: sha256.Sum256(data), Key: key}}
	if old, ok := s.old.files[rel]; ok && old.Hash == f.Hash && old.Size == f.Size && !s.dirty[rel] {
		f.MTime = old.MTime
	} else {
		f.Data = data
	}
	s.mu.Lock()
	s.files = append(s.files, f)
	s.mu.Unlock()
	return nil
}
