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
 *		category, subcategory, brand (among the category's), adjective (the
 *		category's), noun, supplier, price, margin, weight, out-of-stock,
 *		stock, creation jitter
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

/* lower-case letters and digits only: "O'Brien" -> "obrien" */
static inline int
put_slug(char *buf, int pos, int cap, const char *s)
{
	for (; *s && pos < cap - 1; s++)
	{
		char		ch = *s;

		if (ch >= 'A' && ch <= 'Z')
			buf[pos++] = (char) (ch - 'A' + 'a');
		else if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9'))
			buf[pos++] = ch;
	}
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
	c->segment_index = who.segment;
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
 * Where a customer lives, cheaply: the zone of the city sg_customer_get
 * gives them (the same stream and unique number, decoded only as far as
 * the city: people.c sg_identity_city), for generators that follow each
 * customer's local time.
 */
int
sg_customer_zone(const SgWorld *w, int64_t id)
{
	SgRng		r;
	uint64_t	u;

	sg_rng_stream(&r, w->seed, SG_STREAM_CUSTOMER, (uint64_t) id);
	u = sg_perm_apply(&w->email_perm, (uint64_t) (id - 1));
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
		pos = put_slug(s->email, pos, sizeof(s->email), sg_supplier_prefixes[prefix]);
		pos = put_slug(s->email, pos, sizeof(s->email), sg_supplier_cores[core]);
		if (copy > 0)
			pos = put_uint(s->email, pos, sizeof(s->email), copy + 1, 1);
		pos = put_str(s->email, pos, sizeof(s->email), "@");
		pos = put_str(s->email, pos, sizeof(s->email),
					  sg_reserved_domains[sg_n_reserved_domains - 1].word);
	}
	else
	{
		pos = put_str(s->email, pos, sizeof(s->email), "@");
		pos = put_slug(s->email, pos, sizeof(s->email), sg_supplier_prefixes[prefix]);
		pos = put_slug(s->email, pos, sizeof(s->email), sg_supplier_cores[core]);
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
 * The draws every user of a product needs (category, price, supplier,
 * weight), without building strings: the order generators call this per
 * order line.  Leaves r positioned for sg_product_get's remaining draws.
 */
void
sg_product_core(const SgWorld *w, int32_t id, SgProductCore *pc, SgRng *r)
{
	int			nnouns;
	const SgSubcategory *sub;
	int64_t		cents;

	sg_rng_stream(r, w->seed, SG_STREAM_PRODUCT, (uint64_t) id);
	pc->category = (int16_t) sg_pick(&w->category_pick, r);
	pc->subcategory = (int16_t) (w->subcat_first[pc->category] +
								 (int) sg_rng_below(r, (uint32_t) w->subcat_count[pc->category]));
	sub = &sg_subcategories[pc->subcategory];
	for (nnouns = 0; nnouns < SG_MAX_NOUNS && sub->nouns[nnouns]; nnouns++)
		;
	pc->brand = w->brand_of[pc->category][sg_rng_below(r, (uint32_t) w->brand_count[pc->category])];
	pc->adjective = (int16_t) sg_rng_below(r, (uint32_t) sg_categories[pc->category].nadjectives);
	pc->noun = (int16_t) sg_rng_below(r, (uint32_t) nnouns);
	pc->supplier_id = 1 + (int32_t) sg_rng_below(r, (uint32_t) w->nsuppliers);

	/* right-skewed inside the subcategory's band, priced at whole .99 */
	cents = sg_rng_skewed(r, sub->price_min, sub->price_max);
	pc->list_price = (cents / 100) * 100 + 99;
	/* gross margin 25%..65% of list price: cost < price, cost > 0 */
	pc->unit_cost = pc->list_price * (int64_t) sg_rng_range(r, 35, 75) / 100;
	pc->weight_g = (int32_t) sg_rng_skewed(r, sub->weight_min, sub->weight_max);
}

void
sg_product_get(const SgWorld *w, int32_t id, SgProduct *p)
{
	SgRng		r;
	SgProductCore pc;
	const SgSubcategory *sub;
	int			pos;
	uint32_t	jitter;

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

	if (sg_rng_chance(&r, 4, 100))
	{
		(void) sg_rng_next(&r); /* keep later draws aligned */
		p->stock_qty = 0;
	}
	else
		p->stock_qty = (int32_t) sg_rng_skewed(&r, 1, 2000);

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
static void
regular_campaign(const SgWorld *w, int32_t month_index, int32_t slot, SgCampaign *c)
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
static void
campaign_months(const SgWorld *w, int64_t from, int64_t to, int32_t *first, int32_t *last)
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
	campaign_months(w, from, to, &m0, &m1);
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
	campaign_months(w, from, to, &m0, &m1);
	for (m = m0; m <= m1; m++)
	{
		int32_t		slot;

		for (slot = 1; slot <= sc->campaigns_per_month; slot++)
		{
			SgCampaign *c = &out[sink.n];

			regular_campaign(w, m, slot, c);
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
