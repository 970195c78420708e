/*-------------------------------------------------------------------------
 *
 * world.h
 *	  The shared recomputation of synthgen's world: scenario parameters and
 *	  the master entities (customers, suppliers, products, campaigns) as
 *	  pure functions of (scenario, seed, counts, entity number).
 *
 * No table reads another: a generator that needs customer 17's sign-up
 * time or product 3's price calls the same function the customers or
 * products generator calls, with the same arguments, and gets the same
 * answer.  Instants are int64 microseconds since 2000-01-01 00:00 UTC
 * (PostgreSQL's TimestampTz); money is int64 cents.  No PostgreSQL
 * headers.
 *
 *-------------------------------------------------------------------------
 */
#ifndef SYNTHGEN_WORLD_H
#define SYNTHGEN_WORLD_H

#include <stdbool.h>
#include <stdint.h>

#include "people.h"
#include "rng.h"
#include "words.h"

/*
 * Bumped whenever generated output changes on purpose (streams, word lists,
 * formulas); reported by synthgen.version() and guarded by the golden
 * digests of the regression suite.
 */
#define SG_ALGORITHM_VERSION 2

#define SG_USECS_PER_SEC	INT64_C(1000000)
#define SG_USECS_PER_HOUR	(INT64_C(3600) * SG_USECS_PER_SEC)
#define SG_USECS_PER_DAY	(INT64_C(24) * SG_USECS_PER_HOUR)

/* Caps on counts; the catalog's CHECK constraints use the same numbers. */
#define SG_MAX_CUSTOMERS	INT64_C(1000000000)
#define SG_MAX_PRODUCTS		10000000
#define SG_MAX_SUPPLIERS	1000000
#define SG_MAX_PARTS		65536
#define SG_MAX_HOURS		(24 * 366 * 10)	/* ten years */

/* products: ranks up to 2^SG_RANK_OCTAVES - 1 >= SG_MAX_PRODUCTS */
#define SG_RANK_OCTAVES		24
#define SG_MAX_SUBCATEGORIES 80

/* One row of synthgen.scenarios, in integer units. */
typedef struct SgScenario
{
	char		name[64];
	uint64_t	seed;
	int32_t		orders_per_day;
	int64_t		customers;
	int32_t		products;
	int32_t		suppliers;
	int32_t		campaigns_per_month;
	int64_t		signups_from;	/* µs since 2000-01-01 UTC */
	int64_t		signups_until;
	int32_t		utc_offset_hours;
	int32_t		diurnal[24];
	int32_t		weekly[7];		/* Monday first */
	/* events as processes in absolute time (schedule.c); 0 = none */
	int32_t		flash_every_days;
	int32_t		flash_start_hour;	/* local */
	int32_t		flash_hours;
	int32_t		flash_multiplier_pct;	/* 500 = x5.00 */
	int32_t		flash_discount_bp;	/* basis points: 4000 = 40.00% */
	int32_t		flash_category; /* index into sg_categories, -1 = all */
	int32_t		holiday_multiplier_pct; /* 100 = no holiday peaks */
	int32_t		holiday_discount_bp;
	int32_t		outage_every_days;
	int32_t		outage_minutes_min;
	int32_t		outage_minutes_max;
	int32_t		outage_multiplier_pct;	/* orders during an outage, 10 = x0.10 */
	int32_t		disruption_every_days;
	int32_t		disruption_days_min;
	int32_t		disruption_days_max;
	int32_t		cancel_rate_bp;
	int32_t		return_rate_bp;
	int32_t		ticket_rate_bp;
	int32_t		abandon_rate_bp;
} SgScenario;

/*
 * Per-call state: everything derived once from the arguments.  Building it
 * costs O(size of the word lists); nothing in it grows with the counts.
 */
/*
 * Customers' propensity classes (world.c, docs/design.md "Customers who
 * behave like customers"): every block of SG_CLASS_BLOCK consecutive ids
 * holds each class's fixed number of slots, rotated per block.
 */
#define SG_CLASS_BLOCK 100
typedef enum SgCustomerClass
{
	SG_CLASS_DORMANT,			/* an account that almost never buys */
	SG_CLASS_OCCASIONAL,
	SG_CLASS_REGULAR,
	SG_CLASS_LOYAL,
	SG_CLASS_VIP,
	SG_N_CLASSES
} SgCustomerClass;

/* how a customer weighs price (world.c, sg_customer_price_sensitivity) */
typedef enum SgPriceSensitivity
{
	SG_PRICE_LOW,				/* buys the better one */
	SG_PRICE_MID,
	SG_PRICE_HIGH,				/* a deal hunter */
} SgPriceSensitivity;

typedef struct SgWorld
{
	const SgScenario *sc;
	uint64_t	seed;
	int64_t		ncustomers;
	int32_t		nproducts;
	int32_t		nsuppliers;

	SgPerm		email_perm;		/* customer -> unique e-mail number */
	SgPerm		sku_perm;		/* product -> unique SKU number */
	SgPerm		rank_perm;		/* product -> popularity rank - 1 */
	SgPerm		supplier_perm;	/* supplier -> name combination */
	uint64_t	email_key;		/* the rotations of people.c's levels */
	bool		reserved_email; /* synthgen.email_domains = reserved */

	uint32_t	category_cum[32];
	uint32_t	kind_cum[16];
	uint32_t	channel_cum[16];
	uint32_t	supplier_country_cum[32];
	SgPicker	category_pick;
	SgPicker	channel_pick;
	SgPicker	kind_pick;
	int			subcat_first[32];	/* first subcategory of each category */
	int			subcat_count[32];
	int16_t		brand_of[32][64];	/* the brands of each category */
	int			brand_count[32];

	/* customers' classes: slot -> class, class -> its slots, pick weights */
	int8_t		class_of_slot[SG_CLASS_BLOCK];
	int8_t		class_slots[SG_N_CLASSES][SG_CLASS_BLOCK];
	int			class_nslots[SG_N_CLASSES];
	uint32_t	class_cum[SG_N_CLASSES];
	int			class_segment[SG_N_CLASSES];	/* consumers' segment */
	/*
	 * Products' popularity tiers (world.c, "products"): rank octave j
	 * holds ranks [2^j, 2^(j+1)); its positions are shuffled by
	 * octave_perm[j] into slots, and slots
	 * [octave_start[j][s], octave_start[j][s + 1]) are subcategory s's.
	 */
	int			noctaves;
	SgPerm		octave_perm[SG_RANK_OCTAVES];
	int32_t		octave_start[SG_RANK_OCTAVES][SG_MAX_SUBCATEGORIES + 1];
	int32_t		octave_tilt[SG_RANK_OCTAVES];	/* Q8 */
	int32_t		noun_log_demand[SG_MAX_SUBCATEGORIES][SG_MAX_NOUNS];	/* log2, Q16, <= 0 */
	int32_t		noun_log_ratio[SG_MAX_SUBCATEGORIES][SG_MAX_NOUNS];	/* log2(max / min) */
	uint64_t	exp2_frac[256]; /* 2^(i / 256), Q30 */
	uint32_t	noun_share[SG_MAX_SUBCATEGORIES][SG_MAX_NOUNS]; /* of the catalog */
	int16_t		complement_of[SG_MAX_SUBCATEGORIES];	/* -1: none */
	int32_t		subcat_products[SG_MAX_SUBCATEGORIES];
	uint64_t	subcat_units[SG_MAX_SUBCATEGORIES]; /* expected units, relative */
} SgWorld;

typedef struct SgCustomer
{
	int64_t		id;
	int			pool;			/* into sg_name_pools */
	int			first_name_index;	/* into the pool's given names */
	int			last_name_index;	/* into the pool's surnames */
	int			city_index;		/* into sg_cities */
	int			segment_index;	/* into sg_segments */
	int			class_index;	/* SgCustomerClass */
	bool		marketing_opt_in;
	int64_t		created_at;
	int			email_len;
	int			phone_len;
	int			address_len;
	int			postal_len;
	char		email[SG_EMAIL_CAP];
	char		phone[40];
	char		address[96];
	char		postal[24];
} SgCustomer;

typedef struct SgSupplier
{
	int32_t		id;
	const char *country;
	int32_t		lead_time_days;
	int32_t		reliability_milli;	/* 700..999 = 0.700..0.999 */
	int			name_len;
	int			email_len;
	char		name[96];
	char		email[128];
} SgSupplier;

typedef struct SgProduct
{
	int32_t		id;
	const SgSubcategory *subcategory;
	const char *category;
	int32_t		supplier_id;
	int64_t		unit_cost;		/* cents */
	int64_t		list_price;		/* cents, > unit_cost */
	int32_t		weight_g;
	int32_t		stock_qty;		/* restock level: units on hand right after
								 * a restock (never 0; see world.c) */
	int32_t		popularity_rank;	/* 1 = best seller */
	int64_t		created_at;
	int			sku_len;
	int			name_len;
	char		sku[32];
	char		name[128];
} SgProduct;

/* The part of a product that orders need: no strings. */
typedef struct SgProductCore
{
	int16_t		category;		/* index into sg_categories */
	int16_t		subcategory;	/* index into sg_subcategories */
	int16_t		brand;			/* index into sg_brands */
	int16_t		adjective;		/* into the category's adjectives */
	int16_t		noun;
	int32_t		supplier_id;
	int32_t		weight_g;
	int64_t		list_price;		/* cents */
	int64_t		unit_cost;		/* cents */
	int16_t		qty_class;		/* SgQtyClass of the noun */
	int16_t		complement_subcategory; /* into sg_subcategories, -1 = none */
} SgProductCore;

/*
 * Stock in absolute time: each product has at most one episode per
 * SG_STOCK_PERIOD_DAYS-day period counted from 2000-01-01 UTC, a few days
 * of low stock and then a few of none; the answer at an instant is a pure
 * function of (world, product, instant).
 */
#define SG_STOCK_PERIOD_DAYS 28

typedef enum SgStockState
{
	SG_STOCK_IN,
	SG_STOCK_LOW,				/* running out: the days before an out episode */
	SG_STOCK_OUT
} SgStockState;

/* a regular campaign's lift: x1000 of demand per percent off (sitewide) */
#define SG_LIFT_PER_DISCOUNT_PCT 20

typedef struct SgCampaign
{
	int32_t		id;
	const char *name;
	const char *kind;
	const char *channel;
	int64_t		starts_at;
	int64_t		ends_at;
	int32_t		discount_bp;	/* basis points of list price */
	int32_t		category;		/* index into sg_categories, -1 = all */
	int32_t		lift_milli;		/* extra demand while it runs, x1000; 0 for events */
	int32_t		order_channel;	/* events.c: its extra orders' channel, -1 none */
} SgCampaign;

extern void sg_world_init(SgWorld *w, const SgScenario *sc, uint64_t seed,
						  int64_t ncustomers, int32_t nproducts, int32_t nsuppliers);

extern void sg_customer_get(const SgWorld *w, int64_t id, SgCustomer *c);
extern int64_t sg_customer_created_at(const SgWorld *w, int64_t id);
/* customers who exist at t: the largest id whose created_at <= t, O(1) */
extern int64_t sg_customers_at(const SgWorld *w, int64_t t);
extern SgCustomerClass sg_customer_class(const SgWorld *w, int64_t id);
extern SgPriceSensitivity sg_customer_price_sensitivity(const SgWorld *w, int64_t id);
extern bool sg_customer_business(const SgWorld *w, int64_t id);
/* a customer among ids 1..limit, by propensity; 0 when limit is 0 */
extern int64_t sg_customer_pick(const SgWorld *w, int64_t limit, SgRng *r);
extern int64_t sg_customer_pick_cached(const SgWorld *w, int64_t limit, SgRng *r,
									   uint8_t *rotations);
/* the customer's time zone (SgZone, localtime.h) and UTC offset at t in minutes */
extern int	sg_customer_zone(const SgWorld *w, int64_t id);
extern int	sg_customer_traits(const SgWorld *w, int64_t id, bool *business);
extern int32_t sg_customer_utc_offset_min(const SgWorld *w, int64_t customer_id, int64_t t);
extern void sg_supplier_get(const SgWorld *w, int32_t id, SgSupplier *s);
extern void sg_product_core(const SgWorld *w, int32_t id, SgProductCore *pc, SgRng *r);
extern void sg_product_get(const SgWorld *w, int32_t id, SgProduct *p);
extern int32_t sg_product_by_rank(const SgWorld *w, int32_t rank);

/*
 * Products for baskets, O(1) (world.c, "products"): a popular product of a
 * subcategory (a complement: SgProductCore.complement_subcategory) or of a
 * category (a category campaign), drawn from r; 0 when the catalog has
 * none of it (small catalogs: sg_subcategory_products() says how many).
 * cache: NULL, or the caller's [products + 1] zeros the draws fill in.
 */
extern int32_t sg_product_in_subcategory(const SgWorld *w, int32_t subcategory, SgRng *r,
										 int32_t *cache);
extern int32_t sg_product_in_category(const SgWorld *w, int32_t category, SgRng *r,
									  int32_t *cache);
extern int32_t sg_subcategory_products(const SgWorld *w, int32_t subcategory);

/*
 * Stock at instant t: the state, and in *until when it may change next
 * (for SG_STOCK_OUT the restock instant); sg_product_out_of_stock() is
 * true when out, with *back_at the restock.  Pure functions of (world,
 * product, t), O(1).  A supply disruption of the product's supplier
 * (schedule.c) is an out episode from its start to its end;
 * sg_product_restock_out() leaves disruptions out (for callers that
 * know the window's disruptions already, events.c).
 */
extern SgStockState sg_product_stock_at(const SgWorld *w, int32_t product_id, int64_t t,
										int64_t *until);
extern bool sg_product_out_of_stock(const SgWorld *w, int32_t product_id, int64_t t,
									int64_t *back_at);
extern bool sg_product_restock_out(const SgWorld *w, int32_t product_id, int64_t t,
								   int64_t *back_at);

/* the stock period of instant t */
static inline int64_t
sg_stock_period(int64_t t)
{
	int64_t		len = (int64_t) SG_STOCK_PERIOD_DAYS * SG_USECS_PER_DAY;

	return t / len - (t % len < 0);
}
extern void sg_product_stock_out(const SgWorld *w, int32_t product_id, int64_t period,
								 int64_t *out_at, int64_t *back_at);

/*
 * The campaigns running at some instant of [from, to), ordered by id: at
 * most sg_campaigns_max(w, from, to) of them.  Regular campaigns are keyed
 * by calendar month, event campaigns (flash sales, holidays) come from the
 * schedule (schedule.c); a campaign's id and columns never depend on the
 * interval asked for.
 */
extern int64_t sg_campaigns_max(const SgWorld *w, int64_t from, int64_t to);
extern int32_t sg_campaigns_between(const SgWorld *w, int64_t from, int64_t to,
									SgCampaign *out);
/* the longest a campaign runs: older ones cannot reach an instant */
/* regular campaign slot (1..campaigns_per_month) of month month_index */
extern void sg_regular_campaign(const SgWorld *w, int32_t month_index, int32_t slot, SgCampaign *c);
/* the months whose regular campaigns can run in [from, to) */
extern void sg_campaign_months(const SgWorld *w, int64_t from, int64_t to, int32_t *first, int32_t *last);
#define SG_CAMPAIGN_MAX_USECS	(INT64_C(15) * SG_USECS_PER_DAY)

/* First and last+1 entity number of a part: balanced, ordered, exact union. */
extern void sg_slice(int64_t total, int32_t part, int32_t parts,
					 int64_t *first, int64_t *end);

#endif							/* SYNTHGEN_WORLD_H */
