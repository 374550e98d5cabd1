package temporal

import "strings"

// futureMarkers are words that put a sentence in the future ("will meet
// Thursday").
var futureMarkers = map[string]bool{
	"will": true, "shall": true, "ll": true, "would": true, "upcoming": true,
	"scheduled": true, "expected": true, "plans": true, "plan": true, "planned": true,
	"due": true, "going": true, "set": true, "intends": true, "hopes": true,
	"tomorrow": true, "next": true, "coming": true, "wo": true, "soon": true,
	"early": true, "planning": true, "might": true, "may": true, "should": true,
	"could": true, "hope": true, "intend": true, "aims": true, "expects": true,
	"expect": true, "anticipates": true, "anticipate": true, "forecasts": true,
	"supposed": true,
}

// pastMarkers are words that put a sentence in the past, besides words
// ending in "-ed".
var pastMarkers = map[string]bool{
	"said": true, "was": true, "were": true, "had": true, "did": true, "ago": true,
	"last": true, "told": true, "took": true, "made": true, "met": true, "came": true,
	"went": true, "began": true, "held": true, "left": true, "struck": true,
	"fought": true, "saw": true, "gave": true, "spoke": true, "wrote": true,
	"sent": true, "won": true, "lost": true, "fell": true, "rose": true, "hit": true,
	"yesterday": true, "earlier": true, "knew": true, "thought": true, "brought": true,
	"bought": true, "sold": true, "paid": true, "led": true, "ran": true, "got": true,
	"became": true, "found": true, "shot": true, "stood": true, "heard": true,
	"froze": true, "chose": true, "drew": true, "flew": true, "grew": true,
	"meant": true, "felt": true, "kept": true, "spent": true, "built": true,
}

// notPast are words ending in "-ed" that are not past tenses.
var notPast = map[string]bool{
	"need": true, "speed": true, "indeed": true, "proceed": true, "exceed": true,
	"succeed": true, "red": true, "bed": true, "shed": true, "fled": false, "united": true,
	"based": true, "related": true, "limited": true, "detailed": true, "advanced": true,
	"scheduled": true, "expected": true, "planned": true, "hundred": true,
	"supposed": true,
}

// volitional are verbs whose infinitive looks ahead: "decided to admit
// them in March", "agreed to meet Friday".
var volitional = map[string]bool{
	"decided": true, "agreed": true, "voted": true, "promised": true, "pledged": true,
	"vowed": true, "wants": true, "wanted": true, "offered": true, "prepared": true,
	"ready": true, "hoped": true, "intended": true, "aimed": true, "sought": true,
	"threatened": true, "decides": true, "agrees": true, "promises": true, "decide": true,
	"agree": true, "want": true,
}

// tense returns DirFuture or DirPast when the nearest tense marker around
// tokens [start, end) in the same sentence is a future or a past one, and
// dirTense when there is none. A marker after the expression and past a
// comma ("in March, an official said") counts only when none is nearer
// before it: it is mostly the attribution, not the event.
func (s *scan) tense(start, end int) Dir {
	const window = 12
	if s.punct(end, "'") || s.punct(end, "’") {
		return DirPast // "Wednesday's ruling"
	}
	if s.is(start-1, "until", "till") && !s.is(start-2, "not", "up") && !s.nearWord(start, end, "had") {
		return DirFuture // a deadline: "until Tuesday", but not "Until Thursday, they had not"
	}
	fallback, comma := dirTense, -1
	for d := 1; d <= window; d++ {
		for _, k := range [...]int{start - d, end - 1 + d} {
			if k < 0 || k >= len(s.toks) || s.boundary(k, start) {
				continue
			}
			if k >= end && comma < 0 && s.punct(k, ",") {
				comma = k
			}
			dir := s.marker(k)
			if dir == dirTense {
				continue
			}
			if comma >= 0 && k > comma {
				if fallback == dirTense {
					fallback = dir
				}
				continue
			}
			return dir
		}
	}
	return fallback
}

// marker returns the direction token k marks, or dirTense.
func (s *scan) marker(k int) Dir {
	w := s.toks[k].low
	if w == "to" && s.is(k-1, "is", "are", "was", "were") && s.at(k+1).kind == tokWord {
		return DirFuture // "is to resume trading Tuesday"
	}
	if (w == "was" || w == "were") && k+1 < len(s.toks) && s.marker(k+1) == DirFuture {
		return DirFuture // "were planning to drive Saturday"
	}
	if volitional[w] && s.is(k+1, "to") {
		return DirFuture
	}
	if futureMarkers[w] {
		if w == "next" && s.is(k+1, "to") || w == "may" && s.toks[k].upper && k > 0 && !s.sentenceStart(k) {
			return dirTense // "next to the embassy", the month May
		}
		if s.is(k-1, "been") && s.is(k-2, "had") {
			return DirPast // "it had been due to expire Friday"
		}
		if strings.HasSuffix(w, "ed") && s.attributive(k) {
			return dirTense // "the hastily planned trip"
		}
		if (w == "plans" || w == "plan") && (s.at(k+1).kind == tokPunct || s.is(k+1, "for", "of", "and", "or", "in", "by", "with", "that")) {
			return dirTense // the noun: "set aside vacation plans, he said"
		}
		if w == "early" && !s.is(k+1, "as") {
			return dirTense // "as early as Tuesday" looks ahead, "the early hours of Thursday" does not
		}
		if w == "set" || w == "due" || w == "going" || w == "expected" || w == "supposed" {
			if !s.is(k+1, "to") {
				return dirTense
			}
		}
		return DirFuture
	}
	if pastMarkers[w] || len(w) > 4 && strings.HasSuffix(w, "ed") && !notPast[w] && !strings.HasSuffix(w, "eed") {
		if !pastMarkers[w] && s.attributive(k) {
			return dirTense // "a still unspecified date", "the slated visit"
		}
		switch s.low(k - 1) {
		case "will", "would", "shall":
			return DirFuture
		case "be", "been", "being", "is", "are", "am", "has", "have", "get":
			if s.is(k-2, "will", "would", "ll") {
				return DirFuture
			}
			return dirTense
		}
		return DirPast
	}
	return dirTense
}

// boundary reports whether a sentence boundary lies between tokens k and
// start.
func (s *scan) boundary(k, start int) bool {
	lo, hi := k, start
	if k > start {
		lo, hi = start, k
	}
	for j := lo + 1; j <= hi; j++ {
		t := &s.toks[j-1]
		if t.kind == tokPunct && (t.text == "." || t.text == "?" || t.text == "!") && j-1 > 0 && s.sentenceEnd(j-2) {
			return true
		}
		if s.toks[j].para {
			return true
		}
	}
	return false
}

// determiners are the words after which a participle is an adjective.
var determiners = map[string]bool{
	"a": true, "an": true, "the": true, "its": true, "their": true, "his": true,
	"her": true, "our": true, "this": true, "that": true, "these": true, "those": true,
}

// attributive reports whether the participle at k follows a determiner,
// perhaps through an adverb, and so qualifies a noun rather than telling
// the tense ("a still unspecified date", "the newly elected board").
func (s *scan) attributive(k int) bool {
	if determiners[s.low(k-1)] {
		return true
	}
	a := s.low(k - 1)
	return determiners[s.low(k-2)] && (a == "still" || a == "not" || len(a) > 4 && strings.HasSuffix(a, "ly"))
}

// nearWord reports whether word w occurs within a few tokens of tokens
// [start, end) in the same sentence.
func (s *scan) nearWord(start, end int, w string) bool {
	for d := 1; d <= 6; d++ {
		for _, k := range [...]int{start - d, end - 1 + d} {
			if k >= 0 && k < len(s.toks) && s.toks[k].low == w && !s.boundary(k, start) {
				return true
			}
		}
	}
	return false
}

// sentenceEnd reports whether a full stop after token k ends a sentence:
// after a long word, or after a short lower-case word ("him.", "war.")
// when a capitalised word follows, but not after abbreviations such as
// "Mr." or "a.m.".
func (s *scan) sentenceEnd(k int) bool {
	t := s.at(k)
	if len(t.text) > 3 {
		return true
	}
	return t.kind == tokWord && len(t.text) > 1 && !t.upper && !s.punct(k-1, ".") && s.at(k+2).upper && !s.is(k, "vs", "no", "est", "etc")
}
