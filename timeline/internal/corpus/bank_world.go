package corpus

// topic is one beat of the news: the kinds of happening a story of that
// beat reports, and the detail and quote sentences its articles carry.
//
// Sentences are patterns with slots in braces, filled by fill: {a} and {b}
// are countries ({aAdj}, {bAdj} their adjectives), {p1} and {p2} people
// ({p1s}, {p2s} their surnames), {city}, {city2}, {region}, {org}, {firm},
// {firm2}, {party}, {issue}, {law}, {storm} the story's other actors;
// {cas}, {n}, {n2}, {num}, {pct}, {pct2}, {ndays}, {nyears}, {money},
// {bps}, {mag}, {kmh} its figures; {when} dates the happening against the
// article's publication day; {past}, {future}, {dur}, {set}, {clock},
// {year}, {futureyear} and {prevmonth} are time expressions of every kind.
type topic struct {
	Name    string
	Kinds   []kind
	Details []string
	Quotes  []string
}

// kind is one kind of happening: a headline and paraphrases of the
// sentence that reports it, each dated by {when}.
type kind struct {
	Head string
	Core []string
}

// diplomacy is the beat of talks, deals and envoys.
var diplomacy = topic{
	Name: "diplomacy",
	Kinds: []kind{
		{"{a} and {b} hold talks in {city} on {issue}", []string{
			"Foreign ministers of {a} and {b} met in {city} {when} for talks on {issue}.",
			"{a} and {b} held talks on {issue} in {city} {when}, the first high-level meeting between the two in months.",
		}},
		{"{a} and {b} sign deal on {issue}", []string{
			"{a} and {b} signed an agreement on {issue} in {city} {when}, officials said.",
			"Officials from {a} and {b} {when} signed a deal on {issue} at a ceremony in {city}.",
		}},
		{"{a} proposes {ndays}-day ceasefire with {b}", []string{
			"{aAdj} President {p1} proposed a {ndays}-day ceasefire with {b} {when}.",
			"{p1}, the president of {a}, put forward a plan {when} for a {ndays}-day ceasefire with {b}.",
		}},
		{"{a} expels {n} {bAdj} diplomats", []string{
			"{a} expelled {n} {bAdj} diplomats {when}, accusing them of espionage.",
			"{a} ordered {n} diplomats from {b} to leave the country {when} over spying allegations.",
		}},
	},
	Details: []string{
		"The talks were the first since {a} recalled its ambassador to {b} {past}.",
		"{bAdj} Foreign Minister {p2} told reporters the two sides would meet again {future}.",
		"A follow-up round is scheduled for {future} in {city2}, according to a diplomatic source.",
		"Relations between the two countries have been strained {dur} over a dispute about {issue}.",
		"{org} said it welcomed the move and urged both sides to keep talking.",
		"A previous round of negotiations collapsed {past} after {n2} hours of talks.",
		"The envoy of {a} visited {city2} {past} to prepare the meeting.",
	},
	Quotes: []string{
		"“We are ready to continue the dialogue, but we need concrete steps,” {p2s} said.",
		"“This is a first step, not the last one,” {p1s} told reporters in {city}.",
		"“Nobody should expect a breakthrough overnight,” a senior {aAdj} official said.",
	},
}

// conflict is the beat of strikes, offensives and prisoner swaps.
var conflict = topic{
	Name: "conflict",
	Kinds: []kind{
		{"{bAdj} strike on {city} kills {cas}", []string{
			"A {bAdj} missile strike on {city} killed {cas} people and wounded {n2} others {when}, local officials said.",
			"Missiles fired by {b} hit residential buildings in {city} {when}, killing {cas} people, officials said.",
		}},
		{"{a} launches offensive near {city}", []string{
			"{aAdj} forces launched an offensive near {city} {when}, the defence ministry said.",
			"Troops from {a} began a new offensive around {city} {when}, according to the military.",
		}},
		{"Drones hit power plant in {region}", []string{
			"Drones struck a power plant in the {region} region {when}, cutting electricity to {num} homes.",
			"A drone attack on a power plant in {region} {when} left {num} homes without electricity, the grid operator said.",
		}},
		{"{a} and {b} swap {n} prisoners", []string{
			"{a} and {b} exchanged {n} prisoners of war {when} in a swap brokered by {org}.",
			"In a swap brokered by {org}, {n} prisoners of war held by {a} and {b} were exchanged {when}.",
		}},
	},
	Details: []string{
		"The {region} region has come under repeated attack {dur}.",
		"Air raid sirens sounded across {city} {clock}.",
		"It was the deadliest attack on {city} since {year}.",
		"The military said it had shot down {n} of {n2} drones launched overnight.",
		"{a} has denied targeting civilians.",
		"Emergency crews worked through the night to clear the rubble, the emergency service said.",
		"A {ndays}-day truce agreed {past} has been broken repeatedly.",
	},
	Quotes: []string{
		"“The world must see what is happening here,” said {p1s}.",
		"“Our units are holding their positions,” a military spokesman said {past}.",
		"“We buried four people from one family,” said a resident who gave only her first name.",
	},
}

// economy is the beat of central banks, prices, deals and strikes.
var economy = topic{
	Name: "economy",
	Kinds: []kind{
		{"{aAdj} central bank raises rates to {pct}%", []string{
			"The central bank of {a} raised its benchmark interest rate to {pct} percent {when}.",
			"The {aAdj} central bank lifted its key rate by {bps} basis points to {pct} percent {when}.",
		}},
		{"{aAdj} inflation hits {pct}% in {prevmonth}", []string{
			"Consumer prices in {a} rose {pct} percent in {prevmonth} from a year earlier, the statistics office said {when}.",
			"Inflation in {a} reached {pct} percent in {prevmonth}, official data published {when} showed.",
		}},
		{"{firm} to buy {firm2} for {money}", []string{
			"{firm} agreed to buy {firm2} for {money} {when}, the companies said.",
			"{firm} {when} announced a {money} deal to acquire its rival {firm2}.",
		}},
		{"{firm} workers strike in {city}", []string{
			"Workers at the {firm} plant in {city} walked off the job {when}, demanding higher wages.",
			"Thousands of {firm} workers in {city} went on strike {when} over pay, their union said.",
		}},
	},
	Details: []string{
		"The company's shares fell {pct2} percent in early trading.",
		"Analysts had expected the decision {dur}.",
		"Growth slowed to {pct2} percent in the third quarter, the weakest pace since {year}.",
		"The deal is expected to close in the first half of {futureyear}.",
		"Inflation has stayed above the bank's target {dur}.",
		"The bank's rate-setting committee will meet again {future}.",
		"Unemployment rose to {pct2} percent {past}, the statistics office said.",
	},
	Quotes: []string{
		"“The economy is cooling faster than we expected,” said {p2}, an economist at {firm2}.",
		"“We will do whatever it takes to bring prices down,” {p1s} said.",
		"“Our members cannot live on these wages,” a union leader told reporters.",
	},
}
