/*-------------------------------------------------------------------------
 *
 * words_people.c
 *	  The people-and-places word lists declared in words.h: name pools,
 *	  locales (which pools, street vocabulary and address format a city
 *	  uses), street vocabularies, mail providers by country, the trades of
 *	  business customers' companies, and the cities with their postal-code
 *	  ranges and telephone patterns.
 *
 * Data only: src/people.c decides how it is combined.  Our own selection,
 * written for synthgen from the public sources named next to each list
 * (national statistics offices' name frequencies, the postal operators'
 * code ranges, the regulators' numbering plans); no dataset is copied.
 * Strings are printable ASCII: names use the ASCII spelling their
 * country uses when accents are not available (German ae/oe/ue/ss,
 * French, Spanish and Italian without accents, Swedish a/o, Turkish and
 * Polish without diacritics), so every value is valid in any server
 * encoding and can be used in an e-mail address as it is.
 *
 * Lists of names are in decreasing order of frequency as the source
 * ranks them (male and female names interleaved by rank): generators
 * weight entry k by about 1 / (k + 12), so the order matters.  As in
 * words.c, any edit changes generated output.
 *
 *-------------------------------------------------------------------------
 */
#include <stddef.h>

#include "localtime.h"
#include "words.h"

#define LENGTHOF(array) ((int) (sizeof(array) / sizeof((array)[0])))

/* ---------------------------------------------------------------------- */
/* name pools */

/*
 * United States, general population.  Given names: Social Security
 * Administration, "Popular Baby Names", by decade of birth 1950-2010
 * (the ages of adult customers).  Surnames: U.S. Census Bureau,
 * "Frequently Occurring Surnames from the 2010 Census" (Comenetz 2016),
 * the top 1000, without the names that the Census shows as mostly
 * Hispanic or Asian (those are in the next pools).
 */
static const char *const first_us[] = {
	"Michael", "Jennifer", "James", "Mary", "John", "Jessica", "Robert",
	"Linda", "David", "Patricia", "William", "Elizabeth", "Christopher",
	"Sarah", "Joseph", "Ashley", "Daniel", "Susan", "Matthew", "Barbara",
	"Richard", "Amanda", "Thomas", "Karen", "Joshua", "Lisa", "Charles",
	"Emily", "Andrew", "Michelle", "Anthony", "Kimberly", "Mark", "Nancy",
	"Steven", "Melissa", "Brian", "Stephanie", "Kevin", "Rebecca", "Jason",
	"Laura", "Ryan", "Nicole", "Eric", "Amy", "Jacob", "Heather", "Timothy",
	"Angela", "Jeffrey", "Emma", "Kenneth", "Sandra", "Paul", "Donna",
	"Nicholas", "Deborah", "Justin", "Olivia", "Scott", "Rachel", "Brandon",
	"Hannah", "Gregory", "Samantha", "Benjamin", "Katherine", "Tyler",
	"Christina", "Samuel", "Megan", "Jonathan", "Lauren", "Gary", "Carol",
	"Stephen", "Julie", "Patrick", "Kelly", "Alexander", "Sophia", "Jeremy",
	"Brittany", "Aaron", "Madison", "Adam", "Cynthia", "Nathan", "Abigail",
	"Zachary", "Victoria", "Kyle", "Danielle", "Dennis", "Amber", "Noah",
	"Kathleen", "Ethan", "Grace", "Jordan", "Tiffany", "Jack", "Andrea",
	"Henry", "Alexis", "Douglas", "Allison", "Peter", "Ava", "Sean", "Chloe",
	"Christian", "Pamela", "Austin", "Isabella", "Dylan", "Crystal", "Keith",
	"Courtney", "Jesse", "Shannon", "Bryan", "Natalie", "Logan", "Erin",
	"Gabriel", "Jasmine", "Bruce", "Kayla", "Travis", "Haley", "Derek",
	"Morgan", "Marcus", "Taylor", "Caleb", "Whitney", "Mason", "Mia",
	"Liam", "Charlotte", "Lucas", "Evelyn", "Owen", "Harper", "Elijah",
	"Avery", "Hunter", "Lily", "Connor", "Claire", "Evan", "Aubrey", "Luke",
	"Savannah", "Isaac", "Brooklyn", "Cameron", "Addison", "Wyatt", "Ella",
	"Carter", "Zoey", "Julian", "Paisley", "Levi", "Aaliyah", "Dustin",
	"Ebony", "Tyrone", "Latoya", "Andre", "Keisha", "Terrell", "Tamika",
	"Darnell", "Shanice", "Cody", "Kristen", "Troy", "Melanie", "Randy",
	"Lindsey", "Shawn", "Monica", "Chad", "Erica", "Craig", "Vanessa",
};
static const char *const last_us[] = {
	"Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis",
	"Wilson", "Anderson", "Taylor", "Thomas", "Moore", "Jackson", "Martin",
	"Lee", "Thompson", "White", "Harris", "Clark", "Lewis", "Robinson",
	"Walker", "Young", "Allen", "King", "Wright", "Scott", "Hill", "Green",
	"Adams", "Nelson", "Baker", "Hall", "Campbell", "Mitchell", "Carter",
	"Roberts", "Phillips", "Evans", "Turner", "Parker", "Collins", "Edwards",
	"Stewart", "Morris", "Murphy", "Cook", "Rogers", "Morgan", "Cooper",
	"Peterson", "Reed", "Bailey", "Bell", "Kelly", "Howard", "Ward", "Cox",
	"Richardson", "Wood", "Watson", "Brooks", "Bennett", "Gray", "James",
	"Hughes", "Price", "Sanders", "Myers", "Long", "Ross", "Foster",
	"Powell", "Jenkins", "Perry", "Russell", "Sullivan", "Butler", "Barnes",
	"Fisher", "Henderson", "Coleman", "Simmons", "Patterson", "Jordan",
	"Reynolds", "Hamilton", "Graham", "Wallace", "Cole", "West", "Hayes",
	"Bryant", "Gibson", "Ellis", "Stevens", "Murray", "Ford", "Marshall",
	"Owens", "McDonald", "Harrison", "Woods", "Washington", "Kennedy",
	"Wells", "Henry", "Freeman", "Webb", "Tucker", "Burns", "Crawford",
	"Olson", "Simpson", "Porter", "Hunter", "Gordon", "Shaw", "Snyder",
	"Mason", "Dixon", "Hunt", "Hicks", "Holmes", "Palmer", "Wagner", "Black",
	"Robertson", "Boyd", "Rose", "Stone", "Fox", "Warren", "Mills", "Meyer",
	"Rice", "Schmidt", "Daniels", "Ferguson", "Nichols", "Stephens",
	"Weaver", "Ryan", "Gardner", "Payne", "Grant", "Dunn", "Spencer",
	"Hawkins", "Arnold", "Pierce", "Hansen", "Peters", "Hart", "Bradley",
	"Knight", "Elliott", "Cunningham", "Duncan", "Armstrong", "Hudson",
	"Carroll", "Lane", "Riley", "Andrews", "Ray", "Berry", "Perkins",
	"Hoffman", "Johnston", "Matthews", "Richards", "Willis", "Carpenter",
	"Lawrence", "Jefferson", "Banks", "Franklin", "Harper", "Fields",
	"Bishop", "Chapman", "Oliver", "Howell", "Lynch", "Garrett", "Burke",
	"Weber", "Fuller", "Wheeler", "Greene", "Kelley", "Newman", "Watkins",
};

/*
 * United States, Hispanic and Latino population: the surnames the 2010
 * Census table shows as mostly Hispanic (same source), given names from
 * the SSA lists of the same decades.
 */
static const char *const first_hisp[] = {
	"Jose", "Maria", "Juan", "Guadalupe", "Luis", "Ana", "Carlos", "Rosa",
	"Jesus", "Carmen", "Miguel", "Sofia", "Jorge", "Isabella", "Antonio",
	"Valentina", "Francisco", "Camila", "Alejandro", "Ximena", "Manuel",
	"Gabriela", "Ricardo", "Daniela", "Roberto", "Adriana", "Javier",
	"Alejandra", "Eduardo", "Veronica", "Fernando", "Leticia", "Pedro",
	"Claudia", "Mario", "Lucia", "Oscar", "Elena", "Rafael", "Mariana",
	"Sergio", "Marisol", "Victor", "Yolanda", "Raul", "Lourdes", "Diego",
	"Alicia", "Angel", "Silvia", "Adrian", "Beatriz", "Cesar", "Esperanza",
	"Hector", "Graciela", "Alberto", "Luz", "Arturo", "Natalia", "Ramon",
	"Paola", "Ruben", "Jimena", "Enrique", "Valeria", "Gerardo", "Yesenia",
	"Armando", "Araceli", "Mateo", "Monica", "Santiago", "Marisela",
	"Emiliano", "Esmeralda", "Julio", "Rocio", "Alfredo", "Teresa",
	"Ignacio", "Maribel", "Salvador", "Norma", "Ernesto", "Irma",
};
static const char *const last_hisp[] = {
	"Garcia", "Rodriguez", "Martinez", "Hernandez", "Lopez", "Gonzalez",
	"Perez", "Sanchez", "Ramirez", "Torres", "Flores", "Rivera", "Gomez",
	"Diaz", "Cruz", "Reyes", "Morales", "Gutierrez", "Ortiz", "Ramos",
	"Chavez", "Mendoza", "Ruiz", "Alvarez", "Castillo", "Jimenez",
	"Vasquez", "Moreno", "Romero", "Herrera", "Medina", "Aguilar", "Vargas",
	"Castro", "Guzman", "Fernandez", "Salazar", "Soto", "Delgado",
	"Contreras", "Sandoval", "Munoz", "Ortega", "Rojas", "Guerrero",
	"Estrada", "Mendez", "Dominguez", "Nunez", "Rios", "Vega", "Alvarado",
	"Espinoza", "Luna", "Mejia", "Juarez", "Navarro", "Figueroa", "Molina",
	"Campos", "Valdez", "Silva", "Cabrera", "Avila", "Fuentes", "Padilla",
	"Pena", "Santiago", "Velasquez", "Cortez", "Maldonado", "Zamora",
	"Lara", "Rosales", "Salinas", "Ayala", "Ibarra", "Trujillo", "Solis",
	"Marquez", "Cervantes", "Rangel", "Galvan", "Villarreal", "Meza",
	"Serrano", "Barrera", "Ochoa", "Valencia", "Camacho", "Escobar",
	"Gallegos", "Miranda", "Leon", "Cardenas",
};

/*
 * East and Southeast Asian families in the United States, Canada, the
 * United Kingdom, Australia and New Zealand: the Chinese, Korean,
 * Vietnamese and Japanese surnames of the same Census table (and of the
 * ABS and Stats NZ ancestry tables); many given names are English ones,
 * as these families use them.
 */
static const char *const first_easia[] = {
	"Wei", "Mei", "Kevin", "Jenny", "David", "Ling", "Jun", "Grace", "Michael",
	"Yan", "Minh", "Linh", "Eric", "Xin", "Hao", "Amy", "Jason", "Hui",
	"Ming", "Ngoc", "Tuan", "Mai", "Daniel", "Jing", "Andrew", "Lan",
	"Hiroshi", "Yuki", "Jian", "Thuy", "Duc", "Fang", "Brian", "Christine",
	"Thanh", "Hoa", "Min-jun", "Ji-woo", "Hyun", "Seo-yeon", "Kenji",
	"Aiko", "Tao", "Trang", "Huy", "Emi", "Quang", "Min-ji", "Joon", "Soo-jin",
	"Yong", "Hana", "Lei", "Jia", "Takeshi", "Anh", "Sung", "Ji-hoon",
};
static const char *const last_easia[] = {
	"Nguyen", "Kim", "Chen", "Wang", "Li", "Zhang", "Liu", "Tran", "Park",
	"Yang", "Huang", "Le", "Pham", "Wong", "Lin", "Zhao", "Wu", "Choi",
	"Zhou", "Chan", "Xu", "Hoang", "Jung", "Sun", "Ma", "Zhu", "Huynh",
	"Kang", "Cho", "Phan", "Vu", "Guo", "He", "Lam", "Cheung", "Leung",
	"Dang", "Bui", "Yoon", "Tanaka", "Ng", "Ho", "Chow", "Tang", "Yu", "Han",
	"Shin", "Lim", "Do", "Ngo", "Duong", "Suzuki", "Sato", "Watanabe",
	"Takahashi", "Yamamoto", "Nakamura", "Kobayashi", "Ito", "Kato",
};

/*
 * South Asian families in the same countries: Indian, Pakistani and
 * Bangladeshi surnames of the 2010 Census table and of the ONS 2011
 * Census name frequencies in England and Wales.
 */
static const char *const first_sasia[] = {
	"Mohammed", "Priya", "Muhammad", "Aisha", "Ali", "Fatima", "Raj", "Ananya",
	"Ahmed", "Neha", "Arjun", "Sana", "Rahul", "Pooja", "Imran", "Zara",
	"Vikram", "Ayesha", "Hassan", "Anjali", "Omar", "Divya", "Amit",
	"Maryam", "Rohan", "Kavya", "Sanjay", "Shreya", "Bilal", "Riya",
	"Harpreet", "Simran", "Hamza", "Amira", "Ravi", "Nisha", "Arun",
	"Meera", "Usman", "Sunita", "Karan", "Isha", "Gurpreet", "Lakshmi",
	"Aarav", "Deepa", "Nikhil", "Nadia", "Vivek", "Samina", "Suresh",
	"Jaspreet", "Rajesh", "Parveen", "Anil", "Shabana", "Pradeep", "Navjot",
	"Sandeep", "Manpreet", "Amir", "Rubina",
};
static const char *const last_sasia[] = {
	"Patel", "Singh", "Khan", "Ahmed", "Ali", "Hussain", "Shah", "Kaur",
	"Sharma", "Kumar", "Begum", "Gupta", "Rahman", "Mehta", "Malik",
	"Iqbal", "Akhtar", "Joshi", "Reddy", "Islam", "Mahmood", "Chaudhry",
	"Rao", "Nair", "Desai", "Uddin", "Miah", "Hossain", "Chowdhury",
	"Bhatt", "Verma", "Agarwal", "Kapoor", "Chopra", "Malhotra", "Sandhu",
	"Gill", "Dhillon", "Sidhu", "Grewal", "Bains", "Mistry", "Parekh",
	"Thakkar", "Pillai", "Menon", "Krishnan", "Iyer", "Das", "Banerjee",
	"Mukherjee", "Chatterjee", "Sethi", "Anwar", "Aziz", "Butt", "Raza",
	"Qureshi", "Sheikh", "Siddiqui", "Mirza",
};

/*
 * England, Wales, Scotland and Northern Ireland.  Given names: ONS,
 * "Baby names in England and Wales" (1954-2014 decade tables) and
 * National Records of Scotland's lists.  Surnames: the most frequent of
 * the ONS 2011 Census name frequencies (the FaNUK project, Hanks et al.
 * 2016, uses the same counts), with Scottish and Welsh names.
 */
static const char *const first_gb[] = {
	"David", "Sarah", "John", "Emma", "Paul", "Claire", "Michael", "Laura",
	"Andrew", "Rebecca", "James", "Nicola", "Peter", "Lisa", "Mark",
	"Rachel", "Richard", "Helen", "Stephen", "Karen", "Robert", "Louise",
	"Ian", "Samantha", "Christopher", "Charlotte", "Simon", "Jessica",
	"Daniel", "Sophie", "Thomas", "Emily", "Matthew", "Hannah", "Steven",
	"Lucy", "Gary", "Amy", "Alan", "Lauren", "Martin", "Chloe", "Neil",
	"Megan", "Kevin", "Olivia", "Anthony", "Amelia", "Jonathan", "Isla",
	"Graham", "Ava", "Philip", "Mia", "Adam", "Grace", "Lee", "Lily",
	"Craig", "Freya", "Jamie", "Poppy", "Ben", "Evie", "Luke", "Ella",
	"Sam", "Isabella", "Jack", "Sophia", "Harry", "Daisy", "Oliver",
	"Florence", "George", "Alice", "Charlie", "Imogen", "Jacob", "Phoebe",
	"Alfie", "Holly", "Oscar", "Jade", "Noah", "Gemma", "Leo", "Kirsty",
	"Freddie", "Stacey", "Archie", "Leanne", "Joshua", "Donna", "Callum",
	"Tracey", "Ryan", "Deborah", "Liam", "Alison", "Connor", "Jane", "Kieran",
	"Fiona", "Dean", "Catherine", "Wayne", "Margaret", "Darren", "Susan",
	"Stuart", "Julie", "Gavin", "Joanne", "Ross", "Jennifer", "Euan",
	"Eleanor", "Fraser", "Georgia", "Alistair", "Abigail", "Hamish",
	"Bethany", "Gareth", "Eilidh", "Rhys", "Ffion", "Dafydd", "Seren",
	"Owen", "Cerys", "Keith", "Pauline", "Colin", "Christine", "Barry",
	"Janet", "Trevor", "Carol", "Nigel", "Linda", "Graeme", "Elaine",
};
static const char *const last_gb[] = {
	"Smith", "Jones", "Williams", "Taylor", "Brown", "Davies", "Evans",
	"Wilson", "Thomas", "Johnson", "Roberts", "Robinson", "Thompson",
	"Wright", "Walker", "White", "Edwards", "Hughes", "Green", "Hall",
	"Lewis", "Harris", "Clarke", "Jackson", "Wood", "Turner", "Martin",
	"Cooper", "Hill", "Ward", "Morris", "Moore", "Clark", "Lee", "King",
	"Baker", "Harrison", "Morgan", "Allen", "James", "Scott", "Phillips",
	"Watson", "Davis", "Parker", "Price", "Bennett", "Young", "Griffiths",
	"Mitchell", "Kelly", "Cook", "Carter", "Richardson", "Bailey", "Collins",
	"Bell", "Shaw", "Murphy", "Miller", "Cox", "Richards", "Marshall",
	"Anderson", "Simpson", "Ellis", "Adams", "Wilkinson", "Foster",
	"Chapman", "Powell", "Webb", "Rogers", "Gray", "Mason", "Hunt",
	"Campbell", "Matthews", "Owen", "Palmer", "Holmes", "Mills", "Barnes",
	"Knight", "Lloyd", "Butler", "Russell", "Barker", "Fisher", "Stevens",
	"Jenkins", "Murray", "Dixon", "Harvey", "Graham", "Pearson", "Fletcher",
	"Walsh", "Gibson", "Howard", "Andrews", "Stewart", "Elliott", "Reynolds",
	"Saunders", "Payne", "Fox", "Ford", "Pearce", "Day", "Brooks", "West",
	"Lawrence", "Cole", "Atkinson", "Bradley", "Spencer", "Dawson", "Ball",
	"Burton", "O'Brien", "Watts", "Rose", "Booth", "Perry", "Ryan", "Grant",
	"Wells", "Armstrong", "Francis", "Rees", "Hayes", "Hart", "Hudson",
	"Newman", "Barrett", "Webster", "Hunter", "Gregory", "Carr", "Lowe",
	"Page", "Marsh", "Riley", "Dennis", "Moss", "Reid", "Robertson", "Ross",
	"Paterson", "Fraser", "MacDonald", "Sinclair", "MacLeod", "Cameron",
	"Kerr", "MacKenzie", "Ferguson", "Pritchard", "Parry", "Jenkinson",
	"Whitehead", "Thornton", "Nicholson", "Hodgson", "Sutton", "Lambert",
};

/*
 * Ireland.  Central Statistics Office, "Irish Babies' Names" (1964 on)
 * for given names; the surnames are those the CSO and the Irish census
 * records show as most frequent (Murphy, Kelly, O'Sullivan ...).
 */
static const char *const first_ie[] = {
	"John", "Mary", "Patrick", "Sarah", "Michael", "Aoife", "Sean", "Niamh",
	"James", "Ciara", "David", "Emma", "Conor", "Siobhan", "Thomas",
	"Laura", "Daniel", "Sinead", "Paul", "Orla", "Jack", "Catherine", "Cian",
	"Grainne", "Darragh", "Roisin", "Oisin", "Caoimhe", "Fionn", "Saoirse",
	"Eoin", "Aisling", "Liam", "Margaret", "Ciaran", "Anne", "Niall",
	"Bridget", "Donal", "Deirdre", "Brendan", "Maeve", "Declan", "Clodagh",
	"Kevin", "Eimear", "Colm", "Sorcha", "Eamon", "Emer", "Padraig", "Aine",
	"Ronan", "Fiona", "Shane", "Claire", "Aidan", "Rachel", "Cathal",
	"Lisa", "Diarmuid", "Amy", "Tadhg", "Sophie", "Rory", "Grace", "Killian",
	"Ella", "Noah", "Ava", "Mark", "Kate", "Gerard", "Chloe", "Brian",
	"Leah", "Dermot", "Mairead", "Fergal", "Nuala", "Cormac", "Una",
};
static const char *const last_ie[] = {
	"Murphy", "Kelly", "O'Sullivan", "Walsh", "Smith", "O'Brien", "Byrne",
	"Ryan", "O'Connor", "O'Neill", "O'Reilly", "Doyle", "McCarthy",
	"Gallagher", "O'Doherty", "Kennedy", "Lynch", "Murray", "Quinn", "Moore",
	"McLoughlin", "O'Carroll", "Connolly", "Daly", "O'Connell", "Wilson",
	"Dunne", "Brennan", "Burke", "Collins", "Campbell", "Clarke", "Johnston",
	"Hughes", "O'Farrell", "Fitzgerald", "Brown", "Martin", "Maguire",
	"Nolan", "Flynn", "Thompson", "O'Callaghan", "O'Donnell", "Duffy",
	"O'Mahony", "Boyle", "Healy", "O'Shea", "White", "Sweeney", "Hayes",
	"Kavanagh", "Power", "McGrath", "Moran", "Brady", "Stewart", "Casey",
	"Foley", "Fitzpatrick", "O'Leary", "McDonnell", "McMahon", "Donnelly",
	"Regan", "Donovan", "Burns", "Flanagan", "Mullan", "Barry", "Kane",
	"Robinson", "Cunningham", "Griffin", "Kenny", "Sheehan", "Ward",
	"Whelan", "Lyons", "Reid", "Graham", "Higgins", "Cullen", "Keane",
	"King", "Maher", "McKenna", "Bell", "Scott", "Hogan", "O'Keeffe",
	"Magee", "McNamara", "McDonald", "McDermott", "Moloney", "O'Rourke",
	"Buckley", "O'Dwyer",
};

/*
 * Quebec and French-speaking Canada.  Retraite Quebec, "Banque de
 * prenoms" (births 1980-2020), and the Institut de la statistique du
 * Quebec's list of the most frequent family names.
 */
static const char *const first_frca[] = {
	"Jean", "Marie", "Pierre", "Isabelle", "Michel", "Nathalie", "Luc",
	"Julie", "Marc", "Sylvie", "Sylvain", "Chantal", "Stephane", "Johanne",
	"Martin", "Josee", "Eric", "Genevieve", "Francois", "Catherine",
	"Mathieu", "Melanie", "Alexandre", "Emilie", "Gabriel", "Camille",
	"Samuel", "Lea", "William", "Rosalie", "Felix", "Florence", "Olivier",
	"Alice", "Thomas", "Charlotte", "Nathan", "Juliette", "Louis", "Sophie",
	"Guillaume", "Annie", "Simon", "Manon", "Maxime", "Karine", "Vincent",
	"Valerie", "Sebastien", "Caroline", "Patrick", "Stephanie", "Daniel",
	"Veronique", "Alain", "Diane", "Richard", "Lise", "Yves", "Louise",
	"Denis", "Francine", "Normand", "Ginette", "Gilles", "Suzanne",
	"Rejean", "Helene", "Benoit", "Lucie", "Jonathan", "Audrey",
	"Philippe", "Laurence", "Antoine", "Beatrice", "Emile", "Amelie",
	"Raphael", "Noemie", "Xavier", "Maude", "Charles", "Elodie",
	"Jean-Francois", "Marie-Eve", "Jean-Philippe", "Marie-Claude",
};
static const char *const last_frca[] = {
	"Tremblay", "Gagnon", "Roy", "Cote", "Bouchard", "Gauthier", "Morin",
	"Lavoie", "Fortin", "Gagne", "Ouellet", "Pelletier", "Belanger",
	"Levesque", "Bergeron", "Leblanc", "Paquette", "Girard", "Simard",
	"Boucher", "Caron", "Beaulieu", "Cloutier", "Dube", "Poirier",
	"Fournier", "Lapointe", "Leclerc", "Lefebvre", "Poulin", "Thibault",
	"St-Pierre", "Nadeau", "Martin", "Landry", "Martel", "Bedard", "Grenier",
	"Lessard", "Bernier", "Richard", "Michaud", "Hebert", "Desjardins",
	"Couture", "Turcotte", "Lachance", "Parent", "Blais", "Gosselin",
	"Savard", "Proulx", "Beaudoin", "Demers", "Perreault", "Boudreau",
	"Lemieux", "Cyr", "Perron", "Dufour", "Dion", "Mercier", "Bolduc",
	"Berube", "Boisvert", "Langlois", "Menard", "Therrien", "Plante",
	"Bilodeau", "Blanchette", "Dubois", "Champagne", "Paradis", "Fortier",
	"Arsenault", "Dupuis", "Gaudreault", "Hamel", "Houle", "Villeneuve",
	"Rousseau", "Gravel", "Lemay", "Robert", "Allard", "Deschenes",
	"Giroux", "Guay", "Leduc", "Boivin", "Charbonneau", "Lambert",
	"Raymond", "Vachon", "Gilbert", "Audet", "Larouche", "Legault",
	"Trudel", "Fontaine", "Picard", "Labelle", "Lacroix", "Moreau",
	"Carrier", "Bernard", "Desrosiers", "Goulet", "Renaud", "Dionne",
	"Lapierre", "Vaillancourt", "Lalonde", "Tessier", "Bertrand", "Tardif",
	"Lepage", "Gingras", "Rioux", "Drouin", "Lauzon", "Gendron", "Boutin",
	"Laflamme", "Vallee", "Breton", "Pare", "Paquin", "Robitaille",
	"Gelinas", "Duchesne", "Lussier", "Seguin", "Veilleux", "Potvin",
	"Gervais", "Pepin", "Laroche", "Morissette", "Charron", "Lavallee",
	"Chabot", "Brunet", "Vezina", "Desrochers", "Labbe", "Labrecque",
};

/*
 * Germany (also the given names of Austria and German-speaking
 * Switzerland).  Given names: Gesellschaft fuer deutsche Sprache, the
 * yearly first-name statistics (1960-2020).  Surnames: Digitales
 * Familiennamenwoerterbuch Deutschlands (Akademie der Wissenschaften und
 * der Literatur Mainz), ranked by the Deutsche Telekom fixed-line
 * directory of 2005.
 */
static const char *const first_de[] = {
	"Thomas", "Sabine", "Michael", "Andrea", "Andreas", "Petra", "Stefan",
	"Claudia", "Christian", "Susanne", "Peter", "Monika", "Wolfgang",
	"Birgit", "Markus", "Stefanie", "Frank", "Nicole", "Matthias", "Katrin",
	"Martin", "Anja", "Daniel", "Julia", "Alexander", "Sandra", "Sebastian",
	"Christina", "Tobias", "Melanie", "Jan", "Ursula", "Florian", "Renate",
	"Lukas", "Karin", "Jonas", "Heike", "Leon", "Gabriele", "Felix",
	"Brigitte", "Maximilian", "Elke", "Paul", "Martina", "Ben", "Tanja",
	"Elias", "Silke", "Noah", "Kerstin", "Finn", "Manuela", "Luca",
	"Simone", "Niklas", "Daniela", "Tim", "Jessica", "Philipp", "Jennifer",
	"David", "Sarah", "Simon", "Laura", "Dennis", "Lisa", "Sven", "Anna",
	"Oliver", "Lea", "Uwe", "Lena", "Dieter", "Hannah", "Manfred", "Sophie",
	"Horst", "Marie", "Guenter", "Emma", "Gerhard", "Mia", "Hans", "Leonie",
	"Karl", "Johanna", "Heinz", "Katharina", "Bernd", "Franziska", "Ralf",
	"Vanessa", "Holger", "Jana", "Joerg", "Lara", "Dirk", "Nina", "Torsten",
	"Carina", "Marco", "Annika", "Kevin", "Clara", "Patrick", "Ella",
	"Marcel", "Emilia", "Moritz", "Charlotte", "Julian", "Greta", "Fabian",
	"Ida", "Dominik", "Mila", "Benjamin", "Frieda", "Hannes", "Paula",
	"Henrik", "Luisa", "Emil", "Antonia", "Anton", "Helena", "Theo", "Maja",
	"Jakob", "Lina", "Ole", "Amelie", "Mats", "Jule", "Till", "Pia", "Nico",
	"Ingrid", "Robin", "Helga", "Juergen", "Gisela", "Klaus", "Christa",
};
static const char *const last_de[] = {
	"Mueller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner",
	"Becker", "Schulz", "Hoffmann", "Schaefer", "Koch", "Bauer", "Richter",
	"Klein", "Wolf", "Schroeder", "Neumann", "Schwarz", "Zimmermann",
	"Braun", "Krueger", "Hofmann", "Hartmann", "Lange", "Schmitt", "Werner",
	"Schmitz", "Krause", "Meier", "Lehmann", "Schmid", "Schulze", "Maier",
	"Koehler", "Herrmann", "Koenig", "Walter", "Mayer", "Huber", "Kaiser",
	"Fuchs", "Peters", "Lang", "Scholz", "Moeller", "Weiss", "Jung", "Hahn",
	"Schubert", "Vogel", "Friedrich", "Keller", "Guenther", "Frank",
	"Berger", "Winkler", "Roth", "Beck", "Lorenz", "Baumann", "Franke",
	"Albrecht", "Schuster", "Simon", "Ludwig", "Boehm", "Winter", "Kraus",
	"Martin", "Schumacher", "Kraemer", "Vogt", "Stein", "Jaeger", "Otto",
	"Sommer", "Gross", "Seidel", "Heinrich", "Brandt", "Haas", "Schreiber",
	"Graf", "Schulte", "Dietrich", "Ziegler", "Kuhn", "Kuehn", "Pohl",
	"Engel", "Horn", "Busch", "Bergmann", "Thomas", "Voigt", "Busse",
	"Arnold", "Wolff", "Pfeiffer", "Hess", "Ernst", "Lindner", "Kramer",
	"Jansen", "Franz", "Hein", "Hertel", "Roemer", "Stahl", "Ullrich",
};

/*
 * Austria: surnames ranked by Statistik Austria's frequency of family
 * names (central population register); given names as Germany's.
 */
static const char *const last_at[] = {
	"Gruber", "Huber", "Bauer", "Wagner", "Mueller", "Pichler", "Steiner",
	"Moser", "Mayer", "Hofer", "Leitner", "Berger", "Fuchs", "Eder",
	"Fischer", "Schmid", "Winkler", "Weber", "Schwarz", "Maier", "Schneider",
	"Reiter", "Mayr", "Schmidt", "Wimmer", "Egger", "Brunner", "Lang",
	"Baumgartner", "Auer", "Binder", "Lechner", "Wolf", "Wallner", "Aigner",
	"Ebner", "Koller", "Lehner", "Haas", "Schuster", "Holzer", "Wieser",
	"Strasser", "Resch", "Riegler", "Hofmann", "Koenig", "Kogler", "Haider",
	"Gassner", "Mair", "Reisinger", "Stadler", "Schober", "Ecker",
	"Wiesinger", "Rainer", "Hackl", "Fink", "Grabner", "Graf", "Horvath",
	"Nagl", "Kaiser", "Zach", "Zauner", "Unger", "Pfeifer", "Strobl",
	"Hoffmann", "Wallner-Huber", "Seidl", "Neubauer", "Hauser",
};

/*
 * German-speaking Switzerland: surnames by frequency in the Swiss
 * Federal Statistical Office's (BFS) "Nachnamen der staendigen
 * Wohnbevoelkerung"; given names as Germany's.
 */
static const char *const last_ch[] = {
	"Mueller", "Meier", "Schmid", "Keller", "Weber", "Huber", "Schneider",
	"Meyer", "Steiner", "Fischer", "Gerber", "Brunner", "Baumann", "Frei",
	"Zimmermann", "Moser", "Widmer", "Wyss", "Graf", "Roth", "Suter",
	"Baumgartner", "Bachmann", "Studer", "Bucher", "Berger", "Kaufmann",
	"Hofmann", "Buehler", "Marti", "Kuhn", "Lehmann", "Frey", "Christen",
	"Kaiser", "Egli", "Arnold", "Hofer", "Wenger", "Sutter", "Zbinden",
	"Ammann", "Luethi", "Bieri", "Hess", "Siegrist", "Schaerer", "Gasser",
	"Baer", "Stocker", "Vogel", "Lang", "Wirth", "Fuchs", "Koch", "Kunz",
	"Walther", "Schwarz", "Imhof", "Bosshard", "Hug", "Kessler", "Sieber",
	"Schwab", "Favre", "Rochat", "Bonvin", "Python", "Rey", "Perrin",
};

/*
 * France (also French-speaking Switzerland and Belgium's French names).
 * INSEE, "Fichier des prenoms" (births 1950-2020) and the "Fichier des
 * noms" (births 1891-2000, the surnames borne at birth).
 */
static const char *const first_fr[] = {
	"Jean", "Marie", "Pierre", "Nathalie", "Michel", "Isabelle", "Philippe",
	"Sylvie", "Alain", "Catherine", "Nicolas", "Sandrine", "Christophe",
	"Valerie", "Patrick", "Christine", "Daniel", "Veronique", "Bernard",
	"Stephanie", "Eric", "Celine", "Laurent", "Sophie", "Frederic",
	"Aurelie", "Stephane", "Julie", "David", "Emilie", "Thierry", "Camille",
	"Julien", "Manon", "Sebastien", "Lea", "Olivier", "Chloe", "Pascal",
	"Emma", "Francois", "Ines", "Christian", "Jade", "Guillaume", "Louise",
	"Thomas", "Alice", "Alexandre", "Lina", "Jerome", "Sarah", "Vincent",
	"Marine", "Antoine", "Pauline", "Maxime", "Laura", "Romain", "Mathilde",
	"Kevin", "Clara", "Hugo", "Juliette", "Lucas", "Lucie", "Louis", "Anais",
	"Gabriel", "Charlotte", "Arthur", "Margaux", "Jules", "Elodie",
	"Raphael", "Caroline", "Leo", "Virginie", "Nathan", "Helene", "Theo",
	"Anne", "Mathis", "Martine", "Paul", "Francoise", "Adam", "Monique",
	"Enzo", "Nicole", "Clement", "Brigitte", "Quentin", "Chantal",
	"Benjamin", "Dominique", "Florian", "Florence", "Baptiste", "Patricia",
	"Etienne", "Corinne", "Mathieu", "Agnes", "Cedric", "Audrey", "Fabrice",
	"Amandine", "Didier", "Justine", "Gerard", "Oceane", "Andre", "Zoe",
	"Claude", "Rose", "Jean-Pierre", "Ambre", "Jean-Luc", "Agathe",
	"Jean-Francois", "Margot", "Yannick", "Elise", "Gael", "Jeanne",
	"Loic", "Anne-Sophie", "Gilles", "Marie-Claire", "Herve", "Noemie",
};
static const char *const last_fr[] = {
	"Martin", "Bernard", "Thomas", "Petit", "Robert", "Richard", "Durand",
	"Dubois", "Moreau", "Laurent", "Simon", "Michel", "Lefebvre", "Leroy",
	"Roux", "David", "Bertrand", "Morel", "Fournier", "Girard", "Bonnet",
	"Dupont", "Lambert", "Fontaine", "Rousseau", "Vincent", "Muller",
	"Lefevre", "Faure", "Andre", "Mercier", "Blanc", "Guerin", "Boyer",
	"Garnier", "Chevalier", "Francois", "Legrand", "Gauthier", "Garcia",
	"Perrin", "Robin", "Clement", "Morin", "Nicolas", "Henry", "Roussel",
	"Mathieu", "Gautier", "Masson", "Marchand", "Duval", "Denis", "Dumont",
	"Marie", "Lemaire", "Noel", "Meyer", "Dufour", "Meunier", "Brun",
	"Blanchard", "Giraud", "Joly", "Riviere", "Lucas", "Brunet", "Gaillard",
	"Barbier", "Arnaud", "Martinez", "Gerard", "Roche", "Renard", "Schmitt",
	"Roy", "Leroux", "Colin", "Vidal", "Caron", "Picard", "Roger", "Fabre",
	"Aubert", "Lemoine", "Renaud", "Dumas", "Lacroix", "Olivier",
	"Philippe", "Bourgeois", "Pierre", "Benoit", "Rey", "Leclerc", "Payet",
	"Rolland", "Leclercq", "Guillaume", "Lecomte", "Lopez", "Jean", "Dupuy",
	"Guillot", "Hubert", "Berger", "Carpentier", "Sanchez", "Dupuis",
	"Moulin", "Louis", "Deschamps", "Huet", "Vasseur", "Perez", "Boucher",
	"Fleury", "Royer", "Klein", "Jacquet", "Adam", "Paris", "Poirier",
	"Marty", "Aubry", "Guyot", "Carre", "Charles", "Renault", "Charpentier",
	"Menard", "Maillard", "Baron", "Bertin", "Bailly", "Herve", "Schneider",
	"Fernandez", "Le Gall", "Collet", "Leger", "Bouvier", "Julien",
	"Prevost", "Millet", "Perrot", "Daniel", "Cousin", "Germain",
	"Breton", "Besson", "Langlois", "Remy", "Le Goff", "Pelletier",
	"Leveque", "Perrier", "Leblanc", "Barre", "Lebrun", "Marchal", "Weber",
	"Mallet", "Hamon", "Boulanger", "Jacob", "Monnier", "Michaud",
};

/*
 * Belgium: Statbel's most frequent family names (Flemish and Walloon
 * together) and first names (register of 2022, by age group).
 */
static const char *const first_be[] = {
	"Jan", "Marie", "Luc", "Anne", "Marc", "Sofie", "Peter", "Els", "Dirk",
	"Katrien", "Bart", "Veerle", "Koen", "Inge", "Tom", "Hilde", "Wim",
	"Martine", "Geert", "Nathalie", "Kris", "Isabelle", "Pieter", "Sarah",
	"Wouter", "Laura", "Thomas", "Julie", "Lucas", "Lotte", "Noah", "Emma",
	"Louis", "Olivia", "Arthur", "Louise", "Jules", "Elise", "Victor", "Lena",
	"Mathis", "Ella", "Nathan", "Mila", "Liam", "Nina", "Adam", "Lore",
	"Milan", "Fien", "Lars", "Noor", "Jens", "Hanne", "Stijn", "Eline",
	"Joris", "Camille", "Sander", "Chloe", "Robbe", "Manon", "Seppe",
	"Charlotte", "Lander", "Celine", "Ruben", "Ines", "Maarten", "Jade",
	"Philippe", "Alice", "Michel", "Zoe", "Alain", "Margot", "Christophe",
	"Femke", "Nicolas", "An", "Olivier", "Ann", "Laurent", "Griet", "Maxime",
	"Sien", "Hugo", "Yasmine", "Jef", "Leen",
};
static const char *const last_be[] = {
	"Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claes",
	"Goossens", "Wouters", "De Smet", "Dubois", "Lambert", "Dupont",
	"Martin", "Simon", "Vermeulen", "Hermans", "Pauwels", "Aerts",
	"Van Damme", "Michiels", "Dumont", "Leclercq", "Coppens", "De Clercq",
	"Stevens", "Lemmens", "Verhoeven", "Martens", "Smets", "Cools",
	"Laurent", "Lauwers", "Claeys", "Segers", "Thys", "Van den Broeck",
	"De Backer", "Renard", "Francois", "Van de Velde", "Wuyts", "Denis",
	"Leroy", "Lejeune", "Collard", "Verstraete", "Geerts", "De Vos",
	"Vandenberghe", "Hendrickx", "Bogaerts", "Mathieu", "Gerard", "Bertrand",
	"Nys", "Van Dyck", "Verbruggen", "Wauters", "Vanderstraeten", "Vervoort",
	"Deprez", "Hubert", "Charlier", "Fontaine", "Lemaire", "Noel",
	"Desmedt", "Van Hecke", "De Meyer", "Baert", "Matthys", "Van Acker",
	"Dewulf", "Timmermans", "Hendrikx",
};

/*
 * The Netherlands: Meertens Instituut, Nederlandse Familienamenbank (the
 * 2007 municipal register counts) for surnames, the Sociale
 * Verzekeringsbank's first-name statistics for given names.  Prefixes
 * ("de", "van der") are written as the Dutch write them after a given
 * name.
 */
static const char *const first_nl[] = {
	"Jan", "Maria", "Johannes", "Anna", "Peter", "Johanna", "Hendrik",
	"Elisabeth", "Cornelis", "Monique", "Pieter", "Sandra", "Willem",
	"Linda", "Gerrit", "Ingrid", "Kees", "Marieke", "Henk", "Anouk", "Marco",
	"Sanne", "Mark", "Femke", "Dennis", "Lotte", "Martijn", "Fleur", "Bas",
	"Eva", "Thijs", "Emma", "Sander", "Julia", "Jeroen", "Sophie", "Niels",
	"Tess", "Ruben", "Lisa", "Tim", "Sara", "Daan", "Anne", "Sem", "Iris",
	"Lucas", "Noa", "Finn", "Mila", "Levi", "Zoe", "Milan", "Evi", "Jesse",
	"Saar", "Bram", "Nina", "Luuk", "Lieke", "Stijn", "Esther", "Lars",
	"Marloes", "Thomas", "Inge", "Noah", "Petra", "Liam", "Karin", "Sven",
	"Ellen", "Wouter", "Mirjam", "Koen", "Wendy", "Joost", "Kim", "Ruud",
	"Demi", "Erik", "Romy", "Frank", "Isa", "Rob", "Roos", "Gijs", "Jasmijn",
};
static const char *const last_nl[] = {
	"de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker",
	"Janssen", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "de Groot",
	"Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer",
	"de Wit", "Dijkstra", "Smits", "de Graaf", "van der Meer",
	"van der Linden", "Kok", "Jacobs", "de Haan", "Vermeulen",
	"van den Heuvel", "van der Veen", "van den Broek", "de Bruijn",
	"de Bruin", "van der Heijden", "Schouten", "van Beek", "Willems",
	"van Vliet", "van de Ven", "Hoekstra", "Maas", "Verhoeven", "Koster",
	"van Dam", "van der Wal", "Prins", "Blom", "Huisman", "Peeters",
	"de Jonge", "Kuipers", "van Veen", "Post", "Kuiper", "Veenstra",
	"Kramer", "van den Brink", "Scholten", "van Wijk", "Postma", "Martens",
	"Vink", "de Ruiter", "Timmermans", "Groen", "Gerritsen", "Jonker",
	"van Loon", "Boer", "van der Velde", "Willemsen", "Smeets", "de Lange",
	"de Vos", "Bosch", "van Dongen", "Schipper", "de Koning", "van der Laan",
	"Koning", "van der Velden", "Driessen", "van Doorn", "Hermans", "Evers",
	"van den Bosch", "van der Meulen", "Hofman", "Bosman", "Wolters",
	"Sanders", "van der Horst", "Mol", "Kuijpers", "Molenaar", "van de Pol",
	"de Leeuw", "Verbeek",
};

/*
 * Spain: Instituto Nacional de Estadistica, "Apellidos y nombres mas
 * frecuentes" (municipal register, by first surname and by given name).
 * Compound given names (Maria Carmen) are left out: a given name here
 * is one word.
 */
static const char *const first_es[] = {
	"Antonio", "Maria", "Manuel", "Carmen", "Jose", "Ana", "Francisco",
	"Isabel", "David", "Laura", "Juan", "Cristina", "Javier", "Marta",
	"Daniel", "Dolores", "Carlos", "Lucia", "Jesus", "Pilar", "Alejandro",
	"Elena", "Miguel", "Sara", "Rafael", "Paula", "Pablo", "Raquel", "Pedro",
	"Rosa", "Angel", "Manuela", "Sergio", "Mercedes", "Fernando", "Teresa",
	"Jorge", "Beatriz", "Luis", "Nuria", "Alberto", "Silvia", "Alvaro",
	"Julia", "Adrian", "Irene", "Diego", "Patricia", "Raul", "Montserrat",
	"Enrique", "Rocio", "Ramon", "Andrea", "Vicente", "Alba", "Ivan",
	"Sofia", "Ruben", "Martina", "Oscar", "Daniela", "Andres", "Valeria",
	"Joaquin", "Claudia", "Santiago", "Carla", "Eduardo", "Marina", "Victor",
	"Alicia", "Roberto", "Lorena", "Jaime", "Sonia", "Mario", "Yolanda",
	"Ignacio", "Susana", "Hugo", "Natalia", "Lucas", "Eva", "Mateo",
	"Inmaculada", "Marcos", "Josefa", "Gonzalo", "Esther", "Alex",
	"Veronica", "Martin", "Nerea", "Leo", "Ainhoa", "Salvador", "Lidia",
	"Emilio", "Miriam", "Julian", "Angeles", "Tomas", "Rosario", "Agustin",
	"Concepcion",
};
static const char *const last_es[] = {
	"Garcia", "Rodriguez", "Gonzalez", "Fernandez", "Lopez", "Martinez",
	"Sanchez", "Perez", "Gomez", "Martin", "Jimenez", "Hernandez", "Ruiz",
	"Diaz", "Moreno", "Munoz", "Alvarez", "Romero", "Gutierrez", "Alonso",
	"Navarro", "Torres", "Dominguez", "Ramos", "Vazquez", "Ramirez", "Gil",
	"Serrano", "Morales", "Molina", "Blanco", "Suarez", "Castro", "Ortega",
	"Delgado", "Ortiz", "Marin", "Rubio", "Nunez", "Medina", "Sanz",
	"Castillo", "Iglesias", "Cortes", "Garrido", "Santos", "Guerrero",
	"Lozano", "Cano", "Cruz", "Mendez", "Flores", "Prieto", "Herrera",
	"Penas", "Leon", "Marquez", "Cabrera", "Gallego", "Calvo", "Vidal",
	"Campos", "Reyes", "Vega", "Fuentes", "Carrasco", "Diez", "Aguilar",
	"Caballero", "Nieto", "Santana", "Vargas", "Pascual", "Gimenez",
	"Herrero", "Hidalgo", "Montero", "Lorenzo", "Santiago", "Benitez",
	"Duran", "Ibanez", "Arias", "Mora", "Ferrer", "Carmona", "Vicente",
	"Rojas", "Soto", "Crespo", "Roman", "Pastor", "Velasco", "Parra",
	"Saez", "Moya", "Bravo", "Rivera", "Gallardo", "Soler",
};

/*
 * Catalonia, Valencia and the Balearic Islands: the Catalan names among
 * the INE's most frequent surnames of Barcelona, Valencia and the Balearic
 * Islands, and the Institut d'Estadistica de Catalunya's (Idescat) given
 * names.
 */
static const char *const first_cat[] = {
	"Jordi", "Montserrat", "Josep", "Nuria", "Joan", "Laia", "Marc", "Merce",
	"Pau", "Marta", "Oriol", "Anna", "Xavier", "Carla", "Albert", "Berta",
	"Ferran", "Julia", "Pere", "Aina", "Arnau", "Mireia", "Pol", "Roser",
	"Marti", "Meritxell", "Jaume", "Gemma", "Lluis", "Elisenda", "Enric",
	"Queralt", "Francesc", "Neus", "Roger", "Clara", "Gerard", "Ona",
	"Biel", "Martina", "Nil", "Jana", "Eloi", "Txell", "Quim", "Paula",
};
static const char *const last_cat[] = {
	"Puig", "Ferrer", "Vidal", "Soler", "Font", "Serra", "Roca", "Pujol",
	"Vila", "Mas", "Riera", "Sala", "Marti", "Costa", "Bosch", "Pons", "Coll",
	"Camps", "Vives", "Llopis", "Ribas", "Prat", "Sole", "Casas", "Valls",
	"Farre", "Rovira", "Bertran", "Esteve", "Roig", "Badia", "Miralles",
	"Torrent", "Grau", "Segura", "Comas", "Borras", "Canals", "Bonet",
	"Carbonell", "Mir", "Calvet", "Garriga", "Pages", "Figueras", "Cortada",
	"Amat", "Tomas", "Munt", "Sabate",
};

/*
 * Italy: ISTAT's given names of the resident population (by decade of
 * birth) and the most frequent surnames of the national telephone
 * directory as ranked by the same office's onomastic reports.
 */
static const char *const first_it[] = {
	"Giuseppe", "Maria", "Giovanni", "Anna", "Antonio", "Giuseppina",
	"Mario", "Rosa", "Luigi", "Angela", "Francesco", "Giovanna", "Angelo",
	"Teresa", "Vincenzo", "Lucia", "Pietro", "Carmela", "Salvatore",
	"Caterina", "Carlo", "Francesca", "Franco", "Chiara", "Domenico",
	"Giulia", "Bruno", "Sara", "Paolo", "Martina", "Michele", "Valentina",
	"Giorgio", "Alessia", "Sergio", "Elena", "Luciano", "Federica",
	"Marco", "Silvia", "Andrea", "Laura", "Alessandro", "Paola", "Luca",
	"Elisa", "Matteo", "Sofia", "Lorenzo", "Aurora", "Davide", "Alice",
	"Simone", "Ginevra", "Federico", "Beatrice", "Riccardo", "Greta",
	"Stefano", "Emma", "Roberto", "Giorgia", "Fabio", "Ilaria", "Massimo",
	"Roberta", "Daniele", "Monica", "Alberto", "Barbara", "Emanuele",
	"Cristina", "Gabriele", "Claudia", "Leonardo", "Simona", "Tommaso",
	"Daniela", "Edoardo", "Marta", "Filippo", "Serena", "Nicola",
	"Stefania", "Claudio", "Antonella", "Enrico", "Patrizia", "Maurizio",
	"Rita", "Giacomo", "Gabriella", "Mattia", "Vittoria", "Diego", "Noemi",
	"Christian", "Matilde", "Aldo", "Camilla", "Renato", "Arianna",
	"Gianluca", "Viola",
};
static const char *const last_it[] = {
	"Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo",
	"Ricci", "Marino", "Greco", "Bruno", "Gallo", "Conti", "De Luca",
	"Mancini", "Costa", "Giordano", "Rizzo", "Lombardi", "Moretti",
	"Barbieri", "Fontana", "Santoro", "Mariani", "Rinaldi", "Caruso",
	"Ferrara", "Galli", "Martini", "Leone", "Longo", "Gentile", "Martinelli",
	"Vitale", "Lombardo", "Serra", "Coppola", "De Santis", "D'Angelo",
	"Marchetti", "Parisi", "Villa", "Conte", "Ferraro", "Ferri", "Fabbri",
	"Bianco", "Marini", "Grasso", "Valentini", "Messina", "Sala",
	"De Angelis", "Gatti", "Pellegrini", "Palumbo", "Sanna", "Farina",
	"Rizzi", "Monti", "Cattaneo", "Morelli", "Amato", "Silvestri", "Mazza",
	"Testa", "Grassi", "Pellegrino", "Carbone", "Giuliani", "Benedetti",
	"Barone", "Rossetti", "Caputo", "Montanari", "Guerra", "Palmieri",
	"Bernardi", "Martino", "Fiore", "De Rosa", "Ferretti", "Bellini",
	"Basile", "Riva", "Donati", "Piras", "Vitali", "Battaglia", "Sartori",
	"Neri", "Costantini", "Milani", "Pagano", "Ruggiero", "Sorrentino",
	"D'Amico", "Orlando", "Negri", "Mazzola",
};

/*
 * Sweden: Statistics Sweden (SCB) name statistics, the most common
 * surnames and given names of the population register.
 */
static const char *const first_se[] = {
	"Lars", "Maria", "Mikael", "Elisabeth", "Anders", "Anna", "Johan",
	"Kristina", "Erik", "Margareta", "Per", "Eva", "Karl", "Karin", "Peter",
	"Birgitta", "Jan", "Marie", "Thomas", "Ingrid", "Daniel", "Christina",
	"Fredrik", "Sara", "Hans", "Emma", "Bengt", "Linnea", "Mats", "Elsa",
	"Magnus", "Alice", "Stefan", "Maja", "Bo", "Ella", "Nils", "Wilma",
	"Oskar", "Ebba", "Lucas", "Astrid", "William", "Freja", "Hugo", "Saga",
	"Elias", "Agnes", "Liam", "Klara", "Alexander", "Ida", "Emil", "Malin",
	"Axel", "Jenny", "Filip", "Hanna", "Viktor", "Johanna", "Olle",
	"Camilla", "Gustav", "Sofia", "Anton", "Annika", "Isak", "Ulla", "Leo",
	"Lena", "Noah", "Helena", "Ludvig", "Linda", "Sven", "Susanne", "Goran",
	"Carina", "Leif", "Ingela", "Ulf", "Matilda", "Bjorn", "Julia", "Henrik",
	"Moa", "Andreas", "Alva", "Jonas", "Stina", "Marcus", "Elin", "Niklas",
	"Frida", "Sebastian", "Emelie", "Simon", "Inger",
};
static const char *const last_se[] = {
	"Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson",
	"Olsson", "Persson", "Svensson", "Gustafsson", "Pettersson", "Jonsson",
	"Jansson", "Hansson", "Bengtsson", "Lindberg", "Jakobsson", "Magnusson",
	"Olofsson", "Lindstrom", "Lindqvist", "Lindgren", "Berg", "Axelsson",
	"Bergstrom", "Lundberg", "Lind", "Lundgren", "Lundqvist", "Mattsson",
	"Berglund", "Fredriksson", "Sandberg", "Henriksson", "Forsberg",
	"Sjoberg", "Wallin", "Engstrom", "Danielsson", "Hakansson", "Lundin",
	"Eklund", "Bjork", "Gunnarsson", "Holm", "Samuelsson", "Fransson",
	"Wikstrom", "Isaksson", "Bergman", "Nyberg", "Holmberg", "Arvidsson",
	"Lofgren", "Soderberg", "Nystrom", "Blomqvist", "Claesson",
	"Nordstrom", "Martensson", "Lundstrom", "Viklund", "Bjorklund",
	"Eliasson", "Palsson", "Berggren", "Sandstrom", "Lund", "Nordin",
	"Strom", "Aberg", "Hermansson", "Ekstrom", "Holmgren", "Sundberg",
	"Hedlund", "Dahlberg", "Hellstrom", "Sjogren", "Abrahamsson",
};

/*
 * Turkish families in Germany, Austria, Switzerland, the Netherlands,
 * Belgium and Sweden: the Turkish Statistical Institute's (TUIK) most
 * frequent surnames and given names.
 */
static const char *const first_tr[] = {
	"Mehmet", "Fatma", "Mustafa", "Ayse", "Ahmet", "Emine", "Ali", "Hatice",
	"Huseyin", "Zeynep", "Hasan", "Elif", "Ibrahim", "Merve", "Ismail",
	"Ozlem", "Osman", "Esra", "Yusuf", "Sultan", "Murat", "Hulya", "Emre",
	"Derya", "Burak", "Aylin", "Can", "Selin", "Deniz", "Ebru", "Cem",
	"Sibel", "Kemal", "Melek", "Serkan", "Yasemin", "Volkan", "Dilara",
	"Eren", "Ece", "Baris", "Irem", "Onur", "Asli", "Kaan", "Ceren", "Omer",
	"Pinar", "Furkan", "Gul", "Enes", "Nur",
};
static const char *const last_tr[] = {
	"Yilmaz", "Kaya", "Demir", "Sahin", "Celik", "Yildiz", "Yildirim",
	"Ozturk", "Aydin", "Ozdemir", "Arslan", "Dogan", "Kilic", "Aslan",
	"Cetin", "Kara", "Koc", "Kurt", "Ozkan", "Simsek", "Polat", "Ozcan",
	"Korkmaz", "Cakir", "Erdogan", "Yavuz", "Acar", "Sen", "Aktas",
	"Guler", "Yalcin", "Gunes", "Bozkurt", "Bulut", "Keskin", "Unal",
	"Turan", "Ozer", "Isik", "Kaplan", "Avci", "Sari", "Tekin", "Tas",
	"Kose", "Yuksel", "Ates", "Aksoy", "Karaca", "Tuncer",
};

/*
 * Families of North African and Middle Eastern origin in France,
 * Belgium, the Netherlands, Sweden and Spain: frequent Maghrebi and
 * Arabic surnames and given names of INSEE's and SCB's name files.
 */
static const char *const first_ar[] = {
	"Mohamed", "Fatima", "Ahmed", "Aicha", "Karim", "Khadija", "Youssef",
	"Nadia", "Mehdi", "Samira", "Nabil", "Leila", "Rachid", "Yasmine",
	"Samir", "Amina", "Said", "Meriem", "Khalid", "Salma", "Omar", "Malika",
	"Hamza", "Naima", "Bilal", "Karima", "Ayoub", "Souad", "Amine", "Rania",
	"Yassine", "Nour", "Sofiane", "Imane", "Walid", "Hafsa", "Hicham",
	"Sabrina", "Mourad", "Soraya", "Farid", "Houda", "Rayan", "Zineb",
	"Ilyes", "Assia", "Adel", "Nawal",
};
static const char *const last_ar[] = {
	"Benali", "Haddad", "Mansour", "Saidi", "Amrani", "Belkacem", "Cherif",
	"Bouzid", "Hamdi", "Khelifi", "Mebarki", "Brahimi", "Benamar",
	"Bensaid", "Chaoui", "Djebbar", "Ferhat", "Ghazi", "Kaci", "Laribi",
	"Mahmoudi", "Meziane", "Nasri", "Ouali", "Rahmani", "Saadi", "Taleb",
	"Touati", "Yahiaoui", "Ziani", "El Amrani", "El Idrissi", "Benjelloun",
	"Alaoui", "Bennani", "Tazi", "Berrada", "Chraibi", "Moussaoui",
	"Hamidi", "Karimi", "Hassan", "Mohammed", "Ahmadi", "Abdallah",
	"Boukhris", "Zouaoui", "Hadjadj",
};

/*
 * Polish families in the United Kingdom, Ireland, Germany and the
 * Netherlands: Statistics Poland (GUS) and the PESEL register's most
 * frequent surnames and given names.  Surnames in their masculine form.
 */
static const char *const first_pl[] = {
	"Piotr", "Anna", "Krzysztof", "Maria", "Andrzej", "Katarzyna", "Tomasz",
	"Malgorzata", "Pawel", "Agnieszka", "Michal", "Barbara", "Marcin", "Ewa",
	"Jakub", "Magdalena", "Kamil", "Joanna", "Lukasz", "Aleksandra",
	"Mateusz", "Monika", "Adam", "Zofia", "Marek", "Natalia", "Grzegorz",
	"Karolina", "Szymon", "Julia", "Bartosz", "Marta", "Dawid", "Beata",
	"Wojciech", "Dorota", "Rafal", "Justyna", "Jan", "Paulina", "Kinga",
	"Weronika",
};
static const char *const last_pl[] = {
	"Nowak", "Kowalski", "Wisniewski", "Wojcik", "Kowalczyk", "Kaminski",
	"Lewandowski", "Zielinski", "Szymanski", "Wozniak", "Dabrowski",
	"Kozlowski", "Jankowski", "Mazur", "Kwiatkowski", "Krawczyk",
	"Piotrowski", "Grabowski", "Nowakowski", "Pawlowski", "Michalski",
	"Nowicki", "Adamczyk", "Dudek", "Zajac", "Wieczorek", "Jablonski",
	"Krol", "Majewski", "Olszewski", "Jaworski", "Wrobel", "Malinowski",
	"Pawlak", "Witkowski", "Walczak", "Stepien", "Gorski", "Rutkowski",
	"Michalak", "Sikora", "Ostrowski", "Baran", "Duda", "Szewczyk",
	"Tomaszewski", "Pietrzak", "Marciniak",
};

/*
 * Maori names in New Zealand: the Department of Internal Affairs' most
 * popular Maori baby names and frequent Maori surnames of the electoral
 * roll as reported by Stats NZ.  Macrons are dropped.
 */
static const char *const first_mi[] = {
	"Nikau", "Aroha", "Wiremu", "Anahera", "Kahu", "Kahurangi", "Hemi",
	"Mere", "Manaia", "Moana", "Ariki", "Hine", "Tane", "Ngaio", "Rewi",
	"Kiri", "Tamati", "Tui", "Pita", "Awhina", "Hohepa", "Maia", "Rawiri",
	"Mereana", "Tipene", "Huia", "Mikaere", "Ngaire", "Kauri", "Ataahua",
	"Rangi", "Kaia", "Taika", "Hana", "Ana", "Tia",
};
static const char *const last_mi[] = {
	"Ngata", "Parata", "Tipene", "Waaka", "Tamihana", "Karaka", "Kereama",
	"Pene", "Wihongi", "Rapana", "Ruru", "Heke", "Tamati", "Hemi", "Rawiri",
	"Paewai", "Te Whata", "Te Kani", "Ngatai", "Poutama", "Tuhiwai",
	"Whaanga", "Herewini", "Hetaraka", "Takerei", "Turei", "Walker",
	"Tautahi", "Nikora", "Pomare", "Potae", "Maaka", "Paki", "Rangi",
	"Tawhai", "Wharerau",
};

/* Indexes into sg_name_pools, for the locales below. */
enum
{
	P_US, P_HISP, P_EASIA, P_SASIA, P_GB, P_IE, P_FRCA, P_DE, P_AT, P_CH,
	P_FR, P_BE, P_NL, P_ES, P_CAT, P_IT, P_SE, P_TR, P_AR, P_PL, P_MI,
};

#define POOL(code, lang, f, l) {code, lang, f, LENGTHOF(f), l, LENGTHOF(l)}

const SgNamePool sg_name_pools[] = {
	[P_US] = POOL("en-US", "en", first_us, last_us),
	[P_HISP] = POOL("es-US", "es", first_hisp, last_hisp),
	[P_EASIA] = POOL("east-asian", "east-asian", first_easia, last_easia),
	[P_SASIA] = POOL("south-asian", "south-asian", first_sasia, last_sasia),
	[P_GB] = POOL("en-GB", "en", first_gb, last_gb),
	[P_IE] = POOL("en-IE", "en", first_ie, last_ie),
	[P_FRCA] = POOL("fr-CA", "fr", first_frca, last_frca),
	[P_DE] = POOL("de-DE", "de", first_de, last_de),
	[P_AT] = POOL("de-AT", "de", first_de, last_at),
	[P_CH] = POOL("de-CH", "de", first_de, last_ch),
	[P_FR] = POOL("fr-FR", "fr", first_fr, last_fr),
	[P_BE] = POOL("be", "be", first_be, last_be),
	[P_NL] = POOL("nl-NL", "nl", first_nl, last_nl),
	[P_ES] = POOL("es-ES", "es", first_es, last_es),
	[P_CAT] = POOL("ca", "ca", first_cat, last_cat),
	[P_IT] = POOL("it-IT", "it", first_it, last_it),
	[P_SE] = POOL("sv-SE", "sv", first_se, last_se),
	[P_TR] = POOL("tr", "tr", first_tr, last_tr),
	[P_AR] = POOL("ar", "ar", first_ar, last_ar),
	[P_PL] = POOL("pl", "pl", first_pl, last_pl),
	[P_MI] = POOL("mi", "mi", first_mi, last_mi),
};
const int	sg_n_name_pools = LENGTHOF(sg_name_pools);

/* Indexes into sg_street_vocabs. */
enum
{
	S_US, S_GB, S_AU, S_FR, S_FRCA, S_FRBE, S_DE, S_NL, S_ES, S_CA, S_IT,
	S_SV,
};

/* Indexes into sg_locales, for the cities. */
enum
{
	L_US, L_CA_EN, L_CA_FR, L_GB, L_IE, L_DE, L_AT, L_CH_DE, L_CH_FR,
	L_CH_IT, L_FR, L_BE_NL, L_BE_FR, L_BE_BRU, L_NL, L_ES, L_ES_CT, L_IT,
	L_SE, L_AU, L_NZ,
};

/* a native pool and its percent, a foreign pool and its percent */
#define NAT(p, w) {p, w, true}
#define FOR(p, w) {p, w, false}

/*
 * The mixes follow the countries' statistics on ancestry and country of
 * birth (US Census ACS, Statistics Canada, ONS, CSO, destatis
 * Mikrozensus, Statistik Austria, BFS, INSEE, Statbel, CBS, INE, ISTAT,
 * SCB, ABS, Stats NZ) coarsely: the native pools are the populations the
 * country's own registers name most; FOR entries are the foreign-born
 * share (4-8 percent) drawn from other countries' pools.
 */
const SgLocale sg_locales[] = {
	[L_US] = {"en-US", "US", SG_ADDR_US, S_US,
		{NAT(P_US, 70), NAT(P_HISP, 16), NAT(P_EASIA, 5), NAT(P_SASIA, 3),
		FOR(P_IT, 2), FOR(P_DE, 2), FOR(P_IE, 1), FOR(P_PL, 1)}},
	[L_CA_EN] = {"en-CA", "CA", SG_ADDR_US, S_US,
		{NAT(P_GB, 38), NAT(P_US, 20), NAT(P_EASIA, 12), NAT(P_SASIA, 11),
		NAT(P_IE, 7), NAT(P_FRCA, 6), FOR(P_IT, 4), FOR(P_PL, 2)}},
	[L_CA_FR] = {"fr-CA", "CA", SG_ADDR_FR_CA, S_FRCA,
		{NAT(P_FRCA, 85), NAT(P_GB, 5), NAT(P_EASIA, 2), FOR(P_FR, 4),
		FOR(P_AR, 3), FOR(P_HISP, 1)}},
	[L_GB] = {"en-GB", "GB", SG_ADDR_GB, S_GB,
		{NAT(P_GB, 85), NAT(P_SASIA, 7), NAT(P_IE, 2), NAT(P_EASIA, 1),
		FOR(P_PL, 2), FOR(P_FR, 1), FOR(P_IT, 1), FOR(P_DE, 1)}},
	[L_IE] = {"en-IE", "IE", SG_ADDR_GB, S_GB,
		{NAT(P_IE, 88), NAT(P_GB, 5), FOR(P_PL, 4), FOR(P_SASIA, 1),
		FOR(P_FR, 1), FOR(P_ES, 1)}},
	[L_DE] = {"de-DE", "DE", SG_ADDR_DE, S_DE,
		{NAT(P_DE, 87), NAT(P_TR, 5), FOR(P_PL, 3), FOR(P_IT, 2),
		FOR(P_AR, 1), FOR(P_FR, 1), FOR(P_GB, 1)}},
	[L_AT] = {"de-AT", "AT", SG_ADDR_AT, S_DE,
		{NAT(P_AT, 84), NAT(P_DE, 7), NAT(P_TR, 3), FOR(P_PL, 3),
		FOR(P_IT, 3)}},
	[L_CH_DE] = {"de-CH", "CH", SG_ADDR_DE, S_DE,
		{NAT(P_CH, 78), NAT(P_DE, 8), NAT(P_IT, 5), NAT(P_FR, 3),
		NAT(P_TR, 2), FOR(P_ES, 2), FOR(P_PL, 2)}},
	[L_CH_FR] = {"fr-CH", "CH", SG_ADDR_CH_FR, S_FRBE,
		{NAT(P_FR, 74), NAT(P_CH, 10), NAT(P_IT, 6), NAT(P_DE, 2),
		FOR(P_AR, 4), FOR(P_ES, 4)}},
	[L_CH_IT] = {"it-CH", "CH", SG_ADDR_IT, S_IT,
		{NAT(P_IT, 82), NAT(P_CH, 10), NAT(P_DE, 4), NAT(P_FR, 4)}},
	[L_FR] = {"fr-FR", "FR", SG_ADDR_FR, S_FR,
		{NAT(P_FR, 86), NAT(P_AR, 7), FOR(P_ES, 2), FOR(P_IT, 2),
		FOR(P_PL, 1), FOR(P_DE, 1), FOR(P_GB, 1)}},
	[L_BE_NL] = {"nl-BE", "BE", SG_ADDR_BE_NL, S_NL,
		{NAT(P_BE, 82), NAT(P_NL, 6), NAT(P_TR, 4), NAT(P_AR, 4),
		FOR(P_PL, 2), FOR(P_IT, 2)}},
	[L_BE_FR] = {"fr-BE", "BE", SG_ADDR_BE_FR, S_FRBE,
		{NAT(P_BE, 68), NAT(P_FR, 16), NAT(P_AR, 6), NAT(P_TR, 2),
		FOR(P_IT, 6), FOR(P_ES, 2)}},
	[L_BE_BRU] = {"fr-BE-BRU", "BE", SG_ADDR_BE_FR, S_FRBE,
		{NAT(P_BE, 52), NAT(P_FR, 16), NAT(P_AR, 14), NAT(P_NL, 4),
		NAT(P_TR, 4), FOR(P_IT, 4), FOR(P_ES, 3), FOR(P_PL, 3)}},
	[L_NL] = {"nl-NL", "NL", SG_ADDR_NL, S_NL,
		{NAT(P_NL, 85), NAT(P_TR, 4), NAT(P_AR, 4), NAT(P_BE, 2),
		FOR(P_DE, 2), FOR(P_PL, 2), FOR(P_GB, 1)}},
	[L_ES] = {"es-ES", "ES", SG_ADDR_ES, S_ES,
		{NAT(P_ES, 89), NAT(P_CAT, 2), FOR(P_HISP, 4), FOR(P_AR, 3),
		FOR(P_IT, 1), FOR(P_GB, 1)}},
	[L_ES_CT] = {"ca-ES", "ES", SG_ADDR_ES, S_CA,
		{NAT(P_ES, 56), NAT(P_CAT, 36), FOR(P_HISP, 3), FOR(P_AR, 3),
		FOR(P_IT, 1), FOR(P_FR, 1)}},
	[L_IT] = {"it-IT", "IT", SG_ADDR_IT, S_IT,
		{NAT(P_IT, 94), FOR(P_AR, 2), FOR(P_PL, 1), FOR(P_FR, 1),
		FOR(P_ES, 1), FOR(P_DE, 1)}},
	[L_SE] = {"sv-SE", "SE", SG_ADDR_SE, S_SV,
		{NAT(P_SE, 85), NAT(P_AR, 6), NAT(P_TR, 2), FOR(P_PL, 3),
		FOR(P_DE, 2), FOR(P_GB, 2)}},
	[L_AU] = {"en-AU", "AU", SG_ADDR_AU, S_AU,
		{NAT(P_GB, 66), NAT(P_IE, 8), NAT(P_EASIA, 12), NAT(P_SASIA, 6),
		FOR(P_IT, 4), FOR(P_DE, 2), FOR(P_FR, 1), FOR(P_ES, 1)}},
	[L_NZ] = {"en-NZ", "NZ", SG_ADDR_AU, S_AU,
		{NAT(P_GB, 62), NAT(P_MI, 15), NAT(P_IE, 6), NAT(P_EASIA, 7),
		NAT(P_SASIA, 4), FOR(P_DE, 2), FOR(P_NL, 2), FOR(P_FR, 2)}},
};
const int	sg_n_locales = LENGTHOF(sg_locales);

/* ---------------------------------------------------------------------- */
/* streets */

/*
 * American and Canadian street names: trees, presidents, landscape and
 * the numbered and "Main" streets of the USPS's most common street names
 * (Publication 28 lists the suffixes).
 */
static const char *const streets_us[] = {
	"Main", "Oak", "Maple", "Pine", "Cedar", "Elm", "Washington", "Park",
	"Lake", "Hill", "Walnut", "Lincoln", "Jefferson", "Madison", "Franklin",
	"Church", "Spring", "Ridge", "Sunset", "Highland", "Willow", "Cherry",
	"Chestnut", "Birch", "Jackson", "Adams", "Monroe", "Grant", "Wilson",
	"Meadow", "Forest", "Valley", "River", "Mill", "Center", "Union",
	"Market", "Broad", "College", "School", "Liberty", "Pleasant",
	"Prospect", "Fairview", "Lakeview", "Hickory", "Magnolia", "Sycamore",
	"Dogwood", "Cottonwood", "Aspen", "Laurel", "Holly", "Juniper",
	"Cypress", "Redwood", "Poplar", "Spruce", "Hawthorne", "Woodland",
	"Greenwood", "Westwood", "Lafayette", "Hamilton", "Cherry Hill", "Pine Ridge", "Oak Hill", "Spring Valley", "Willow Creek",
	"Country Club", "Mountain View", "Sunrise", "Heritage", "Colonial",
	"Pioneer", "Summit", "Crestview", "Glenwood", "Brookside", "Riverside",
	"Hillside", "Orchard", "Meadowbrook", "Fox Run", "Deer Creek",
	"Eagle", "Hawk", "Bluebird", "Cardinal", "Second", "Third", "Fourth",
	"Fifth", "Sixth", "Seventh", "Eighth", "Ninth", "Tenth",
};
static const SgWeighted street_types_us[] = {
	{"Street", 30}, {"Avenue", 18}, {"Drive", 14}, {"Road", 10},
	{"Lane", 8}, {"Court", 6}, {"Boulevard", 3}, {"Way", 4}, {"Place", 3},
	{"Circle", 2}, {"Parkway", 1}, {"Terrace", 1},
};

/* Streets of Britain and Ireland (Royal Mail PAF's common thoroughfares). */
static const char *const streets_gb[] = {
	"High", "Station", "Main", "Park", "Church", "London", "Victoria",
	"Green", "Manor", "Queens", "Kings", "Grange", "Mill", "Chapel",
	"Springfield", "New", "School", "Windsor", "York",
	"Alexandra", "Albert", "George", "Richmond", "Orchard", "Highfield",
	"Broadway", "Stanley", "Kingsway", "Cromwell", "Wellington", "Nelson",
	"Castle", "Abbey", "Priory", "Rectory", "Vicarage", "Meadow", "Westfield",
	"North", "South", "West", "East", "Mount Pleasant", "Cedar", "Beech",
	"Oak", "Ash", "Elm", "Willow", "Hawthorn", "Rowan", "Holly", "Heather",
	"Primrose", "Bluebell", "Lime", "Sycamore", "Maple", "Chestnut",
	"Woodland", "Riverside", "Brook", "Meadowside", "Hillside", "Fairfield",
	"Glebe", "Croft", "Market", "Bridge", "Moor", "Heath",
	"Marlborough", "Devonshire", "Buckingham", "Lancaster", "Clarence",
	"Gladstone", "Derwent", "Cavendish", "Belmont", "Clifton", "Ashford",
	"Oxford", "Cambridge", "St John's", "St Mary's", "St Andrew's",
};
static const SgWeighted street_types_gb[] = {
	{"Road", 32}, {"Street", 22}, {"Lane", 10}, {"Close", 8},
	{"Avenue", 8}, {"Drive", 5}, {"Gardens", 3}, {"Way", 3},
	{"Crescent", 3}, {"Grove", 2}, {"Terrace", 2}, {"Place", 1}, {"Mews", 1},
};

/* Australia and New Zealand: British names, the local types. */
static const SgWeighted street_types_au[] = {
	{"Street", 40}, {"Road", 18}, {"Avenue", 10}, {"Drive", 8},
	{"Crescent", 6}, {"Place", 5}, {"Court", 4}, {"Parade", 3},
	{"Terrace", 3}, {"Close", 2}, {"Way", 1},
};

/* France: the Fantoir file's most frequent street names (DGFiP). */
static const char *const streets_fr[] = {
	"de la Paix", "Victor Hugo", "Jean Jaures", "de la Republique",
	"du General de Gaulle", "Pasteur", "Voltaire", "des Lilas", "de la Gare",
	"du Moulin", "Gambetta", "Carnot", "Emile Zola", "Jules Ferry",
	"de l'Eglise", "des Ecoles", "Saint-Michel", "du Chateau",
	"de la Liberte", "Nationale", "Jean Moulin", "Anatole France",
	"Georges Clemenceau", "du Marechal Foch", "de Verdun", "de la Mairie",
	"des Roses", "des Acacias", "des Tilleuls", "du Stade", "de Paris",
	"du Commerce", "des Fleurs", "du Port", "de la Fontaine", "du Pont",
	"Louis Pasteur", "Marcel Pagnol", "Jean de la Fontaine", "Paul Bert",
	"Alsace-Lorraine", "du Onze Novembre", "du 8 Mai 1945", "de Bretagne",
	"des Vignes", "des Jardins", "du Parc", "de la Poste", "Lamartine",
	"Moliere", "Racine", "Montaigne", "Condorcet", "Danton", "Berthelot",
	"Saint-Martin", "Sainte-Anne", "des Peupliers", "des Chenes",
	"du Bois", "de la Croix", "des Pres", "de la Riviere", "du Soleil",
};
static const SgWeighted street_types_fr[] = {
	{"rue", 62}, {"avenue", 12}, {"boulevard", 7}, {"place", 4},
	{"allee", 5}, {"impasse", 5}, {"chemin", 3}, {"quai", 2},
};

/* Quebec: the Commission de toponymie's common odonyms. */
static const char *const streets_frca[] = {
	"Saint-Denis", "Sainte-Catherine", "Sherbrooke", "Principale",
	"Notre-Dame", "de la Montagne", "Jean-Talon", "Saint-Laurent",
	"Papineau", "Rachel", "Laurier", "des Erables", "du Parc",
	"de l'Eglise", "Champlain", "Cartier", "de Maisonneuve", "Saint-Joseph",
	"Masson", "Beaubien", "Fleury", "Wellington", "King", "Belvedere",
	"Saint-Jean", "Saint-Hubert", "Saint-Paul", "Lasalle", "Frontenac",
	"Marie-Victorin", "des Pins", "des Bouleaux", "du Lac", "de la Riviere",
	"Racine", "Dollard", "Cote-des-Neiges", "Sainte-Foy", "Bellechasse", "Iberville", "Lajeunesse", "des Cedres", "du Sanctuaire",
};
static const SgWeighted street_types_frca[] = {
	{"rue", 70}, {"avenue", 14}, {"boulevard", 10}, {"chemin", 4},
	{"montee", 2},
};

/* Belgium and Romandy: types written with a capital, names after them. */
static const char *const streets_frbe[] = {
	"de la Station", "de la Gare", "du Moulin", "de l'Eglise", "du Lac",
	"de Lausanne", "de Geneve", "du Rhone", "des Alpes", "du Marche",
	"Royale", "de la Loi", "de Namur", "de Bruxelles", "des Champs",
	"du Village", "de la Chapelle", "du Bois", "des Ecoles", "de la Paix",
	"Louise", "du Chateau", "des Vignes", "de la Fontaine", "du Pont",
	"Albert", "Leopold", "de France", "du Centre", "de la Croix",
	"des Acacias", "des Tilleuls", "Saint-Jean", "Saint-Martin", "du Parc",
	"de la Liberte", "des Jardins", "de la Source", "du Stade",
};
static const SgWeighted street_types_frbe[] = {
	{"Rue", 66}, {"Avenue", 16}, {"Chemin", 8}, {"Place", 4},
	{"Boulevard", 3}, {"Route", 3},
};

/*
 * German-speaking countries: the stems of the most frequent street
 * names of Germany (Bundesamt fuer Kartographie und Geodaesie's street
 * register), joined to their type: "Haupt" + "strasse".
 */
static const char *const streets_de[] = {
	"Haupt", "Schul", "Garten", "Bahnhof", "Dorf", "Berg", "Kirch", "Wald",
	"Ring", "Linden", "Wiesen", "Birken", "Mozart", "Goethe", "Schiller",
	"Beethoven", "Bach", "Lessing", "Heine", "Uhland", "Eichendorff",
	"Friedrich", "Wilhelm", "Kaiser", "Koenig", "Post", "Markt", "Muehlen",
	"Sonnen", "Feld", "Eichen", "Ahorn", "Tannen", "Buchen", "Rosen",
	"Tulpen", "Nelken", "Industrie", "Park", "Jahn",
	"Bismarck", "Luther", "Kant", "Brunnen", "Burg", "Hof", "Kloster",
	"Amsel", "Drossel", "Finken", "Lerchen", "Meisen", "Hirten", "Mittel",
	"Ost", "West", "Sued", "Nord", "Kastanien", "Erlen", "Weiden",
	"Holunder", "Quell", "Rathaus", "Bergmann", "Hochfeld",
	"Talblick", "Weinberg", "Grenz", "Fichten", "Hasel", "Ulmen",
};
static const SgWeighted street_types_de[] = {
	{"strasse", 62}, {"weg", 22}, {"allee", 4}, {"platz", 4}, {"ring", 3},
	{"gasse", 3}, {"steig", 2},
};

/*
 * Dutch and Flemish: stems of frequent street names (Kadaster's BAG
 * register), joined to their type: "Kerk" + "straat".
 */
static const char *const streets_nl[] = {
	"Kerk", "Dorps", "School", "Molen", "Stations", "Haven", "Markt",
	"Beatrix", "Juliana", "Wilhelmina", "Oranje", "Prins Hendrik",
	"Nieuwe", "Lange", "Korte", "Hoog", "Linden", "Eiken", "Beuken",
	"Berken", "Rozen", "Tulpen", "Vondel", "Rembrandt", "Vermeer",
	"Erasmus", "Kastanje", "Esdoorn", "Populieren", "Wilgen", "Zuider",
	"Noorder", "Ooster", "Wester", "Burg", "Slot", "Brug", "Water", "Sluis",
	"Dijk", "Veld", "Bos", "Heide", "Zand", "Polder", "Meer", "Kanaal",
	"Spoor", "Zon", "Parallel", "Dahlia", "Akker",
	"Weide", "Klaver", "Boekweit", "Kapel", "Pastoor", "Meidoorn",
};
static const SgWeighted street_types_nl[] = {
	{"straat", 52}, {"weg", 18}, {"laan", 15}, {"plein", 4}, {"singel", 3},
	{"hof", 3}, {"dijk", 2}, {"kade", 2}, {"pad", 1},
};

/* Spain: the INE street register's frequent names, after their type. */
static const char *const streets_es[] = {
	"Mayor", "Real", "de Alcala", "San Juan", "Santa Maria", "del Sol",
	"de la Constitucion", "de Cervantes", "de Goya", "de Velazquez",
	"del Prado", "de Espana", "de Andalucia", "de la Paz", "del Carmen",
	"de la Iglesia", "Nueva", "Ancha", "del Rosario", "de Colon",
	"Doctor Fleming", "de Santiago", "de la Libertad", "del Mar",
	"de los Reyes Catolicos", "de Castilla", "de Madrid", "de Valencia",
	"San Francisco", "San Antonio", "Santa Ana", "del Pilar", "de la Luna",
	"de las Flores", "del Olivo", "de la Fuente", "del Rio", "Lope de Vega",
	"Ramon y Cajal", "Miguel de Unamuno", "Antonio Machado",
	"Garcia Lorca", "Isaac Peral", "Blasco Ibanez", "de Aragon",
	"de Extremadura", "de Galicia", "del Parque", "de la Estacion",
};
static const SgWeighted street_types_es[] = {
	{"Calle", 66}, {"Avenida", 12}, {"Plaza", 6}, {"Paseo", 5},
	{"Camino", 4}, {"Ronda", 3}, {"Travesia", 4},
};

/* Catalan-speaking cities: the Catalan street names and types. */
static const char *const streets_ca[] = {
	"de Mallorca", "de Valencia", "d'Arago", "de Provenca",
	"del Consell de Cent", "de Sants", "de Balmes", "de Muntaner",
	"d'Enric Granados", "de Pau Claris", "de Gracia", "Major", "Nou",
	"de Sant Antoni", "de la Pau", "del Mar", "de Sant Pere", "de la Creu",
	"de l'Esglesia", "de Sant Joan", "de Girona", "de Lleida",
	"de Tarragona", "de Ramon Llull", "de Jaume I", "de Colom",
	"de la Diputacio", "de Casp", "del Bruc", "de Roger de Lluria",
	"de Sepulveda", "de Pere IV", "del Clot", "de Sant Jaume",
	"de les Flors", "del Sol", "de Blanquerna", "de la Riera",
};
static const SgWeighted street_types_ca[] = {
	{"Carrer", 72}, {"Avinguda", 11}, {"Passeig", 6}, {"Placa", 6},
	{"Rambla", 2}, {"Travessera", 3},
};

/* Italy: the ISTAT street register's frequent names, after their type. */
static const char *const streets_it[] = {
	"Roma", "Garibaldi", "Mazzini", "Cavour", "Dante Alighieri", "Verdi",
	"Vittorio Emanuele II", "XX Settembre", "Matteotti", "Gramsci",
	"Marconi", "della Repubblica", "dei Mille", "San Francesco",
	"Santa Maria", "Nazionale", "Trieste", "Trento", "Milano", "Torino",
	"Venezia", "del Corso", "della Liberta", "IV Novembre", "Manzoni",
	"Leopardi", "Carducci", "Pascoli", "Galilei", "Cristoforo Colombo",
	"Puccini", "Rossini", "Bellini", "Petrarca", "Volta", "Fermi",
	"Don Minzoni", "Aldo Moro", "dei Tigli", "delle Rose", "dei Pini",
	"del Mare", "del Porto", "della Stazione", "Diaz", "Kennedy",
	"Michelangelo", "Leonardo da Vinci", "Cesare Battisti", "Nazario Sauro",
	"Nassa", "San Lorenzo",
};
static const SgWeighted street_types_it[] = {
	{"Via", 72}, {"Viale", 9}, {"Corso", 6}, {"Piazza", 7}, {"Vicolo", 3},
	{"Largo", 3},
};

/*
 * Sweden: stems of the most frequent street names (Lantmateriet's
 * address register), joined to their type: "Stor" + "gatan".
 */
static const char *const streets_sv[] = {
	"Stor", "Kungs", "Drottning", "Skol", "Kyrko", "Park", "Strand", "Ring",
	"Jarnvags", "Bjork", "Tall", "Gran", "Ek", "Lind", "Lonn", "Ros", "Sol",
	"Angs", "Back", "Hamn", "Torg", "Norra", "Sodra", "Vastra", "Ostra",
	"Ny", "Gamla", "Industri", "Trad", "Kvarn", "Smed", "Linne", "Ask",
	"Al", "Asp", "Berg", "Dal", "Sjo", "Skogs", "Ang", "Bruks", "Stations",
	"Prast", "Kyrk", "Vall", "Hag", "Lilla", "Hogs",
};
static const SgWeighted street_types_sv[] = {
	{"gatan", 46}, {"vagen", 44}, {"grand", 4}, {"stigen", 3},
	{"backen", 3},
};

#define STREETS(code, names, types) \
	{code, names, LENGTHOF(names), types, LENGTHOF(types)}

const SgStreets sg_street_vocabs[] = {
	[S_US] = STREETS("en-US", streets_us, street_types_us),
	[S_GB] = STREETS("en-GB", streets_gb, street_types_gb),
	[S_AU] = STREETS("en-AU", streets_gb, street_types_au),
	[S_FR] = STREETS("fr-FR", streets_fr, street_types_fr),
	[S_FRCA] = STREETS("fr-CA", streets_frca, street_types_frca),
	[S_FRBE] = STREETS("fr-BE", streets_frbe, street_types_frbe),
	[S_DE] = STREETS("de", streets_de, street_types_de),
	[S_NL] = STREETS("nl", streets_nl, street_types_nl),
	[S_ES] = STREETS("es", streets_es, street_types_es),
	[S_CA] = STREETS("ca", streets_ca, street_types_ca),
	[S_IT] = STREETS("it", streets_it, street_types_it),
	[S_SV] = STREETS("sv", streets_sv, street_types_sv),
};
const int	sg_n_street_vocabs = LENGTHOF(sg_street_vocabs);

/* ---------------------------------------------------------------------- */
/* mail */

/*
 * Consumer mail providers by country, weighted by a rough share of the
 * addresses of a national web shop (providers' published user counts
 * and national surveys of e-mail use); gmail.com, outlook.com and
 * icloud.com everywhere.
 */
static const SgWeighted mail_us[] = {
	{"gmail.com", 45}, {"yahoo.com", 12}, {"icloud.com", 10},
	{"outlook.com", 8}, {"hotmail.com", 7}, {"aol.com", 4},
	{"comcast.net", 4}, {"att.net", 2}, {"sbcglobal.net", 2},
	{"msn.com", 2}, {"me.com", 2}, {"verizon.net", 1}, {"live.com", 1},
};
static const SgWeighted mail_ca[] = {
	{"gmail.com", 45}, {"hotmail.com", 10}, {"icloud.com", 8},
	{"outlook.com", 7}, {"yahoo.ca", 7}, {"shaw.ca", 4}, {"rogers.com", 4},
	{"live.ca", 3}, {"sympatico.ca", 3}, {"bell.net", 3},
	{"videotron.ca", 3}, {"telus.net", 3},
};
static const SgWeighted mail_gb[] = {
	{"gmail.com", 38}, {"hotmail.co.uk", 12}, {"yahoo.co.uk", 8},
	{"outlook.com", 8}, {"icloud.com", 8}, {"btinternet.com", 7},
	{"sky.com", 5}, {"live.co.uk", 4}, {"virginmedia.com", 4},
	{"talktalk.net", 3}, {"aol.co.uk", 2}, {"googlemail.com", 1},
};
static const SgWeighted mail_ie[] = {
	{"gmail.com", 45}, {"hotmail.com", 12}, {"eircom.net", 10},
	{"outlook.com", 8}, {"icloud.com", 8}, {"yahoo.ie", 5}, {"live.ie", 5},
	{"hotmail.co.uk", 2}, {"outlook.ie", 3}, {"vodafone.ie", 2},
};
static const SgWeighted mail_de[] = {
	{"gmail.com", 22}, {"gmx.de", 18}, {"web.de", 18}, {"t-online.de", 12},
	{"gmx.net", 5}, {"icloud.com", 5}, {"outlook.de", 4}, {"hotmail.de", 4},
	{"yahoo.de", 4}, {"freenet.de", 3}, {"arcor.de", 2}, {"posteo.de", 2},
	{"mail.de", 1},
};
static const SgWeighted mail_at[] = {
	{"gmail.com", 30}, {"gmx.at", 22}, {"aon.at", 10}, {"chello.at", 6},
	{"a1.net", 6}, {"hotmail.com", 6}, {"outlook.com", 5}, {"icloud.com", 5},
	{"gmx.net", 4}, {"web.de", 4}, {"yahoo.de", 2},
};
static const SgWeighted mail_ch[] = {
	{"gmail.com", 30}, {"bluewin.ch", 22}, {"gmx.ch", 10}, {"icloud.com", 7},
	{"hotmail.com", 6}, {"outlook.com", 5}, {"sunrise.ch", 5},
	{"hispeed.ch", 5}, {"protonmail.com", 4}, {"yahoo.com", 3},
	{"gmx.net", 3},
};
static const SgWeighted mail_fr[] = {
	{"gmail.com", 32}, {"orange.fr", 15}, {"hotmail.fr", 12}, {"free.fr", 8},
	{"yahoo.fr", 7}, {"sfr.fr", 7}, {"laposte.net", 6}, {"wanadoo.fr", 4},
	{"outlook.fr", 4}, {"icloud.com", 4}, {"live.fr", 1},
};
static const SgWeighted mail_be[] = {
	{"gmail.com", 38}, {"telenet.be", 14}, {"hotmail.com", 12},
	{"skynet.be", 10}, {"outlook.com", 6}, {"icloud.com", 5},
	{"hotmail.be", 4}, {"live.be", 3}, {"proximus.be", 3}, {"yahoo.fr", 3},
	{"voo.be", 2},
};
static const SgWeighted mail_nl[] = {
	{"gmail.com", 35}, {"hotmail.com", 12}, {"ziggo.nl", 10},
	{"kpnmail.nl", 8}, {"outlook.com", 7}, {"live.nl", 6}, {"icloud.com", 6},
	{"hotmail.nl", 4}, {"home.nl", 3}, {"planet.nl", 3}, {"xs4all.nl", 3},
	{"upcmail.nl", 3},
};
static const SgWeighted mail_es[] = {
	{"gmail.com", 45}, {"hotmail.com", 15}, {"yahoo.es", 8},
	{"hotmail.es", 8}, {"outlook.es", 6}, {"icloud.com", 5},
	{"telefonica.net", 4}, {"live.com", 4}, {"outlook.com", 3},
	{"movistar.es", 2},
};
static const SgWeighted mail_it[] = {
	{"gmail.com", 38}, {"libero.it", 14}, {"hotmail.it", 10}, {"yahoo.it", 7},
	{"alice.it", 6}, {"virgilio.it", 6}, {"tiscali.it", 4}, {"outlook.it", 4},
	{"icloud.com", 4}, {"fastwebnet.it", 3}, {"tin.it", 2}, {"live.it", 2},
};
static const SgWeighted mail_se[] = {
	{"gmail.com", 40}, {"hotmail.com", 15}, {"outlook.com", 8},
	{"telia.com", 8}, {"icloud.com", 8}, {"live.se", 6}, {"yahoo.se", 4},
	{"hotmail.se", 4}, {"bredband.net", 3}, {"spray.se", 2},
	{"comhem.se", 2},
};
static const SgWeighted mail_au[] = {
	{"gmail.com", 42}, {"bigpond.com", 12}, {"hotmail.com", 10},
	{"icloud.com", 9}, {"yahoo.com.au", 8}, {"outlook.com", 7},
	{"optusnet.com.au", 5}, {"live.com.au", 3}, {"tpg.com.au", 3},
	{"iinet.net.au", 3},
};
static const SgWeighted mail_nz[] = {
	{"gmail.com", 42}, {"xtra.co.nz", 15}, {"hotmail.com", 8},
	{"icloud.com", 8}, {"outlook.com", 7}, {"yahoo.co.nz", 6},
	{"vodafone.co.nz", 4}, {"slingshot.co.nz", 3}, {"orcon.net.nz", 3},
	{"hotmail.co.nz", 2}, {"live.com", 2},
};

/*
 * RFC 2606 section 3: example.com, example.net and example.org are
 * reserved for documentation and never belong to anyone, so a development
 * database that sends mail to them reaches nobody.  Consumers write from
 * the first ones (by weight), business customers from the last: their
 * company mail stays apart, as in realistic mode.
 */
const SgWeighted sg_reserved_domains[] = {
	{"example.com", 70}, {"example.net", 30}, {"example.org", 100},
};
const int	sg_n_reserved_domains = LENGTHOF(sg_reserved_domains);

/* Customer segments. */
const SgWeighted sg_segments[] = {
	{"regular", 62}, {"loyal", 20}, {"vip", 6}, {"business", 12},
};
const int	sg_n_segments = LENGTHOF(sg_segments);

/*
 * The trades small companies are named after ("mueller-bau.de"): a
 * business customer writes from the domain of a surname and a trade.
 */
static const char *const trades_en[] = {
	"plumbing", "electrical", "builders", "consulting", "design", "legal",
	"dental", "motors", "roofing", "landscaping", "accounting", "media",
	"studio", "joinery", "logistics", "catering", "interiors", "printing",
	"travel", "realty",
};
static const char *const trades_de[] = {
	"bau", "elektro", "sanitaer", "beratung", "design", "immobilien",
	"kanzlei", "technik", "holzbau", "malerei", "dach", "garten", "steuer",
	"druck", "reisen", "logistik", "metallbau", "optik", "medien", "praxis",
};
static const char *const trades_fr[] = {
	"conseil", "batiment", "renovation", "electricite", "plomberie",
	"immobilier", "avocats", "design", "transports", "menuiserie",
	"peinture", "jardins", "expertise", "medias", "voyages", "optique",
	"toiture", "architecture", "formation", "services",
};
static const char *const trades_es[] = {
	"reformas", "asesores", "abogados", "construcciones", "electricidad",
	"fontaneria", "inmobiliaria", "diseno", "consultores", "transportes",
	"carpinteria", "jardines", "clinica", "viajes", "servicios",
	"arquitectos", "pinturas", "medios", "optica", "gestoria",
};
static const char *const trades_it[] = {
	"impianti", "costruzioni", "consulenze", "studio", "immobiliare",
	"edilizia", "elettrica", "idraulica", "design", "trasporti",
	"serramenti", "giardini", "avvocati", "commercialisti", "viaggi",
	"ottica", "arredamenti", "ristrutturazioni", "servizi", "tipografia",
};
static const char *const trades_nl[] = {
	"bouw", "installatie", "advies", "makelaardij", "schilders", "design",
	"transport", "hoveniers", "timmerwerken", "techniek", "advocaten",
	"accountants", "reizen", "optiek", "loodgieters", "dakwerken",
	"interieur", "media", "elektro", "tandartsen",
};
static const char *const trades_sv[] = {
	"bygg", "el", "vvs", "konsult", "design", "fastigheter", "juridik",
	"transport", "tradgard", "snickeri", "maleri", "redovisning", "media",
	"resor", "optik", "tak", "ror", "arkitekter", "tandvard", "service",
};

#define TRADES(lang, words) {lang, words, LENGTHOF(words)}

const SgTrades sg_trades[] = {
	TRADES("en", trades_en), TRADES("de", trades_de), TRADES("fr", trades_fr),
	TRADES("es", trades_es), TRADES("it", trades_it), TRADES("nl", trades_nl),
	TRADES("sv", trades_sv),
};
const int	sg_n_trades = LENGTHOF(sg_trades);

/* ---------------------------------------------------------------------- */
/* countries */

/*
 * Legal forms, most common first (national company registers: Companies
 * House, Handelsregister, INSEE Sirene, Registro Mercantil, Registro delle
 * Imprese, KvK, Bolagsverket, ASIC ...).  "Sarl" and the others are the
 * ASCII spellings.
 */
static const char *const forms_us[] = {"LLC", "Inc.", "Corp.", "Co.", NULL};
static const char *const forms_ca[] = {"Inc.", "Ltd.", "Corp.", NULL};
static const char *const forms_gb[] = {"Ltd", "PLC", "LLP", NULL};
static const char *const forms_ie[] = {"Ltd", "DAC", NULL};
static const char *const forms_de[] = {"GmbH", "GmbH & Co. KG", "AG", "KG", "e.K.", NULL};
static const char *const forms_at[] = {"GmbH", "KG", "AG", "OG", NULL};
static const char *const forms_ch[] = {"AG", "GmbH", "SA", "Sarl", NULL};
static const char *const forms_fr[] = {"SAS", "SARL", "SA", "EURL", NULL};
static const char *const forms_be[] = {"BV", "SRL", "NV", "SA", NULL};
static const char *const forms_nl[] = {"B.V.", "V.O.F.", "N.V.", NULL};
static const char *const forms_es[] = {"S.L.", "S.A.", "S.L.U.", NULL};
static const char *const forms_it[] = {"S.r.l.", "S.p.A.", "S.n.c.", "S.a.s.", NULL};
static const char *const forms_se[] = {"AB", "HB", "KB", NULL};
static const char *const forms_au[] = {"Pty Ltd", "Ltd", NULL};
static const char *const forms_nz[] = {"Limited", "Ltd", NULL};
static const char *const forms_jp[] = {"Co., Ltd.", "K.K.", "Inc.", NULL};
static const char *const forms_cn[] = {"Co., Ltd.", "Ltd.", NULL};
static const char *const forms_kr[] = {"Co., Ltd.", "Corp.", NULL};
static const char *const forms_tw[] = {"Co., Ltd.", "Corp.", NULL};
static const char *const forms_in[] = {"Pvt. Ltd.", "Ltd.", "LLP", NULL};
static const char *const forms_vn[] = {"Co., Ltd.", "JSC", NULL};

/* Chinese exporters put their city first ("Ningbo ... Co., Ltd."). */
static const char *const towns_cn[] = {
	"Shenzhen", "Guangzhou", "Ningbo", "Yiwu", "Dongguan", "Xiamen",
	"Hangzhou", "Shanghai", "Suzhou", "Qingdao", NULL
};

#define MAIL(list) list, LENGTHOF(list)

/*
 * Mobile numbers, from the national numbering plans: Ofcom (07 mobile
 * ranges), Bundesnetzagentur (015x/016x/017x), ARCEP (06, 07), CNMC
 * (6, 71-74), AGCOM (3xx), ACM (06), BIPT (046-049), RTR (06xx), BAKOM
 * (075-079), PTS (070-079), ComReg (083-089), ACMA (04), the New Zealand
 * numbering plan (021, 022, 027).  NANP mobiles are ordinary numbers of
 * the area code.
 */
const SgCountry sg_countries[] = {
	{"US", "United States", ".com", SG_POSTAL_US, NULL, 0, MAIL(mail_us),
	"en", P_US, 14, "en", forms_us, NULL},
	{"CA", "Canada", ".ca", SG_POSTAL_CA, NULL, 0, MAIL(mail_ca),
	"en", P_GB, 3, "en", forms_ca, NULL},
	{"GB", "United Kingdom", ".co.uk", SG_POSTAL_GB,
		"+44 74## ######|+44 75## ######|+44 77## ######|+44 78## ######|"
		"+44 79## ######", 75, MAIL(mail_gb), "en", P_GB, 6, "en", forms_gb, NULL},
	{"IE", "Ireland", ".ie", SG_POSTAL_IE,
		"+353 83 ### ####|+353 85 ### ####|+353 86 ### ####|+353 87 ### ####|"
		"+353 89 ### ####", 75, MAIL(mail_ie), "en", P_IE, 1, "en", forms_ie, NULL},
	{"DE", "Germany", ".de", SG_POSTAL_PLAIN,
		"+49 151 ########|+49 152 ########|+49 157 ########|+49 160 #######|"
		"+49 162 #######|+49 170 #######|+49 171 #######|+49 172 #######|"
		"+49 173 #######|+49 174 #######|+49 175 #######|+49 176 ########|"
		"+49 177 #######|+49 178 #######|+49 179 #######", 65,
	MAIL(mail_de), "de", P_DE, 8, "de", forms_de, NULL},
	{"FR", "France", ".fr", SG_POSTAL_PLAIN,
		"+33 6 ## ## ## ##|+33 7 5# ## ## ##|+33 7 6# ## ## ##|"
		"+33 7 7# ## ## ##|+33 7 8# ## ## ##", 70,
	MAIL(mail_fr), "fr", P_FR, 4, "fr", forms_fr, NULL},
	{"ES", "Spain", ".es", SG_POSTAL_PLAIN,
		"+34 6## ### ###|+34 71# ### ###|+34 72# ### ###|+34 73# ### ###|"
		"+34 74# ### ###", 75, MAIL(mail_es), "es", P_ES, 3, "es", forms_es, NULL},
	{"IT", "Italy", ".it", SG_POSTAL_PLAIN,
		"+39 32# ### ####|+39 33# ### ####|+39 34# ### ####", 75,
	MAIL(mail_it), "it", P_IT, 5, "it", forms_it, NULL},
	{"NL", "Netherlands", ".nl", SG_POSTAL_NL,
		"+31 6 1#######|+31 6 2#######|+31 6 3#######|+31 6 4#######|"
		"+31 6 5#######", 75, MAIL(mail_nl), "nl", P_NL, 3, "nl", forms_nl, NULL},
	{"BE", "Belgium", ".be", SG_POSTAL_PLAIN,
		"+32 46# ## ## ##|+32 47# ## ## ##|+32 48# ## ## ##|+32 49# ## ## ##",
		70, MAIL(mail_be), "nl", P_BE, 2, "nl", forms_be, NULL},
	{"AT", "Austria", ".at", SG_POSTAL_PLAIN,
		"+43 650 #######|+43 660 #######|+43 664 #######|+43 676 #######|"
		"+43 680 #######|+43 681 #######|+43 699 ########", 70,
	MAIL(mail_at), "de", P_AT, 2, "de", forms_at, NULL},
	{"CH", "Switzerland", ".ch", SG_POSTAL_PLAIN,
		"+41 75 ### ## ##|+41 76 ### ## ##|+41 77 ### ## ##|+41 78 ### ## ##|"
		"+41 79 ### ## ##", 70, MAIL(mail_ch), "de", P_CH, 2, "de", forms_ch, NULL},
	{"SE", "Sweden", ".se", SG_POSTAL_SE,
		"+46 70 ### ## ##|+46 72 ### ## ##|+46 73 ### ## ##|+46 76 ### ## ##|"
		"+46 79 ### ## ##", 80, MAIL(mail_se), "sv", P_SE, 2, "sv", forms_se, NULL},
	{"AU", "Australia", ".com.au", SG_POSTAL_PLAIN, "+61 4## ### ###", 75,
	MAIL(mail_au), "en", P_GB, 2, "en", forms_au, NULL},
	{"NZ", "New Zealand", ".co.nz", SG_POSTAL_PLAIN,
		"+64 21 ### ####|+64 22 ### ####|+64 27 ### ####", 70,
	MAIL(mail_nz), "en", P_GB, 1, "en", forms_nz, NULL},
	/* countries suppliers are based in, without customers */
	{"CN", "China", ".cn", SG_POSTAL_NONE, NULL, 0, NULL, 0, NULL, -1,
	16, "en", forms_cn, towns_cn},
	{"JP", "Japan", ".co.jp", SG_POSTAL_NONE, NULL, 0, NULL, 0, NULL, -1,
	4, "en", forms_jp, NULL},
	{"KR", "South Korea", ".co.kr", SG_POSTAL_NONE, NULL, 0, NULL, 0, NULL, -1,
	3, "en", forms_kr, NULL},
	{"TW", "Taiwan", ".com.tw", SG_POSTAL_NONE, NULL, 0, NULL, 0, NULL, -1,
	3, "en", forms_tw, NULL},
	{"IN", "India", ".in", SG_POSTAL_NONE, NULL, 0, NULL, 0, NULL, -1,
	4, "en", forms_in, NULL},
	{"VN", "Vietnam", ".vn", SG_POSTAL_NONE, NULL, 0, NULL, 0, NULL, -1,
	3, "en", forms_vn, NULL},
};
const int	sg_n_countries = LENGTHOF(sg_countries);

/* ---------------------------------------------------------------------- */
/* cities */

/*
 * Cities, grouped by country, weighted roughly by metropolitan population
 * (New York = 100).  Postal codes and telephone areas are the city's own;
 * the time zone is the IANA database's for the city (zone.tab), the
 * state's or province's except where a border runs through it (El Paso
 * keeps Mountain time, Pensacola and western Tennessee Central time).
 */
const SgCity sg_cities[] = {
	/*
	 * United States: region is the USPS state code.  Postal codes: the
	 * city's ZIP Codes in USPS's "ZIP Code Lookup" by city (ranges stay
	 * inside the state's three-digit prefixes, USPS DMM Labeling List
	 * L002).  Phones: the city's area code (NANPA NPA reports), a central
	 * office code "E" as people.c draws it.
	 */
	{"New York", "NY", "US", L_US, "10001-10040 10044 10065 10069 10075 10128 10280-10282", "+1 212-E-####", 100, SG_TZ_NEW_YORK},
	{"Newark", "NJ", "US", L_US, "07102-07114", "+1 973-E-####", 6, SG_TZ_NEW_YORK},
	{"Jersey City", "NJ", "US", L_US, "07302-07307 07310 07311", "+1 201-E-####", 6, SG_TZ_NEW_YORK},
	{"Paterson", "NJ", "US", L_US, "07501-07505 07513 07514 07522 07524", "+1 973-E-####", 2, SG_TZ_NEW_YORK},
	{"Trenton", "NJ", "US", L_US, "08608-08611 08618 08619 08629 08638", "+1 609-E-####", 2, SG_TZ_NEW_YORK},
	{"Yonkers", "NY", "US", L_US, "10701 10703-10705 10710", "+1 914-E-####", 4, SG_TZ_NEW_YORK},
	{"Stamford", "CT", "US", L_US, "06901-06907", "+1 203-E-####", 4, SG_TZ_NEW_YORK},
	{"Bridgeport", "CT", "US", L_US, "06604-06608 06610", "+1 203-E-####", 4, SG_TZ_NEW_YORK},
	{"New Haven", "CT", "US", L_US, "06510-06513 06515 06519", "+1 203-E-####", 4, SG_TZ_NEW_YORK},
	{"Hartford", "CT", "US", L_US, "06103 06105 06106 06112 06114 06120", "+1 860-E-####", 6, SG_TZ_NEW_YORK},
	{"Los Angeles", "CA", "US", L_US, "90001-90068 90071 90077", "+1 213-E-####|+1 323-E-####|+1 310-E-####", 60, SG_TZ_LOS_ANGELES},
	{"Long Beach", "CA", "US", L_US, "90802-90808 90810 90813-90815", "+1 562-E-####", 7, SG_TZ_LOS_ANGELES},
	{"Anaheim", "CA", "US", L_US, "92801-92808", "+1 714-E-####", 7, SG_TZ_LOS_ANGELES},
	{"Irvine", "CA", "US", L_US, "92602-92604 92606 92612 92614 92617-92620", "+1 949-E-####", 5, SG_TZ_LOS_ANGELES},
	{"Pasadena", "CA", "US", L_US, "91101 91103-91107", "+1 626-E-####", 4, SG_TZ_LOS_ANGELES},
	{"Riverside", "CA", "US", L_US, "92501 92503-92509", "+1 951-E-####", 10, SG_TZ_LOS_ANGELES},
	{"San Bernardino", "CA", "US", L_US, "92401 92404-92408 92410 92411", "+1 909-E-####", 8, SG_TZ_LOS_ANGELES},
	{"San Diego", "CA", "US", L_US, "92101-92111 92113-92124 92126-92131", "+1 619-E-####|+1 858-E-####", 17, SG_TZ_LOS_ANGELES},
	{"San Francisco", "CA", "US", L_US, "94102-94112 94114-94124 94127 94129 94131-94134 94158", "+1 415-E-####", 16, SG_TZ_LOS_ANGELES},
	{"Oakland", "CA", "US", L_US, "94601-94603 94605-94612 94618 94619 94621", "+1 510-E-####", 8, SG_TZ_LOS_ANGELES},
	{"San Jose", "CA", "US", L_US, "95110-95113 95116-95136 95138 95139", "+1 408-E-####", 10, SG_TZ_LOS_ANGELES},
	{"Sacramento", "CA", "US", L_US, "95811 95814-95835 95838", "+1 916-E-####", 12, SG_TZ_LOS_ANGELES},
	{"Fresno", "CA", "US", L_US, "93701-93706 93710-93712 93720-93728", "+1 559-E-####", 5, SG_TZ_LOS_ANGELES},
	{"Bakersfield", "CA", "US", L_US, "93301 93304-93309 93311-93314", "+1 661-E-####", 4, SG_TZ_LOS_ANGELES},
	{"Stockton", "CA", "US", L_US, "95202-95207 95209 95210 95212", "+1 209-E-####", 4, SG_TZ_LOS_ANGELES},
	{"Modesto", "CA", "US", L_US, "95350-95358", "+1 209-E-####", 3, SG_TZ_LOS_ANGELES},
	{"Oxnard", "CA", "US", L_US, "93030 93033 93035 93036", "+1 805-E-####", 4, SG_TZ_LOS_ANGELES},
	{"Santa Barbara", "CA", "US", L_US, "93101 93103 93105 93108-93111", "+1 805-E-####", 2, SG_TZ_LOS_ANGELES},
	{"Chicago", "IL", "US", L_US, "60601-60661", "+1 312-E-####|+1 773-E-####", 48, SG_TZ_CHICAGO},
	{"Naperville", "IL", "US", L_US, "60540 60563-60565", "+1 630-E-####", 4, SG_TZ_CHICAGO},
	{"Houston", "TX", "US", L_US, "77002-77099", "+1 713-E-####|+1 281-E-####|+1 832-E-####", 36, SG_TZ_CHICAGO},
	{"Dallas", "TX", "US", L_US, "75201-75254", "+1 214-E-####|+1 469-E-####", 24, SG_TZ_CHICAGO},
	{"Fort Worth", "TX", "US", L_US, "76102-76137 76140", "+1 817-E-####", 12, SG_TZ_CHICAGO},
	{"Plano", "TX", "US", L_US, "75023-75026 75074 75075 75093 75094", "+1 972-E-####", 5, SG_TZ_CHICAGO},
	{"San Antonio", "TX", "US", L_US, "78201-78260", "+1 210-E-####", 13, SG_TZ_CHICAGO},
	{"Austin", "TX", "US", L_US, "78701-78759", "+1 512-E-####", 12, SG_TZ_CHICAGO},
	{"El Paso", "TX", "US", L_US, "79901-79938", "+1 915-E-####", 4, SG_TZ_DENVER},
	{"Corpus Christi", "TX", "US", L_US, "78401-78419", "+1 361-E-####", 2, SG_TZ_CHICAGO},
	{"Lubbock", "TX", "US", L_US, "79401-79424", "+1 806-E-####", 2, SG_TZ_CHICAGO},
	{"Washington", "DC", "US", L_US, "20001-20020 20024 20032 20036 20037", "+1 202-E-####", 22, SG_TZ_NEW_YORK},
	{"Arlington", "VA", "US", L_US, "22201-22209 22213", "+1 703-E-####", 6, SG_TZ_NEW_YORK},
	{"Richmond", "VA", "US", L_US, "23219-23231 23234-23238", "+1 804-E-####", 7, SG_TZ_NEW_YORK},
	{"Virginia Beach", "VA", "US", L_US, "23451-23464", "+1 757-E-####", 6, SG_TZ_NEW_YORK},
	{"Norfolk", "VA", "US", L_US, "23502-23513 23517 23518 23523", "+1 757-E-####", 4, SG_TZ_NEW_YORK},
	{"Baltimore", "MD", "US", L_US, "21201-21231 21239", "+1 410-E-####|+1 443-E-####", 14, SG_TZ_NEW_YORK},
	{"Wilmington", "DE", "US", L_US, "19801-19810", "+1 302-E-####", 3, SG_TZ_NEW_YORK},
	{"Philadelphia", "PA", "US", L_US, "19102-19154", "+1 215-E-####|+1 267-E-####", 32, SG_TZ_NEW_YORK},
	{"Pittsburgh", "PA", "US", L_US, "15201-15239", "+1 412-E-####", 12, SG_TZ_NEW_YORK},
	{"Allentown", "PA", "US", L_US, "18101-18104 18109", "+1 610-E-####", 4, SG_TZ_NEW_YORK},
	{"Harrisburg", "PA", "US", L_US, "17101-17104 17109-17113", "+1 717-E-####", 3, SG_TZ_NEW_YORK},
	{"Scranton", "PA", "US", L_US, "18503-18510", "+1 570-E-####", 3, SG_TZ_NEW_YORK},
	{"Miami", "FL", "US", L_US, "33125-33147", "+1 305-E-####|+1 786-E-####", 14, SG_TZ_NEW_YORK},
	{"Fort Lauderdale", "FL", "US", L_US, "33301 33304-33312 33315 33316", "+1 954-E-####", 10, SG_TZ_NEW_YORK},
	{"West Palm Beach", "FL", "US", L_US, "33401 33405 33407 33409 33411 33417", "+1 561-E-####", 7, SG_TZ_NEW_YORK},
	{"Tampa", "FL", "US", L_US, "33602-33629", "+1 813-E-####", 12, SG_TZ_NEW_YORK},
	{"St. Petersburg", "FL", "US", L_US, "33701-33716", "+1 727-E-####", 4, SG_TZ_NEW_YORK},
	{"Orlando", "FL", "US", L_US, "32801-32839", "+1 407-E-####", 14, SG_TZ_NEW_YORK},
	{"Jacksonville", "FL", "US", L_US, "32202-32226 32244 32246 32256-32258", "+1 904-E-####", 8, SG_TZ_NEW_YORK},
	{"Sarasota", "FL", "US", L_US, "34231-34243", "+1 941-E-####", 4, SG_TZ_NEW_YORK},
	{"Tallahassee", "FL", "US", L_US, "32301-32312", "+1 850-E-####", 2, SG_TZ_NEW_YORK},
	{"Pensacola", "FL", "US", L_US, "32501-32514", "+1 850-E-####", 2, SG_TZ_CHICAGO},
	{"Gainesville", "FL", "US", L_US, "32601-32609", "+1 352-E-####", 2, SG_TZ_NEW_YORK},
	{"Atlanta", "GA", "US", L_US, "30303-30332 30336 30342 30344 30349", "+1 404-E-####|+1 678-E-####", 31, SG_TZ_NEW_YORK},
	{"Savannah", "GA", "US", L_US, "31401 31404-31406 31410 31411 31415 31419", "+1 912-E-####", 2, SG_TZ_NEW_YORK},
	{"Augusta", "GA", "US", L_US, "30901 30904-30907 30909", "+1 706-E-####", 3, SG_TZ_NEW_YORK},
	{"Boston", "MA", "US", L_US, "02108-02128 02130-02137 02210 02215", "+1 617-E-####", 25, SG_TZ_NEW_YORK},
	{"Cambridge", "MA", "US", L_US, "02138-02142", "+1 617-E-####", 3, SG_TZ_NEW_YORK},
	{"Worcester", "MA", "US", L_US, "01602-01610", "+1 508-E-####", 5, SG_TZ_NEW_YORK},
	{"Springfield", "MA", "US", L_US, "01103-01109 01118 01119 01128 01129", "+1 413-E-####", 3, SG_TZ_NEW_YORK},
	{"Providence", "RI", "US", L_US, "02903-02909", "+1 401-E-####", 8, SG_TZ_NEW_YORK},
	{"Manchester", "NH", "US", L_US, "03101-03104 03109", "+1 603-E-####", 2, SG_TZ_NEW_YORK},
	{"Burlington", "VT", "US", L_US, "05401 05408", "+1 802-E-####", 1, SG_TZ_NEW_YORK},
	{"Phoenix", "AZ", "US", L_US, "85003-85035", "+1 602-E-####", 20, SG_TZ_PHOENIX},
	{"Mesa", "AZ", "US", L_US, "85201-85215", "+1 480-E-####", 5, SG_TZ_PHOENIX},
	{"Tucson", "AZ", "US", L_US, "85701-85719 85730 85741-85750", "+1 520-E-####", 5, SG_TZ_PHOENIX},
	{"Detroit", "MI", "US", L_US, "48201-48228 48234 48235 48238", "+1 313-E-####", 22, SG_TZ_DETROIT},
	{"Ann Arbor", "MI", "US", L_US, "48103-48105 48108 48109", "+1 734-E-####", 2, SG_TZ_DETROIT},
	{"Grand Rapids", "MI", "US", L_US, "49503-49508 49512 49525 49534 49546 49548", "+1 616-E-####", 5, SG_TZ_DETROIT},
	{"Lansing", "MI", "US", L_US, "48906 48910-48912 48915 48917 48933", "+1 517-E-####", 3, SG_TZ_DETROIT},
	{"Seattle", "WA", "US", L_US, "98101-98109 98112 98115-98126 98133 98136 98144 98177 98199", "+1 206-E-####", 20, SG_TZ_LOS_ANGELES},
	{"Tacoma", "WA", "US", L_US, "98402-98409 98418 98421 98422 98465 98466", "+1 253-E-####", 4, SG_TZ_LOS_ANGELES},
	{"Spokane", "WA", "US", L_US, "99201-99208 99212 99216-99218 99223 99224", "+1 509-E-####", 3, SG_TZ_LOS_ANGELES},
	{"Olympia", "WA", "US", L_US, "98501-98503 98506 98512 98516", "+1 360-E-####", 1, SG_TZ_LOS_ANGELES},
	{"Portland", "OR", "US", L_US, "97201-97220 97227 97230 97232 97233 97236 97239", "+1 503-E-####|+1 971-E-####", 13, SG_TZ_LOS_ANGELES},
	{"Salem", "OR", "US", L_US, "97301-97306", "+1 503-E-####", 2, SG_TZ_LOS_ANGELES},
	{"Eugene", "OR", "US", L_US, "97401-97405 97408", "+1 541-E-####", 2, SG_TZ_LOS_ANGELES},
	{"Minneapolis", "MN", "US", L_US, "55401-55419 55454 55455", "+1 612-E-####", 14, SG_TZ_CHICAGO},
	{"Saint Paul", "MN", "US", L_US, "55101-55119", "+1 651-E-####", 5, SG_TZ_CHICAGO},
	{"Denver", "CO", "US", L_US, "80202-80239 80246-80249", "+1 303-E-####|+1 720-E-####", 15, SG_TZ_DENVER},
	{"Boulder", "CO", "US", L_US, "80301-80305", "+1 303-E-####", 2, SG_TZ_DENVER},
	{"Colorado Springs", "CO", "US", L_US, "80903-80923", "+1 719-E-####", 4, SG_TZ_DENVER},
	{"St. Louis", "MO", "US", L_US, "63101-63104 63106-63113 63115 63116 63118 63120 63139 63147", "+1 314-E-####", 14, SG_TZ_CHICAGO},
	{"Kansas City", "MO", "US", L_US, "64105-64114 64123-64134", "+1 816-E-####", 11, SG_TZ_CHICAGO},
	{"Charlotte", "NC", "US", L_US, "28202-28227 28244 28262 28269 28273 28277 28278", "+1 704-E-####|+1 980-E-####", 14, SG_TZ_NEW_YORK},
	{"Raleigh", "NC", "US", L_US, "27601-27617", "+1 919-E-####", 7, SG_TZ_NEW_YORK},
	{"Durham", "NC", "US", L_US, "27701-27713", "+1 919-E-####", 3, SG_TZ_NEW_YORK},
	{"Greensboro", "NC", "US", L_US, "27401-27410", "+1 336-E-####", 4, SG_TZ_NEW_YORK},
	{"Asheville", "NC", "US", L_US, "28801-28806", "+1 828-E-####", 2, SG_TZ_NEW_YORK},
	{"Las Vegas", "NV", "US", L_US, "89101-89149", "+1 702-E-####", 12, SG_TZ_LOS_ANGELES},
	{"Reno", "NV", "US", L_US, "89501-89512 89519 89521 89523", "+1 775-E-####", 3, SG_TZ_LOS_ANGELES},
	{"Columbus", "OH", "US", L_US, "43201-43232", "+1 614-E-####", 11, SG_TZ_NEW_YORK},
	{"Cleveland", "OH", "US", L_US, "44102-44135", "+1 216-E-####", 11, SG_TZ_NEW_YORK},
	{"Cincinnati", "OH", "US", L_US, "45202-45233 45236-45239 45243-45248", "+1 513-E-####", 11, SG_TZ_NEW_YORK},
	{"Dayton", "OH", "US", L_US, "45402-45420", "+1 937-E-####", 4, SG_TZ_NEW_YORK},
	{"Toledo", "OH", "US", L_US, "43604-43615 43620", "+1 419-E-####", 3, SG_TZ_NEW_YORK},
	{"Akron", "OH", "US", L_US, "44301-44314 44319 44320", "+1 330-E-####", 3, SG_TZ_NEW_YORK},
	{"Indianapolis", "IN", "US", L_US, "46201-46208 46214-46229 46234-46241", "+1 317-E-####", 11, SG_TZ_INDIANAPOLIS},
	{"Fort Wayne", "IN", "US", L_US, "46802-46809 46814-46819 46825 46835 46845", "+1 260-E-####", 2, SG_TZ_INDIANAPOLIS},
	{"Nashville", "TN", "US", L_US, "37201-37221 37228", "+1 615-E-####", 10, SG_TZ_CHICAGO},
	{"Memphis", "TN", "US", L_US, "38103-38141", "+1 901-E-####", 7, SG_TZ_CHICAGO},
	{"Knoxville", "TN", "US", L_US, "37902 37909 37912 37914-37924 37931 37932", "+1 865-E-####", 4, SG_TZ_NEW_YORK},
	{"Chattanooga", "TN", "US", L_US, "37402-37412 37415 37416 37419 37421", "+1 423-E-####", 3, SG_TZ_NEW_YORK},
	{"Louisville", "KY", "US", L_US, "40202-40220 40222 40223 40228 40229", "+1 502-E-####", 7, SG_TZ_LOUISVILLE},
	{"Lexington", "KY", "US", L_US, "40502-40517", "+1 859-E-####", 3, SG_TZ_NEW_YORK},
	{"Milwaukee", "WI", "US", L_US, "53202-53228 53233", "+1 414-E-####", 8, SG_TZ_CHICAGO},
	{"Madison", "WI", "US", L_US, "53703-53719 53726", "+1 608-E-####", 3, SG_TZ_CHICAGO},
	{"Oklahoma City", "OK", "US", L_US, "73102-73132", "+1 405-E-####", 7, SG_TZ_CHICAGO},
	{"Tulsa", "OK", "US", L_US, "74103-74120 74126-74137", "+1 918-E-####", 5, SG_TZ_CHICAGO},
	{"New Orleans", "LA", "US", L_US, "70112-70131", "+1 504-E-####", 6, SG_TZ_CHICAGO},
	{"Baton Rouge", "LA", "US", L_US, "70801 70802 70805-70812 70814-70817 70820", "+1 225-E-####", 4, SG_TZ_CHICAGO},
	{"Shreveport", "LA", "US", L_US, "71101 71103-71109 71115 71118 71119 71129", "+1 318-E-####", 2, SG_TZ_CHICAGO},
	{"Salt Lake City", "UT", "US", L_US, "84101-84106 84108 84109 84111 84113 84115 84116", "+1 801-E-####", 6, SG_TZ_DENVER},
	{"Provo", "UT", "US", L_US, "84601 84604 84606", "+1 801-E-####", 3, SG_TZ_DENVER},
	{"Buffalo", "NY", "US", L_US, "14201-14216 14220 14222", "+1 716-E-####", 6, SG_TZ_NEW_YORK},
	{"Rochester", "NY", "US", L_US, "14604-14615 14617-14626", "+1 585-E-####", 5, SG_TZ_NEW_YORK},
	{"Albany", "NY", "US", L_US, "12202-12210", "+1 518-E-####", 4, SG_TZ_NEW_YORK},
	{"Syracuse", "NY", "US", L_US, "13202-13210 13219 13224", "+1 315-E-####", 3, SG_TZ_NEW_YORK},
	{"Ithaca", "NY", "US", L_US, "14850", "+1 607-E-####", 1, SG_TZ_NEW_YORK},
	{"Birmingham", "AL", "US", L_US, "35203-35218", "+1 205-E-####", 6, SG_TZ_CHICAGO},
	{"Huntsville", "AL", "US", L_US, "35801-35816 35824", "+1 256-E-####", 3, SG_TZ_CHICAGO},
	{"Mobile", "AL", "US", L_US, "36602-36619 36693 36695", "+1 251-E-####", 2, SG_TZ_CHICAGO},
	{"Greenville", "SC", "US", L_US, "29601 29605 29607 29609 29611 29615 29617", "+1 864-E-####", 4, SG_TZ_NEW_YORK},
	{"Columbia", "SC", "US", L_US, "29201-29210 29223 29229", "+1 803-E-####", 4, SG_TZ_NEW_YORK},
	{"Charleston", "SC", "US", L_US, "29401-29407 29412 29414 29492", "+1 843-E-####", 4, SG_TZ_NEW_YORK},
	{"Honolulu", "HI", "US", L_US, "96813-96826", "+1 808-E-####", 5, SG_TZ_HONOLULU},
	{"Omaha", "NE", "US", L_US, "68102-68108 68110-68114", "+1 402-E-####", 5, SG_TZ_CHICAGO},
	{"Lincoln", "NE", "US", L_US, "68502-68510 68512 68516 68521 68522 68524 68526 68528", "+1 402-E-####", 2, SG_TZ_CHICAGO},
	{"Albuquerque", "NM", "US", L_US, "87102-87123", "+1 505-E-####", 5, SG_TZ_DENVER},
	{"Santa Fe", "NM", "US", L_US, "87501 87505-87508", "+1 505-E-####", 1, SG_TZ_DENVER},
	{"Boise", "ID", "US", L_US, "83702-83706 83709 83713 83714 83716", "+1 208-E-####", 4, SG_TZ_BOISE},
	{"Little Rock", "AR", "US", L_US, "72201-72212 72223 72227", "+1 501-E-####", 4, SG_TZ_CHICAGO},
	{"Fayetteville", "AR", "US", L_US, "72701 72703 72704", "+1 479-E-####", 2, SG_TZ_CHICAGO},
	{"Des Moines", "IA", "US", L_US, "50309-50317 50320 50321", "+1 515-E-####", 4, SG_TZ_CHICAGO},
	{"Cedar Rapids", "IA", "US", L_US, "52401-52405", "+1 319-E-####", 1, SG_TZ_CHICAGO},
	{"Wichita", "KS", "US", L_US, "67202-67220 67226 67230 67235", "+1 316-E-####", 3, SG_TZ_CHICAGO},
	{"Topeka", "KS", "US", L_US, "66603-66612 66614-66619", "+1 785-E-####", 1, SG_TZ_CHICAGO},
	{"Jackson", "MS", "US", L_US, "39201-39206 39209-39213", "+1 601-E-####", 3, SG_TZ_CHICAGO},
	{"Anchorage", "AK", "US", L_US, "99501-99508 99515-99518", "+1 907-E-####", 2, SG_TZ_ANCHORAGE},
	{"Billings", "MT", "US", L_US, "59101 59102 59105 59106", "+1 406-E-####", 1, SG_TZ_DENVER},
	{"Missoula", "MT", "US", L_US, "59801-59804 59808", "+1 406-E-####", 1, SG_TZ_DENVER},
	{"Fargo", "ND", "US", L_US, "58102-58104", "+1 701-E-####", 1, SG_TZ_CHICAGO},
	{"Sioux Falls", "SD", "US", L_US, "57103-57108", "+1 605-E-####", 1, SG_TZ_CHICAGO},
	{"Cheyenne", "WY", "US", L_US, "82001 82007 82009", "+1 307-E-####", 1, SG_TZ_DENVER},

	/*
	 * Canada: Canada Post's forward sortation areas (FSA) of the city;
	 * the first letter is the province's (or Quebec's and Ontario's
	 * districts').  The local delivery unit is drawn (people.c).
	 */
	{"Toronto", "Ontario", "CA", L_CA_EN,
		"M1B M1C M1E M1G M1H M1K M1L M1M M1N M1P M1R M1S M1T M1V M1W M2H "
		"M2J M2K M2L M2M M2N M2P M2R M3A M3B M3C M3H M3J M3K M3L M3M M3N "
		"M4C M4E M4J M4K M4L M4M M4P M4R M4S M4T M4V M4W M4X M4Y M5A M5B "
		"M5C M5E M5G M5H M5J M5M M5N M5P M5R M5S M5T M5V M6A M6B M6C M6E "
		"M6G M6H M6J M6K M6N M6P M6R M6S M9A M9B M9C M9L M9M M9N M9P M9R "
		"M9V M9W", "+1 416-E-####|+1 647-E-####", 22, SG_TZ_TORONTO},
	{"Mississauga", "Ontario", "CA", L_CA_EN,
		"L4T L4W L4X L4Y L4Z L5A L5B L5C L5E L5G L5H L5J L5K L5L L5M L5N "
		"L5R L5V L5W", "+1 905-E-####", 5, SG_TZ_TORONTO},
	{"Brampton", "Ontario", "CA", L_CA_EN, "L6P L6R L6S L6T L6V L6W L6X L6Y L6Z L7A", "+1 905-E-####", 4, SG_TZ_TORONTO},
	{"Markham", "Ontario", "CA", L_CA_EN, "L3P L3R L3S L6B L6C L6E L6G", "+1 905-E-####", 3, SG_TZ_TORONTO},
	{"Hamilton", "Ontario", "CA", L_CA_EN,
		"L8E L8G L8H L8J L8K L8L L8M L8N L8P L8R L8S L8T L8V L8W L9A L9B "
		"L9C L9G L9H L9K", "+1 905-E-####", 4, SG_TZ_TORONTO},
	{"Oshawa", "Ontario", "CA", L_CA_EN, "L1G L1H L1J L1K L1L", "+1 905-E-####", 2, SG_TZ_TORONTO},
	{"Ottawa", "Ontario", "CA", L_CA_EN,
		"K1B K1C K1E K1G K1H K1J K1K K1L K1M K1N K1P K1R K1S K1T K1V K1W "
		"K1X K1Y K1Z K2A K2B K2C K2E K2G K2H K2J K2K K2L K2M K2P K2R K2S "
		"K2T K2V K2W", "+1 613-E-####", 7, SG_TZ_TORONTO},
	{"Kingston", "Ontario", "CA", L_CA_EN, "K7K K7L K7M K7N K7P", "+1 613-E-####", 1, SG_TZ_TORONTO},
	{"Kitchener", "Ontario", "CA", L_CA_EN, "N2A N2B N2C N2E N2G N2H N2K N2M N2N N2P N2R", "+1 519-E-####", 3, SG_TZ_TORONTO},
	{"London", "Ontario", "CA", L_CA_EN,
		"N5V N5W N5X N5Y N5Z N6A N6B N6C N6E N6G N6H N6J N6K N6L N6M N6N "
		"N6P", "+1 519-E-####", 3, SG_TZ_TORONTO},
	{"Windsor", "Ontario", "CA", L_CA_EN, "N8N N8P N8R N8S N8T N8W N8X N8Y N9A N9B N9C N9E N9G", "+1 519-E-####", 2, SG_TZ_TORONTO},
	{"Sudbury", "Ontario", "CA", L_CA_EN, "P3A P3B P3C P3E P3G P3L P3N P3P P3Y", "+1 705-E-####", 1, SG_TZ_TORONTO},
	{"Montreal", "Quebec", "CA", L_CA_FR,
		"H1A H1B H1E H1G H1H H1J H1K H1L H1M H1N H1P H1R H1S H1T H1V H1W "
		"H1X H1Y H1Z H2A H2B H2C H2E H2G H2H H2J H2K H2L H2M H2N H2P H2R "
		"H2S H2T H2V H2W H2X H2Y H2Z H3A H3B H3C H3E H3G H3H H3J H3K H3L "
		"H3M H3N H3R H3S H3T H3V H3W H3X H4A H4B H4C H4E H4G H4H H4J H4K "
		"H4L H4M H4N H4P H4R H4S H4T H4V H4W H8N H8P H8R H8S H8T H8Y H8Z "
		"H9A H9C H9E H9H H9J H9K", "+1 514-E-####|+1 438-E-####", 20, SG_TZ_TORONTO},
	{"Laval", "Quebec", "CA", L_CA_FR,
		"H7A H7B H7C H7E H7G H7H H7J H7K H7L H7M H7N H7P H7R H7S H7T H7V "
		"H7W H7X H7Y", "+1 450-E-####", 2, SG_TZ_TORONTO},
	{"Quebec City", "Quebec", "CA", L_CA_FR,
		"G1B G1C G1E G1G G1H G1J G1K G1L G1M G1N G1P G1R G1S G1T G1V G1W "
		"G1X G1Y G2A G2B G2C G2E G2G G2J G2K G2L G2M G2N", "+1 418-E-####", 4, SG_TZ_TORONTO},
	{"Gatineau", "Quebec", "CA", L_CA_FR, "J8L J8M J8P J8R J8T J8V J8X J8Y J8Z J9A J9H J9J", "+1 819-E-####", 2, SG_TZ_TORONTO},
	{"Sherbrooke", "Quebec", "CA", L_CA_FR, "J1E J1G J1H J1J J1K J1L J1M J1N", "+1 819-E-####", 1, SG_TZ_TORONTO},
	{"Vancouver", "British Columbia", "CA", L_CA_EN,
		"V5K V5L V5M V5N V5P V5R V5S V5T V5V V5W V5X V5Y V5Z V6A V6B V6C "
		"V6E V6G V6H V6J V6K V6L V6M V6N V6P V6R V6S V6T V6Z",
		"+1 604-E-####|+1 778-E-####", 10, SG_TZ_VANCOUVER},
	{"Surrey", "British Columbia", "CA", L_CA_EN, "V3R V3S V3T V3V V3W V3X V3Z V4A V4N V4P", "+1 604-E-####", 3, SG_TZ_VANCOUVER},
	{"Burnaby", "British Columbia", "CA", L_CA_EN, "V3J V3N V5A V5B V5C V5E V5G V5H V5J", "+1 604-E-####", 2, SG_TZ_VANCOUVER},
	{"Victoria", "British Columbia", "CA", L_CA_EN, "V8N V8P V8R V8S V8T V8V V8W V8X V8Z V9A", "+1 250-E-####", 2, SG_TZ_VANCOUVER},
	{"Kelowna", "British Columbia", "CA", L_CA_EN, "V1P V1V V1W V1X V1Y V1Z", "+1 250-E-####", 1, SG_TZ_VANCOUVER},
	{"Calgary", "Alberta", "CA", L_CA_EN,
		"T1Y T2A T2B T2C T2E T2G T2H T2J T2K T2L T2M T2N T2P T2R T2S T2T "
		"T2V T2W T2X T2Y T2Z T3A T3B T3C T3E T3G T3H T3J T3K T3L T3M T3N "
		"T3P T3R", "+1 403-E-####|+1 587-E-####", 8, SG_TZ_EDMONTON},
	{"Edmonton", "Alberta", "CA", L_CA_EN,
		"T5A T5B T5C T5E T5G T5H T5J T5K T5L T5M T5N T5P T5R T5S T5T T5V "
		"T5W T5X T5Y T5Z T6A T6B T6C T6E T6G T6H T6J T6K T6L T6M T6N T6P "
		"T6R T6S T6T T6V T6W T6X", "+1 780-E-####|+1 587-E-####", 7, SG_TZ_EDMONTON},
	{"Winnipeg", "Manitoba", "CA", L_CA_EN,
		"R2C R2E R2G R2H R2J R2K R2L R2M R2N R2P R2R R2V R2W R2X R2Y R3A "
		"R3B R3C R3E R3G R3H R3J R3K R3L R3M R3N R3P R3R R3S R3T R3V R3W "
		"R3X R3Y", "+1 204-E-####", 4, SG_TZ_WINNIPEG},
	{"Saskatoon", "Saskatchewan", "CA", L_CA_EN, "S7H S7J S7K S7L S7M S7N S7P S7R S7S S7T S7V S7W", "+1 306-E-####", 2, SG_TZ_REGINA},
	{"Regina", "Saskatchewan", "CA", L_CA_EN, "S4N S4P S4R S4S S4T S4V S4W S4X S4Y S4Z", "+1 306-E-####", 1, SG_TZ_REGINA},
	{"Halifax", "Nova Scotia", "CA", L_CA_EN, "B3H B3J B3K B3L B3M B3N B3P B3R B3S", "+1 902-E-####", 2, SG_TZ_HALIFAX},
	{"Moncton", "New Brunswick", "CA", L_CA_EN, "E1A E1C E1E E1G", "+1 506-E-####", 1, SG_TZ_MONCTON},
	{"St. John's", "Newfoundland and Labrador", "CA", L_CA_EN, "A1A A1B A1C A1E A1G A1H", "+1 709-E-####", 1, SG_TZ_ST_JOHNS},
	{"Charlottetown", "Prince Edward Island", "CA", L_CA_EN, "C1A C1C C1E", "+1 902-E-####", 1, SG_TZ_HALIFAX},

	/*
	 * United Kingdom: region is the ceremonial county (or council area /
	 * preserved county outside England).  Postal: the city's postcode
	 * districts (Royal Mail PAF); the inward code is drawn.  Phones:
	 * Ofcom's National Telephone Numbering Plan, the city's area code;
	 * a local number never starts with 0 or 1.
	 */
	{"London", "Greater London", "GB", L_GB,
		"E1-E18 N1-N22 NW1-NW11 SE1-SE28 SW2-SW20 W2-W14 EC1A EC1M EC1N "
		"EC1R EC1V EC1Y EC2A EC4A WC1A WC1B WC1E WC1H WC1N WC1R WC1X WC2A "
		"WC2B WC2E WC2H WC2N SW1A SW1E SW1H SW1P SW1V SW1W SW1X SW1Y W1B "
		"W1C W1D W1F W1G W1H W1J W1K W1S W1T W1U W1W",
		"+44 20 3### ####|+44 20 7### ####|+44 20 8### ####", 50, SG_TZ_LONDON},
	{"Birmingham", "West Midlands", "GB", L_GB, "B1-B38 B40 B42-B48", "+44 121 N## ####", 14, SG_TZ_LONDON},
	{"Manchester", "Greater Manchester", "GB", L_GB, "M1-M9 M11-M35", "+44 161 N## ####", 14, SG_TZ_LONDON},
	{"Leeds", "West Yorkshire", "GB", L_GB, "LS1-LS29", "+44 113 N## ####", 8, SG_TZ_LONDON},
	{"Bradford", "West Yorkshire", "GB", L_GB, "BD1-BD24", "+44 1274 N#####", 3, SG_TZ_LONDON},
	{"Sheffield", "South Yorkshire", "GB", L_GB, "S1-S14 S17", "+44 114 N## ####", 6, SG_TZ_LONDON},
	{"Liverpool", "Merseyside", "GB", L_GB, "L1-L38", "+44 151 N## ####", 7, SG_TZ_LONDON},
	{"Newcastle upon Tyne", "Tyne and Wear", "GB", L_GB, "NE1-NE7 NE12 NE13 NE15", "+44 191 N## ####", 6, SG_TZ_LONDON},
	{"Sunderland", "Tyne and Wear", "GB", L_GB, "SR1-SR7", "+44 191 N## ####", 2, SG_TZ_LONDON},
	{"Middlesbrough", "North Yorkshire", "GB", L_GB, "TS1-TS8", "+44 1642 N#####", 2, SG_TZ_LONDON},
	{"York", "North Yorkshire", "GB", L_GB, "YO1 YO10 YO19 YO23-YO26 YO30-YO32", "+44 1904 N#####", 1, SG_TZ_LONDON},
	{"Hull", "East Riding of Yorkshire", "GB", L_GB, "HU1-HU10", "+44 1482 N#####", 2, SG_TZ_LONDON},
	{"Nottingham", "Nottinghamshire", "GB", L_GB, "NG1-NG11", "+44 115 N## ####", 5, SG_TZ_LONDON},
	{"Leicester", "Leicestershire", "GB", L_GB, "LE1-LE5 LE18 LE19", "+44 116 N## ####", 4, SG_TZ_LONDON},
	{"Derby", "Derbyshire", "GB", L_GB, "DE1 DE3 DE21-DE24", "+44 1332 N#####", 2, SG_TZ_LONDON},
	{"Coventry", "West Midlands", "GB", L_GB, "CV1-CV6", "+44 24 76## ####", 2, SG_TZ_LONDON},
	{"Wolverhampton", "West Midlands", "GB", L_GB, "WV1-WV11", "+44 1902 N#####", 2, SG_TZ_LONDON},
	{"Stoke-on-Trent", "Staffordshire", "GB", L_GB, "ST1-ST7", "+44 1782 N#####", 2, SG_TZ_LONDON},
	{"Bristol", "Bristol", "GB", L_GB, "BS1-BS16", "+44 117 N## ####", 5, SG_TZ_LONDON},
	{"Bath", "Somerset", "GB", L_GB, "BA1 BA2", "+44 1225 N#####", 1, SG_TZ_LONDON},
	{"Exeter", "Devon", "GB", L_GB, "EX1-EX6", "+44 1392 N#####", 1, SG_TZ_LONDON},
	{"Plymouth", "Devon", "GB", L_GB, "PL1-PL9", "+44 1752 N#####", 2, SG_TZ_LONDON},
	{"Bournemouth", "Dorset", "GB", L_GB, "BH1-BH11", "+44 1202 N#####", 2, SG_TZ_LONDON},
	{"Southampton", "Hampshire", "GB", L_GB, "SO14-SO19", "+44 23 80## ####", 4, SG_TZ_LONDON},
	{"Portsmouth", "Hampshire", "GB", L_GB, "PO1-PO6", "+44 23 92## ####", 4, SG_TZ_LONDON},
	{"Brighton", "East Sussex", "GB", L_GB, "BN1-BN3 BN41 BN42", "+44 1273 N#####", 3, SG_TZ_LONDON},
	{"Reading", "Berkshire", "GB", L_GB, "RG1 RG2 RG4-RG7 RG30 RG31", "+44 118 N## ####", 2, SG_TZ_LONDON},
	{"Oxford", "Oxfordshire", "GB", L_GB, "OX1-OX4", "+44 1865 N#####", 1, SG_TZ_LONDON},
	{"Swindon", "Wiltshire", "GB", L_GB, "SN1-SN5 SN25 SN26", "+44 1793 N#####", 1, SG_TZ_LONDON},
	{"Milton Keynes", "Buckinghamshire", "GB", L_GB, "MK1-MK15 MK17 MK19", "+44 1908 N#####", 2, SG_TZ_LONDON},
	{"Luton", "Bedfordshire", "GB", L_GB, "LU1-LU4", "+44 1582 N#####", 1, SG_TZ_LONDON},
	{"Cambridge", "Cambridgeshire", "GB", L_GB, "CB1-CB5", "+44 1223 N#####", 1, SG_TZ_LONDON},
	{"Norwich", "Norfolk", "GB", L_GB, "NR1-NR8", "+44 1603 N#####", 1, SG_TZ_LONDON},
	{"Ipswich", "Suffolk", "GB", L_GB, "IP1-IP5", "+44 1473 N#####", 1, SG_TZ_LONDON},
	{"Glasgow", "Glasgow City", "GB", L_GB, "G1-G5 G11-G15 G20-G23 G31-G34 G40-G46 G51-G53", "+44 141 N## ####", 8, SG_TZ_LONDON},
	{"Edinburgh", "City of Edinburgh", "GB", L_GB, "EH1-EH17", "+44 131 N## ####", 4, SG_TZ_LONDON},
	{"Aberdeen", "Aberdeen City", "GB", L_GB, "AB10-AB16 AB21-AB25", "+44 1224 N#####", 1, SG_TZ_LONDON},
	{"Dundee", "Dundee City", "GB", L_GB, "DD1-DD5", "+44 1382 N#####", 1, SG_TZ_LONDON},
	{"Inverness", "Highland", "GB", L_GB, "IV1-IV3", "+44 1463 N#####", 1, SG_TZ_LONDON},
	{"Cardiff", "South Glamorgan", "GB", L_GB, "CF3 CF5 CF10 CF11 CF14 CF15 CF23 CF24", "+44 29 20## ####", 3, SG_TZ_LONDON},
	{"Swansea", "West Glamorgan", "GB", L_GB, "SA1-SA7", "+44 1792 N#####", 1, SG_TZ_LONDON},
	{"Belfast", "County Antrim", "GB", L_GB, "BT1-BT17", "+44 28 90## ####", 3, SG_TZ_LONDON},

	/*
	 * Ireland: Eircode routing keys of the city (the unique identifier
	 * is drawn); phones from ComReg's numbering conventions.
	 */
	{"Dublin", "County Dublin", "IE", L_IE, "D01-D18 D20 D22 D24 D6W", "+353 1 N## ####", 7, SG_TZ_DUBLIN},
	{"Cork", "County Cork", "IE", L_IE, "T12 T23", "+353 21 4## ####", 2, SG_TZ_DUBLIN},
	{"Galway", "County Galway", "IE", L_IE, "H91", "+353 91 5## ###", 1, SG_TZ_DUBLIN},
	{"Limerick", "County Limerick", "IE", L_IE, "V94", "+353 61 N## ###", 1, SG_TZ_DUBLIN},
	{"Waterford", "County Waterford", "IE", L_IE, "X91", "+353 51 N## ###", 1, SG_TZ_DUBLIN},

	/*
	 * Germany: region is the state.  Postal: the city's range of
	 * Postleitzahlen (Deutsche Post's PLZ directory).  Phones: the
	 * Ortsnetzkennzahl (Bundesnetzagentur); with the subscriber number,
	 * ten digits after +49.
	 */
	{"Berlin", "Berlin", "DE", L_DE, "10115-10999 12043-12689 13051-13629 14050-14199", "+49 30 N#######", 20, SG_TZ_BERLIN},
	{"Hamburg", "Hamburg", "DE", L_DE, "20095-22769", "+49 40 N#######", 10, SG_TZ_BERLIN},
	{"Munich", "Bavaria", "DE", L_DE, "80331-81929", "+49 89 N#######", 12, SG_TZ_BERLIN},
	{"Nuremberg", "Bavaria", "DE", L_DE, "90402-90491", "+49 911 N######", 4, SG_TZ_BERLIN},
	{"Augsburg", "Bavaria", "DE", L_DE, "86150-86199", "+49 821 N######", 2, SG_TZ_BERLIN},
	{"Regensburg", "Bavaria", "DE", L_DE, "93047-93059", "+49 941 N######", 1, SG_TZ_BERLIN},
	{"Cologne", "North Rhine-Westphalia", "DE", L_DE, "50667-51149", "+49 221 N######", 7, SG_TZ_BERLIN},
	{"Dusseldorf", "North Rhine-Westphalia", "DE", L_DE, "40210-40629", "+49 211 N######", 6, SG_TZ_BERLIN},
	{"Dortmund", "North Rhine-Westphalia", "DE", L_DE, "44135-44388", "+49 231 N######", 3, SG_TZ_BERLIN},
	{"Essen", "North Rhine-Westphalia", "DE", L_DE, "45127-45359", "+49 201 N######", 3, SG_TZ_BERLIN},
	{"Duisburg", "North Rhine-Westphalia", "DE", L_DE, "47051-47279", "+49 203 N######", 2, SG_TZ_BERLIN},
	{"Bochum", "North Rhine-Westphalia", "DE", L_DE, "44787-44894", "+49 234 N######", 2, SG_TZ_BERLIN},
	{"Wuppertal", "North Rhine-Westphalia", "DE", L_DE, "42103-42399", "+49 202 N######", 2, SG_TZ_BERLIN},
	{"Bielefeld", "North Rhine-Westphalia", "DE", L_DE, "33602-33739", "+49 521 N######", 2, SG_TZ_BERLIN},
	{"Bonn", "North Rhine-Westphalia", "DE", L_DE, "53111-53229", "+49 228 N######", 2, SG_TZ_BERLIN},
	{"Munster", "North Rhine-Westphalia", "DE", L_DE, "48143-48167", "+49 251 N######", 2, SG_TZ_BERLIN},
	{"Aachen", "North Rhine-Westphalia", "DE", L_DE, "52062-52080", "+49 241 N######", 1, SG_TZ_BERLIN},
	{"Frankfurt", "Hesse", "DE", L_DE, "60306-60599", "+49 69 N#######", 8, SG_TZ_BERLIN},
	{"Wiesbaden", "Hesse", "DE", L_DE, "65183-65207", "+49 611 N######", 2, SG_TZ_BERLIN},
	{"Stuttgart", "Baden-Wurttemberg", "DE", L_DE, "70173-70629", "+49 711 N######", 7, SG_TZ_BERLIN},
	{"Mannheim", "Baden-Wurttemberg", "DE", L_DE, "68159-68309", "+49 621 N######", 2, SG_TZ_BERLIN},
	{"Karlsruhe", "Baden-Wurttemberg", "DE", L_DE, "76131-76229", "+49 721 N######", 2, SG_TZ_BERLIN},
	{"Freiburg", "Baden-Wurttemberg", "DE", L_DE, "79098-79117", "+49 761 N######", 1, SG_TZ_BERLIN},
	{"Heidelberg", "Baden-Wurttemberg", "DE", L_DE, "69115-69126", "+49 6221 N#####", 1, SG_TZ_BERLIN},
	{"Leipzig", "Saxony", "DE", L_DE, "04103-04357", "+49 341 N######", 3, SG_TZ_BERLIN},
	{"Dresden", "Saxony", "DE", L_DE, "01067-01326", "+49 351 N######", 3, SG_TZ_BERLIN},
	{"Hanover", "Lower Saxony", "DE", L_DE, "30159-30669", "+49 511 N######", 3, SG_TZ_BERLIN},
	{"Bremen", "Bremen", "DE", L_DE, "28195-28779", "+49 421 N######", 3, SG_TZ_BERLIN},
	{"Kiel", "Schleswig-Holstein", "DE", L_DE, "24103-24159", "+49 431 N######", 1, SG_TZ_BERLIN},
	{"Lubeck", "Schleswig-Holstein", "DE", L_DE, "23552-23570", "+49 451 N######", 1, SG_TZ_BERLIN},
	{"Mainz", "Rhineland-Palatinate", "DE", L_DE, "55116-55131", "+49 6131 N#####", 1, SG_TZ_BERLIN},
	{"Rostock", "Mecklenburg-Vorpommern", "DE", L_DE, "18055-18147", "+49 381 N######", 1, SG_TZ_BERLIN},
	{"Potsdam", "Brandenburg", "DE", L_DE, "14467-14482", "+49 331 N######", 1, SG_TZ_BERLIN},
	{"Erfurt", "Thuringia", "DE", L_DE, "99084-99099", "+49 361 N######", 1, SG_TZ_BERLIN},
	{"Magdeburg", "Saxony-Anhalt", "DE", L_DE, "39104-39130", "+49 391 N######", 1, SG_TZ_BERLIN},
	{"Saarbrucken", "Saarland", "DE", L_DE, "66111-66133", "+49 681 N######", 1, SG_TZ_BERLIN},

	/*
	 * France: region is the region.  Postal: the city's codes (La
	 * Poste; Paris is 75001-75020 and 75116, Lyon 69001-69009, Marseille
	 * 13001-13016); the first two digits are the departement.  Phones:
	 * ARCEP's plan, the zone digit (1 Ile-de-France, 2 north-west, 3
	 * north-east, 4 south-east, 5 south-west) and the city's prefix.
	 */
	{"Paris", "Ile-de-France", "FR", L_FR, "75001-75020 75116", "+33 1 4N ## ## ##|+33 1 5N ## ## ##", 50, SG_TZ_PARIS},
	{"Lyon", "Auvergne-Rhone-Alpes", "FR", L_FR, "69001-69009", "+33 4 72 ## ## ##|+33 4 78 ## ## ##", 11, SG_TZ_PARIS},
	{"Grenoble", "Auvergne-Rhone-Alpes", "FR", L_FR, "38000 38100", "+33 4 76 ## ## ##", 3, SG_TZ_PARIS},
	{"Clermont-Ferrand", "Auvergne-Rhone-Alpes", "FR", L_FR, "63000 63100", "+33 4 73 ## ## ##", 2, SG_TZ_PARIS},
	{"Marseille", "Provence-Alpes-Cote d'Azur", "FR", L_FR, "13001-13016", "+33 4 91 ## ## ##", 8, SG_TZ_PARIS},
	{"Nice", "Provence-Alpes-Cote d'Azur", "FR", L_FR, "06000 06100 06200 06300", "+33 4 93 ## ## ##", 5, SG_TZ_PARIS},
	{"Toulon", "Provence-Alpes-Cote d'Azur", "FR", L_FR, "83000 83100 83200", "+33 4 94 ## ## ##", 3, SG_TZ_PARIS},
	{"Toulouse", "Occitanie", "FR", L_FR, "31000 31100 31200 31300 31400 31500", "+33 5 61 ## ## ##|+33 5 62 ## ## ##", 7, SG_TZ_PARIS},
	{"Montpellier", "Occitanie", "FR", L_FR, "34000 34070 34080 34090", "+33 4 67 ## ## ##", 4, SG_TZ_PARIS},
	{"Bordeaux", "Nouvelle-Aquitaine", "FR", L_FR, "33000 33100 33200 33300 33800", "+33 5 56 ## ## ##|+33 5 57 ## ## ##", 6, SG_TZ_PARIS},
	{"Limoges", "Nouvelle-Aquitaine", "FR", L_FR, "87000 87100 87280", "+33 5 55 ## ## ##", 1, SG_TZ_PARIS},
	{"Lille", "Hauts-de-France", "FR", L_FR, "59000 59160 59260 59777 59800", "+33 3 20 ## ## ##", 6, SG_TZ_PARIS},
	{"Strasbourg", "Grand Est", "FR", L_FR, "67000 67100 67200", "+33 3 88 ## ## ##", 4, SG_TZ_PARIS},
	{"Reims", "Grand Est", "FR", L_FR, "51100", "+33 3 26 ## ## ##", 2, SG_TZ_PARIS},
	{"Nantes", "Pays de la Loire", "FR", L_FR, "44000 44100 44200 44300", "+33 2 40 ## ## ##", 5, SG_TZ_PARIS},
	{"Angers", "Pays de la Loire", "FR", L_FR, "49000 49100", "+33 2 41 ## ## ##", 2, SG_TZ_PARIS},
	{"Rennes", "Brittany", "FR", L_FR, "35000 35200 35700", "+33 2 99 ## ## ##", 4, SG_TZ_PARIS},
	{"Brest", "Brittany", "FR", L_FR, "29200", "+33 2 98 ## ## ##", 1, SG_TZ_PARIS},
	{"Rouen", "Normandy", "FR", L_FR, "76000 76100", "+33 2 35 ## ## ##", 3, SG_TZ_PARIS},
	{"Le Havre", "Normandy", "FR", L_FR, "76600 76610 76620", "+33 2 35 ## ## ##", 2, SG_TZ_PARIS},
	{"Tours", "Centre-Val de Loire", "FR", L_FR, "37000 37100 37200", "+33 2 47 ## ## ##", 2, SG_TZ_PARIS},
	{"Dijon", "Bourgogne-Franche-Comte", "FR", L_FR, "21000", "+33 3 80 ## ## ##", 2, SG_TZ_PARIS},

	/*
	 * Spain: postal codes start with the province's INE code (Correos);
	 * phones with the province's prefix (CNMC's numbering plan).
	 */
	{"Madrid", "Community of Madrid", "ES", L_ES, "28001-28055", "+34 91 N## ## ##", 30, SG_TZ_MADRID},
	{"Barcelona", "Catalonia", "ES", L_ES_CT, "08001-08042", "+34 93 N## ## ##", 25, SG_TZ_MADRID},
	{"Valencia", "Valencian Community", "ES", L_ES_CT, "46001-46026", "+34 963 ## ## ##|+34 961 ## ## ##", 8, SG_TZ_MADRID},
	{"Alicante", "Valencian Community", "ES", L_ES, "03001-03016", "+34 965 ## ## ##|+34 966 ## ## ##", 3, SG_TZ_MADRID},
	{"Seville", "Andalusia", "ES", L_ES, "41001-41020", "+34 954 ## ## ##|+34 955 ## ## ##", 7, SG_TZ_MADRID},
	{"Malaga", "Andalusia", "ES", L_ES, "29001-29018", "+34 952 ## ## ##", 5, SG_TZ_MADRID},
	{"Granada", "Andalusia", "ES", L_ES, "18001-18015", "+34 958 ## ## ##", 2, SG_TZ_MADRID},
	{"Bilbao", "Basque Country", "ES", L_ES, "48001-48015", "+34 944 ## ## ##", 5, SG_TZ_MADRID},
	{"Zaragoza", "Aragon", "ES", L_ES, "50001-50021", "+34 976 ## ## ##", 4, SG_TZ_MADRID},
	{"Palma", "Balearic Islands", "ES", L_ES_CT, "07001-07015", "+34 971 ## ## ##", 3, SG_TZ_MADRID},
	{"Las Palmas", "Canary Islands", "ES", L_ES, "35001-35019", "+34 928 ## ## ##", 3, SG_TZ_CANARY},
	{"Murcia", "Region of Murcia", "ES", L_ES, "30001-30012", "+34 968 ## ## ##", 3, SG_TZ_MADRID},
	{"Valladolid", "Castile and Leon", "ES", L_ES, "47001-47016", "+34 983 ## ## ##", 2, SG_TZ_MADRID},

	/*
	 * Italy: the city's CAP range (Poste Italiane); the prefisso
	 * (AGCOM's national numbering plan).
	 */
	{"Rome", "Lazio", "IT", L_IT, "00118-00199", "+39 06 N#######", 20, SG_TZ_ROME},
	{"Milan", "Lombardy", "IT", L_IT, "20121-20162", "+39 02 N#######", 20, SG_TZ_ROME},
	{"Naples", "Campania", "IT", L_IT, "80121-80147", "+39 081 N######", 12, SG_TZ_ROME},
	{"Turin", "Piedmont", "IT", L_IT, "10121-10156", "+39 011 N######", 9, SG_TZ_ROME},
	{"Palermo", "Sicily", "IT", L_IT, "90121-90151", "+39 091 N######", 5, SG_TZ_ROME},
	{"Catania", "Sicily", "IT", L_IT, "95121-95131", "+39 095 N######", 4, SG_TZ_ROME},
	{"Genoa", "Liguria", "IT", L_IT, "16121-16167", "+39 010 N######", 4, SG_TZ_ROME},
	{"Bologna", "Emilia-Romagna", "IT", L_IT, "40121-40141", "+39 051 N######", 4, SG_TZ_ROME},
	{"Florence", "Tuscany", "IT", L_IT, "50121-50145", "+39 055 N######", 4, SG_TZ_ROME},
	{"Bari", "Apulia", "IT", L_IT, "70121-70132", "+39 080 N######", 4, SG_TZ_ROME},
	{"Venice", "Veneto", "IT", L_IT, "30121-30176", "+39 041 N######", 3, SG_TZ_ROME},
	{"Verona", "Veneto", "IT", L_IT, "37121-37142", "+39 045 N######", 3, SG_TZ_ROME},
	{"Padua", "Veneto", "IT", L_IT, "35121-35143", "+39 049 N######", 3, SG_TZ_ROME},

	/*
	 * Netherlands: region is the province.  Postal: the city's
	 * four-digit ranges (PostNL); the two letters are drawn.  Phones:
	 * the netnummer (ACM's numbering plan).
	 */
	{"Amsterdam", "North Holland", "NL", L_NL, "1011-1109", "+31 20 N## ####", 10, SG_TZ_AMSTERDAM},
	{"Haarlem", "North Holland", "NL", L_NL, "2011-2037", "+31 23 N## ####", 2, SG_TZ_AMSTERDAM},
	{"Rotterdam", "South Holland", "NL", L_NL, "3011-3089", "+31 10 N## ####", 6, SG_TZ_AMSTERDAM},
	{"The Hague", "South Holland", "NL", L_NL, "2491-2599", "+31 70 N## ####", 5, SG_TZ_AMSTERDAM},
	{"Utrecht", "Utrecht", "NL", L_NL, "3451-3585", "+31 30 N## ####", 4, SG_TZ_AMSTERDAM},
	{"Eindhoven", "North Brabant", "NL", L_NL, "5611-5658", "+31 40 N## ####", 3, SG_TZ_AMSTERDAM},
	{"Tilburg", "North Brabant", "NL", L_NL, "5011-5049", "+31 13 N## ####", 2, SG_TZ_AMSTERDAM},
	{"Breda", "North Brabant", "NL", L_NL, "4811-4841", "+31 76 N## ####", 2, SG_TZ_AMSTERDAM},
	{"Groningen", "Groningen", "NL", L_NL, "9711-9747", "+31 50 N## ####", 2, SG_TZ_AMSTERDAM},
	{"Almere", "Flevoland", "NL", L_NL, "1311-1364", "+31 36 N## ####", 2, SG_TZ_AMSTERDAM},
	{"Nijmegen", "Gelderland", "NL", L_NL, "6511-6546", "+31 24 N## ####", 2, SG_TZ_AMSTERDAM},
	{"Arnhem", "Gelderland", "NL", L_NL, "6811-6846", "+31 26 N## ####", 2, SG_TZ_AMSTERDAM},

	/*
	 * Belgium: region is the province (or the capital region).  Postal:
	 * the city's and its districts' codes (bpost); phones: the zone
	 * (BIPT's numbering plan).
	 */
	{"Brussels", "Brussels-Capital", "BE", L_BE_BRU,
		"1000 1020 1030 1040 1050 1060 1070 1080 1081 1082 1083 1090 1120 "
		"1130 1140 1150 1160 1170 1180 1190 1200 1210", "+32 2 N## ## ##", 8, SG_TZ_BRUSSELS},
	{"Antwerp", "Antwerp", "BE", L_BE_NL,
		"2000 2018 2020 2030 2040 2050 2060 2100 2140 2170 2180 2600 2610 "
		"2660", "+32 3 N## ## ##", 4, SG_TZ_BRUSSELS},
	{"Ghent", "East Flanders", "BE", L_BE_NL, "9000 9030 9031 9032 9040 9041 9042 9050 9051 9052", "+32 9 N## ## ##", 2, SG_TZ_BRUSSELS},
	{"Bruges", "West Flanders", "BE", L_BE_NL, "8000 8200 8310 8380", "+32 50 N# ## ##", 1, SG_TZ_BRUSSELS},
	{"Leuven", "Flemish Brabant", "BE", L_BE_NL, "3000 3001 3010 3012 3018", "+32 16 N# ## ##", 1, SG_TZ_BRUSSELS},
	{"Liege", "Liege", "BE", L_BE_FR, "4000 4020 4030 4031 4032", "+32 4 N## ## ##", 2, SG_TZ_BRUSSELS},
	{"Namur", "Namur", "BE", L_BE_FR, "5000 5001 5002 5003 5004 5020 5100", "+32 81 N# ## ##", 1, SG_TZ_BRUSSELS},

	/*
	 * Austria: region is the state.  Postal: Vienna's codes are 1, the
	 * district, 0 (Oesterreichische Post); phones: RTR's numbering plan.
	 */
	{"Vienna", "Vienna", "AT", L_AT,
		"1010 1020 1030 1040 1050 1060 1070 1080 1090 1100 1110 1120 1130 "
		"1140 1150 1160 1170 1180 1190 1200 1210 1220 1230", "+43 1 N######", 10, SG_TZ_VIENNA},
	{"Graz", "Styria", "AT", L_AT, "8010 8020 8036 8041-8047 8051-8055", "+43 316 N#####", 2, SG_TZ_VIENNA},
	{"Linz", "Upper Austria", "AT", L_AT, "4020 4030 4040", "+43 732 N#####", 2, SG_TZ_VIENNA},
	{"Salzburg", "Salzburg", "AT", L_AT, "5020 5023 5026", "+43 662 N#####", 1, SG_TZ_VIENNA},
	{"Innsbruck", "Tyrol", "AT", L_AT, "6020 6080", "+43 512 N#####", 1, SG_TZ_VIENNA},
	{"Klagenfurt", "Carinthia", "AT", L_AT, "9020", "+43 463 N#####", 1, SG_TZ_VIENNA},

	/*
	 * Switzerland: region is the canton.  Postal: Die Post's codes of
	 * the city; phones: BAKOM's numbering plan (nine digits after +41).
	 */
	{"Zurich", "Zurich", "CH", L_CH_DE, "8001-8008 8032 8037 8038 8041 8044-8057", "+41 44 N## ## ##|+41 43 N## ## ##", 6, SG_TZ_ZURICH},
	{"Geneva", "Geneva", "CH", L_CH_FR, "1201-1209", "+41 22 N## ## ##", 3, SG_TZ_ZURICH},
	{"Basel", "Basel-Stadt", "CH", L_CH_DE, "4051-4059", "+41 61 N## ## ##", 3, SG_TZ_ZURICH},
	{"Bern", "Bern", "CH", L_CH_DE, "3004-3014 3018 3027", "+41 31 N## ## ##", 2, SG_TZ_ZURICH},
	{"Lausanne", "Vaud", "CH", L_CH_FR, "1003-1007 1010 1012 1018", "+41 21 N## ## ##", 2, SG_TZ_ZURICH},
	{"Lucerne", "Lucerne", "CH", L_CH_DE, "6003-6006", "+41 41 N## ## ##", 1, SG_TZ_ZURICH},
	{"St. Gallen", "St. Gallen", "CH", L_CH_DE, "9000 9008 9010-9016", "+41 71 N## ## ##", 1, SG_TZ_ZURICH},
	{"Lugano", "Ticino", "CH", L_CH_IT, "6900 6904 6906", "+41 91 N## ## ##", 1, SG_TZ_ZURICH},

	/*
	 * Sweden: region is the county.  Postal: PostNord's ranges of the
	 * city, written "### ##"; phones: PTS's numbering plan.
	 */
	{"Stockholm", "Stockholm County", "SE", L_SE, "11120-11869 12030-12969", "+46 8 N## ### ##", 10, SG_TZ_STOCKHOLM},
	{"Uppsala", "Uppsala County", "SE", L_SE, "75220-75757", "+46 18 N## ## ##", 2, SG_TZ_STOCKHOLM},
	{"Gothenburg", "Vastra Gotaland", "SE", L_SE, "41101-41879", "+46 31 N## ## ##", 5, SG_TZ_STOCKHOLM},
	{"Malmo", "Skane", "SE", L_SE, "21110-21775", "+46 40 N## ## ##", 3, SG_TZ_STOCKHOLM},
	{"Linkoping", "Ostergotland", "SE", L_SE, "58220-58937", "+46 13 N## ## ##", 1, SG_TZ_STOCKHOLM},
	{"Orebro", "Orebro County", "SE", L_SE, "70210-70382", "+46 19 N## ## ##", 1, SG_TZ_STOCKHOLM},
	{"Vasteras", "Vastmanland", "SE", L_SE, "72210-72481", "+46 21 N## ## ##", 1, SG_TZ_STOCKHOLM},

	/*
	 * Australia: region is the state or territory.  Postal: the city's
	 * range inside its state's (Australia Post); phones: ACMA's
	 * Telecommunications Numbering Plan, the area code and the city's
	 * leading digits.
	 */
	{"Sydney", "New South Wales", "AU", L_AU, "2000-2234", "+61 2 9### ####|+61 2 8### ####", 24, SG_TZ_SYDNEY},
	{"Newcastle", "New South Wales", "AU", L_AU, "2289-2308", "+61 2 49## ####", 3, SG_TZ_SYDNEY},
	{"Wollongong", "New South Wales", "AU", L_AU, "2500-2530", "+61 2 42## ####", 2, SG_TZ_SYDNEY},
	{"Melbourne", "Victoria", "AU", L_AU, "3000-3207", "+61 3 9### ####|+61 3 8### ####", 24, SG_TZ_MELBOURNE},
	{"Geelong", "Victoria", "AU", L_AU, "3211-3228", "+61 3 52## ####", 2, SG_TZ_MELBOURNE},
	{"Brisbane", "Queensland", "AU", L_AU, "4000-4179", "+61 7 3### ####", 13, SG_TZ_BRISBANE},
	{"Gold Coast", "Queensland", "AU", L_AU, "4207-4230", "+61 7 55## ####", 4, SG_TZ_BRISBANE},
	{"Sunshine Coast", "Queensland", "AU", L_AU, "4551-4575", "+61 7 54## ####", 2, SG_TZ_BRISBANE},
	{"Townsville", "Queensland", "AU", L_AU, "4810-4819", "+61 7 47## ####", 1, SG_TZ_BRISBANE},
	{"Cairns", "Queensland", "AU", L_AU, "4865-4879", "+61 7 40## ####", 1, SG_TZ_BRISBANE},
	{"Perth", "Western Australia", "AU", L_AU, "6000-6199", "+61 8 9### ####|+61 8 6### ####", 11, SG_TZ_PERTH},
	{"Adelaide", "South Australia", "AU", L_AU, "5000-5199", "+61 8 8### ####", 7, SG_TZ_ADELAIDE},
	{"Canberra", "Australian Capital Territory", "AU", L_AU, "2600-2618 2900-2914", "+61 2 62## ####", 2, SG_TZ_SYDNEY},
	{"Hobart", "Tasmania", "AU", L_AU, "7000-7019", "+61 3 62## ####", 1, SG_TZ_HOBART},
	{"Darwin", "Northern Territory", "AU", L_AU, "0800-0832", "+61 8 89## ####", 1, SG_TZ_DARWIN},

	/*
	 * New Zealand: region is the region.  Postal: NZ Post's codes of the
	 * city; phones: the area code of the New Zealand numbering plan.
	 */
	{"Auckland", "Auckland", "NZ", L_NZ, "0610-0632 1010-1072 2010-2025", "+64 9 N## ####", 8, SG_TZ_AUCKLAND},
	{"Wellington", "Wellington", "NZ", L_NZ, "6011-6037", "+64 4 N## ####", 2, SG_TZ_AUCKLAND},
	{"Christchurch", "Canterbury", "NZ", L_NZ, "8011-8083", "+64 3 N## ####", 2, SG_TZ_AUCKLAND},
	{"Hamilton", "Waikato", "NZ", L_NZ, "3200-3216", "+64 7 N## ####", 1, SG_TZ_AUCKLAND},
	{"Tauranga", "Bay of Plenty", "NZ", L_NZ, "3110-3118", "+64 7 N## ####", 1, SG_TZ_AUCKLAND},
	{"Dunedin", "Otago", "NZ", L_NZ, "9010-9035", "+64 3 N## ####", 1, SG_TZ_AUCKLAND},
};
const int	sg_n_cities = LENGTHOF(sg_cities);
