/*-------------------------------------------------------------------------
 *
 * words.c
 *	  The word lists declared in words.h: personal names, cities and
 *	  countries, street and e-mail vocabulary, supplier name parts, the
 *	  product taxonomy with its price and weight bands, and the campaign
 *	  vocabulary.
 *
 * This file owns the data only; the generators in world.c decide how the
 * lists are combined.  All strings are printable ASCII (place names use
 * their English or unaccented spelling: "Munich", "Zurich", "Montreal"),
 * never empty, with single inner spaces and none at either end;
 * test/unit/test_words.c checks this and the other invariants stated in
 * words.h.  Counts are derived from the arrays, never written by hand.
 *
 * Order matters: generators index into these arrays and draw against
 * their lengths and weights, so any edit (even appending an entry, or
 * changing a weight) changes generated output and needs an
 * SG_ALGORITHM_VERSION bump.
 *
 *-------------------------------------------------------------------------
 */
#include "words.h"

/* Number of elements of an array defined in this file. */
#define LENGTHOF(array) ((int) (sizeof(array) / sizeof((array)[0])))

/* ---------------------------------------------------------------------- */
/* people */

/*
 * Given names common among customers in North America, the UK and
 * Ireland, Europe and Australasia: English-speaking and European names,
 * plus Hispanic, South Asian and romanized East Asian ones.  No spaces
 * (hyphenated Korean names are one word); unique.
 */
const char *const sg_first_names[] = {
	"James", "John", "Robert", "Michael", "William", "David", "Richard",
	"Joseph", "Thomas", "Charles", "Christopher", "Daniel", "Matthew",
	"Anthony", "Mark", "Donald", "Steven", "Paul", "Andrew", "Joshua",
	"Kenneth", "Kevin", "Brian", "George", "Timothy", "Ronald", "Edward",
	"Jason", "Jeffrey", "Ryan", "Jacob", "Gary", "Nicholas", "Eric",
	"Jonathan", "Stephen", "Larry", "Justin", "Scott", "Brandon", "Benjamin",
	"Samuel", "Gregory", "Alexander", "Frank", "Patrick", "Raymond", "Jack",
	"Dennis", "Jerry", "Tyler", "Aaron", "Henry", "Adam", "Douglas", "Nathan",
	"Peter", "Zachary", "Kyle", "Noah", "Ethan", "Jeremy", "Walter",
	"Christian", "Keith", "Roger", "Terry", "Austin", "Sean", "Gerald", "Carl",
	"Harold", "Dylan", "Arthur", "Lawrence", "Jordan", "Jesse", "Bryan",
	"Bruce", "Gabriel", "Logan", "Albert", "Alan", "Eugene", "Russell",
	"Vincent", "Philip", "Bradley", "Roy", "Wayne", "Elijah", "Liam", "Oliver",
	"Lucas", "Mason", "Owen", "Caleb", "Isaac", "Hunter", "Connor", "Evan",
	"Luke", "Jackson", "Aiden", "Carter", "Julian", "Grayson", "Levi",
	"Isaiah", "Wyatt", "Leo", "Theo", "Harry", "Oscar", "Charlie", "Alfie",
	"Freddie", "Archie", "Toby", "Callum", "Jamie", "Rory", "Ewan", "Finn",
	"Niall", "Declan", "Cian", "Conor", "Ciaran", "Hugo", "Max", "Felix",
	"Lukas", "Jonas", "Leon", "Elias", "Ben", "Niklas", "Jan", "Tobias",
	"Sebastian", "Florian", "Matthias", "Stefan", "Markus", "Dominik",
	"Moritz", "Julien", "Antoine", "Louis", "Mathieu", "Nicolas", "Pierre",
	"Thibault", "Guillaume", "Baptiste", "Etienne", "Francois", "Olivier",
	"Marco", "Luca", "Matteo", "Alessandro", "Giovanni", "Francesco",
	"Lorenzo", "Andrea", "Davide", "Stefano", "Giuseppe", "Riccardo", "Sven",
	"Erik", "Lars", "Anders", "Nils", "Magnus", "Johan", "Oskar", "Daan",
	"Bram", "Thijs", "Jesper", "Pieter", "Joris", "Koen", "Wouter", "Ruben",
	"Jose", "Luis", "Carlos", "Juan", "Miguel", "Jorge", "Diego", "Alejandro",
	"Javier", "Pablo", "Mateo", "Santiago", "Andres", "Fernando", "Ricardo",
	"Rafael", "Eduardo", "Manuel", "Sergio", "Antonio", "Roberto", "Hector",
	"Raul", "Adrian", "Ivan", "Emilio", "Arjun", "Rahul", "Vikram", "Rohan",
	"Amit", "Sanjay", "Ravi", "Aarav", "Vivek", "Nikhil", "Arun", "Karan",
	"Dev", "Anil", "Pradeep", "Suresh", "Rajesh", "Imran", "Hamza", "Ali",
	"Omar", "Bilal", "Faisal", "Tariq", "Yusuf", "Zain", "Ahmed", "Wei", "Jun",
	"Hiroshi", "Kenji", "Takeshi", "Haruto", "Ren", "Kai", "Hao", "Ming",
	"Jian", "Tao", "Min-jun", "Ji-ho", "Hyun", "Daichi", "Sora", "Minh", "Duc",
	"Mary", "Patricia", "Jennifer", "Linda", "Elizabeth", "Barbara", "Susan",
	"Jessica", "Sarah", "Karen", "Lisa", "Nancy", "Betty", "Margaret",
	"Sandra", "Ashley", "Kimberly", "Emily", "Donna", "Michelle", "Carol",
	"Amanda", "Dorothy", "Melissa", "Deborah", "Stephanie", "Rebecca",
	"Sharon", "Laura", "Cynthia", "Kathleen", "Amy", "Angela", "Shirley",
	"Anna", "Brenda", "Pamela", "Emma", "Nicole", "Helen", "Samantha",
	"Katherine", "Christine", "Rachel", "Carolyn", "Janet", "Catherine",
	"Maria", "Heather", "Diane", "Ruth", "Julie", "Olivia", "Joyce",
	"Virginia", "Victoria", "Kelly", "Lauren", "Christina", "Joan", "Evelyn",
	"Judith", "Megan", "Cheryl", "Hannah", "Jacqueline", "Martha", "Gloria",
	"Teresa", "Ann", "Sara", "Madison", "Frances", "Kathryn", "Janice", "Jean",
	"Abigail", "Alice", "Judy", "Sophia", "Grace", "Denise", "Amber", "Doris",
	"Danielle", "Beverly", "Isabella", "Theresa", "Diana", "Natalie",
	"Brittany", "Charlotte", "Marie", "Kayla", "Alexis", "Ava", "Mia",
	"Amelia", "Harper", "Ella", "Chloe", "Lily", "Zoe", "Layla", "Nora",
	"Riley", "Aria", "Scarlett", "Hazel", "Aurora", "Ellie", "Stella",
	"Violet", "Claire", "Lucy", "Audrey", "Savannah", "Leah", "Addison",
	"Maya", "Caroline", "Madeline", "Ruby", "Eva", "Freya", "Poppy", "Isla",
	"Evie", "Daisy", "Florence", "Imogen", "Phoebe", "Matilda", "Holly",
	"Jasmine", "Molly", "Rosie", "Niamh", "Aoife", "Siobhan", "Saoirse",
	"Ciara", "Orla", "Roisin", "Sinead", "Fiona", "Eilidh", "Kirsty", "Sophie",
	"Lena", "Lea", "Leonie", "Johanna", "Katharina", "Anja", "Petra", "Sabine",
	"Greta", "Ingrid", "Astrid", "Elin", "Maja", "Saga", "Linnea", "Freja",
	"Sanne", "Anouk", "Fleur", "Femke", "Lotte", "Julia", "Chiara", "Giulia",
	"Francesca", "Martina", "Alessia", "Elena", "Valentina", "Federica",
	"Camille", "Manon", "Ines", "Juliette", "Louise", "Margaux", "Celine",
	"Amelie", "Elodie", "Pauline", "Sofia", "Camila", "Valeria", "Lucia",
	"Isabel", "Carmen", "Rosa", "Ana", "Gabriela", "Daniela", "Paula",
	"Adriana", "Alejandra", "Marisol", "Veronica", "Mariana", "Ximena",
	"Guadalupe", "Beatriz", "Pilar", "Priya", "Ananya", "Aisha", "Fatima",
	"Neha", "Pooja", "Sunita", "Deepa", "Kavya", "Isha", "Anjali", "Divya",
	"Meera", "Nisha", "Sana", "Zara", "Ayesha", "Maryam", "Shreya", "Riya",
	"Lakshmi", "Mei", "Ling", "Xin", "Yan", "Hui", "Yuna", "Sakura", "Aiko",
	"Emi", "Hana", "Mai", "Seo-yeon", "Min-ji", "Linh", "Lan", "Ngoc", "Hoa",
	"Akiko", "Keiko", "Naomi", "Bethany", "Georgia", "Jade", "Chelsea",
	"Gemma", "Lydia", "Abbie", "Kate", "Jenna", "Erin",
};
const int	sg_n_first_names = LENGTHOF(sg_first_names);

/* Surnames with the same mix; no spaces ("DeLuca"), unique. */
const char *const sg_last_names[] = {
	"Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller",
	"Davis", "Rodriguez", "Martinez", "Hernandez", "Lopez", "Gonzalez",
	"Wilson", "Anderson", "Thomas", "Taylor", "Moore", "Jackson", "Martin",
	"Lee", "Perez", "Thompson", "White", "Harris", "Sanchez", "Clark",
	"Ramirez", "Lewis", "Robinson", "Walker", "Young", "Allen", "King",
	"Wright", "Scott", "Torres", "Nguyen", "Hill", "Flores", "Green", "Adams",
	"Nelson", "Baker", "Hall", "Rivera", "Campbell", "Mitchell", "Carter",
	"Roberts", "Gomez", "Phillips", "Evans", "Turner", "Diaz", "Parker",
	"Cruz", "Edwards", "Collins", "Reyes", "Stewart", "Morris", "Morales",
	"Murphy", "Cook", "Rogers", "Gutierrez", "Ortiz", "Morgan", "Cooper",
	"Peterson", "Bailey", "Reed", "Kelly", "Howard", "Ramos", "Kim", "Cox",
	"Ward", "Richardson", "Watson", "Brooks", "Chavez", "Wood", "James",
	"Bennett", "Gray", "Mendoza", "Ruiz", "Hughes", "Price", "Alvarez",
	"Castillo", "Sanders", "Patel", "Myers", "Long", "Ross", "Foster",
	"Jimenez", "Powell", "Jenkins", "Perry", "Russell", "Sullivan", "Bell",
	"Coleman", "Butler", "Henderson", "Barnes", "Fisher", "Vasquez", "Simmons",
	"Romero", "Jordan", "Patterson", "Alexander", "Hamilton", "Graham",
	"Reynolds", "Griffin", "Wallace", "Moreno", "West", "Cole", "Hayes",
	"Bryant", "Herrera", "Gibson", "Ellis", "Tran", "Medina", "Aguilar",
	"Stevens", "Murray", "Ford", "Castro", "Marshall", "Owens", "Harrison",
	"Fernandez", "McDonald", "Woods", "Washington", "Kennedy", "Wells",
	"Vargas", "Henry", "Chen", "Freeman", "Webb", "Tucker", "Guzman", "Burns",
	"Crawford", "Olson", "Simpson", "Porter", "Hunter", "Gordon", "Mendez",
	"Silva", "Shaw", "Snyder", "Mason", "Dixon", "Munoz", "Hunt", "Hicks",
	"Holmes", "Palmer", "Wagner", "Black", "Robertson", "Boyd", "Rose",
	"Stone", "Salazar", "Fox", "Warren", "Mills", "Meyer", "Rice", "Schmidt",
	"Garza", "Daniels", "Ferguson", "Nichols", "Stephens", "Soto", "Weaver",
	"Ryan", "Gardner", "Payne", "Grant", "Dunn", "Spencer", "Hawkins",
	"Arnold", "Pierce", "Hansen", "Peters", "Santos", "Hart", "Bradley",
	"Knight", "Elliott", "Cunningham", "Duncan", "Armstrong", "Hudson",
	"Carroll", "Lane", "Riley", "Andrews", "Ray", "Delgado", "Berry",
	"Perkins", "Hoffman", "Johnston", "Matthews", "Richards", "Contreras",
	"Willis", "Carpenter", "Lawrence", "Sandoval", "Walsh", "O'Brien",
	"O'Connor", "O'Neill", "Byrne", "Doyle", "McCarthy", "Quinn", "Gallagher",
	"Doherty", "Kavanagh", "Brennan", "Fitzgerald", "Lynch", "Nolan",
	"McLaughlin", "MacDonald", "Fraser", "Reid", "MacLeod", "Sinclair",
	"Cameron", "Davies", "Lloyd", "Griffiths", "Watkins", "Barker", "Fletcher",
	"Chapman", "Harvey", "Atkinson", "Barrett", "Marsh", "Newton", "Hayward",
	"Wheeler", "Lambert", "Pearce", "Holland", "Sutton", "Fowler", "Singh",
	"Kaur", "Sharma", "Kumar", "Gupta", "Shah", "Mehta", "Joshi", "Reddy",
	"Rao", "Iyer", "Nair", "Desai", "Khan", "Hussain", "Ahmed", "Malik",
	"Chaudhry", "Rahman", "Wang", "Li", "Zhang", "Liu", "Yang", "Huang",
	"Zhao", "Wu", "Zhou", "Xu", "Sun", "Zhu", "Lin", "Guo", "Wong", "Chan",
	"Cheung", "Leung", "Lam", "Ng", "Tanaka", "Suzuki", "Sato", "Watanabe",
	"Takahashi", "Ito", "Yamamoto", "Nakamura", "Kobayashi", "Kato", "Park",
	"Choi", "Jung", "Kang", "Cho", "Yoon", "Lim", "Pham", "Hoang", "Vu",
	"Dang", "Bui", "Muller", "Schneider", "Fischer", "Weber", "Schulz",
	"Becker", "Koch", "Richter", "Klein", "Wolf", "Schroder", "Neumann",
	"Schwarz", "Zimmermann", "Braun", "Hofmann", "Hartmann", "Kruger", "Lange",
	"Werner", "Krause", "Lehmann", "Keller", "Vogel", "Frank", "Berger",
	"Kaiser", "Fuchs", "Scholz", "Hahn", "Schubert", "Vogt", "Beck", "Lorenz",
	"Baumann", "Franke", "Albrecht", "Winkler", "Bernard", "Dubois", "Durand",
	"Leroy", "Moreau", "Simon", "Laurent", "Lefebvre", "Michel", "Garnier",
	"Faure", "Rousseau", "Blanc", "Guerin", "Boyer", "Chevalier", "Fontaine",
	"Mercier", "Dupont", "Bonnet", "Girard", "Morel", "Fournier", "Roux",
	"Gauthier", "Perrin", "Rossi", "Russo", "Ferrari", "Esposito", "Bianchi",
	"Romano", "Colombo", "Ricci", "Marino", "Greco", "Bruno", "Gallo", "Conti",
	"DeLuca", "Costa", "Giordano", "Mancini", "Rizzo", "Lombardi", "Moretti",
	"Barbieri", "Santoro", "Rinaldi", "Caruso", "Galli", "Leone", "Jansen",
	"Bakker", "Visser", "Smit", "Mulder", "Bos", "Vos", "Hendriks", "Dekker",
	"Brouwer", "Dijkstra", "Andersson", "Johansson", "Karlsson", "Nilsson",
	"Eriksson", "Larsson", "Olsson", "Persson", "Svensson", "Gustafsson",
	"Lindqvist", "Berg", "Lund", "Nielsen", "Jensen", "Pedersen",
	"Christensen", "Larsen", "Sorensen", "Navarro", "Dominguez", "Serrano",
	"Molina", "Blanco", "Suarez", "Ortega", "Rubio", "Iglesias", "Nunez",
	"Garrido", "Lozano", "Guerrero", "Vidal", "Cabrera", "Campos", "Vega",
	"Fuentes", "Carrasco", "Ferrer",
};
const int	sg_n_last_names = LENGTHOF(sg_last_names);

/* ---------------------------------------------------------------------- */
/* places */

/*
 * Countries customers live in and suppliers are based in.  tld is the
 * suffix of a company e-mail domain in that country.
 */
const SgCountry sg_countries[] = {
	{"US", "United States", ".com"},
	{"CA", "Canada", ".ca"},
	{"GB", "United Kingdom", ".co.uk"},
	{"IE", "Ireland", ".ie"},
	{"DE", "Germany", ".de"},
	{"FR", "France", ".fr"},
	{"ES", "Spain", ".es"},
	{"IT", "Italy", ".it"},
	{"NL", "Netherlands", ".nl"},
	{"BE", "Belgium", ".be"},
	{"AT", "Austria", ".at"},
	{"CH", "Switzerland", ".ch"},
	{"SE", "Sweden", ".se"},
	{"AU", "Australia", ".com.au"},
	{"NZ", "New Zealand", ".co.nz"},
};
const int	sg_n_countries = LENGTHOF(sg_countries);

/*
 * Cities, grouped by country, weighted roughly by metropolitan population
 * (New York = 100).  Postal and phone patterns: '#' is a digit, '@' a
 * letter, anything else literal; the literal parts are real for the
 * city (postal prefix or area, telephone area code).
 */
const SgCity sg_cities[] = {
	/*
	 * United States: region is the USPS state code; postal is the city's
	 * three-digit ZIP prefix; phone uses a local area code.
	 */
	{"New York", "NY", "US", "100##", "+1 212-###-####", 100},
	{"Newark", "NJ", "US", "071##", "+1 973-###-####", 6},
	{"Jersey City", "NJ", "US", "073##", "+1 201-###-####", 6},
	{"Paterson", "NJ", "US", "075##", "+1 973-###-####", 2},
	{"Trenton", "NJ", "US", "086##", "+1 609-###-####", 2},
	{"Yonkers", "NY", "US", "107##", "+1 914-###-####", 4},
	{"Stamford", "CT", "US", "069##", "+1 203-###-####", 4},
	{"Bridgeport", "CT", "US", "066##", "+1 203-###-####", 4},
	{"New Haven", "CT", "US", "065##", "+1 203-###-####", 4},
	{"Hartford", "CT", "US", "061##", "+1 860-###-####", 6},
	{"Los Angeles", "CA", "US", "900##", "+1 213-###-####", 60},
	{"Long Beach", "CA", "US", "908##", "+1 562-###-####", 7},
	{"Anaheim", "CA", "US", "928##", "+1 714-###-####", 7},
	{"Irvine", "CA", "US", "926##", "+1 949-###-####", 5},
	{"Pasadena", "CA", "US", "911##", "+1 626-###-####", 4},
	{"Riverside", "CA", "US", "925##", "+1 951-###-####", 10},
	{"San Bernardino", "CA", "US", "924##", "+1 909-###-####", 8},
	{"San Diego", "CA", "US", "921##", "+1 619-###-####", 17},
	{"San Francisco", "CA", "US", "941##", "+1 415-###-####", 16},
	{"Oakland", "CA", "US", "946##", "+1 510-###-####", 8},
	{"San Jose", "CA", "US", "951##", "+1 408-###-####", 10},
	{"Sacramento", "CA", "US", "958##", "+1 916-###-####", 12},
	{"Fresno", "CA", "US", "937##", "+1 559-###-####", 5},
	{"Bakersfield", "CA", "US", "933##", "+1 661-###-####", 4},
	{"Stockton", "CA", "US", "952##", "+1 209-###-####", 4},
	{"Modesto", "CA", "US", "953##", "+1 209-###-####", 3},
	{"Oxnard", "CA", "US", "930##", "+1 805-###-####", 4},
	{"Santa Barbara", "CA", "US", "931##", "+1 805-###-####", 2},
	{"Chicago", "IL", "US", "606##", "+1 312-###-####", 48},
	{"Naperville", "IL", "US", "605##", "+1 630-###-####", 4},
	{"Houston", "TX", "US", "770##", "+1 713-###-####", 36},
	{"Dallas", "TX", "US", "752##", "+1 214-###-####", 24},
	{"Fort Worth", "TX", "US", "761##", "+1 817-###-####", 12},
	{"Plano", "TX", "US", "750##", "+1 972-###-####", 5},
	{"San Antonio", "TX", "US", "782##", "+1 210-###-####", 13},
	{"Austin", "TX", "US", "787##", "+1 512-###-####", 12},
	{"El Paso", "TX", "US", "799##", "+1 915-###-####", 4},
	{"Corpus Christi", "TX", "US", "784##", "+1 361-###-####", 2},
	{"Lubbock", "TX", "US", "794##", "+1 806-###-####", 2},
	{"Washington", "DC", "US", "200##", "+1 202-###-####", 22},
	{"Arlington", "VA", "US", "222##", "+1 703-###-####", 6},
	{"Richmond", "VA", "US", "232##", "+1 804-###-####", 7},
	{"Virginia Beach", "VA", "US", "234##", "+1 757-###-####", 6},
	{"Norfolk", "VA", "US", "235##", "+1 757-###-####", 4},
	{"Baltimore", "MD", "US", "212##", "+1 410-###-####", 14},
	{"Wilmington", "DE", "US", "198##", "+1 302-###-####", 3},
	{"Philadelphia", "PA", "US", "191##", "+1 215-###-####", 32},
	{"Pittsburgh", "PA", "US", "152##", "+1 412-###-####", 12},
	{"Allentown", "PA", "US", "181##", "+1 610-###-####", 4},
	{"Harrisburg", "PA", "US", "171##", "+1 717-###-####", 3},
	{"Scranton", "PA", "US", "185##", "+1 570-###-####", 3},
	{"Miami", "FL", "US", "331##", "+1 305-###-####", 14},
	{"Fort Lauderdale", "FL", "US", "333##", "+1 954-###-####", 10},
	{"West Palm Beach", "FL", "US", "334##", "+1 561-###-####", 7},
	{"Tampa", "FL", "US", "336##", "+1 813-###-####", 12},
	{"St. Petersburg", "FL", "US", "337##", "+1 727-###-####", 4},
	{"Orlando", "FL", "US", "328##", "+1 407-###-####", 14},
	{"Jacksonville", "FL", "US", "322##", "+1 904-###-####", 8},
	{"Sarasota", "FL", "US", "342##", "+1 941-###-####", 4},
	{"Tallahassee", "FL", "US", "323##", "+1 850-###-####", 2},
	{"Pensacola", "FL", "US", "325##", "+1 850-###-####", 2},
	{"Gainesville", "FL", "US", "326##", "+1 352-###-####", 2},
	{"Atlanta", "GA", "US", "303##", "+1 404-###-####", 31},
	{"Savannah", "GA", "US", "314##", "+1 912-###-####", 2},
	{"Augusta", "GA", "US", "309##", "+1 706-###-####", 3},
	{"Boston", "MA", "US", "021##", "+1 617-###-####", 25},
	{"Cambridge", "MA", "US", "021##", "+1 617-###-####", 3},
	{"Worcester", "MA", "US", "016##", "+1 508-###-####", 5},
	{"Springfield", "MA", "US", "011##", "+1 413-###-####", 3},
	{"Providence", "RI", "US", "029##", "+1 401-###-####", 8},
	{"Manchester", "NH", "US", "031##", "+1 603-###-####", 2},
	{"Burlington", "VT", "US", "054##", "+1 802-###-####", 1},
	{"Phoenix", "AZ", "US", "850##", "+1 602-###-####", 20},
	{"Mesa", "AZ", "US", "852##", "+1 480-###-####", 5},
	{"Tucson", "AZ", "US", "857##", "+1 520-###-####", 5},
	{"Detroit", "MI", "US", "482##", "+1 313-###-####", 22},
	{"Ann Arbor", "MI", "US", "481##", "+1 734-###-####", 2},
	{"Grand Rapids", "MI", "US", "495##", "+1 616-###-####", 5},
	{"Lansing", "MI", "US", "489##", "+1 517-###-####", 3},
	{"Seattle", "WA", "US", "981##", "+1 206-###-####", 20},
	{"Tacoma", "WA", "US", "984##", "+1 253-###-####", 4},
	{"Spokane", "WA", "US", "992##", "+1 509-###-####", 3},
	{"Olympia", "WA", "US", "985##", "+1 360-###-####", 1},
	{"Portland", "OR", "US", "972##", "+1 503-###-####", 13},
	{"Salem", "OR", "US", "973##", "+1 503-###-####", 2},
	{"Eugene", "OR", "US", "974##", "+1 541-###-####", 2},
	{"Minneapolis", "MN", "US", "554##", "+1 612-###-####", 14},
	{"Saint Paul", "MN", "US", "551##", "+1 651-###-####", 5},
	{"Denver", "CO", "US", "802##", "+1 303-###-####", 15},
	{"Boulder", "CO", "US", "803##", "+1 303-###-####", 2},
	{"Colorado Springs", "CO", "US", "809##", "+1 719-###-####", 4},
	{"St. Louis", "MO", "US", "631##", "+1 314-###-####", 14},
	{"Kansas City", "MO", "US", "641##", "+1 816-###-####", 11},
	{"Charlotte", "NC", "US", "282##", "+1 704-###-####", 14},
	{"Raleigh", "NC", "US", "276##", "+1 919-###-####", 7},
	{"Durham", "NC", "US", "277##", "+1 919-###-####", 3},
	{"Greensboro", "NC", "US", "274##", "+1 336-###-####", 4},
	{"Asheville", "NC", "US", "288##", "+1 828-###-####", 2},
	{"Las Vegas", "NV", "US", "891##", "+1 702-###-####", 12},
	{"Reno", "NV", "US", "895##", "+1 775-###-####", 3},
	{"Columbus", "OH", "US", "432##", "+1 614-###-####", 11},
	{"Cleveland", "OH", "US", "441##", "+1 216-###-####", 11},
	{"Cincinnati", "OH", "US", "452##", "+1 513-###-####", 11},
	{"Dayton", "OH", "US", "454##", "+1 937-###-####", 4},
	{"Toledo", "OH", "US", "436##", "+1 419-###-####", 3},
	{"Akron", "OH", "US", "443##", "+1 330-###-####", 3},
	{"Indianapolis", "IN", "US", "462##", "+1 317-###-####", 11},
	{"Fort Wayne", "IN", "US", "468##", "+1 260-###-####", 2},
	{"Nashville", "TN", "US", "372##", "+1 615-###-####", 10},
	{"Memphis", "TN", "US", "381##", "+1 901-###-####", 7},
	{"Knoxville", "TN", "US", "379##", "+1 865-###-####", 4},
	{"Chattanooga", "TN", "US", "374##", "+1 423-###-####", 3},
	{"Louisville", "KY", "US", "402##", "+1 502-###-####", 7},
	{"Lexington", "KY", "US", "405##", "+1 859-###-####", 3},
	{"Milwaukee", "WI", "US", "532##", "+1 414-###-####", 8},
	{"Madison", "WI", "US", "537##", "+1 608-###-####", 3},
	{"Oklahoma City", "OK", "US", "731##", "+1 405-###-####", 7},
	{"Tulsa", "OK", "US", "741##", "+1 918-###-####", 5},
	{"New Orleans", "LA", "US", "701##", "+1 504-###-####", 6},
	{"Baton Rouge", "LA", "US", "708##", "+1 225-###-####", 4},
	{"Shreveport", "LA", "US", "711##", "+1 318-###-####", 2},
	{"Salt Lake City", "UT", "US", "841##", "+1 801-###-####", 6},
	{"Provo", "UT", "US", "846##", "+1 801-###-####", 3},
	{"Buffalo", "NY", "US", "142##", "+1 716-###-####", 6},
	{"Rochester", "NY", "US", "146##", "+1 585-###-####", 5},
	{"Albany", "NY", "US", "122##", "+1 518-###-####", 4},
	{"Syracuse", "NY", "US", "132##", "+1 315-###-####", 3},
	{"Ithaca", "NY", "US", "148##", "+1 607-###-####", 1},
	{"Birmingham", "AL", "US", "352##", "+1 205-###-####", 6},
	{"Huntsville", "AL", "US", "358##", "+1 256-###-####", 3},
	{"Mobile", "AL", "US", "366##", "+1 251-###-####", 2},
	{"Greenville", "SC", "US", "296##", "+1 864-###-####", 4},
	{"Columbia", "SC", "US", "292##", "+1 803-###-####", 4},
	{"Charleston", "SC", "US", "294##", "+1 843-###-####", 4},
	{"Honolulu", "HI", "US", "968##", "+1 808-###-####", 5},
	{"Omaha", "NE", "US", "681##", "+1 402-###-####", 5},
	{"Lincoln", "NE", "US", "685##", "+1 402-###-####", 2},
	{"Albuquerque", "NM", "US", "871##", "+1 505-###-####", 5},
	{"Santa Fe", "NM", "US", "875##", "+1 505-###-####", 1},
	{"Boise", "ID", "US", "837##", "+1 208-###-####", 4},
	{"Little Rock", "AR", "US", "722##", "+1 501-###-####", 4},
	{"Fayetteville", "AR", "US", "727##", "+1 479-###-####", 2},
	{"Des Moines", "IA", "US", "503##", "+1 515-###-####", 4},
	{"Cedar Rapids", "IA", "US", "524##", "+1 319-###-####", 1},
	{"Wichita", "KS", "US", "672##", "+1 316-###-####", 3},
	{"Topeka", "KS", "US", "666##", "+1 785-###-####", 1},
	{"Jackson", "MS", "US", "392##", "+1 601-###-####", 3},
	{"Anchorage", "AK", "US", "995##", "+1 907-###-####", 2},
	{"Billings", "MT", "US", "591##", "+1 406-###-####", 1},
	{"Missoula", "MT", "US", "598##", "+1 406-###-####", 1},
	{"Fargo", "ND", "US", "581##", "+1 701-###-####", 1},
	{"Sioux Falls", "SD", "US", "571##", "+1 605-###-####", 1},
	{"Cheyenne", "WY", "US", "820##", "+1 307-###-####", 1},

	/*
	 * Canada: the forward sortation area starts with the province's letter
	 * (and usually the city's own district digit).
	 */
	{"Toronto", "Ontario", "CA", "M#@ #@#", "+1 416-###-####", 22},
	{"Mississauga", "Ontario", "CA", "L5@ #@#", "+1 905-###-####", 5},
	{"Brampton", "Ontario", "CA", "L6@ #@#", "+1 905-###-####", 4},
	{"Markham", "Ontario", "CA", "L3@ #@#", "+1 905-###-####", 3},
	{"Hamilton", "Ontario", "CA", "L8@ #@#", "+1 905-###-####", 4},
	{"Oshawa", "Ontario", "CA", "L1@ #@#", "+1 905-###-####", 2},
	{"Ottawa", "Ontario", "CA", "K1@ #@#", "+1 613-###-####", 7},
	{"Kingston", "Ontario", "CA", "K7@ #@#", "+1 613-###-####", 1},
	{"Kitchener", "Ontario", "CA", "N2@ #@#", "+1 519-###-####", 3},
	{"London", "Ontario", "CA", "N6@ #@#", "+1 519-###-####", 3},
	{"Windsor", "Ontario", "CA", "N9@ #@#", "+1 519-###-####", 2},
	{"Sudbury", "Ontario", "CA", "P3@ #@#", "+1 705-###-####", 1},
	{"Montreal", "Quebec", "CA", "H#@ #@#", "+1 514-###-####", 20},
	{"Laval", "Quebec", "CA", "H7@ #@#", "+1 450-###-####", 2},
	{"Quebec City", "Quebec", "CA", "G1@ #@#", "+1 418-###-####", 4},
	{"Gatineau", "Quebec", "CA", "J8@ #@#", "+1 819-###-####", 2},
	{"Sherbrooke", "Quebec", "CA", "J1@ #@#", "+1 819-###-####", 1},
	{"Vancouver", "British Columbia", "CA", "V6@ #@#", "+1 604-###-####", 10},
	{"Surrey", "British Columbia", "CA", "V3@ #@#", "+1 604-###-####", 3},
	{"Burnaby", "British Columbia", "CA", "V5@ #@#", "+1 604-###-####", 2},
	{"Victoria", "British Columbia", "CA", "V8@ #@#", "+1 250-###-####", 2},
	{"Kelowna", "British Columbia", "CA", "V1@ #@#", "+1 250-###-####", 1},
	{"Calgary", "Alberta", "CA", "T2@ #@#", "+1 403-###-####", 8},
	{"Edmonton", "Alberta", "CA", "T5@ #@#", "+1 780-###-####", 7},
	{"Winnipeg", "Manitoba", "CA", "R3@ #@#", "+1 204-###-####", 4},
	{"Saskatoon", "Saskatchewan", "CA", "S7@ #@#", "+1 306-###-####", 2},
	{"Regina", "Saskatchewan", "CA", "S4@ #@#", "+1 306-###-####", 1},
	{"Halifax", "Nova Scotia", "CA", "B3@ #@#", "+1 902-###-####", 2},
	{"Moncton", "New Brunswick", "CA", "E1@ #@#", "+1 506-###-####", 1},
	{"St. John's", "Newfoundland and Labrador", "CA",
	"A1@ #@#", "+1 709-###-####", 1},
	{"Charlottetown", "Prince Edward Island", "CA",
	"C1@ #@#", "+1 902-###-####", 1},

	/*
	 * United Kingdom: region is the ceremonial county (or council area /
	 * preserved county outside England); the outward code is the city's
	 * postcode area.
	 */
	{"London", "Greater London", "GB", "SW1# #@@", "+44 20 #### ####", 50},
	{"Birmingham", "West Midlands", "GB", "B1# #@@", "+44 121 ### ####", 14},
	{"Manchester", "Greater Manchester", "GB",
	"M# #@@", "+44 161 ### ####", 14},
	{"Leeds", "West Yorkshire", "GB", "LS# #@@", "+44 113 ### ####", 8},
	{"Bradford", "West Yorkshire", "GB", "BD# #@@", "+44 1274 ######", 3},
	{"Sheffield", "South Yorkshire", "GB", "S# #@@", "+44 114 ### ####", 6},
	{"Liverpool", "Merseyside", "GB", "L# #@@", "+44 151 ### ####", 7},
	{"Newcastle upon Tyne", "Tyne and Wear", "GB",
	"NE# #@@", "+44 191 ### ####", 6},
	{"Sunderland", "Tyne and Wear", "GB", "SR# #@@", "+44 191 ### ####", 2},
	{"Middlesbrough", "North Yorkshire", "GB",
	"TS# #@@", "+44 1642 ######", 2},
	{"York", "North Yorkshire", "GB", "YO# #@@", "+44 1904 ######", 1},
	{"Hull", "East Riding of Yorkshire", "GB",
	"HU# #@@", "+44 1482 ######", 2},
	{"Nottingham", "Nottinghamshire", "GB", "NG# #@@", "+44 115 ### ####", 5},
	{"Leicester", "Leicestershire", "GB", "LE# #@@", "+44 116 ### ####", 4},
	{"Derby", "Derbyshire", "GB", "DE# #@@", "+44 1332 ######", 2},
	{"Coventry", "West Midlands", "GB", "CV# #@@", "+44 24 76## ####", 2},
	{"Wolverhampton", "West Midlands", "GB", "WV# #@@", "+44 1902 ######", 2},
	{"Stoke-on-Trent", "Staffordshire", "GB", "ST# #@@", "+44 1782 ######", 2},
	{"Bristol", "Bristol", "GB", "BS# #@@", "+44 117 ### ####", 5},
	{"Bath", "Somerset", "GB", "BA# #@@", "+44 1225 ######", 1},
	{"Exeter", "Devon", "GB", "EX# #@@", "+44 1392 ######", 1},
	{"Plymouth", "Devon", "GB", "PL# #@@", "+44 1752 ######", 2},
	{"Bournemouth", "Dorset", "GB", "BH# #@@", "+44 1202 ######", 2},
	{"Southampton", "Hampshire", "GB", "SO1# #@@", "+44 23 80## ####", 4},
	{"Portsmouth", "Hampshire", "GB", "PO# #@@", "+44 23 92## ####", 4},
	{"Brighton", "East Sussex", "GB", "BN# #@@", "+44 1273 ######", 3},
	{"Reading", "Berkshire", "GB", "RG# #@@", "+44 118 ### ####", 2},
	{"Oxford", "Oxfordshire", "GB", "OX# #@@", "+44 1865 ######", 1},
	{"Swindon", "Wiltshire", "GB", "SN# #@@", "+44 1793 ######", 1},
	{"Milton Keynes", "Buckinghamshire", "GB",
	"MK# #@@", "+44 1908 ######", 2},
	{"Luton", "Bedfordshire", "GB", "LU# #@@", "+44 1582 ######", 1},
	{"Cambridge", "Cambridgeshire", "GB", "CB# #@@", "+44 1223 ######", 1},
	{"Norwich", "Norfolk", "GB", "NR# #@@", "+44 1603 ######", 1},
	{"Ipswich", "Suffolk", "GB", "IP# #@@", "+44 1473 ######", 1},
	{"Glasgow", "Glasgow City", "GB", "G# #@@", "+44 141 ### ####", 8},
	{"Edinburgh", "City of Edinburgh", "GB", "EH# #@@", "+44 131 ### ####", 4},
	{"Aberdeen", "Aberdeen City", "GB", "AB1# #@@", "+44 1224 ######", 1},
	{"Dundee", "Dundee City", "GB", "DD# #@@", "+44 1382 ######", 1},
	{"Inverness", "Highland", "GB", "IV# #@@", "+44 1463 ######", 1},
	{"Cardiff", "South Glamorgan", "GB", "CF# #@@", "+44 29 #### ####", 3},
	{"Swansea", "West Glamorgan", "GB", "SA# #@@", "+44 1792 ######", 1},
	{"Belfast", "County Antrim", "GB", "BT# #@@", "+44 28 90## ####", 3},

	/* Ireland: Eircode routing key of the city. */
	{"Dublin", "County Dublin", "IE", "D0# @###", "+353 1 ### ####", 7},
	{"Cork", "County Cork", "IE", "T12 @###", "+353 21 ### ####", 2},
	{"Galway", "County Galway", "IE", "H91 @###", "+353 91 ### ###", 1},
	{"Limerick", "County Limerick", "IE", "V94 @###", "+353 61 ### ###", 1},
	{"Waterford", "County Waterford", "IE", "X91 @###", "+353 51 ### ###", 1},

	/* Germany: region is the state; the leading digits are the city's. */
	{"Berlin", "Berlin", "DE", "10###", "+49 30 ########", 20},
	{"Hamburg", "Hamburg", "DE", "22###", "+49 40 ########", 10},
	{"Munich", "Bavaria", "DE", "80###", "+49 89 ########", 12},
	{"Nuremberg", "Bavaria", "DE", "90###", "+49 911 #######", 4},
	{"Augsburg", "Bavaria", "DE", "86###", "+49 821 #######", 2},
	{"Regensburg", "Bavaria", "DE", "93###", "+49 941 #######", 1},
	{"Cologne", "North Rhine-Westphalia", "DE", "50###", "+49 221 #######", 7},
	{"Dusseldorf", "North Rhine-Westphalia", "DE",
	"40###", "+49 211 #######", 6},
	{"Dortmund", "North Rhine-Westphalia", "DE",
	"44###", "+49 231 #######", 3},
	{"Essen", "North Rhine-Westphalia", "DE", "45###", "+49 201 #######", 3},
	{"Duisburg", "North Rhine-Westphalia", "DE",
	"47###", "+49 203 #######", 2},
	{"Bochum", "North Rhine-Westphalia", "DE", "44###", "+49 234 #######", 2},
	{"Wuppertal", "North Rhine-Westphalia", "DE",
	"42###", "+49 202 #######", 2},
	{"Bielefeld", "North Rhine-Westphalia", "DE",
	"33###", "+49 521 #######", 2},
	{"Bonn", "North Rhine-Westphalia", "DE", "53###", "+49 228 #######", 2},
	{"Munster", "North Rhine-Westphalia", "DE", "48###", "+49 251 #######", 2},
	{"Aachen", "North Rhine-Westphalia", "DE", "52###", "+49 241 #######", 1},
	{"Frankfurt", "Hesse", "DE", "60###", "+49 69 ########", 8},
	{"Wiesbaden", "Hesse", "DE", "65###", "+49 611 #######", 2},
	{"Stuttgart", "Baden-Wurttemberg", "DE", "70###", "+49 711 #######", 7},
	{"Mannheim", "Baden-Wurttemberg", "DE", "68###", "+49 621 #######", 2},
	{"Karlsruhe", "Baden-Wurttemberg", "DE", "76###", "+49 721 #######", 2},
	{"Freiburg", "Baden-Wurttemberg", "DE", "79###", "+49 761 #######", 1},
	{"Heidelberg", "Baden-Wurttemberg", "DE", "69###", "+49 6221 ######", 1},
	{"Leipzig", "Saxony", "DE", "04###", "+49 341 #######", 3},
	{"Dresden", "Saxony", "DE", "01###", "+49 351 #######", 3},
	{"Hanover", "Lower Saxony", "DE", "30###", "+49 511 #######", 3},
	{"Bremen", "Bremen", "DE", "28###", "+49 421 #######", 3},
	{"Kiel", "Schleswig-Holstein", "DE", "24###", "+49 431 #######", 1},
	{"Lubeck", "Schleswig-Holstein", "DE", "23###", "+49 451 #######", 1},
	{"Mainz", "Rhineland-Palatinate", "DE", "55###", "+49 6131 ######", 1},
	{"Rostock", "Mecklenburg-Vorpommern", "DE", "18###", "+49 381 #######", 1},
	{"Potsdam", "Brandenburg", "DE", "14###", "+49 331 #######", 1},
	{"Erfurt", "Thuringia", "DE", "99###", "+49 361 #######", 1},
	{"Magdeburg", "Saxony-Anhalt", "DE", "39###", "+49 391 #######", 1},
	{"Saarbrucken", "Saarland", "DE", "66###", "+49 681 #######", 1},

	/* France: region is the region; postal starts with the department. */
	{"Paris", "Ile-de-France", "FR", "750##", "+33 1 ## ## ## ##", 50},
	{"Lyon", "Auvergne-Rhone-Alpes", "FR", "6900#", "+33 4 ## ## ## ##", 11},
	{"Grenoble", "Auvergne-Rhone-Alpes", "FR",
	"38###", "+33 4 ## ## ## ##", 3},
	{"Clermont-Ferrand", "Auvergne-Rhone-Alpes", "FR",
	"63###", "+33 4 ## ## ## ##", 2},
	{"Marseille", "Provence-Alpes-Cote d'Azur", "FR",
	"130##", "+33 4 ## ## ## ##", 8},
	{"Nice", "Provence-Alpes-Cote d'Azur", "FR",
	"06###", "+33 4 ## ## ## ##", 5},
	{"Toulon", "Provence-Alpes-Cote d'Azur", "FR",
	"83###", "+33 4 ## ## ## ##", 3},
	{"Toulouse", "Occitanie", "FR", "31###", "+33 5 ## ## ## ##", 7},
	{"Montpellier", "Occitanie", "FR", "34###", "+33 4 ## ## ## ##", 4},
	{"Bordeaux", "Nouvelle-Aquitaine", "FR", "33###", "+33 5 ## ## ## ##", 6},
	{"Limoges", "Nouvelle-Aquitaine", "FR", "87###", "+33 5 ## ## ## ##", 1},
	{"Lille", "Hauts-de-France", "FR", "59###", "+33 3 ## ## ## ##", 6},
	{"Strasbourg", "Grand Est", "FR", "67###", "+33 3 ## ## ## ##", 4},
	{"Reims", "Grand Est", "FR", "51###", "+33 3 ## ## ## ##", 2},
	{"Nantes", "Pays de la Loire", "FR", "44###", "+33 2 ## ## ## ##", 5},
	{"Angers", "Pays de la Loire", "FR", "49###", "+33 2 ## ## ## ##", 2},
	{"Rennes", "Brittany", "FR", "35###", "+33 2 ## ## ## ##", 4},
	{"Brest", "Brittany", "FR", "29###", "+33 2 ## ## ## ##", 1},
	{"Rouen", "Normandy", "FR", "76###", "+33 2 ## ## ## ##", 3},
	{"Le Havre", "Normandy", "FR", "76###", "+33 2 ## ## ## ##", 2},
	{"Tours", "Centre-Val de Loire", "FR", "37###", "+33 2 ## ## ## ##", 2},
	{"Dijon", "Bourgogne-Franche-Comte", "FR",
	"21###", "+33 3 ## ## ## ##", 2},

	/* Spain: postal starts with the province; phone with the city's prefix. */
	{"Madrid", "Community of Madrid", "ES", "280##", "+34 91 ### ## ##", 30},
	{"Barcelona", "Catalonia", "ES", "080##", "+34 93 ### ## ##", 25},
	{"Valencia", "Valencian Community", "ES", "460##", "+34 963 ## ## ##", 8},
	{"Alicante", "Valencian Community", "ES", "030##", "+34 965 ## ## ##", 3},
	{"Seville", "Andalusia", "ES", "410##", "+34 954 ## ## ##", 7},
	{"Malaga", "Andalusia", "ES", "290##", "+34 952 ## ## ##", 5},
	{"Granada", "Andalusia", "ES", "180##", "+34 958 ## ## ##", 2},
	{"Bilbao", "Basque Country", "ES", "480##", "+34 944 ## ## ##", 5},
	{"Zaragoza", "Aragon", "ES", "500##", "+34 976 ## ## ##", 4},
	{"Palma", "Balearic Islands", "ES", "070##", "+34 971 ## ## ##", 3},
	{"Las Palmas", "Canary Islands", "ES", "350##", "+34 928 ## ## ##", 3},
	{"Murcia", "Region of Murcia", "ES", "300##", "+34 968 ## ## ##", 3},
	{"Valladolid", "Castile and Leon", "ES", "470##", "+34 983 ## ## ##", 2},

	/* Italy: the city's CAP range and area code. */
	{"Rome", "Lazio", "IT", "001##", "+39 06 ########", 20},
	{"Milan", "Lombardy", "IT", "201##", "+39 02 ########", 20},
	{"Naples", "Campania", "IT", "801##", "+39 081 #######", 12},
	{"Turin", "Piedmont", "IT", "101##", "+39 011 #######", 9},
	{"Palermo", "Sicily", "IT", "901##", "+39 091 #######", 5},
	{"Catania", "Sicily", "IT", "951##", "+39 095 #######", 4},
	{"Genoa", "Liguria", "IT", "161##", "+39 010 #######", 4},
	{"Bologna", "Emilia-Romagna", "IT", "401##", "+39 051 #######", 4},
	{"Florence", "Tuscany", "IT", "501##", "+39 055 #######", 4},
	{"Bari", "Apulia", "IT", "701##", "+39 080 #######", 4},
	{"Venice", "Veneto", "IT", "301##", "+39 041 #######", 3},
	{"Verona", "Veneto", "IT", "371##", "+39 045 #######", 3},
	{"Padua", "Veneto", "IT", "351##", "+39 049 #######", 3},

	/* Netherlands: region is the province; four digits and two letters. */
	{"Amsterdam", "North Holland", "NL", "10## @@", "+31 20 ### ####", 10},
	{"Haarlem", "North Holland", "NL", "20## @@", "+31 23 ### ####", 2},
	{"Rotterdam", "South Holland", "NL", "30## @@", "+31 10 ### ####", 6},
	{"The Hague", "South Holland", "NL", "25## @@", "+31 70 ### ####", 5},
	{"Utrecht", "Utrecht", "NL", "35## @@", "+31 30 ### ####", 4},
	{"Eindhoven", "North Brabant", "NL", "56## @@", "+31 40 ### ####", 3},
	{"Tilburg", "North Brabant", "NL", "50## @@", "+31 13 ### ####", 2},
	{"Breda", "North Brabant", "NL", "48## @@", "+31 76 ### ####", 2},
	{"Groningen", "Groningen", "NL", "97## @@", "+31 50 ### ####", 2},
	{"Almere", "Flevoland", "NL", "13## @@", "+31 36 ### ####", 2},
	{"Nijmegen", "Gelderland", "NL", "65## @@", "+31 24 ### ####", 2},
	{"Arnhem", "Gelderland", "NL", "68## @@", "+31 26 ### ####", 2},

	/* Belgium: region is the province (or the capital region). */
	{"Brussels", "Brussels-Capital", "BE", "10##", "+32 2 ### ## ##", 8},
	{"Antwerp", "Antwerp", "BE", "20##", "+32 3 ### ## ##", 4},
	{"Ghent", "East Flanders", "BE", "90##", "+32 9 ### ## ##", 2},
	{"Bruges", "West Flanders", "BE", "80##", "+32 50 ## ## ##", 1},
	{"Leuven", "Flemish Brabant", "BE", "30##", "+32 16 ## ## ##", 1},
	{"Liege", "Liege", "BE", "40##", "+32 4 ### ## ##", 2},
	{"Namur", "Namur", "BE", "50##", "+32 81 ## ## ##", 1},

	/* Austria: region is the state; Vienna codes are 1, district, 0. */
	{"Vienna", "Vienna", "AT", "1##0", "+43 1 ### ####", 10},
	{"Graz", "Styria", "AT", "80##", "+43 316 ######", 2},
	{"Linz", "Upper Austria", "AT", "40##", "+43 732 ######", 2},
	{"Salzburg", "Salzburg", "AT", "50##", "+43 662 ######", 1},
	{"Innsbruck", "Tyrol", "AT", "60##", "+43 512 ######", 1},
	{"Klagenfurt", "Carinthia", "AT", "90##", "+43 463 ######", 1},

	/* Switzerland: region is the canton. */
	{"Zurich", "Zurich", "CH", "80##", "+41 44 ### ## ##", 6},
	{"Geneva", "Geneva", "CH", "12##", "+41 22 ### ## ##", 3},
	{"Basel", "Basel-Stadt", "CH", "40##", "+41 61 ### ## ##", 3},
	{"Bern", "Bern", "CH", "30##", "+41 31 ### ## ##", 2},
	{"Lausanne", "Vaud", "CH", "10##", "+41 21 ### ## ##", 2},
	{"Lucerne", "Lucerne", "CH", "60##", "+41 41 ### ## ##", 1},
	{"St. Gallen", "St. Gallen", "CH", "90##", "+41 71 ### ## ##", 1},
	{"Lugano", "Ticino", "CH", "69##", "+41 91 ### ## ##", 1},

	/* Sweden: region is the county or province. */
	{"Stockholm", "Stockholm County", "SE", "1## ##", "+46 8 ### ### ##", 10},
	{"Uppsala", "Uppsala County", "SE", "75# ##", "+46 18 ### ## ##", 2},
	{"Gothenburg", "Vastra Gotaland", "SE", "41# ##", "+46 31 ### ## ##", 5},
	{"Malmo", "Skane", "SE", "21# ##", "+46 40 ### ## ##", 3},
	{"Linkoping", "Ostergotland", "SE", "58# ##", "+46 13 ### ## ##", 1},
	{"Orebro", "Orebro County", "SE", "70# ##", "+46 19 ### ## ##", 1},
	{"Vasteras", "Vastmanland", "SE", "72# ##", "+46 21 ### ## ##", 1},

	/* Australia: region is the state or territory. */
	{"Sydney", "New South Wales", "AU", "20##", "+61 2 9### ####", 24},
	{"Newcastle", "New South Wales", "AU", "23##", "+61 2 49## ####", 3},
	{"Wollongong", "New South Wales", "AU", "25##", "+61 2 42## ####", 2},
	{"Melbourne", "Victoria", "AU", "30##", "+61 3 9### ####", 24},
	{"Geelong", "Victoria", "AU", "32##", "+61 3 52## ####", 2},
	{"Brisbane", "Queensland", "AU", "40##", "+61 7 3### ####", 13},
	{"Gold Coast", "Queensland", "AU", "42##", "+61 7 55## ####", 4},
	{"Sunshine Coast", "Queensland", "AU", "45##", "+61 7 54## ####", 2},
	{"Townsville", "Queensland", "AU", "48##", "+61 7 47## ####", 1},
	{"Cairns", "Queensland", "AU", "48##", "+61 7 40## ####", 1},
	{"Perth", "Western Australia", "AU", "60##", "+61 8 9### ####", 11},
	{"Adelaide", "South Australia", "AU", "50##", "+61 8 8### ####", 7},
	{"Canberra", "Australian Capital Territory", "AU",
	"26##", "+61 2 62## ####", 2},
	{"Hobart", "Tasmania", "AU", "70##", "+61 3 62## ####", 1},
	{"Darwin", "Northern Territory", "AU", "08##", "+61 8 89## ####", 1},

	/* New Zealand: region is the region. */
	{"Auckland", "Auckland", "NZ", "10##", "+64 9 ### ####", 8},
	{"Wellington", "Wellington", "NZ", "60##", "+64 4 ### ####", 2},
	{"Christchurch", "Canterbury", "NZ", "80##", "+64 3 ### ####", 2},
	{"Hamilton", "Waikato", "NZ", "32##", "+64 7 ### ####", 1},
	{"Tauranga", "Bay of Plenty", "NZ", "31##", "+64 7 ### ####", 1},
	{"Dunedin", "Otago", "NZ", "90##", "+64 3 ### ####", 1},
};
const int	sg_n_cities = LENGTHOF(sg_cities);

/* ---------------------------------------------------------------------- */
/* addresses and e-mail */

/* Street names: "<number> <name> <suffix>". */
const char *const sg_street_names[] = {
	"Oak", "Maple", "Pine", "Cedar", "Elm", "Birch", "Willow", "Ash", "Walnut",
	"Chestnut", "Spruce", "Cherry", "Hickory", "Magnolia", "Sycamore",
	"Poplar", "Laurel", "Holly", "Juniper", "Cypress", "Aspen", "Hawthorn",
	"Linden", "Alder", "Beech", "Hazel", "Rowan", "Cottonwood", "Dogwood",
	"Redwood", "Highland", "Church", "Station", "Victoria", "Main", "High",
	"Park", "Lake", "Hill", "River", "Mill", "Spring", "Meadow", "Forest",
	"Valley", "Ridge", "Sunset", "Lincoln", "Washington", "Jefferson",
	"Madison", "Franklin", "Jackson", "Adams", "Monroe", "Grant", "Wilson",
	"Lafayette", "King", "Queen", "Prince", "Albert", "George", "York",
	"Windsor", "Cambridge", "Oxford", "Kingston", "Richmond", "Hamilton",
	"Wellington", "Nelson", "Baker", "Chapel", "Market", "Bridge", "Castle",
	"Manor", "Abbey", "Priory", "Rectory", "Vicarage", "Grove", "Orchard",
	"Garden", "Green", "North", "South", "East", "West", "Central", "Front",
	"Water", "Harbor", "Bay", "Shore", "Beach", "Ocean", "Lakeview",
	"Riverside", "Hillside", "Fairview", "Pleasant", "Prospect", "Broad",
	"College", "School", "University", "Academy", "Commerce", "Union",
	"Liberty", "Heritage", "Colonial", "Pioneer", "Summit", "Crest", "Glen",
	"Dale", "Brook", "Creek", "Fox", "Deer", "Eagle", "Hawk", "Falcon",
	"Robin", "Sparrow", "Heron", "Swan", "Lark", "Wren", "Kingfisher",
	"Primrose", "Bluebell", "Daisy", "Rose", "Lavender", "Heather", "Ivy",
	"Clover", "Fern", "Thistle", "Foxglove", "Acacia", "Jasmine", "Orchid",
	"Olive", "Greenwood", "Woodland", "Westwood", "Eastwood", "Northgate",
	"Southgate", "Newport", "Belmont", "Clifton", "Fairfax", "Ashford",
	"Bedford", "Carlton", "Chester", "Dorset", "Essex", "Kent", "Surrey",
	"Sussex", "Devon", "Cornwall", "Stanley", "Edward", "Alexandra",
	"Elizabeth", "Warwick", "Lancaster", "Buckingham", "Canal", "Quarry",
	"Farm", "Granary", "Old Mill", "Mill Pond", "Long Acre", "New", "Old Farm",
	"Willow Creek", "Cherry Tree", "Pine Ridge", "Oak Hill", "Spring Valley",
};
const int	sg_n_street_names = LENGTHOF(sg_street_names);

const char *const sg_street_suffixes[] = {
	"Street", "Avenue", "Road", "Lane", "Drive", "Way", "Court", "Place",
	"Boulevard", "Close", "Terrace", "Crescent", "Circle", "Parkway",
	"Gardens", "Row", "Square", "Trail",
};
const int	sg_n_street_suffixes = LENGTHOF(sg_street_suffixes);

/* Consumer mail providers, weighted by a rough share of addresses. */
const SgWeighted sg_email_domains[] = {
	{"gmail.com", 38}, {"yahoo.com", 9}, {"outlook.com", 8},
	{"hotmail.com", 7}, {"icloud.com", 7}, {"aol.com", 3}, {"live.com", 3},
	{"hotmail.co.uk", 3}, {"yahoo.co.uk", 2}, {"btinternet.com", 2},
	{"comcast.net", 2}, {"gmx.de", 3}, {"web.de", 3}, {"t-online.de", 2},
	{"orange.fr", 2}, {"free.fr", 1}, {"libero.it", 1}, {"proton.me", 2},
	{"mail.com", 1},
};
const int	sg_n_email_domains = LENGTHOF(sg_email_domains);

/* Customer segments. */
const SgWeighted sg_segments[] = {
	{"regular", 62}, {"loyal", 20}, {"vip", 6}, {"business", 12},
};
const int	sg_n_segments = LENGTHOF(sg_segments);

/* ---------------------------------------------------------------------- */
/* suppliers */

/*
 * Supplier names are prefix + core + " " + suffix ("Northwind Trading
 * Co."); the prefix and core also make the company's e-mail domain, so
 * prefixes are capitalised single words and cores lower-case letters.
 */
const char *const sg_supplier_prefixes[] = {
	"North", "South", "East", "West", "Blue", "Red", "Green", "Silver",
	"Golden", "Pacific", "Atlantic", "Summit", "Atlas", "Evergreen", "Iron",
	"Oak", "Pine", "Cedar", "River", "Harbor", "Bright", "Clear", "Swift",
	"Prime", "Sun", "Star", "Crown", "Eagle", "Falcon", "Fox", "Wolf", "Bear",
	"High", "Great", "Royal", "Coast", "Cross", "Maple", "Birch", "Copper",
	"Granite", "Frost", "Thunder", "True", "Key", "Apex", "Silk", "Amber",
	"Cobalt", "Sterling",
};
const int	sg_n_supplier_prefixes = LENGTHOF(sg_supplier_prefixes);

const char *const sg_supplier_cores[] = {
	"wind", "ridge", "stone", "field", "wood", "brook", "gate", "bridge",
	"point", "view", "line", "way", "crest", "vale", "ford", "haven", "land",
	"mark", "peak", "port", "side", "water", "well", "works", "craft", "light",
	"path", "rock", "shore", "dale", "hill", "spring", "stream", "wave",
	"forge", "mont", "worth", "wick", "moor", "tree", "leaf", "root", "range",
	"shield", "stead", "bank", "cliff", "glen", "mere", "bay",
};
const int	sg_n_supplier_cores = LENGTHOF(sg_supplier_cores);

const char *const sg_supplier_suffixes[] = {
	"Trading Co.", "Industries", "Supply", "Wholesale", "Imports",
	"Manufacturing", "Logistics", "Goods", "Ltd", "GmbH", "Group", "& Sons",
	"Partners", "Distributors", "Inc.", "LLC", "Corporation", "Holdings",
	"Brands", "Sourcing", "International", "Co.", "Enterprises", "Merchants",
	"Products",
};
const int	sg_n_supplier_suffixes = LENGTHOF(sg_supplier_suffixes);

/* ---------------------------------------------------------------------- */
/* products */

/* Indexes into sg_categories, for sg_subcategories below. */
enum
{
	CAT_ELE,
	CAT_HOM,
	CAT_CLO,
	CAT_SHO,
	CAT_BEA,
	CAT_SPO,
	CAT_TOY,
	CAT_BOO,
	CAT_GRO,
	CAT_GAR,
	CAT_OFF,
	CAT_PET,
};

/* Categories, weighted by their share of the catalog. */
const SgCategory sg_categories[] = {
	[CAT_ELE] = {"Electronics", "ELE", 14},
	[CAT_HOM] = {"Home & Kitchen", "HOM", 14},
	[CAT_CLO] = {"Clothing", "CLO", 13},
	[CAT_SHO] = {"Shoes", "SHO", 6},
	[CAT_BEA] = {"Beauty & Personal Care", "BEA", 9},
	[CAT_SPO] = {"Sports & Outdoors", "SPO", 8},
	[CAT_TOY] = {"Toys & Games", "TOY", 7},
	[CAT_BOO] = {"Books", "BOO", 8},
	[CAT_GRO] = {"Grocery", "GRO", 7},
	[CAT_GAR] = {"Garden & Tools", "GAR", 5},
	[CAT_OFF] = {"Office Products", "OFF", 5},
	[CAT_PET] = {"Pet Supplies", "PET", 4},
};
const int	sg_n_categories = LENGTHOF(sg_categories);

/*
 * Subcategories, contiguous per category and in category order.  Nouns
 * are singular product nouns that read well after an adjective; prices
 * are list-price bands in cents, weights shipping-weight bands in grams.
 */
const SgSubcategory sg_subcategories[] = {
	{
		CAT_ELE, "Headphones",
		{"Headphones", "Earbuds", "Headset"},
		1999, 34999, 80, 900
	},
	{
		CAT_ELE, "Televisions",
		{"Smart TV", "LED TV", "OLED TV", "Television"},
		19999, 199999, 5000, 35000
	},
	{
		CAT_ELE, "Laptops",
		{"Laptop", "Notebook PC", "Chromebook", "Ultrabook"},
		24999, 299999, 1200, 4000
	},
	{
		CAT_ELE, "Cameras",
		{"Camera", "Action Camera", "Mirrorless Camera", "Webcam", "Dash Cam"},
		2999, 249999, 150, 2500
	},
	{
		CAT_ELE, "Smart Home",
		{
			"Smart Speaker", "Smart Plug", "Video Doorbell", "Smart Bulb",
			"Security Camera", "Thermostat"
		},
		1499, 29999, 100, 1800
	},
	{
		CAT_ELE, "Chargers & Cables",
		{
			"Charger", "USB-C Cable", "Power Bank", "Wall Adapter",
			"Charging Stand"
		},
		799, 7999, 40, 700
	},

	{
		CAT_HOM, "Coffee Makers",
		{
			"Coffee Maker", "Espresso Machine", "French Press",
			"Pour-Over Set", "Coffee Grinder"
		},
		1999, 79999, 400, 12000
	},
	{
		CAT_HOM, "Cookware",
		{
			"Frying Pan", "Saucepan", "Dutch Oven", "Stock Pot", "Skillet",
			"Wok"
		},
		1999, 39999, 700, 8000
	},
	{
		CAT_HOM, "Small Appliances",
		{
			"Blender", "Toaster", "Air Fryer", "Stand Mixer",
			"Electric Kettle", "Food Processor"
		},
		2499, 59999, 1000, 12000
	},
	{
		CAT_HOM, "Bedding",
		{
			"Duvet", "Pillow", "Sheet Set", "Blanket", "Comforter",
			"Mattress Topper"
		},
		1999, 24999, 500, 6000
	},
	{
		CAT_HOM, "Storage & Organization",
		{
			"Storage Bin", "Shelf Organizer", "Drawer Organizer",
			"Laundry Basket", "Food Container Set"
		},
		799, 9999, 150, 4000
	},
	{
		CAT_HOM, "Home Decor",
		{
			"Table Lamp", "Wall Clock", "Throw Pillow", "Vase",
			"Picture Frame", "Candle"
		},
		999, 19999, 200, 6000
	},

	{
		CAT_CLO, "T-Shirts & Tops",
		{"T-Shirt", "Tee", "Tank Top", "Polo Shirt", "Blouse"},
		999, 4999, 120, 400
	},
	{
		CAT_CLO, "Jeans & Pants",
		{"Jeans", "Chinos", "Trousers", "Joggers", "Cargo Pants"},
		2499, 12999, 350, 1000
	},
	{
		CAT_CLO, "Jackets & Coats",
		{"Jacket", "Parka", "Raincoat", "Puffer Jacket", "Blazer", "Fleece"},
		3999, 29999, 500, 2500
	},
	{
		CAT_CLO, "Dresses & Skirts",
		{"Dress", "Skirt", "Maxi Dress", "Sundress", "Wrap Dress"},
		2499, 14999, 200, 900
	},
	{
		CAT_CLO, "Sweaters & Hoodies",
		{"Sweater", "Hoodie", "Cardigan", "Sweatshirt", "Pullover"},
		2499, 11999, 300, 1100
	},
	{
		CAT_CLO, "Socks & Underwear",
		{
			"Crew Socks", "Ankle Socks", "Boxer Briefs", "Bralette",
			"Undershirt"
		},
		799, 3999, 60, 400
	},

	{
		CAT_SHO, "Running Shoes",
		{"Running Shoe", "Trainer", "Trail Runner", "Racing Flat"},
		4999, 21999, 500, 1400
	},
	{
		CAT_SHO, "Boots",
		{"Boot", "Chelsea Boot", "Hiking Boot", "Ankle Boot", "Rain Boot"},
		5999, 29999, 900, 2600
	},
	{
		CAT_SHO, "Sandals & Slippers",
		{"Sandal", "Slipper", "Flip-Flop", "Slide"},
		1499, 8999, 200, 900
	},
	{
		CAT_SHO, "Dress Shoes",
		{"Oxford Shoe", "Loafer", "Derby Shoe", "Pump", "Ballet Flat"},
		5999, 24999, 600, 1600
	},
	{
		CAT_SHO, "Sneakers",
		{
			"Sneaker", "Canvas Sneaker", "Slip-On", "High-Top Sneaker",
			"Court Shoe"
		},
		3999, 14999, 600, 1400
	},

	{
		CAT_BEA, "Skin Care",
		{
			"Moisturizer", "Face Serum", "Cleanser", "Night Cream",
			"Sunscreen", "Face Mask"
		},
		799, 8999, 60, 500
	},
	{
		CAT_BEA, "Hair Care",
		{
			"Shampoo", "Conditioner", "Hair Oil", "Hair Mask", "Styling Cream",
			"Hair Dryer"
		},
		599, 19999, 100, 1200
	},
	{
		CAT_BEA, "Makeup",
		{
			"Lipstick", "Mascara", "Foundation", "Eyeshadow Palette",
			"Concealer", "Blush"
		},
		599, 5999, 30, 400
	},
	{
		CAT_BEA, "Fragrance",
		{"Eau de Parfum", "Eau de Toilette", "Cologne", "Body Mist"},
		1999, 14999, 150, 700
	},
	{
		CAT_BEA, "Shaving & Grooming",
		{
			"Razor", "Electric Shaver", "Beard Trimmer", "Shaving Cream",
			"Grooming Kit"
		},
		599, 19999, 80, 1200
	},
	{
		CAT_BEA, "Bath & Body",
		{
			"Body Wash", "Body Lotion", "Bath Bomb Set", "Hand Cream",
			"Soap Bar"
		},
		399, 3999, 80, 1000
	},

	{
		CAT_SPO, "Camping",
		{
			"Tent", "Sleeping Bag", "Camping Stove", "Lantern", "Camp Chair",
			"Cooler"
		},
		1999, 59999, 300, 9000
	},
	{
		CAT_SPO, "Fitness Equipment",
		{
			"Dumbbell Set", "Kettlebell", "Resistance Band Set", "Yoga Mat",
			"Jump Rope", "Foam Roller"
		},
		999, 49999, 150, 25000
	},
	{
		CAT_SPO, "Cycling",
		{
			"Bike Helmet", "Bike Light", "Bike Lock", "Cycling Jersey",
			"Saddle Bag"
		},
		1499, 19999, 100, 1500
	},
	{
		CAT_SPO, "Hiking",
		{
			"Hiking Backpack", "Daypack", "Trekking Pole Set", "Water Bottle",
			"Hydration Pack"
		},
		1499, 24999, 200, 2500
	},
	{
		CAT_SPO, "Team Sports",
		{
			"Soccer Ball", "Basketball", "Tennis Racket", "Baseball Glove",
			"Volleyball"
		},
		1499, 24999, 200, 1500
	},

	{
		CAT_TOY, "Building Sets",
		{"Building Set", "Brick Set", "Construction Kit", "Magnetic Tile Set"},
		1499, 19999, 300, 4000
	},
	{
		CAT_TOY, "Board Games",
		{
			"Board Game", "Card Game", "Strategy Game", "Party Game",
			"Trivia Game"
		},
		1499, 7999, 300, 2500
	},
	{
		CAT_TOY, "Puzzles",
		{"Jigsaw Puzzle", "Puzzle Cube", "3D Puzzle", "Floor Puzzle"},
		999, 4999, 150, 1500
	},
	{
		CAT_TOY, "Dolls & Action Figures",
		{"Doll", "Action Figure", "Dollhouse", "Figure Set", "Plush Toy"},
		999, 14999, 150, 6000
	},
	{
		CAT_TOY, "Outdoor Play",
		{"Scooter", "Kite", "Water Blaster", "Play Tent", "Sandbox Set"},
		1499, 14999, 300, 6000
	},
	{
		CAT_TOY, "Educational Toys",
		{"STEM Kit", "Science Kit", "Coding Robot", "Microscope Set", "Globe"},
		1999, 12999, 300, 2500
	},

	{
		CAT_BOO, "Fiction",
		{"Novel", "Paperback", "Hardcover", "Story Collection"},
		899, 3499, 200, 1200
	},
	{
		CAT_BOO, "Children's Books",
		{"Picture Book", "Board Book", "Storybook", "Activity Book"},
		599, 2499, 150, 900
	},
	{
		CAT_BOO, "Cookbooks",
		{"Cookbook", "Recipe Collection", "Baking Book"},
		1499, 4999, 500, 1800
	},
	{
		CAT_BOO, "Business & Self-Help",
		{"Guide", "Handbook", "Workbook", "Playbook"},
		1299, 4999, 300, 1200
	},
	{
		CAT_BOO, "Science & Nature",
		{"Field Guide", "Atlas", "Reference Book", "Illustrated Guide"},
		1499, 5999, 300, 2000
	},
	{
		CAT_BOO, "Travel",
		{"Travel Guide", "Phrasebook", "Road Atlas", "Pocket Guide"},
		999, 3999, 200, 1200
	},

	{
		CAT_GRO, "Coffee & Tea",
		{
			"Coffee Beans", "Ground Coffee", "Tea Sampler", "Loose Leaf Tea",
			"Coffee Pods"
		},
		499, 2999, 100, 1200
	},
	{
		CAT_GRO, "Snacks",
		{
			"Granola Bar Pack", "Trail Mix", "Protein Bar Box", "Cracker Pack",
			"Potato Chips"
		},
		199, 1999, 100, 1500
	},
	{
		CAT_GRO, "Pantry Staples",
		{"Olive Oil", "Pasta", "Rice", "Spice Set", "Honey", "Pasta Sauce"},
		199, 2999, 200, 5000
	},
	{
		CAT_GRO, "Breakfast",
		{"Granola", "Oatmeal", "Cereal", "Pancake Mix", "Maple Syrup"},
		299, 1999, 300, 1500
	},
	{
		CAT_GRO, "Beverages",
		{
			"Sparkling Water Pack", "Juice", "Cold Brew", "Energy Drink Pack",
			"Kombucha"
		},
		299, 2999, 500, 9000
	},

	{
		CAT_GAR, "Power Tools",
		{
			"Cordless Drill", "Circular Saw", "Impact Driver",
			"Orbital Sander", "Jigsaw"
		},
		3999, 29999, 1200, 6000
	},
	{
		CAT_GAR, "Hand Tools",
		{
			"Hammer", "Screwdriver Set", "Wrench Set", "Utility Knife",
			"Tape Measure", "Plier Set"
		},
		799, 9999, 100, 3000
	},
	{
		CAT_GAR, "Gardening",
		{
			"Pruning Shears", "Garden Hose", "Trowel", "Watering Can",
			"Planter", "Raised Bed"
		},
		799, 14999, 200, 12000
	},
	{
		CAT_GAR, "Patio & Outdoor",
		{
			"Patio Chair", "Garden Bench", "Outdoor Rug", "Hammock",
			"Patio Umbrella"
		},
		4999, 49999, 2000, 30000
	},
	{
		CAT_GAR, "Lawn Care",
		{
			"Lawn Mower", "Leaf Blower", "String Trimmer", "Hedge Trimmer",
			"Sprinkler"
		},
		1999, 59999, 800, 35000
	},

	{
		CAT_OFF, "Notebooks & Paper",
		{"Notebook", "Journal", "Planner", "Legal Pad", "Sticky Note Pack"},
		299, 2999, 100, 1200
	},
	{
		CAT_OFF, "Pens & Writing",
		{
			"Gel Pen Set", "Fountain Pen", "Marker Set", "Highlighter Pack",
			"Pencil Set"
		},
		299, 7999, 30, 500
	},
	{
		CAT_OFF, "Desk Accessories",
		{
			"Desk Organizer", "Monitor Stand", "Desk Lamp", "Desk Mat",
			"Document Tray"
		},
		999, 9999, 200, 4000
	},
	{
		CAT_OFF, "Office Furniture",
		{"Office Chair", "Standing Desk", "Filing Cabinet", "Bookshelf"},
		7999, 79999, 8000, 45000
	},
	{
		CAT_OFF, "Printers & Ink",
		{"Printer", "Ink Cartridge", "Toner Cartridge", "Label Maker"},
		1999, 39999, 100, 12000
	},

	{
		CAT_PET, "Dog Supplies",
		{"Dog Bed", "Leash", "Dog Collar", "Chew Toy", "Dog Harness"},
		799, 12999, 100, 5000
	},
	{
		CAT_PET, "Cat Supplies",
		{"Cat Tree", "Scratching Post", "Litter Box", "Cat Toy", "Cat Bed"},
		499, 14999, 50, 15000
	},
	{
		CAT_PET, "Pet Food",
		{
			"Dry Dog Food", "Cat Food", "Dog Treats", "Cat Treats",
			"Wet Food Pack"
		},
		399, 8999, 200, 15000
	},
	{
		CAT_PET, "Aquarium",
		{"Aquarium Kit", "Fish Tank", "Aquarium Filter", "Aquarium Heater"},
		1499, 24999, 300, 20000
	},
	{
		CAT_PET, "Pet Grooming",
		{"Pet Shampoo", "Grooming Brush", "Nail Clipper", "Deshedding Tool"},
		599, 4999, 80, 800
	},
};
const int	sg_n_subcategories = LENGTHOF(sg_subcategories);

/*
 * Product name: brand + adjective + noun.  Adjectives are generic
 * enough to precede a noun of any category.
 */
const char *const sg_product_adjectives[] = {
	"Compact", "Premium", "Classic", "Ultra-Light", "Ergonomic", "Essential",
	"Deluxe", "Everyday", "Modern", "Vintage", "Heritage", "Signature", "Pro",
	"Elite", "Advanced", "Durable", "Rugged", "Sleek", "Slim", "Portable",
	"Lightweight", "Heavy-Duty", "Eco-Friendly", "Sustainable", "Recycled",
	"Natural", "Handcrafted", "Artisan", "Minimalist", "Urban", "Travel",
	"Mini", "Luxe", "Luxury", "Basic", "Original", "Authentic", "Nordic",
	"Alpine", "Coastal", "Rustic", "Soft", "Bold", "Bright", "All-Purpose",
	"Multi-Purpose", "Versatile", "Reliable", "Comfort", "Flex", "Active",
	"Performance", "Ultra", "Max", "Plus", "Prime", "Select", "Superior",
	"Supreme", "Standard", "Studio", "Professional", "Precision", "Quick",
	"Rapid", "Quiet", "Gentle", "Fresh", "Pure", "Simple", "Smooth", "Sturdy",
	"Tough", "Refined", "Timeless", "Iconic", "Elegant", "Cozy", "Vivid",
	"Radiant", "Midnight", "Arctic", "Summit", "Horizon", "Retro",
	"Contemporary", "Graphite", "Charcoal", "Ivory", "Sage", "Ocean",
	"Sunrise", "Twilight", "Metro", "Voyager", "Explorer", "Next-Gen",
	"Heirloom", "Prestige", "Featherweight", "Limited Edition",
	"Special Edition",
};
const int	sg_n_product_adjectives = LENGTHOF(sg_product_adjectives);

/* Invented single-word brand names (none is a well-known trademark). */
const char *const sg_brands[] = {
	"Lumina", "Northpeak", "Vellora", "Kestrel", "Aurevo", "Brightwell",
	"Calder", "Davora", "Elmsworth", "Fennick", "Galvora", "Holloway", "Ivora",
	"Jarrow", "Korvald", "Marlowe", "Nordvik", "Orvella", "Pellan", "Quintara",
	"Rovana", "Solvane", "Tavira", "Ulmera", "Varenne", "Wexley", "Xaviro",
	"Yarrow", "Zephyra", "Altura", "Bramble", "Corvina", "Dunmore", "Everlyn",
	"Foxmere", "Glenmoor", "Halvard", "Juniva", "Larkspur", "Mirelle",
	"Novique", "Oakhaven", "Pinecrest", "Quillon", "Veltra", "Westbrook",
	"Yelvane", "Aldera", "Arventa", "Bellamar", "Birchwell", "Caravel",
	"Cindral", "Corvane", "Delmora", "Driftwell", "Elvaro", "Emberly",
	"Ferrow", "Galeno", "Greyfield", "Harlowe", "Helvio", "Invera", "Jovella",
	"Kaldera", "Kiravo", "Lorvane", "Lumeno", "Maravel", "Merrow", "Nalvora",
	"Nerida", "Olvane", "Ostera", "Pelloro", "Rivelle", "Runeko", "Saltmere",
	"Sorella", "Tervo", "Ulvika", "Vantor", "Wendmoor", "Wildeve", "Zanthe",
	"Zelvara", "Ashgrove", "Bluefen", "Coppervale", "Eastmere", "Fernlow",
	"Goldmere", "Hearthly", "Ironvale", "Lowen", "Moorcroft", "Nettlewood",
	"Orchardly", "Pebblecraft", "Quaystone", "Redmere", "Silverlin",
	"Tidewell", "Umberly", "Vanmoor", "Willowby", "Yewbank",
};
const int	sg_n_brands = LENGTHOF(sg_brands);

/* ---------------------------------------------------------------------- */
/* campaigns */

/* Campaign names; kind is one of sg_campaign_kinds' words. */
/* M(n): the theme fits month n (1 = January); 0 = any month */
#define M(n) (1 << ((n) - 1))

const SgCampaignTheme sg_campaign_themes[] = {
	{"Spring Refresh", "seasonal", M(3) | M(4) | M(5)},
	{"Back to School", "seasonal", M(7) | M(8) | M(9)},
	{"Summer Essentials", "seasonal", M(6) | M(7) | M(8)},
	{"Fall Favorites", "seasonal", M(9) | M(10) | M(11)},
	{"Winter Warm-Up", "seasonal", M(12) | M(1) | M(2)},
	{"New Year New You", "seasonal", M(1)},
	{"Spring Cleaning", "seasonal", M(3) | M(4)},
	{"Summer Kickoff", "seasonal", M(5) | M(6)},
	{"Autumn Harvest", "seasonal", M(9) | M(10)},
	{"Garden Season", "seasonal", M(4) | M(5) | M(6)},
	{"Outdoor Season", "seasonal", M(5) | M(6) | M(7) | M(8) | M(9)},
	{"Cozy Season", "seasonal", M(10) | M(11) | M(12) | M(1) | M(2)},
	{"Back to Campus", "seasonal", M(8) | M(9)},
	{"Summer Road Trip", "seasonal", M(6) | M(7) | M(8)},
	{"Spring Style Edit", "seasonal", M(3) | M(4) | M(5)},
	{"Rainy Day Picks", "seasonal", M(3) | M(4) | M(10) | M(11)},
	{"Poolside Picks", "seasonal", M(6) | M(7) | M(8)},
	{"Snow Day Specials", "seasonal", M(12) | M(1) | M(2)},

	{"Summer Clearance", "clearance", M(8) | M(9)},
	{"Winter Clearance", "clearance", M(1) | M(2)},
	{"End of Season Sale", "clearance", 0},
	{"Warehouse Clearance", "clearance", 0},
	{"Last Chance Deals", "clearance", 0},
	{"Overstock Event", "clearance", 0},
	{"Final Markdowns", "clearance", 0},
	{"Inventory Blowout", "clearance", 0},
	{"Open Box Deals", "clearance", 0},
	{"Spring Clearance", "clearance", M(5) | M(6)},
	{"Year-End Clearance", "clearance", M(12) | M(1)},
	{"Outlet Week", "clearance", 0},

	{"Weekly Picks", "newsletter", 0},
	{"New Arrivals", "newsletter", 0},
	{"Editor's Picks", "newsletter", 0},
	{"Trending Now", "newsletter", 0},
	{"Staff Favorites", "newsletter", 0},
	{"Monthly Roundup", "newsletter", 0},
	{"Just Landed", "newsletter", 0},
	{"Top Rated This Month", "newsletter", 0},
	{"Gift Ideas", "newsletter", M(11) | M(12)},
	{"Best Sellers Update", "newsletter", 0},
	{"How-To Series", "newsletter", 0},
	{"Customer Stories", "newsletter", 0},
	{"Product Spotlight", "newsletter", 0},
	{"Back in Stock", "newsletter", 0},
	{"Weekend Reads", "newsletter", 0},

	{"Members Weekend", "loyalty", 0},
	{"VIP Early Access", "loyalty", 0},
	{"Double Points Week", "loyalty", 0},
	{"Birthday Rewards", "loyalty", 0},
	{"Thank You Week", "loyalty", 0},
	{"Members Only Preview", "loyalty", 0},
	{"Anniversary Rewards", "loyalty", 0},
	{"Refer a Friend", "loyalty", 0},
	{"Points Bonus Month", "loyalty", 0},
	{"Insider Sale", "loyalty", 0},

	{"Today Only", "flash_sale", 0},
	{"Midnight Madness", "flash_sale", 0},
	{"Deal of the Day", "flash_sale", 0},
	{"Lightning Deals", "flash_sale", 0},
	{"Weekend Flash Sale", "flash_sale", 0},
	{"Happy Hour Deals", "flash_sale", 0},
	{"Weekend Blitz", "flash_sale", 0},

	{"Black Friday", "holiday", M(11)},
	{"Cyber Week Deals", "holiday", M(11) | M(12)},
	{"Cyber Monday", "holiday", M(11) | M(12)},
	{"Holiday Gift Guide", "holiday", M(11) | M(12)},
	{"Valentine's Day Gifts", "holiday", M(1) | M(2)},
	{"Mother's Day", "holiday", M(4) | M(5)},
	{"Father's Day", "holiday", M(5) | M(6)},
	{"Halloween Treats", "holiday", M(10)},
	{"Thanksgiving Savings", "holiday", M(11)},
	{"Boxing Day Sale", "holiday", M(12)},
	{"Lunar New Year", "holiday", M(1) | M(2)},
	{"Easter Weekend", "holiday", M(3) | M(4)},
	{"Independence Day Sale", "holiday", M(6) | M(7)},
	{"Christmas Countdown", "holiday", M(11) | M(12)},
	{"Singles Day", "holiday", M(11)},
};
const int	sg_n_campaign_themes = LENGTHOF(sg_campaign_themes);

const SgWeighted sg_campaign_kinds[] = {
	{"seasonal", 30}, {"clearance", 20}, {"newsletter", 25}, {"loyalty", 15},
	{"flash_sale", 5}, {"holiday", 5},
};
const int	sg_n_campaign_kinds = LENGTHOF(sg_campaign_kinds);

const SgWeighted sg_campaign_channels[] = {
	{"email", 35}, {"social", 25}, {"search", 20}, {"display", 10},
	{"affiliate", 6}, {"sms", 4},
};
const int	sg_n_campaign_channels = LENGTHOF(sg_campaign_channels);
