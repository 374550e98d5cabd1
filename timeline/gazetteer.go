package timeline

import "strings"

// countries lists the world's countries and the regions news names like
// countries. Capitals and large cities follow in capitals.
var countries = setOf(strings.Split(`Afghanistan|Albania|Algeria|Andorra|Angola|Argentina|Armenia|Australia|Austria|Azerbaijan|Bahamas|Bahrain|Bangladesh|Barbados|Belarus|Belgium|Belize|Benin|Bhutan|Bolivia|Bosnia|Botswana|Brazil|Brunei|Bulgaria|Burkina Faso|Burundi|Cambodia|Cameroon|Canada|Chad|Chile|China|Colombia|Comoros|Congo|Costa Rica|Croatia|Cuba|Cyprus|Czech Republic|Czechia|Denmark|Djibouti|Dominica|Dominican Republic|Ecuador|Egypt|El Salvador|Eritrea|Estonia|Eswatini|Ethiopia|Fiji|Finland|France|Gabon|Gambia|Georgia|Germany|Ghana|Greece|Grenada|Guatemala|Guinea|Guyana|Haiti|Honduras|Hungary|Iceland|India|Indonesia|Iran|Iraq|Ireland|Israel|Italy|Ivory Coast|Jamaica|Japan|Jordan|Kazakhstan|Kenya|Kosovo|Kuwait|Kyrgyzstan|Laos|Latvia|Lebanon|Lesotho|Liberia|Libya|Liechtenstein|Lithuania|Luxembourg|Madagascar|Malawi|Malaysia|Maldives|Mali|Malta|Mauritania|Mauritius|Mexico|Moldova|Monaco|Mongolia|Montenegro|Morocco|Mozambique|Myanmar|Namibia|Nepal|Netherlands|New Zealand|Nicaragua|Niger|Nigeria|North Korea|North Macedonia|Norway|Oman|Pakistan|Palestine|Panama|Papua New Guinea|Paraguay|Peru|Philippines|Poland|Portugal|Qatar|Romania|Russia|Rwanda|Saudi Arabia|Senegal|Serbia|Sierra Leone|Singapore|Slovakia|Slovenia|Somalia|South Africa|South Korea|South Sudan|Spain|Sri Lanka|Sudan|Suriname|Sweden|Switzerland|Syria|Taiwan|Tajikistan|Tanzania|Thailand|Togo|Tunisia|Turkey|Türkiye|Turkmenistan|Uganda|Ukraine|United Arab Emirates|United Kingdom|United States|Uruguay|Uzbekistan|Venezuela|Vietnam|Yemen|Zambia|Zimbabwe|Britain|Great Britain|England|Scotland|Wales|Northern Ireland|America|Gaza|West Bank|Crimea|Donbas|Europe|Asia|Africa|Middle East|Latin America|Arctic|Antarctica|Balkans|Baltic|Caucasus|Siberia|Kashmir|Tibet|Hong Kong|Greenland|Puerto Rico`, "|")...)

// capitals lists capitals and a few large cities that news often names
// without a cue.
var capitals = setOf(strings.Split(`Kabul|Tirana|Algiers|Buenos Aires|Yerevan|Canberra|Vienna|Baku|Dhaka|Minsk|Brussels|Sofia|Ottawa|Santiago|Beijing|Bogota|Zagreb|Havana|Nicosia|Prague|Copenhagen|Cairo|Tallinn|Addis Ababa|Helsinki|Paris|Tbilisi|Berlin|Accra|Athens|Budapest|Reykjavik|New Delhi|Delhi|Jakarta|Tehran|Baghdad|Dublin|Jerusalem|Tel Aviv|Rome|Tokyo|Amman|Astana|Nairobi|Pristina|Riga|Beirut|Tripoli|Vilnius|Luxembourg|Valletta|Mexico City|Chisinau|Ulaanbaatar|Podgorica|Rabat|Amsterdam|The Hague|Wellington|Abuja|Lagos|Pyongyang|Skopje|Oslo|Muscat|Islamabad|Karachi|Manila|Warsaw|Lisbon|Doha|Bucharest|Moscow|Kigali|Dakar|Belgrade|Bratislava|Ljubljana|Mogadishu|Pretoria|Johannesburg|Cape Town|Seoul|Madrid|Barcelona|Khartoum|Stockholm|Bern|Geneva|Zurich|Damascus|Taipei|Bangkok|Tunis|Ankara|Istanbul|Kampala|Kyiv|Kiev|Abu Dhabi|Dubai|London|Washington|New York|Los Angeles|Chicago|Montevideo|Tashkent|Caracas|Hanoi|Sanaa|Lusaka|Harare|Munich|Frankfurt|Milan|Davos|Brussels|Strasbourg|Luxembourg|Mumbai|Shanghai|Sydney|Toronto|Montreal|Vancouver|Rio de Janeiro|Sao Paulo|Lima|Quito|Baghdad|Mosul|Aleppo|Odesa|Odessa|Lviv|Donetsk|Luhansk|Mariupol|Kherson|Zaporizhzhia|St Petersburg|St. Petersburg|Minsk|Kursk|Belgorod|Sevastopol|Rafah|Khan Younis|Ramallah|Haifa|Brussels|Helsinki|Vilnius|Hiroshima|Osaka|Singapore|Hong Kong|Macau|Kolkata|Chennai|Karachi|Lahore|Kandahar|Dubai|Manchester|Birmingham|Glasgow|Edinburgh|Belfast|Cardiff|Marseille|Lyon|Hamburg|Cologne|Naples|Venice|Florence|Seville|Valencia|Porto|Gdansk|Krakow|Brno|Salzburg|Antwerp|Rotterdam|Gothenburg|Bergen|Aarhus|Tampere|Boston|Miami|Houston|Dallas|Atlanta|Seattle|San Francisco|Philadelphia|Detroit|Denver|Phoenix|Las Vegas|New Orleans|Baltimore`, "|")...)

// placeAliases maps other names of a place to the one used in events.
var placeAliases = map[string]string{
	"Britain": "United Kingdom", "Great Britain": "United Kingdom", "UK": "United Kingdom",
	"U.K.": "United Kingdom", "US": "United States", "U.S.": "United States",
	"USA": "United States", "U.S.A.": "United States", "America": "United States",
	"Kiev": "Kyiv", "Türkiye": "Turkey", "Czechia": "Czech Republic", "Washington DC": "Washington",
	"Washington D.C.": "Washington",
}

// demonyms are adjectives of nationality and allegiance that precede a
// title or name ("Russian President ...") and are not entities themselves.
var demonyms = setOf(strings.Fields(`Afghan Albanian Algerian American Argentine Armenian
Australian Austrian Azerbaijani Belarusian Belgian Brazilian British Bulgarian Canadian Chinese
Colombian Croatian Cuban Czech Danish Dutch Egyptian Emirati English Estonian Ethiopian
Finnish French Georgian German Greek Hungarian Indian Indonesian Iranian Iraqi Irish Israeli
Italian Japanese Jordanian Kazakh Kenyan Korean Kuwaiti Latvian Lebanese Libyan Lithuanian
Mexican Moldovan Nigerian Norwegian Pakistani Palestinian Polish Portuguese Qatari Romanian
Russian Saudi Scottish Serbian Slovak Slovenian Somali Spanish Sudanese Swedish Swiss Syrian
Taiwanese Thai Turkish Ukrainian Venezuelan Vietnamese Welsh Yemeni Western Eastern Northern
Southern Soviet Arab Iranian-made Russian-backed US U.S. UK U.K. EU UN Former former Top top Senior
senior Then Acting Interim New`)...)

// roleWords are titles and ranks that precede a person's name.
var roleWords = setOf(strings.Fields(`President Vice Prime Minister Ministers Secretary
Secretary-General Chancellor Foreign Defense Defence Interior Finance Deputy General Gen Gen.
Sen Sen. Senator Rep Rep. Representative Governor Gov Gov. Mayor King Queen Prince Princess
Pope Ambassador Envoy Spokesperson Spokesman Spokeswoman Chief Director Commander Admiral Adm
Adm. Colonel Col Col. Lt Lt. Lieutenant Captain Capt. Major Maj. Sergeant Sgt. Judge Justice
Chairman Chairwoman Chair Leader Speaker Mr Mr. Mrs Mrs. Ms Ms. Dr Dr. Sir Dame Lord Lady Sheikh
Crown Premier CEO Attorney Auditor Commissioner Councillor Councilor Archbishop Bishop
Cardinal Rabbi Imam Emir Sultan Marshal Field Chief-of-Staff Staff Counsel State Special
Security National Economy Trade Health Energy Economic Affairs Opposition First Supreme Head
High`)...)

// lowerRoles are lower-case nouns that, just before a capitalised name,
// mark it as a person: "spokesperson Tammy Bruce", "his counterpart X".
var lowerRoles = setOf(strings.Fields(`spokesperson spokesman spokeswoman envoy counterpart
minister president secretary chancellor ambassador commander adviser advisor aide leader
director chief official negotiator lawmaker senator governor mayor judge analyst journalist
reporter correspondent colonel general lieutenant captain sergeant premier deputy candidate
activist lawyer economist diplomat head founder executive businessman businesswoman tycoon
oligarch billionaire actor singer writer author professor dr`)...)

// orgHeads are nouns that make a capitalised name an organisation.
var orgHeads = setOf(strings.Fields(`Ministry Department Committee Council Commission Agency
Party Parliament Congress Senate House Union Organization Organisation Bank Fund Court Army
Navy Forces Force Guard Office Service Services Institute Association Federation Alliance
Company Corporation Corp Corp. Inc Inc. Group Ltd University College Authority Administration
Assembly Cabinet Police Bureau Board Foundation Network Coalition Command Directorate Kremlin
Pentagon Duma Knesset Bundestag Reuters Press Times Post News Journal Network Television Radio
Airlines Airways Exchange Reserve Treasury Commission Tribunal Secretariat Society Center
Centre Movement Front Brigade Brigades Battalion Corps Hamas Hezbollah Taliban`)...)

// wellKnownOrgs are organisations named without an org head.
var wellKnownOrgs = setOf("White House", "Kremlin", "Pentagon", "United Nations", "European Union",
	"Downing Street", "Elysee", "Élysée", "Vatican", "Interpol", "Europol", "Wall Street", "Red Cross",
	"Hamas", "Hezbollah", "Taliban", "Google", "Apple", "Microsoft", "Amazon", "Meta", "Tesla")

// placeAcronyms are upper-case abbreviations of places, not organisations.
var placeAcronyms = setOf("US", "U.S.", "UK", "U.K.", "USA", "UAE", "DC", "D.C.", "EU")

// nonNames are capitalised words that are not names: months, weekdays and
// words capitalised only by position.
var nonNames = setOf(strings.Fields(`January February March April May June July August September
October November December Monday Tuesday Wednesday Thursday Friday Saturday Sunday Today
Yesterday Tomorrow I God Christmas Easter Ramadan Internet`)...)
