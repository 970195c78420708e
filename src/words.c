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
#include <stddef.h>

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
	[CAT_ELE] = {"Electronics", "ELE", 14, ADJ(adj_ele), 100},
	[CAT_HOM] = {"Home & Kitchen", "HOM", 14, ADJ(adj_hom), 90},
	[CAT_CLO] = {"Clothing", "CLO", 13, ADJ(adj_clo), 100},
	[CAT_SHO] = {"Shoes", "SHO", 6, ADJ(adj_sho), 80},
	[CAT_BEA] = {"Beauty & Personal Care", "BEA", 9, ADJ(adj_bea), 130},
	[CAT_SPO] = {"Sports & Outdoors", "SPO", 8, ADJ(adj_spo), 70},
	[CAT_TOY] = {"Toys & Games", "TOY", 7, ADJ(adj_toy), 90},
	[CAT_BOO] = {"Books", "BOO", 8, ADJ(adj_boo), 110},
	[CAT_GRO] = {"Grocery", "GRO", 7, ADJ(adj_gro), 100},
	[CAT_GAR] = {"Garden & Tools", "GAR", 5, ADJ(adj_gar), 50},
	[CAT_OFF] = {"Office Products", "OFF", 5, ADJ(adj_off), 80},
	[CAT_PET] = {"Pet Supplies", "PET", 4, ADJ(adj_pet), 130},
};
const int	sg_n_categories = LENGTHOF(sg_categories);

/*
 * Subcategories, contiguous per category and in category order.  Nouns
 * are singular product nouns that read well after an adjective; bands[k]
 * is noun k's list-price band in cents, shipping-weight band in grams and
 * quantity class, from typical US online list prices of such products;
 * the subcategory's own bands are their envelope.  Then the complementary
 * subcategory, by name.
 */
const SgSubcategory sg_subcategories[] = {
	{
		CAT_ELE, "Headphones",
		{"Headphones", "Earbuds", "Headset"},
		1499, 39999, 40, 500,
		{
			{2499, 39999, 200, 450, SG_QTY_FEW},	/* Headphones */
			{1499, 27999, 40, 150, SG_QTY_FEW},	/* Earbuds */
			{1999, 24999, 200, 500, SG_QTY_FEW},	/* Headset */
		},
		"Chargers & Cables"
	},
	{
		CAT_ELE, "Televisions",
		{"Smart TV", "LED TV", "OLED TV", "Television"},
		11999, 349999, 5000, 35000,
		{
			{17999, 179999, 6000, 30000, SG_QTY_ONE},	/* Smart TV */
			{12999, 119999, 5000, 25000, SG_QTY_ONE},	/* LED TV */
			{89999, 349999, 12000, 35000, SG_QTY_ONE},	/* OLED TV */
			{11999, 149999, 5000, 30000, SG_QTY_ONE},	/* Television */
		},
		"Chargers & Cables"
	},
	{
		CAT_ELE, "Laptops",
		{"Laptop", "Notebook PC", "Chromebook", "Ultrabook"},
		19999, 299999, 1000, 2800,
		{
			{34999, 249999, 1300, 2800, SG_QTY_ONE},	/* Laptop */
			{39999, 219999, 1300, 2600, SG_QTY_ONE},	/* Notebook PC */
			{19999, 69999, 1000, 1800, SG_QTY_ONE},	/* Chromebook */
			{79999, 299999, 1000, 1600, SG_QTY_ONE},	/* Ultrabook */
		},
		"Chargers & Cables"
	},
	{
		CAT_ELE, "Cameras",
		{
			"Camera", "Action Camera", "Mirrorless Camera", "Webcam",
			"Dash Cam"
		},
		2499, 279999, 100, 1200,
		{
			{14999, 149999, 300, 1200, SG_QTY_ONE},	/* Camera */
			{7999, 49999, 100, 400, SG_QTY_ONE},	/* Action Camera */
			{49999, 279999, 400, 1200, SG_QTY_ONE},	/* Mirrorless Camera */
			{2499, 19999, 100, 400, SG_QTY_FEW},	/* Webcam */
			{3999, 24999, 100, 400, SG_QTY_FEW},	/* Dash Cam */
		},
		"Chargers & Cables"
	},
	{
		CAT_ELE, "Smart Home",
		{
			"Smart Speaker", "Smart Plug", "Video Doorbell", "Smart Bulb",
			"Security Camera", "Thermostat"
		},
		799, 29999, 60, 2500,
		{
			{2999, 29999, 300, 2500, SG_QTY_FEW},	/* Smart Speaker */
			{999, 3999, 60, 200, SG_QTY_MANY},	/* Smart Plug */
			{4999, 24999, 200, 600, SG_QTY_FEW},	/* Video Doorbell */
			{799, 4999, 60, 200, SG_QTY_MANY},	/* Smart Bulb */
			{2999, 24999, 150, 800, SG_QTY_FEW},	/* Security Camera */
			{7999, 27999, 200, 600, SG_QTY_ONE},	/* Thermostat */
		},
		NULL
	},
	{
		CAT_ELE, "Chargers & Cables",
		{
			"Charger", "USB-C Cable", "Power Bank", "Wall Adapter",
			"Charging Stand", "HDMI Cable"
		},
		599, 9999, 30, 600,
		{
			{999, 5999, 50, 300, SG_QTY_FEW},	/* Charger */
			{599, 2999, 30, 150, SG_QTY_MANY},	/* USB-C Cable */
			{1499, 9999, 150, 600, SG_QTY_FEW},	/* Power Bank */
			{799, 3999, 50, 200, SG_QTY_FEW},	/* Wall Adapter */
			{1499, 7999, 150, 600, SG_QTY_FEW},	/* Charging Stand */
			{699, 3499, 60, 300, SG_QTY_FEW},	/* HDMI Cable */
		},
		NULL
	},

	{
		CAT_HOM, "Coffee Makers",
		{
			"Coffee Maker", "Espresso Machine", "French Press",
			"Pour-Over Set", "Coffee Grinder"
		},
		1499, 119999, 300, 12000,
		{
			{2499, 24999, 2000, 6000, SG_QTY_ONE},	/* Coffee Maker */
			{9999, 119999, 3000, 12000, SG_QTY_ONE},	/* Espresso Machine */
			{1499, 5999, 400, 1200, SG_QTY_ONE},	/* French Press */
			{1999, 7999, 300, 1200, SG_QTY_ONE},	/* Pour-Over Set */
			{1999, 24999, 600, 3500, SG_QTY_ONE},	/* Coffee Grinder */
		},
		"Coffee & Tea"
	},
	{
		CAT_HOM, "Cookware",
		{
			"Frying Pan", "Saucepan", "Dutch Oven", "Stock Pot", "Skillet",
			"Wok"
		},
		1499, 39999, 700, 7000,
		{
			{1499, 14999, 700, 2500, SG_QTY_FEW},	/* Frying Pan */
			{1999, 14999, 800, 2500, SG_QTY_FEW},	/* Saucepan */
			{3999, 39999, 3000, 7000, SG_QTY_ONE},	/* Dutch Oven */
			{2499, 19999, 1500, 5000, SG_QTY_ONE},	/* Stock Pot */
			{1499, 11999, 1000, 4000, SG_QTY_FEW},	/* Skillet */
			{1999, 11999, 800, 2500, SG_QTY_ONE},	/* Wok */
		},
		"Cookbooks"
	},
	{
		CAT_HOM, "Small Appliances",
		{
			"Blender", "Toaster", "Air Fryer", "Stand Mixer",
			"Electric Kettle", "Food Processor"
		},
		1999, 64999, 800, 12000,
		{
			{2999, 39999, 2000, 6000, SG_QTY_ONE},	/* Blender */
			{1999, 19999, 1500, 4000, SG_QTY_ONE},	/* Toaster */
			{4999, 24999, 3000, 7000, SG_QTY_ONE},	/* Air Fryer */
			{14999, 64999, 6000, 12000, SG_QTY_ONE},	/* Stand Mixer */
			{1999, 14999, 800, 2000, SG_QTY_ONE},	/* Electric Kettle */
			{3999, 34999, 2500, 7000, SG_QTY_ONE},	/* Food Processor */
		},
		"Cookbooks"
	},
	{
		CAT_HOM, "Bedding",
		{
			"Duvet", "Pillow", "Sheet Set", "Blanket", "Comforter",
			"Mattress Topper"
		},
		1499, 29999, 500, 8000,
		{
			{3999, 29999, 1200, 3500, SG_QTY_ONE},	/* Duvet */
			{1499, 9999, 500, 1500, SG_QTY_FEW},	/* Pillow */
			{2499, 24999, 800, 2500, SG_QTY_FEW},	/* Sheet Set */
			{1999, 14999, 600, 3000, SG_QTY_FEW},	/* Blanket */
			{3999, 24999, 1500, 4000, SG_QTY_ONE},	/* Comforter */
			{3999, 29999, 2000, 8000, SG_QTY_ONE},	/* Mattress Topper */
		},
		"Home Decor"
	},
	{
		CAT_HOM, "Storage & Organization",
		{
			"Storage Bin", "Shelf Organizer", "Drawer Organizer",
			"Laundry Basket", "Food Container Set"
		},
		799, 7999, 150, 4000,
		{
			{799, 3999, 300, 2000, SG_QTY_FEW},	/* Storage Bin */
			{1499, 7999, 500, 4000, SG_QTY_FEW},	/* Shelf Organizer */
			{799, 3499, 150, 800, SG_QTY_FEW},	/* Drawer Organizer */
			{999, 4499, 400, 1500, SG_QTY_ONE},	/* Laundry Basket */
			{1499, 5999, 500, 2000, SG_QTY_FEW},	/* Food Container Set */
		},
		NULL
	},
	{
		CAT_HOM, "Home Decor",
		{
			"Table Lamp", "Wall Clock", "Throw Pillow", "Vase",
			"Picture Frame", "Candle"
		},
		799, 19999, 200, 4000,
		{
			{2499, 19999, 800, 4000, SG_QTY_ONE},	/* Table Lamp */
			{1499, 11999, 400, 2000, SG_QTY_ONE},	/* Wall Clock */
			{1199, 5999, 200, 800, SG_QTY_FEW},	/* Throw Pillow */
			{1499, 11999, 300, 3000, SG_QTY_ONE},	/* Vase */
			{799, 4999, 200, 1200, SG_QTY_FEW},	/* Picture Frame */
			{799, 4499, 200, 900, SG_QTY_MANY},	/* Candle */
		},
		NULL
	},

	{
		CAT_CLO, "T-Shirts & Tops",
		{"T-Shirt", "Tee", "Tank Top", "Polo Shirt", "Blouse"},
		799, 8999, 80, 400,
		{
			{799, 3999, 120, 300, SG_QTY_FEW},	/* T-Shirt */
			{799, 3499, 120, 300, SG_QTY_FEW},	/* Tee */
			{799, 2999, 80, 200, SG_QTY_FEW},	/* Tank Top */
			{1499, 7999, 200, 400, SG_QTY_FEW},	/* Polo Shirt */
			{1999, 8999, 120, 350, SG_QTY_ONE},	/* Blouse */
		},
		"Jeans & Pants"
	},
	{
		CAT_CLO, "Jeans & Pants",
		{"Jeans", "Chinos", "Trousers", "Joggers", "Cargo Pants"},
		1999, 14999, 300, 900,
		{
			{2999, 14999, 500, 900, SG_QTY_ONE},	/* Jeans */
			{2999, 9999, 400, 700, SG_QTY_ONE},	/* Chinos */
			{3499, 14999, 350, 700, SG_QTY_ONE},	/* Trousers */
			{1999, 7999, 300, 600, SG_QTY_FEW},	/* Joggers */
			{2999, 8999, 400, 800, SG_QTY_ONE},	/* Cargo Pants */
		},
		"T-Shirts & Tops"
	},
	{
		CAT_CLO, "Jackets & Coats",
		{"Jacket", "Parka", "Raincoat", "Puffer Jacket", "Blazer", "Fleece"},
		2999, 49999, 400, 2500,
		{
			{4999, 29999, 600, 1500, SG_QTY_ONE},	/* Jacket */
			{9999, 49999, 1000, 2500, SG_QTY_ONE},	/* Parka */
			{3999, 19999, 400, 1000, SG_QTY_ONE},	/* Raincoat */
			{5999, 34999, 500, 1300, SG_QTY_ONE},	/* Puffer Jacket */
			{5999, 29999, 500, 1200, SG_QTY_ONE},	/* Blazer */
			{2999, 14999, 400, 900, SG_QTY_ONE},	/* Fleece */
		},
		"Sweaters & Hoodies"
	},
	{
		CAT_CLO, "Dresses & Skirts",
		{"Dress", "Skirt", "Maxi Dress", "Sundress", "Wrap Dress"},
		1999, 19999, 200, 800,
		{
			{2999, 19999, 200, 700, SG_QTY_ONE},	/* Dress */
			{1999, 9999, 200, 500, SG_QTY_ONE},	/* Skirt */
			{3499, 17999, 300, 800, SG_QTY_ONE},	/* Maxi Dress */
			{2499, 11999, 200, 500, SG_QTY_ONE},	/* Sundress */
			{3499, 17999, 250, 600, SG_QTY_ONE},	/* Wrap Dress */
		},
		"Dress Shoes"
	},
	{
		CAT_CLO, "Sweaters & Hoodies",
		{"Sweater", "Hoodie", "Cardigan", "Sweatshirt", "Pullover"},
		1999, 17999, 350, 900,
		{
			{2999, 17999, 400, 900, SG_QTY_ONE},	/* Sweater */
			{2499, 8999, 500, 900, SG_QTY_ONE},	/* Hoodie */
			{2999, 14999, 350, 800, SG_QTY_ONE},	/* Cardigan */
			{1999, 6999, 450, 800, SG_QTY_ONE},	/* Sweatshirt */
			{2999, 12999, 400, 800, SG_QTY_ONE},	/* Pullover */
		},
		NULL
	},
	{
		CAT_CLO, "Socks & Underwear",
		{
			"Crew Socks", "Ankle Socks", "Boxer Briefs", "Bralette",
			"Undershirt"
		},
		499, 4999, 50, 300,
		{
			{599, 2499, 60, 250, SG_QTY_MANY},	/* Crew Socks */
			{499, 1999, 50, 200, SG_QTY_MANY},	/* Ankle Socks */
			{999, 3999, 80, 300, SG_QTY_MANY},	/* Boxer Briefs */
			{1499, 4999, 50, 150, SG_QTY_FEW},	/* Bralette */
			{799, 3499, 100, 300, SG_QTY_MANY},	/* Undershirt */
		},
		NULL
	},

	{
		CAT_SHO, "Running Shoes",
		{"Running Shoe", "Trainer", "Trail Runner", "Racing Flat"},
		4499, 24999, 350, 1000,
		{
			{4999, 21999, 500, 900, SG_QTY_ONE},	/* Running Shoe */
			{4499, 17999, 500, 900, SG_QTY_ONE},	/* Trainer */
			{6999, 21999, 600, 1000, SG_QTY_ONE},	/* Trail Runner */
			{7999, 24999, 350, 600, SG_QTY_ONE},	/* Racing Flat */
		},
		"Socks & Underwear"
	},
	{
		CAT_SHO, "Boots",
		{"Boot", "Chelsea Boot", "Hiking Boot", "Ankle Boot", "Rain Boot"},
		2999, 29999, 800, 2400,
		{
			{5999, 29999, 1000, 2400, SG_QTY_ONE},	/* Boot */
			{6999, 29999, 900, 1800, SG_QTY_ONE},	/* Chelsea Boot */
			{7999, 29999, 1100, 2200, SG_QTY_ONE},	/* Hiking Boot */
			{4999, 24999, 800, 1600, SG_QTY_ONE},	/* Ankle Boot */
			{2999, 14999, 900, 2000, SG_QTY_ONE},	/* Rain Boot */
		},
		"Socks & Underwear"
	},
	{
		CAT_SHO, "Sandals & Slippers",
		{"Sandal", "Slipper", "Flip-Flop", "Slide"},
		799, 11999, 150, 800,
		{
			{1999, 11999, 300, 800, SG_QTY_ONE},	/* Sandal */
			{1499, 7999, 200, 600, SG_QTY_ONE},	/* Slipper */
			{799, 4999, 150, 400, SG_QTY_FEW},	/* Flip-Flop */
			{1499, 6999, 200, 500, SG_QTY_ONE},	/* Slide */
		},
		NULL
	},
	{
		CAT_SHO, "Dress Shoes",
		{"Oxford Shoe", "Loafer", "Derby Shoe", "Pump", "Ballet Flat"},
		3499, 34999, 300, 1500,
		{
			{6999, 34999, 900, 1500, SG_QTY_ONE},	/* Oxford Shoe */
			{5999, 29999, 800, 1400, SG_QTY_ONE},	/* Loafer */
			{6999, 29999, 900, 1500, SG_QTY_ONE},	/* Derby Shoe */
			{4999, 24999, 500, 1000, SG_QTY_ONE},	/* Pump */
			{3499, 17999, 300, 700, SG_QTY_ONE},	/* Ballet Flat */
		},
		"Socks & Underwear"
	},
	{
		CAT_SHO, "Sneakers",
		{
			"Sneaker", "Canvas Sneaker", "Slip-On", "High-Top Sneaker",
			"Court Shoe"
		},
		2999, 19999, 400, 1300,
		{
			{4499, 17999, 700, 1200, SG_QTY_ONE},	/* Sneaker */
			{2999, 8999, 500, 900, SG_QTY_ONE},	/* Canvas Sneaker */
			{2999, 9999, 400, 800, SG_QTY_ONE},	/* Slip-On */
			{5499, 19999, 800, 1300, SG_QTY_ONE},	/* High-Top Sneaker */
			{4999, 15999, 700, 1100, SG_QTY_ONE},	/* Court Shoe */
		},
		"Socks & Underwear"
	},

	{
		CAT_BEA, "Skin Care",
		{
			"Moisturizer", "Face Serum", "Cleanser", "Night Cream",
			"Sunscreen", "Face Mask"
		},
		299, 11999, 20, 400,
		{
			{799, 8999, 60, 400, SG_QTY_FEW},	/* Moisturizer */
			{999, 11999, 40, 200, SG_QTY_FEW},	/* Face Serum */
			{599, 4499, 100, 400, SG_QTY_FEW},	/* Cleanser */
			{1199, 10999, 60, 300, SG_QTY_FEW},	/* Night Cream */
			{699, 3999, 60, 300, SG_QTY_MANY},	/* Sunscreen */
			{299, 2999, 20, 200, SG_QTY_MANY},	/* Face Mask */
		},
		"Makeup"
	},
	{
		CAT_BEA, "Hair Care",
		{
			"Shampoo", "Conditioner", "Hair Oil", "Hair Mask",
			"Styling Cream", "Hair Dryer"
		},
		499, 39999, 60, 1200,
		{
			{499, 3999, 200, 1000, SG_QTY_MANY},	/* Shampoo */
			{499, 3999, 200, 1000, SG_QTY_MANY},	/* Conditioner */
			{799, 4999, 60, 250, SG_QTY_FEW},	/* Hair Oil */
			{799, 4499, 150, 500, SG_QTY_FEW},	/* Hair Mask */
			{599, 3499, 60, 250, SG_QTY_FEW},	/* Styling Cream */
			{2499, 39999, 400, 1200, SG_QTY_ONE},	/* Hair Dryer */
		},
		NULL
	},
	{
		CAT_BEA, "Makeup",
		{
			"Lipstick", "Mascara", "Foundation", "Eyeshadow Palette",
			"Concealer", "Blush"
		},
		499, 6499, 20, 300,
		{
			{499, 4499, 20, 60, SG_QTY_FEW},	/* Lipstick */
			{499, 3499, 20, 60, SG_QTY_FEW},	/* Mascara */
			{799, 5999, 40, 150, SG_QTY_ONE},	/* Foundation */
			{999, 6499, 60, 300, SG_QTY_ONE},	/* Eyeshadow Palette */
			{499, 3999, 20, 80, SG_QTY_FEW},	/* Concealer */
			{599, 3999, 20, 80, SG_QTY_ONE},	/* Blush */
		},
		"Skin Care"
	},
	{
		CAT_BEA, "Fragrance",
		{"Eau de Parfum", "Eau de Toilette", "Cologne", "Body Mist"},
		799, 24999, 150, 600,
		{
			{3999, 24999, 200, 600, SG_QTY_ONE},	/* Eau de Parfum */
			{2499, 14999, 200, 600, SG_QTY_ONE},	/* Eau de Toilette */
			{1999, 12999, 150, 500, SG_QTY_ONE},	/* Cologne */
			{799, 3999, 150, 400, SG_QTY_FEW},	/* Body Mist */
		},
		NULL
	},
	{
		CAT_BEA, "Shaving & Grooming",
		{
			"Razor", "Electric Shaver", "Beard Trimmer", "Shaving Cream",
			"Grooming Kit"
		},
		399, 34999, 50, 1000,
		{
			{599, 3999, 50, 200, SG_QTY_FEW},	/* Razor */
			{3999, 34999, 300, 1000, SG_QTY_ONE},	/* Electric Shaver */
			{2499, 14999, 200, 600, SG_QTY_ONE},	/* Beard Trimmer */
			{399, 2499, 150, 400, SG_QTY_MANY},	/* Shaving Cream */
			{1999, 11999, 200, 900, SG_QTY_ONE},	/* Grooming Kit */
		},
		NULL
	},
	{
		CAT_BEA, "Bath & Body",
		{
			"Body Wash", "Body Lotion", "Bath Bomb Set", "Hand Cream",
			"Soap Bar"
		},
		199, 4499, 50, 1000,
		{
			{399, 2499, 300, 1000, SG_QTY_MANY},	/* Body Wash */
			{499, 3499, 250, 800, SG_QTY_MANY},	/* Body Lotion */
			{999, 4499, 300, 1000, SG_QTY_FEW},	/* Bath Bomb Set */
			{399, 2999, 50, 200, SG_QTY_MANY},	/* Hand Cream */
			{199, 1499, 80, 200, SG_QTY_MANY},	/* Soap Bar */
		},
		"Skin Care"
	},

	{
		CAT_SPO, "Camping",
		{
			"Tent", "Sleeping Bag", "Camping Stove", "Lantern", "Camp Chair",
			"Cooler"
		},
		1499, 69999, 200, 12000,
		{
			{5999, 69999, 1500, 9000, SG_QTY_ONE},	/* Tent */
			{3499, 44999, 700, 2500, SG_QTY_ONE},	/* Sleeping Bag */
			{2999, 19999, 300, 3000, SG_QTY_ONE},	/* Camping Stove */
			{1499, 7999, 200, 900, SG_QTY_FEW},	/* Lantern */
			{2499, 14999, 1500, 5000, SG_QTY_FEW},	/* Camp Chair */
			{2999, 44999, 2000, 12000, SG_QTY_ONE},	/* Cooler */
		},
		"Hiking"
	},
	{
		CAT_SPO, "Fitness Equipment",
		{
			"Dumbbell Set", "Kettlebell", "Resistance Band Set", "Yoga Mat",
			"Jump Rope", "Foam Roller"
		},
		799, 49999, 100, 25000,
		{
			{2999, 49999, 2000, 25000, SG_QTY_ONE},	/* Dumbbell Set */
			{1999, 14999, 2000, 20000, SG_QTY_FEW},	/* Kettlebell */
			{999, 4499, 200, 800, SG_QTY_ONE},	/* Resistance Band Set */
			{1499, 11999, 700, 2500, SG_QTY_ONE},	/* Yoga Mat */
			{799, 3999, 100, 400, SG_QTY_ONE},	/* Jump Rope */
			{1199, 5999, 300, 1200, SG_QTY_ONE},	/* Foam Roller */
		},
		NULL
	},
	{
		CAT_SPO, "Cycling",
		{
			"Bike Helmet", "Bike Light", "Bike Lock", "Cycling Jersey",
			"Saddle Bag"
		},
		1199, 24999, 60, 1800,
		{
			{2999, 24999, 250, 500, SG_QTY_ONE},	/* Bike Helmet */
			{1199, 11999, 60, 300, SG_QTY_FEW},	/* Bike Light */
			{1499, 11999, 300, 1800, SG_QTY_ONE},	/* Bike Lock */
			{2999, 14999, 120, 300, SG_QTY_ONE},	/* Cycling Jersey */
			{1499, 6999, 100, 500, SG_QTY_ONE},	/* Saddle Bag */
		},
		"Hiking"
	},
	{
		CAT_SPO, "Hiking",
		{
			"Hiking Backpack", "Daypack", "Trekking Pole Set",
			"Water Bottle", "Hydration Pack"
		},
		999, 29999, 150, 2200,
		{
			{5999, 29999, 900, 2200, SG_QTY_ONE},	/* Hiking Backpack */
			{2499, 14999, 300, 900, SG_QTY_ONE},	/* Daypack */
			{2499, 17999, 400, 700, SG_QTY_ONE},	/* Trekking Pole Set */
			{999, 4999, 150, 500, SG_QTY_FEW},	/* Water Bottle */
			{2999, 14999, 300, 900, SG_QTY_ONE},	/* Hydration Pack */
		},
		"Camping"
	},
	{
		CAT_SPO, "Team Sports",
		{
			"Soccer Ball", "Basketball", "Tennis Racket", "Baseball Glove",
			"Volleyball"
		},
		1499, 29999, 250, 800,
		{
			{1499, 14999, 400, 500, SG_QTY_FEW},	/* Soccer Ball */
			{1499, 19999, 550, 650, SG_QTY_FEW},	/* Basketball */
			{2999, 29999, 250, 350, SG_QTY_ONE},	/* Tennis Racket */
			{2499, 24999, 400, 800, SG_QTY_ONE},	/* Baseball Glove */
			{1499, 7999, 250, 300, SG_QTY_FEW},	/* Volleyball */
		},
		NULL
	},

	{
		CAT_TOY, "Building Sets",
		{
			"Building Set", "Brick Set", "Construction Kit",
			"Magnetic Tile Set"
		},
		999, 19999, 300, 3000,
		{
			{1499, 19999, 300, 3000, SG_QTY_ONE},	/* Building Set */
			{999, 14999, 300, 2500, SG_QTY_ONE},	/* Brick Set */
			{1999, 11999, 400, 3000, SG_QTY_ONE},	/* Construction Kit */
			{2499, 14999, 600, 3000, SG_QTY_ONE},	/* Magnetic Tile Set */
		},
		NULL
	},
	{
		CAT_TOY, "Board Games",
		{
			"Board Game", "Card Game", "Strategy Game", "Party Game",
			"Trivia Game"
		},
		799, 8999, 150, 2500,
		{
			{1999, 7999, 600, 2500, SG_QTY_ONE},	/* Board Game */
			{799, 2999, 150, 500, SG_QTY_FEW},	/* Card Game */
			{2999, 8999, 800, 2500, SG_QTY_ONE},	/* Strategy Game */
			{1499, 3999, 400, 1200, SG_QTY_ONE},	/* Party Game */
			{1499, 3999, 500, 1200, SG_QTY_ONE},	/* Trivia Game */
		},
		"Puzzles"
	},
	{
		CAT_TOY, "Puzzles",
		{"Jigsaw Puzzle", "Puzzle Cube", "3D Puzzle", "Floor Puzzle"},
		799, 5999, 80, 1500,
		{
			{999, 3999, 300, 1500, SG_QTY_FEW},	/* Jigsaw Puzzle */
			{799, 2999, 80, 200, SG_QTY_FEW},	/* Puzzle Cube */
			{1499, 5999, 200, 1200, SG_QTY_ONE},	/* 3D Puzzle */
			{999, 3499, 300, 1500, SG_QTY_ONE},	/* Floor Puzzle */
		},
		NULL
	},
	{
		CAT_TOY, "Dolls & Action Figures",
		{"Doll", "Action Figure", "Dollhouse", "Figure Set", "Plush Toy"},
		799, 24999, 100, 12000,
		{
			{1199, 8999, 150, 1000, SG_QTY_ONE},	/* Doll */
			{999, 4999, 100, 500, SG_QTY_FEW},	/* Action Figure */
			{4999, 24999, 3000, 12000, SG_QTY_ONE},	/* Dollhouse */
			{1499, 7999, 200, 900, SG_QTY_ONE},	/* Figure Set */
			{799, 4499, 100, 600, SG_QTY_FEW},	/* Plush Toy */
		},
		NULL
	},
	{
		CAT_TOY, "Outdoor Play",
		{"Scooter", "Kite", "Water Blaster", "Play Tent", "Sandbox Set"},
		799, 19999, 150, 5000,
		{
			{2999, 19999, 2000, 5000, SG_QTY_ONE},	/* Scooter */
			{999, 4499, 150, 500, SG_QTY_ONE},	/* Kite */
			{799, 3999, 200, 800, SG_QTY_FEW},	/* Water Blaster */
			{2499, 9999, 1000, 3500, SG_QTY_ONE},	/* Play Tent */
			{999, 4999, 300, 2000, SG_QTY_ONE},	/* Sandbox Set */
		},
		NULL
	},
	{
		CAT_TOY, "Educational Toys",
		{
			"STEM Kit", "Science Kit", "Coding Robot", "Microscope Set",
			"Globe"
		},
		1999, 19999, 400, 2500,
		{
			{1999, 8999, 400, 2000, SG_QTY_ONE},	/* STEM Kit */
			{1999, 7999, 400, 2000, SG_QTY_ONE},	/* Science Kit */
			{3999, 19999, 500, 2000, SG_QTY_ONE},	/* Coding Robot */
			{2999, 14999, 500, 2500, SG_QTY_ONE},	/* Microscope Set */
			{1999, 11999, 500, 2500, SG_QTY_ONE},	/* Globe */
		},
		NULL
	},

	{
		CAT_BOO, "Fiction",
		{"Novel", "Paperback", "Hardcover", "Story Collection"},
		799, 3499, 200, 1100,
		{
			{899, 2999, 250, 700, SG_QTY_FEW},	/* Novel */
			{799, 1999, 200, 500, SG_QTY_FEW},	/* Paperback */
			{1499, 3499, 500, 1100, SG_QTY_FEW},	/* Hardcover */
			{999, 2999, 300, 800, SG_QTY_FEW},	/* Story Collection */
		},
		NULL
	},
	{
		CAT_BOO, "Children's Books",
		{"Picture Book", "Board Book", "Storybook", "Activity Book"},
		499, 1999, 150, 700,
		{
			{599, 1999, 250, 700, SG_QTY_FEW},	/* Picture Book */
			{499, 1199, 200, 500, SG_QTY_FEW},	/* Board Book */
			{699, 1999, 200, 700, SG_QTY_FEW},	/* Storybook */
			{499, 1499, 150, 500, SG_QTY_FEW},	/* Activity Book */
		},
		NULL
	},
	{
		CAT_BOO, "Cookbooks",
		{"Cookbook", "Recipe Collection", "Baking Book"},
		1199, 4499, 500, 1600,
		{
			{1499, 4499, 700, 1600, SG_QTY_ONE},	/* Cookbook */
			{1199, 3499, 500, 1200, SG_QTY_ONE},	/* Recipe Collection */
			{1499, 3999, 700, 1500, SG_QTY_ONE},	/* Baking Book */
		},
		"Cookware"
	},
	{
		CAT_BOO, "Business & Self-Help",
		{"Guide", "Handbook", "Workbook", "Playbook"},
		999, 4499, 300, 900,
		{
			{1199, 2999, 300, 900, SG_QTY_FEW},	/* Guide */
			{1499, 4499, 300, 900, SG_QTY_FEW},	/* Handbook */
			{999, 2499, 300, 900, SG_QTY_FEW},	/* Workbook */
			{1499, 3499, 300, 900, SG_QTY_FEW},	/* Playbook */
		},
		NULL
	},
	{
		CAT_BOO, "Science & Nature",
		{"Field Guide", "Atlas", "Reference Book", "Encyclopedia"},
		1199, 7999, 300, 2500,
		{
			{1199, 3499, 300, 800, SG_QTY_FEW},	/* Field Guide */
			{1999, 5999, 800, 2000, SG_QTY_ONE},	/* Atlas */
			{1999, 6999, 600, 2000, SG_QTY_ONE},	/* Reference Book */
			{2499, 7999, 1000, 2500, SG_QTY_ONE},	/* Encyclopedia */
		},
		NULL
	},
	{
		CAT_BOO, "Travel",
		{"Travel Guide", "Phrasebook", "Road Atlas", "Pocket Guide"},
		699, 2999, 150, 1200,
		{
			{1199, 2999, 300, 700, SG_QTY_FEW},	/* Travel Guide */
			{699, 1499, 150, 300, SG_QTY_FEW},	/* Phrasebook */
			{1199, 2999, 500, 1200, SG_QTY_ONE},	/* Road Atlas */
			{799, 1799, 150, 300, SG_QTY_FEW},	/* Pocket Guide */
		},
		NULL
	},

	{
		CAT_GRO, "Coffee & Tea",
		{
			"Coffee Beans", "Ground Coffee", "Tea Sampler", "Loose Leaf Tea",
			"Coffee Pods"
		},
		599, 3999, 50, 1200,
		{
			{799, 2999, 250, 1200, SG_QTY_MANY},	/* Coffee Beans */
			{599, 2199, 250, 1100, SG_QTY_MANY},	/* Ground Coffee */
			{999, 3499, 100, 500, SG_QTY_FEW},	/* Tea Sampler */
			{699, 2999, 50, 500, SG_QTY_MANY},	/* Loose Leaf Tea */
			{799, 3999, 200, 1200, SG_QTY_MANY},	/* Coffee Pods */
		},
		"Breakfast"
	},
	{
		CAT_GRO, "Snacks",
		{
			"Granola Bar Pack", "Trail Mix", "Protein Bar Box",
			"Cracker Pack", "Potato Chips"
		},
		199, 3499, 100, 1200,
		{
			{299, 1199, 150, 600, SG_QTY_MANY},	/* Granola Bar Pack */
			{399, 1499, 200, 1000, SG_QTY_MANY},	/* Trail Mix */
			{1199, 3499, 500, 1200, SG_QTY_MANY},	/* Protein Bar Box */
			{199, 799, 150, 500, SG_QTY_MANY},	/* Cracker Pack */
			{199, 699, 100, 400, SG_QTY_MANY},	/* Potato Chips */
		},
		"Beverages"
	},
	{
		CAT_GRO, "Pantry Staples",
		{"Olive Oil", "Pasta", "Rice", "Spice Set", "Honey", "Pasta Sauce"},
		199, 4999, 300, 5000,
		{
			{699, 3499, 500, 3000, SG_QTY_MANY},	/* Olive Oil */
			{199, 599, 400, 1000, SG_QTY_MANY},	/* Pasta */
			{299, 1999, 900, 5000, SG_QTY_MANY},	/* Rice */
			{1199, 4999, 300, 1500, SG_QTY_FEW},	/* Spice Set */
			{599, 2499, 300, 1200, SG_QTY_MANY},	/* Honey */
			{299, 999, 600, 1000, SG_QTY_MANY},	/* Pasta Sauce */
		},
		NULL
	},
	{
		CAT_GRO, "Breakfast",
		{"Granola", "Oatmeal", "Cereal", "Pancake Mix", "Maple Syrup"},
		299, 2499, 300, 1200,
		{
			{399, 1199, 300, 1000, SG_QTY_MANY},	/* Granola */
			{299, 899, 400, 1200, SG_QTY_MANY},	/* Oatmeal */
			{299, 799, 300, 800, SG_QTY_MANY},	/* Cereal */
			{299, 899, 500, 1200, SG_QTY_MANY},	/* Pancake Mix */
			{699, 2499, 300, 1200, SG_QTY_MANY},	/* Maple Syrup */
		},
		"Coffee & Tea"
	},
	{
		CAT_GRO, "Beverages",
		{
			"Sparkling Water Pack", "Juice", "Cold Brew",
			"Energy Drink Pack", "Kombucha"
		},
		299, 3499, 400, 9000,
		{
			{399, 1499, 3000, 9000, SG_QTY_MANY},	/* Sparkling Water Pack */
			{299, 899, 1000, 2000, SG_QTY_MANY},	/* Juice */
			{399, 1499, 500, 2000, SG_QTY_MANY},	/* Cold Brew */
			{999, 3499, 3000, 7000, SG_QTY_MANY},	/* Energy Drink Pack */
			{299, 699, 400, 600, SG_QTY_MANY},	/* Kombucha */
		},
		"Snacks"
	},

	{
		CAT_GAR, "Power Tools",
		{
			"Cordless Drill", "Circular Saw", "Impact Driver",
			"Orbital Sander", "Jigsaw"
		},
		3499, 29999, 1000, 5000,
		{
			{4999, 29999, 1200, 2500, SG_QTY_ONE},	/* Cordless Drill */
			{5999, 29999, 2500, 5000, SG_QTY_ONE},	/* Circular Saw */
			{5999, 24999, 1000, 2000, SG_QTY_ONE},	/* Impact Driver */
			{3499, 14999, 1200, 2200, SG_QTY_ONE},	/* Orbital Sander */
			{3999, 19999, 1800, 3000, SG_QTY_ONE},	/* Jigsaw */
		},
		"Hand Tools"
	},
	{
		CAT_GAR, "Hand Tools",
		{
			"Hammer", "Screwdriver Set", "Wrench Set", "Utility Knife",
			"Tape Measure", "Plier Set"
		},
		599, 11999, 100, 3500,
		{
			{999, 4999, 400, 1200, SG_QTY_ONE},	/* Hammer */
			{1199, 5999, 300, 1500, SG_QTY_ONE},	/* Screwdriver Set */
			{1999, 11999, 800, 3500, SG_QTY_ONE},	/* Wrench Set */
			{599, 2999, 100, 300, SG_QTY_FEW},	/* Utility Knife */
			{799, 3499, 200, 600, SG_QTY_FEW},	/* Tape Measure */
			{1499, 6999, 400, 1500, SG_QTY_ONE},	/* Plier Set */
		},
		NULL
	},
	{
		CAT_GAR, "Gardening",
		{
			"Pruning Shears", "Garden Hose", "Trowel", "Watering Can",
			"Planter", "Raised Bed"
		},
		599, 29999, 150, 25000,
		{
			{1199, 6999, 200, 500, SG_QTY_ONE},	/* Pruning Shears */
			{1999, 11999, 1500, 6000, SG_QTY_ONE},	/* Garden Hose */
			{599, 2999, 150, 500, SG_QTY_ONE},	/* Trowel */
			{999, 4999, 500, 2000, SG_QTY_ONE},	/* Watering Can */
			{1199, 11999, 500, 8000, SG_QTY_FEW},	/* Planter */
			{4999, 29999, 5000, 25000, SG_QTY_ONE},	/* Raised Bed */
		},
		NULL
	},
	{
		CAT_GAR, "Patio & Outdoor",
		{
			"Patio Chair", "Garden Bench", "Outdoor Rug", "Hammock",
			"Patio Umbrella"
		},
		2999, 49999, 800, 30000,
		{
			{4999, 34999, 4000, 15000, SG_QTY_FEW},	/* Patio Chair */
			{7999, 49999, 8000, 30000, SG_QTY_ONE},	/* Garden Bench */
			{2999, 24999, 1500, 8000, SG_QTY_ONE},	/* Outdoor Rug */
			{2999, 19999, 800, 5000, SG_QTY_ONE},	/* Hammock */
			{3999, 34999, 3000, 12000, SG_QTY_ONE},	/* Patio Umbrella */
		},
		NULL
	},
	{
		CAT_GAR, "Lawn Care",
		{
			"Lawn Mower", "Leaf Blower", "String Trimmer", "Hedge Trimmer",
			"Sprinkler"
		},
		1199, 79999, 300, 40000,
		{
			{14999, 79999, 12000, 40000, SG_QTY_ONE},	/* Lawn Mower */
			{4999, 34999, 1500, 6000, SG_QTY_ONE},	/* Leaf Blower */
			{4999, 29999, 1500, 6000, SG_QTY_ONE},	/* String Trimmer */
			{3999, 24999, 1800, 5000, SG_QTY_ONE},	/* Hedge Trimmer */
			{1199, 6999, 300, 2000, SG_QTY_FEW},	/* Sprinkler */
		},
		"Gardening"
	},

	{
		CAT_OFF, "Notebooks & Paper",
		{"Notebook", "Journal", "Planner", "Legal Pad", "Sticky Note Pack"},
		299, 4499, 100, 1500,
		{
			{299, 2499, 150, 600, SG_QTY_MANY},	/* Notebook */
			{999, 3999, 200, 700, SG_QTY_FEW},	/* Journal */
			{1199, 4499, 300, 800, SG_QTY_ONE},	/* Planner */
			{499, 1999, 300, 1500, SG_QTY_MANY},	/* Legal Pad */
			{399, 1999, 100, 600, SG_QTY_MANY},	/* Sticky Note Pack */
		},
		"Pens & Writing"
	},
	{
		CAT_OFF, "Pens & Writing",
		{
			"Gel Pen Set", "Fountain Pen", "Marker Set", "Highlighter Pack",
			"Pencil Set"
		},
		399, 24999, 30, 600,
		{
			{499, 2499, 50, 300, SG_QTY_MANY},	/* Gel Pen Set */
			{1999, 24999, 30, 150, SG_QTY_ONE},	/* Fountain Pen */
			{799, 3999, 100, 600, SG_QTY_FEW},	/* Marker Set */
			{399, 1499, 50, 200, SG_QTY_MANY},	/* Highlighter Pack */
			{399, 1999, 50, 300, SG_QTY_MANY},	/* Pencil Set */
		},
		"Notebooks & Paper"
	},
	{
		CAT_OFF, "Desk Accessories",
		{
			"Desk Organizer", "Monitor Stand", "Desk Lamp", "Desk Mat",
			"Document Tray"
		},
		999, 14999, 300, 5000,
		{
			{1199, 5999, 400, 2000, SG_QTY_ONE},	/* Desk Organizer */
			{1999, 14999, 1000, 5000, SG_QTY_ONE},	/* Monitor Stand */
			{1999, 14999, 700, 3000, SG_QTY_ONE},	/* Desk Lamp */
			{1199, 4999, 400, 1500, SG_QTY_ONE},	/* Desk Mat */
			{999, 3999, 300, 1500, SG_QTY_FEW},	/* Document Tray */
		},
		NULL
	},
	{
		CAT_OFF, "Office Furniture",
		{"Office Chair", "Standing Desk", "Filing Cabinet", "Bookshelf"},
		5999, 119999, 8000, 45000,
		{
			{9999, 119999, 10000, 25000, SG_QTY_ONE},	/* Office Chair */
			{24999, 119999, 20000, 45000, SG_QTY_ONE},	/* Standing Desk */
			{7999, 39999, 10000, 35000, SG_QTY_ONE},	/* Filing Cabinet */
			{5999, 39999, 8000, 35000, SG_QTY_ONE},	/* Bookshelf */
		},
		"Desk Accessories"
	},
	{
		CAT_OFF, "Printers & Ink",
		{"Printer", "Ink Cartridge", "Toner Cartridge", "Label Maker"},
		1499, 49999, 50, 12000,
		{
			{7999, 49999, 4000, 12000, SG_QTY_ONE},	/* Printer */
			{1499, 7999, 50, 300, SG_QTY_MANY},	/* Ink Cartridge */
			{3999, 19999, 500, 2000, SG_QTY_FEW},	/* Toner Cartridge */
			{2499, 11999, 300, 1000, SG_QTY_ONE},	/* Label Maker */
		},
		"Notebooks & Paper"
	},

	{
		CAT_PET, "Dog Supplies",
		{"Dog Bed", "Leash", "Dog Collar", "Chew Toy", "Dog Harness"},
		499, 19999, 50, 5000,
		{
			{2499, 19999, 1000, 5000, SG_QTY_ONE},	/* Dog Bed */
			{999, 3999, 100, 400, SG_QTY_FEW},	/* Leash */
			{799, 3499, 50, 200, SG_QTY_FEW},	/* Dog Collar */
			{499, 1999, 100, 400, SG_QTY_MANY},	/* Chew Toy */
			{1499, 4999, 150, 500, SG_QTY_ONE},	/* Dog Harness */
		},
		"Pet Food"
	},
	{
		CAT_PET, "Cat Supplies",
		{"Cat Tree", "Scratching Post", "Litter Box", "Cat Toy", "Cat Bed"},
		399, 24999, 50, 20000,
		{
			{3999, 24999, 5000, 20000, SG_QTY_ONE},	/* Cat Tree */
			{1499, 5999, 1000, 4000, SG_QTY_ONE},	/* Scratching Post */
			{1499, 11999, 1000, 5000, SG_QTY_ONE},	/* Litter Box */
			{399, 1999, 50, 300, SG_QTY_MANY},	/* Cat Toy */
			{1499, 5999, 400, 1500, SG_QTY_ONE},	/* Cat Bed */
		},
		"Pet Food"
	},
	{
		CAT_PET, "Pet Food",
		{
			"Dry Dog Food", "Cat Food", "Dog Treats", "Cat Treats",
			"Wet Food Pack"
		},
		299, 8999, 80, 15000,
		{
			{1499, 8999, 2000, 15000, SG_QTY_MANY},	/* Dry Dog Food */
			{999, 5999, 1000, 8000, SG_QTY_MANY},	/* Cat Food */
			{499, 2499, 200, 1200, SG_QTY_MANY},	/* Dog Treats */
			{299, 1499, 80, 500, SG_QTY_MANY},	/* Cat Treats */
			{1199, 4499, 1500, 5000, SG_QTY_MANY},	/* Wet Food Pack */
		},
		NULL
	},
	{
		CAT_PET, "Aquarium",
		{"Aquarium Kit", "Fish Tank", "Aquarium Filter", "Aquarium Heater"},
		1199, 39999, 150, 25000,
		{
			{3999, 29999, 3000, 20000, SG_QTY_ONE},	/* Aquarium Kit */
			{2999, 39999, 3000, 25000, SG_QTY_ONE},	/* Fish Tank */
			{1499, 11999, 300, 2000, SG_QTY_FEW},	/* Aquarium Filter */
			{1199, 5999, 150, 500, SG_QTY_FEW},	/* Aquarium Heater */
		},
		NULL
	},
	{
		CAT_PET, "Pet Grooming",
		{"Pet Shampoo", "Grooming Brush", "Nail Clipper", "Deshedding Tool"},
		599, 4999, 80, 800,
		{
			{599, 2499, 250, 800, SG_QTY_MANY},	/* Pet Shampoo */
			{799, 3499, 100, 300, SG_QTY_FEW},	/* Grooming Brush */
			{599, 2499, 80, 200, SG_QTY_FEW},	/* Nail Clipper */
			{1199, 4999, 150, 400, SG_QTY_FEW},	/* Deshedding Tool */
		},
		"Pet Food"
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
