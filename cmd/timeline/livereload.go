package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"hash"
	"html"
	"net/http"
	"os"
	"path"
	"path/filepath"
	"strings"
	"time"
)

// reloadPath is the server-sent events endpoint pages listen on.
const reloadPath = "/_timeline/reload"

// reloadScript reloads the page when the server says the site was rebuilt.
const reloadScript = `<script>(function(){var v=null;var s=new EventSource("` + reloadPath + `");` +
	`s.onmessage=function(e){if(v!==null&&e.data!==v){location.reload();}v=e.data;};})();</script>`

type hasher struct{ hash.Hash }

func newHasher() hasher      { return hasher{sha256.New()} }
func (h hasher) sum() string { return hex.EncodeToString(h.Sum(nil)) }

// handler serves the built site, with the reload script injected into
// every HTML page and an error page while the last build failed.
func (p *preview) handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc(reloadPath, p.serveEvents)
	mux.HandleFunc("/", p.serveFile)
	return mux
}

// serveEvents streams the build version to a page: one event now, one
// after each rebuild.
func (p *preview) serveEvents(w http.ResponseWriter, r *http.Request) {
	fl, ok := w.(http.Flusher)
	if !ok {
		http.Error(w, "streaming unsupported", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/event-stream")
	w.Header().Set("Cache-Control", "no-cache")
	for {
		version, changed, _ := p.state()
		fmt.Fprintf(w, "data: %d\n\n", version)
		fl.Flush()
		select {
		case <-r.Context().Done():
			return
		case <-changed:
		case <-time.After(30 * time.Second):
		}
	}
}

// serveFile serves one file of the built site.
func (p *preview) serveFile(w http.ResponseWriter, r *http.Request) {
	_, _, err := p.state()
	if err != nil {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.WriteHeader(http.StatusInternalServerError)
		fmt.Fprintf(w, "<!doctype html><html lang=en><meta charset=utf-8><title>Build failed</title>"+
			"<body><h1>Build failed</h1><pre>%s</pre>%s</body></html>", html.EscapeString(err.Error()), reloadScript)
		return
	}
	name := path.Clean("/" + r.URL.Path)
	file := filepath.Join(p.out, filepath.FromSlash(name))
	if fi, err := os.Stat(file); err == nil && fi.IsDir() {
		if !strings.HasSuffix(r.URL.Path, "/") {
			http.Redirect(w, r, r.URL.Path+"/", http.StatusMovedPermanently)
			return
		}
		file = filepath.Join(file, "index.html")
	} else if err != nil && path.Ext(name) == "" {
		// As GitHub Pages does, /events/ID serves events/ID.html.
		file += ".html"
	}
	data, err := os.ReadFile(file)
	status := http.StatusOK
	if err != nil {
		status = http.StatusNotFound
		file = filepath.Join(p.out, "404.html")
		if data, err = os.ReadFile(file); err != nil {
			http.NotFound(w, r)
			return
		}
	}
	if strings.HasSuffix(file, ".html") {
		data = injectReload(data)
		w.Header().Set("Cache-Control", "no-store")
	}
	if ct := contentType(file); ct != "" {
		w.Header().Set("Content-Type", ct)
	}
	w.WriteHeader(status)
	w.Write(data)
}

// injectReload adds the reload script before </body>, or at the end.
func injectReload(page []byte) []byte {
	if i := bytes.LastIndex(page, []byte("</body>")); i >= 0 {
		return append(page[:i:i], append([]byte(reloadScript), page[i:]...)...)
	}
	return append(page, reloadScript...)
}

// contentType names the media type of the site's file kinds.
func contentType(file string) string {
	switch strings.ToLower(filepath.Ext(file)) {
	case ".html":
		return "text/html; charset=utf-8"
	case ".css":
		return "text/css; charset=utf-8"
	case ".js":
		return "text/javascript; charset=utf-8"
	case ".json":
		return "application/json"
	case ".xml":
		return "application/xml"
	case ".txt":
		return "text/plain; charset=utf-8"
	}
	return ""
}
