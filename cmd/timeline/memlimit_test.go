package main

import (
	"runtime/debug"
	"testing"
)

func TestApplyMemoryLimit(t *testing.T) {
	before := debug.SetMemoryLimit(-1)
	defer debug.SetMemoryLimit(before)
	for _, tt := range []struct {
		name, env string
		preset    int64
		want      int64
	}{
		{"unset: the default", "", 4 << 30, defaultMemoryLimit},
		{"set: the runtime's own", "3GiB", 3 << 30, 3 << 30},
		{"off: the runtime's own", "off", 1<<63 - 1, 1<<63 - 1},
	} {
		t.Run(tt.name, func(t *testing.T) {
			// The runtime reads GOMEMLIMIT at start; preset stands in for it.
			debug.SetMemoryLimit(tt.preset)
			got := applyMemoryLimit(func(k string) string {
				if k == "GOMEMLIMIT" {
					return tt.env
				}
				return ""
			})
			if got != tt.want || debug.SetMemoryLimit(-1) != tt.want {
				t.Errorf("limit = %d (runtime %d), want %d", got, debug.SetMemoryLimit(-1), tt.want)
			}
		})
	}
}
