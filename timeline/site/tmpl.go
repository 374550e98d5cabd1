package site

import (
	"bytes"
	"crypto/sha256"
	"errors"
	"fmt"
	"hash"
	"html/template"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sync"

	"github.com/eventline/timeline/templates"
	"github.com/eventline/timeline/timeline"
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
	// entries holds the timeline entries already rendered (see entryFunc).
	entries sync.Map
	// digest sums up the program and the template files, for page keys;
	// keyed is false when the program cannot identify itself.
	digest [32]byte
	keyed  bool
	hash   hash.Hash
}

// entryKey names one rendering of template "event": by the page template
// whose "event" it is, the link to the root and the event.
type entryKey struct {
	t    *template.Template
	root string
	v    *eventView
}

// entryFunc returns the template function entry of page template t:
// entry ROOT EVENT executes t's template "event" with (at ROOT EVENT),
// once per page template, root and event, however many list pages show
// the event. The output of "event" depends on its data alone, so the
// copy is exact; a page that overrides "event" keeps its own copies.
func (ps *pageSet) entryFunc(t *template.Template) func(string, *eventView) (template.HTML, error) {
	return func(root string, v *eventView) (template.HTML, error) {
		k := entryKey{t: t, root: root, v: v}
		if h, ok := ps.entries.Load(k); ok {
			return h.(template.HTML), nil
		}
		b := pageBuffers.Get().(*bytes.Buffer)
		b.Reset()
		defer pageBuffers.Put(b)
		if err := t.ExecuteTemplate(b, "event", rooted{Root: root, V: v}); err != nil {
			return "", err
		}
		h := template.HTML(b.String())
		ps.entries.Store(k, h)
		return h, nil
	}
}

// loadTemplates parses the shared templates with each page template.
func loadTemplates(dir string) (*pageSet, error) {
	ps := &pageSet{pages: map[string]*template.Template{}, paths: map[string]string{}, hash: sha256.New()}
	id := timeline.ProgramID()
	ps.keyed = id != ""
	ps.hash.Write(appendString(nil, id))
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
		t.Funcs(template.FuncMap{"entry": ps.entryFunc(t)})
		ps.pages[name] = t.Lookup(name)
	}
	ps.hash.Sum(ps.digest[:0])
	return ps, nil
}

// parse adds file name to t.
func (ps *pageSet) parse(t *template.Template, dir, name string) error {
	src, err := readSource(dir, name)
	if err != nil {
		return err
	}
	ps.paths[name] = src.Path
	ps.hash.Write(appendString(nil, name))
	ps.hash.Write(appendString(nil, string(src.Data)))
	if _, err := t.New(name).Parse(string(src.Data)); err != nil {
		return fmt.Errorf("%s: %w", src.Path, err)
	}
	return nil
}

// templateName finds the file named in an error of text/template
// ("template: x.html:3:") or html/template ("html/template:x.html:3:").
var templateName = regexp.MustCompile(`template: ?([^:\s]+):\d+`)

// execute runs page template name with data into a buffer and passes the
// output to use, which must not keep it. An error is prefixed with the
// path of the template file it names.
func (ps *pageSet) execute(name string, data any, use func([]byte) error) error {
	t := ps.pages[name]
	if t == nil {
		return fmt.Errorf("no page template %q", name)
	}
	buf := pageBuffers.Get().(*bytes.Buffer)
	buf.Reset()
	defer func() {
		if buf.Cap() <= maxPooledBuffer {
			pageBuffers.Put(buf)
		}
	}()
	if err := t.Execute(buf, data); err != nil {
		p := ps.paths[name]
		if m := templateName.FindStringSubmatch(err.Error()); m != nil && ps.paths[m[1]] != "" {
			p = ps.paths[m[1]]
		}
		return fmt.Errorf("%s: %w", p, err)
	}
	return use(buf.Bytes())
}

// rooted pairs a value with the link to the site root, for templates that
// are called with a part of the page but make links.
type rooted struct {
	Root string
	V    any
}

// funcs are the functions the templates may call. entry is replaced for
// each page template by entryFunc.
var funcs = template.FuncMap{
	"at":     func(root string, v any) rooted { return rooted{Root: root, V: v} },
	"plural": countText,
	"entry": func(string, *eventView) (template.HTML, error) {
		return "", errors.New("entry: no page template")
	},
}
