package main

import (
	"context"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
)

// scaffold holds the files of a new site; "dot-" stands for a leading dot
// in a name, which go:embed would otherwise skip.
//
//go:embed scaffold
var scaffold embed.FS

const initHelp = `usage: timeline init DIR

Init creates a new site in DIR: site.yaml, content/ with one example
article, .gitignore and the GitHub Pages workflow. It never overwrites a
file. Then:

	cd DIR && timeline build

Examples:

	timeline init my-timeline`

func init() { extraCommands = append(extraCommands, initCommand()) }

func initCommand() *command {
	return &command{name: "init", summary: "create a new site folder", run: runInit}
}

func runInit(ctx context.Context, e *env, args []string) error {
	flags := newFlagSet(e, "init", initHelp)
	if err := parseFlags(flags, args); err != nil {
		return err
	}
	if flags.NArg() != 1 {
		flags.Usage()
		return errUsage
	}
	dir := flags.Arg(0)
	return fs.WalkDir(scaffold, "scaffold", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel := strings.TrimPrefix(p, "scaffold/")
		parts := strings.Split(rel, "/")
		for i, part := range parts {
			parts[i] = strings.Replace(part, "dot-", ".", 1)
		}
		dst := filepath.Join(dir, filepath.FromSlash(path.Join(parts...)))
		data, _ := scaffold.ReadFile(p)
		if err := writeNew(dst, data); err != nil {
			return err
		}
		fmt.Fprintln(e.stdout, "created", dst)
		return nil
	})
}

// writeNew writes a file that must not exist yet, making its folder.
func writeNew(dst string, data []byte) error {
	if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
		return err
	}
	f, err := os.OpenFile(dst, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if errors.Is(err, os.ErrExist) {
		return fmt.Errorf("%s already exists: not overwriting it", dst)
	}
	if err != nil {
		return err
	}
	if _, err := f.Write(data); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
