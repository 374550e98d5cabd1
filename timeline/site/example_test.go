package site_test

import (
	"fmt"
	"log"
	"os"
	"time"

	"github.com/eventline/timeline/timeline"
	"github.com/eventline/timeline/timeline/site"
	"github.com/eventline/timeline/timeline/temporal"
)

func ExampleWrite() {
	body := "Drones hit Kharkiv on Thursday night.\n"
	a := &timeline.Article{Path: "content/001-kharkiv.txt", Slug: "kharkiv", Title: "Drones hit Kharkiv",
		Published: time.Date(2025, 4, 4, 0, 0, 0, 0, time.UTC), Format: "txt", Body: body, Clean: body}
	thursday := time.Date(2025, 4, 3, 0, 0, 0, 0, time.UTC)
	when := temporal.Interval{Start: thursday, End: thursday, Precision: temporal.Day}
	ev := &timeline.Event{ID: "kharkiv-strike", Date: when, Title: "Drones hit Kharkiv",
		Mentions: []*timeline.Mention{{Article: a, Sentence: "Drones hit Kharkiv on Thursday night.",
			Match: temporal.Match{Start: 22, End: 36, Text: "Thursday night", Interval: when}}}}
	cfg := timeline.DefaultConfig()
	cfg.BaseURL = "https://user.github.io/repo/"
	tl := &timeline.Timeline{Config: cfg, Events: []*timeline.Event{ev}, Articles: []*timeline.Article{a}}

	dir, err := os.MkdirTemp("", "site")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)
	n, err := site.Write(tl, dir, site.Options{})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(n, "files")
	fmt.Println(site.Label(ev.Date, ev.Planned))
	// Output:
	// 17 files
	// 3 April 2025
}
