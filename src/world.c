/*-------------------------------------------------------------------------
 *
 * world.c
 *	  Master entities as pure functions of (scenario, seed, counts, id).
 *
 * The determinism contract, written down once.  Each entity draws from its
 * own PCG stream sg_rng_stream(seed, tag, id), in this order:
 *
 *	customer  (SG_STREAM_CUSTOMER, customer_id):
 *		first name, last name, city, segment, opt-in, e-mail domain, e-mail
 *		style, house number, street, street suffix, then phone digits and
 *		postal-code characters as the patterns consume them; the sign-up
 *		jitter comes from sg_rng_key(seed, SG_STREAM_SIGNUP, customer_id)
 *	supplier  (SG_STREAM_SUPPLIER, supplier_id):
 *		country, mailbox, lead time, reliability
 *	product   (SG_STREAM_PRODUCT, product_id):
 *		category, subcategory, brand, adjective, noun, supplier, price,
 *		margin, weight, out-of-stock, stock, creation jitter
 *	campaign  (SG_STREAM_CAMPAIGN, campaign_id): regular campaigns only,
 *		kind, duration, start hour, theme, channel, discount, has-category,
 *		category; campaign_id = month since 1970-01 * 2048 + slot
 *		(schedule.h), so a month's campaigns are the same in every window;
 *		flash-sale and holiday campaigns come from the schedule
 *
 * Unique columns are unique by construction, never by retrying: e-mail
 * numbers, SKU numbers, supplier name combinations and popularity ranks are
 * keyed permutations (sg_perm) of the entity numbers.
 *
 *-------------------------------------------------------------------------
 */
#include <stdlib.h>
#include <string.h>

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

/* '#' -> digit, '@' -> upper-case letter, anything else literally */
static int
fill_pattern(char *buf, int cap, const char *pattern, SgRng *r)
{
	uint64_t	pool = 0;
	int			left = 0;
	int			pos = 0;

	for (; *pattern && pos < cap - 1; pattern++)
	{
		char		ch = *pattern;

		if (ch == '#' || ch == '@')
		{
			uint32_t	radix = (ch == '#') ? 10 : 26;

			if (left == 0)
			{
				pool = sg_rng_next64(r);
				left = 12;		/* 26^12 < 2^64: plenty of entropy per draw */
			}
			buf[pos++] = (char) ((ch == '#' ? '0' : 'A') + pool % radix);
			pool /= radix;
			left--;
		}
		else
			buf[pos++] = ch;
	}
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
				 sg_n_supplier_cores * sg_n_supplier_suffixes,
				 sg_rng_key(seed, SG_STREAM_SUPPLIER, 0));

	total = 0;
	for (i = 0; i < sg_n_cities && i < SG_MAX_CITIES; i++)
	{
		total += (uint32_t) sg_cities[i].weight;
		w->city_cum[i] = total;
	}

	build_cum(w->domain_cum, 64, sg_email_domains, sg_n_email_domains);
	build_cum(w->segment_cum, 16, sg_segments, sg_n_segments);
	build_cum(w->kind_cum, 16, sg_campaign_kinds, sg_n_campaign_kinds);
	build_cum(w->channel_cum, 16, sg_campaign_channels, sg_n_campaign_channels);

	sg_pick_init(&w->city_pick, w->city_cum, sg_n_cities);
	sg_pick_init(&w->domain_pick, w->domain_cum, sg_n_email_domains);
	sg_pick_init(&w->segment_pick, w->segment_cum, sg_n_segments);
	sg_pick_init(&w->channel_pick, w->channel_cum, sg_n_campaign_channels);
	sg_pick_init(&w->kind_pick, w->kind_cum, sg_n_campaign_kinds);

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
	int			first,
				last,
				domain,
				style,
				pos;
	uint64_t	number;
	const char *fn,
			   *ln;

	sg_rng_stream(&r, w->seed, SG_STREAM_CUSTOMER, (uint64_t) id);
	first = (int) sg_rng_below(&r, (uint32_t) sg_n_first_names);
	last = (int) sg_rng_below(&r, (uint32_t) sg_n_last_names);
	c->id = id;
	c->first_name_index = first;
	c->last_name_index = last;
	fn = sg_first_names[first];
	ln = sg_last_names[last];
	c->city_index = sg_pick(&w->city_pick, &r);
	c->segment_index = sg_pick(&w->segment_pick, &r);
	c->marketing_opt_in = sg_rng_chance(&r, 58, 100);
	domain = sg_pick(&w->domain_pick, &r);
	style = (int) sg_rng_below(&r, 6);

	/* e-mail: a name-shaped local part plus a number unique per customer */
	number = sg_perm_apply(&w->email_perm, (uint64_t) (id - 1)) + 1;
	pos = 0;
	switch (style)
	{
		case 0:					/* olivia.martin */
			pos = put_slug(c->email, pos, sizeof(c->email), fn);
			pos = put_str(c->email, pos, sizeof(c->email), ".");
			pos = put_slug(c->email, pos, sizeof(c->email), ln);
			break;
		case 1:					/* oliviamartin */
			pos = put_slug(c->email, pos, sizeof(c->email), fn);
			pos = put_slug(c->email, pos, sizeof(c->email), ln);
			break;
		case 2:					/* olivia_martin */
			pos = put_slug(c->email, pos, sizeof(c->email), fn);
			pos = put_str(c->email, pos, sizeof(c->email), "_");
			pos = put_slug(c->email, pos, sizeof(c->email), ln);
			break;
		case 3:					/* omartin */
			pos = put_slug(c->email, pos, 2, fn);
			pos = put_slug(c->email, pos, sizeof(c->email), ln);
			break;
		case 4:					/* martin.olivia */
			pos = put_slug(c->email, pos, sizeof(c->email), ln);
			pos = put_str(c->email, pos, sizeof(c->email), ".");
			pos = put_slug(c->email, pos, sizeof(c->email), fn);
			break;
		default:				/* olivia */
			pos = put_slug(c->email, pos, sizeof(c->email), fn);
			break;
	}
	pos = put_uint(c->email, pos, sizeof(c->email), number, 1);
	pos = put_str(c->email, pos, sizeof(c->email), "@");
	pos = put_str(c->email, pos, sizeof(c->email), sg_email_domains[domain].word);
	c->email_len = pos;

	pos = put_uint(c->address, 0, sizeof(c->address),
				   (uint64_t) sg_rng_skewed(&r, 1, 2999), 1);
	pos = put_str(c->address, pos, sizeof(c->address), " ");
	pos = put_str(c->address, pos, sizeof(c->address),
				  sg_street_names[sg_rng_below(&r, (uint32_t) sg_n_street_names)]);
	pos = put_str(c->address, pos, sizeof(c->address), " ");
	pos = put_str(c->address, pos, sizeof(c->address),
				  sg_street_suffixes[sg_rng_below(&r, (uint32_t) sg_n_street_suffixes)]);
	c->address_len = pos;

	c->created_at = sg_customer_created_at(w, id);
	c->phone_len = fill_pattern(c->phone, sizeof(c->phone),
								sg_cities[c->city_index].phone, &r);
	c->postal_len = fill_pattern(c->postal, sizeof(c->postal),
								 sg_cities[c->city_index].postal, &r);
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

/* ---------------------------------------------------------------------- */
/* suppliers */

void
sg_supplier_get(const SgWorld *w, int32_t id, SgSupplier *s)
{
	SgRng		r;
	const SgCountry *country;
	uint64_t	combos = (uint64_t) sg_n_supplier_prefixes * sg_n_supplier_cores *
		sg_n_supplier_suffixes;
	uint64_t	combo;
	int			prefix,
				core,
				suffix,
				pos;

	/* distinct (prefix, core, suffix) for the first `combos` suppliers */
	combo = sg_perm_apply(&w->supplier_perm, (uint64_t) (id - 1) % combos);
	prefix = (int) (combo % (uint64_t) sg_n_supplier_prefixes);
	combo /= (uint64_t) sg_n_supplier_prefixes;
	core = (int) (combo % (uint64_t) sg_n_supplier_cores);
	suffix = (int) (combo / (uint64_t) sg_n_supplier_cores);

	sg_rng_stream(&r, w->seed, SG_STREAM_SUPPLIER, (uint64_t) id);
	country = &sg_countries[sg_rng_below(&r, (uint32_t) sg_n_countries)];

	s->id = id;
	s->country = country->code;
	pos = put_str(s->name, 0, sizeof(s->name), sg_supplier_prefixes[prefix]);
	pos = put_str(s->name, pos, sizeof(s->name), sg_supplier_cores[core]);
	pos = put_str(s->name, pos, sizeof(s->name), " ");
	pos = put_str(s->name, pos, sizeof(s->name), sg_supplier_suffixes[suffix]);
	if ((uint64_t) (id - 1) >= combos)
	{
		pos = put_str(s->name, pos, sizeof(s->name), " ");
		pos = put_uint(s->name, pos, sizeof(s->name), (uint64_t) ((id - 1) / combos) + 1, 1);
	}
	s->name_len = pos;

	pos = put_str(s->email, 0, sizeof(s->email),
				  supplier_mailboxes[sg_rng_below(&r, LENGTHOF(supplier_mailboxes))]);
	pos = put_str(s->email, pos, sizeof(s->email), "@");
	pos = put_slug(s->email, pos, sizeof(s->email), sg_supplier_prefixes[prefix]);
	pos = put_slug(s->email, pos, sizeof(s->email), sg_supplier_cores[core]);
	if ((uint64_t) (id - 1) >= combos)
		pos = put_uint(s->email, pos, sizeof(s->email), (uint64_t) ((id - 1) / combos) + 1, 1);
	pos = put_str(s->email, pos, sizeof(s->email), country->tld);
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
	pc->brand = (int16_t) sg_rng_below(r, (uint32_t) sg_n_brands);
	pc->adjective = (int16_t) sg_rng_below(r, (uint32_t) sg_n_product_adjectives);
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

	pos = put_str(p->name, 0, sizeof(p->name), sg_brands[pc.brand]);
	pos = put_str(p->name, pos, sizeof(p->name), " ");
	pos = put_str(p->name, pos, sizeof(p->name), sg_product_adjectives[pc.adjective]);
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

static bool
theme_fits(const SgCampaignTheme *t, const char *kind, int month)
{
	return (kind == NULL || strcmp(t->kind, kind) == 0) &&
		(t->months == 0 || (t->months & (1u << (month - 1))) != 0);
}

/*
 * A theme of the given kind that fits the month, uniformly; when the kind
 * has none for that month (no holiday in August), any theme that fits.
 * Campaigns are few: scanning the list is fine.
 */
static const SgCampaignTheme *
pick_theme(const char *kind, int month, SgRng *r)
{
	int			n = 0,
				i,
				k;

	for (i = 0; i < sg_n_campaign_themes; i++)
		n += theme_fits(&sg_campaign_themes[i], kind, month);
	if (n == 0)
	{
		kind = NULL;
		for (i = 0; i < sg_n_campaign_themes; i++)
			n += theme_fits(&sg_campaign_themes[i], kind, month);
	}
	k = (int) sg_rng_below(r, (uint32_t) n);
	for (i = 0; i < sg_n_campaign_themes; i++)
		if (theme_fits(&sg_campaign_themes[i], kind, month) && k-- == 0)
			break;
	return &sg_campaign_themes[i];
}

/*
 * Regular campaign number slot (1..campaigns_per_month) of a calendar
 * month: it starts at an hour of the month, lasts hours (flash) or one to
 * fourteen days, and its theme fits the month.
 */
static void
regular_campaign(const SgWorld *w, int32_t month_index, int32_t slot, SgCampaign *c)
{
	SgRng		r;
	int64_t		first = sg_month_first_day(month_index);
	int64_t		ndays = sg_month_first_day(month_index + 1) - first;
	int64_t		duration;
	const char *kind;
	const SgCampaignTheme *theme;

	c->id = sg_campaign_id(month_index, slot);
	sg_rng_stream(&r, w->seed, SG_STREAM_CAMPAIGN, (uint64_t) c->id);
	kind = sg_campaign_kinds[sg_pick(&w->kind_pick, &r)].word;
	if (strcmp(kind, "flash_sale") == 0)
		duration = sg_rng_range(&r, 2, 12);
	else
		duration = sg_rng_skewed(&r, 24, 14 * 24);
	c->starts_at = sg_local_day_start(w->sc, first) +
		sg_rng_range(&r, 0, ndays * 24 - 1) * SG_USECS_PER_HOUR;
	c->ends_at = c->starts_at + duration * SG_USECS_PER_HOUR;
	theme = pick_theme(kind, month_index % 12 + 1, &r);
	c->name = theme->name;
	c->kind = theme->kind;
	c->channel = sg_campaign_channels[sg_pick(&w->channel_pick, &r)].word;
	c->discount_bp = (int32_t) sg_rng_range(&r, 5, 30) * 100;
	if (sg_rng_chance(&r, 1, 2))
		c->category = sg_pick(&w->category_pick, &r);
	else
		c->category = -1;
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
