// Command timeline builds a static timeline site from a folder of news
// articles. Run "timeline help" for the list of commands.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"sort"
)

// command is one subcommand: its name, a one-line summary, and the function
// that runs it with the arguments after its name.
type command struct {
	name    string
	summary string
	run     func(ctx context.Context, env *env, args []string) error
}

// env is what a command may touch of the outside world. The clock is read
// here, in cmd/, and passed down.
type env struct {
	stdout, stderr io.Writer
	stdin          io.Reader
	getenv         func(string) string
}

// errUsage marks an error already explained by a usage message: exit code 2.
var errUsage = errors.New("usage")

// commands lists the subcommands; each lives in its own file.
func commands() []*command {
	cs := []*command{
		buildCommand(),
	}
	cs = append(cs, extraCommands...)
	sort.Slice(cs, func(i, j int) bool { return cs[i].name < cs[j].name })
	return cs
}

// extraCommands is extended by the init functions of command files.
var extraCommands []*command

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	e := &env{stdout: os.Stdout, stderr: os.Stderr, stdin: os.Stdin, getenv: os.Getenv}
	applyMemoryLimit(e.getenv)
	err := run(ctx, os.Args[1:], e)
	stop()
	os.Exit(exitCode(err, e.stderr))
}

// exitCode prints err and returns the process exit code: 0 for success, 2
// for a usage error, 1 for any other failure.
func exitCode(err error, stderr io.Writer) int {
	switch {
	case err == nil:
		return 0
	case errors.Is(err, errUsage), errors.Is(err, flag.ErrHelp):
		return 2
	default:
		fmt.Fprintln(stderr, err)
		return 1
	}
}

// run dispatches args to a subcommand.
func run(ctx context.Context, args []string, e *env) error {
	if len(args) == 0 || args[0] == "help" || args[0] == "-h" || args[0] == "--help" {
		if len(args) > 1 {
			if c := lookup(args[1]); c != nil {
				if err := c.run(ctx, e, []string{"-h"}); !errors.Is(err, flag.ErrHelp) {
					return err
				}
				return nil
			}
		}
		usage(e.stderr)
		if len(args) == 0 {
			return errUsage
		}
		return nil
	}
	c := lookup(args[0])
	if c == nil {
		fmt.Fprintf(e.stderr, "timeline: unknown command %q\n", args[0])
		usage(e.stderr)
		return errUsage
	}
	return c.run(ctx, e, args[1:])
}

func lookup(name string) *command {
	for _, c := range commands() {
		if c.name == name {
			return c
		}
	}
	return nil
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "Timeline builds a static timeline site from a folder of news articles.")
	fmt.Fprint(w, "\nUsage:\n\n\ttimeline <command> [flags] [arguments]\n\nThe commands are:\n\n")
	for _, c := range commands() {
		fmt.Fprintf(w, "\t%-8s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w, "\nUse \"timeline help <command>\" for more about a command.")
}

// newFlagSet returns a FlagSet that prints its usage, with the given text
// and examples, to e.stderr.
func newFlagSet(e *env, name, text string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.Usage = func() {
		fmt.Fprintf(e.stderr, "%s\n\nFlags:\n", text)
		fs.PrintDefaults()
	}
	return fs
}

// parseFlags parses args with fs. A bad flag, already reported with the
// usage text by fs, becomes errUsage (exit code 2).
func parseFlags(fs *flag.FlagSet, args []string) error {
	err := fs.Parse(args)
	if err != nil && !errors.Is(err, flag.ErrHelp) {
		return fmt.Errorf("%w: %v", errUsage, err)
	}
	return err
}
