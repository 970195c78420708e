/*-------------------------------------------------------------------------
 *
 * words.h
 *	  Word lists compiled into synthgen: people and places (name pools,
 *	  locales, streets, mail providers, cities with their postal-code
 *	  ranges and telephone patterns: src/words_people.c), countries,
 *	  supplier names, the product taxonomy with its brands and the
 *	  campaign vocabulary (src/words.c).
 *
 * These are data, not code paths: generators index into them with values
 * drawn from their PCG streams.  Every string is plain ASCII so that the
 * output is valid in any server encoding and can be used in e-mail
 * addresses without transliteration.  Changing any list (its order, its
 * length or its weights) changes generated output: bump SG_ALGORITHM_VERSION.
 *
 * This header does not include PostgreSQL headers, so the lists can be
 * checked by the unit tests on their own (test/unit/test_words.c).
 *
 *-------------------------------------------------------------------------
 */
#ifndef SYNTHGEN_WORDS_H
#define SYNTHGEN_WORDS_H

#include <stdbool.h>
#include <stdint.h>

/* A weighted word (email domains, segments, channels ...). */
typedef struct SgWeighted
{
	const char *word;
	int32_t		weight;			/* relative weight, > 0 */
} SgWeighted;

/* ---------------------------------------------------------------------- */
/* people */

/*
 * The given names and surnames of one population (a country, or a
 * community within countries), most frequent first.  Names are one word
 * or several ("van der Berg", "Le Gall"), letters with inner spaces,
 * hyphens or apostrophes; given names have no space.  Within a pool no
 * two names of a kind have the same slug (lower-case letters only), so a
 * slug names one name of the pool.
 */
typedef struct SgNamePool
{
	const char *code;			/* "en-US", "hispanic", "de" ... */
	const char *lang;			/* the names' language: pools of different
								 * languages share few names (test_words) */
	const char *const *first;
	int32_t		nfirst;
	const char *const *last;
	int32_t		nlast;
} SgNamePool;

#define SG_MAX_LOCALE_POOLS 8

/* One pool's share of a locale's customers. */
typedef struct SgPoolShare
{
	int16_t		pool;			/* index into sg_name_pools */
	int16_t		weight;			/* percent of the locale; 0 ends the list */
	bool		native;			/* the country's own population (see below) */
} SgPoolShare;

/* How a locale writes an address line (people.c builds them). */
typedef enum SgAddressStyle
{
	SG_ADDR_US,					/* 1234 Maple Street, Apt 5 */
	SG_ADDR_GB,					/* Flat 3, 12 Church Road */
	SG_ADDR_AU,					/* 4/12 Beach Road */
	SG_ADDR_FR,					/* 12 bis rue de la Paix */
	SG_ADDR_FR_CA,				/* 1234 rue Saint-Denis, app. 5 */
	SG_ADDR_DE,					/* Goethestrasse 12a */
	SG_ADDR_AT,					/* Hauptstrasse 12/4 */
	SG_ADDR_NL,					/* Kerkstraat 12-A */
	SG_ADDR_BE_NL,				/* Kerkstraat 12 bus 3 */
	SG_ADDR_BE_FR,				/* Rue de la Station 12 bte 2 */
	SG_ADDR_CH_FR,				/* Rue du Lac 12 */
	SG_ADDR_ES,					/* Calle Mayor, 12, 3-B */
	SG_ADDR_IT,					/* Via Roma 12/A */
	SG_ADDR_SE,					/* Storgatan 12, lgh 1102 */
	SG_N_ADDRESS_STYLES
} SgAddressStyle;

/*
 * Where a city's customers come from and how they write their address:
 * the pools their names are drawn from (native ones are the country's
 * own population; the others are the documented share of foreign-born
 * customers, a few percent), the street vocabulary and the address
 * format.
 */
typedef struct SgLocale
{
	const char *code;			/* "fr-CA" */
	const char *country;		/* ISO 3166-1 alpha-2 */
	SgAddressStyle address;
	int32_t		streets;		/* index into sg_street_vocabs */
	SgPoolShare pools[SG_MAX_LOCALE_POOLS]; /* weights sum to 100 */
} SgLocale;

/*
 * A street vocabulary: names (or stems, for languages that write the
 * street as one word: "Goethe" + "strasse") and weighted types
 * ("Street", "rue", "strasse").  How they combine is the address
 * style's business.
 */
typedef struct SgStreets
{
	const char *code;
	const char *const *names;
	int32_t		nnames;
	const SgWeighted *types;
	int32_t		ntypes;
} SgStreets;

/*
 * A city: where customers live.  postal lists the city's postal codes as
 * space-separated items, each a code ("75116", "EC1A", "M4C") or a range
 * of codes with the same letters ("75001-75020", "SW2-SW20", "D01-D18";
 * the first code's digits give the width); the country's postal format
 * (SgPostalFormat) completes each into a full code.  phone is one or more
 * landline patterns separated by '|': '#' is a digit, 'N' a digit 2-9,
 * 'E' a North American central office code (three digits, see people.c),
 * anything else literal.  zone is the city's IANA time zone (its UTC
 * offset at an instant: localtime.c).
 */
typedef struct SgCity
{
	const char *city;
	const char *region;			/* state / province / county / region */
	const char *country;		/* ISO 3166-1 alpha-2, e.g. "US" */
	int32_t		locale;			/* index into sg_locales */
	const char *postal;
	const char *phone;
	int32_t		weight;			/* relative share of customers, 1..100 */
	int16_t		zone;			/* its time zone: SgZone (localtime.h) */
} SgCity;

/* How a country's postal code is written, given a city's code item. */
typedef enum SgPostalFormat
{
	SG_POSTAL_NONE,				/* no customers there */
	SG_POSTAL_PLAIN,			/* the item is the code: 75001, 1010 */
	SG_POSTAL_US,				/* five-digit ZIP code */
	SG_POSTAL_CA,				/* FSA + " " + digit letter digit */
	SG_POSTAL_GB,				/* outward + " " + digit + two letters */
	SG_POSTAL_IE,				/* routing key + " " + four characters */
	SG_POSTAL_NL,				/* four digits + " " + two letters */
	SG_POSTAL_SE				/* five digits written "### ##" */
} SgPostalFormat;

/* Telephone, mail and company conventions of a country. */
typedef struct SgCountry
{
	const char *code;			/* ISO 3166-1 alpha-2 */
	const char *name;
	const char *tld;			/* company e-mail domains: ".de", ".co.uk" */
	SgPostalFormat postal;
	const char *mobile;			/* mobile number patterns, '|'-separated;
								 * NULL: mobiles share the landline plan */
	int32_t		mobile_pct;		/* share of customers giving a mobile */
	const SgWeighted *domains;	/* consumer mail providers; NULL: none */
	int32_t		ndomains;
	const char *company_lang;	/* trades of business customers' companies */
	int32_t		company_pool;	/* surnames their companies are named after */
	int32_t		supplier_weight;	/* share of suppliers */
	const char *supplier_lang;	/* activity words of supplier names */
	const char *const *legal_forms; /* NULL-terminated, most common first */
	const char *const *supplier_towns;	/* optional town prefix, or NULL */
} SgCountry;

/* The trades business customers' companies are named after ("bau"). */
typedef struct SgTrades
{
	const char *lang;
	const char *const *words;	/* lower-case letters */
	int32_t		nwords;
} SgTrades;

extern const SgNamePool sg_name_pools[];
extern const int sg_n_name_pools;
extern const SgLocale sg_locales[];
extern const int sg_n_locales;
extern const SgStreets sg_street_vocabs[];
extern const int sg_n_street_vocabs;
extern const SgTrades sg_trades[];
extern const int sg_n_trades;

extern const SgCity sg_cities[];
extern const int sg_n_cities;
extern const SgCountry sg_countries[];
extern const int sg_n_countries;

/* RFC 2606's reserved domains, for synthgen.email_domains = reserved */
extern const SgWeighted sg_reserved_domains[];
extern const int sg_n_reserved_domains;

extern const SgWeighted sg_segments[];
extern const int sg_n_segments;

/* ---------------------------------------------------------------------- */
/* suppliers */

/*
 * Supplier names: [town] + prefix core + [activity] + legal form
 * ("Northwind Handels GmbH", "Shenzhen Silverbrook Electronics Co.,
 * Ltd.").  Activity words come in parallel lists, one per language, all
 * SG_N_ACTIVITIES long; entry 0 is empty (no activity word).  A word at
 * index i of one list never equals a word at another index of any list,
 * so (prefix, core, activity index) names one supplier whatever its
 * country.
 */
#define SG_N_ACTIVITIES 8

typedef struct SgActivities
{
	const char *lang;
	const char *words[SG_N_ACTIVITIES];
} SgActivities;

extern const char *const sg_supplier_prefixes[];
extern const int sg_n_supplier_prefixes;
extern const char *const sg_supplier_cores[];
extern const int sg_n_supplier_cores;
extern const SgActivities sg_supplier_activities[];
extern const int sg_n_supplier_activities;

/* ---------------------------------------------------------------------- */
/* products */

typedef struct SgCategory
{
	const char *name;			/* "Electronics" */
	const char *code;			/* 3 upper-case letters, unique: "ELE" */
	int32_t		weight;			/* relative share of the catalog, > 0 */
	const char *const *adjectives;	/* fit every noun of the category */
	int32_t		nadjectives;
	int32_t		demand;			/* how much the category sells per product,
								 * 100 = average (groceries more, garden
								 * tools less): see world.c's popularity */
} SgCategory;

#define SG_MAX_NOUNS 6

/*
 * How many units of a product an order line takes (the order generator
 * turns the class into a quantity law): big-ticket items one at a time
 * (say 97 % one), most things one or two (85 % one, few above three),
 * consumables in multiples (about half one, a long tail to six and more,
 * packs of 12 now and then).
 */
typedef enum SgQtyClass
{
	SG_QTY_ONE,					/* TVs, furniture, laptops, shoes */
	SG_QTY_FEW,					/* most things: one, sometimes two */
	SG_QTY_MANY					/* groceries, pet food, socks, ink, soap */
} SgQtyClass;

/*
 * What one kind of product costs and weighs: a lawn mower costs what a
 * lawn mower costs, whatever else its subcategory sells.  Prices are list
 * prices in cents (min < max); world.c draws inside the band.
 */
typedef struct SgNounBand
{
	int32_t		price_min;
	int32_t		price_max;
	int32_t		weight_min;		/* shipping weight in grams, min < max */
	int32_t		weight_max;
	SgQtyClass	qty;
} SgNounBand;

/*
 * A subcategory: its nouns and, in bands[k], noun k's price and weight
 * bands (a parallel array, so the nouns stay a plain list of words).  The
 * subcategory's own bands are the envelope of its nouns' bands
 * (test/unit/test_products.c checks it).  complement names the
 * subcategory a buyer adds to the basket now and then (a camera, then a
 * charger), or is NULL; world.c resolves it to an index.
 */
typedef struct SgSubcategory
{
	int32_t		category;		/* index into sg_categories */
	const char *name;			/* "Headphones" */
	const char *nouns[SG_MAX_NOUNS];	/* product nouns, NULL-padded, >= 2 */
	int32_t		price_min;		/* envelope of the nouns' price bands */
	int32_t		price_max;
	int32_t		weight_min;		/* envelope of the nouns' weight bands */
	int32_t		weight_max;
	SgNounBand	bands[SG_MAX_NOUNS];
	const char *complement;		/* another subcategory's name, or NULL */
} SgSubcategory;

/* A brand and the one or two categories it makes products in. */
typedef struct SgBrand
{
	const char *name;
	uint32_t	categories;		/* bit c: sg_categories[c]; one or two bits */
} SgBrand;

/*
 * A campaign theme: its kind, the days of the year it may start on
 * (month-day, inclusive, wrapping over New Year when from > until) and
 * the categories it may promote (bit c: sg_categories[c]; 0: any, or the
 * whole catalog).
 */
typedef struct SgCampaignTheme
{
	const char *name;			/* "Spring Refresh" */
	const char *kind;			/* one of sg_campaign_kinds' words */
	int16_t		from;			/* first start day, month * 100 + day: 301 */
	int16_t		until;			/* last start day: 531 */
	uint32_t	categories;
} SgCampaignTheme;

extern const SgCategory sg_categories[];
extern const int sg_n_categories;
extern const SgSubcategory sg_subcategories[];
extern const int sg_n_subcategories;
extern const SgBrand sg_brands[];
extern const int sg_n_brands;

extern const SgCampaignTheme sg_campaign_themes[];
extern const int sg_n_campaign_themes;
extern const SgWeighted sg_campaign_kinds[];
extern const int sg_n_campaign_kinds;
extern const SgWeighted sg_campaign_channels[];
extern const int sg_n_campaign_channels;

#endif							/* SYNTHGEN_WORDS_H */
