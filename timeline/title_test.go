package timeline

import (
	"reflect"
	"strings"
	"testing"

	"github.com/eventline/timeline/timeline/temporal"
)

// titleOf returns the title of the mention of expr in the one-sentence
// article text.
func titleOf(text, expr string) string {
	a := testArticle("a.txt", "2025-04-04", text+"\n")
	var ms []temporal.Match
	if expr != "" {
		ms = append(ms, at(a.Clean, expr, "2025-04-03", "2025-04-03", temporal.Day))
	}
	for _, m := range articleMentions(a, ms) {
		if m.Match.Text == expr {
			return Title(m)
		}
	}
	return "<no mention>"
}

func TestTitle(t *testing.T) {
	tests := []struct{ text, expr, want string }{
		{"Meanwhile, a Russian drone strike on Thursday night in Odesa — Ukraine’s third-largest city — killed five civilians, underscoring the push for talks.", "Thursday night", "Russian drone strike in Odesa killed five civilians"},
		{"A drone attack late Thursday on Odesa, the port city, killed two people and wounded ten, officials said.", "late Thursday", "Drone attack on Odesa killed two people and wounded ten"},
		{"General Mark Stone, the top U.S. commander in Europe, testified before the Senate Armed Services Committee on Thursday that the army is growing.", "Thursday", "Stone testified before the Senate Armed Services Committee"},
		{"Britain and France on Thursday accused Russian President Vladimir Putin of dragging his feet in ceasefire talks aimed at halting the war.", "Thursday", "Britain and France accused Putin of dragging his feet in ceasefire talks"},
		{"The minister said that the army seized the airport on Thursday.", "Thursday", "Army seized the airport"},
		{"Acme Corp. shares rose sharply.", "", "Acme Corp. shares rose sharply"},
		{"The agreements made during a summit in Geneva on Thursday were broken.", "Thursday", "Summit in Geneva"},
		{"On Thursday the boy played in his uncle's yard with a puppy named Rex, a gift from Rep. Ann Lowe, D-Ore.", "Thursday", "Boy played in his uncle's yard with a puppy named Rex"},
		{"The mayor said on Thursday that the bridge would reopen soon.", "Thursday", "Mayor said the bridge would reopen soon"},
		{"The doctor was shot in the back on Thursday as he stood in his kitchen.", "Thursday", "Doctor was shot in the back as he stood in his kitchen"},
	}
	for _, tt := range tests {
		got := titleOf(tt.text, tt.expr)
		if got != tt.want {
			t.Errorf("Title(%q) = %q, want %q", tt.text, got, tt.want)
		}
		if n := len(strings.Fields(got)); n > maxTitleWords {
			t.Errorf("Title(%q) has %d words", tt.text, n)
		}
	}
}

func TestTruncateWords(t *testing.T) {
	tests := []struct{ in, want string }{
		{"one two three", "one two three"},
		{"Leaders of the two countries met in the capital, which was under curfew for weeks", "Leaders of the two countries met in the capital"},
		{"a b c d e f g h i j k l m n o", "a b c d e f g h i j k l"},
		{"Two trains collided 30 meters from the station but only minutes apart on a foggy morning", "Two trains collided 30 meters from the station"},
		{"The coroner said the fire at the old mill on the river bank was arson", "The coroner said the fire at the old mill on the river bank was arson"},
		{"The coroner said the fire at the old mill on the river bank, started by a cigarette", "The coroner said the fire at the old mill"},
	}
	for _, tt := range tests {
		if got := truncateWords(tt.in, 12); got != tt.want {
			t.Errorf("truncateWords(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestEntities(t *testing.T) {
	tests := []struct {
		text                 string
		people, places, orgs []string
	}{
		{"British Foreign Secretary Jane Doe met Russian President Ivan Petrov in Geneva.", []string{"Jane Doe", "Ivan Petrov"}, []string{"Geneva"}, nil},
		{"The Russian Ministry of Defense said NATO and the White House were told.", nil, nil, []string{"Ministry of Defense", "NATO", "White House"}},
		{"Mr Petrov spoke to State Department spokesperson Anna Lee in Tbilisi.", []string{"Ivan Petrov", "Anna Lee"}, []string{"Tbilisi"}, []string{"State Department"}},
		{"Britain and the U.S. struck Yemen from bases near Akrotiri.", nil, []string{"United Kingdom", "United States", "Yemen", "Akrotiri"}, nil},
		{"European Commission President Ursula von der Leyen arrived.", []string{"Ursula von der Leyen"}, nil, []string{"European Commission"}},
		{"Queen Maria Lopez of Spain arrived.", []string{"Maria Lopez"}, []string{"Spain"}, nil},
	}
	for _, tt := range tests {
		a := testArticle("a.txt", "2025-04-04", "Ivan Petrov spoke.\n"+tt.text+"\n")
		m := &Mention{Article: a, Clause: tt.text}
		people, places, orgs := Entities([]*Mention{m})
		if !reflect.DeepEqual(people, tt.people) || !reflect.DeepEqual(places, tt.places) || !reflect.DeepEqual(orgs, tt.orgs) {
			t.Errorf("Entities(%q) =\n%q %q %q\nwant\n%q %q %q", tt.text, people, places, orgs, tt.people, tt.places, tt.orgs)
		}
	}
}

func TestShortenNames(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Russian President Vladimir Putin met Sir Keir Starmer", "Putin met Starmer"},
		{"German Chancellor Friedrich Merz’s plan", "Merz’s plan"},
		{"Saudi Arabia hosted talks", "Saudi Arabia hosted talks"},
		{"Queen Maria Lopez of Spain arrived in Lisbon", "Lopez of Spain arrived in Lisbon"},
		{"a letter to Prime Minister Tom Hale of Canada", "a letter to Hale of Canada"},
	}
	for _, tt := range tests {
		if got := ShortenNames(tt.in); got != tt.want {
			t.Errorf("ShortenNames(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
