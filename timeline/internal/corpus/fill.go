package corpus

import (
	"math/rand/v2"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// filler fills the slots of one article's sentences.
type filler struct {
	r      *rand.Rand
	pub    time.Time
	thread map[string]string
	event  map[string]string
	when   string
}

// fill returns pattern with every {slot} replaced and the first letter
// capitalised. A slot that fills to nothing takes the space before it (or
// the ", " after it, at the start of a sentence) along.
func (f *filler) fill(pattern string) string {
	var b strings.Builder
	b.Grow(len(pattern) + 64)
	for {
		i := strings.IndexByte(pattern, '{')
		if i < 0 {
			b.WriteString(pattern)
			break
		}
		j := strings.IndexByte(pattern[i:], '}')
		if j < 0 {
			b.WriteString(pattern)
			break
		}
		b.WriteString(pattern[:i])
		v := f.value(pattern[i+1 : i+j])
		pattern = pattern[i+j+1:]
		if v == "" {
			pattern = strings.TrimPrefix(pattern, ", ")
			trimmed := strings.TrimRight(b.String(), " ")
			b.Reset()
			b.WriteString(trimmed)
			continue
		}
		b.WriteString(v)
	}
	return capitalise(b.String())
}

// value returns the filling of one slot.
func (f *filler) value(name string) string {
	if v, ok := f.event[name]; ok {
		return v
	}
	if v, ok := f.thread[name]; ok {
		return v
	}
	r := f.r
	switch name {
	case "when":
		return f.when
	case "past":
		return past(r, f.pub)
	case "future":
		return future(r, f.pub)
	case "dur":
		return duration(r)
	case "set":
		return set(r)
	case "clock":
		return clock(r)
	case "year":
		return strconv.Itoa(f.pub.Year() - 1 - r.IntN(15))
	case "futureyear":
		return strconv.Itoa(f.pub.Year() + 1 + r.IntN(4))
	case "decade":
		return strconv.Itoa((f.pub.Year()-10-r.IntN(40))/10*10) + "s"
	}
	return "{" + name + "}"
}

// capitalise upper-cases the first letter of s.
func capitalise(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError || unicode.IsUpper(r) {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}
