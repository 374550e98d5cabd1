package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime/pprof"
	"time"

	"github.com/eventline/timeline/timeline"
	"github.com/eventline/timeline/timeline/site"
)

const buildHelp = `usage: timeline build [-s SITEDIR] [-o OUTDIR] [-q | -v] [-no-cache]
                      [-cpuprofile FILE] [-memprofile FILE]

Build reads site.yaml and the articles in content/, finds the dated events
they report, and writes the site to public/. Nothing in public/ changes
unless the whole build succeeds. A rebuild is incremental: what reading
each article produced, and a list of the files written, are kept in
SITEDIR/.timeline/, so it reads only the articles that changed, renders
only the pages whose data changed, and rewrites only the files that
differ (each replaced whole); when many files change, or public/ is not as
the last build left it, the new site is written beside it and replaces it
in one step. -no-cache builds from scratch.

It prints the warnings and one summary line; -v adds the time each stage
took and what the build did to the output folder, -q prints errors only.
On a terminal, a long build shows a progress bar.

The build keeps its memory under a soft limit of 1750 MiB, collecting
garbage more often as it nears it, unless the environment variable
GOMEMLIMIT sets another ("4GiB", or "off" for none).

Examples:

	timeline build                 # build ./content into ./public
	timeline build -s mysite       # build mysite/content into mysite/public
	timeline build -o /tmp/site    # write somewhere else
	timeline build -no-cache -v    # from scratch, with the time of each stage`

func buildCommand() *command {
	return &command{name: "build", summary: "build the site into public/", run: runBuild}
}

func runBuild(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "build", buildHelp)
	siteDir := fs.String("s", ".", "the site `folder`, holding site.yaml and content/")
	outDir := fs.String("o", "", "the output `folder` (default SITEDIR/public)")
	quiet := fs.Bool("q", false, "print nothing but errors")
	verbose := fs.Bool("v", false, "also print how long each stage took")
	noCache := fs.Bool("no-cache", false, "build from scratch: read every article again and replace the whole output folder, ignoring what SITEDIR/.timeline keeps of the last build")
	cpuProfile := fs.String("cpuprofile", "", "write a CPU profile of the build to `file`, for go tool pprof")
	memProfile := fs.String("memprofile", "", "write a heap profile, taken after the build, to `file`, for go tool pprof")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		fs.Usage()
		return errUsage
	}
	if *cpuProfile != "" {
		stop, err := startCPUProfile(*cpuProfile)
		if err != nil {
			return err
		}
		defer stop()
	}
	if *memProfile != "" {
		defer writeHeapProfile(*memProfile, e)
	}
	start := time.Now()
	warn := func(w string) { fmt.Fprintln(e.stderr, "warning:", w) }
	if *quiet {
		warn = nil
	}
	rep := newReporter(e.stderr, *verbose, start)
	opts := site.BuildOptions{SiteDir: *siteDir, OutDir: *outDir, Now: start, Warn: warn, NoCache: *noCache, Fresh: *noCache}
	if !*quiet {
		opts.Progress = rep.progress
	}
	st, err := site.Build(ctx, opts)
	rep.finish()
	if err != nil {
		return err
	}
	if !*quiet {
		out := *outDir
		if out == "" {
			out = filepath.Join(*siteDir, "public")
		}
		fmt.Fprintf(e.stdout, "built %s: %d articles, %d events, %d files in %d ms\n",
			out, st.Articles, st.Events, st.Files, time.Since(start).Milliseconds())
		if *verbose {
			fmt.Fprintln(e.stdout, outputSummary(st))
		}
	}
	return nil
}

// loadTimeline loads the site in siteDir and runs the pipeline over it,
// through the build's cache of article readings, printing warnings to
// e.stderr.
func loadTimeline(siteDir string, e *env) (*timeline.Timeline, error) {
	cfg, err := timeline.LoadConfig(filepath.Join(siteDir, "site.yaml"))
	if err != nil {
		return nil, err
	}
	tl, err := timeline.Read(siteDir, cfg, timeline.LoadOptions{Now: time.Now(), Cache: site.OpenCache(siteDir)})
	if err != nil {
		return nil, err
	}
	for _, w := range tl.Warnings {
		fmt.Fprintln(e.stderr, "warning:", w)
	}
	return tl, nil
}

// startCPUProfile starts writing a CPU profile to the file at path and
// returns the function that stops it and closes the file.
func startCPUProfile(path string) (stop func(), err error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, err
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, err
	}
	return func() {
		pprof.StopCPUProfile()
		f.Close()
	}, nil
}

// writeHeapProfile writes a profile of the heap's allocations to the file
// at path, reporting a failure on e.stderr.
func writeHeapProfile(path string, e *env) {
	f, err := os.Create(path)
	if err == nil {
		err = pprof.Lookup("allocs").WriteTo(f, 0)
		if cerr := f.Close(); err == nil {
			err = cerr
		}
	}
	if err != nil {
		fmt.Fprintln(e.stderr, "memprofile:", err)
	}
}

// outputSummary tells what a build did to the output folder: files
// written, removed and kept, and whether it updated the folder in place or
// replaced it whole.
func outputSummary(st site.Stats) string {
	how := "replaced the output folder"
	if st.InPlace {
		how = "updated the output folder in place"
	}
	return fmt.Sprintf("%s: %d files written, %d removed, %d pages kept from the last build", how, st.Written, st.Removed, st.Kept)
}
