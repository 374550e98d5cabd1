// Package templates holds the default HTML templates, style sheet and
// script of a timeline site, embedded in the program.
//
// The templates are html/template files. base.html is the one layout: it
// defines the page skeleton with {{block}}s ("title", "head", "header",
// "main", "footer", "scripts") that the page templates (index.html,
// event.html, article.html, list.html, browse.html, 404.html) fill in.
// partials.html holds the pieces the pages share, such as an event entry
// of the timeline. assets/ holds the files copied unchanged into the site.
//
// A site overrides any of these files, one at a time, by putting a file of
// the same name in its own templates/ folder.
package templates

import "embed"

// FS holds the default templates and assets, named by their paths in this
// folder, such as "index.html" and "assets/style.css".
//
//go:embed *.html assets/*
var FS embed.FS

// Pages lists the page templates, each executed with base.html and
// partials.html.
var Pages = []string{"index.html", "event.html", "article.html", "list.html", "browse.html", "404.html"}

// Shared lists the templates parsed with every page.
var Shared = []string{"base.html", "partials.html"}

// Assets lists the files copied unchanged into the site.
var Assets = []string{"assets/style.css", "assets/filter.js", "assets/favicon.svg"}
