package site

import (
	"bufio"
	"crypto/sha256"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"sync"
	"sync/atomic"
)

// A sink receives the files of a site as the writer renders them. Its
// methods are called from several goroutines at once.
type sink interface {
	// put receives file rel and, for a page, its key (see pageKey); a
	// zero key means none. It must not keep data, whose buffer is reused
	// once put returns.
	put(rel string, data []byte, key [32]byte) error
	// stream receives file rel as write writes it, for files too large
	// to hold in memory whole.
	stream(rel string, write func(io.Writer) error) error
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

func (s *dirSink) stream(rel string, write func(io.Writer) error) error {
	p := filepath.Join(s.dir, filepath.FromSlash(rel))
	if err := s.mkdir(filepath.Dir(p)); err != nil {
		return err
	}
	e, err := writeStream(p, write)
	if err != nil || !s.record {
		return err
	}
	e.Path = rel
	s.mu.Lock()
	s.rec = append(s.rec, e)
	s.mu.Unlock()
	return nil
}

// writeStream writes the new file p as write writes it, and returns its
// size, modification time and SHA-256.
func writeStream(p string, write func(io.Writer) error) (fileEntry, error) {
	f, err := os.OpenFile(p, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return fileEntry{}, err
	}
	h := sha256.New()
	bw := bufio.NewWriterSize(io.MultiWriter(f, h), 1<<16)
	err = write(bw)
	if err == nil {
		err = bw.Flush()
	}
	e, err := closeEntry(f, err)
	if err != nil {
		return fileEntry{}, err
	}
	h.Sum(e.Hash[:0])
	return e, nil
}

// writeNew writes data to the new file p and returns its size and
// modification time.
func writeNew(p string, data []byte) (fileEntry, error) {
	f, err := os.OpenFile(p, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return fileEntry{}, err
	}
	_, err = f.Write(data)
	return closeEntry(f, err)
}

// closeEntry closes f, just written with the outcome err, and returns the
// file's size and modification time.
func closeEntry(f *os.File, err error) (fileEntry, error) {
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

// planSink renders a site against the manifest of the previous build:
// it hashes every file, and writes those whose content differs from the
// manifest's, or whose copy in the output folder is damaged (dirty), to
// a staging folder beside the output folder, holding no file in memory.
type planSink struct {
	old   *manifest
	dirty map[string]bool
	// stage is the staging folder, outside the output folder.
	stage string

	mu    sync.Mutex
	files []plannedFile
	// kept counts the pages kept without rendering.
	kept int
}

// plannedFile is one file of the new site; Staged is the path of its
// staged copy, empty when the output folder already holds it.
type plannedFile struct {
	fileEntry
	Staged string
}

// stageSeq names the files of staging folders.
var stageSeq atomic.Int64

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
	e := fileEntry{Path: rel, Size: int64(len(data)), Hash: sha256.Sum256(data), Key: key}
	if s.unchanged(&e) {
		s.add(plannedFile{fileEntry: e})
		return nil
	}
	p := s.stagePath()
	w, err := writeNew(p, data)
	if err != nil {
		return err
	}
	e.MTime = w.MTime
	s.add(plannedFile{fileEntry: e, Staged: p})
	return nil
}

func (s *planSink) stream(rel string, write func(io.Writer) error) error {
	p := s.stagePath()
	e, err := writeStream(p, write)
	if err != nil {
		os.Remove(p)
		return err
	}
	e.Path = rel
	if s.unchanged(&e) {
		s.add(plannedFile{fileEntry: e})
		return os.Remove(p)
	}
	s.add(plannedFile{fileEntry: e, Staged: p})
	return nil
}

// unchanged reports whether the output folder holds file e intact, as
// the manifest records it, and then sets its modification time.
func (s *planSink) unchanged(e *fileEntry) bool {
	old, ok := s.old.files[e.Path]
	if !ok || old.Hash != e.Hash || old.Size != e.Size || s.dirty[e.Path] {
		return false
	}
	e.MTime = old.MTime
	return true
}

// stagePath returns a new path in the staging folder.
func (s *planSink) stagePath() string {
	return filepath.Join(s.stage, strconv.FormatInt(stageSeq.Add(1), 10))
}

// add lists planned file f.
func (s *planSink) add(f plannedFile) {
	s.mu.Lock()
	s.files = append(s.files, f)
	s.mu.Unlock()
}
