package site

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/eventline/timeline/timeline"
)

// BuildOptions configure Build.
type BuildOptions struct {
	// SiteDir holds site.yaml, content/ and optionally templates/.
	SiteDir string
	// OutDir is where the site is written; empty means SiteDir/public.
	OutDir string
	// Now is the current time, read by the caller; it only serves to warn
	// about articles dated in the future.
	Now time.Time
	// Warn receives each warning; nil drops them.
	Warn func(string)
	// NoCache turns off the cache of article readings that makes rebuilds
	// fast (SITEDIR/.timeline/cache.gob).
	NoCache bool
	// Fresh writes the whole site into a new folder that replaces the
	// output folder, as if the last build had left no manifest: no page is
	// kept and nothing is updated in place.
	Fresh bool
	// Progress, when set, is told of each stage as the build goes:
	// "loading", "reading" (once per article), "clustering", "writing".
	Progress timeline.Progress
}

// CacheFile is where a site keeps its cache of article readings, relative
// to the site folder.
const CacheFile = ".timeline/cache.gob"

// OpenCache opens the cache of article readings of the site in siteDir,
// for this program. It returns nil, no cache, when the program cannot
// identify itself.
func OpenCache(siteDir string) *timeline.Cache {
	id := timeline.ProgramID()
	if id == "" {
		return nil
	}
	return timeline.OpenCache(filepath.Join(siteDir, CacheFile), id)
}

// Stats sums up a build.
type Stats struct {
	Articles, Events, Files int
	// Written and Removed count the files the build wrote and deleted in
	// the output folder, and Kept the pages it did not render again, their
	// data and templates being those of the last build; InPlace tells an
	// update of the output folder in place from a swap of the whole folder
	// (see writeOutput).
	Written, Removed, Kept int
	InPlace                bool
}

// Build loads the site in opts.SiteDir, runs the pipeline and writes the
// site to opts.OutDir: in place, rewriting only the files that changed,
// when the output folder is as the last build left it, and otherwise into
// a temporary folder beside it that replaces the output folder in one step
// (see writeOutput). Nothing in the output folder is touched before the
// whole site has rendered, so a failed build leaves it as it was.
func Build(ctx context.Context, opts BuildOptions) (Stats, error) {
	site, out, err := buildDirs(opts)
	if err != nil {
		return Stats{}, err
	}
	cfg, err := timeline.LoadConfig(filepath.Join(site, "site.yaml"))
	if err != nil {
		return Stats{}, err
	}
	surveyed := make(chan survey, 1)
	go func() { surveyed <- surveyOutput(out, filepath.Join(site, ManifestFile), opts.Fresh) }()
	if opts.Progress != nil {
		opts.Progress("loading", 0, 1)
	}
	lopts := timeline.LoadOptions{Now: opts.Now, Progress: opts.Progress}
	if !opts.NoCache {
		lopts.Cache = OpenCache(site)
	}
	tl, err := timeline.Read(site, cfg, lopts)
	if err != nil {
		return Stats{}, err
	}
	if opts.Warn != nil {
		for _, w := range tl.Warnings {
			opts.Warn(w)
		}
	}
	if err := ctx.Err(); err != nil {
		return Stats{}, err
	}
	if opts.Progress != nil {
		opts.Progress("writing", 0, 1)
	}
	res, err := writeOutput(tl, out, filepath.Join(site, ManifestFile), <-surveyed,
		Options{TemplateDir: filepath.Join(site, "templates"), release: true})
	if err != nil {
		return Stats{}, err
	}
	if res.Warning != "" && opts.Warn != nil {
		opts.Warn(res.Warning)
	}
	return Stats{Articles: len(tl.Articles), Events: len(tl.Events), Files: res.Files,
		Written: res.Written, Removed: res.Removed, Kept: res.Kept, InPlace: res.InPlace}, nil
}

// buildDirs returns the absolute site and output folders, refusing an
// output folder that would overwrite the site itself: the site folder, one
// of its parents, the content or templates folder, or the file system root.
func buildDirs(opts BuildOptions) (site, out string, err error) {
	if site, err = filepath.Abs(opts.SiteDir); err != nil {
		return "", "", err
	}
	out = opts.OutDir
	if out == "" {
		out = filepath.Join(site, "public")
	}
	if out, err = filepath.Abs(out); err != nil {
		return "", "", err
	}
	realSite := resolve(site)
	realOut := resolve(out)
	switch {
	case realOut == filepath.Dir(realOut):
		return "", "", fmt.Errorf("output folder %s is the file system root: refusing to replace it", out)
	case within(realSite, realOut):
		return "", "", fmt.Errorf("output folder %s holds the site folder %s: refusing to replace it", out, site)
	}
	for _, keep := range []string{"content", "templates", ".git", ".timeline"} {
		if within(realOut, resolve(filepath.Join(site, keep))) {
			return "", "", fmt.Errorf("output folder %s is inside the site's %s folder: refusing to write there", out, keep)
		}
	}
	return site, out, nil
}

// resolve returns p with symbolic links resolved as far as the path
// exists, so that two spellings of one folder compare equal.
func resolve(p string) string {
	if r, err := filepath.EvalSymlinks(p); err == nil {
		return r
	}
	dir, base := filepath.Split(p)
	if dir == p || dir == "" {
		return p
	}
	return filepath.Join(resolve(filepath.Clean(dir)), base)
}

// within reports whether path p is dir or lies inside it.
func within(p, dir string) bool {
	rel, err := filepath.Rel(dir, p)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator))
}

// removeLeftovers deletes the temporary folders that builds of out killed
// part-way left in parent.
func removeLeftovers(parent, base string) {
	for _, pattern := range []string{"." + base + ".tmp-*", "." + base + ".old-*"} {
		matches, _ := filepath.Glob(filepath.Join(parent, pattern))
		for _, m := range matches {
			removeTree(m)
		}
	}
}

// swapDir replaces folder out with folder tmp. Where the system can
// exchange two paths in one step it does; otherwise out is first renamed
// aside, so that at no point is a half-written folder in out's place.
func swapDir(tmp, out string) error {
	if _, err := os.Lstat(out); errors.Is(err, os.ErrNotExist) {
		return os.Rename(tmp, out)
	}
	if err := exchange(tmp, out); err == nil {
		return removeTree(tmp)
	}
	parent, base := filepath.Split(out)
	old := filepath.Join(parent, "."+base+".old-"+strings.TrimPrefix(filepath.Base(tmp), "."+base+".tmp-"))
	if err := os.Rename(out, old); err != nil {
		return err
	}
	if err := os.Rename(tmp, out); err != nil {
		os.Rename(old, out)
		return err
	}
	return removeTree(old)
}
