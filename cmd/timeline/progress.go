package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	"time"
)

// reporter shows how a build goes: with -v, a line per stage with its
// duration; on a terminal, for builds that take more than a second, a
// progress bar that redraws itself in place.
type reporter struct {
	w          io.Writer
	tty        bool
	verbose    bool
	start      time.Time
	stage      string
	stageStart time.Time
	lastDraw   time.Time
	drawn      bool
}

// newReporter returns a reporter writing to w, which gets a bar only when
// it is a terminal.
func newReporter(w io.Writer, verbose bool, start time.Time) *reporter {
	return &reporter{w: w, tty: isTerminal(w), verbose: verbose, start: start, stageStart: start}
}

// isTerminal reports whether w is a character device, such as a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok || os.Getenv("TERM") == "dumb" {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

// progress is the build's Progress callback.
func (r *reporter) progress(stage string, done, total int) {
	now := time.Now()
	if stage != r.stage {
		r.endStage(now)
		r.stage, r.stageStart = stage, now
	}
	if !r.tty || total <= 1 || now.Sub(r.start) < time.Second || now.Sub(r.lastDraw) < 100*time.Millisecond && done < total {
		return
	}
	r.lastDraw = now
	const width = 30
	fill := width * done / total
	fmt.Fprintf(r.w, "\r%-10s [%s%s] %d/%d", stage, strings.Repeat("=", fill), strings.Repeat(" ", width-fill), done, total)
	r.drawn = true
}

// endStage closes the current stage: it clears the bar and, with -v,
// prints the stage's duration.
func (r *reporter) endStage(now time.Time) {
	if r.drawn {
		fmt.Fprint(r.w, "\r\033[K")
		r.drawn = false
	}
	if r.verbose && r.stage != "" {
		fmt.Fprintf(r.w, "%-10s %6d ms\n", r.stage, now.Sub(r.stageStart).Milliseconds())
	}
}

// finish closes the last stage.
func (r *reporter) finish() { r.endStage(time.Now()); r.stage = "" }
