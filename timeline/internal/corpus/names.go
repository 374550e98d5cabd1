package corpus

// The lexicons below fill the slots of the sentence bank. People and
// companies are invented; countries, cities and organisations are real
// names, as wire copy uses them.

// firstNames are given names from many languages, so names vary.
var firstNames = []string{
	"Maria", "Anna", "Olena", "Ahmed", "Fatima", "John", "Elena", "Pierre", "Sophie",
	"Kenji", "Yuki", "Carlos", "Lucia", "Ibrahim", "Amina", "David", "Sarah", "Mikhail",
	"Irina", "Oleksandr", "Natalia", "Wei", "Li", "Rajesh", "Priya", "Mohammed", "Layla",
	"Thomas", "Claire", "Giorgos", "Eleni", "Jan", "Katarzyna", "Pedro", "Ana", "Kwame",
	"Ama", "Samuel", "Grace", "Hassan", "Noura", "Emre", "Zeynep", "Lars", "Ingrid",
	"Mateo", "Valentina", "Ravi", "Sunita", "Tomasz", "Agnieszka", "Andrei", "Ioana",
	"Daniel", "Rachel", "Omar", "Yasmin", "Hiroshi", "Mei", "Juan", "Camila", "Viktor",
	"Marta", "Kofi", "Abena", "Nikolai", "Svetlana", "Felipe", "Gabriela", "Arjun",
	"Deepa", "Stefan", "Helga", "Paolo", "Giulia", "Erik", "Astrid", "Tariq", "Salma",
}

// surnames are family names from many languages.
var surnames = []string{
	"Kovalenko", "Petrenko", "Schmidt", "Dubois", "Martin", "Rossi", "Garcia", "Lopez",
	"Silva", "Santos", "Nakamura", "Tanaka", "Chen", "Wang", "Singh", "Sharma", "Haddad",
	"Khalil", "Mensah", "Owusu", "Novak", "Kowalski", "Nowak", "Popescu", "Ionescu",
	"Johansson", "Larsen", "Papadopoulos", "Yilmaz", "Demir", "Okafor", "Adeyemi",
	"Ivanov", "Smirnova", "Fischer", "Weber", "Moreau", "Laurent", "Bianchi", "Romano",
	"Fernandez", "Morales", "Costa", "Pereira", "Suzuki", "Kim", "Park", "Nguyen",
	"Tran", "Patel", "Gupta", "Rahman", "Hussain", "Abdullah", "Mwangi", "Otieno",
	"Horvat", "Kovac", "Varga", "Nagy", "Bauer", "Hoffmann", "Jensen", "Nielsen",
	"O'Brien", "Murphy", "Walsh", "Campbell", "Stewart", "Reyes", "Cruz", "Ortega",
	"Aziz", "Karimi", "Tehrani", "Sokolov", "Volkov", "Lindqvist", "Berg", "Halvorsen",
	"Mendes", "Carvalho", "Bakr", "Farouk", "Shapiro", "Levi", "Cohen", "Friedman",
}

// country is a country with the adjective and cities wire copy uses.
type country struct {
	Name, Adj string
	Cities    []string
	Regions   []string
}

// countries are the actors of diplomacy, conflict and elections stories.
var countries = []country{
	{"Ukraine", "Ukrainian", []string{"Kyiv", "Lviv", "Odesa", "Dnipro"}, []string{"Zaporizhzhia", "Sumy", "Kherson"}},
	{"Russia", "Russian", []string{"Moscow", "Belgorod", "Kursk"}, []string{"Bryansk", "Rostov"}},
	{"France", "French", []string{"Paris", "Lyon", "Marseille"}, []string{"Brittany", "Occitanie"}},
	{"Germany", "German", []string{"Berlin", "Munich", "Hamburg"}, []string{"Bavaria", "Saxony"}},
	{"Britain", "British", []string{"London", "Manchester", "Glasgow"}, []string{"Yorkshire", "Cornwall"}},
	{"Poland", "Polish", []string{"Warsaw", "Krakow", "Gdansk"}, []string{"Silesia", "Podlasie"}},
	{"Turkey", "Turkish", []string{"Ankara", "Istanbul", "Izmir"}, []string{"Hatay", "Kahramanmaras"}},
	{"Japan", "Japanese", []string{"Tokyo", "Osaka", "Sapporo"}, []string{"Hokkaido", "Kyushu"}},
	{"India", "Indian", []string{"New Delhi", "Mumbai", "Chennai"}, []string{"Kerala", "Assam"}},
	{"Brazil", "Brazilian", []string{"Brasilia", "Sao Paulo", "Recife"}, []string{"Bahia", "Amazonas"}},
	{"Mexico", "Mexican", []string{"Mexico City", "Monterrey", "Guadalajara"}, []string{"Sonora", "Oaxaca"}},
	{"Kenya", "Kenyan", []string{"Nairobi", "Mombasa", "Kisumu"}, []string{"Turkana", "Kilifi"}},
	{"Nigeria", "Nigerian", []string{"Abuja", "Lagos", "Kano"}, []string{"Borno", "Rivers"}},
	{"Egypt", "Egyptian", []string{"Cairo", "Alexandria", "Aswan"}, []string{"Sinai", "Giza"}},
	{"Israel", "Israeli", []string{"Jerusalem", "Tel Aviv", "Haifa"}, []string{"Galilee", "Negev"}},
	{"Iran", "Iranian", []string{"Tehran", "Isfahan", "Tabriz"}, []string{"Khuzestan", "Fars"}},
	{"China", "Chinese", []string{"Beijing", "Shanghai", "Wuhan"}, []string{"Sichuan", "Yunnan"}},
	{"Taiwan", "Taiwanese", []string{"Taipei", "Kaohsiung", "Taichung"}, []string{"Hualien", "Pingtung"}},
	{"Philippines", "Philippine", []string{"Manila", "Cebu", "Davao"}, []string{"Luzon", "Mindanao"}},
	{"Indonesia", "Indonesian", []string{"Jakarta", "Surabaya", "Medan"}, []string{"Sulawesi", "Aceh"}},
	{"Pakistan", "Pakistani", []string{"Islamabad", "Karachi", "Lahore"}, []string{"Sindh", "Punjab"}},
	{"Ethiopia", "Ethiopian", []string{"Addis Ababa", "Mekele", "Gondar"}, []string{"Tigray", "Amhara"}},
	{"Sudan", "Sudanese", []string{"Khartoum", "Port Sudan", "El Fasher"}, []string{"Darfur", "Kordofan"}},
	{"Argentina", "Argentine", []string{"Buenos Aires", "Cordoba", "Rosario"}, []string{"Mendoza", "Salta"}},
	{"Chile", "Chilean", []string{"Santiago", "Valparaiso", "Concepcion"}, []string{"Biobio", "Maule"}},
	{"Spain", "Spanish", []string{"Madrid", "Barcelona", "Valencia"}, []string{"Andalusia", "Galicia"}},
	{"Italy", "Italian", []string{"Rome", "Milan", "Naples"}, []string{"Sicily", "Emilia-Romagna"}},
	{"Greece", "Greek", []string{"Athens", "Thessaloniki", "Patras"}, []string{"Crete", "Thessaly"}},
	{"Romania", "Romanian", []string{"Bucharest", "Cluj", "Iasi"}, []string{"Moldavia", "Dobruja"}},
	{"Hungary", "Hungarian", []string{"Budapest", "Debrecen", "Szeged"}, []string{"Baranya", "Pest"}},
	{"Serbia", "Serbian", []string{"Belgrade", "Novi Sad", "Nis"}, []string{"Vojvodina", "Sumadija"}},
	{"Georgia", "Georgian", []string{"Tbilisi", "Batumi", "Kutaisi"}, []string{"Adjara", "Kakheti"}},
	{"Armenia", "Armenian", []string{"Yerevan", "Gyumri", "Vanadzor"}, []string{"Syunik", "Lori"}},
	{"Azerbaijan", "Azerbaijani", []string{"Baku", "Ganja", "Sumgait"}, []string{"Nakhchivan", "Lankaran"}},
	{"South Korea", "South Korean", []string{"Seoul", "Busan", "Incheon"}, []string{"Gyeonggi", "Jeju"}},
	{"Vietnam", "Vietnamese", []string{"Hanoi", "Ho Chi Minh City", "Da Nang"}, []string{"Quang Nam", "Lao Cai"}},
	{"Colombia", "Colombian", []string{"Bogota", "Medellin", "Cali"}, []string{"Antioquia", "Cauca"}},
	{"Peru", "Peruvian", []string{"Lima", "Cusco", "Arequipa"}, []string{"Puno", "Loreto"}},
	{"Canada", "Canadian", []string{"Ottawa", "Toronto", "Vancouver"}, []string{"Alberta", "Quebec"}},
	{"the United States", "U.S.", []string{"Washington", "New York", "Chicago"}, []string{"Texas", "California"}},
}

// orgs are international organisations.
var orgs = []string{
	"the United Nations", "NATO", "the European Union", "the International Monetary Fund",
	"the World Bank", "the Red Cross", "the World Health Organization", "the African Union",
	"the International Atomic Energy Agency", "the Organization for Security and Co-operation in Europe",
	"the World Food Programme", "Amnesty International", "the Council of Europe", "the Arab League",
	"the Association of Southeast Asian Nations", "the International Criminal Court",
	"the World Trade Organization", "the UN refugee agency", "Human Rights Watch", "the G7",
}

// firmHeads and firmTails make invented company names.
var (
	firmHeads = []string{"Aster", "Borealis", "Cobalt", "Delta", "Evergreen", "Falcon", "Granite", "Helix",
		"Ionic", "Juniper", "Keystone", "Lumen", "Meridian", "Northwind", "Orion", "Pinnacle", "Quarry",
		"Riverstone", "Summit", "Tidewater", "Unity", "Vantage", "Westfield", "Zenith"}
	firmTails = []string{"Holdings", "Energy", "Motors", "Bank", "Steel", "Airlines", "Telecom",
		"Pharmaceuticals", "Logistics", "Mining", "Group", "Foods", "Semiconductors", "Shipping"}
)

// partyAdjs and partyNouns make invented party names.
var (
	partyAdjs  = []string{"Democratic", "National", "Social", "Liberal", "Progressive", "People's", "Green", "Civic", "Republican", "Labour"}
	partyNouns = []string{"Alliance", "Party", "Union", "Front", "Movement", "Coalition", "Rally", "Forum"}
)

// issues are what diplomats talk about.
var issues = []string{"trade", "energy supplies", "border security", "prisoner exchanges", "grain exports",
	"nuclear inspections", "fishing rights", "migration", "arms control", "gas transit", "water sharing",
	"maritime boundaries", "visa rules", "sanctions relief", "the return of refugees"}

// laws are what courts strike down.
var laws = []string{"emergency decree", "media law", "pension reform", "tax on bank profits", "ban on protests",
	"electoral law", "surveillance law", "citizenship law", "minimum wage law", "mining code"}

// storms are names of cyclones.
var storms = []string{"Amara", "Bertrand", "Celia", "Dorian", "Elsa", "Farid", "Gita", "Hector", "Ines",
	"Jova", "Kiran", "Lorena", "Mawar", "Nadia", "Otis", "Pabuk", "Quinn", "Rosa", "Sagar", "Tomas"}

// sources are the invented outlets articles come from, with their hosts.
var sources = []struct{ Name, Host string }{
	{"Northern Wire", "northernwire.example"},
	{"The Daily Ledger", "dailyledger.example"},
	{"Continental Press", "continentalpress.example"},
	{"Global Dispatch", "globaldispatch.example"},
	{"The Harbour Times", "harbourtimes.example"},
	{"Meridian News Service", "meridiannews.example"},
	{"The Evening Courier", "eveningcourier.example"},
	{"Atlas Report", "atlasreport.example"},
}

// numberWords spells the numbers one to twenty, as wire style does.
var numberWords = []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
	"nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
	"eighteen", "nineteen", "twenty"}
