// Package templates holds the default HTML templates, style sheet and
// script of a timeline site, embedded in the program.
//
// The templates are html/template files. base.html is the one layout: it
// defines the page skeleton with {{block}}s ("title", "head", "header",
// "main", "footer", "scripts") that the page templates (index.html,
// event.html, article.html, list.html, browse.html, articles.html,
// 404.html) fill in.
// partials.html holds the pieces the pages share, such as an event entry
// of the timeline. assets/ holds the files copied unchanged into the site.
//
// The page templates get their data as documented on the type page of
// package site, whose fields say which templates use them.
// Besides the functions of html/template they may call:
//
//	at ROOT VALUE       pairs a value with the link to the site root, for
//	                    partials that make links ("chips", "event")
//	plural N ONE MANY   "1 source", "2 sources"
//	entry ROOT EVENT    the "event" partial of this page template for one
//	                    event, rendered once per root however many lists
//	                    show the event; "timeline" lists events with it
//
// Counts an event shows are ready-made strings (.SourcesText,
// .MentionsText), which costs less than calling plural on every entry.
// .Site.Events and .Site.Articles, the site-wide counts, are set on the
// home and browse pages only, and an event's .Prev and .Next and an
// article's .Events are links (ID, Title, Summary, Path, Label,
// Datetime, Planned), not whole events: an edit then changes the data of
// few pages, and a rebuild does not run the templates of pages whose data
// and templates are those of the last build.
// Links are relative to the page: {{.Root}} leads back to the site root
// and every page's .Path names its file ("events/ID.html"), so
// href="{{$.Root}}{{.Path}}" links any page to any other. The home page
// lists at most home_events (site.yaml) events of a large timeline
// (.Partial, .Shown); the year pages list them all. Likewise browse.html
// lists at most browse_articles articles: a larger site has its articles
// on a page per year of publication (articles.html, browse/YYYY.html),
// which browse.html links to (.ArticleYears).
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
var Pages = []string{"index.html", "event.html", "article.html", "list.html", "browse.html", "articles.html", "404.html"}

// Shared lists the templates parsed with every page.
var Shared = []string{"base.html", "partials.html"}

// Assets lists the files copied unchanged into the site.
var Assets = []string{"assets/style.css", "assets/filter.js", "assets/favicon.svg"}
