// Package timeline turns a folder of news articles into a timeline of the
// events they report. It holds the pipeline's types and its reading stages;
// package site renders the result and package temporal finds the time
// expressions.
//
// Data flows one way, through concrete types:
//
//		site.yaml ─► LoadConfig ─► *Config
//		content/  ─► Load ─► []*Article ─► Clean ─► Extract ─► []*Mention ─► Cluster ─► []*Event ─► Order ─► *Timeline
//		                                               ▲
//		                                      temporal.Tagger
//
//	  - Load reads .md files (YAML front matter, see FrontMatter) and .txt files
//	    (title line, dateline), decodes them to UTF-8, refuses binary,
//	    oversized and escaping files, and gives every article a unique slug.
//	    Every error and warning is led by "path:line:".
//	  - Clean removes page furniture, datelines and markup and normalises
//	    quotes, keeping an OffsetMap back into the article's Body.
//	  - Extract splits the clean text into sentences and clauses and keeps the
//	    clauses dated by a resolved time expression, plus the lead sentence on
//	    the publication day (the news convention). Mentions are marked planned
//	    when they tell of something still to come.
//	  - Cluster merges mentions of the same happening, across articles and
//	    within one: mentions are compared only within compatible date blocks
//	    and through shared keywords (blocking.go), merged greedily, best pairs
//	    first, and each event gets the most precise date its mentions agree
//	    on, a headline-like title and the people, places and organisations
//	    named.
//	  - Order sorts the events by date with full tie-breaks.
//
// Read runs all of it for a site folder and applies the curation file
// (content/_events.yaml, see Curation). Process does the same for articles
// already loaded. Check lints a built Timeline for CI.
//
// Reading articles and clustering use every core; the result never depends
// on their number, on map order or on the clock: the caller passes "now"
// (LoadOptions.Now) and nothing below cmd/ reads the time. A Cache keeps what
// reading each article produced, so that a rebuild reads only the articles
// that changed.
package timeline
