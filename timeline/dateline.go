package timeline

import (
	"regexp"
	"strings"
	"time"
)

// datelineRE matches a dated dateline at the start of an article, such as
// "date 2025-04-04 BRUSSELS —", "April 4, 2025 —" or
// "4 April 2025, LONDON (Reuters) -".
var datelineRE = regexp.MustCompile(`^[ \t]*(?i:date:?[ \t]+)?` +
	`(?P<date>\d{4}-\d{2}-\d{2}|` +
	`(?P<month1>[A-Z][a-z]{2,8})\.? (?P<day1>\d{1,2}),? (?P<year1>\d{4})|` +
	`(?P<day2>\d{1,2}) (?P<month2>[A-Z][a-z]{2,8})\.? (?P<year2>\d{4}))` +
	`,?(?:[ \t]+(?P<place>[A-Z][A-Z.'’ ]*[A-Z.](?:,? [A-Z][A-Za-z.]*)?(?: \([A-Za-z .]+\))?))?` +
	`[ \t]*(?:—|–|--|-)[ \t]*`)

// Dateline is a dated dateline found at the start of a text.
type Dateline struct {
	Date  time.Time
	Place string
	// Len is the number of bytes the dateline takes, with the spaces after
	// its dash.
	Len int
}

// ParseDateline reads a dated dateline at the start of s. It reports false
// when s does not open with one.
func ParseDateline(s string) (Dateline, bool) {
	m := datelineRE.FindStringSubmatch(s)
	if m == nil {
		return Dateline{}, false
	}
	g := func(name string) string { return m[datelineRE.SubexpIndex(name)] }
	var d time.Time
	var err error
	switch {
	case g("month1") != "":
		d, err = parseDMY(g("day1"), g("month1"), g("year1"))
	case g("month2") != "":
		d, err = parseDMY(g("day2"), g("month2"), g("year2"))
	default:
		d, err = time.Parse("2006-01-02", g("date"))
	}
	if err != nil {
		return Dateline{}, false
	}
	return Dateline{Date: d, Place: strings.TrimSpace(g("place")), Len: len(m[0])}, true
}

// parseDMY parses a day, an English month name or its abbreviation, and a
// year.
func parseDMY(day, month, year string) (time.Time, error) {
	month = strings.TrimSuffix(month, ".")
	if len(month) > 3 && month != "Sept" {
		if t, err := time.Parse("2 January 2006", day+" "+month+" "+year); err == nil {
			return t, nil
		}
	}
	if month == "Sept" {
		month = "Sep"
	}
	return time.Parse("2 Jan 2006", day+" "+month+" "+year)
}
