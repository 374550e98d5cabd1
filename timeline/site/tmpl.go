package site

import (
	"bytes"
	"errors"
	"fmt"
	"html/template"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"

	"github.com/eventline/timeline/templates"
)

// source is one template or asset file: its text and where it came from.
type source struct {
	// Path names the file in errors: the override on disk, or
	// "templates/NAME (embedded)".
	Path string
	Data []byte
}

// readSource returns file name from the site's template folder when it has
// one, and from the embedded defaults otherwise.
func readSource(dir, name string) (source, error) {
	if dir != "" {
		p := filepath.Join(dir, filepath.FromSlash(name))
		data, err := os.ReadFile(p)
		if err == nil {
			return source{Path: p, Data: data}, nil
		}
		if !errors.Is(err, fs.ErrNotExist) {
			return source{}, err
		}
	}
	data, err := fs.ReadFile(templates.FS, name)
	if err != nil {
		return source{}, err
	}
	return source{Path: "templates/" + name + " (embedded)", Data: data}, nil
}

// pageSet holds the parsed page templates.
type pageSet struct {
	pages map[string]*template.Template
	// paths maps a template file name to its source path, for errors.
	paths map[string]string
}

// loadTemplates parses the shared templates with each page template.
func loadTemplates(dir string) (*pageSet, error) {
	ps := &pageSet{pages: map[string]*template.Template{}, paths: map[string]string{}}
	shared := template.New("").Funcs(funcs)
	for _, name := range templates.Shared {
		if err := ps.parse(shared, dir, name); err != nil {
			return nil, err
		}
	}
	for _, name := range templates.Pages {
		t, err := shared.Clone()
		if err != nil {
			return nil, err
		}
		if err := ps.parse(t, dir, name); err != nil {
			return nil, err
		}
		ps.pages[name] = t.Lookup(name)
	}
	return ps, nil
}

// parse adds file name to t.
func (ps *pageSet) parse(t *template.Template, dir, name string) error {
	src, err := readSource(dir, name)
	if err != nil {
		return err
	}
	ps.paths[name] = src.Path
	if _, err := t.New(name).Parse(string(src.Data)); err != nil {
		return fmt.Errorf("%s: %w", src.Path, err)
	}
	return nil
}

// templateName finds the file named in an error of text/template
// ("template: x.html:3:") or html/template ("html/template:x.html:3:").
var templateName = regexp.MustCompile(`template: ?([^:\s]+):\d+`)

// execute runs page template name with data and returns the output. An
// error is prefixed with the path of the template file it names.
func (ps *pageSet) execute(name string, data any) ([]byte, error) {
	t := ps.pages[name]
	if t == nil {
		return nil, fmt.Errorf("no page template %q", name)
	}
	var buf bytes.Buffer
	if err := t.Execute(&buf, data); err != nil {
		p := ps.paths[name]
		if m := templateName.FindStringSubmatch(err.Error()); m != nil && ps.paths[m[1]] != "" {
			p = ps.paths[m[1]]
		}
		return nil, fmt.Errorf("%s: %w", p, err)
	}
	return buf.Bytes(), nil
}

// rooted pairs a value with the link to the site root, for templates that
// are called with a part of the page but make links.
type rooted struct {
	Root string
	V    any
}

// funcs are the functions the templates may call.
var funcs = template.FuncMap{
	"at": func(root string, v any) rooted { return rooted{Root: root, V: v} },
	"plural": func(n int, one, many string) string {
		if n == 1 {
			return fmt.Sprintf("%d %s", n, one)
		}
		return fmt.Sprintf("%d %s", n, many)
	},
}
