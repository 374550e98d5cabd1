package main

import "runtime/debug"

// defaultMemoryLimit is the soft limit on the memory of the Go runtime that
// timeline sets when GOMEMLIMIT sets none: 1750 MiB, so that a build of
// 100,000 articles stays within 2 GB (see BENCHMARKS.md). It is soft: the
// garbage collector works harder as the process nears it, and a build that
// needs more still gets it. Smaller sites never reach it.
const defaultMemoryLimit = 1750 << 20

// applyMemoryLimit sets defaultMemoryLimit unless the GOMEMLIMIT
// environment variable, which the Go runtime reads itself ("off" for no
// limit, or a size such as "4GiB"), is set. It returns the limit in
// effect.
func applyMemoryLimit(getenv func(string) string) int64 {
	if getenv("GOMEMLIMIT") != "" {
		return debug.SetMemoryLimit(-1)
	}
	debug.SetMemoryLimit(defaultMemoryLimit)
	return defaultMemoryLimit
}
