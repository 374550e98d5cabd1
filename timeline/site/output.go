package site

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"

	"github.com/eventline/timeline/timeline"
)

// A build publishes its files in one of two ways.
//
// When the manifest of the last build (ManifestFile) describes the output
// folder and the folder still matches it (every file of the manifest is
// there with its size and modification time), the site is rendered and
// compared with the manifest by SHA-256, the changed files being written
// to a staging folder beside the output folder. If at most one file in
// inPlaceShare changed, the folder is updated in place: each changed file
// is renamed from the staging folder over the old one, so no reader sees
// a half-written page, and the files the new site
// no longer has are deleted. Files of the folder that differ from the
// manifest, by hand or by an update that was killed, count as changed;
// files it does not list are deleted.
//
// Otherwise the whole site is written into a temporary folder beside the
// output folder, which then replaces it in one step (swapDir), and the old
// folder is removed (removeTree); files that did not change are
// hard-linked from the old folder when there is one.
//
// Either way nothing in the output folder is touched before every file
// has rendered, so a build that fails leaves it as it was.

// inPlaceShare bounds the share of changed files for an update in place:
// at most one in inPlaceShare.
const inPlaceShare = 4

// outcome sums up how a build published its files.
type outcome struct {
	// Files is the number of files of the site; Written and Removed count
	// the files written and deleted, Kept the pages not rendered again
	// because their key was unchanged.
	Files, Written, Removed, Kept int
	// InPlace tells an update in place from a swap of the whole folder.
	InPlace bool
	// Warning, when set, tells of a problem that did not fail the build.
	Warning string
}

// survey is what the output folder holds against the manifest of the
// last build: old is the manifest, nil when there is none to trust;
// dirty and extra are as manifest.check returns them.
type survey struct {
	old   *manifest
	dirty map[string]bool
	extra []string
}

// surveyOutput reads the manifest at manifestPath and checks the folder out
// against it; fresh ignores the manifest. It only reads, so a build runs
// it while it reads the articles.
func surveyOutput(out, manifestPath string, fresh bool) survey {
	if fresh {
		return survey{}
	}
	old := readManifest(manifestPath, out)
	if old == nil {
		return survey{}
	}
	dirty, extra, ok := old.check()
	if !ok {
		return survey{}
	}
	return survey{old: old, dirty: dirty, extra: extra}
}

// writeOutput renders tl into the folder out, in place or by a swap, given
// the survey of out, and records the files in the manifest at
// manifestPath. Leftovers of earlier builds that were killed are removed.
func writeOutput(tl *timeline.Timeline, out, manifestPath string, sv survey, opts Options) (outcome, error) {
	parent, base := filepath.Split(out)
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return outcome{}, err
	}
	removeLeftovers(parent, base)
	if sv.old == nil {
		return writeFresh(tl, out, manifestPath, opts)
	}
	stage, err := makeTemp(out)
	if err != nil {
		return outcome{}, err
	}
	defer removeTree(stage)
	plan := &planSink{old: sv.old, dirty: sv.dirty, stage: stage}
	n, err := render(tl, plan, opts)
	if err != nil {
		return outcome{}, err
	}
	changed, stale := plan.diff(sv.extra)
	res := outcome{Files: n, Kept: plan.kept}
	if (len(changed)+len(stale))*inPlaceShare > n {
		res.Written, err = swapPlanned(plan.files, out)
	} else {
		res.InPlace, res.Written, res.Removed = true, len(changed), len(stale)
		err = updateInPlace(out, changed, stale)
	}
	if err != nil {
		return outcome{}, err
	}
	res.Warning = saveManifest(manifestPath, out, entries(plan.files))
	return res, nil
}

// writeFresh writes the whole site into a temporary folder beside out and
// swaps it in.
func writeFresh(tl *timeline.Timeline, out, manifestPath string, opts Options) (outcome, error) {
	tmp, err := makeTemp(out)
	if err != nil {
		return outcome{}, err
	}
	s := &dirSink{dir: tmp, record: true}
	n, err := render(tl, s, opts)
	if err == nil {
		err = publish(tmp, out)
	}
	if err != nil {
		removeTree(tmp)
		return outcome{}, err
	}
	return outcome{Files: n, Written: n, Warning: saveManifest(manifestPath, out, s.rec)}, nil
}

// saveManifest writes the manifest of the files of out. The site is
// published by then, so a failure is only a warning: the old manifest is
// removed, and the next build writes the whole site again.
func saveManifest(p, out string, files []fileEntry) string {
	err := writeManifest(p, out, files)
	if err == nil {
		return ""
	}
	os.Remove(p)
	return fmt.Sprintf("the next build will write every file again: %v", err)
}

// makeTemp makes the temporary folder a build of out writes into.
func makeTemp(out string) (string, error) {
	parent, base := filepath.Split(out)
	return os.MkdirTemp(parent, "."+base+".tmp-")
}

// publish gives the finished folder tmp the usual permissions and swaps it
// in for out.
func publish(tmp, out string) error {
	if err := os.Chmod(tmp, 0o755); err != nil {
		return err
	}
	return swapDir(tmp, out)
}

// diff sorts the planned files and returns those to write, the changed,
// and the paths to delete: files of the old site the new one lacks, and
// the extra files of the folder.
func (s *planSink) diff(extra []string) (changed []*plannedFile, stale []string) {
	sort.Slice(s.files, func(i, j int) bool { return s.files[i].Path < s.files[j].Path })
	kept := map[string]bool{}
	for i := range s.files {
		f := &s.files[i]
		kept[f.Path] = true
		if f.Staged != "" {
			changed = append(changed, f)
		}
	}
	for rel := range s.old.files {
		if !kept[rel] {
			stale = append(stale, rel)
		}
	}
	stale = append(stale, extra...)
	sort.Strings(stale)
	return changed, stale
}

// entries returns the manifest entries of the planned files.
func entries(files []plannedFile) []fileEntry {
	out := make([]fileEntry, len(files))
	for i, f := range files {
		out[i] = f.fileEntry
	}
	return out
}

// updateInPlace deletes the stale files, and the folders they leave
// empty, then writes the changed files into out, each through a temporary
// file renamed over the old one, and sets their modification times in the
// plan. Deleting first frees the names of stray folders that files of
// the new site take.
func updateInPlace(out string, changed []*plannedFile, stale []string) error {
	for _, rel := range stale {
		p := filepath.Join(out, filepath.FromSlash(rel))
		if err := os.Remove(p); err != nil && !os.IsNotExist(err) {
			return err
		}
		for dir := filepath.Dir(p); dir != out && os.Remove(dir) == nil; dir = filepath.Dir(dir) {
		}
	}
	for _, f := range changed {
		if err := replaceFile(out, f); err != nil {
			return err
		}
	}
	return nil
}

// replaceFile renames the staged copy of planned file f over its old
// copy in out, in one step, so that no reader sees a half-written file.
// The rename keeps the modification time the plan holds.
func replaceFile(out string, f *plannedFile) error {
	p := filepath.Join(out, filepath.FromSlash(f.Path))
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		return err
	}
	if err := os.Rename(f.Staged, p); err != nil {
		return err
	}
	f.Staged = ""
	return nil
}

// swapPlanned writes the planned files into a temporary folder beside
// out, the changed from the staging folder and the others as hard links to their
// copies in out (copies where links fail), and swaps it in. It returns
// the number of files changed.
func swapPlanned(files []plannedFile, out string) (int, error) {
	tmp, err := makeTemp(out)
	if err != nil {
		return 0, err
	}
	written := 0
	s := &dirSink{dir: tmp}
	for i := range files {
		f := &files[i]
		if f.Staged != "" {
			written++
		}
		if err = s.placeFile(f, out); err != nil {
			break
		}
	}
	if err == nil {
		err = publish(tmp, out)
	}
	if err != nil {
		removeTree(tmp)
		return 0, err
	}
	return written, nil
}

// placeFile puts planned file f into the sink's folder: its staged copy
// when it has one, otherwise a hard link to (or a copy of) its copy in
// old. A copy sets the file's modification time in the plan.
func (s *dirSink) placeFile(f *plannedFile, old string) error {
	p := filepath.Join(s.dir, filepath.FromSlash(f.Path))
	if err := s.mkdir(filepath.Dir(p)); err != nil {
		return err
	}
	if f.Staged != "" {
		if err := os.Rename(f.Staged, p); err != nil {
			return err
		}
		f.Staged = ""
		return nil
	}
	src := filepath.Join(old, filepath.FromSlash(f.Path))
	if os.Link(src, p) == nil {
		return nil
	}
	data, err := os.ReadFile(src)
	if err != nil {
		return err
	}
	e, err := writeNew(p, data)
	if err != nil {
		return err
	}
	f.MTime = e.MTime
	return nil
}
