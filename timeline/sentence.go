package timeline

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Sentence is one sentence of a clean text: the byte span [Start, End) of
// the text, trimmed of white space. Heading reports a line that ends
// without sentence punctuation, such as a section heading, kept as a unit
// of its own.
type Sentence struct {
	Start, End int
	Heading    bool
}

// Text returns the sentence's text in text.
func (s Sentence) Text(text string) string { return text[s.Start:s.End] }

// Sentences splits a clean text into sentences. A line break always ends a
// sentence (Clean puts each paragraph on a line of its own); within a line,
// ".", "!", "?" and "…", with any closing quotes or brackets, end one when
// white space and a capital letter, a digit or an opening quote follow. A
// period does not end a sentence after a title (Mr., Gen., Sen.) or an
// initial, and after an abbreviation such as U.S., a.m. or Jan. only when a
// word that usually opens a sentence follows.
func Sentences(text string) []Sentence {
	var out []Sentence
	for _, ln := range splitLines(text) {
		start, end := trimSpan(text, ln.start, ln.end)
		if start >= end {
			continue
		}
		t := text[start:end]
		if !endsSentence(t) && wordCount(t) <= 20 {
			out = append(out, Sentence{Start: start, End: end, Heading: true})
			continue
		}
		out = appendSentences(out, text, start, end)
	}
	return out
}

// appendSentences splits text[start:end], one paragraph, into sentences.
func appendSentences(out []Sentence, text string, start, end int) []Sentence {
	from := start
	for i := start; i < end; {
		r, size := utf8.DecodeRuneInString(text[i:end])
		if r != '.' && r != '!' && r != '?' && r != '…' {
			i += size
			continue
		}
		j := skipClosers(text, i+size, end)
		if j >= end {
			break
		}
		if !isSpace(text[j]) {
			i = j
			continue
		}
		k := j
		for k < end && isSpace(text[k]) {
			k++
		}
		if k < end && opensSentence(text[k:end]) && !(r == '.' && abbreviationBefore(text, from, i, text[k:end])) {
			out = append(out, Sentence{Start: from, End: j})
			from = k
		}
		i = k
	}
	if from < end {
		out = append(out, Sentence{Start: from, End: end})
	}
	return out
}

// skipClosers returns i moved past repeated periods and closing quotes and
// brackets.
func skipClosers(text string, i, end int) int {
	for i < end {
		r, size := utf8.DecodeRuneInString(text[i:end])
		if !strings.ContainsRune(".”’\"')]»", r) {
			return i
		}
		i += size
	}
	return i
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// opensSentence reports whether s starts like a sentence: a capital letter,
// a digit, or an opening quote or bracket.
func opensSentence(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsRune("“‘\"'([«", r)
}

// titleAbbrevs are abbreviations that precede a name or number and so never
// end a sentence.
var titleAbbrevs = setOf("Mr", "Mrs", "Ms", "Mx", "Dr", "Gen", "Sen", "Rep", "Gov", "Lt", "Col",
	"Capt", "Sgt", "Maj", "Adm", "Prof", "St", "Rev", "Hon", "Pres", "Supt", "Insp", "Cmdr",
	"Brig", "Cpl", "Pvt", "Mt", "Ft", "No", "Nos", "Vol", "vs", "v", "Messrs", "Atty", "Amb", "Fr")

// softAbbrevs are abbreviations that may also end a sentence.
var softAbbrevs = setOf("Jr", "Sr", "Inc", "Corp", "Co", "Ltd", "Bros", "etc", "Jan", "Feb", "Mar",
	"Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "approx", "est", "Dept",
	"Univ", "Ave", "Blvd", "Rd", "al", "min", "max")

// sentenceOpeners are words that usually open a sentence; after an
// ambiguous abbreviation they decide that the sentence has ended.
var sentenceOpeners = setOf("The", "A", "An", "He", "She", "It", "They", "We", "I", "You",
	"His", "Her", "Its", "Their", "Our", "My", "This", "That", "These", "Those", "There", "But",
	"And", "Yet", "So", "In", "On", "At", "For", "After", "Before", "When", "While", "However",
	"Meanwhile", "Also", "Still", "Some", "Many", "Most", "Both", "Officials", "Earlier",
	"Later", "Since", "If", "As", "What", "Why", "How", "Now", "Then", "Such", "One", "No")

// abbreviationBefore reports whether the period at text[dot] closes an
// abbreviation or initial rather than the sentence, given the text that
// follows.
func abbreviationBefore(text string, from, dot int, next string) bool {
	ws := strings.LastIndexAny(text[from:dot], " \t(“\"‘") + 1
	word := strings.TrimLeft(text[from+ws:dot], "([“\"‘'")
	if word == "" {
		return false
	}
	nextWord := strings.TrimLeft(next, "“‘\"'([«")
	if i := strings.IndexAny(nextWord, " ,;:.!?”’\""); i >= 0 {
		nextWord = nextWord[:i]
	}
	opener := sentenceOpeners[nextWord] || next != nextWord && strings.ContainsRune("“‘\"'([«", []rune(next)[0])
	switch {
	case titleAbbrevs[word]:
		return true
	case utf8.RuneCountInString(word) == 1:
		r, _ := utf8.DecodeRuneInString(word)
		return unicode.IsUpper(r) && !opener
	case softAbbrevs[word], strings.Contains(word, "."):
		return !opener
	}
	return false
}
