// Command dateparser measures github.com/markusmobius/go-dateparser's
// search (the Go port of Python's dateparser) on the articles of a
// generated corpus, each searched against its publication date, for
// comparison with timeline's tagger on the same text:
//
//	go run ./peers/dateparser -n 500 /tmp/timeline-bench/c1000
package main

import (
	"flag"
	"fmt"
	"os"
	"time"

	dateparser "github.com/markusmobius/go-dateparser"

	"github.com/eventline/timeline/bench/peers/internal/articles"
)

func main() {
	n := flag.Int("n", 500, "the number of articles to search")
	flag.Parse()
	if flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: dateparser [-n N] SITEDIR")
		os.Exit(2)
	}
	as, err := articles.Read(flag.Arg(0), *n)
	if err != nil {
		fmt.Fprintln(os.Stderr, "dateparser:", err)
		os.Exit(1)
	}
	p := &dateparser.Parser{}
	var bytes, found int
	start := time.Now()
	for _, a := range as {
		cfg := &dateparser.Configuration{CurrentTime: a.Date, Languages: []string{"en"}}
		res, err := p.SearchWithLanguage(cfg, "en", a.Body)
		if err != nil {
			fmt.Fprintln(os.Stderr, "dateparser:", err)
			os.Exit(1)
		}
		bytes += len(a.Body)
		found += len(res)
	}
	el := time.Since(start)
	fmt.Printf("go-dateparser: %d articles, %d bytes, %d matches (%.1f/article), %s, %.2f MB/s\n",
		len(as), bytes, found, float64(found)/float64(len(as)), el.Round(time.Millisecond), float64(bytes)/1e6/el.Seconds())
}
