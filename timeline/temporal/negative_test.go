package temporal

import "testing"

// negativeCorpus holds texts with no time expression in them.
var negativeCorpus = []string{
	"The minister may resign.",
	"May I ask a question?",
	"Protesters will march on the capital.",
	"The March on Washington was peaceful.",
	"The office hired a girl Friday.",
	"Man Friday Productions released a film.",
	"More than 1,000 people attended.",
	"Inflation rose 2.5 percent.",
	"The 600,000 troops stood ready.",
	"They sent 2000 troops to the border.",
	"He paid $1999 for the ticket.",
	"April Smith spoke to reporters.",
	"The leaves fall in the wind.",
	"The fall of the regime was swift.",
	"The 6-year-old boy was found.",
	"Call 555-1234 for details.",
	"The score was 3-2.",
	"Good Friday services were held.",
	"Markets fell on Black Monday.",
	"The current was strong near the river's mouth.",
	"A current of air cooled the room.",
	"The preferred stock has a dividend rate of $1.76 a year.",
	"Jobs grew at a rate of 358,000 a month.",
	"It runs four flights a week and 700 seats a week.",
	"Guards stood there all day, 700 seats a week.",
	"The chip runs 15 million instructions per second.",
	"The army fired 250,000 shells per month.",
	"It was 5% of the average daily volume of 133 million shares.",
	"Profit is to rise 8.5% annually.",
	"The plant would produce about 10,000 units annually.",
	"Iraq imports about three-quarters of its food.",
	"The funds hold more than a quarter of the market.",
	"A second group of directors objected.",
	"It will be a second betrayal, she said.",
	"The minister spoke on ABC's \"This Week\" program.",
	"He said on CBS's 60 Minutes that he would stay.",
	"This is VOA Today.",
}

// TestNegatives checks that the negative corpus yields nothing.
func TestNegatives(t *testing.T) {
	for _, text := range negativeCorpus {
		if ms := Tag(text, corpusRef); len(ms) > 0 {
			t.Errorf("%q: got %s", text, describe(ms))
		}
	}
}
