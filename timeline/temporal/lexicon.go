package temporal

// This file holds the lexicons: the words the rules are built from, as
// plain maps grouped by kind. Every key is lower case. A word's class
// (see wordClass) is what the rule registry's prefilter looks at.

// monthNames maps month names and their abbreviations to 1..12.
var monthNames = map[string]int{
	"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
	"april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
	"august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
	"october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}

// weekdayNames maps weekday names to ISO weekday numbers (Monday = 1).
var weekdayNames = map[string]int{
	"monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5,
	"saturday": 6, "sunday": 7, "tues": 2, "thurs": 4,
}

// weekdayPlurals maps plural weekdays ("on Mondays") to ISO weekday numbers.
var weekdayPlurals = map[string]int{
	"mondays": 1, "tuesdays": 2, "wednesdays": 3, "thursdays": 4, "fridays": 5,
	"saturdays": 6, "sundays": 7,
}

// numberWords maps cardinal number words to their values.
var numberWords = map[string]int{
	"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
	"seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
	"thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
	"seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
	"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
	"eighty": 80, "ninety": 90, "dozen": 12,
}

// multiplierWords maps number words that multiply what precedes them.
var multiplierWords = map[string]int{"hundred": 100, "thousand": 1000}

// vagueCounts are quantity words that give an unspecified count ("several
// years" is PXY).
var vagueCounts = map[string]bool{
	"several": true, "few": true, "many": true, "some": true, "couple": true,
	"numerous": true,
}

// ordinalWords maps ordinal words to their values.
var ordinalWords = map[string]int{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
	"seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11,
	"twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
	"sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
	"twentieth": 20,
}

// decadeWords maps the decades of the twentieth century written in words
// ("the nineties") to their first year.
var decadeWords = map[string]int{
	"twenties": 1920, "thirties": 1930, "forties": 1940, "fifties": 1950,
	"sixties": 1960, "seventies": 1970, "eighties": 1980, "nineties": 1990,
}

// ordinalSuffixes are the letters that may follow a day number ("4th").
var ordinalSuffixes = map[string]bool{"st": true, "nd": true, "rd": true, "th": true}

// seasonNames maps season names to their TIMEX3 codes.
var seasonNames = map[string]string{
	"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI",
}

// partsOfDay maps parts of the day to their TIMEX3 codes.
var partsOfDay = map[string]string{
	"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI",
	"overnight": "NI",
}

// Unit is a calendar unit of durations, sets and shifts.
type Unit uint8

// The units, from the finest.
const (
	noUnit Unit = iota
	uSecond
	uMinute
	uHour
	uDay
	uWeek
	uMonth
	uQuarter
	uYear
	uDecade
	uCentury
	uWeekend
)

// unitWords maps unit nouns, singular and plural, to units.
var unitWords = map[string]Unit{
	"second": uSecond, "seconds": uSecond, "minute": uMinute, "minutes": uMinute,
	"hour": uHour, "hours": uHour, "day": uDay, "days": uDay, "week": uWeek,
	"weeks": uWeek, "fortnight": uWeek, "month": uMonth, "months": uMonth,
	"quarter": uQuarter, "quarters": uQuarter, "year": uYear, "years": uYear,
	"decade": uDecade, "decades": uDecade, "century": uCentury,
	"centuries": uCentury, "weekend": uWeekend, "weekends": uWeekend,
}

// unitPlural reports whether a unit word is plural.
var unitPlural = map[string]bool{
	"seconds": true, "minutes": true, "hours": true, "days": true, "weeks": true,
	"months": true, "quarters": true, "years": true, "decades": true,
	"centuries": true, "weekends": true,
}

// setAdverbs maps frequency adverbs to their SET values.
var setAdverbs = map[string]string{
	"daily": "P1D", "nightly": "P1D", "weekly": "P1W", "monthly": "P1M",
	"yearly": "P1Y", "annually": "P1Y", "hourly": "PT1H",
	"biweekly": "P2W", "semiannually": "P6M", "biannually": "P6M",
}

// refWords maps words that are vague references to the present, past or
// future to their TIMEX3 values.
var refWords = map[string]string{
	"now": "PRESENT_REF", "currently": "PRESENT_REF", "current": "PRESENT_REF",
	"nowadays": "PRESENT_REF", "presently": "PRESENT_REF",
	"recently": "PAST_REF", "recent": "PAST_REF", "previously": "PAST_REF",
	"formerly": "PAST_REF", "lately": "PAST_REF",
	"soon": "FUTURE_REF", "future": "FUTURE_REF",
}

// shiftWords maps the determiners of deictic shifts ("last week") to the
// offset they apply.
var shiftWords = map[string]int{
	"this": 0, "last": -1, "next": 1, "past": -1, "previous": -1, "coming": 1,
	"current": 0,
}

// dayWords maps yesterday, today and tomorrow to their day offsets.
var dayWords = map[string]int{"yesterday": -1, "today": 0, "tomorrow": 1, "tonight": 0}

// posMods maps the position words before a date ("early April") to mods.
var posMods = map[string]string{
	"early": "START", "late": "END", "mid": "MID", "middle": "MID",
	"end": "END", "beginning": "START", "start": "START", "close": "END",
}

// approxMods maps the words before a duration or date that qualify it
// ("about three years") to mods. Two-word forms are joined by a space.
var approxMods = map[string]string{
	"about": "APPROX", "around": "APPROX", "approximately": "APPROX",
	"roughly": "APPROX", "nearly": "APPROX", "almost": "APPROX",
	"some": "APPROX", "over": "MORE_THAN", "under": "LESS_THAN",
	"more than": "MORE_THAN", "less than": "LESS_THAN", "at least": "EQUAL_OR_MORE",
	"up to": "EQUAL_OR_LESS", "no more than": "EQUAL_OR_LESS",
}

// holidays maps fixed-date holidays to their month and day.
var holidays = map[string][2]int{
	"christmas": {12, 25}, "halloween": {10, 31}, "valentine": {2, 14},
}

// cls is a bit set of word classes, used by the prefilter.
type cls uint32

// The word classes.
const (
	cMonth cls = 1 << iota
	cWeekday
	cNumber
	cOrdinal
	cSeason
	cPart
	cUnit
	cSetWord
	cRef
	cShift
	cDayWord
	cMod
	cApprox
	cDet
	cAnaphor
	cHoliday
	cFiscal
	cVague
	cClock
	cDigits
)

// extraTriggers are words that start rules without being in another
// lexicon.
var extraTriggers = map[string]cls{
	"the": cDet, "a": cNumber, "an": cNumber, "that": cAnaphor, "same": cAnaphor,
	"following": cAnaphor, "earlier": cAnaphor, "later": cAnaphor,
	"each": cSetWord, "every": cSetWord, "per": cSetWord, "fiscal": cFiscal,
	"fy": cFiscal, "q": cOrdinal, "h": cOrdinal, "half": cOrdinal | cNumber, "noon": cClock, "midday": cClock,
	"midnight": cClock, "new": cHoliday, "thanksgiving": cHoliday,
	"more": cApprox, "latest": cAnaphor, "full": cAnaphor, "whole": cAnaphor, "entire": cAnaphor, "less": cApprox, "these": cAnaphor, "once": cSetWord, "twice": cSetWord, "in": cRef,
	"so": cRef, "at": cApprox, "up": cApprox, "no": cApprox, "hundred": cNumber,
}

// wordClass maps every lexicon word to its classes.
var wordClass = buildWordClass()

func buildWordClass() map[string]cls {
	m := map[string]cls{}
	add := func(c cls, words ...string) {
		for _, w := range words {
			m[w] |= c
		}
	}
	for w := range monthNames {
		add(cMonth, w)
	}
	for w := range weekdayNames {
		add(cWeekday, w)
	}
	for w := range weekdayPlurals {
		add(cSetWord, w)
	}
	for w := range numberWords {
		add(cNumber, w)
	}
	for w := range vagueCounts {
		add(cVague, w)
	}
	for w := range ordinalWords {
		add(cOrdinal, w)
	}
	for w := range decadeWords {
		add(cNumber, w)
	}
	for w := range seasonNames {
		add(cSeason, w)
	}
	for w := range partsOfDay {
		add(cPart, w)
	}
	for w := range unitWords {
		add(cUnit, w)
	}
	for w := range setAdverbs {
		add(cSetWord, w)
	}
	for w := range refWords {
		add(cRef, w)
	}
	for w := range shiftWords {
		add(cShift, w)
	}
	for w := range dayWords {
		add(cDayWord, w)
	}
	for w := range posMods {
		add(cMod, w)
	}
	for w := range approxMods {
		add(cApprox, w)
	}
	for w := range holidays {
		add(cHoliday, w)
	}
	for w, c := range extraTriggers {
		add(c, w)
	}
	return m
}
