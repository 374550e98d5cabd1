package site

import (
	"bytes"
	"context"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/eventline/timeline/timeline/internal/corpus"
)

// TestMain lets the test binary act as a child build process, so that tests
// can kill a real build part-way or run one under another time zone.
func TestMain(m *testing.M) {
	if site := os.Getenv("TIMELINE_CHILD_SITE"); site != "" {
		_, err := Build(context.Background(), BuildOptions{SiteDir: site, OutDir: os.Getenv("TIMELINE_CHILD_OUT"), NoCache: true})
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// copySite copies the repository's own site.yaml and content/ into a fresh
// folder, with extra copies of each article to make the build longer.
func copySite(t *testing.T, copies int) string {
	t.Helper()
	dir := t.TempDir()
	cfg, err := os.ReadFile("../../site.yaml")
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(dir, "site.yaml"), cfg, 0o644)
	os.Mkdir(filepath.Join(dir, "content"), 0o755)
	files, _ := filepath.Glob("../../content/*.md")
	if len(files) == 0 {
		t.Fatal("no content")
	}
	for _, f := range files {
		data, _ := os.ReadFile(f)
		for i := 0; i < copies; i++ {
			name := filepath.Base(f)
			if i > 0 {
				name = fmt.Sprintf("copy%03d-%s", i, name)
			}
			os.WriteFile(filepath.Join(dir, "content", name), data, 0o644)
		}
	}
	return dir
}

// tree returns the files under dir with their contents.
func tree(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	out := map[string][]byte{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(p)
		rel, _ := filepath.Rel(dir, p)
		out[filepath.ToSlash(rel)] = data
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func sameTree(t *testing.T, a, b map[string][]byte) {
	t.Helper()
	if len(a) != len(b) {
		t.Errorf("trees differ: %d files vs %d", len(a), len(b))
	}
	for name, data := range a {
		if !bytes.Equal(data, b[name]) {
			t.Errorf("%s differs", name)
		}
	}
}

func TestBuildRefusesDangerousOutput(t *testing.T) {
	site := copySite(t, 1)
	for _, out := range []string{site, filepath.Dir(site), "/", filepath.Join(site, "content"), filepath.Join(site, "content", "x")} {
		_, err := Build(context.Background(), BuildOptions{SiteDir: site, OutDir: out})
		if err == nil || !strings.Contains(err.Error(), "refusing") {
			t.Errorf("output %s: error = %v, want a refusal", out, err)
		}
	}
	if _, err := os.Stat(filepath.Join(site, "content")); err != nil {
		t.Fatal("content folder lost:", err)
	}
}

func TestBuildFailureKeepsPrevious(t *testing.T) {
	site := copySite(t, 1)
	out := filepath.Join(t.TempDir(), "public")
	if _, err := Build(context.Background(), BuildOptions{SiteDir: site, OutDir: out}); err != nil {
		t.Fatal(err)
	}
	before := tree(t, out)
	os.WriteFile(filepath.Join(site, "content", "bad.md"), []byte("---\ndate: someday\n---\n"), 0o644)
	_, err := Build(context.Background(), BuildOptions{SiteDir: site, OutDir: out})
	if err == nil || !strings.Contains(err.Error(), "content/bad.md:2:") {
		t.Fatalf("error = %v, want one naming content/bad.md:2", err)
	}
	sameTree(t, before, tree(t, out))
	assertNoLeftovers(t, filepath.Dir(out))
}

func assertNoLeftovers(t *testing.T, parent string) {
	t.Helper()
	entries, _ := os.ReadDir(parent)
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), ".") {
			t.Errorf("leftover %s in %s", e.Name(), parent)
		}
	}
}

// TestBuildKilledPartWay kills a child build with SIGKILL while it writes
// a whole new site beside the output folder, and checks that the previous
// site survives and the next build cleans up. Without the manifest of the
// first build the child cannot update the output in place.
func TestBuildKilledPartWay(t *testing.T) {
	if testing.Short() {
		t.Skip("slow")
	}
	site := copySite(t, 60)
	out := filepath.Join(t.TempDir(), "public")
	if _, err := Build(context.Background(), BuildOptions{SiteDir: site, OutDir: out}); err != nil {
		t.Fatal(err)
	}
	before := tree(t, out)
	os.WriteFile(filepath.Join(site, "content", "new.md"), []byte("---\ntitle: New\ndate: 2025-05-01\n---\nOn Monday, leaders met.\n"), 0o644)
	if err := os.Remove(filepath.Join(site, ManifestFile)); err != nil {
		t.Fatal(err)
	}

	killed := false
	for attempt := 0; attempt < 20 && !killed; attempt++ {
		killed = killDuringWrite(t, site, out)
	}
	if !killed {
		t.Skip("could not catch the child build while it wrote")
	}
	sameTree(t, before, tree(t, out))
	if _, err := Build(context.Background(), BuildOptions{SiteDir: site, OutDir: out}); err != nil {
		t.Fatal(err)
	}
	assertNoLeftovers(t, filepath.Dir(out))
	if _, ok := tree(t, out)["articles/new.html"]; !ok {
		t.Error("the build after the kill did not publish the new article")
	}
}

// killDuringWrite starts a child build and kills it as soon as its
// temporary folder appears; it reports whether the kill came in time.
func killDuringWrite(t *testing.T, site, out string) bool {
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), "TIMELINE_CHILD_SITE="+site, "TIMELINE_CHILD_OUT="+out)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	pattern := filepath.Join(filepath.Dir(out), ".public.tmp-*")
	deadline := time.Now().Add(20 * time.Second)
	for time.Now().Before(deadline) {
		select {
		case <-done:
			return false
		default:
		}
		if m, _ := filepath.Glob(pattern); len(m) > 0 {
			cmd.Process.Signal(syscall.SIGKILL)
			err := <-done
			return err != nil
		}
		time.Sleep(200 * time.Microsecond)
	}
	cmd.Process.Kill()
	<-done
	return false
}

// TestBuildDeterministic builds the same site twice in child processes,
// under different time zones and locales, and compares every byte.
func TestBuildDeterministic(t *testing.T) {
	buildsAlike(t, copySite(t, 1), [][]string{
		{"TZ=UTC", "LANG=C", "LC_ALL=C"},
		{"TZ=Pacific/Kiritimati", "LANG=de_DE.UTF-8", "LC_ALL=de_DE.UTF-8"},
	})
}

// TestBuildDeterministicAcrossCores builds a generated archive large
// enough for every parallel stage to share its work out, on one core and on
// three, and compares every byte.
func TestBuildDeterministicAcrossCores(t *testing.T) {
	if testing.Short() {
		t.Skip("slow")
	}
	site := t.TempDir()
	if err := corpus.Generate(site, 400, 7); err != nil {
		t.Fatal(err)
	}
	buildsAlike(t, site, [][]string{{"GOMAXPROCS=1"}, {"GOMAXPROCS=3"}})
}

// buildsAlike builds site in a child process under each environment and
// checks that the outputs are byte-identical.
func buildsAlike(t *testing.T, site string, envs [][]string) {
	t.Helper()
	var trees []map[string][]byte
	for _, env := range envs {
		out := filepath.Join(t.TempDir(), "public")
		cmd := exec.Command(os.Args[0], "-test.run=^$")
		cmd.Env = append(append(os.Environ(), env...), "TIMELINE_CHILD_SITE="+site, "TIMELINE_CHILD_OUT="+out)
		if msg, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("%v: %v\n%s", env, err, msg)
		}
		trees = append(trees, tree(t, out))
	}
	sameTree(t, trees[0], trees[1])
}
