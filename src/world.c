/*-------------------------------------------------------------------------
 *
 * world.c
 *	  Master entities as pure functions of (scenario, seed, counts, id).
 *
 * The determinism contract, written down once.  Each entity draws from its
 * own PCG stream sg_rng_stream(seed, tag, id), in this order:
 *
 *	customer  (SG_STREAM_CUSTOMER, customer_id):
 *		city (given the cell its unique number decoded, people.c), the
 *		given name behind an initial (for "jsmith" addresses only), the
 *		segment (consumers only: business customers are those with company
 *		mail), opt-in, the address line's draws (unit, house number, street
 *		type and name, unit number, as the city's address style consumes
 *		them), the telephone's (mobile or landline, the pattern, its
 *		digits), the postal code's (the code of the city, then its drawn
 *		letters and digits); the sign-up jitter comes from
 *		sg_rng_key(seed, SG_STREAM_SIGNUP, customer_id).  Name pool, given
 *		name (or its initial), surname, business or consumer, e-mail style
 *		and domain are decoded from the customer's unique number,
 *		sg_perm_apply(email_perm, customer_id - 1), with the rotations keyed
 *		by sg_rng_key(seed, SG_STREAM_PERM_EMAIL, 1) (people.c); the domain
 *		level reads synthgen.email_domains, nothing else does
 *	supplier  (SG_STREAM_SUPPLIER, supplier_id):
 *		country, legal form, town (countries with town prefixes only),
 *		mailbox, lead time, reliability; the name's prefix, core and
 *		activity come from supplier_perm
 *	product   (SG_STREAM_PRODUCT, product_id):
 *		noun (weighted by its octave's tilt), brand (among the category's),
 *		adjective (the category's), supplier, price (three uniforms, then
 *		the ending), margin, weight, restock level, creation jitter; the
 *		subcategory (and so the category) comes from the popularity rank,
 *		sg_perm_apply(rank_perm, product_id - 1), and the octave tables
 *		keyed by sg_rng_key(seed, SG_STREAM_PERM_RANK, 1 + octave) and
 *		(..., 1000 + octave); stock episodes from the stream
 *		(SG_STREAM_PRODUCT, (period + 2^24) << 32 | product_id) and the
 *		proneness key (SG_STREAM_PRODUCT, 2^60 | product_id)
 *	campaign  (SG_STREAM_CAMPAIGN, campaign_id): regular campaigns only,
 *		kind, duration, theme (fits the month), start day (inside the
 *		theme's days of that month), start hour, channel, discount,
 *		has-category (themes for any category), category (among the
 *		theme's); campaign_id = month since 1970-01 * 2048 + slot
 *		(schedule.h), so a month's campaigns are the same in every window;
 *		flash-sale and holiday campaigns come from the schedule
 *
 * Unique columns are unique by construction, never by retrying: e-mail
 * addresses (people.c), SKU numbers, supplier name combinations and
 * popularity ranks are keyed permutations (sg_perm) of the entity
 * numbers, or decoded from them.
 *
 *-------------------------------------------------------------------------
 */
#include <stdlib.h>
#include <string.h>

#include "localtime.h"
#include "schedule.h"
#include "world.h"

#define PRODUCT_HISTORY_USECS (INT64_C(180) * SG_USECS_PER_DAY)
#define JITTER_BITS 20
#define LENGTHOF(a) ((uint32_t) (sizeof(a) / sizeof((a)[0])))

static void classes_init(SgWorld *w);
static void products_init(SgWorld *w);

static const char *const supplier_mailboxes[] = {
	"orders", "sales", "wholesale", "procurement", "info", "trade"
};

/* ---------------------------------------------------------------------- */
/* small string builders: fixed buffers, no allocation, ASCII only */

static inline int
put_str(char *buf, int pos, int cap, const char *s)
{
	while (*s && pos < cap - 1)
		buf[pos++] = *s++;
	buf[pos] = '\0';
	return pos;
}

static inline int
put_uint(char *buf, int pos, int cap, uint64_t v, int min_digits)
{
	char		tmp[24];
	int			n = 0;

	do
	{
		tmp[n++] = (char) ('0' + v % 10);
		v /= 10;
	} while (v != 0);
	while (n < min_digits)
		tmp[n++] = '0';
	while (n > 0 && pos < cap - 1)
		buf[pos++] = tmp[--n];
	buf[pos] = '\0';
	return pos;
}

/* ---------------------------------------------------------------------- */

static void
build_cum(uint32_t *cum, int cap, const SgWeighted *words, int n)
{
	uint32_t	total = 0;
	int			i;

	for (i = 0; i < n && i < cap; i++)
	{
		total += (uint32_t) words[i].weight;
		cum[i] = total;
	}
}

void
sg_world_init(SgWorld *w, const SgScenario *sc, uint64_t seed,
			  int64_t ncustomers, int32_t nproducts, int32_t nsuppliers)
{
	uint32_t	total;
	int			i;

	memset(w, 0, sizeof(*w));
	w->sc = sc;
	w->seed = seed;
	w->ncustomers = ncustomers;
	w->nproducts = nproducts;
	w->nsuppliers = nsuppliers;

	sg_perm_init(&w->email_perm, (uint64_t) ncustomers,
				 sg_rng_key(seed, SG_STREAM_PERM_EMAIL, 0));
	sg_perm_init(&w->sku_perm, (uint64_t) nproducts,
				 sg_rng_key(seed, SG_STREAM_PERM_SKU, 0));
	sg_perm_init(&w->rank_perm, (uint64_t) nproducts,
				 sg_rng_key(seed, SG_STREAM_PERM_RANK, 0));

	sg_perm_init(&w->supplier_perm, (uint64_t) sg_n_supplier_prefixes *
				 sg_n_supplier_cores * SG_N_ACTIVITIES,
				 sg_rng_key(seed, SG_STREAM_SUPPLIER, 0));
	w->email_key = sg_rng_key(seed, SG_STREAM_PERM_EMAIL, 1);
	sg_people_init();
	classes_init(w);

	build_cum(w->kind_cum, 16, sg_campaign_kinds, sg_n_campaign_kinds);
	build_cum(w->channel_cum, 16, sg_campaign_channels, sg_n_campaign_channels);
	sg_pick_init(&w->channel_pick, w->channel_cum, sg_n_campaign_channels);
	sg_pick_init(&w->kind_pick, w->kind_cum, sg_n_campaign_kinds);

	total = 0;
	for (i = 0; i < sg_n_countries && i < 32; i++)
	{
		total += (uint32_t) sg_countries[i].supplier_weight;
		w->supplier_country_cum[i] = total;
	}

	for (i = 0; i < sg_n_brands; i++)
	{
		int			c;

		for (c = 0; c < sg_n_categories && c < 32; c++)
			if ((sg_brands[i].categories & (1u << c)) && w->brand_count[c] < 64)
				w->brand_of[c][w->brand_count[c]++] = (int16_t) i;
	}

	total = 0;
	for (i = 0; i < sg_n_categories && i < 32; i++)
	{
		total += (uint32_t) sg_categories[i].weight;
		w->category_cum[i] = total;
		w->subcat_first[i] = -1;
	}
	sg_pick_init(&w->category_pick, w->category_cum, sg_n_categories);
	for (i = 0; i < sg_n_subcategories; i++)
	{
		int			c = sg_subcategories[i].category;

		if (w->subcat_first[c] < 0)
			w->subcat_first[c] = i;
		w->subcat_count[c]++;
	}
	products_init(w);
}

void
sg_slice(int64_t total, int32_t part, int32_t parts, int64_t *first, int64_t *end)
{
	*first = (int64_t) (((__int128) total * part) / parts);
	*end = (int64_t) (((__int128) total * (part + 1)) / parts);
}

/* ---------------------------------------------------------------------- */
/* customers */

/*
 * Propensity classes (docs/design.md, "Customers who behave like
 * customers").  slots: per block of SG_CLASS_BLOCK ids; weight: the
 * class's relative order rate per customer (x1000); recency: how strongly
 * a class's orders favour its recent sign-ups (0: not at all; k: the
 * block is the largest of k + 1 uniform draws, density ~ x^k, so the old
 * accounts of most classes lapse while the loyal core keeps buying);
 * segment: the consumer segment the class shows (business customers are
 * those with company mail, people.c, in every class).  The shares give
 * sg_segments' 70/23/7 split of consumers.
 */
typedef struct SgClassDef
{
	const char *segment;
	int			slots;
	int			weight_milli;
	int			recency;
	int			price_high_pct; /* deal hunters among them */
	int			price_low_pct;	/* and those who buy the better one */
} SgClassDef;

/*
 * Price sensitivity falls with loyalty (Krishnamurthi and Raj, Marketing
 * Science 1991: loyal buyers' price elasticity is lower) and coupon use
 * is concentrated in a coupon-prone minority (Bawa and Shoemaker, Journal
 * of Marketing 1987).
 */
static const SgClassDef class_defs[SG_N_CLASSES] = {
	[SG_CLASS_DORMANT] = {"regular", 30, 20, 3, 45, 10},
	[SG_CLASS_OCCASIONAL] = {"regular", 28, 400, 3, 40, 10},
	[SG_CLASS_REGULAR] = {"regular", 12, 1000, 2, 30, 15},
	[SG_CLASS_LOYAL] = {"loyal", 23, 2000, 0, 15, 30},
	[SG_CLASS_VIP] = {"vip", 7, 6000, 0, 5, 60},
};

/*
 * The classes' slots in a block, spread evenly (each slot goes to the
 * class furthest behind its share), the same for every world; blocks
 * differ by a keyed rotation.
 */
static void
classes_init(SgWorld *w)
{
	int			given[SG_N_CLASSES] = {0};
	uint32_t	total = 0;
	int			s,
				c,
				k;

	for (s = 0; s < SG_CLASS_BLOCK; s++)
	{
		int			best = 0;
		int64_t		best_lag = INT64_MIN;

		for (c = 0; c < SG_N_CLASSES; c++)
		{
			int64_t		lag = (int64_t) class_defs[c].slots * (s + 1) - (int64_t) given[c] * SG_CLASS_BLOCK;

			if (given[c] < class_defs[c].slots && lag > best_lag)
			{
				best = c;
				best_lag = lag;
			}
		}
		w->class_of_slot[s] = (int8_t) best;
		w->class_slots[best][given[best]++] = (int8_t) s;
	}
	for (c = 0; c < SG_N_CLASSES; c++)
	{
		w->class_nslots[c] = given[c];
		total += (uint32_t) (class_defs[c].slots * class_defs[c].weight_milli);
		w->class_cum[c] = total;
		w->class_segment[c] = 0;
		for (k = 0; k < sg_n_segments; k++)
			if (strcmp(sg_segments[k].word, class_defs[c].segment) == 0)
				w->class_segment[c] = k;
	}
}

/* the rotation of a block of ids */
static inline int
block_rotation(const SgWorld *w, int64_t block)
{
	return (int) ((sg_rng_key(w->seed, SG_STREAM_CLASS, (uint64_t) block) >> 32) % SG_CLASS_BLOCK);
}

SgCustomerClass
sg_customer_class(const SgWorld *w, int64_t id)
{
	int64_t		b = (id - 1) / SG_CLASS_BLOCK;
	int			p = (int) ((id - 1) % SG_CLASS_BLOCK);

	return (SgCustomerClass) w->class_of_slot[(p + block_rotation(w, b)) % SG_CLASS_BLOCK];
}

/* a customer's price sensitivity: by class, from the customer's own key */
SgPriceSensitivity
sg_customer_price_sensitivity(const SgWorld *w, int64_t id)
{
	const SgClassDef *d = &class_defs[sg_customer_class(w, id)];
	int			u = (int) ((sg_rng_key(w->seed, SG_STREAM_PRICE, (uint64_t) id) >> 32) % 100);

	return u < d->price_high_pct ? SG_PRICE_HIGH :
		u >= 100 - d->price_low_pct ? SG_PRICE_LOW : SG_PRICE_MID;
}

bool
sg_customer_business(const SgWorld *w, int64_t id)
{
	return sg_identity_business(w->email_key, sg_perm_apply(&w->email_perm, (uint64_t) (id - 1)),
								(uint64_t) w->ncustomers);
}

/*
 * A customer among ids 1..limit by propensity, O(1): a class by its
 * share of orders, a block of ids (recent ones first for the classes
 * that lapse), the class's slot in it.  The ids past the last whole
 * block (the newest sign-ups, fewer than a block) come through the
 * first-order path of the order generator instead.
 */
int64_t
sg_customer_pick(const SgWorld *w, int64_t limit, SgRng *r)
{
	return sg_customer_pick_cached(w, limit, r, NULL);
}

/*
 * The same, with the blocks' rotations kept in rotations[block] (1 +
 * rotation, 0 = not yet; NULL: none kept) by a caller that picks often.
 */
int64_t
sg_customer_pick_cached(const SgWorld *w, int64_t limit, SgRng *r, uint8_t *rotations)
{
	int64_t		blocks = limit / SG_CLASS_BLOCK,
				b;
	uint32_t	u;
	int			c,
				k,
				slot,
				rot;

	if (blocks == 0)
		return limit > 0 ? 1 + (int64_t) sg_rng_below64(r, (uint64_t) limit) : 0;
	/* sg_rng_weighted() over the few classes, inline */
	u = sg_rng_below(r, w->class_cum[SG_N_CLASSES - 1]);
	for (c = 0; w->class_cum[c] <= u; c++)
		;
	b = (int64_t) sg_rng_below64(r, (uint64_t) blocks);
	for (k = 0; k < class_defs[c].recency; k++)
	{
		int64_t		b2 = (int64_t) sg_rng_below64(r, (uint64_t) blocks);

		if (b2 > b)
			b = b2;
	}
	slot = w->class_slots[c][sg_rng_below(r, (uint32_t) w->class_nslots[c])];
	if (rotations == NULL)
		rot = block_rotation(w, b);
	else
	{
		if (rotations[b] == 0)
			rotations[b] = (uint8_t) (1 + block_rotation(w, b));
		rot = rotations[b] - 1;
	}
	return b * SG_CLASS_BLOCK + (slot - rot + SG_CLASS_BLOCK) % SG_CLASS_BLOCK + 1;
}

/*
 * Sign-ups accelerate: customer k signs up at
 *	from + span * sqrt((k - 1 + u) / n),	u in [0, 1) from its stream,
 * so the sign-up density grows linearly and created_at increases with
 * customer_id, as with a real serial key.  That monotonicity lets the order
 * generator find "the customers who exist at t" by binary search.
 */
static int64_t
signup_time(const SgWorld *w, int64_t id, uint32_t jitter)
{
	const SgScenario *sc = w->sc;
	unsigned __int128 num = ((unsigned __int128) ((uint64_t) (id - 1) << JITTER_BITS | jitter)) << 64;
	uint64_t	frac64 = (uint64_t) (num / ((unsigned __int128) w->ncustomers << JITTER_BITS));
	uint64_t	root32 = sg_isqrt64(frac64);	/* sqrt(fraction) * 2^32 */
	uint64_t	span = (uint64_t) (sc->signups_until - sc->signups_from);

	return sc->signups_from + (int64_t) (((unsigned __int128) span * root32) >> 32);
}

void
sg_customer_get(const SgWorld *w, int64_t id, SgCustomer *c)
{
	SgRng		r;
	SgIdentity	who;
	uint64_t	u;

	sg_rng_stream(&r, w->seed, SG_STREAM_CUSTOMER, (uint64_t) id);
	u = sg_perm_apply(&w->email_perm, (uint64_t) (id - 1));
	who.email = c->email;
	sg_identity_get(w->email_key, u, (uint64_t) w->ncustomers, w->reserved_email, &r, &who);

	c->id = id;
	c->pool = who.pool;
	c->first_name_index = who.first;
	c->last_name_index = who.last;
	c->city_index = who.city;
	c->class_index = sg_customer_class(w, id);
	/* consumers show their class's segment; business customers stay business */
	c->segment_index = who.business ? who.segment : w->class_segment[c->class_index];
	c->marketing_opt_in = sg_rng_chance(&r, 58, 100);
	c->email_len = who.email_len;
	c->address_len = sg_address_build(c->city_index, &r, c->address, sizeof(c->address));
	c->created_at = sg_customer_created_at(w, id);
	c->phone_len = sg_phone_build(c->city_index, &r, c->phone, sizeof(c->phone));
	c->postal_len = sg_postal_build(c->city_index, &r, c->postal, sizeof(c->postal));
}

/*
 * The sign-up instant alone, cheap for generators that only need to know
 * when a customer came to exist: its jitter comes from its own key, not
 * from the customer's stream.
 */
int64_t
sg_customer_created_at(const SgWorld *w, int64_t id)
{
	uint64_t	key = sg_rng_key(w->seed, SG_STREAM_SIGNUP, (uint64_t) id);

	return signup_time(w, id, (uint32_t) (key >> (64 - JITTER_BITS)));
}

/*
 * The customers who exist at t: the largest id with created_at <= t.
 * Sign-up k is at from + span * sqrt((k - 1 + u) / n), so about
 * n * ((t - from) / span)^2 of them; the jitter u moves that by at most
 * one, checked against sg_customer_created_at both ways.
 */
int64_t
sg_customers_at(const SgWorld *w, int64_t t)
{
	const SgScenario *sc = w->sc;
	uint64_t	f32;
	int64_t		k;

	if (t >= sc->signups_until)
		return w->ncustomers;
	if (t < sc->signups_from)
		return 0;
	f32 = (uint64_t) ((((unsigned __int128) (t - sc->signups_from)) << 32) /
					  (uint64_t) (sc->signups_until - sc->signups_from));
	k = (int64_t) (((unsigned __int128) (f32 * f32) * (uint64_t) w->ncustomers) >> 64);
	if (k > w->ncustomers)
		k = w->ncustomers;
	while (k < w->ncustomers && sg_customer_created_at(w, k + 1) <= t)
		k++;
	while (k > 0 && sg_customer_created_at(w, k) > t)
		k--;
	return k;
}

/*
 * Where a customer lives, cheaply: the zone of the city sg_customer_get
 * gives them (the same stream and unique number, decoded only as far as
 * the city: people.c sg_identity_city), for generators that follow each
 * customer's local time.
 */
int
sg_customer_zone(const SgWorld *w, int64_t id)
{
	bool		business;

	return sg_customer_traits(w, id, &business);
}

/* the zone and the business flag at once: one unique number for both */
int
sg_customer_traits(const SgWorld *w, int64_t id, bool *business)
{
	SgRng		r;
	uint64_t	u;

	sg_rng_stream(&r, w->seed, SG_STREAM_CUSTOMER, (uint64_t) id);
	u = sg_perm_apply(&w->email_perm, (uint64_t) (id - 1));
	*business = sg_identity_business(w->email_key, u, (uint64_t) w->ncustomers);
	return sg_cities[sg_identity_city(w->email_key, u, (uint64_t) w->ncustomers, &r)].zone;
}

/* the customer's UTC offset at instant t, minutes east of UTC (localtime.h) */
int32_t
sg_customer_utc_offset_min(const SgWorld *w, int64_t customer_id, int64_t t)
{
	return sg_zone_utc_offset_min(sg_customer_zone(w, customer_id), t);
}

/* ---------------------------------------------------------------------- */
/* suppliers */

/* most common first: legal form k of a country weighs these */
static const uint32_t form_weights[] = {60, 20, 10, 6, 4, 2};

static const SgActivities *
activities_of(const char *lang)
{
	int			i;

	for (i = 0; i < sg_n_supplier_activities; i++)
		if (strcmp(sg_supplier_activities[i].lang, lang) == 0)
			return &sg_supplier_activities[i];
	return &sg_supplier_activities[0];
}

void
sg_supplier_get(const SgWorld *w, int32_t id, SgSupplier *s)
{
	SgRng		r;
	const SgCountry *country;
	uint64_t	combos = (uint64_t) sg_n_supplier_prefixes * sg_n_supplier_cores *
		SG_N_ACTIVITIES;
	uint64_t	combo,
				copy;
	int			prefix,
				core,
				activity,
				pos,
				nforms,
				form,
				k;
	uint32_t	cum[LENGTHOF(form_weights)];
	const char *town = NULL;
	const char *word;

	/* distinct (prefix, core, activity) for the first `combos` suppliers */
	combo = sg_perm_apply(&w->supplier_perm, (uint64_t) (id - 1) % combos);
	copy = (uint64_t) (id - 1) / combos;
	prefix = (int) (combo % (uint64_t) sg_n_supplier_prefixes);
	combo /= (uint64_t) sg_n_supplier_prefixes;
	core = (int) (combo % (uint64_t) sg_n_supplier_cores);
	activity = (int) (combo / (uint64_t) sg_n_supplier_cores);

	sg_rng_stream(&r, w->seed, SG_STREAM_SUPPLIER, (uint64_t) id);
	country = &sg_countries[sg_rng_weighted(&r, w->supplier_country_cum, sg_n_countries)];
	for (nforms = 0; country->legal_forms[nforms] && nforms < (int) LENGTHOF(form_weights); nforms++)
		cum[nforms] = (nforms ? cum[nforms - 1] : 0) + form_weights[nforms];
	form = sg_rng_weighted(&r, cum, nforms);
	if (country->supplier_towns)
	{
		for (k = 0; country->supplier_towns[k]; k++)
			;
		town = country->supplier_towns[sg_rng_below(&r, (uint32_t) k)];
	}

	s->id = id;
	s->country = country->code;
	pos = 0;
	if (town)
	{
		pos = put_str(s->name, pos, sizeof(s->name), town);
		pos = put_str(s->name, pos, sizeof(s->name), " ");
	}
	pos = put_str(s->name, pos, sizeof(s->name), sg_supplier_prefixes[prefix]);
	pos = put_str(s->name, pos, sizeof(s->name), sg_supplier_cores[core]);
	word = activities_of(country->supplier_lang)->words[activity];
	if (word[0] != '\0')
	{
		pos = put_str(s->name, pos, sizeof(s->name), " ");
		pos = put_str(s->name, pos, sizeof(s->name), word);
	}
	pos = put_str(s->name, pos, sizeof(s->name), " ");
	pos = put_str(s->name, pos, sizeof(s->name), country->legal_forms[form]);
	if (copy > 0)
	{
		pos = put_str(s->name, pos, sizeof(s->name), " ");
		pos = put_uint(s->name, pos, sizeof(s->name), copy + 1, 1);
	}
	s->name_len = pos;

	/* orders@northwind.de, or orders.northwind@example.com */
	pos = put_str(s->email, 0, sizeof(s->email),
				  supplier_mailboxes[sg_rng_below(&r, LENGTHOF(supplier_mailboxes))]);
	if (w->reserved_email)
	{
		/* companies write from the last reserved domain (example.org) */
		pos = put_str(s->email, pos, sizeof(s->email), ".");
		pos = sg_slug(s->email, pos, sizeof(s->email), sg_supplier_prefixes[prefix]);
		pos = sg_slug(s->email, pos, sizeof(s->email), sg_supplier_cores[core]);
		if (copy > 0)
			pos = put_uint(s->email, pos, sizeof(s->email), copy + 1, 1);
		pos = put_str(s->email, pos, sizeof(s->email), "@");
		pos = put_str(s->email, pos, sizeof(s->email),
					  sg_reserved_domains[sg_n_reserved_domains - 1].word);
	}
	else
	{
		pos = put_str(s->email, pos, sizeof(s->email), "@");
		pos = sg_slug(s->email, pos, sizeof(s->email), sg_supplier_prefixes[prefix]);
		pos = sg_slug(s->email, pos, sizeof(s->email), sg_supplier_cores[core]);
		if (copy > 0)
			pos = put_uint(s->email, pos, sizeof(s->email), copy + 1, 1);
		pos = put_str(s->email, pos, sizeof(s->email), country->tld);
	}
	s->email_len = pos;

	/* most suppliers ship within two weeks, a few take two months */
	s->lead_time_days = (int32_t) sg_rng_skewed(&r, 2, 60);
	/* most are very reliable, a tail is not */
	s->reliability_milli = 999 - (int32_t) sg_rng_skewed(&r, 0, 299);
}

/* ---------------------------------------------------------------------- */
/* products */

/*
 * Popularity.  Orders draw a Zipf-like rank (rng.c: every octave of ranks
 * [2^j, 2^(j+1)) carries the same share of units) and take the rank's
 * product, sg_product_by_rank(), so a product's expected units are about
 * proportional to 1 / popularity_rank.  What sells well is therefore
 * decided in rank space: octave j is filled with subcategories, and each
 * of its products with a noun, in proportion to
 *
 *		share(noun) * demand(noun)^tilt(j),
 *		demand(noun) = category demand / typical price of the noun^0.75,
 *
 * where share is the noun's share of the catalog (category weight over
 * the category's subcategories and their nouns), the typical price the
 * geometric mean of its band, and tilt(j) about 0.6 times the normal
 * quantile of the octave's place in the catalog (below), plus a boost for
 * ranks 1..31: from about 3 in the head to -0.3 in the last octave, which
 * holds half the catalog.  So the best sellers are cheap products of
 * categories that sell (snacks, shampoo, pet food), the tail holds what
 * is dear or slow (OLED TVs, standing desks), and the catalog's category
 * shares stay close to the categories' weights; inside its band a product
 * of the head is priced lower and one of the last octave higher.  Nothing
 * depends on the order counts, and no product carries much of the
 * revenue: a head rank that sells a tenth of the units is a $5 product.
 * Measured on 90 days of orders: docs/design.md ("products").
 *
 * Inside octave j, subcategory s owns a run of slots whose length is its
 * share of the octave by systematic sampling (points (i + u_j) / len, u_j
 * drawn per octave): small octaves get a weighted random draw, large ones
 * exact quotas.  A keyed permutation per octave scatters the slots over
 * the octave's ranks.  So a product's subcategory follows from its id in
 * O(1) (id -> rank by rank_perm, rank -> slot, slot -> run), and the k-th
 * product of a subcategory is computable: its octave by a scan of at most
 * SG_RANK_OCTAVES run lengths, then its slot (sg_product_in_subcategory).
 */

/*
 * The tilt of an octave is the normal quantile z of its place in the
 * catalog (the octave's middle rank over the catalog's size), times
 * TILT_STRENGTH: the composition a model "ln demand = ln demand(noun) +
 * noise" would give, ranked by expected units, without sorting anything.
 * z_quarter[i] = z at the top 2^(-i/4) of the catalog, Q8 (from the
 * normal quantile function; 0.99 for i = 0).
 */
#define TILT_STRENGTH 154		/* Q8: 0.6 */
#define PRICE_POWER 192			/* Q8: demand falls as price^-0.75 */
#define HEAD_OCTAVES 5			/* ranks 1..31 */
#define HEAD_BOOST	128			/* Q8: 0.5 more per octave above them */

static const int16_t z_quarter[] = {
	-596, -256, -140, -61, 0, 51, 96, 136, 173, 206, 237, 267, 294, 321, 346,
	370, 393, 415, 436, 457, 477, 496, 515, 533, 551, 569, 586, 603, 619, 635,
	651, 666, 681, 696, 710, 725, 739, 753, 766, 780, 793, 806, 819, 832, 844,
	856, 869, 881, 893, 904, 916, 928, 939, 950, 962, 973, 984, 994, 1005, 1016,
	1026, 1037, 1047, 1057, 1067, 1077, 1087, 1097, 1107, 1117, 1127, 1136, 1146,
	1155, 1164, 1174, 1183, 1192, 1201, 1210, 1219, 1228, 1237, 1246, 1255, 1263,
	1272, 1281, 1289, 1298, 1306, 1314, 1323, 1331, 1339, 1347, 1355
};

/* floor(log2(x)) in Q16, exact: the fraction by repeated squaring */
static int64_t
log2_q16(uint64_t x)
{
	int			ip = 63 - __builtin_clzll(x);
	uint64_t	m = ip >= 30 ? x >> (ip - 30) : x << (30 - ip);	/* Q30, [1, 2) */
	int64_t		result = (int64_t) ip << 16;
	int			bit;

	for (bit = 15; bit >= 0; bit--)
	{
		m = (m * m) >> 30;
		if (m >= (UINT64_C(2) << 30))
		{
			m >>= 1;
			result |= INT64_C(1) << bit;
		}
	}
	return result;
}

/*
 * x * 2^(y / 2^16), y signed Q16, to 8 bits of the fraction (steps of
 * 0.27 %): exp2_frac holds 2^(i/256) from exact square roots.
 */
static uint64_t
mul_exp2(const SgWorld *w, uint64_t x, int64_t y)
{
	int64_t		ip = y >= 0 ? y / 65536 : -((-y + 65535) / 65536);	/* floor */
	unsigned __int128 acc = (unsigned __int128) x * w->exp2_frac[(y - ip * 65536) >> 8];

	if (ip >= 0)
		return ip >= 64 ? UINT64_MAX : (uint64_t) ((acc << ip) >> 30);
	return ip <= -64 ? 0 : (uint64_t) ((acc >> -ip) >> 30);
}

/* share * demand^tilt, in a scale common to the nouns of one octave */
static uint64_t
noun_weight(const SgWorld *w, int s, int k, int32_t tilt)
{
	int64_t		y = (int64_t) tilt * w->noun_log_demand[s][k];	/* Q24 */

	/* floor division by 2^8, whatever the sign */
	return mul_exp2(w, w->noun_share[s][k], (y - (((y % 256) + 256) % 256)) / 256);
}

static int
noun_count(const SgSubcategory *sub)
{
	int			n;

	for (n = 0; n < SG_MAX_NOUNS && sub->nouns[n]; n++)
		;
	return n;
}

/* the slots i of [0, len) whose point floor((i + u/2^32) * T / len) < c */
static int32_t
slots_below(uint64_t c, uint64_t len, uint64_t total, uint32_t u)
{
	unsigned __int128 x;
	uint64_t	n;

	if (c >= total)
		return (int32_t) len;
	/* ceil(c * len * 2^32 / total) */
	x = (((unsigned __int128) c * len << 32) + total - 1) / total;
	if (x <= u)
		return 0;
	n = (uint64_t) ((x - u + UINT32_MAX) >> 32);
	return (int32_t) (n < len ? n : len);
}

static void
products_init(SgWorld *w)
{
	int64_t		demand[SG_MAX_SUBCATEGORIES][SG_MAX_NOUNS];
	int64_t		max_demand = INT64_MIN;
	uint64_t	cum[SG_MAX_SUBCATEGORIES];
	int			nsub = sg_n_subcategories < SG_MAX_SUBCATEGORIES ?
		sg_n_subcategories : SG_MAX_SUBCATEGORIES;
	int			s,
				k,
				j;

	for (s = 0; s < nsub; s++)
	{
		const SgSubcategory *sub = &sg_subcategories[s];
		const SgCategory *cat = &sg_categories[sub->category];
		int			n = noun_count(sub);

		for (k = 0; k < n; k++)
		{
			const SgNounBand *b = &sub->bands[k];
			uint64_t	mid = sg_isqrt64((uint64_t) b->price_min * (uint64_t) b->price_max);

			/* log2 of category demand / typical price^PRICE_POWER, exact */
			demand[s][k] = log2_q16((uint64_t) cat->demand) -
				log2_q16(mid) * PRICE_POWER / 256;
			if (demand[s][k] > max_demand)
				max_demand = demand[s][k];
			w->noun_log_ratio[s][k] = (int32_t) (log2_q16((uint64_t) b->price_max) -
												 log2_q16((uint64_t) b->price_min));
			w->noun_share[s][k] = (uint32_t) (((uint64_t) cat->weight << 16) /
											  ((uint64_t) w->subcat_count[sub->category] * n));
		}
		w->complement_of[s] = -1;
		for (k = 0; sub->complement && k < nsub; k++)
			if (strcmp(sg_subcategories[k].name, sub->complement) == 0)
				w->complement_of[s] = (int16_t) k;
	}
	for (s = 0; s < nsub; s++)
		for (k = 0; k < noun_count(&sg_subcategories[s]); k++)
			w->noun_log_demand[s][k] = (int32_t) (demand[s][k] - max_demand);
	{
		uint64_t	root[8];

		/* 2^(2^-(b+1)) in Q30, by repeated exact square roots */
		root[0] = sg_isqrt64(UINT64_C(2) << 60);
		for (k = 1; k < 8; k++)
			root[k] = sg_isqrt64(root[k - 1] << 30);
		for (k = 0; k < 256; k++)
		{
			uint64_t	v = UINT64_C(1) << 30;
			int			bit;

			for (bit = 0; bit < 8; bit++)
				if (k & (0x80 >> bit))
					v = (v * root[bit]) >> 30;
			w->exp2_frac[k] = v;
		}
	}

	for (j = 0; j < SG_RANK_OCTAVES && (INT64_C(1) << j) <= w->nproducts; j++)
		w->noctaves = j + 1;
	for (j = 0; j < w->noctaves; j++)
	{
		int64_t		first = INT64_C(1) << j;
		uint64_t	len = (uint64_t) (w->nproducts - first + 1 < first ?
									  w->nproducts - first + 1 : first);
		uint32_t	u = (uint32_t) sg_rng_key(w->seed, SG_STREAM_PERM_RANK, 1000 + j);
		uint64_t	total = 0;
		int64_t		place = log2_q16((uint64_t) w->nproducts) -
			log2_q16((uint64_t) first + len / 2);
		int64_t		i = (place * 4 + 32768) >> 16;
		int32_t		e;

		i = i < 0 ? 0 : i >= (int64_t) LENGTHOF(z_quarter) ? LENGTHOF(z_quarter) - 1 : i;
		e = z_quarter[i] * TILT_STRENGTH / 256;
		/* the few best sellers carry a tenth of the units each: cheap ones */
		if (j < HEAD_OCTAVES)
			e += (HEAD_OCTAVES - j) * HEAD_BOOST;
		w->octave_tilt[j] = e;
		for (s = 0; s < nsub; s++)
		{
			for (k = 0; k < noun_count(&sg_subcategories[s]); k++)
				total += noun_weight(w, s, k, e);
			cum[s] = total;
		}
		w->octave_start[j][0] = 0;
		for (s = 1; s <= nsub; s++)
			w->octave_start[j][s] = slots_below(cum[s - 1], len, total, u);
		for (s = 0; s < nsub; s++)
		{
			int32_t		c = w->octave_start[j][s + 1] - w->octave_start[j][s];

			/* every octave carries the same units: 1 / 2^j per product */
			w->subcat_products[s] += c;
			w->subcat_units[s] += (uint64_t) c << (SG_RANK_OCTAVES + 8 - j);
		}
		sg_perm_init(&w->octave_perm[j], len,
					 sg_rng_key(w->seed, SG_STREAM_PERM_RANK, 1 + j));
	}
}

/* the subcategory of a popularity rank, and its octave */
static int
rank_subcategory(const SgWorld *w, int32_t rank, int *octave)
{
	int			j = 31 - __builtin_clz((uint32_t) rank);
	int32_t		slot = (int32_t) sg_perm_apply(&w->octave_perm[j],
											   (uint64_t) (rank - (INT32_C(1) << j)));
	const int32_t *start = w->octave_start[j];
	int			lo = 0,
				hi = (sg_n_subcategories < SG_MAX_SUBCATEGORIES ?
					  sg_n_subcategories : SG_MAX_SUBCATEGORIES) - 1;

	/* the last run starting at or before the slot: the non-empty one */
	while (lo < hi)
	{
		int			mid = lo + (hi - lo + 1) / 2;

		if (start[mid] <= slot)
			lo = mid;
		else
			hi = mid - 1;
	}
	*octave = j;
	return lo;
}

/*
 * Price endings by price level, as shops write them: charm prices (.99,
 * .95, .49) dominate cheap items; from $10 some round (.00) and half
 * (.50) prices appear; from $100 a .99 price ends its dollars in 9
 * ($149.99) and round prices come in fives ($145.00); from $1,000 round
 * prices (in tens) are the most common.  Overall 44 % of the prices end
 * in .99, 18 % in .00, 13 % in .95 (sql/products.sql checks .99 on 20-70 %,
 * test_products that no ending exceeds 60 %).  An ending moves the price down to the nearest
 * such price, or up by one step when that leaves the noun's band, and
 * falls back to the band's minimum (a .99 price) when neither fits.
 */
typedef struct PriceEnding
{
	int16_t		cents;
	int16_t		modulus;		/* dollars = residue mod modulus */
	int16_t		residue;
} PriceEnding;

static const PriceEnding endings_under_10[] = {
	{99, 1, 0}, {49, 1, 0}, {95, 1, 0}, {79, 1, 0}, {29, 1, 0}, {50, 1, 0}, {0, 1, 0}
};
static const uint32_t endings_under_10_cum[] = {40, 60, 72, 82, 90, 95, 100};
static const PriceEnding endings_under_100[] = {
	{99, 1, 0}, {95, 1, 0}, {0, 1, 0}, {49, 1, 0}, {50, 1, 0}, {97, 1, 0}, {89, 1, 0}
};
static const uint32_t endings_under_100_cum[] = {45, 60, 72, 82, 90, 95, 100};
static const PriceEnding endings_under_1000[] = {
	{99, 10, 9}, {0, 5, 0}, {95, 10, 9}, {49, 10, 9}, {50, 1, 0}
};
static const uint32_t endings_under_1000_cum[] = {45, 80, 90, 95, 100};
static const PriceEnding endings_over_1000[] = {
	{0, 10, 0}, {99, 10, 9}, {95, 10, 9}
};
static const uint32_t endings_over_1000_cum[] = {50, 90, 100};

static int64_t
price_ending(int64_t cents, int64_t lo, int64_t hi, SgRng *r)
{
	const PriceEnding *e;
	int64_t		dollars = cents / 100,
				price;

	if (dollars < 10)
		e = &endings_under_10[sg_rng_weighted(r, endings_under_10_cum,
											  LENGTHOF(endings_under_10))];
	else if (dollars < 100)
		e = &endings_under_100[sg_rng_weighted(r, endings_under_100_cum,
											   LENGTHOF(endings_under_100))];
	else if (dollars < 1000)
		e = &endings_under_1000[sg_rng_weighted(r, endings_under_1000_cum,
												LENGTHOF(endings_under_1000))];
	else
		e = &endings_over_1000[sg_rng_weighted(r, endings_over_1000_cum,
											   LENGTHOF(endings_over_1000))];
	dollars -= ((dollars - e->residue) % e->modulus + e->modulus) % e->modulus;
	price = dollars * 100 + e->cents;
	if (price < lo)
		price += (int64_t) e->modulus * 100;
	return price >= lo && price <= hi ? price : lo;
}

/*
 * A noun's list price: lognormal-like inside the band (the position of
 * ln price in the band is the mean of three uniforms, so dollar prices
 * are right-skewed), lower in the head of popularity and higher in the
 * last octave, then given its ending.
 */
static int64_t
noun_price(const SgWorld *w, int s, int k, int e, SgRng *r)
{
	const SgNounBand *b = &sg_subcategories[s].bands[k];
	uint64_t	sum = (uint64_t) sg_rng_next(r) + sg_rng_next(r) + sg_rng_next(r);
	uint32_t	f = (uint32_t) (sum / 3) >> 16;	/* Q16, [0, 1) */

	/* tilt e (Q8): a head octave at e = 3 prices 3/8 lower in the band */
	if (e > 0)
		f -= (uint32_t) ((uint64_t) f * (uint32_t) (e < 2048 ? e : 2048) / 2048);
	else if (e < 0)
		f += (uint32_t) ((uint64_t) (65535 - f) * (uint32_t) (-e < 2048 ? -e : 2048) / 2048);
	/* min * (max / min)^f */
	return price_ending((int64_t) mul_exp2(w, (uint64_t) b->price_min,
										   (int64_t) f * w->noun_log_ratio[s][k] / 65536),
						b->price_min, b->price_max, r);
}

/*
 * The draws every user of a product needs (category, price, supplier,
 * weight, basket data), without building strings: the order generators
 * call this per order line (through a cache).  The subcategory comes from
 * the popularity rank (above); the product's stream draws the noun, brand,
 * adjective, supplier, price (three uniforms and the ending), margin and
 * weight, and is left positioned for sg_product_get's remaining draws.
 */
void
sg_product_core(const SgWorld *w, int32_t id, SgProductCore *pc, SgRng *r)
{
	const SgSubcategory *sub;
	const SgNounBand *band;
	int32_t		rank = (int32_t) sg_perm_apply(&w->rank_perm, (uint64_t) (id - 1)) + 1;
	int			octave,
				s = rank_subcategory(w, rank, &octave),
				e = w->octave_tilt[octave],
				nnouns,
				k;
	uint64_t	cum[SG_MAX_NOUNS],
				total = 0,
				u;

	sg_rng_stream(r, w->seed, SG_STREAM_PRODUCT, (uint64_t) id);
	sub = &sg_subcategories[s];
	pc->subcategory = (int16_t) s;
	pc->category = (int16_t) sub->category;
	nnouns = noun_count(sub);
	for (k = 0; k < nnouns; k++)
	{
		total += noun_weight(w, s, k, e);
		cum[k] = total;
	}
	u = total > 0 ? sg_rng_below64(r, total) : 0;
	for (k = 0; k < nnouns - 1 && cum[k] <= u; k++)
		;
	pc->noun = (int16_t) k;
	band = &sub->bands[k];
	pc->brand = w->brand_of[pc->category][sg_rng_below(r, (uint32_t) w->brand_count[pc->category])];
	pc->adjective = (int16_t) sg_rng_below(r, (uint32_t) sg_categories[pc->category].nadjectives);
	pc->supplier_id = 1 + (int32_t) sg_rng_below(r, (uint32_t) w->nsuppliers);

	pc->list_price = noun_price(w, s, k, e, r);
	/* gross margin 25%..65% of list price: cost < price, cost > 0 */
	pc->unit_cost = pc->list_price * (int64_t) sg_rng_range(r, 35, 75) / 100;
	pc->weight_g = (int32_t) sg_rng_skewed(r, band->weight_min, band->weight_max);
	pc->qty_class = (int16_t) band->qty;
	pc->complement_subcategory = w->complement_of[s];
}

void
sg_product_get(const SgWorld *w, int32_t id, SgProduct *p)
{
	SgRng		r;
	SgProductCore pc;
	const SgSubcategory *sub;
	int			pos;
	uint32_t	jitter;
	int64_t		restock_max;

	sg_product_core(w, id, &pc, &r);
	sub = &sg_subcategories[pc.subcategory];

	p->id = id;
	p->subcategory = sub;
	p->category = sg_categories[pc.category].name;
	p->supplier_id = pc.supplier_id;
	p->list_price = pc.list_price;
	p->unit_cost = pc.unit_cost;
	p->weight_g = pc.weight_g;

	pos = put_str(p->name, 0, sizeof(p->name), sg_brands[pc.brand].name);
	pos = put_str(p->name, pos, sizeof(p->name), " ");
	pos = put_str(p->name, pos, sizeof(p->name),
				  sg_categories[pc.category].adjectives[pc.adjective]);
	pos = put_str(p->name, pos, sizeof(p->name), " ");
	pos = put_str(p->name, pos, sizeof(p->name), sub->nouns[pc.noun]);
	p->name_len = pos;

	/*
	 * stock_qty is the restock level: the units on hand right after a
	 * restock, more of cheap things.  Whether the product is in stock at
	 * an instant is sg_product_stock_at()'s business (episodes in
	 * absolute time), never a count that sales deplete.
	 */
	restock_max = pc.list_price < 2000 ? 2000 : pc.list_price < 20000 ? 600 : 150;
	p->stock_qty = (int32_t) sg_rng_skewed(&r, 5, restock_max);

	p->popularity_rank = (int32_t) sg_perm_apply(&w->rank_perm, (uint64_t) (id - 1)) + 1;

	pos = put_str(p->sku, 0, sizeof(p->sku), sg_categories[pc.category].code);
	pos = put_str(p->sku, pos, sizeof(p->sku), "-");
	pos = put_uint(p->sku, pos, sizeof(p->sku),
				   sg_perm_apply(&w->sku_perm, (uint64_t) (id - 1)) + 100000, 6);
	p->sku_len = pos;

	/* the catalog is built in the 180 days before the first sign-up */
	jitter = sg_rng_below(&r, 1u << JITTER_BITS);
	p->created_at = w->sc->signups_from - PRODUCT_HISTORY_USECS +
		(int64_t) ((((unsigned __int128) ((uint64_t) (id - 1) << JITTER_BITS | jitter)) *
					(uint64_t) PRODUCT_HISTORY_USECS) /
				   ((uint64_t) w->nproducts << JITTER_BITS));
}

int32_t
sg_product_by_rank(const SgWorld *w, int32_t rank)
{
	return (int32_t) sg_perm_invert(&w->rank_perm, (uint64_t) (rank - 1)) + 1;
}

/* how many products a subcategory has (0 in small catalogs) */
int32_t
sg_subcategory_products(const SgWorld *w, int32_t subcategory)
{
	if (subcategory < 0 || subcategory >= sg_n_subcategories ||
		subcategory >= SG_MAX_SUBCATEGORIES)
		return 0;
	return w->subcat_products[subcategory];
}

/*
 * k in [0, n) with P(k) about proportional to 1 / (k + 1), as rng.c's
 * Zipf draw but without a table: full octaves weigh 2^32 each, the
 * partial last one its share; inside an octave k is accepted with
 * probability first / k (at least 1/2: O(1) expected).
 */
static uint64_t
zipf_index(uint64_t n, SgRng *r)
{
	int			last = 63 - __builtin_clzll(n);
	uint64_t	last_len = n - (UINT64_C(1) << last) + 1;
	uint64_t	total = ((uint64_t) last << 32) +
		(last_len << 32 >> last);
	uint64_t	u = sg_rng_below64(r, total);
	int			j = (int) (u >> 32) < last ? (int) (u >> 32) : last;
	uint64_t	first = UINT64_C(1) << j;
	uint64_t	len = j == last ? last_len : first;

	for (;;)
	{
		uint64_t	k = first + sg_rng_below64(r, len);

		if (sg_rng_below64(r, k) < first)
			return k - 1;
	}
}

/*
 * A product of the subcategory, popular ones more often (Zipf-like over
 * the subcategory's products in the order of their octaves), in O(1)
 * expected time: 0 when the catalog has none (small catalogs).  cache,
 * if not NULL, is the caller's [products + 1] of zeros: it keeps each
 * slot's product (two permutation inverses) once found; a slot is
 * 2^octave + its place in the octave, so every slot has its own entry.
 */
int32_t
sg_product_in_subcategory(const SgWorld *w, int32_t subcategory, SgRng *r, int32_t *cache)
{
	int32_t		n = sg_subcategory_products(w, subcategory);
	uint64_t	k;
	int			j;
	int64_t		slot;
	int32_t		id;

	if (n <= 0)
		return 0;
	k = zipf_index((uint64_t) n, r);
	for (j = 0; j < w->noctaves - 1; j++)
	{
		uint64_t	c = (uint64_t) (w->octave_start[j][subcategory + 1] -
									w->octave_start[j][subcategory]);

		if (k < c)
			break;
		k -= c;
	}
	k += (uint64_t) w->octave_start[j][subcategory];
	slot = (INT64_C(1) << j) + (int64_t) k;
	if (cache != NULL && cache[slot] != 0)
		return cache[slot];
	id = sg_product_by_rank(w, (int32_t) ((INT64_C(1) << j) +
										  (int64_t) sg_perm_invert(&w->octave_perm[j], k)));
	if (cache != NULL)
		cache[slot] = id;
	return id;
}

/*
 * A product of the category, as orders would pick one: a subcategory by
 * its expected units, then sg_product_in_subcategory(); O(1), 0 when the
 * category has no product.
 */
int32_t
sg_product_in_category(const SgWorld *w, int32_t category, SgRng *r, int32_t *cache)
{
	uint64_t	total = 0,
				u;
	int			first,
				s;

	if (category < 0 || category >= sg_n_categories || category >= 32 ||
		w->subcat_first[category] < 0)
		return 0;
	first = w->subcat_first[category];
	for (s = first; s < first + w->subcat_count[category]; s++)
		total += w->subcat_units[s];
	if (total == 0)
		return 0;
	u = sg_rng_below64(r, total);
	for (s = first; u >= w->subcat_units[s]; s++)
		u -= w->subcat_units[s];
	return sg_product_in_subcategory(w, s, r, cache);
}

/*
 * Stock episodes.  A product's proneness to run out comes from its own
 * key (60 % of products rarely, 30 % sometimes, 10 % often: an episode in
 * 10 %, 30 % or 60 % of periods).  Each SG_STOCK_PERIOD_DAYS-day period
 * counted from 2000-01-01 UTC has at most one episode, drawn from the
 * stream keyed by (product, period): one to five days of low stock, then
 * 12 hours to 14 days (right-skewed, mean about 3.9 days) out of stock,
 * the whole episode inside its period and starting at least an hour
 * after the period does, so episodes never touch and a product is in
 * stock again at back_at.  Share of products out at an instant:
 * 0.21 * 3.9 / 28, about 3 % (test_products checks 1.5-5 %).
 */
#define STOCK_PERIOD_USECS	((int64_t) SG_STOCK_PERIOD_DAYS * SG_USECS_PER_DAY)
#define STOCK_PERIOD_BIAS	(INT64_C(1) << 24)	/* periods since 2000 + this > 0 */

static bool
stock_episode(const SgWorld *w, int32_t id, int64_t period, int64_t *low_at,
			  int64_t *out_at, int64_t *back_at)
{
	SgRng		r;
	uint64_t	key = sg_rng_key(w->seed, SG_STREAM_PRODUCT, (UINT64_C(1) << 60) | (uint32_t) id);
	uint32_t	prone = (uint32_t) ((key >> 32) % 100);
	uint32_t	rate = prone < 60 ? 10 : prone < 90 ? 30 : 60;
	int64_t		low,
				out,
				span;

	/* (period + bias) << 32 | id: never a product id, nor the key above */
	sg_rng_stream(&r, w->seed, SG_STREAM_PRODUCT,
				  (uint64_t) (period + STOCK_PERIOD_BIAS) << 32 | (uint32_t) id);
	if (!sg_rng_chance(&r, rate, 100))
		return false;
	low = sg_rng_range(&r, 24, 5 * 24) * SG_USECS_PER_HOUR;
	out = sg_rng_skewed(&r, 12, 14 * 24) * SG_USECS_PER_HOUR;
	span = (STOCK_PERIOD_USECS - SG_USECS_PER_HOUR - low - out) / SG_USECS_PER_SEC;
	*low_at = period * STOCK_PERIOD_USECS + SG_USECS_PER_HOUR +
		(int64_t) sg_rng_below64(&r, (uint64_t) span) * SG_USECS_PER_SEC;
	*out_at = *low_at + low;
	*back_at = *out_at + out;
	return true;
}

/*
 * The stock state of a product at instant t, and in *until the instant
 * it may change next (for SG_STOCK_OUT: the restock).  O(1): one period's
 * stream.
 */
/*
 * A supply disruption (schedule.c) empties its supplier's shelves: the
 * products are out from its start to its end, the restock (docs/design.md,
 * "Event shapes, metrics and days").
 */
static bool
supplier_out(const SgWorld *w, int32_t product_id, int64_t t, int64_t *until)
{
	const SgScenario *sc = w->sc;
	uint64_t	key = sg_schedule_key(w->seed);
	SgProductCore pc;
	SgRng		r;
	int64_t		p,
				p1 = sg_disruption_period(sc, t),
				s,
				e;
	int32_t		supplier;

	sg_product_core(w, product_id, &pc, &r);
	for (p = p1 - sg_disruption_lookback(sc); p <= p1; p++)
		if (sg_disruption(sc, key, w->nsuppliers, p, &s, &e, &supplier) &&
			supplier == pc.supplier_id && s <= t && t < e)
		{
			*until = e;
			return true;
		}
	return false;
}

static SgStockState
stock_regular(const SgWorld *w, int32_t product_id, int64_t t, int64_t *until)
{
	int64_t		period = sg_stock_period(t);
	int64_t		low_at,
				out_at,
				back_at;
	SgStockState state = SG_STOCK_IN;

	*until = (period + 1) * STOCK_PERIOD_USECS;
	if (stock_episode(w, product_id, period, &low_at, &out_at, &back_at))
	{
		if (t < low_at)
			*until = low_at;
		else if (t < out_at)
		{
			state = SG_STOCK_LOW;
			*until = out_at;
		}
		else if (t < back_at)
		{
			state = SG_STOCK_OUT;
			*until = back_at;
		}
	}
	return state;
}

SgStockState
sg_product_stock_at(const SgWorld *w, int32_t product_id, int64_t t, int64_t *until)
{
	if (w->sc->disruption_every_days > 0 && supplier_out(w, product_id, t, until))
		return SG_STOCK_OUT;
	return stock_regular(w, product_id, t, until);
}

bool
sg_product_restock_out(const SgWorld *w, int32_t product_id, int64_t t, int64_t *back_at)
{
	return stock_regular(w, product_id, t, back_at) == SG_STOCK_OUT;
}

bool
sg_product_out_of_stock(const SgWorld *w, int32_t product_id, int64_t t, int64_t *back_at)
{
	return sg_product_stock_at(w, product_id, t, back_at) == SG_STOCK_OUT;
}

/*
 * The out-of-stock part [*out_at, *back_at) of a product's episode in a
 * period (empty when the period has none): the product is out at t of
 * the period exactly when out_at <= t < back_at, as
 * sg_product_out_of_stock() says, for callers that cache it per period.
 */
void
sg_product_stock_out(const SgWorld *w, int32_t product_id, int64_t period,
					 int64_t *out_at, int64_t *back_at)
{
	int64_t		low_at;

	if (!stock_episode(w, product_id, period, &low_at, out_at, back_at))
		*out_at = *back_at = period * STOCK_PERIOD_USECS;
}

/* ---------------------------------------------------------------------- */
/* campaigns */

static inline bool
in_window(const SgCampaignTheme *t, int mmdd)
{
	return t->from <= t->until ? (mmdd >= t->from && mmdd <= t->until) :
		(mmdd >= t->from || mmdd <= t->until);
}

/* the days of a month (first day, ndays) a theme may start on */
static int
theme_days(const SgCampaignTheme *t, int month, int ndays)
{
	int			d,
				n = 0;

	for (d = 1; d <= ndays; d++)
		n += in_window(t, month * 100 + d);
	return n;
}

static bool
theme_fits(const SgCampaignTheme *t, const char *kind, int month, int ndays)
{
	return (kind == NULL || strcmp(t->kind, kind) == 0) &&
		theme_days(t, month, ndays) > 0;
}

/*
 * A theme of the given kind that may start in the month, uniformly; when
 * the kind has none for that month (no holiday in August), any theme that
 * fits.  Campaigns are few: scanning the list is fine.
 */
static const SgCampaignTheme *
pick_theme(const char *kind, int month, int ndays, SgRng *r)
{
	int			n = 0,
				i,
				k;

	for (i = 0; i < sg_n_campaign_themes; i++)
		n += theme_fits(&sg_campaign_themes[i], kind, month, ndays);
	if (n == 0)
	{
		kind = NULL;
		for (i = 0; i < sg_n_campaign_themes; i++)
			n += theme_fits(&sg_campaign_themes[i], kind, month, ndays);
	}
	k = (int) sg_rng_below(r, (uint32_t) n);
	for (i = 0; i < sg_n_campaign_themes; i++)
		if (theme_fits(&sg_campaign_themes[i], kind, month, ndays) && k-- == 0)
			break;
	return &sg_campaign_themes[i];
}

/* a category of the theme's set (weighted by catalog share), or -1 */
static int32_t
theme_category(const SgWorld *w, const SgCampaignTheme *t, SgRng *r)
{
	uint32_t	cum[32];
	int			map[32],
				n = 0,
				c;

	if (t->categories == 0)
		return sg_rng_chance(r, 1, 2) ? sg_pick(&w->category_pick, r) : -1;
	for (c = 0; c < sg_n_categories && c < 32; c++)
		if (t->categories & (1u << c))
		{
			cum[n] = (n ? cum[n - 1] : 0) + (uint32_t) sg_categories[c].weight;
			map[n++] = c;
		}
	return map[sg_rng_weighted(r, cum, n)];
}

/*
 * Regular campaign number slot (1..campaigns_per_month) of a calendar
 * month: its theme fits the month, it starts on a day of the theme's
 * (at a random local hour) and lasts hours (flash) or one to fourteen
 * days, ending at most a day after its theme's last day.
 */
void
sg_regular_campaign(const SgWorld *w, int32_t month_index, int32_t slot, SgCampaign *c)
{
	SgRng		r;
	int64_t		first = sg_month_first_day(month_index);
	int64_t		ndays = sg_month_first_day(month_index + 1) - first;
	int64_t		duration,
				year,
				day,
				run;
	int			month = month_index % 12 + 1,
				dom,
				k,
				d,
				hour;
	const char *kind;
	const SgCampaignTheme *theme;

	c->id = sg_campaign_id(month_index, slot);
	sg_rng_stream(&r, w->seed, SG_STREAM_CAMPAIGN, (uint64_t) c->id);
	kind = sg_campaign_kinds[sg_pick(&w->kind_pick, &r)].word;
	if (strcmp(kind, "flash_sale") == 0)
		duration = sg_rng_range(&r, 2, 12);
	else
		duration = sg_rng_skewed(&r, 24, 14 * 24);
	theme = pick_theme(kind, month, (int) ndays, &r);

	/* the k-th day of the month inside the theme's days */
	k = (int) sg_rng_below(&r, (uint32_t) theme_days(theme, month, (int) ndays));
	for (d = 1; d <= ndays; d++)
		if (in_window(theme, month * 100 + d) && k-- == 0)
			break;
	hour = (int) sg_rng_range(&r, 0, 23);
	day = first + d - 1;

	/* a dated theme ends at most one day after its last day */
	if (!(theme->from == 101 && theme->until == 1231))
	{
		for (run = 1; run < 15; run++)
		{
			sg_civil_from_days(day + run, &year, &month, &dom);
			if (!in_window(theme, month * 100 + dom))
				break;
		}
		if (duration > (run + 1) * 24 - hour)
			duration = (run + 1) * 24 - hour;
	}
	c->starts_at = sg_local_day_start(w->sc, day) + hour * SG_USECS_PER_HOUR;
	c->ends_at = c->starts_at + duration * SG_USECS_PER_HOUR;
	c->name = theme->name;
	c->kind = theme->kind;
	c->channel = sg_campaign_channels[sg_pick(&w->channel_pick, &r)].word;
	c->discount_bp = (int32_t) sg_rng_range(&r, 5, 30) * 100;
	c->category = theme_category(w, theme, &r);

	/*
	 * It lifts demand by 2 x its discount (19 % off: x1.38) when sitewide,
	 * by that times the category's share of demand on a category (its
	 * lines come from the category, see sg_order_get).  Flash sales and
	 * holidays have their own multipliers.
	 */
	c->order_channel = -1;		/* events.c resolves it */
	c->lift_milli = c->discount_bp * SG_LIFT_PER_DISCOUNT_PCT / 100;
	if (c->category >= 0)
		c->lift_milli = (int32_t) ((int64_t) c->lift_milli * sg_categories[c->category].weight /
								   w->category_cum[sg_n_categories - 1]);
}

typedef struct CampaignSink
{
	const SgWorld *w;
	int64_t		from,
				to;
	SgCampaign *out;
	int32_t		n;
} CampaignSink;

/* the campaign of a flash sale or a holiday period */
static void
event_campaign(const SgOccurrence *o, void *arg)
{
	CampaignSink *sink = arg;
	const SgScenario *sc = sink->w->sc;
	SgCampaign *c;

	if (o->campaign_id == 0 || o->starts_at >= sink->to || o->ends_at <= sink->from)
		return;
	c = &sink->out[sink->n++];
	c->id = o->campaign_id;
	c->starts_at = o->starts_at;
	c->ends_at = o->ends_at;
	c->channel = "email";
	c->lift_milli = 0;			/* the event's own multiplier lifts it */
	c->order_channel = -1;
	if (o->kind == SG_OCC_FLASH_SALE)
	{
		c->name = "Flash Sale";
		c->kind = "flash_sale";
		c->discount_bp = sc->flash_discount_bp;
		c->category = sc->flash_category;
	}
	else
	{
		c->name = o->campaign_id % SG_CAMPAIGN_SLOTS == SG_CAMPAIGN_BLACK_FRIDAY_SLOT ?
			"Black Friday Weekend" : "Holiday Gift Event";
		c->kind = "holiday";
		c->discount_bp = sc->holiday_discount_bp;
		c->category = -1;
	}
}

static int
campaign_cmp(const void *a, const void *b)
{
	int32_t		x = ((const SgCampaign *) a)->id,
				y = ((const SgCampaign *) b)->id;

	return (x > y) - (x < y);
}

/* the first and last month whose campaigns can reach [from, to) */
void
sg_campaign_months(const SgWorld *w, int64_t from, int64_t to, int32_t *first, int32_t *last)
{
	*first = sg_month_index(sg_local_day(w->sc, from - SG_CAMPAIGN_MAX_USECS));
	*last = sg_month_index(sg_local_day(w->sc, to - 1));
}

int64_t
sg_campaigns_max(const SgWorld *w, int64_t from, int64_t to)
{
	const SgScenario *sc = w->sc;
	int32_t		m0,
				m1;
	int64_t		months;

	if (to <= sg_world_origin(sc))
		return 0;
	sg_campaign_months(w, from, to, &m0, &m1);
	months = (int64_t) m1 - m0 + 1;
	/* regular ones, at most one flash sale a day, two holiday campaigns a year */
	return months * (sc->campaigns_per_month + 31 + 2);
}

int32_t
sg_campaigns_between(const SgWorld *w, int64_t from, int64_t to, SgCampaign *out)
{
	const SgScenario *sc = w->sc;
	CampaignSink sink = {w, from, to, out, 0};
	int64_t		origin = sg_world_origin(sc);
	int32_t		m0,
				m1,
				m;

	if (to <= origin)
		return 0;
	sg_campaign_months(w, from, to, &m0, &m1);
	for (m = m0; m <= m1; m++)
	{
		int32_t		slot;

		for (slot = 1; slot <= sc->campaigns_per_month; slot++)
		{
			SgCampaign *c = &out[sink.n];

			sg_regular_campaign(w, m, slot, c);
			/* nothing before the world began */
			if (c->starts_at >= origin && c->starts_at < to && c->ends_at > from)
				sink.n++;
		}
	}
	sg_occurrences(sc, w->seed, w->nsuppliers, from - SG_CAMPAIGN_MAX_USECS, to,
				   event_campaign, &sink);
	qsort(out, sink.n, sizeof(SgCampaign), campaign_cmp);
	return sink.n;
}
