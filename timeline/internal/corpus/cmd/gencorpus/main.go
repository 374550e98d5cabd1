// Command gencorpus writes a generated news corpus as a site folder:
// site.yaml and content/YEAR/*.md, ready for `timeline build -s DIR`.
//
//	go run ./timeline/internal/corpus/cmd/gencorpus -n 10000 -o /tmp/c10k
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/eventline/timeline/timeline/internal/corpus"
)

func main() {
	n := flag.Int("n", 1000, "the number of articles")
	out := flag.String("o", "", "the site `folder` to write (required; must not hold content/ yet)")
	seed := flag.Uint64("seed", 1, "the random seed: the same seed writes the same files")
	version := flag.Bool("version", false, "print the generator's version and exit")
	flag.Parse()
	if *version {
		fmt.Println(corpus.Version)
		return
	}
	if *out == "" || flag.NArg() > 0 {
		flag.Usage()
		os.Exit(2)
	}
	if err := run(*out, *n, *seed); err != nil {
		fmt.Fprintln(os.Stderr, "gencorpus:", err)
		os.Exit(1)
	}
}

// run refuses to write over an existing content folder, then generates.
func run(out string, n int, seed uint64) error {
	if _, err := os.Stat(out + "/content"); err == nil {
		return fmt.Errorf("%s/content already exists: remove it first", out)
	}
	return corpus.Generate(out, n, seed)
}
