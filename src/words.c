/*-------------------------------------------------------------------------
 *
 * words.c
 *	  The supplier, product and campaign word lists declared in words.h:
 *	  supplier name parts and their activity words, the product taxonomy
 *	  with its price and weight bands, adjectives and brands, and the
 *	  campaign vocabulary.  People and places are in words_people.c.
 *
 * This file owns the data only; the generators in world.c decide how the
 * lists are combined.  All strings are printable ASCII, never empty,
 * with single inner spaces and none at either end;
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
/* suppliers */

/*
 * Supplier names are [town] + prefix core + [activity] + legal form
 * ("Northwind Handels GmbH"); the prefix and core also make the
 * company's e-mail domain, so prefixes are capitalised single words and
 * cores lower-case letters.  The legal forms are the country's
 * (sg_countries, words_people.c).
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

/*
 * Activity words by language, SG_N_ACTIVITIES each, index 0 empty.  The
 * same index holds the same activity in every language, and only there
 * may two lists use the same word ("Industrie", "Import").
 */
const SgActivities sg_supplier_activities[] = {
	{"en", {"", "Trading", "Supply", "Industries", "Imports", "Manufacturing",
	"Distribution", "Wholesale"}},
	{"de", {"", "Handels", "Vertriebs", "Industrie", "Import", "Produktions",
	"Logistik", "Grosshandel"}},
	{"fr", {"", "Negoce", "Fournitures", "Industries", "Import", "Fabrication",
	"Distribution", "Grossiste"}},
	{"es", {"", "Comercial", "Suministros", "Industrias", "Importaciones",
	"Fabricacion", "Distribuciones", "Mayorista"}},
	{"it", {"", "Commerciale", "Forniture", "Industrie", "Import",
	"Produzione", "Distribuzione", "Ingrosso"}},
	{"nl", {"", "Handel", "Leveringen", "Industrie", "Import", "Productie",
	"Distributie", "Groothandel"}},
	{"sv", {"", "Handel", "Leveranser", "Industri", "Import", "Tillverkning",
	"Distribution", "Grossist"}},
};
const int	sg_n_supplier_activities = LENGTHOF(sg_supplier_activities);

/* ---------------------------------------------------------------------- */
/* products */

/* Indexes into sg_categories, for the lists below. */
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

/*
 * Product name: brand + adjective + noun.  Each category has its own
 * adjectives, chosen to read well before every noun of the category
 * (so no "Heavy-Duty Novel"): materials and features that only some
 * nouns have stay out.
 */
static const char *const adj_ele[] = {
	"Compact", "Pro", "Premium", "Essential", "Advanced", "Elite",
	"Next-Gen", "Slim", "Sleek", "Graphite", "Silver", "Black", "White",
	"Midnight", "Classic",
};
static const char *const adj_hom[] = {
	"Classic", "Modern", "Essential", "Premium", "Nordic", "Deluxe",
	"Everyday", "Heritage", "Signature", "Minimalist", "Sage", "Ivory",
	"Charcoal", "Elegant", "Coastal",
};
static const char *const adj_clo[] = {
	"Classic", "Everyday", "Essential", "Vintage", "Recycled", "Heritage",
	"Urban", "Navy", "Black", "Grey", "Olive", "Oatmeal", "Soft",
	"Lightweight", "Premium", "Signature",
};
static const char *const adj_sho[] = {
	"Classic", "Lightweight", "Comfort", "Everyday", "Black", "Tan", "Navy",
	"White", "Premium", "Vintage", "Urban", "Essential", "Heritage",
};
static const char *const adj_bea[] = {
	"Natural", "Gentle", "Pure", "Radiant", "Fresh", "Daily", "Luxe",
	"Botanical", "Signature", "Essential", "Classic", "Velvet",
};
static const char *const adj_spo[] = {
	"Rugged", "Lightweight", "Pro", "Performance", "All-Weather", "Durable",
	"Active", "Essential", "Classic", "Compact", "Sport", "Elite",
	"Training", "Summit",
};
static const char *const adj_toy[] = {
	"Classic", "Deluxe", "Junior", "Mini", "Family", "Adventure", "Rainbow",
	"Starter", "Explorer", "Creative", "Jumbo", "Super",
};
static const char *const adj_boo[] = {
	"Complete", "Essential", "Collected", "Annotated", "Definitive",
	"Little", "Big", "New", "Revised", "Classic", "Bestselling",
	"Ultimate", "Everyday",
};
static const char *const adj_gro[] = {
	"Organic", "Natural", "Artisan", "Classic", "Premium", "Gourmet",
	"Family Size", "Homestyle", "Original", "Everyday", "Select", "Value",
};
static const char *const adj_gar[] = {
	"Heavy-Duty", "Pro", "Rugged", "Compact", "Professional", "Durable",
	"Essential", "Classic", "Premium", "Sturdy",
};
static const char *const adj_off[] = {
	"Classic", "Essential", "Premium", "Executive", "Compact", "Minimalist",
	"Professional", "Everyday", "Studio", "Black", "White", "Recycled",
};
static const char *const adj_pet[] = {
	"Natural", "Premium", "Everyday", "Classic", "Essential", "Deluxe",
	"Pro", "Complete",
};

#define ADJ(list) list, LENGTHOF(list)

/* Categories, weighted by their share of the catalog. */
const SgCategory sg_categories[] = {
	[CAT_ELE] = {"Electronics", "ELE", 14, ADJ(adj_ele)},
	[CAT_HOM] = {"Home & Kitchen", "HOM", 14, ADJ(adj_hom)},
	[CAT_CLO] = {"Clothing", "CLO", 13, ADJ(adj_clo)},
	[CAT_SHO] = {"Shoes", "SHO", 6, ADJ(adj_sho)},
	[CAT_BEA] = {"Beauty & Personal Care", "BEA", 9, ADJ(adj_bea)},
	[CAT_SPO] = {"Sports & Outdoors", "SPO", 8, ADJ(adj_spo)},
	[CAT_TOY] = {"Toys & Games", "TOY", 7, ADJ(adj_toy)},
	[CAT_BOO] = {"Books", "BOO", 8, ADJ(adj_boo)},
	[CAT_GRO] = {"Grocery", "GRO", 7, ADJ(adj_gro)},
	[CAT_GAR] = {"Garden & Tools", "GAR", 5, ADJ(adj_gar)},
	[CAT_OFF] = {"Office Products", "OFF", 5, ADJ(adj_off)},
	[CAT_PET] = {"Pet Supplies", "PET", 4, ADJ(adj_pet)},
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
		{"Field Guide", "Atlas", "Reference Book", "Encyclopedia"},
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

#define C(c) (1u << (c))

/*
 * Invented brands (none is a well-known trademark), each making products
 * in one category or two neighbouring ones, as real brands do.
 */
const SgBrand sg_brands[] = {
	{"Lumina", C(CAT_ELE)}, {"Kestrel", C(CAT_ELE)}, {"Aurevo", C(CAT_ELE)},
	{"Invera", C(CAT_ELE)}, {"Corvane", C(CAT_ELE)}, {"Vantor", C(CAT_ELE)},
	{"Helvio", C(CAT_ELE)}, {"Runeko", C(CAT_ELE)}, {"Quillon", C(CAT_ELE)},
	{"Brightwell", C(CAT_HOM)}, {"Hearthly", C(CAT_HOM)},
	{"Elmsworth", C(CAT_HOM)}, {"Oakhaven", C(CAT_HOM)},
	{"Driftwell", C(CAT_HOM)}, {"Saltmere", C(CAT_HOM)},
	{"Coppervale", C(CAT_HOM)}, {"Willowby", C(CAT_HOM)},
	{"Vellora", C(CAT_CLO)}, {"Marlowe", C(CAT_CLO)}, {"Mirelle", C(CAT_CLO)},
	{"Everlyn", C(CAT_CLO)}, {"Sorella", C(CAT_CLO)}, {"Rivelle", C(CAT_CLO)},
	{"Harlowe", C(CAT_CLO)}, {"Wildeve", C(CAT_CLO)},
	{"Fennick", C(CAT_SHO)}, {"Calder", C(CAT_SHO)}, {"Ferrow", C(CAT_SHO)},
	{"Tervo", C(CAT_SHO)}, {"Nordvik", C(CAT_SHO)}, {"Strideway", C(CAT_SHO)},
	{"Orvella", C(CAT_BEA)}, {"Novique", C(CAT_BEA)}, {"Nerida", C(CAT_BEA)},
	{"Zephyra", C(CAT_BEA)}, {"Juniva", C(CAT_BEA)}, {"Maravel", C(CAT_BEA)},
	{"Lumeno", C(CAT_BEA)}, {"Ulvika", C(CAT_BEA)},
	{"Northpeak", C(CAT_SPO)}, {"Altura", C(CAT_SPO)}, {"Korvald", C(CAT_SPO)},
	{"Glenmoor", C(CAT_SPO)}, {"Pinecrest", C(CAT_SPO)},
	{"Kaldera", C(CAT_SPO)}, {"Galeno", C(CAT_SPO)},
	{"Pebblecraft", C(CAT_TOY)}, {"Bramble", C(CAT_TOY)}, {"Foxmere", C(CAT_TOY)},
	{"Yarrow", C(CAT_TOY)}, {"Jarrow", C(CAT_TOY)}, {"Zanthe", C(CAT_TOY)},
	{"Tidewell", C(CAT_TOY)},
	{"Quaystone", C(CAT_BOO)}, {"Larkspur", C(CAT_BOO)}, {"Ashgrove", C(CAT_BOO)},
	{"Westbrook", C(CAT_BOO)}, {"Redmere", C(CAT_BOO)}, {"Fernlow", C(CAT_BOO)},
	{"Orchardly", C(CAT_GRO)}, {"Goldmere", C(CAT_GRO)}, {"Bluefen", C(CAT_GRO)},
	{"Moorcroft", C(CAT_GRO)}, {"Nettlewood", C(CAT_GRO)},
	{"Yewbank", C(CAT_GRO)}, {"Eastmere", C(CAT_GRO)},
	{"Ironvale", C(CAT_GAR)}, {"Greyfield", C(CAT_GAR)}, {"Holloway", C(CAT_GAR)},
	{"Dunmore", C(CAT_GAR)}, {"Halvard", C(CAT_GAR)}, {"Vanmoor", C(CAT_GAR)},
	{"Wendmoor", C(CAT_GAR)},
	{"Silverlin", C(CAT_OFF)}, {"Quintara", C(CAT_OFF)}, {"Delmora", C(CAT_OFF)},
	{"Caravel", C(CAT_OFF)}, {"Umberly", C(CAT_OFF)}, {"Davora", C(CAT_OFF)},
	{"Tavira", C(CAT_OFF)},
	{"Pellan", C(CAT_PET)}, {"Corvina", C(CAT_PET)}, {"Lowen", C(CAT_PET)},
	{"Merrow", C(CAT_PET)}, {"Jovella", C(CAT_PET)}, {"Olvane", C(CAT_PET)},
	{"Ostera", C(CAT_PET)},
	/* two categories */
	{"Solvane", C(CAT_ELE) | C(CAT_HOM)}, {"Xaviro", C(CAT_ELE) | C(CAT_OFF)},
	{"Lorvane", C(CAT_ELE) | C(CAT_OFF)}, {"Kiravo", C(CAT_ELE) | C(CAT_SPO)},
	{"Varenne", C(CAT_CLO) | C(CAT_SHO)}, {"Wexley", C(CAT_CLO) | C(CAT_SHO)},
	{"Rovana", C(CAT_CLO) | C(CAT_BEA)}, {"Yelvane", C(CAT_CLO) | C(CAT_BEA)},
	{"Aldera", C(CAT_SPO) | C(CAT_CLO)}, {"Arventa", C(CAT_SPO) | C(CAT_SHO)},
	{"Veltra", C(CAT_SHO) | C(CAT_SPO)}, {"Galvora", C(CAT_HOM) | C(CAT_GAR)},
	{"Birchwell", C(CAT_GAR) | C(CAT_HOM)}, {"Elvaro", C(CAT_SPO) | C(CAT_GAR)},
	{"Emberly", C(CAT_HOM) | C(CAT_BEA)}, {"Bellamar", C(CAT_HOM) | C(CAT_GRO)},
	{"Cindral", C(CAT_TOY) | C(CAT_BOO)}, {"Zelvara", C(CAT_TOY) | C(CAT_SPO)},
	{"Ulmera", C(CAT_BOO) | C(CAT_OFF)}, {"Nalvora", C(CAT_PET) | C(CAT_GAR)},
	{"Pelloro", C(CAT_GRO) | C(CAT_PET)}, {"Ivora", C(CAT_BEA) | C(CAT_HOM)},
};
const int	sg_n_brands = LENGTHOF(sg_brands);

/* ---------------------------------------------------------------------- */
/* campaigns */

/*
 * Campaign names; kind is one of sg_campaign_kinds' words.  Dated themes
 * start inside their days of the year (US and European retail calendars:
 * Black Friday the Friday after the fourth Thursday of November, Mother's
 * Day in May, Singles Day on November 11 ...) and promote the categories
 * that make sense for them.
 */
#define ANY_DAY 101, 1231

const SgCampaignTheme sg_campaign_themes[] = {
	{"Spring Refresh", "seasonal", 301, 531, C(CAT_HOM) | C(CAT_CLO) | C(CAT_GAR) | C(CAT_BEA)},
	{"Back to School", "seasonal", 720, 905, C(CAT_OFF) | C(CAT_ELE) | C(CAT_CLO) | C(CAT_SHO) | C(CAT_BOO)},
	{"Summer Essentials", "seasonal", 601, 831, C(CAT_CLO) | C(CAT_SHO) | C(CAT_SPO) | C(CAT_BEA) | C(CAT_GAR)},
	{"Fall Favorites", "seasonal", 901, 1130, C(CAT_CLO) | C(CAT_HOM) | C(CAT_SHO) | C(CAT_BOO)},
	{"Winter Warm-Up", "seasonal", 1201, 228, C(CAT_CLO) | C(CAT_HOM) | C(CAT_SHO)},
	{"New Year New You", "seasonal", 101, 120, C(CAT_SPO) | C(CAT_BEA) | C(CAT_GRO) | C(CAT_BOO)},
	{"Spring Cleaning", "seasonal", 301, 430, C(CAT_HOM) | C(CAT_GAR) | C(CAT_OFF)},
	{"Summer Kickoff", "seasonal", 515, 630, C(CAT_SPO) | C(CAT_GAR) | C(CAT_CLO) | C(CAT_TOY)},
	{"Autumn Harvest", "seasonal", 901, 1031, C(CAT_GRO) | C(CAT_HOM) | C(CAT_GAR)},
	{"Garden Season", "seasonal", 401, 630, C(CAT_GAR)},
	{"Outdoor Season", "seasonal", 501, 930, C(CAT_SPO) | C(CAT_GAR) | C(CAT_TOY)},
	{"Cozy Season", "seasonal", 1001, 228, C(CAT_HOM) | C(CAT_CLO) | C(CAT_BOO) | C(CAT_GRO)},
	{"Back to Campus", "seasonal", 801, 915, C(CAT_ELE) | C(CAT_OFF) | C(CAT_HOM) | C(CAT_BOO)},
	{"Summer Road Trip", "seasonal", 601, 831, C(CAT_ELE) | C(CAT_SPO) | C(CAT_BOO) | C(CAT_GRO)},
	{"Spring Style Edit", "seasonal", 301, 531, C(CAT_CLO) | C(CAT_SHO) | C(CAT_BEA)},
	{"Rainy Day Picks", "seasonal", 1001, 1130, C(CAT_BOO) | C(CAT_TOY) | C(CAT_HOM) | C(CAT_CLO)},
	{"Poolside Picks", "seasonal", 601, 831, C(CAT_SPO) | C(CAT_TOY) | C(CAT_BEA) | C(CAT_CLO)},
	{"Snow Day Specials", "seasonal", 1201, 228, C(CAT_TOY) | C(CAT_BOO) | C(CAT_CLO) | C(CAT_HOM) | C(CAT_GRO)},

	{"Summer Clearance", "clearance", 801, 915, 0},
	{"Winter Clearance", "clearance", 102, 228, 0},
	{"End of Season Sale", "clearance", ANY_DAY, 0},
	{"Warehouse Clearance", "clearance", ANY_DAY, 0},
	{"Last Chance Deals", "clearance", ANY_DAY, 0},
	{"Overstock Event", "clearance", ANY_DAY, 0},
	{"Final Markdowns", "clearance", ANY_DAY, 0},
	{"Inventory Blowout", "clearance", ANY_DAY, 0},
	{"Open Box Deals", "clearance", ANY_DAY, C(CAT_ELE) | C(CAT_HOM) | C(CAT_OFF)},
	{"Spring Clearance", "clearance", 501, 630, 0},
	{"Year-End Clearance", "clearance", 1226, 110, 0},
	{"Outlet Week", "clearance", ANY_DAY, C(CAT_CLO) | C(CAT_SHO) | C(CAT_SPO)},

	{"Weekly Picks", "newsletter", ANY_DAY, 0},
	{"New Arrivals", "newsletter", ANY_DAY, 0},
	{"Editor's Picks", "newsletter", ANY_DAY, 0},
	{"Trending Now", "newsletter", ANY_DAY, 0},
	{"Staff Favorites", "newsletter", ANY_DAY, 0},
	{"Monthly Roundup", "newsletter", ANY_DAY, 0},
	{"Just Landed", "newsletter", ANY_DAY, 0},
	{"Top Rated This Month", "newsletter", ANY_DAY, 0},
	{"Gift Ideas", "newsletter", 1101, 1215, C(CAT_ELE) | C(CAT_TOY) | C(CAT_BEA) | C(CAT_BOO) | C(CAT_HOM)},
	{"Best Sellers Update", "newsletter", ANY_DAY, 0},
	{"How-To Series", "newsletter", ANY_DAY, C(CAT_GAR) | C(CAT_HOM) | C(CAT_BEA)},
	{"Customer Stories", "newsletter", ANY_DAY, 0},
	{"Product Spotlight", "newsletter", ANY_DAY, 0},
	{"Back in Stock", "newsletter", ANY_DAY, 0},
	{"Weekend Reads", "newsletter", ANY_DAY, C(CAT_BOO)},

	{"Members Weekend", "loyalty", ANY_DAY, 0},
	{"VIP Early Access", "loyalty", ANY_DAY, 0},
	{"Double Points Week", "loyalty", ANY_DAY, 0},
	{"Birthday Rewards", "loyalty", ANY_DAY, 0},
	{"Thank You Week", "loyalty", ANY_DAY, 0},
	{"Members Only Preview", "loyalty", ANY_DAY, 0},
	{"Anniversary Rewards", "loyalty", ANY_DAY, 0},
	{"Refer a Friend", "loyalty", ANY_DAY, 0},
	{"Points Bonus Month", "loyalty", ANY_DAY, 0},
	{"Insider Sale", "loyalty", ANY_DAY, 0},

	{"Today Only", "flash_sale", ANY_DAY, 0},
	{"Midnight Madness", "flash_sale", ANY_DAY, 0},
	{"Deal of the Day", "flash_sale", ANY_DAY, 0},
	{"Lightning Deals", "flash_sale", ANY_DAY, 0},
	{"Weekend Flash Sale", "flash_sale", ANY_DAY, 0},
	{"Happy Hour Deals", "flash_sale", ANY_DAY, 0},
	{"Weekend Blitz", "flash_sale", ANY_DAY, 0},

	{"Black Friday", "holiday", 1117, 1127, 0},
	{"Cyber Week Deals", "holiday", 1124, 1202, C(CAT_ELE) | C(CAT_TOY) | C(CAT_HOM) | C(CAT_OFF)},
	{"Cyber Monday", "holiday", 1126, 1203, C(CAT_ELE) | C(CAT_OFF) | C(CAT_TOY)},
	{"Holiday Gift Guide", "holiday", 1110, 1215, C(CAT_ELE) | C(CAT_TOY) | C(CAT_BEA) | C(CAT_BOO) | C(CAT_HOM)},
	{"Valentine's Day Gifts", "holiday", 128, 212, C(CAT_BEA) | C(CAT_GRO) | C(CAT_HOM) | C(CAT_CLO)},
	{"Mother's Day", "holiday", 425, 510, C(CAT_BEA) | C(CAT_HOM) | C(CAT_CLO) | C(CAT_GAR)},
	{"Father's Day", "holiday", 601, 615, C(CAT_GAR) | C(CAT_ELE) | C(CAT_SPO) | C(CAT_CLO)},
	{"Halloween Treats", "holiday", 1010, 1028, C(CAT_GRO) | C(CAT_TOY) | C(CAT_CLO)},
	{"Thanksgiving Savings", "holiday", 1115, 1126, C(CAT_HOM) | C(CAT_GRO)},
	{"Boxing Day Sale", "holiday", 1226, 1231, 0},
	{"Lunar New Year", "holiday", 115, 210, C(CAT_GRO) | C(CAT_HOM) | C(CAT_CLO)},
	{"Easter Weekend", "holiday", 320, 420, C(CAT_GRO) | C(CAT_TOY) | C(CAT_HOM)},
	{"Independence Day Sale", "holiday", 628, 704, C(CAT_GAR) | C(CAT_SPO) | C(CAT_GRO)},
	{"Christmas Countdown", "holiday", 1201, 1220, 0},
	{"Singles Day", "holiday", 1109, 1111, C(CAT_ELE) | C(CAT_CLO) | C(CAT_BEA)},
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
