package corpus

// courts is the beat of trials, verdicts and rulings.
var courts = topic{
	Name: "courts",
	Kinds: []kind{
		{"Former minister {p1s} jailed for {nyears} years", []string{
			"A court in {city} sentenced former {aAdj} minister {p1} to {nyears} years in prison for corruption {when}.",
			"Former {aAdj} minister {p1} was jailed for {nyears} years {when} after a court in {city} found him guilty of taking bribes.",
		}},
		{"{aAdj} top court strikes down {law}", []string{
			"The {aAdj} Supreme Court ruled {when} that the government's {law} was unconstitutional.",
			"The Supreme Court of {a} {when} struck down the {law}, saying it breached the constitution.",
		}},
		{"{p1} charged with fraud in {city}", []string{
			"Prosecutors in {city} charged businessman {p1} with fraud and money laundering {when}.",
			"{p1}, a businessman, was charged {when} with fraud and money laundering, prosecutors in {city} said.",
		}},
		{"Trial of {p1} opens in {city}", []string{
			"The trial of opposition leader {p1} on charges of inciting unrest opened in {city} {when}.",
			"Opposition leader {p1} went on trial in {city} {when}, accused of inciting unrest.",
		}},
	},
	Details: []string{
		"{p1s} was arrested {past} and has been held in custody since.",
		"Defence lawyers said they would appeal within 30 days.",
		"The judge adjourned the hearing until {future}.",
		"Prosecutors had sought a sentence of {n2} years.",
		"The law had been in force {dur}.",
		"The case dates back to {year}, when auditors found irregularities in public contracts.",
		"{org} criticised the proceedings {past}.",
	},
	Quotes: []string{
		"“This verdict shows that nobody is above the law,” said prosecutor {p2}.",
		"“My client is innocent and we will prove it,” his lawyer, {p2}, told reporters outside the court.",
		"“The court has restored the rule of law,” {p2s} said.",
	},
}

// elections is the beat of votes, results and resignations.
var elections = topic{
	Name: "elections",
	Kinds: []kind{
		{"{a} votes in parliamentary election", []string{
			"Voters in {a} went to the polls {when} in a parliamentary election seen as a test for the government.",
			"{a} held a parliamentary election {when}, with the ruling party facing a strong challenge.",
		}},
		{"{party} wins {aAdj} election with {pct}%", []string{
			"The {party} won {pct} percent of the vote in the {aAdj} election, official results showed {when}.",
			"Official results released {when} gave the {party} {pct} percent of the vote in {a}.",
		}},
		{"{aAdj} prime minister {p1s} resigns", []string{
			"{aAdj} Prime Minister {p1} resigned {when} after losing a confidence vote in parliament.",
			"{p1} stepped down as prime minister of {a} {when}, hours after losing a vote of confidence.",
		}},
		{"{p1} to run for president of {a}", []string{
			"Former mayor of {city} {p1} announced {when} that she would run for president of {a}.",
			"{p1}, a former mayor of {city}, said {when} she would stand in the presidential election in {a}.",
		}},
	},
	Details: []string{
		"Turnout was {pct2} percent, up from {n} percent in {year}.",
		"The next election is due in {futureyear}.",
		"{p1s} has led the party {dur}.",
		"Polling stations closed {clock}.",
		"A runoff will be held {future} if no candidate wins a majority.",
		"The party lost its majority in parliament in {year}.",
		"Observers from {org} said the vote was largely orderly.",
	},
	Quotes: []string{
		"“The people have spoken, and we will listen,” {p1s} told supporters in {city}.",
		"“This is not the end of our movement,” said {p2}, a party spokesman.",
		"“We expect a fair count,” an election official said.",
	},
}

// disasters is the beat of earthquakes, floods, fires and storms.
var disasters = topic{
	Name: "disasters",
	Kinds: []kind{
		{"Magnitude {mag} quake kills {cas} in {a}", []string{
			"A magnitude {mag} earthquake struck the {region} region of {a} {when}, killing at least {cas} people.",
			"At least {cas} people were killed when a magnitude {mag} earthquake hit {region} {when}, officials said.",
		}},
		{"Floods kill {cas} in {city}", []string{
			"Floods killed at least {cas} people in {city} {when} after days of heavy rain.",
			"Heavy rain caused floods in {city} {when}, killing at least {cas} people, the authorities said.",
		}},
		{"Wildfire forces {num} to flee near {city}", []string{
			"A wildfire forced the evacuation of {num} residents near {city} {when}.",
			"Some {num} people fled their homes near {city} {when} as a wildfire spread, firefighters said.",
		}},
		{"Cyclone {storm} hits {a}", []string{
			"Cyclone {storm} made landfall near {city} {when} with winds of up to {kmh} kilometres per hour.",
			"With winds of {kmh} kilometres per hour, Cyclone {storm} hit the coast near {city} {when}.",
		}},
	},
	Details: []string{
		"Rescue teams searched the rubble for survivors through the night.",
		"The government declared a state of emergency for {ndays} days.",
		"It was the worst disaster to hit the region since {year}.",
		"Forecasters said more rain was expected {future}.",
		"{org} said it would send {n} tonnes of aid within 48 hours.",
		"Some {num} people have been displaced {dur}.",
		"Schools in {city2} will stay closed until {future}.",
	},
	Quotes: []string{
		"“We lost everything in a few minutes,” said {p2}, a resident of {city}.",
		"“Our teams are working around the clock,” {p1s} said.",
		"“The water came in the middle of the night,” one survivor said.",
	},
}

// topics are the six beats.
var topics = []*topic{&diplomacy, &conflict, &economy, &courts, &elections, &disasters}

// background are sentences any article may carry: context with time
// expressions of every kind.
var background = []string{
	"The announcement came {past}, weeks after {a} warned {b} of further escalation.",
	"{p1s} first raised the issue {past}.",
	"{p1s} and {p2s} last spoke by phone {past}.",
	"In {year}, a similar dispute between {a} and {b} took {n} months to resolve.",
	"The measure has been in place in {region} since {year}.",
	"The {city} agreement expires at the end of {futureyear}.",
	"Officials in {city2} plan to review the situation {future}.",
	"Inspectors from {org} visit the site {set}.",
	"The {aAdj} ministry publishes casualty figures {set}.",
	"The figures for {region} cover the period from {year} to {futureyear}.",
	"{region} was last hit this hard in the {decade}.",
	"The statement from {city} was released {clock}.",
	"Talks with {org} are expected to last for several days.",
	"A committee in {city} will report its findings on {issue} by the end of the year.",
	"An earlier report by {org}, published {past}, drew criticism from lawmakers in {a}.",
	"Earlier this week, officials from {org} met local leaders in {city2}.",
	"Three weeks ago, {p2s} visited {city2}.",
	"Last month, {a} said it was considering new measures against {b}.",
	"{firm} was founded in {city2} in {year}.",
	"The mandate of the {org} mission in {region} was extended for two years in {prevmonth} {year}.",
	"It was not clear when work in {city2} would resume.",
	"A {ndays}-day deadline that {p1s} set {past} expires {future}.",
	"Police in {city} detained {n} people during protests last weekend.",
	"The {aAdj} government said it would respond within days.",
	"{aAdj} data for the fourth quarter will be published {future}.",
	"{p2s} has held the post {dur}.",
	"The dispute has dragged on {dur}, with little sign of a compromise.",
	"The {aAdj} parliament is due to debate the plan {future}.",
	"Officials from {a} and {b} have met {set} since {year}.",
	"The same thing happened in {city2} {past}, when {n} people were affected.",
}

// quotes are quotations any article may carry.
var quotes = []string{
	"“We will not accept this,” {p1s} said {past}.",
	"“There is still time to find a solution,” said {p2}.",
	"“We have been waiting {dur},” one resident told reporters.",
	"“The next few days will be decisive,” a diplomat said.",
	"“It is too early to say what happens next,” {p2s} said.",
	"“We warned about this months ago,” said an official who asked not to be named.",
	"“Nothing has changed on the ground,” a local official said.",
	"“I hope we will meet again soon,” {p1s} said after the meeting.",
}
