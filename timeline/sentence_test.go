package timeline

import (
	"reflect"
	"testing"
)

func TestSentences(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"The U.S. and Russia met. Talks ended.", []string{"The U.S. and Russia met.", "Talks ended."}},
		{"Mr. Smith and Gen. Jones met Sen. Lee at 9 a.m. on Jan. 5 in St. Louis.", []string{"Mr. Smith and Gen. Jones met Sen. Lee at 9 a.m. on Jan. 5 in St. Louis."}},
		{"They met at 9 a.m. The talks ended at noon.", []string{"They met at 9 a.m.", "The talks ended at noon."}},
		{"The output of the U.S. and Europe grew. He said so.", []string{"The output of the U.S. and Europe grew.", "He said so."}},
		{"J. R. Smith scored 3.5 points.", []string{"J. R. Smith scored 3.5 points."}},
		{"“We will win,” he said. “They will lose.”", []string{"“We will win,” he said.", "“They will lose.”"}},
		{"“Stop!” she shouted. It stopped.", []string{"“Stop!” she shouted.", "It stopped."}},
		{"Is it over? Nobody knows.", []string{"Is it over?", "Nobody knows."}},
		{"Heading Without Stop\nThe text follows.", []string{"Heading Without Stop", "The text follows."}},
		{"It grew 4.5 percent. Then it fell...and rose.", []string{"It grew 4.5 percent.", "Then it fell...and rose."}},
		{"Troops left (see map.) Then talks began.", []string{"Troops left (see map.)", "Then talks began."}},
		{"", nil},
	}
	for _, tt := range tests {
		var got []string
		for _, s := range Sentences(tt.in) {
			got = append(got, s.Text(tt.in))
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Sentences(%q) =\n%q\nwant\n%q", tt.in, got, tt.want)
		}
	}
}

func TestSentencesHeading(t *testing.T) {
	ss := Sentences("US Proposes Ceasefire, Russia Hesitates\nFollowing talks, the US proposed a truce.\n")
	if len(ss) != 2 || !ss[0].Heading || ss[1].Heading {
		t.Errorf("got %+v", ss)
	}
}

func FuzzSentences(f *testing.F) {
	for _, s := range []string{"A. B. C.", "U.S. “x.” y", "…\n\n.", "Mr. . .", "a.m. The"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		last := 0
		for _, s := range Sentences(text) {
			if s.Start < last || s.End > len(text) || s.Start >= s.End {
				t.Fatalf("bad sentence %+v after %d in %q", s, last, text)
			}
			last = s.End
		}
	})
}
