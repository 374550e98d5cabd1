package timeline

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// stopwords are function words, reporting verbs and time words that say
// nothing about which happening a clause reports.
var stopwords = setOf(strings.Fields(`a an the and or but nor of to in on at by for from with
without into onto over under about above below between among through during before after
since until as than then that this these those there here which who whom whose what when where
why how it its it's he him his she her hers they them their theirs we us our you your i me my
is are was were be been being am has have had having do does did done will would shall should
can could may might must not no yes also only just so very more most less least much many
some any all both each every either neither other another such same own up down out off again
further once per via if whether while though although because even still yet already now
recently later earlier ago last next this week weeks month months year years day days today
tonight yesterday tomorrow morning afternoon evening night monday tuesday wednesday thursday
friday saturday sunday january february march april may june july august september october
november december say said says saying tell told tells telling according report reported
reports reporting state stated add added note noted claim claimed official officials mr mrs
ms sir dr late early new first one two three four five six seven eight nine ten time times
around against across along alongside amid despite toward towards upon within without
however meanwhile instead whom its their`)...)

// synonyms map words to a shared form, so that "strike" and "attack", or
// "talks" and "negotiations", count as the same content.
var synonyms = map[string]string{
	"attack": "attack", "strike": "attack", "raid": "attack", "assault": "attack",
	"bombardment": "attack", "barrage": "attack", "shell": "attack",
	"talk": "talk", "negotiation": "talk", "negotiate": "talk", "discussion": "talk",
	"discuss": "talk", "dialogue": "talk", "speak": "talk", "conversation": "talk",
	"meet": "meet", "meeting": "meet", "summit": "meet", "convene": "meet", "host": "meet",
	"kill": "kill", "dead": "kill", "death": "kill", "die": "kill",
	"wound": "injure", "injure": "injure", "injury": "injure",
	"accuse": "accuse", "blame": "accuse", "charge": "accuse",
	"delay": "stall", "stall": "stall", "drag": "stall", "obfuscate": "stall",
	"ceasefire": "truce", "truce": "truce", "armistice": "truce",
	"civilian": "civilian", "people": "civilian", "person": "civilian",
	"britain": "united kingdom", "great britain": "united kingdom", "united kingdom": "united kingdom", "uk": "united kingdom", "u.k.": "united kingdom",
	"british": "united kingdom", "us": "united states", "u.s.": "united states",
	"american": "united states", "america": "united states",
	"russian": "russia", "ukrainian": "ukraine", "french": "france", "german": "germany",
	"chinese": "china", "israeli": "israel", "iranian": "iran", "turkish": "turkey",
	"kenyan": "kenya", "sudanese": "sudan", "afghan": "afghanistan", "pakistani": "pakistan",
	"indian": "india", "japanese": "japan", "korean": "korea", "syrian": "syria",
	"iraqi": "iraq", "saudi": "saudi arabia", "egyptian": "egypt", "polish": "poland",
	"italian": "italy", "spanish": "spain", "canadian": "canada", "mexican": "mexico",
	"join": "join", "accede": "join", "acced": "join", "accession": "join",
	"bomb": "bomb", "blast": "bomb", "explosion": "bomb", "explode": "bomb",
}

// irregular maps irregular verb forms to their lemma.
var irregular = map[string]string{
	"met": "meet", "held": "hold", "spoke": "speak", "spoken": "speak", "struck": "strike",
	"took": "take", "taken": "take", "made": "make", "gave": "give", "given": "give",
	"went": "go", "gone": "go", "came": "come", "began": "begin", "begun": "begin",
	"won": "win", "lost": "lose", "fought": "fight", "sought": "seek", "brought": "bring",
	"led": "lead", "left": "leave", "sent": "send", "shot": "shoot", "hit": "hit",
	"fell": "fall", "fallen": "fall", "rose": "rise", "risen": "rise", "ran": "run",
	"saw": "see", "seen": "see", "knew": "know", "known": "know", "wrote": "write",
	"written": "write", "chose": "choose", "chosen": "choose", "flew": "fly", "flown": "fly",
	"froze": "freeze", "frozen": "freeze", "withdrew": "withdraw", "withdrawn": "withdraw",
	"undertook": "undertake", "signed": "sign", "killed": "kill", "talks": "talk",
	"became": "become", "drones": "drone", "news": "news", "series": "series", "forces": "force",
}

// lemma reduces a lower-case word to a crude lemma: irregular forms from a
// table, then the endings -ies, -es, -s, -ed, -ing stripped, then the
// synonym table.
func lemma(w string) string {
	w = strings.TrimSuffix(strings.TrimSuffix(w, "’s"), "'s")
	if l, ok := irregular[w]; ok {
		w = l
	} else {
		w = stripSuffix(w)
		if strings.HasSuffix(w, "ing") {
			w = stripSuffix(w)
		}
	}
	if s, ok := synonyms[w]; ok {
		return s
	}
	return w
}

// stripSuffix strips a regular inflection from w.
func stripSuffix(w string) string {
	n := len(w)
	switch {
	case n > 4 && strings.HasSuffix(w, "ies"):
		return w[:n-3] + "y"
	case n > 5 && strings.HasSuffix(w, "ing"):
		return undouble(w[:n-3])
	case n > 4 && strings.HasSuffix(w, "ied"):
		return w[:n-3] + "y"
	case n > 4 && strings.HasSuffix(w, "ed"):
		return undouble(w[:n-2])
	case n > 4 && (strings.HasSuffix(w, "ches") || strings.HasSuffix(w, "shes") || strings.HasSuffix(w, "sses") || strings.HasSuffix(w, "xes")):
		return w[:n-2]
	case n > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is"):
		return w[:n-1]
	}
	return w
}

// undouble turns a stem with a doubled final consonant ("stopp") into its
// base ("stop"), and restores a dropped final e for a few common endings
// ("accus" -> "accuse").
func undouble(s string) string {
	n := len(s)
	if n > 2 && s[n-1] == s[n-2] && !strings.ContainsRune("aeiouls", rune(s[n-1])) {
		return s[:n-1]
	}
	for _, end := range []string{"us", "at", "iz", "ov", "uc", "lv", "rg", "rv", "ag", "in", "ur", "ud", "ar", "erv"} {
		if strings.HasSuffix(s, end) && n > 3 && !strings.HasSuffix(s, "ain") && !strings.HasSuffix(s, "ear") && !strings.HasSuffix(s, "oin") {
			return s + "e"
		}
	}
	return s
}

// keyword is a content word of a clause with its weight.
type keyword struct {
	word   string
	weight float64
}

// keywords returns the weighted content words of a mention's text: the
// names of its people (by surname), places and organisations, then the
// lemmas of its other words that are not stopwords, titles or numbers.
// Names count double. The result is sorted by word.
func keywords(clause string) []keyword {
	return keywordsWith(clause, findEntities(clause))
}

// keywordsWith returns the keywords of a clause whose entities are ents.
func keywordsWith(clause string, ents []entity) []keyword {
	w := map[string]float64{}
	add := func(k string, weight float64) {
		if weight > w[k] {
			w[k] = weight
		}
	}
	inName := map[string]bool{}
	for _, e := range ents {
		add(entityKey(e), 2)
		for _, f := range strings.Fields(e.name) {
			inName[f] = true
		}
	}
	for i, tok := range tokens(clause) {
		if inName[tok] || roleWords[tok] || roleWords[capitalise(tok)] {
			continue
		}
		low := strings.ToLower(tok)
		if isAcronymWord(tok) && synonyms[low] != "" {
			low = synonyms[low]
		}
		if stopwords[low] || len([]rune(low)) < 3 && synonyms[low] == "" || isNumber(low) {
			continue
		}
		proper := i > 0 && isCap(tok)
		l := low
		if proper {
			l = lemmaName(tok)
		} else {
			l = lemma(low)
		}
		if stopwords[l] {
			continue
		}
		weight := 1.0
		if proper {
			weight = 2
		}
		add(l, weight)
	}
	out := make([]keyword, 0, len(w))
	for k, v := range w {
		out = append(out, keyword{k, v})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].word < out[j].word })
	return out
}

// lemmaName returns the keyword of a name: lower-cased, possessive
// dropped, through the synonym table ("British" and "UK" are the same).
func lemmaName(name string) string {
	name = strings.TrimSuffix(strings.TrimSuffix(name, "’s"), "'s")
	if a := initials(name); a != "" {
		name = a
	}
	low := strings.ToLower(name)
	if s, ok := synonyms[low]; ok {
		return s
	}
	return low
}

// initials returns the acronym of a name of three or more capitalised
// words, which stands for the name in keywords ("North Atlantic Treaty
// Organization" and "NATO", "Federal Bureau of Investigation" and "FBI"),
// or "" for another name.
func initials(name string) string {
	var b strings.Builder
	for _, w := range strings.Fields(name) {
		switch {
		case w == "of" || w == "and" || w == "for" || w == "the":
		case !isCap(w):
			return ""
		default:
			r, _ := utf8.DecodeRuneInString(w)
			b.WriteRune(r)
		}
	}
	if b.Len() < 3 {
		return ""
	}
	return b.String()
}

// tokens returns the words of s: runs of letters, digits, hyphens, dots
// inside abbreviations, and apostrophes.
func tokens(s string) []string {
	f := strings.FieldsFunc(s, func(r rune) bool { return !isWordRune(r) && r != '.' })
	out := f[:0]
	for _, t := range f {
		t = strings.Trim(t, ".-'’")
		if strings.Count(t, ".") > 0 && !isAcronym(t) {
			for _, p := range strings.Split(t, ".") {
				if p != "" {
					out = append(out, p)
				}
			}
			continue
		}
		if t == "" {
			continue
		}
		out = append(out, t)
		if parts := strings.Split(t, "-"); len(parts) > 1 && isCap(parts[0]) && isCap(parts[len(parts)-1]) {
			out = append(out, parts...)
		}
	}
	return out
}

// isAcronym reports whether t is a dotted abbreviation such as "U.S".
func isAcronym(t string) bool {
	for _, p := range strings.Split(t, ".") {
		if len([]rune(p)) > 2 {
			return false
		}
	}
	return true
}

// isNumber reports whether s is made of digits and separators only.
func isNumber(s string) bool {
	for _, r := range s {
		if !unicode.IsDigit(r) && r != ',' && r != '.' && r != '-' {
			return false
		}
	}
	return true
}

// keywordTotal returns the sum of the weights of ks.
func keywordTotal(ks []keyword) float64 {
	var w float64
	for _, k := range ks {
		w += k.weight
	}
	return w
}

// entityKey is the keyword a named entity stands for: a person by
// surname, a place by its usual name, an organisation as named.
func entityKey(e entity) string {
	name := e.name
	switch e.kind {
	case personKind:
		name = surname(name)
	case placeKind:
		name = canonicalPlace(name)
	}
	return lemmaName(name)
}
