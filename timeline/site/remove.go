package site

import (
	"os"
	"path/filepath"
)

// removeTree removes folder dir and everything in it, like os.RemoveAll,
// with one goroutine per core working on its top-level entries at once: a
// site keeps most of its files in a few folders (events/, articles/), and
// unlinking in two folders at once overlaps the file system's work.
func removeTree(dir string) error {
	ents, err := os.ReadDir(dir)
	if err != nil {
		return os.RemoveAll(dir)
	}
	err = forEach(len(ents), func(i int) error {
		return os.RemoveAll(filepath.Join(dir, ents[i].Name()))
	})
	if err != nil {
		return err
	}
	return os.RemoveAll(dir)
}
