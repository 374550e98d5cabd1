//go:build !linux

package site

import "errors"

// exchange reports that this system cannot swap two folders atomically.
func exchange(a, b string) error { return errors.New("atomic exchange not supported") }
