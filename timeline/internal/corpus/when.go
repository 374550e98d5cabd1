package corpus

import (
	"fmt"
	"math/rand/v2"
	"strconv"
	"time"
)

// when returns a time expression, as a reporter writing on day pub would
// put it, for the happening on day t: "on Thursday", "late Monday",
// "last month", "three weeks ago", "on March 4, 2023"... The expression
// resolves, against pub, to an interval holding t.
func when(r *rand.Rand, pub, t time.Time) string {
	d := int(pub.Sub(t).Hours() / 24)
	switch {
	case d < 0:
		return ahead(r, pub, t)
	case d == 0:
		return pick(r, "today", "on "+wd(t), "earlier on "+wd(t), "on "+wd(t)+" morning", "late on "+wd(t), "")
	case d <= 6:
		opts := []string{"on " + wd(t), "late " + wd(t), wd(t) + " night", "early on " + wd(t), "on " + wd(t) + ", " + md(t)}
		if d == 1 {
			opts = append(opts, "yesterday", "last night")
		}
		if sameWeek(pub, t) {
			opts = append(opts, "earlier this week")
		} else {
			opts = append(opts, "last "+wd(t), "last week")
		}
		return pick(r, opts...)
	case d <= 13:
		// Not "last Monday": read as the latest Monday, it would be wrong.
		opts := []string{"on " + md(t), spell(d) + " days ago"}
		if d == 7 {
			opts = append(opts, "a week ago")
		}
		if sameWeek(pub.AddDate(0, 0, -7), t) {
			opts = append(opts, "last week")
		}
		return pick(r, opts...)
	case d <= 62:
		return recent(r, pub, t, d)
	}
	return distant(r, pub, t)
}

// recent phrases a day two to nine weeks before pub.
func recent(r *rand.Rand, pub, t time.Time, d int) string {
	opts := []string{"on " + md(t), "on " + wd(t) + ", " + md(t), part(t)}
	if d%7 == 0 {
		opts = append(opts, spell(d/7)+" weeks ago")
	}
	if months(pub, t) == 1 {
		opts = append(opts, "last month")
	}
	if months(pub, t) == 0 {
		opts = append(opts, "earlier this month")
	}
	return pick(r, opts...)
}

// distant phrases a day more than two months before pub. A month and day
// without a year are used only within five months, as reporters do: further
// back, "on January 10" would be read as the coming one.
func distant(r *rand.Rand, pub, t time.Time) string {
	opts := []string{"on " + md(t) + ", " + yr(t), "on " + strconv.Itoa(t.Day()) + " " + t.Month().String() + " " + yr(t),
		"in " + t.Month().String() + " " + yr(t), "on " + t.Format("2006-01-02")}
	if t.Year() == pub.Year() {
		opts = append(opts, "earlier this year")
		if pub.Sub(t) < 150*24*time.Hour {
			opts = append(opts, "in "+t.Month().String(), "on "+md(t))
		}
	}
	if t.Year() == pub.Year()-1 {
		opts = append(opts, "last year")
	}
	if pub.Year()-t.Year() >= 2 {
		opts = append(opts, "in "+yr(t))
	}
	return pick(r, opts...)
}

// ahead phrases a day after pub.
func ahead(r *rand.Rand, pub, t time.Time) string {
	d := int(t.Sub(pub).Hours() / 24)
	opts := []string{"on " + md(t)}
	switch {
	case d == 1:
		opts = append(opts, "tomorrow", "on "+wd(t))
	case d <= 6:
		opts = append(opts, "on "+wd(t), "next "+wd(t), "in "+spell(d)+" days")
	case d <= 13:
		opts = append(opts, "next "+wd(t), "next week")
	case months(t, pub) == 1:
		opts = append(opts, "next month", "in "+t.Month().String())
	case t.Year() == pub.Year():
		opts = append(opts, "in "+t.Month().String(), "later this year")
	default:
		opts = append(opts, "in "+t.Month().String()+" "+yr(t), "next year")
	}
	return pick(r, opts...)
}

// past returns a background time expression before pub, of any grain.
func past(r *rand.Rand, pub time.Time) string {
	switch r.IntN(4) {
	case 0:
		return when(r, pub, pub.AddDate(0, 0, -1-r.IntN(60)))
	case 1:
		return when(r, pub, pub.AddDate(0, 0, -60-r.IntN(900)))
	case 2:
		return pick(r, "earlier this week", "last week", "last month", "three weeks ago", "two months ago",
			"last year", "a year ago", "in recent weeks", "last weekend", "last "+season(pub.AddDate(0, -6, 0)),
			"in the first quarter", "at the start of the year", "the previous week", "a decade ago")
	}
	y := pub.Year() - 1 - r.IntN(12)
	return pick(r, "in "+strconv.Itoa(y), "in the "+strconv.Itoa(y/10*10)+"s", "since "+strconv.Itoa(y),
		"in late "+strconv.Itoa(y), "in the summer of "+strconv.Itoa(y), "between "+month(r)+" and "+month(r)+" "+strconv.Itoa(y),
		"from "+strconv.Itoa(y)+" to "+strconv.Itoa(y+1+r.IntN(3)))
}

// future returns a time expression after pub.
func future(r *rand.Rand, pub time.Time) string {
	if r.IntN(2) == 0 {
		return ahead(r, pub, pub.AddDate(0, 0, 1+r.IntN(200)))
	}
	return pick(r, "next week", "next month", "later this year", "in the coming weeks", "next year",
		"by the end of the year", "within 30 days", "in the second half of the year", "next spring",
		"by "+strconv.Itoa(pub.Year()+1+r.IntN(5)), "in early "+strconv.Itoa(pub.Year()+1), "within two weeks")
}

// duration returns a duration phrase that reads after a verb.
func duration(r *rand.Rand) string {
	return pick(r, "for three years", "for more than a decade", "for 18 months", "for nearly two years",
		"for six months", "over the past year", "for weeks", "for almost a year", "since the start of the war",
		"for the past five years", "for decades", "over the past 12 months", "for the past two weeks")
}

// set returns a recurring time phrase.
func set(r *rand.Rand) string {
	return pick(r, "every Monday", "each year", "twice a week", "every three months", "every day",
		"once a month", "each spring", "every other week", "annually", "every Friday")
}

// clock returns a time-of-day phrase.
func clock(r *rand.Rand) string {
	return pick(r, "at 3 p.m. local time", "shortly before midnight", "at 10:30 a.m.", "at dawn",
		"at 14:00 GMT", "early in the morning", "around noon", "late in the evening", "at 9 a.m.",
		"just after 2 a.m.")
}

// pick returns one of opts, chosen by r.
func pick(r *rand.Rand, opts ...string) string { return opts[r.IntN(len(opts))] }

// wd returns the weekday name of t.
func wd(t time.Time) string { return t.Weekday().String() }

// md returns "March 4" for t.
func md(t time.Time) string { return t.Month().String() + " " + strconv.Itoa(t.Day()) }

// yr returns the year of t.
func yr(t time.Time) string { return strconv.Itoa(t.Year()) }

// month returns a random month name.
func month(r *rand.Rand) string { return time.Month(1 + r.IntN(12)).String() }

// part returns "in early March", "in mid-March" or "in late March" for
// the part of the month t is in.
func part(t time.Time) string {
	switch {
	case t.Day() <= 10:
		return "in early " + t.Month().String()
	case t.Day() <= 20:
		return "in mid-" + t.Month().String()
	}
	return "in late " + t.Month().String()
}

// season returns the northern season of t.
func season(t time.Time) string {
	return [...]string{"winter", "winter", "spring", "spring", "spring", "summer", "summer", "summer",
		"autumn", "autumn", "autumn", "winter"}[t.Month()-1]
}

// months returns the number of calendar months from b to a.
func months(a, b time.Time) int {
	return (a.Year()-b.Year())*12 + int(a.Month()) - int(b.Month())
}

// sameWeek reports whether a and b fall in one Monday-to-Sunday week.
func sameWeek(a, b time.Time) bool {
	ay, aw := a.ISOWeek()
	by, bw := b.ISOWeek()
	return ay == by && aw == bw
}

// spell spells n in words up to twenty and in digits above.
func spell(n int) string {
	if n >= 0 && n < len(numberWords) {
		return numberWords[n]
	}
	return strconv.Itoa(n)
}

// count formats a count with thousands separators: 1,200.
func count(n int) string {
	if n < 1000 {
		return spell(n)
	}
	return fmt.Sprintf("%d,%03d", n/1000, n%1000)
}
