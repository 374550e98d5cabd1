package timeml

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
)

// ParseDir parses the *.tml files of dir, in name order.
func ParseDir(dir string) ([]*Document, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "*.tml"))
	if err != nil {
		return nil, err
	}
	if len(paths) == 0 {
		if _, err := os.Stat(dir); err != nil {
			return nil, err
		}
		return nil, fmt.Errorf("%s: no .tml files", dir)
	}
	sort.Strings(paths)
	docs := make([]*Document, 0, len(paths))
	for _, p := range paths {
		d, err := ParseFile(p)
		if err != nil {
			return nil, err
		}
		docs = append(docs, d)
	}
	return docs, nil
}

// ParsePaths parses the TimeML files and the *.tml files of the directories
// named by paths, and returns the documents in name order. Two documents
// may not share a file name.
func ParsePaths(paths []string) ([]*Document, error) {
	var docs []*Document
	seen := map[string]string{}
	for _, p := range paths {
		ds, err := parsePath(p)
		if err != nil {
			return nil, err
		}
		for _, d := range ds {
			if prev, ok := seen[d.Name]; ok {
				return nil, fmt.Errorf("%s: file name %s also read from %s", p, d.Name, prev)
			}
			seen[d.Name] = p
		}
		docs = append(docs, ds...)
	}
	if len(docs) == 0 {
		return nil, errors.New("timeml: no documents")
	}
	sort.SliceStable(docs, func(i, j int) bool { return docs[i].Name < docs[j].Name })
	return docs, nil
}

// parsePath parses the file at path, or the *.tml files of the directory.
func parsePath(path string) ([]*Document, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if fi.IsDir() {
		return ParseDir(path)
	}
	d, err := ParseFile(path)
	if err != nil {
		return nil, err
	}
	return []*Document{d}, nil
}
