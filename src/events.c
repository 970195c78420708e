/*-------------------------------------------------------------------------
 *
 * events.c
 *	  Orders, order lines, tickets, abandoned carts, returns and system
 *	  metrics of a window of the persistent world, recomputed from their
 *	  streams.
 *
 * The determinism contract of the event tables (docs/design.md).  key =
 * the world's key (seed, orders_per_day, customers, products, suppliers);
 * every stream below is sg_rng_stream(key, tag, entity):
 *
 *	day counts   (SG_STREAM_ORDER_DAY, day), (SG_STREAM_CART_DAY, day):
 *		a count around the UTC day's expected value
 *	hour split   (SG_STREAM_ORDER_HOUR, day), (SG_STREAM_CART_HOUR, day):
 *		the day's count split over its 24 hours (sequential binomials)
 *	order        (SG_STREAM_ORDER, order_id):
 *		time jitter, customer, channel, payment, the campaign's channel
 *		(only while a campaign lifts demand), line count, then per line
 *		rank (and category retries), the price-sensitive alternative, a
 *		disruption's substitute, quantity; then coupon, cancellation,
 *		the shipment (fulfilment.c: release, slip, backlog, pick-up,
 *		express, transit, tail, lost, holiday transit, arrival time)
 *	cart         (SG_STREAM_CART, cart_id):
 *		time jitter, guest, customer, rank, quantity, stage, recovery
 *	ticket       (SG_STREAM_TICKET, ticket_id): an order's slots 0-2 (its
 *		cause, its return, an everyday question) and a cart's: the cause,
 *		the moment, channel, priority, resolution, CSAT
 *	return       (SG_STREAM_RETURN, order_id): the request's delay, then
 *		per line its chance, units, reason, rejection
 *	metric       (SG_STREAM_METRIC, absolute minute): one 64-bit draw of
 *		three AR shocks (read by this minute and the next 15), then the
 *		minute's latency factors and jitter
 *	demand       (SG_STREAM_DEMAND, day): the day's AR shock;
 *		(SG_STREAM_DEMAND, 2^40 + 28-day block): a drift knot;
 *		(SG_STREAM_DEMAND, 2^41 + day): the day's 24 hour wobbles
 *	deploys      (SG_STREAM_DEPLOY, day): count, then each one's minute
 *
 * Days and minutes are counted from 2000-01-01 UTC, ids from the world's
 * first order.  The arrival model: an hour's base is
 *	orders_per_day * diurnal[local hour] / sum(diurnal)
 *	               * 7 * weekly[local weekday] / sum(weekly) * day factor
 * milli-orders, and its rates are knots every 10 minutes: the base
 * interpolated between hours' middles times the scenario's events
 * (schedule.c, shapes.c) at the knot's instant (docs/design.md, "Event
 * shapes, metrics and days").  Customers are chosen
 * among those who exist at the hour's start (sign-ups grow with
 * customer_id), so nobody orders before they exist.
 *
 *-------------------------------------------------------------------------
 */
#include <stdlib.h>
#include <string.h>

#include "events.h"
#include "fulfilment.h"
#include "localtime.h"
#include "schedule.h"
#include "shapes.h"
#define LENGTHOF(a) ((int) (sizeof(a) / sizeof((a)[0])))

#define HOUR	SG_USECS_PER_HOUR
#define MINUTE	(INT64_C(60) * SG_USECS_PER_SEC)
#define DAY		SG_USECS_PER_DAY

static void cache_init(SgEvents *ev, SgAllocFn alloc);



const char *const sg_order_statuses[] = {"processing", "shipped", "delivered", "cancelled", "backordered"};
const int	sg_n_order_statuses = LENGTHOF(sg_order_statuses);

const char *const sg_order_channels[] = {"web", "mobile_app", "marketplace", "phone"};
static const uint32_t order_channel_weights[] = {55, 35, 7, 3};
const int	sg_n_order_channels = LENGTHOF(sg_order_channels);

/*
 * The order channel through which a campaign's marketing channel brings
 * its extra customers: social and SMS links open the app, the rest the
 * web shop (docs/design.md, "Baskets and campaigns").
 */
static const struct
{
	const char *campaign_channel;
	int			order_channel;
}			campaign_order_channels[] = {
	{"email", 0}, {"social", 1}, {"search", 0}, {"display", 0}, {"affiliate", 0}, {"sms", 1},
};

const char *const sg_payment_methods[] = {"card", "paypal", "apple_pay", "google_pay", "klarna", "gift_card"};
static const uint32_t payment_weights[] = {60, 18, 9, 6, 4, 3};
const int	sg_n_payment_methods = LENGTHOF(sg_payment_methods);

/*
 * Basket sizes (products per order): right-skewed, most orders hold one
 * product (Olist: 90 % of orders one product; general retail holds a
 * little more); gift-heavy in the holiday event and for business buyers.
 */
static const uint32_t lines_weights[] = {70, 17, 7, 3, 2, 1};
static const uint32_t gift_lines_weights[] = {30, 25, 18, 10, 7, 4, 3, 3};
static const uint32_t business_lines_weights[] = {36, 24, 15, 10, 6, 4, 3, 2};
/* items per line by the product's quantity class (SgQtyClass) */
static const uint32_t qty_weights[3][8] = {
	[SG_QTY_ONE] = {97, 3},		/* big-ticket: one at a time */
	[SG_QTY_FEW] = {85, 10, 3, 2},
	[SG_QTY_MANY] = {46, 22, 11, 8, 5, 4, 2, 2},	/* consumables in multiples */
};
static const int qty_lengths[3] = {2, 4, 8};
/* products per abandoned cart */
static const uint32_t cart_lines_weights[] = {55, 25, 12, 5, 3};

/*
 * Tickets (docs/design.md, "Fulfilment, returns and tickets").  An order
 * may bring up to three: one from its cause (a payment failed in an
 * outage, a disrupted supplier's cancellation, a late or slow parcel, a
 * damaged or defective item), one about its return, and an everyday
 * question (ticket_rate_pct per 100 orders, by everyday_weights).
 */
const char *const sg_ticket_categories[] = {
	"product_question", "where_is_my_order", "return_refund", "payment",
	"account", "damaged_item", "order_cancelled"
};
static const uint32_t ticket_weights[] = {55, 0, 10, 10, 25, 0, 0};	/* everyday */
const int	sg_n_ticket_categories = LENGTHOF(sg_ticket_categories);
#define TICKET_QUESTION		0
#define TICKET_WISMO		1
#define TICKET_RETURN		2
#define TICKET_PAYMENT		3
#define TICKET_ACCOUNT		4
#define TICKET_DAMAGED		5
#define TICKET_CANCELLED	6

/* the share of orders (or returns) whose cause makes the customer write, percent */
#define WISMO_LATE_PCT		30	/* a parcel past its promised day */
#define WISMO_TRANSIT_PCT	1	/* a parcel on its way, not late */
#define DAMAGE_TICKET_PCT	40	/* a damaged or defective item sent back */
#define RETURN_TICKET_PCT	15	/* any other return */
#define OUTAGE_TICKET_PCT	30	/* an order placed while payments failed */
#define CANCEL_TICKET_PCT	40	/* a disrupted supplier's cancellation */

const char *const sg_ticket_priorities[] = {"low", "normal", "high", "urgent"};
const int	sg_n_ticket_priorities = LENGTHOF(sg_ticket_priorities);
/* priorities by category (percent of low, normal, high, urgent) */
static const uint32_t ticket_priority_cum[7][4] = {
	{60, 100, 100, 100},		/* product_question */
	{25, 75, 100, 100},			/* where_is_my_order */
	{40, 100, 100, 100},		/* return_refund */
	{0, 0, 50, 100},			/* payment */
	{30, 90, 100, 100},			/* account */
	{0, 40, 100, 100},			/* damaged_item */
	{0, 0, 60, 100},			/* order_cancelled */
};
/* median hours to resolve by priority; a channel's speed in percent of email's */
static const int64_t resolve_median_hours[4] = {30, 16, 6, 2};

const char *const sg_ticket_channels[] = {"email", "chat", "phone", "web_form"};
const int	sg_n_ticket_channels = LENGTHOF(sg_ticket_channels);
static const uint32_t channel_day_cum[4] = {42, 75, 90, 100};	/* support hours */
static const uint32_t channel_night_cum[4] = {75, 75, 75, 100}; /* chat and phone closed */
static const int64_t channel_speed_pct[4] = {100, 30, 35, 120};
#define SUPPORT_OPENS	(8 * HOUR)	/* chat and phone, customer time */
#define SUPPORT_CLOSES	(21 * HOUR)
#define NIGHT_WAITS_PCT	80		/* who would write at night waits for the morning */

const char *const sg_ticket_statuses[] = {"open", "pending", "resolved", "closed"};
const int	sg_n_ticket_statuses = LENGTHOF(sg_ticket_statuses);

/*
 * CSAT by mood (0 = nothing went wrong .. 3 = several things did): the
 * J-curve of satisfaction surveys, 5 and 1 stars at the ends, each cause
 * (a late parcel, a long wait, a rejected refund, a failed payment, a
 * damaged item) moving mass from 5 to 1.  Cumulative percent of 1..5.
 */
static const uint32_t csat_cum[4][5] = {
	{3, 5, 10, 30, 100},
	{10, 16, 28, 53, 100},
	{25, 37, 53, 72, 100},
	{55, 70, 82, 92, 100},
};

/*
 * Who answers the survey, percent by the stars they would give: about one
 * in five, the delighted and the angry more than the lukewarm (docs/
 * design.md, "Fulfilment, returns and tickets").  The answer comes up to
 * SURVEY_ANSWER_MAX after the resolution, most within hours.
 */
static const uint32_t survey_answer_pct[5] = {24, 15, 13, 16, 24};
#define SURVEY_ANSWER_MIN	(2 * MINUTE)
#define SURVEY_ANSWER_MAX	(4 * DAY)

const char *const sg_cart_stages[] = {"browse", "cart", "shipping", "payment"};
const int	sg_n_cart_stages = LENGTHOF(sg_cart_stages);
static const uint32_t stage_weights[] = {30, 40, 18, 12};
#define STAGE_PAYMENT 3

const char *const sg_return_reasons[] = {
	"wrong_size", "changed_mind", "defective", "not_as_described",
	"arrived_late", "damaged_in_transit", "other"
};
const int	sg_n_return_reasons = LENGTHOF(sg_return_reasons);
#define REASON_DEFECTIVE 2
#define REASON_LATE 4
#define REASON_DAMAGED 5
const char *const sg_return_statuses[] = {"requested", "approved", "refunded", "rejected"};
const int	sg_n_return_statuses = LENGTHOF(sg_return_statuses);

/*
 * Returns by category, in the order of sg_categories (words.c; the code
 * is checked by test/unit/test_world.c): a line's chance to come back is
 * return_rate_pct x rate / 100 (apparel and shoes 2-2.2x the average,
 * electronics about it, groceries almost never), and its reason is drawn
 * by the category's weights of sg_return_reasons (wrong_size only where
 * sizes exist; arrived_late only for late parcels, decided before).
 */
typedef struct SgReturnProfile
{
	const char *code;			/* sg_categories[i].code */
	uint32_t	rate;			/* percent of return_rate_pct */
	uint32_t	reasons[7];		/* weights, arrived_late always 0 */
} SgReturnProfile;

static const SgReturnProfile return_profiles[] = {
	{"ELE", 85, {0, 20, 35, 20, 0, 15, 10}},
	{"HOM", 90, {0, 20, 25, 20, 0, 25, 10}},
	{"CLO", 220, {45, 18, 5, 17, 0, 3, 12}},
	{"SHO", 200, {50, 14, 8, 14, 0, 4, 10}},
	{"BEA", 55, {0, 30, 15, 25, 0, 20, 10}},
	{"SPO", 100, {0, 25, 25, 20, 0, 15, 15}},
	{"TOY", 75, {0, 30, 25, 15, 0, 20, 10}},
	{"BOO", 40, {0, 25, 10, 15, 0, 40, 10}},
	{"GRO", 6, {0, 0, 25, 15, 0, 45, 15}},
	{"GAR", 85, {0, 15, 30, 20, 0, 25, 10}},
	{"OFF", 55, {0, 25, 25, 20, 0, 20, 10}},
	{"PET", 50, {0, 30, 15, 20, 0, 25, 10}},
};
/* return_profiles[category] is that category's (test/unit/test_world.c) */
bool
sg_return_profile_fits(int category)
{
	return category >= 0 && category < LENGTHOF(return_profiles) && category < sg_n_categories &&
		strcmp(return_profiles[category].code, sg_categories[category].code) == 0;
}

#define LATE_RETURN_PCT		130	/* a late parcel comes back more often */
#define LATE_REASON_PCT		40	/* and then says why */
#define GIFT_RETURN_PCT		150	/* holiday gifts */
#define REJECT_PCT			5
#define RETURN_SOON_PCT		88	/* requested within the first two weeks */

static void
cum_init(uint32_t *cum, SgPicker *pick, const uint32_t *w, int n)
{
	uint32_t	t = 0;
	int			i;

	for (i = 0; i < n; i++)
	{
		t += w[i];
		cum[i] = t;
	}
	sg_pick_init(pick, cum, n);
}

static inline int64_t
min64(int64_t a, int64_t b)
{
	return a < b ? a : b;
}

static inline int64_t
max64(int64_t a, int64_t b)
{
	return a > b ? a : b;
}

/* ---------------------------------------------------------------------- */
/* the world's key and fingerprint */

static uint64_t
world_key(uint64_t seed, int32_t orders_per_day, int64_t customers,
		  int32_t products, int32_t suppliers)
{
	uint64_t	k = sg_rng_key(seed, SG_STREAM_WORLD, (uint64_t) orders_per_day);

	k = sg_rng_key(k, SG_STREAM_WORLD, (uint64_t) customers);
	k = sg_rng_key(k, SG_STREAM_WORLD, (uint64_t) products);
	return sg_rng_key(k, SG_STREAM_WORLD, (uint64_t) suppliers);
}

uint64_t
sg_world_fingerprint(const SgScenario *sc, uint64_t seed, int32_t orders_per_day,
					 int64_t customers, int32_t products, int32_t suppliers)
{
	const int32_t *fields[] = {
		&sc->campaigns_per_month, &sc->utc_offset_hours, &sc->flash_every_days,
		&sc->flash_start_hour, &sc->flash_hours, &sc->flash_multiplier_pct,
		&sc->flash_discount_bp, &sc->flash_category, &sc->holiday_multiplier_pct,
		&sc->holiday_discount_bp, &sc->outage_every_days, &sc->outage_minutes_min,
		&sc->outage_minutes_max, &sc->outage_multiplier_pct, &sc->disruption_every_days,
		&sc->disruption_days_min, &sc->disruption_days_max, &sc->cancel_rate_bp,
		&sc->return_rate_bp, &sc->ticket_rate_bp, &sc->abandon_rate_bp
	};
	uint64_t	k = world_key(seed, orders_per_day, customers, products, suppliers);
	int			i;

	k = sg_rng_key(k, SG_STREAM_WORLD, SG_ALGORITHM_VERSION);
	k = sg_rng_key(k, SG_STREAM_WORLD, (uint64_t) sc->signups_from);
	k = sg_rng_key(k, SG_STREAM_WORLD, (uint64_t) sc->signups_until);
	for (i = 0; i < LENGTHOF(fields); i++)
		k = sg_rng_key(k, SG_STREAM_WORLD, (uint64_t) (uint32_t) *fields[i]);
	for (i = 0; i < 24; i++)
		k = sg_rng_key(k, SG_STREAM_WORLD, (uint64_t) sc->diurnal[i]);
	for (i = 0; i < 7; i++)
		k = sg_rng_key(k, SG_STREAM_WORLD, (uint64_t) sc->weekly[i]);
	return k;
}

/* ---------------------------------------------------------------------- */
/* arrivals */

/* an hour's expected counts (x1000) and its knots (milli-events an hour) */
typedef struct SgHourRates
{
	int64_t		attempts;		/* checkouts tried */
	int64_t		orders;
	int64_t		carts;			/* abandoned */
	int64_t		attempts_knot[SG_KNOTS];
	int64_t		orders_knot[SG_KNOTS];
	int64_t		carts_knot[SG_KNOTS];
} SgHourRates;

/* the trapezoid mean of an hour's knots */
static inline int64_t
knots_mean(const int64_t *k)
{
	int64_t		sum = k[0] + k[SG_KNOTS - 1];
	int			j;

	for (j = 1; j < SG_KNOTS - 1; j++)
		sum += 2 * k[j];
	return sum / (2 * (SG_KNOTS - 1));
}

/*
 * What the rate of an hour needs, computed once per call: the curves as a
 * table per local weekday and hour, and the outages of the last periods
 * seen (hours are visited in order, so each period is drawn once).
 */
#define LIFT_HOURS (31 * 24)

typedef struct SgRates
{
	const SgWorld *w;
	const SgScenario *sc;
	uint64_t	sched_key;
	int64_t		first_order_at; /* no orders before the first sign-up */
	int64_t		base[7][24];	/* milli-checkouts, before events */
	int64_t		peak;			/* max of base */
	int64_t		outage_period[3];
	int64_t		outage_start[3];
	int64_t		outage_end[3];
	bool		outage_known[3];
	/* regular campaigns' lift (x1000) per hour of the UTC month lift_from */
	int64_t		lift_from;
	int64_t		lift_to;
	int32_t		lift[LIFT_HOURS];
	int64_t		carts_per_order_bp; /* carts left for good per order, x10000 */
	/* customers' time zones: a sample's shares, and their offsets of a UTC day */
	int			nzones;
	int16_t		zone[SG_N_ZONES];
	int64_t		zone_share[SG_N_ZONES];
	int64_t		zone_day;
	int32_t		zone_off[SG_N_ZONES];	/* minutes at the day's start */
	bool		zone_switches[SG_N_ZONES];	/* the offset changes that day */
	bool		day_switches;	/* some zone's offset changes that day */
	/* the zones' mix by UTC weekday and hour, for the offsets mix_off */
	bool		mix_known;
	int32_t		mix_off[SG_N_ZONES];
	int64_t		mix[7][24];
	/* day-level demand (docs/design.md, "Event shapes, metrics and days") */
	uint64_t	key;			/* the world's */
	int64_t		factor_day;
	int64_t		factor_milli;
	int64_t		shock_day[SG_DAY_TAPS];	/* the last days' shocks, by day */
	int32_t		shock_v[SG_DAY_TAPS];
	int64_t		drift_block;	/* the 28-day block of drift[] */
	int32_t		drift[2];		/* its drift knot and the next block's */
	int64_t		wobble_day;		/* the UTC day of wobble[] */
	int16_t		wobble[24];
	int64_t		roll_t;			/* the last hour hour_rates saw, and the bases */
	int64_t		roll[3];		/* of the hours before, at and after it */
	int64_t		holiday_day[4]; /* the last local days' holiday multipliers */
	int64_t		holiday_v[4];
} SgRates;

/*
 * The customers' time zones, by a sample of ZONE_SAMPLE customers spread
 * over the ids (zones do not depend on the id's class or sign-up): the
 * curves apply in each customer's local time, so an hour's demand is the
 * zones' mix of their local hours.
 */
#define ZONE_SAMPLE 2048

static void
zones_init(SgRates *rc, const SgWorld *w)
{
	int64_t		count[SG_N_ZONES] = {0},
				k = w->ncustomers < ZONE_SAMPLE ? w->ncustomers : ZONE_SAMPLE,
				j;
	int			z;

	for (j = 0; j < k; j++)
		count[sg_customer_zone(w, 1 + j * w->ncustomers / k)]++;
	rc->nzones = 0;
	for (z = 0; z < SG_N_ZONES; z++)
		if (count[z] > 0)
		{
			rc->zone[rc->nzones] = (int16_t) z;
			rc->zone_share[rc->nzones] = count[z];
			rc->nzones++;
		}
	rc->zone_day = INT64_MIN;
}

/* the zones' offsets at t (minutes), known per UTC day */
static void
zones_at(SgRates *rc, int64_t t, int32_t *off)
{
	int64_t		day = sg_floor_div(t, SG_USECS_PER_DAY);
	int			k;

	if (day != rc->zone_day)
	{
		rc->zone_day = day;
		rc->day_switches = false;
		for (k = 0; k < rc->nzones; k++)
		{
			rc->zone_off[k] = sg_zone_utc_offset_min(rc->zone[k], day * SG_USECS_PER_DAY);
			rc->zone_switches[k] = rc->zone_off[k] !=
				sg_zone_utc_offset_min(rc->zone[k], (day + 1) * SG_USECS_PER_DAY - 1);
			rc->day_switches |= rc->zone_switches[k];
		}
	}
	for (k = 0; k < rc->nzones; k++)
		off[k] = rc->zone_switches[k] ? sg_zone_utc_offset_min(rc->zone[k], t) : rc->zone_off[k];
}

/*
 * The zones' mix for every UTC weekday and hour under the offsets of
 * rc->zone_off: the same sums hour_rates makes hour by hour (the middle
 * of the hour, each zone's local weekday and hour), built once per change
 * of offsets (a few times a year), not once per hour since the world began.
 */
static void
mix_build(SgRates *rc)
{
	int			d,
				h,
				k;
	int64_t		shares = 0;

	for (k = 0; k < rc->nzones; k++)
		shares += rc->zone_share[k];
	for (d = 0; d < 7; d++)
		for (h = 0; h < 24; h++)
		{
			int64_t		mix = 0;

			for (k = 0; k < rc->nzones; k++)
			{
				int64_t		rel = (int64_t) h * SG_USECS_PER_HOUR + 30 * SG_USECS_PER_MINUTE +
					(int64_t) rc->zone_off[k] * SG_USECS_PER_MINUTE;
				int64_t		dd = sg_floor_div(rel, SG_USECS_PER_DAY);

				mix += rc->zone_share[k] *
					rc->base[((d + dd) % 7 + 7) % 7][(rel - dd * SG_USECS_PER_DAY) / SG_USECS_PER_HOUR];
			}
			rc->mix[d][h] = shares > 0 ? mix / shares : 0;
		}
	memcpy(rc->mix_off, rc->zone_off, sizeof(int32_t) * rc->nzones);
	rc->mix_known = true;
}

/* the curves' weight (milli-checkouts an hour) at t for a customer offset by off minutes */
static inline int64_t
local_curve(const int64_t (*base)[24], int64_t t, int32_t off)
{
	int64_t		local = t + (int64_t) off * SG_USECS_PER_MINUTE;
	int64_t		day = sg_floor_div(local, SG_USECS_PER_DAY);

	return base[sg_weekday(day)][(local - day * SG_USECS_PER_DAY) / SG_USECS_PER_HOUR];
}

static void
rates_init(SgRates *rc, const SgWorld *w, int32_t orders_per_day)
{
	const SgScenario *sc = w->sc;
	int64_t		sum_d = 0,
				sum_w = 0;
	int			d,
				h;

	memset(rc, 0, sizeof(*rc));
	rc->w = w;
	rc->sc = sc;
	rc->lift_from = rc->lift_to = INT64_MIN;
	/* abandon_rate is the share of carts abandoned (Baymard: 70 %): a/(1-a) per order */
	/* (the catalog allows up to 95 %: 19 carts per order) */
	rc->carts_per_order_bp = (int64_t) min64(sc->abandon_rate_bp, 9500) * 10000 /
		(10000 - min64(sc->abandon_rate_bp, 9500));
	rc->sched_key = sg_schedule_key(w->seed);
	rc->first_order_at = sg_customer_created_at(w, 1);
	for (h = 0; h < 24; h++)
		sum_d += sc->diurnal[h];
	for (d = 0; d < 7; d++)
		sum_w += sc->weekly[d];
	for (d = 0; d < 7; d++)
		for (h = 0; h < 24; h++)
		{
			rc->base[d][h] = (int64_t) (((__int128) orders_per_day * 1000 * sc->diurnal[h] *
										 7 * sc->weekly[d]) / (sum_d * sum_w));
			rc->peak = max64(rc->peak, rc->base[d][h]);
		}
	for (d = 0; d < 3; d++)
		rc->outage_period[d] = INT64_MIN;
	rc->key = world_key(w->seed, orders_per_day, w->ncustomers, w->nproducts, w->nsuppliers);
	rc->factor_day = rc->wobble_day = rc->drift_block = INT64_MIN;
	for (d = 0; d < SG_DAY_TAPS; d++)
		rc->shock_day[d] = INT64_MIN;
	rc->roll_t = INT64_MIN;
	for (d = 0; d < 4; d++)
		rc->holiday_day[d] = INT64_MIN;
	zones_init(rc, w);
}

/* the outage of a period, remembered for the next hours */
static bool
rates_outage(SgRates *rc, int64_t p, int64_t *s, int64_t *e)
{
	int			slot = (int) (((p % 3) + 3) % 3);

	if (rc->outage_period[slot] != p)
	{
		rc->outage_period[slot] = p;
		rc->outage_known[slot] = sg_outage(rc->sc, rc->sched_key, p,
										   &rc->outage_start[slot], &rc->outage_end[slot]);
	}
	*s = rc->outage_start[slot];
	*e = rc->outage_end[slot];
	return rc->outage_known[slot];
}

/*
 * No hour expects more than 10^10 checkouts, whatever the scenario's
 * compound multipliers: far above what a call may reach (the bounds refuse
 * such hours up front), low enough that every product below fits 64 bits.
 */
#define RATE_CAP_MILLI	((__int128) 10000000000000)
#define Min128(a, b)	((a) < (b) ? (a) : (b))

/*
 * A running regular campaign lifts demand by its lift_milli (world.c,
 * sg_regular_campaign).  Built per UTC month from the campaigns of the
 * months that can reach it; hours are visited in order, so each month is
 * built once.
 */
#define LIFT_MAX_MILLI 3000

static int64_t
campaign_lift(SgRates *rc, int64_t t)
{
	const SgWorld *w = rc->w;

	if (w->sc->campaigns_per_month <= 0)
		return 1000;
	if (t < rc->lift_from || t >= rc->lift_to)
	{
		int32_t		mi = sg_month_index(sg_floor_div(t, SG_USECS_PER_DAY)),
					m0,
					m1,
					m,
					slot;

		rc->lift_from = sg_month_first_day(mi) * SG_USECS_PER_DAY;
		rc->lift_to = sg_month_first_day(mi + 1) * SG_USECS_PER_DAY;
		memset(rc->lift, 0, sizeof(rc->lift));
		sg_campaign_months(w, rc->lift_from, rc->lift_to, &m0, &m1);
		for (m = m0; m <= m1; m++)
			for (slot = 1; slot <= w->sc->campaigns_per_month; slot++)
			{
				SgCampaign	c;
				int64_t		from,
							to,
							h;

				sg_regular_campaign(w, m, slot, &c);
				if (c.starts_at < sg_world_origin(w->sc))
					continue;
				from = max64(c.starts_at, rc->lift_from);
				to = min64(c.ends_at, rc->lift_to);
				for (h = from; h < to; h += SG_USECS_PER_HOUR)
					rc->lift[(h - rc->lift_from) / SG_USECS_PER_HOUR] += c.lift_milli;
			}
	}
	return 1000 + min64(rc->lift[(t - rc->lift_from) / SG_USECS_PER_HOUR], LIFT_MAX_MILLI - 1000);
}

/*
 * Demand follows the customer base: sign-ups accelerate (created_at of
 * customer k ~ sqrt(k / n), world.c), so the base at t is about
 * ((t - from) / span)^2 of the customers; orders_per_day is the rate of
 * the whole base, reached when sign-ups end.  x1000.
 */
static int64_t
base_share(const SgScenario *sc, int64_t t)
{
	uint64_t	f32;

	if (t >= sc->signups_until)
		return 1000;
	if (t < sc->signups_from)
		return 0;
	f32 = (uint64_t) ((((unsigned __int128) (t - sc->signups_from)) << 32) /
					  (uint64_t) (sc->signups_until - sc->signups_from));
	return (int64_t) ((((unsigned __int128) (f32 * f32)) * 1000) >> 64);
}

/*
 * A UTC day's demand factor (x1000): an AR(1) over the days' shocks
 * (weather, marketing, news: each day's own stream, the last SG_DAY_TAPS
 * days weighted) times a slow drift (a knot every SG_DRIFT_DAYS days,
 * interpolated), docs/design.md "Event shapes, metrics and days".
 */
#define DRIFT_MILLI 40			/* the drift knots: within +-4 % */
#define DRIFT_ENTITY(b)	((UINT64_C(1) << 40) + (uint64_t) (b))
#define WOBBLE_ENTITY(d) ((UINT64_C(2) << 40) + (uint64_t) (d))
#define WOBBLE_MILLI 60			/* an hour's own wobble: within +-6 % */

static int32_t
demand_shock(uint64_t key, uint64_t entity, int32_t span)
{
	SgRng		r;

	sg_rng_stream(&r, key, SG_STREAM_DEMAND, entity);
	return (int32_t) sg_rng_range(&r, -span, span);
}

static int64_t
day_factor(SgRates *rc, int64_t day)
{
	if (day != rc->factor_day)
	{
		int32_t		shocks[SG_DAY_TAPS];
		int64_t		b = sg_floor_div(day, SG_DRIFT_DAYS);
		int			k;

		for (k = 0; k < SG_DAY_TAPS; k++)
		{
			int64_t		d = day - k;
			int			slot = (int) (((d % SG_DAY_TAPS) + SG_DAY_TAPS) % SG_DAY_TAPS);

			if (rc->shock_day[slot] != d)
			{
				rc->shock_day[slot] = d;
				rc->shock_v[slot] = demand_shock(rc->key, (uint64_t) d, 1000);
			}
			shocks[k] = rc->shock_v[slot];
		}
		if (b != rc->drift_block)
		{
			rc->drift[0] = b == rc->drift_block + 1 ? rc->drift[1] :
				demand_shock(rc->key, DRIFT_ENTITY(b), DRIFT_MILLI);
			rc->drift[1] = demand_shock(rc->key, DRIFT_ENTITY(b + 1), DRIFT_MILLI);
			rc->drift_block = b;
		}
		rc->factor_milli = sg_day_factor_milli(shocks, rc->drift[0], rc->drift[1],
											   day - b * SG_DRIFT_DAYS);
		rc->factor_day = day;
	}
	return rc->factor_milli;
}

/*
 * The base of the hour starting at t (milli-checkouts an hour, before the
 * events): the zones' mix of the curves, the customer base, the regular
 * campaigns, the day's factor and the hour's own wobble.  It stands for
 * the middle of the hour; hour_rates interpolates between middles.
 */
/* an hour's wobble (x1000 around 0): the h-th draw of its UTC day's stream */
static int64_t
hour_wobble(SgRates *rc, int64_t day, int h)
{
	if (day != rc->wobble_day)
	{
		SgRng		r;
		int			h;

		sg_rng_stream(&r, rc->key, SG_STREAM_DEMAND, WOBBLE_ENTITY(day));
		/* uniform in [-WOBBLE_MILLI, WOBBLE_MILLI]: 16 bits of a draw, scaled */
		for (h = 0; h < 24; h++)
			rc->wobble[h] = (int16_t) ((int32_t) (((sg_rng_next(&r) >> 16) * (2 * WOBBLE_MILLI + 1)) >> 16) -
									   WOBBLE_MILLI);
		rc->wobble_day = day;
	}
	return rc->wobble[h];
}

static int64_t
hour_base(SgRates *rc, int64_t t)
{
	const SgScenario *sc = rc->sc;
	int32_t		off[SG_N_ZONES];
	int64_t		mix = 0,
				shares = 0,
				base,
				day = sg_floor_div(t, SG_USECS_PER_DAY);
	int			k,
				h = (int) ((t - day * SG_USECS_PER_DAY) / SG_USECS_PER_HOUR);

	if (t < rc->first_order_at)
		base = 0;				/* the shop has no customers yet */
	else
	{
		/* the middle of the hour stands for it (zones half an hour off) */
		zones_at(rc, t, off);
		if (!rc->day_switches)
		{
			/* a day without a switch: the mix of its offsets, by weekday and hour */
			if (!rc->mix_known || memcmp(rc->mix_off, rc->zone_off, sizeof(int32_t) * rc->nzones) != 0)
				mix_build(rc);
			base = rc->mix[sg_weekday(day)][h];
		}
		else
		{
			for (k = 0; k < rc->nzones; k++)
			{
				mix += rc->zone_share[k] * local_curve((const int64_t (*)[24]) rc->base,
													   t + 30 * SG_USECS_PER_MINUTE, off[k]);
				shares += rc->zone_share[k];
			}
			base = shares > 0 ? mix / shares : 0;
		}
		/* each step stays below 2^63: base <= 10^13 times factors <= 3000 */
		base = min64(base * base_share(sc, t) / 1000, (int64_t) RATE_CAP_MILLI);
		base = min64(base * campaign_lift(rc, t) / 1000, (int64_t) RATE_CAP_MILLI);
		base = min64(base * day_factor(rc, day) / 1000, (int64_t) RATE_CAP_MILLI);
		base = min64(base * (1000 + hour_wobble(rc, day, h)) / 1000, (int64_t) RATE_CAP_MILLI);
	}
	return base;
}

/*
 * The holiday multiplier at t (x1000), interpolated between the middles
 * of the store's local days: the calendar's days ramp into each other
 * instead of stepping at midnight.  Remembered per local day.
 */
static int64_t
holiday_day_milli(SgRates *rc, int64_t day)
{
	int			slot = (int) (((day % 4) + 4) % 4);

	if (rc->holiday_day[slot] != day)
	{
		rc->holiday_day[slot] = day;
		rc->holiday_v[slot] = sg_holiday_multiplier_milli(rc->sc, sg_local_day_start(rc->sc, day) +
														  12 * SG_USECS_PER_HOUR);
	}
	return rc->holiday_v[slot];
}

static int64_t
holiday_at(SgRates *rc, int64_t t)
{
	int64_t		day = sg_local_day(rc->sc, t),
				mid = sg_local_day_start(rc->sc, day) + 12 * SG_USECS_PER_HOUR,
				a,
				b;

	if (t < mid)
	{
		a = holiday_day_milli(rc, day - 1);
		b = holiday_day_milli(rc, day);
		return b - (b - a) * (mid - t) / SG_USECS_PER_DAY;
	}
	a = holiday_day_milli(rc, day);
	b = holiday_day_milli(rc, day + 1);
	return a + (b - a) * (t - mid) / SG_USECS_PER_DAY;
}

/*
 * The flash sale whose shape (sale and tail) reaches [t, t + 1 h), if
 * any: its start and end.
 */
static bool
flash_near(const SgScenario *sc, int64_t t, int64_t *s, int64_t *e)
{
	int64_t		k,
				last;

	if (sc->flash_every_days <= 0)
		return false;
	k = sg_floor_div(sg_local_day(sc, t + SG_USECS_PER_HOUR) - sg_local_day(sc, sg_world_origin(sc)),
					 sc->flash_every_days);
	for (last = k - 4; k >= 0 && k >= last; k--)
		if (sg_flash_sale(sc, k, s, e) && *s < t + SG_USECS_PER_HOUR && t < *e + SG_FLASH_TAIL)
			return true;
	return false;
}

/*
 * The expected counts of the hour starting at t (UTC, on the hour) and
 * their knots: the instantaneous rates (milli-events an hour) every
 * KNOT_MINUTES minutes of the hour, its start and end included; the
 * hour's count is their trapezoid mean, and its events fall by the
 * piecewise-linear density through them (instant_in_hour).  A knot is
 * the base interpolated between the hours' middles times the events at
 * that instant: the flash sale's and the outage's shapes (shapes.c), the
 * holiday calendar interpolated between days.  Knots at an hour's end
 * and the next hour's start are the same instant and the same value, so
 * the density has no steps at hour boundaries.
 */
static void
hour_rates(SgRates *rc, int64_t t, SgHourRates *hr, bool knots)
{
	const SgScenario *sc = rc->sc;
	int64_t		c_prev,
				c_next,
				c;
	int64_t		os[3],
				oe[3],
				fs = 0,
				fe = 0;
	int			nout = 0,
				j,
				k;
	bool		flash;

	/* hours come in order: the bases roll (each hour's base is computed once) */
	if (t == rc->roll_t + SG_USECS_PER_HOUR)
	{
		rc->roll[0] = rc->roll[1];
		rc->roll[1] = rc->roll[2];
		rc->roll[2] = hour_base(rc, t + SG_USECS_PER_HOUR);
	}
	else if (t != rc->roll_t)
	{
		rc->roll[0] = hour_base(rc, t - SG_USECS_PER_HOUR);
		rc->roll[1] = hour_base(rc, t);
		rc->roll[2] = hour_base(rc, t + SG_USECS_PER_HOUR);
	}
	rc->roll_t = t;
	c_prev = rc->roll[0];
	c = rc->roll[1];
	c_next = rc->roll[2];
	hr->attempts = hr->orders = hr->carts = 0;
	if (c_prev == 0 && c == 0 && c_next == 0)
	{
		if (knots)
			memset(hr, 0, sizeof(*hr));
		return;
	}
	flash = flash_near(sc, t, &fs, &fe);
	if (sc->outage_every_days > 0)
	{
		int64_t		p = sg_outage_period(sc, t),
					q;

		/* outages last at most a period: two earlier periods can reach t */
		for (q = p - 2; q <= p; q++)
			if (rates_outage(rc, q, &os[nout], &oe[nout]) &&
				os[nout] < t + SG_USECS_PER_HOUR && oe[nout] + SG_OUTAGE_BACKLOG > t)
				nout++;
	}
	if (!flash && nout == 0 && sc->holiday_multiplier_pct <= 100)
	{
		/*
		 * No event in the hour: the knots are the base's, and their
		 * trapezoid mean is (c_prev + 6 c + c_next) / 8 in closed form
		 * (the hour's count, whether its knots are wanted or not)
		 */
		hr->attempts = (c_prev + 6 * c + c_next) / 8;
		hr->orders = hr->attempts;
		/* carts per order <= 19 (190000 bp): fits 64 bits */
		hr->carts = min64(hr->attempts * rc->carts_per_order_bp / 10000, (int64_t) RATE_CAP_MILLI);
		if (!knots)
			return;
	}
	for (j = 0; j < SG_KNOTS; j++)
	{
		int64_t		at = t + (int64_t) j * SG_KNOT_USECS,
					x = (int64_t) j * SG_KNOT_USECS,
					base,
					mult = 1000,
					kept = 1000,
					backlog = 0,
					shape = 0,
					attempts,
					orders,
					carts;

		base = x < SG_USECS_PER_HOUR / 2 ?
			c_prev + (int64_t) ((__int128) (c - c_prev) * (x + SG_USECS_PER_HOUR / 2) / SG_USECS_PER_HOUR) :
			c + (int64_t) ((__int128) (c_next - c) * (x - SG_USECS_PER_HOUR / 2) / SG_USECS_PER_HOUR);
		if (flash)
		{
			shape = sg_flash_shape_milli(at - fs, fe - fs);
			mult = 1000 + ((int64_t) sc->flash_multiplier_pct * 10 - 1000) * shape / 1000;
		}
		if (sc->holiday_multiplier_pct > 100)
			mult = mult * holiday_at(rc, at) / 1000;
		for (k = 0; k < nout; k++)
		{
			int64_t		h = sg_outage_health_milli(at - os[k], oe[k] - os[k]);

			kept = min64(kept, (int64_t) sc->outage_multiplier_pct * 10 +
						 (1000 - (int64_t) sc->outage_multiplier_pct * 10) * h / 1000);
			backlog = max64(backlog, sg_outage_backlog_milli(at - oe[k]));
		}

		/*
		 * Checkouts follow demand (plus the pent-up demand after an
		 * outage); orders are the checkouts that succeed; abandoned carts
		 * are a share of checkouts, plus the failed ones of an outage (a
		 * failed checkout is abandoned, often twice: a retry); a flash
		 * sale's rush abandons more.
		 */
		attempts = (int64_t) Min128((__int128) base * mult / 1000 * (1000 + backlog) / 1000,
									RATE_CAP_MILLI);
		orders = attempts * kept / 1000;
		carts = (int64_t) Min128(((__int128) attempts * rc->carts_per_order_bp / 10000 +
								  attempts * (1000 - kept) / 1000 * 2) * (1000 + shape / 2) / 1000,
								 RATE_CAP_MILLI);
		hr->attempts_knot[j] = attempts;
		hr->orders_knot[j] = orders;
		hr->carts_knot[j] = carts;
	}
	if (!flash && nout == 0 && sc->holiday_multiplier_pct <= 100)
		return;					/* the closed form above */
	hr->attempts = knots_mean(hr->attempts_knot);
	hr->orders = knots_mean(hr->orders_knot);
	hr->carts = knots_mean(hr->carts_knot);
}

/*
 * A count with mean lambda_milli/1000: Binomial(64, lambda/64) for small
 * means (variance ~ lambda, exact mean), a normal approximation (Irwin-Hall
 * of 12 uniforms, integer square root) for larger ones.  Integer only.
 */
static int64_t
draw_count(SgRng *r, int64_t lambda_milli)
{
	if (lambda_milli <= 0)
		return 0;
	if (lambda_milli < 32000)
	{
		uint32_t	p = (uint32_t) (((uint64_t) lambda_milli << 32) / 64000);
		int64_t		n = 0;
		int			i;

		for (i = 0; i < 64; i++)
			n += sg_rng_next(r) < p;
		return n;
	}
	else
	{
		int64_t		z = 0;		/* sum of 12 U(0,1) - 6, in units of 2^-16 */
		int64_t		sd_milli = (int64_t) sg_isqrt64((uint64_t) lambda_milli * 1000);
		int64_t		v;
		int			i;

		for (i = 0; i < 3; i++)
		{
			uint64_t	x = sg_rng_next64(r);

			z += (int64_t) (x & 0xffff) + (int64_t) ((x >> 16) & 0xffff) +
				(int64_t) ((x >> 32) & 0xffff) + (int64_t) (x >> 48);
		}
		z -= 6 * 65536;
		v = lambda_milli + sd_milli * z / 65536;
		return v <= 0 ? 0 : (v + 500) / 1000;
	}
}

/* the largest count draw_count() can return for a mean of lambda_milli/1000 */
static int64_t
draw_count_max(int64_t lambda_milli)
{
	if (lambda_milli <= 0)
		return 0;
	if (lambda_milli < 32000)
		return 64;
	/* the normal approximation's z lies in [-6, 6] */
	return (lambda_milli + 6 * (int64_t) sg_isqrt64((uint64_t) lambda_milli * 1000) + 500) / 1000 + 1;
}

/*
 * Binomial(n, num/den), integer only: n trials for n <= 64, else a
 * normal approximation (Irwin-Hall) clamped to [0, n].
 */
static int64_t
draw_binomial(SgRng *r, int64_t n, int64_t num, int64_t den)
{
	if (n <= 0 || num <= 0)
		return 0;
	if (num >= den)
		return n;
	if (n <= 64)
	{
		uint32_t	p = (uint32_t) (((unsigned __int128) num << 32) / (uint64_t) den);
		int64_t		k = 0;
		int			i;

		for (i = 0; i < n; i++)
			k += sg_rng_next(r) < p;
		return k;
	}
	else
	{
		/* mean in units of 2^-16, variance n p (1 - p) in units of 2^-32 */
		__int128	mean = ((__int128) n * num << 16) / den;
		int64_t		p16 = (int64_t) (((__int128) num << 16) / den);
		__int128	var = (__int128) n * p16 * (65536 - p16);
		int64_t		sd = (int64_t) sg_isqrt64((uint64_t) (var > (__int128) UINT64_MAX ? UINT64_MAX : var));
		int64_t		z = 0;
		int64_t		v;
		int			i;

		for (i = 0; i < 3; i++)
		{
			uint64_t	x = sg_rng_next64(r);

			z += (int64_t) (x & 0xffff) + (int64_t) ((x >> 16) & 0xffff) +
				(int64_t) ((x >> 32) & 0xffff) + (int64_t) (x >> 48);
		}
		z -= 6 * 65536;
		v = (int64_t) ((mean + (__int128) sd * z / 65536 + 32768) >> 16);
		return v < 0 ? 0 : (v > n ? n : v);
	}
}

/* one UTC day's expected counts, hour by hour */
typedef struct SgDayRates
{
	int64_t		orders[24];
	int64_t		carts[24];
	int64_t		attempts[24];
	int64_t		orders_knot[24][SG_KNOTS];
	int64_t		carts_knot[24][SG_KNOTS];
	int64_t		orders_sum;
	int64_t		carts_sum;
} SgDayRates;

static void
day_rates(SgRates *rc, int64_t day, SgDayRates *dr, bool knots)
{
	int			h;

	dr->orders_sum = dr->carts_sum = 0;
	for (h = 0; h < 24; h++)
	{
		SgHourRates hr;

		hour_rates(rc, day * SG_USECS_PER_DAY + h * SG_USECS_PER_HOUR, &hr, knots);
		dr->orders[h] = hr.orders;
		dr->carts[h] = hr.carts;
		dr->attempts[h] = hr.attempts;
		if (knots)
		{
			memcpy(dr->orders_knot[h], hr.orders_knot, sizeof(hr.orders_knot));
			memcpy(dr->carts_knot[h], hr.carts_knot, sizeof(hr.carts_knot));
		}
		dr->orders_sum += hr.orders;
		dr->carts_sum += hr.carts;
	}
}

/* a day's count split over its hours by the hours' weights */
static void
split_day(SgRng *r, int64_t n, const int64_t *weights, int64_t sum, int64_t *out)
{
	int			h;

	for (h = 0; h < 24; h++)
	{
		out[h] = h == 23 ? n : draw_binomial(r, n, weights[h], sum);
		n -= out[h];
		sum -= weights[h];
	}
}

/* the most of n a split can give an hour of weight num/den */
static int64_t
split_max(int64_t n, int64_t num, int64_t den)
{
	int64_t		mean;

	if (n <= 0 || num <= 0 || den <= 0)
		return 0;
	if (n <= 64 || num >= den)
		return n;
	mean = (int64_t) ((__int128) n * num / den);
	return min64(n, mean + 6 * (int64_t) sg_isqrt64((uint64_t) mean + 1) + 2);
}

/* the world's first day with orders */
static int64_t
first_day(const SgRates *rc)
{
	return sg_floor_div(rc->first_order_at, SG_USECS_PER_DAY);
}

void
sg_events_bound(const SgWorld *w, int64_t start, int64_t end, int32_t orders_per_day,
				int64_t *max_ids, int64_t *peak_hour)
{
	SgRates		rc;
	int64_t		orders = 0,
				carts = 0,
				peak = 0;
	int64_t		day,
				last = sg_floor_div(end - 1, SG_USECS_PER_DAY);

	rates_init(&rc, w, orders_per_day);
	for (day = sg_floor_div(start, SG_USECS_PER_DAY); day <= last; day++)
	{
		SgDayRates dr;
		int64_t		omax,
					cmax;
		int			h;

		day_rates(&rc, day, &dr, false);
		omax = draw_count_max(dr.orders_sum);
		cmax = draw_count_max(dr.carts_sum);
		for (h = 0; h < 24; h++)
		{
			int64_t		t = day * SG_USECS_PER_DAY + h * SG_USECS_PER_HOUR;
			int64_t		o = split_max(omax, dr.orders[h], dr.orders_sum),
						c = split_max(cmax, dr.carts[h], dr.carts_sum);

			if (t + SG_USECS_PER_HOUR <= start || t >= end)
				continue;
			orders += o;
			carts += c;
			peak = max64(peak, max64(o, max64(c, dr.attempts[h] / 1000 + 1)));
		}
	}
	*max_ids = max64(orders, carts);
	*peak_hour = peak;
}

/*
 * Stratified instants: the i-th of n events of an hour falls in its i-th
 * slice of the hour's mass, so instants grow with ids.  The mass is the
 * piecewise-linear density through the hour's knots k[0 .. SG_KNOTS - 1]
 * (hour_rates), resolved per minute: segment j (between knots j and
 * j + 1) weighs 100 (k[j] + k[j + 1]), its minute m 20 k[j] + (k[j + 1] -
 * k[j]) (2 m + 1) (the density at the minute's middle), uniform inside
 * the minute.  Integer only; O(1) per event.
 */
#define SEGMENTS		(SG_KNOTS - 1)
#define SEG_MINUTES		((int) (SG_KNOT_USECS / SG_USECS_PER_MINUTE))

static int64_t
instant_in_hour(int64_t hour_start, const int64_t *k, int64_t i, int64_t n, SgRng *r)
{
	uint64_t	u = sg_rng_next(r);
	int64_t		w,
				rem,
				area,
				ka,
				d,
				wm;
	uint64_t	f;
	int			j,
				m,
				shift = 0;

	/*
	 * Knots stay below RATE_CAP_MILLI (10^13): every sum here fits 64
	 * bits.  Segment j weighs SEG_MINUTES^2 (k[j] + k[j + 1]).
	 */
	w = k[0] + k[SEGMENTS];
	for (j = 1; j < SEGMENTS; j++)
		w += 2 * k[j];
	w *= SEG_MINUTES * SEG_MINUTES;
	/* the event's point of the hour, x 2^32: i < n <= 2^31 in any hour a call reaches */
	f = n <= INT32_MAX ? ((((uint64_t) i) << 32) + u) / (uint64_t) n :
		(uint64_t) (((((unsigned __int128) i) << 32) + u) / (uint64_t) n);
	if (w <= 0)					/* no density: evenly */
		return hour_start + (int64_t) ((f * (uint64_t) (SG_USECS_PER_HOUR >> 8)) >> 24);
	rem = (int64_t) (((unsigned __int128) w * f) >> 32);
	for (j = 0;; j++)
	{
		area = (k[j] + k[j + 1]) * (SEG_MINUTES * SEG_MINUTES);
		if (j == SEGMENTS - 1 || rem < area)
			break;
		rem -= area;
	}
	ka = k[j];
	d = k[j + 1] - k[j];

	/*
	 * The last minute m with C(m) = 2 SEG_MINUTES ka m + d m^2 <= rem:
	 * from the guess of an even density, then step to it.
	 */
	m = area > 0 ? (int) (rem * SEG_MINUTES / area) : 0;
	if (m > SEG_MINUTES - 1)
		m = SEG_MINUTES - 1;
	while (m < SEG_MINUTES - 1 &&
		   2 * SEG_MINUTES * ka * (m + 1) + d * (m + 1) * (m + 1) <= rem)
		m++;
	while (m > 0 && 2 * SEG_MINUTES * ka * m + d * m * m > rem)
		m--;
	rem -= 2 * SEG_MINUTES * ka * m + d * m * m;
	wm = 2 * SEG_MINUTES * ka + d * (2 * m + 1);
	/* uniform inside the minute: rem / wm of it (rem < wm), 64-bit */
	while ((wm >> shift) >= (INT64_C(1) << 36))
		shift++;
	return hour_start + (int64_t) j * SG_KNOT_USECS + (int64_t) m * SG_USECS_PER_MINUTE +
		(rem >> shift) * SG_USECS_PER_MINUTE / max64(1, wm >> shift);
}

/* the stream of id (orders or carts: first, knots, tag), positioned after its instant */
static int64_t
stream_instant(const SgEvents *ev, const int64_t *first, const int64_t *knots, SgStreamTag tag,
			   int32_t hour, int64_t id, SgRng *r)
{
	sg_rng_stream(r, ev->key, tag, (uint64_t) id);
	return instant_in_hour(ev->span_start + (int64_t) hour * SG_USECS_PER_HOUR,
						   knots + (int64_t) hour * SEGMENTS,
						   id - first[hour], first[hour + 1] - first[hour], r);
}

static int64_t
order_instant(const SgEvents *ev, int32_t hour, int64_t id, SgRng *r)
{
	return stream_instant(ev, ev->order_first, ev->order_knots, SG_STREAM_ORDER, hour, id, r);
}

static int64_t
cart_instant(const SgEvents *ev, int32_t hour, int64_t id, SgRng *r)
{
	return stream_instant(ev, ev->cart_first, ev->cart_knots, SG_STREAM_CART, hour, id, r);
}

typedef int64_t (*SgInstantFn) (const SgEvents *, int32_t, int64_t, SgRng *);

/* the first id in [a, b] whose instant is >= t, given that b's is (or b is the hour's end) */
static int64_t
first_id_between(const SgEvents *ev, int32_t hour, int64_t a, int64_t b, int64_t t,
				 SgInstantFn instant)
{
	while (a < b)
	{
		int64_t		mid = a + (b - a) / 2;
		SgRng		r;

		if (instant(ev, hour, mid, &r) < t)
			a = mid + 1;
		else
			b = mid;
	}
	return a;
}

/*
 * The first id of span hour "hour" whose instant is >= t: binary search,
 * instants grow with ids inside an hour.
 */
static int64_t
first_id_at(const SgEvents *ev, const int64_t *first, int32_t hour, int64_t t,
			SgInstantFn instant)
{
	return first_id_between(ev, hour, first[hour], first[hour + 1], t, instant);
}

/* campaign a starts before b (ties by id) */
static bool
campaign_before(const SgCampaign *a, const SgCampaign *b)
{
	return a->starts_at < b->starts_at || (a->starts_at == b->starts_at && a->id < b->id);
}

/*
 * The first order and cart ids of a day, as the last call found them: a
 * later call of the same world (the scenario row, the seed, the counts,
 * orders_per_day: everything the day counts depend on) whose span starts
 * that day or later counts on from there instead of from the world's
 * first day, so repeated calls (generate()'s tables, a day-by-day append,
 * a dashboard's queries) set up in O(their window).  It holds only what
 * the counting gives; a miss counts from the beginning.
 */
static struct
{
	bool		valid;
	SgScenario	sc;
	uint64_t	seed;
	int64_t		customers;
	int32_t		products;
	int32_t		suppliers;
	int32_t		orders_per_day;
	int64_t		day;
	int64_t		order_id;
	int64_t		cart_id;
}			ids_memo;

static bool
ids_memo_same_world(const SgWorld *w, int32_t orders_per_day)
{
	return ids_memo.valid && ids_memo.seed == w->seed &&
		ids_memo.customers == w->ncustomers && ids_memo.products == w->nproducts &&
		ids_memo.suppliers == w->nsuppliers && ids_memo.orders_per_day == orders_per_day &&
		memcmp(&ids_memo.sc, w->sc, sizeof(SgScenario)) == 0;
}

static bool
ids_memo_find(const SgWorld *w, int32_t orders_per_day, int64_t d0, int64_t *day,
			  int64_t *order_id, int64_t *cart_id)
{
	if (!ids_memo_same_world(w, orders_per_day) || ids_memo.day > d0 || ids_memo.day < *day)
		return false;
	*day = ids_memo.day;
	*order_id = ids_memo.order_id;
	*cart_id = ids_memo.cart_id;
	return true;
}

static void
ids_memo_keep(const SgWorld *w, int32_t orders_per_day, int64_t d0, int64_t order_id,
			  int64_t cart_id)
{
	ids_memo.valid = false;
	memcpy(&ids_memo.sc, w->sc, sizeof(SgScenario));
	ids_memo.seed = w->seed;
	ids_memo.customers = w->ncustomers;
	ids_memo.products = w->nproducts;
	ids_memo.suppliers = w->nsuppliers;
	ids_memo.orders_per_day = orders_per_day;
	ids_memo.day = d0;
	ids_memo.order_id = order_id;
	ids_memo.cart_id = cart_id;
	ids_memo.valid = true;
}

void
sg_events_init(SgEvents *ev, const SgWorld *w, int64_t start, int64_t end, int64_t as_of,
			   int32_t orders_per_day, SgAllocFn alloc, void (*interrupt) (void))
{
	const SgScenario *sc = w->sc;
	SgRates		rc;
	int64_t		order_id = 1,
				cart_id = 1;
	int64_t		d0,
				d1,
				day;
	int32_t		h,
				i;
	int64_t		ws,
				we;

	memset(ev, 0, sizeof(*ev));
	ev->w = w;
	ev->sc = sc;
	ev->start = start;
	ev->end = end;
	ev->as_of = as_of;
	ev->orders_per_day = orders_per_day;
	ev->key = world_key(w->seed, orders_per_day, w->ncustomers, w->nproducts, w->nsuppliers);
	ev->sched_key = sg_schedule_key(w->seed);
	rates_init(&rc, w, orders_per_day);
	ev->peak_attempts_milli = rc.peak > 0 ? rc.peak : 1000;
	ev->peak_arrivals_milli = ev->peak_attempts_milli +
		ev->peak_attempts_milli * rc.carts_per_order_bp / 10000;
	memcpy(ev->curve, rc.base, sizeof(ev->curve));
	ev->curve_peak = rc.peak;

	/* the span: whole days, 73 hours past the end for cart recoveries */
	d0 = sg_floor_div(start, SG_USECS_PER_DAY);
	d1 = sg_floor_div(end - 1 + 73 * SG_USECS_PER_HOUR, SG_USECS_PER_DAY);
	ev->span_start = d0 * SG_USECS_PER_DAY;
	ev->hours = (int32_t) ((d1 - d0 + 1) * 24);

	ev->order_first = alloc(sizeof(int64_t) * (ev->hours + 1));
	ev->cart_first = alloc(sizeof(int64_t) * (ev->hours + 1));
	ev->cust_limit = alloc(sizeof(int64_t) * ev->hours);
	ev->attempts_milli = alloc(sizeof(int64_t) * ev->hours);
	ev->order_knots = alloc(sizeof(int64_t) * ((int64_t) ev->hours * SEGMENTS + 1));
	ev->cart_knots = alloc(sizeof(int64_t) * ((int64_t) ev->hours * SEGMENTS + 1));

	/*
	 * ids before the span: one draw per day since the world's first order,
	 * from the last call's day when it was the same world and not later
	 */
	day = first_day(&rc);
	(void) ids_memo_find(w, orders_per_day, d0, &day, &order_id, &cart_id);
	for (; day < d0; day++)
	{
		SgDayRates dr;
		SgRng		r;

		if ((day & 255) == 0 && interrupt)
			interrupt();
		day_rates(&rc, day, &dr, false);
		sg_rng_stream(&r, ev->key, SG_STREAM_ORDER_DAY, (uint64_t) day);
		order_id += draw_count(&r, dr.orders_sum);
		sg_rng_stream(&r, ev->key, SG_STREAM_CART_DAY, (uint64_t) day);
		cart_id += draw_count(&r, dr.carts_sum);
	}
	ids_memo_keep(w, orders_per_day, d0, order_id, cart_id);

	/* the span's days, split into hours */
	for (day = d0, h = 0; day <= d1; day++, h += 24)
	{
		SgDayRates dr;
		SgRng		r;
		int64_t		n,
					split[24];
		int			k;

		if (interrupt)
			interrupt();
		day_rates(&rc, day, &dr, true);
		sg_rng_stream(&r, ev->key, SG_STREAM_ORDER_DAY, (uint64_t) day);
		n = draw_count(&r, dr.orders_sum);
		sg_rng_stream(&r, ev->key, SG_STREAM_ORDER_HOUR, (uint64_t) day);
		split_day(&r, n, dr.orders, dr.orders_sum, split);
		for (k = 0; k < 24; k++)
		{
			ev->order_first[h + k] = order_id;
			order_id += split[k];
		}
		sg_rng_stream(&r, ev->key, SG_STREAM_CART_DAY, (uint64_t) day);
		n = draw_count(&r, dr.carts_sum);
		sg_rng_stream(&r, ev->key, SG_STREAM_CART_HOUR, (uint64_t) day);
		split_day(&r, n, dr.carts, dr.carts_sum, split);
		for (k = 0; k < 24; k++)
		{
			int64_t		t = ev->span_start + (int64_t) (h + k) * SG_USECS_PER_HOUR;

			ev->cart_first[h + k] = cart_id;
			cart_id += split[k];
			ev->attempts_milli[h + k] = dr.attempts[k];
			memcpy(&ev->order_knots[(int64_t) (h + k) * SEGMENTS], dr.orders_knot[k],
				   sizeof(dr.orders_knot[k]));
			memcpy(&ev->cart_knots[(int64_t) (h + k) * SEGMENTS], dr.carts_knot[k],
				   sizeof(dr.carts_knot[k]));
			ev->cust_limit[h + k] = sg_customers_at(w, t);
		}
	}
	ev->order_first[ev->hours] = order_id;
	ev->cart_first[ev->hours] = cart_id;

	/* the window's ids: the hours it covers, cut inside its first and last hour */
	ws = (start - ev->span_start) / SG_USECS_PER_HOUR;
	we = (end - ev->span_start) / SG_USECS_PER_HOUR;
	ev->order_lo = first_id_at(ev, ev->order_first, (int32_t) ws, start, order_instant);
	ev->cart_lo = first_id_at(ev, ev->cart_first, (int32_t) ws, start, cart_instant);
	ev->order_hi = first_id_at(ev, ev->order_first, (int32_t) we, end, order_instant);
	ev->cart_hi = first_id_at(ev, ev->cart_first, (int32_t) we, end, cart_instant);
	ev->total_orders = ev->order_hi - ev->order_lo;
	ev->total_carts = ev->cart_hi - ev->cart_lo;
	ev->minute_lo = -sg_floor_div(-start, SG_USECS_PER_MINUTE);
	ev->total_minutes = -sg_floor_div(-end, SG_USECS_PER_MINUTE) - ev->minute_lo;

	/*
	 * The campaigns and disruptions the window's orders can meet, and the
	 * orders of the 73 hours after it that recover its carts
	 */
	ws = ev->span_start + (int64_t) ev->hours * SG_USECS_PER_HOUR;
	ev->campaigns = alloc(sizeof(SgCampaign) * (sg_campaigns_max(w, start, ws) + 1));
	ev->ncampaigns = sg_campaigns_between(w, start, ws, ev->campaigns);
	ev->campaign_by_start = alloc(sizeof(int32_t) * (ev->ncampaigns + 1));
	/* each campaign's order channel, once per call (campaign_channel) */
	for (i = 0; i < ev->ncampaigns; i++)
	{
		int			k;

		ev->campaigns[i].order_channel = -1;	/* none: the order's own */
		for (k = 0; k < (int) LENGTHOF(campaign_order_channels); k++)
			if (strcmp(ev->campaigns[i].channel, campaign_order_channels[k].campaign_channel) == 0)
				ev->campaigns[i].order_channel = campaign_order_channels[k].order_channel;
	}
	/* by start: an insertion sort, as they come nearly sorted by month */
	for (i = 0; i < ev->ncampaigns; i++)
	{
		int32_t		j = i;

		while (j > 0 && campaign_before(&ev->campaigns[i],
										&ev->campaigns[ev->campaign_by_start[j - 1]]))
		{
			ev->campaign_by_start[j] = ev->campaign_by_start[j - 1];
			j--;
		}
		ev->campaign_by_start[j] = i;
	}

	if (sc->disruption_every_days > 0)
	{
		int64_t		p0 = sg_disruption_period(sc, start) - sg_disruption_lookback(sc),
					p1 = sg_disruption_period(sc, end - 1),
					p;

		ev->disruptions = alloc(sizeof(SgDisruption) * (p1 - p0 + 1));
		for (p = p0; p <= p1; p++)
		{
			SgDisruption *dz = &ev->disruptions[ev->ndisruptions];

			if (sg_disruption(sc, ev->sched_key, w->nsuppliers, p, &dz->starts_at,
							  &dz->ends_at, &dz->supplier_id) &&
				dz->starts_at < end && dz->ends_at > start)
				ev->ndisruptions++;
		}
	}

	sg_zipf_init(&ev->zipf, (uint64_t) w->nproducts);

	/*
	 * customers' zones, business flags and price sensitivities, when the
	 * base is small enough that zeroing the cache costs little next to a
	 * call (<= 8 MB, ~1 ms)
	 */
	if (w->ncustomers <= 8000000)
		ev->customer_cache = alloc((size_t) w->ncustomers + 1);
	/* products' prices and where ranks and slots lead, up to 1 M products (56 MB) */
	if (w->nproducts <= 1000000)
	{
		ev->product_cache = alloc(sizeof(SgProductCore) * (w->nproducts + 1));
		ev->rank_cache = alloc(sizeof(int32_t) * (w->nproducts + 1));
		ev->slot_cache = alloc(sizeof(int32_t) * (w->nproducts + 1));
	}
	cache_init(ev, alloc);

	cum_init(ev->lines_cum, &ev->lines_pick, lines_weights, LENGTHOF(lines_weights));
	cum_init(ev->gift_lines_cum, &ev->gift_lines_pick, gift_lines_weights, LENGTHOF(gift_lines_weights));
	for (i = 0; i < 3; i++)
		cum_init(ev->qty_cum[i], &ev->qty_pick[i], qty_weights[i], qty_lengths[i]);
	cum_init(ev->channel_cum, &ev->channel_pick, order_channel_weights, LENGTHOF(order_channel_weights));
	cum_init(ev->payment_cum, &ev->payment_pick, payment_weights, LENGTHOF(payment_weights));
	cum_init(ev->ticket_cum, &ev->ticket_pick, ticket_weights, LENGTHOF(ticket_weights));
	cum_init(ev->stage_cum, &ev->stage_pick, stage_weights, LENGTHOF(stage_weights));
	cum_init(ev->business_lines_cum, &ev->business_lines_pick, business_lines_weights,
			 LENGTHOF(business_lines_weights));
	cum_init(ev->cart_lines_cum, &ev->cart_lines_pick, cart_lines_weights,
			 LENGTHOF(cart_lines_weights));
}

static int32_t
find_hour(const int64_t *first, int32_t hours, int64_t id)
{
	int32_t		lo = 0,
				hi = hours - 1;

	/* last h with first[h] <= id */
	while (lo < hi)
	{
		int32_t		mid = lo + (hi - lo + 1) / 2;

		if (first[mid] <= id)
			lo = mid;
		else
			hi = mid - 1;
	}
	return lo;
}

/* ---------------------------------------------------------------------- */
/* events at an instant */

static bool
in_outage(const SgEvents *ev, int64_t t)
{
	const SgScenario *sc = ev->sc;
	int64_t		p,
				s,
				e;

	if (sc->outage_every_days <= 0)
		return false;
	for (p = sg_outage_period(sc, t) - 1; p <= sg_outage_period(sc, t); p++)
		if (sg_outage(sc, ev->sched_key, p, &s, &e) && s <= t && t < e)
			return true;
	return false;
}

static bool
in_flash_sale(const SgEvents *ev, int64_t t)
{
	return ev->sc->flash_every_days > 0 && sg_flash_at(ev->sc, t) >= 0;
}

static bool
supplier_disrupted(const SgEvents *ev, int32_t supplier, int64_t t, int64_t *until)
{
	int32_t		i;

	for (i = 0; i < ev->ndisruptions; i++)
		if (ev->disruptions[i].supplier_id == supplier &&
			ev->disruptions[i].starts_at <= t && t < ev->disruptions[i].ends_at)
		{
			*until = ev->disruptions[i].ends_at;
			return true;
		}
	return false;
}

/*
 * A disrupted supplier's product is out of stock (sg_product_stock_at):
 * SUBSTITUTE_PCT of the customers who wanted it take another product of
 * its subcategory from a supplier that delivers (a few tries), the rest
 * order it anyway, as a backorder (docs/design.md, "Event shapes,
 * metrics and days").  Draws only when the product is disrupted.
 */
#define SUBSTITUTE_PCT 45
#define SUBSTITUTE_TRIES 4

static const SgProductCore *substitute(SgEvents *ev, int64_t t, int32_t *pid,
									   const SgProductCore *pc, SgProductCore *tmp, SgRng *r);

/*
 * The campaigns running at t, at most max of them, by start; the same
 * ones run (in the same order) from t until *until.
 */
static int
active_campaigns(const SgEvents *ev, int64_t t, const SgCampaign **act, int max, int64_t *until)
{
	int32_t		lo = 0,
				hi = ev->ncampaigns,
				i;
	int			n = 0;

	/* the first campaign starting after t */
	while (lo < hi)
	{
		int32_t		mid = lo + (hi - lo) / 2;

		if (ev->campaigns[ev->campaign_by_start[mid]].starts_at <= t)
			lo = mid + 1;
		else
			hi = mid;
	}
	/* the next start; a running one's end or its leaving the look-back */
	*until = lo < ev->ncampaigns ? ev->campaigns[ev->campaign_by_start[lo]].starts_at : INT64_MAX;
	for (i = lo - 1; i >= 0 && n < max; i--)
	{
		const SgCampaign *c = &ev->campaigns[ev->campaign_by_start[i]];

		if (c->starts_at <= t - SG_CAMPAIGN_MAX_USECS)
			break;
		if (t < c->ends_at)
		{
			act[n++] = c;
			*until = min64(*until, min64(c->ends_at, c->starts_at + SG_CAMPAIGN_MAX_USECS));
		}
	}
	if (n == max)
		*until = t;				/* cut short: no promise */
	return n;
}

/* ---------------------------------------------------------------------- */
/* orders */

/*
 * The call's caches of pure functions the orders and carts ask again and
 * again: what they return is what computing it every time would.
 *	zone_weight: the curves' weight for a zone's local hour at a UTC half
 *	  hour (offsets change, and local hours begin, only on half hours);
 *	stock: each product's out-of-stock interval in one stock period;
 *	rotations: the customer blocks' rotations (sg_customer_pick_cached);
 *	running: the campaigns running, while they do (orders and carts each
 *	  move forward in time).
 */
#define HALF_HOUR (30 * MINUTE)

typedef struct SgStockCache
{
	int64_t		tag;			/* period + 2^32; 0: not yet */
	int64_t		out_at;
	int64_t		back_at;
} SgStockCache;

#define MAX_ACTIVE_CAMPAIGNS 32

typedef struct SgRunning
{
	int64_t		from;			/* act holds the campaigns of [from, until) */
	int64_t		until;
	int			n;
	const SgCampaign *act[MAX_ACTIVE_CAMPAIGNS];
} SgRunning;

typedef struct SgEventCache
{
	int64_t		zone_half[SG_N_ZONES];	/* the half hour of zone_weight */
	int64_t		zone_weight[SG_N_ZONES];
	SgStockCache *stock;		/* [products + 1] or NULL */
	uint8_t    *rotations;		/* [customer blocks] or NULL (world.c) */
	SgRunning	running[2];		/* the campaigns at the orders', the carts' t */
	int32_t		minute_hour[2]; /* the last minute's end, orders and carts */
	int64_t		minute_end[2];	/* (minute_arrivals) */
	int64_t		minute_end_id[2];
	int64_t		shock_minute[SG_MINUTE_TAPS];	/* minute_shocks: a ring by minute */
	int32_t		shock[SG_MINUTE_TAPS][3];
} SgEventCache;

static void
cache_init(SgEvents *ev, SgAllocFn alloc)
{
	int			z;

	ev->cache = alloc(sizeof(SgEventCache));
	for (z = 0; z < SG_N_ZONES; z++)
		ev->cache->zone_half[z] = INT64_MIN;
	ev->cache->minute_end[0] = ev->cache->minute_end[1] = INT64_MIN;
	for (z = 0; z < SG_MINUTE_TAPS; z++)
		ev->cache->shock_minute[z] = INT64_MIN;
	if (ev->product_cache)
		ev->cache->stock = alloc(sizeof(SgStockCache) * (ev->w->nproducts + 1));
	if (ev->customer_cache)
		ev->cache->rotations = alloc((size_t) (ev->w->ncustomers / SG_CLASS_BLOCK + 1));
}

/* local_curve() for a customer of zone at t */
static inline int64_t
zone_weight(const SgEvents *ev, int zone, int64_t t)
{
	SgEventCache *c = ev->cache;
	int64_t		half = t >= 0 ? t / HALF_HOUR : -((-t - 1) / HALF_HOUR) - 1;
	int32_t		off;
	int64_t		weight;

	if (c->zone_half[zone] == half)
		return c->zone_weight[zone];
	off = sg_zone_utc_offset_min(zone, t);
	weight = local_curve((const int64_t (*)[24]) ev->curve, t, off);
	if (off % 30 == 0)
	{
		c->zone_half[zone] = half;
		c->zone_weight[zone] = weight;
	}
	return weight;
}

/* active_campaigns() through the cache (slot 0: carts, 1: orders) */
static int
running_campaigns(const SgEvents *ev, int64_t t, const SgCampaign **act, int slot)
{
	SgRunning  *c = &ev->cache->running[slot];

	if (!(c->from <= t && t < c->until))
	{
		c->n = active_campaigns(ev, t, c->act, MAX_ACTIVE_CAMPAIGNS, &c->until);
		c->from = t;
	}
	memcpy(act, c->act, sizeof(*act) * c->n);
	return c->n;
}

/* sg_product_restock_out() through the cache (regular episodes) */
static inline bool
out_of_stock(const SgEvents *ev, int32_t id, int64_t t, int64_t *back_at)
{
	SgStockCache *sc = ev->cache->stock ? &ev->cache->stock[id] : NULL;
	SgStockCache tmp;
	int64_t		period = sg_stock_period(t);

	if (sc == NULL || sc->tag != period + (INT64_C(1) << 32))
	{
		if (sc == NULL)
			sc = &tmp;
		sg_product_stock_out(ev->w, id, period, &sc->out_at, &sc->back_at);
		sc->tag = period + (INT64_C(1) << 32);
	}
	*back_at = sc->back_at;
	return sc->out_at <= t && t < sc->back_at;
}

static const SgProductCore *
product(SgEvents *ev, int32_t id, SgProductCore *tmp)
{
	SgRng		r;

	if (ev->product_cache)
	{
		SgProductCore *pc = &ev->product_cache[id];

		if (pc->list_price == 0)
			sg_product_core(ev->w, id, pc, &r);
		return pc;
	}
	sg_product_core(ev->w, id, tmp, &r);
	return tmp;
}

static const SgProductCore *
substitute(SgEvents *ev, int64_t t, int32_t *pid, const SgProductCore *pc, SgProductCore *tmp,
		   SgRng *r)
{
	int64_t		until;
	int			subcategory = pc->subcategory,
				k;

	if (!supplier_disrupted(ev, pc->supplier_id, t, &until) ||
		!sg_rng_chance(r, SUBSTITUTE_PCT, 100))
		return pc;
	for (k = 0; k < SUBSTITUTE_TRIES; k++)
	{
		int32_t		other = sg_product_in_subcategory(ev->w, subcategory, r, ev->slot_cache);
		const SgProductCore *oc;

		if (other == 0)
			break;
		oc = product(ev, other, tmp);
		if (!supplier_disrupted(ev, oc->supplier_id, t, &until))
		{
			*pid = other;
			return oc;
		}
	}
	return product(ev, *pid, tmp);
}

/* a product by popularity: Zipf-like rank, then the rank's product */
static int32_t
popular_product(SgEvents *ev, SgRng *r)
{
	int32_t		rank = (int32_t) sg_zipf_draw(&ev->zipf, r);

	if (ev->rank_cache)
	{
		if (ev->rank_cache[rank] == 0)
			ev->rank_cache[rank] = sg_product_by_rank(ev->w, rank);
		return ev->rank_cache[rank];
	}
	return sg_product_by_rank(ev->w, rank);
}

/* the best campaign discount (basis points) for a category among the running ones */
static int32_t
campaign_discount(const SgCampaign *const *act, int nact, int category, int32_t *campaign_id)
{
	int32_t		best = 0;
	int			i;

	for (i = 0; i < nact; i++)
	{
		const SgCampaign *c = act[i];

		if ((c->category < 0 || c->category == category) && c->discount_bp > best)
		{
			best = c->discount_bp;
			*campaign_id = c->id;
		}
	}
	return best;
}

/* the share of orders with a loyalty coupon, by price sensitivity */
static const uint32_t coupon_pct[] = {[SG_PRICE_LOW] = 2, [SG_PRICE_MID] = 4, [SG_PRICE_HIGH] = 12};

/*
 * Of the orders placed while regular campaigns run, the share each one's
 * lift added came because of it, through its channel (a 19 % sitewide
 * campaign on social: 28 % of the orders, in the app).  No draw when no
 * campaign lifts demand.
 */
static int
campaign_channel(const SgCampaign *const *act, int nact, int channel, SgRng *r)
{
	int64_t		total = 1000,
				u;
	int			i;

	for (i = 0; i < nact; i++)
		total += act[i]->lift_milli;
	if (total == 1000)
		return channel;
	u = (int64_t) sg_rng_below64(r, (uint64_t) total) - 1000;
	for (i = 0; i < nact && u >= 0; i++)
	{
		u -= act[i]->lift_milli;
		if (u < 0)
			return act[i]->order_channel >= 0 ? act[i]->order_channel : channel;
	}
	return channel;
}

/*
 * Who places an order at t (docs/design.md, "Customers who behave like
 * customers").  While the shop signs customers up, FIRST_ORDER_PCT of
 * orders are a new customer's first, soon after signing up: the customer
 * who signed up last before t - age, age right-skewed up to two weeks.
 * The rest come from the base by propensity (sg_customer_pick).
 */
#define FIRST_ORDER_PCT 15
#define FIRST_ORDER_MAX_AGE (14 * DAY)

static int64_t
order_candidate(const SgEvents *ev, int32_t hour, int64_t t, SgRng *r)
{
	const SgScenario *sc = ev->sc;
	bool		first = sg_rng_chance(r, FIRST_ORDER_PCT, 100);
	int64_t		signed_up = t - sg_rng_skewed(r, 0, FIRST_ORDER_MAX_AGE);

	if (first && signed_up >= sc->signups_from && signed_up < sc->signups_until)
	{
		int64_t		id = sg_customers_at(ev->w, signed_up);

		if (id > 0)
			return id;
	}
	return sg_customer_pick_cached(ev->w, ev->cust_limit[hour], r, ev->cache->rotations);
}

/*
 * Each customer shops in their own local time: a candidate is kept with
 * the chance the curves give their local hour and weekday at t (against
 * the curves' peak), else another is drawn; the hour's count already is
 * the zones' mix (hour_rates), so the zones' shares at t come out right.
 */
#define LOCAL_TRIES 64

/*
 * A customer's zone, business flag and price sensitivity, through the
 * call's cache: one byte, 1 + zone + SG_N_ZONES x state, the state 0 for
 * a business customer (who buys at the middle), 1 for a consumer whose
 * sensitivity is not known yet, 2 + sensitivity once it is (the
 * candidates of an order need only the zone; one byte keeps the cache
 * small enough for the processor's caches at 250,000 customers).
 */
#define TRAIT_BUSINESS 0
#define TRAIT_CONSUMER 1
_Static_assert(SG_N_ZONES * (2 + SG_PRICE_HIGH + 1) <= 255, "a customer's traits fit a byte");

static inline int
customer_traits(const SgEvents *ev, int64_t id, bool *business)
{
	int			v = ev->customer_cache ? ev->customer_cache[id] : 0;

	if (v == 0)
	{
		bool		b;
		int			zone = sg_customer_traits(ev->w, id, &b);

		v = 1 + zone + SG_N_ZONES * (b ? TRAIT_BUSINESS : TRAIT_CONSUMER);
		if (ev->customer_cache)
			ev->customer_cache[id] = (uint8_t) v;
	}
	*business = (v - 1) / SG_N_ZONES == TRAIT_BUSINESS;
	return (v - 1) % SG_N_ZONES;
}

static inline SgPriceSensitivity
customer_sensitivity(const SgEvents *ev, int64_t id)
{
	bool		business;
	int			zone = customer_traits(ev, id, &business);
	int			state;
	SgPriceSensitivity sens;

	if (business)
		return SG_PRICE_MID;
	state = ev->customer_cache ? (ev->customer_cache[id] - 1) / SG_N_ZONES : TRAIT_CONSUMER;
	if (state > TRAIT_CONSUMER)
		return (SgPriceSensitivity) (state - 2);
	sens = sg_customer_price_sensitivity(ev->w, id);
	if (ev->customer_cache)
		ev->customer_cache[id] = (uint8_t) (1 + zone + SG_N_ZONES * (2 + (int) sens));
	return sens;
}

static int64_t
order_customer(const SgEvents *ev, int32_t hour, int64_t t, SgRng *r)
{
	int64_t		id = 0;
	int			k;

	for (k = 0; k < LOCAL_TRIES; k++)
	{
		bool		business;

		id = order_candidate(ev, hour, t, r);
		if (id == 0 || ev->curve_peak <= 0)
			break;
		if ((int64_t) sg_rng_below64(r, (uint64_t) ev->curve_peak) <
			zone_weight(ev, customer_traits(ev, id, &business), t))
			break;
	}
	return id;
}

void
sg_order_get(SgEvents *ev, int32_t hour, int64_t id, SgOrder *o)
{
	const SgScenario *sc = ev->sc;
	SgRng		r;
	int64_t		t;
	int			nlines,
				i;
	int32_t		best_bp = 0;
	int64_t		weight = 0;
	bool		flash;
	int64_t		cancel_after;
	bool		cancel;
	const SgCampaign *act[MAX_ACTIVE_CAMPAIGNS];
	int			nact;
	bool		business;
	int			pull,
				pull_pct,
				complement = -1;
	int32_t		line_bp[SG_MAX_LINES];	/* each line's campaign discount */
	int64_t		back_at = SG_NO_TIME;
	SgPriceSensitivity sens;

	o->id = id;
	o->hour = hour;
	o->ordered_at = t = order_instant(ev, hour, id, &r);
	o->customer_id = order_customer(ev, hour, t, &r);
	(void) customer_traits(ev, o->customer_id, &business);
	sens = customer_sensitivity(ev, o->customer_id);
	o->channel = sg_pick(&ev->channel_pick, &r);
	o->payment = sg_pick(&ev->payment_pick, &r);
	o->in_outage = in_outage(ev, t);
	o->in_holiday = sg_in_holiday(sc, t);
	flash = in_flash_sale(ev, t);
	o->disrupted = false;
	o->campaign_id = 0;
	nact = running_campaigns(ev, t, act, 1);
	o->channel = campaign_channel(act, nact, o->channel, &r);

	nlines = 1 + (business ? sg_pick(&ev->business_lines_pick, &r) :
				  o->in_holiday ? sg_pick(&ev->gift_lines_pick, &r) :
				  sg_pick(&ev->lines_pick, &r));
	/* a running campaign on a category draws lines from it */
	pull = -1;
	pull_pct = 0;
	if (flash && sc->flash_category >= 0)
	{
		pull = sc->flash_category;
		pull_pct = 50;
	}
	else
	{
		int32_t		best = 0;

		for (i = 0; i < nact; i++)
			if (act[i]->category >= 0 && act[i]->discount_bp > best)
			{
				best = act[i]->discount_bp;
				pull = act[i]->category;
				pull_pct = 25;
			}
	}
	o->nlines = 0;
	o->item_count = 0;
	o->subtotal = 0;
	for (i = 0; i < nlines; i++)
	{
		SgProductCore tmp;
		const SgProductCore *pc;
		int32_t		pid = 0;
		int32_t		qty;
		int			j;
		int32_t		bp,
					cid = 0;
		SgLine	   *line;

		/*
		 * A line: a popular product; in a flash sale half the lines (a
		 * category campaign: a quarter) from its category; after a product
		 * with a complement, now and then the complement (a camera, then
		 * a memory card).
		 */
		if (pull >= 0 && sg_rng_chance(&r, (uint32_t) pull_pct, 100))
			pid = sg_product_in_category(ev->w, pull, &r, ev->slot_cache);
		else if (complement >= 0 && sg_rng_chance(&r, 30, 100))
			pid = sg_product_in_subcategory(ev->w, complement, &r, ev->slot_cache);
		if (pid == 0)
		{
			pid = popular_product(ev, &r);

			/*
			 * A deal hunter compares it with another of its kind and takes
			 * the cheaper, a customer who buys the better one the dearer.
			 */
			if (sens != SG_PRICE_MID)
			{
				SgProductCore tmp2;
				const SgProductCore *first = product(ev, pid, &tmp);
				int64_t		price = first->list_price;
				int32_t		alt = sg_product_in_subcategory(ev->w, first->subcategory, &r,
															ev->slot_cache);

				if (alt > 0 && alt != pid &&
					(sens == SG_PRICE_HIGH) == (product(ev, alt, &tmp2)->list_price < price))
					pid = alt;
			}
		}
		pc = product(ev, pid, &tmp);
		if (ev->ndisruptions > 0)
			pc = substitute(ev, t, &pid, pc, &tmp, &r);
		complement = pc->complement_subcategory;
		qty = 1 + sg_pick(&ev->qty_pick[pc->qty_class], &r);
		if (business && pc->qty_class != SG_QTY_ONE)
			qty *= 1 + (int32_t) sg_rng_below(&r, 3);	/* for the office */

		/* the same product twice is one line with more items */
		for (j = 0; j < o->nlines; j++)
			if (o->lines[j].product_id == pid)
				break;
		line = &o->lines[j];
		if (j == o->nlines)
		{
			o->nlines++;
			line->product_id = pid;
			line->quantity = 0;
			line->supplier_id = pc->supplier_id;
			line->category = pc->category;
			line->weight_g = pc->weight_g;
			line->unit_price = pc->list_price;
		}
		else
			o->subtotal -= line->line_total;
		line->quantity += qty;
		bp = campaign_discount(act, nact, pc->category, &cid);
		line_bp[j] = bp;
		line->discount = line->unit_price * line->quantity * bp / 10000;
		line->line_total = line->unit_price * line->quantity - line->discount;
		o->subtotal += line->line_total;
		o->item_count += qty;
		weight += (int64_t) pc->weight_g * qty;
		if (bp > best_bp)
		{
			best_bp = bp;
			o->campaign_id = cid;
		}
		/*
		 * Out of stock: sold as a backorder, shipped after the restock (a
		 * disrupted supplier's products are out until the disruption ends)
		 */
		{
			int64_t		back;

			if (ev->ndisruptions > 0 && supplier_disrupted(ev, pc->supplier_id, t, &back))
				o->disrupted = true;
			else if (!out_of_stock(ev, pid, t, &back))
				back = SG_NO_TIME;
			if (back != SG_NO_TIME && (back_at == SG_NO_TIME || back > back_at))
				back_at = back;
		}
	}

	/*
	 * A small basket is topped up toward free shipping now and then (one
	 * more of its first product, unless that one is bought singly): below
	 * 60 % of the threshold, with chance 3/5, three times at most.
	 */
	for (i = 0; i < 3 && o->subtotal < SG_FREE_SHIPPING_FROM * 3 / 5 &&
		 o->lines[0].quantity < 12 && sg_rng_chance(&r, 3, 5); i++)
	{
		SgLine	   *line = &o->lines[0];
		SgProductCore tmp;
		const SgProductCore *pc = product(ev, line->product_id, &tmp);

		if (pc->qty_class == SG_QTY_ONE)
			break;
		o->subtotal -= line->line_total;
		line->quantity++;
		line->discount = line->unit_price * line->quantity * line_bp[0] / 10000;
		line->line_total = line->unit_price * line->quantity - line->discount;
		o->subtotal += line->line_total;
		o->item_count++;
		weight += pc->weight_g;
	}

	/* a loyalty coupon, 10 % off: deal hunters use them most */
	o->discount = sg_rng_chance(&r, coupon_pct[sens], 100) ? o->subtotal / 10 : 0;
	o->shipping = (o->subtotal - o->discount >= SG_FREE_SHIPPING_FROM) ? 0 :
		(weight > 10000 ? SG_SHIPPING_HEAVY : SG_SHIPPING_STANDARD);
	o->tax = ((o->subtotal - o->discount) * 8 + 50) / 100;
	o->total = o->subtotal - o->discount + o->shipping + o->tax;

	/* lifecycle: all draws made, then cut at as_of */
	o->backordered = back_at != SG_NO_TIME;
	cancel = sg_rng_chance(&r, (uint32_t) sc->cancel_rate_bp, 10000);
	/* half the customers of a disrupted supplier give up, a fifth of other backorders */
	if ((o->disrupted && sg_rng_chance(&r, 1, 2)) ||
		(o->backordered && sg_rng_chance(&r, 1, 5)))
		cancel = true;
	cancel_after = o->backordered ? sg_rng_skewed(&r, 6 * HOUR, 72 * HOUR) :
		sg_rng_skewed(&r, 5 * MINUTE, 36 * HOUR);

	/*
	 * The warehouse and the carrier (fulfilment.c): a backorder is released
	 * at the restock; the promise counts from a restock the shop knows of,
	 * not from the end of a supplier's disruption, which nobody knows.
	 */
	{
		SgShipment	ship;

		o->zone = customer_traits(ev, o->customer_id, &business);
		sg_fulfil(sc, o->zone, t, o->backordered ? back_at : t,
				  o->backordered && !o->disrupted ? back_at : t, o->in_holiday, &r, &ship);
		o->promised_at = ship.promised_at;
		o->ships_at = cancel ? SG_NO_TIME : ship.shipped_at;
		o->arrives_at = cancel ? SG_NO_TIME : ship.delivered_at;
		o->cancels_at = cancel ? t + cancel_after : SG_NO_TIME;
	}

	o->shipped_at = o->delivered_at = o->cancelled_at = SG_NO_TIME;
	if (cancel)
	{
		if (t + cancel_after < ev->as_of)
		{
			o->cancelled_at = t + cancel_after;
			o->status = SG_ORDER_CANCELLED;
		}
		else
			o->status = o->backordered && ev->as_of < back_at ? SG_ORDER_BACKORDERED :
				SG_ORDER_PROCESSING;
		return;
	}
	if (o->ships_at >= ev->as_of)
		o->status = o->backordered && ev->as_of < back_at ? SG_ORDER_BACKORDERED :
			SG_ORDER_PROCESSING;
	else
	{
		o->shipped_at = o->ships_at;
		if (o->arrives_at >= ev->as_of)
			o->status = SG_ORDER_SHIPPED;
		else
		{
			o->delivered_at = o->arrives_at;
			o->status = SG_ORDER_DELIVERED;
		}
	}
}

/* ---------------------------------------------------------------------- */
/* returns */

/*
 * An order's returns as they will be, whatever as_of knows: one request
 * (requested_at) for the lines that come back, drawn from the order's
 * return stream (SG_STREAM_RETURN, order_id): the request's delay, then
 * per line its chance, units, reason and rejection.  Refunds are what was
 * paid for the units sent back: their share of the line, less the line's
 * share of the order's coupon (tax and shipping are not goods); floors
 * keep every refund within its line and the sum within what the order
 * paid for its goods.  Statuses are left to the caller (as_of).
 */
static int
returns_draw(const SgEvents *ev, const SgOrder *o, SgReturn *out)
{
	SgRng		r;
	int64_t		delay,
				paid;
	bool		late;
	int			i,
				n = 0;

	if (o->arrives_at == SG_NO_TIME || o->subtotal <= 0)
		return 0;
	late = o->arrives_at > o->promised_at;
	paid = o->subtotal - o->discount;
	sg_rng_stream(&r, ev->key, SG_STREAM_RETURN, (uint64_t) o->id);
	delay = sg_rng_chance(&r, RETURN_SOON_PCT, 100) ? sg_rng_skewed(&r, 4 * HOUR, 14 * DAY) :
		sg_rng_range(&r, 14 * DAY, 30 * DAY);
	for (i = 0; i < o->nlines; i++)
	{
		const SgLine *line = &o->lines[i];
		const SgReturnProfile *rp = &return_profiles[line->category];
		uint64_t	bp = (uint64_t) ev->sc->return_rate_bp * rp->rate / 100;
		uint32_t	cum[7],
					t = 0;
		int32_t		units;
		int			k,
					reason;
		bool		reject;

		if (late)
			bp = bp * LATE_RETURN_PCT / 100;
		if (o->in_holiday)
			bp = bp * GIFT_RETURN_PCT / 100;
		if (!sg_rng_chance(&r, (uint32_t) (bp < 10000 ? bp : 10000), 10000))
			continue;
		units = line->quantity <= 1 ? 1 : 1 + (int32_t) sg_rng_skewed(&r, 0, line->quantity - 1);
		for (k = 0; k < 7; k++)
			cum[k] = (t += rp->reasons[k]);
		reason = late && sg_rng_chance(&r, LATE_REASON_PCT, 100) ? REASON_LATE :
			sg_rng_weighted(&r, cum, 7);
		reject = sg_rng_chance(&r, REJECT_PCT, 100);

		out[n].id = SG_RETURN_ID(o->id, i);
		out[n].order_id = o->id;
		out[n].product_id = line->product_id;
		out[n].quantity = units;
		out[n].reason = reason;
		out[n].requested_at = o->arrives_at + delay;
		out[n].refunded_amount = reject ? -1 :
			(int64_t) ((__int128) paid * (line->line_total * units / line->quantity) / o->subtotal);
		out[n].status = 0;
		n++;
	}
	return n;
}

int
sg_returns_for_order(const SgEvents *ev, const SgOrder *o, SgReturn *ret)
{
	int			n,
				i,
				m = 0;

	if (o->status != SG_ORDER_DELIVERED)
		return 0;
	n = returns_draw(ev, o, ret);
	for (i = 0; i < n; i++)
	{
		int64_t		age = ev->as_of - ret[i].requested_at;

		if (age <= 0)
			continue;			/* not asked for yet */
		ret[m] = ret[i];
		if (ret[m].refunded_amount < 0 && age > 2 * DAY)
		{
			ret[m].status = 3;	/* rejected */
			ret[m].refunded_amount = 0;
		}
		else
		{
			ret[m].status = age < 2 * DAY ? 0 : (age < 7 * DAY ? 1 : 2);
			if (ret[m].refunded_amount < 0)
				ret[m].refunded_amount = 0;
		}
		m++;
	}
	return m;
}

/* ---------------------------------------------------------------------- */
/* tickets */

/*
 * When a customer writes: someone who would at night (before 08:00 or
 * from 21:00, their time) mostly waits for the morning; chat and phone
 * are open in support hours only.  t is moved only up to limit.
 */
static int64_t
ticket_hours(int zone, int64_t t, int64_t limit, SgRng *r, int *channel)
{
	int64_t		off = (int64_t) sg_zone_utc_offset_min(zone, t) * MINUTE;
	int64_t		day = sg_floor_div(t + off, DAY);
	int64_t		tod = t + off - day * DAY;
	bool		night = tod < SUPPORT_OPENS || tod >= SUPPORT_CLOSES;
	bool		wait = sg_rng_chance(r, NIGHT_WAITS_PCT, 100);
	int64_t		morning = (int64_t) sg_rng_below64(r, (uint64_t) (4 * HOUR));

	if (night && wait)
	{
		int64_t		t2 = (tod < SUPPORT_OPENS ? day : day + 1) * DAY + SUPPORT_OPENS + morning - off;

		if (t2 < limit)
		{
			t = t2;
			night = false;
		}
	}
	*channel = sg_rng_weighted(r, night ? channel_night_cum : channel_day_cum, 4);
	return t;
}

/*
 * Priority, resolution and CSAT, then what as_of knows of them (a CSAT
 * only from a customer who answered the survey by then).
 * Resolution: the priority's median, scaled by the channel's speed and by
 * backlog_pct, times a spread of 0.35-1.65 doubled again with chance 1/3
 * up to six times: a long tail without a hard maximum in sight.  mood:
 * the causes already against the ticket (0..); a long wait adds to it.
 */
static void
ticket_finish(const SgEvents *ev, SgTicket *tk, SgRng *r, int64_t backlog_pct, int mood)
{
	int64_t		resolve;
	int			k;

	tk->priority = sg_rng_weighted(r, ticket_priority_cum[tk->category], 4);
	resolve = resolve_median_hours[tk->priority] * HOUR * channel_speed_pct[tk->channel] / 100 *
		backlog_pct / 100 * sg_rng_range(r, 350, 1650) / 1000;
	for (k = 0; k < 6 && sg_rng_chance(r, 1, 3); k++)
		resolve *= 2;
	resolve = max64(resolve, 5 * MINUTE);
	if (resolve > 2 * DAY)
		mood++;
	if (resolve > 7 * DAY)
		mood++;
	tk->satisfaction = 1 + sg_rng_weighted(r, csat_cum[mood < 3 ? mood : 3], 5);
	if (tk->opened_at + resolve < ev->as_of)
	{
		SgRng		s;

		tk->resolved_at = tk->opened_at + resolve;
		tk->status = (ev->as_of - tk->resolved_at > 3 * DAY) ? 3 : 2;	/* closed / resolved */
		/* the survey: its own stream, so the ticket's other draws stay */
		sg_rng_stream(&s, ev->key, SG_STREAM_SURVEY, (uint64_t) tk->id);
		if (!sg_rng_chance(&s, survey_answer_pct[tk->satisfaction - 1], 100) ||
			tk->resolved_at + sg_rng_skewed(&s, SURVEY_ANSWER_MIN, SURVEY_ANSWER_MAX) >= ev->as_of)
			tk->satisfaction = 0;
	}
	else
	{
		tk->resolved_at = SG_NO_TIME;
		tk->status = (ev->as_of - tk->opened_at < DAY) ? 0 : 1;	/* open / pending */
		tk->satisfaction = 0;
	}
}

/*
 * The cause of an order's first ticket, most pressing first, and when the
 * customer writes: *limit is the latest instant the moment may move to
 * (a WISMO is written before the parcel arrives).  False: none.
 */
static bool
ticket_cause(const SgOrder *o, const SgReturn *rets, int nrets,
			 SgRng *r, int *category, int64_t *at, int64_t *limit, int *mood)
{
	bool		late = o->arrives_at != SG_NO_TIME && o->arrives_at > o->promised_at;
	bool		damaged = false;
	int			i;

	for (i = 0; i < nrets; i++)
		damaged |= rets[i].reason == REASON_DAMAGED || rets[i].reason == REASON_DEFECTIVE;
	*limit = INT64_MAX;
	*mood = 0;
	if (o->disrupted && o->cancels_at != SG_NO_TIME)
	{
		*category = TICKET_CANCELLED;
		*at = o->cancels_at + sg_rng_skewed(r, 10 * MINUTE, 2 * DAY);
		*mood = 1;
		return sg_rng_chance(r, CANCEL_TICKET_PCT, 100);
	}
	if (o->in_outage)
	{
		*category = TICKET_PAYMENT;
		*at = o->ordered_at + sg_rng_skewed(r, 2 * MINUTE, 6 * HOUR);
		*mood = 1;
		return sg_rng_chance(r, OUTAGE_TICKET_PCT, 100);
	}
	if (late)
	{
		/* past the promised day, before the parcel arrives */
		*category = TICKET_WISMO;
		*at = o->promised_at + sg_rng_skewed(r, 0, o->arrives_at - o->promised_at - 1);
		*limit = o->arrives_at;
		*mood = 1;				/* they had to chase it */
		return sg_rng_chance(r, WISMO_LATE_PCT, 100);
	}
	if (damaged)
	{
		/* after delivery, before the return is asked for */
		*category = TICKET_DAMAGED;
		*at = o->arrives_at + sg_rng_skewed(r, 10 * MINUTE, rets[0].requested_at - o->arrives_at);
		*mood = 1;
		return sg_rng_chance(r, DAMAGE_TICKET_PCT, 100);
	}
	if (o->arrives_at != SG_NO_TIME)
	{
		/* a parcel on its way: the second half of its transit */
		int64_t		transit = o->arrives_at - o->ships_at;

		*category = TICKET_WISMO;
		*at = o->ships_at + transit / 2 + (int64_t) sg_rng_below64(r, (uint64_t) (transit / 2));
		*limit = o->arrives_at;
		return sg_rng_chance(r, WISMO_TRANSIT_PCT, 100);
	}
	return false;
}

int
sg_tickets_for_order(const SgEvents *ev, const SgOrder *o, SgTicket *tks)
{
	SgReturn	rets[SG_MAX_LINES];
	int			nrets = returns_draw(ev, o, rets);
	int			slot,
				n = 0;

	for (slot = 0; slot < SG_MAX_ORDER_TICKETS; slot++)
	{
		SgTicket   *tk = &tks[n];
		SgRng		r;
		int			category = TICKET_QUESTION,
					mood = 0;
		int64_t		at = 0,
					limit = INT64_MAX,
					backlog = (o->in_holiday || o->in_outage) ? 200 : 100;
		bool		rejected = false;
		int			i;

		tk->id = SG_TICKET_ID_ORDER(o->id) + slot;
		sg_rng_stream(&r, ev->key, SG_STREAM_TICKET, (uint64_t) tk->id);
		if (slot == 0)
		{
			if (!ticket_cause(o, rets, nrets, &r, &category, &at, &limit, &mood))
				continue;
		}
		else if (slot == 1)
		{
			/* a question about a return: how to send it, where the refund is */
			if (nrets == 0 || !sg_rng_chance(&r, RETURN_TICKET_PCT, 100))
				continue;
			for (i = 0; i < nrets; i++)
				rejected |= rets[i].refunded_amount < 0;
			category = TICKET_RETURN;
			at = rets[0].requested_at + sg_rng_skewed(&r, 30 * MINUTE, 10 * DAY);
			mood = rejected ? 2 : 0;
		}
		else
		{
			/* everyday questions, a few days around the order */
			if (!sg_rng_chance(&r, (uint32_t) ev->sc->ticket_rate_bp, 10000))
				continue;
			category = sg_pick(&ev->ticket_pick, &r);
			at = o->ordered_at + sg_rng_skewed(&r, 10 * MINUTE, 7 * DAY);
		}
		tk->opened_at = ticket_hours(o->zone, at, limit, &r, &tk->channel);
		if (tk->opened_at >= ev->as_of)
			continue;			/* not written yet */
		tk->order_id = category == TICKET_ACCOUNT ? 0 : o->id;
		tk->customer_id = o->customer_id;
		tk->category = category;
		/* a late parcel sours every conversation about the order */
		if (o->arrives_at != SG_NO_TIME && o->arrives_at > o->promised_at)
			mood++;
		ticket_finish(ev, tk, &r, backlog, mood);
		n++;
	}
	return n;
}

bool
sg_ticket_for_cart(const SgEvents *ev, const SgCart *c, SgTicket *tk)
{
	SgRng		r;
	bool		business;

	/* checkouts that failed in an outage: payment tickets */
	if (c->customer_id == 0 || c->stage != STAGE_PAYMENT || !in_outage(ev, c->abandoned_at))
		return false;
	tk->id = SG_TICKET_ID_CART(c->id);
	sg_rng_stream(&r, ev->key, SG_STREAM_TICKET, (uint64_t) tk->id);
	if (!sg_rng_chance(&r, 40, 100))
		return false;
	tk->order_id = 0;
	tk->customer_id = c->customer_id;
	tk->opened_at = ticket_hours(customer_traits(ev, c->customer_id, &business),
								 c->abandoned_at + sg_rng_skewed(&r, 2 * MINUTE, 2 * HOUR),
								 INT64_MAX, &r, &tk->channel);
	if (tk->opened_at >= ev->as_of)
		return false;
	tk->category = TICKET_PAYMENT;
	ticket_finish(ev, tk, &r, 200, 1);
	return true;
}

/* ---------------------------------------------------------------------- */
/* abandoned carts */

/*
 * Recovery is causal (docs/design.md, "Carts"): a reminder brings some
 * customers back within three days, likelier the further they got
 * (recovery_pct by stage).  The recovering order is one of an hour up to
 * 72 hours later, fixed by the cart's stream; the cart was that order's
 * customer's and held the order's first products, at the prices of the
 * cart's instant.  Known once the order is placed (before as_of).  A
 * customer who had not signed up yet abandoned nothing: such a draw
 * stays a plain abandoned cart.  Guests stay guests.
 */
static const uint32_t recovery_pct[4] = {1, 3, 7, 14};

/* a cart's lines at the prices of t: the main product, items, value */
static void
cart_price(SgEvents *ev, int64_t t, const int32_t *pids, const int32_t *qtys, int n, SgCart *c)
{
	const SgCampaign *act[MAX_ACTIVE_CAMPAIGNS];
	int			nact = running_campaigns(ev, t, act, 0);
	int64_t		best = -1;
	int			i;

	c->quantity = 0;
	c->cart_value = 0;
	for (i = 0; i < n; i++)
	{
		SgProductCore tmp;
		const SgProductCore *pc = product(ev, pids[i], &tmp);
		int32_t		cid = 0;
		int64_t		bp = campaign_discount(act, nact, pc->category, &cid);
		int64_t		value = pc->list_price * qtys[i];

		value -= value * bp / 10000;
		c->quantity += qtys[i];
		c->cart_value += value;
		if (value > best)
		{
			best = value;
			c->product_id = pids[i];
		}
	}
}

void
sg_cart_get(SgEvents *ev, int32_t hour, int64_t id, SgCart *c)
{
	SgRng		r;
	SgProductCore tmp;
	int32_t		pids[SG_MAX_LINES],
				qtys[SG_MAX_LINES];
	bool		guest;
	int			n,
				i;

	c->id = id;
	c->hour = hour;
	c->abandoned_at = cart_instant(ev, hour, id, &r);
	guest = sg_rng_chance(&r, 30, 100) || ev->cust_limit[hour] == 0;
	c->customer_id = guest ? 0 : order_customer(ev, hour, c->abandoned_at, &r);
	n = 1 + sg_pick(&ev->cart_lines_pick, &r);
	for (i = 0; i < n; i++)
	{
		pids[i] = popular_product(ev, &r);
		qtys[i] = 1 + sg_pick(&ev->qty_pick[product(ev, pids[i], &tmp)->qty_class], &r);
	}
	c->stage = sg_pick(&ev->stage_pick, &r);
	/* failed checkouts of an outage, and a flash sale's payment rush */
	if ((in_outage(ev, c->abandoned_at) || in_flash_sale(ev, c->abandoned_at)) &&
		sg_rng_chance(&r, 2, 3))
		c->stage = STAGE_PAYMENT;

	c->recovered = false;
	c->recovered_order_id = 0;
	if (!guest && sg_rng_chance(&r, recovery_pct[c->stage], 100))
	{
		int32_t		h2 = hour + 1 + (int32_t) sg_rng_skewed(&r, 0, 71);
		int64_t		first = ev->order_first[h2],
					count = ev->order_first[h2 + 1] - first;

		if (count > 0)
		{
			int64_t		oid = first + (int64_t) sg_rng_below64(&r, (uint64_t) count);
			SgOrder		o;

			sg_order_get(ev, h2, oid, &o);
			if (sg_customer_created_at(ev->w, o.customer_id) < c->abandoned_at)
			{
				/* the order's customer left its first products here */
				c->customer_id = o.customer_id;
				n = 1 + (int) sg_rng_below(&r, (uint32_t) (o.nlines < 3 ? o.nlines : 3));
				for (i = 0; i < n; i++)
				{
					pids[i] = o.lines[i].product_id;
					qtys[i] = o.lines[i].quantity;
				}
				if (o.ordered_at < ev->as_of)
				{
					c->recovered = true;
					c->recovered_order_id = oid;
				}
			}
		}
	}
	cart_price(ev, c->abandoned_at, pids, qtys, n, c);
}

/* ---------------------------------------------------------------------- */
/* system metrics */

/*
 * docs/design.md, "Event shapes, metrics and days".  A minute's traffic
 * is its visitors (browsing: the expected arrivals at the minute, from
 * the knots, times BROWSE_PER_ARRIVAL, with an AR(1) wobble) and its
 * actual checkouts and abandoned carts, counted from their own streams
 * (two binary searches per stream).  Latency and errors follow the load
 * of the actual requests against the platform's capacity (1.6 x the
 * busiest ordinary minute) and the outage's health (shapes.c); CPU and
 * sessions have their own AR series; deploys blip.  Three AR series,
 * each the weighted sum of the last SG_MINUTE_TAPS minutes' shocks (the
 * first three draws of each minute's stream), so any minute stands alone.
 */
#define BROWSE_PER_ARRIVAL	9	/* visitors who neither buy nor abandon, per arrival */
#define PAGES_PER_VISIT		6
#define REQUESTS_PER_ARRIVAL 14 /* a checkout's or a cart's requests */
#define SESSION_MINUTES		12
#define DEPLOY_MINUTES		5

/* the density of knots at offset x of an hour (milli-events an hour) */
static int64_t
knots_at_offset(const int64_t *k, int64_t x)
{
	int			j = (int) (x / SG_KNOT_USECS);

	if (j >= SEGMENTS)
		return k[SEGMENTS];
	return k[j] + (int64_t) ((__int128) (k[j + 1] - k[j]) * (x - j * SG_KNOT_USECS) / SG_KNOT_USECS);
}

/*
 * first_id_at, started from a guess: the id whose share of the hour's
 * mass (instant_in_hour) is t's, then galloping to a bracket and a
 * binary search inside it: a few instants instead of log2(n).  Exact
 * whatever the guess.
 */
static int64_t
first_id_near(const SgEvents *ev, const int64_t *first, const int64_t *knots, int32_t hour,
			  int64_t t, SgInstantFn instant)
{
	const int64_t *k = knots + (int64_t) hour * SEGMENTS;
	int64_t		lo = first[hour],
				hi = first[hour + 1],
				x = t - ev->span_start - (int64_t) hour * SG_USECS_PER_HOUR,
				g,
				step = 1;
	__int128	w = 0,
				mass = 0;
	int			j;
	SgRng		r;

	if (hi - lo < 4)
		return first_id_between(ev, hour, lo, hi, t, instant);
	for (j = 0; j < SEGMENTS; j++)
	{
		__int128	area = (__int128) (k[j] + k[j + 1]) * (SEG_MINUTES * SEG_MINUTES);

		if (x >= (int64_t) (j + 1) * SG_KNOT_USECS)
			mass += area;
		else if (x > (int64_t) j * SG_KNOT_USECS)
		{
			int64_t		xin = x - (int64_t) j * SG_KNOT_USECS,
						m = xin / SG_USECS_PER_MINUTE,
						ka = k[j],
						d = k[j + 1] - k[j];

			mass += (__int128) 2 * SEG_MINUTES * ka * m + (__int128) d * m * m +
				(__int128) (2 * SEG_MINUTES * ka + d * (2 * m + 1)) *
				(xin - m * SG_USECS_PER_MINUTE) / SG_USECS_PER_MINUTE;
		}
		w += area;
	}
	g = w > 0 ? lo + (int64_t) (mass * (hi - lo) / w) : lo;
	g = g < lo ? lo : (g > hi ? hi : g);
	if (g < hi && instant(ev, hour, g, &r) < t)
	{
		int64_t		a = g + 1;

		while (a + step - 1 < hi && instant(ev, hour, a + step - 1, &r) < t)
		{
			a += step;
			step *= 2;
		}
		return first_id_between(ev, hour, a, min64(hi, a + step - 1), t, instant);
	}
	else
	{
		int64_t		b = g;

		while (b - step >= lo && instant(ev, hour, b - step, &r) >= t)
		{
			b -= step;
			step *= 2;
		}
		return first_id_between(ev, hour, max64(lo, b - step + 1), b, t, instant);
	}
}

/*
 * Arrivals of one stream (0 orders, 1 carts) in [t, t + 1 min) of span
 * hour h.  A minute's end is the next minute's start: the last end found
 * is kept per stream, so consecutive minutes search once each.
 */
static int64_t
minute_arrivals(const SgEvents *ev, int stream, const int64_t *first, const int64_t *knots,
				int32_t h, int64_t t, SgInstantFn instant)
{
	SgEventCache *c = ev->cache;
	int64_t		hour_end = ev->span_start + (int64_t) (h + 1) * SG_USECS_PER_HOUR;
	int64_t		lo = c->minute_hour[stream] == h && c->minute_end[stream] == t ?
		c->minute_end_id[stream] : first_id_near(ev, first, knots, h, t, instant);
	int64_t		hi;

	if (t + MINUTE >= hour_end)
		return first[h + 1] - lo;
	hi = first_id_near(ev, first, knots, h, t + MINUTE, instant);
	c->minute_hour[stream] = h;
	c->minute_end[stream] = t + MINUTE;
	c->minute_end_id[stream] = hi;
	return hi - lo;
}

/* the health of the platform at t (x1000, 1000 = healthy) and the backlog after an outage */
static int64_t
outage_health(const SgEvents *ev, int64_t t, int64_t *backlog)
{
	const SgScenario *sc = ev->sc;
	int64_t		p,
				s,
				e,
				health = 1000;

	*backlog = 0;
	if (sc->outage_every_days <= 0)
		return 1000;
	for (p = sg_outage_period(sc, t) - 2; p <= sg_outage_period(sc, t); p++)
		if (sg_outage(sc, ev->sched_key, p, &s, &e))
		{
			health = min64(health, sg_outage_health_milli(t - s, e - s));
			*backlog = max64(*backlog, sg_outage_backlog_milli(t - e));
		}
	return health;
}

/* a UTC day's deploys: on weekdays one to three, in working hours; true while one runs at t */
static bool
in_deploy(const SgEvents *ev, int64_t t)
{
	int64_t		day = sg_floor_div(t, DAY);
	SgRng		r;
	int			n,
				i;

	if (sg_weekday(day) >= 5)
		return false;
	sg_rng_stream(&r, ev->key, SG_STREAM_DEPLOY, (uint64_t) day);
	n = (int) sg_rng_below(&r, 4);
	for (i = 0; i < n; i++)
	{
		int64_t		at = day * DAY + (9 - ev->sc->utc_offset_hours) * HOUR +
			(int64_t) sg_rng_below(&r, 8 * 60) * MINUTE;

		if (at <= t && t < at + DEPLOY_MINUTES * MINUTE)
			return true;
	}
	return false;
}

/*
 * A minute's three shocks in [-1000, 1000], 21 bits each of the first draw
 * of its stream; with r, the stream after that draw.  Kept in a ring of
 * the last SG_MINUTE_TAPS minutes: consecutive minutes share 15 of their
 * 16 taps (docs/design.md, "Caches of a call").
 */
_Static_assert((SG_MINUTE_TAPS & (SG_MINUTE_TAPS - 1)) == 0, "the shock ring is indexed by a mask");

static const int32_t *
minute_shocks(const SgEvents *ev, int64_t minute, SgRng *r)
{
	SgEventCache *c = ev->cache;
	int			slot = (int) (minute & (SG_MINUTE_TAPS - 1));
	int			a;
	uint64_t	bits;
	SgRng		own;

	if (r == NULL && c->shock_minute[slot] == minute)
		return c->shock[slot];
	if (r == NULL)
		r = &own;
	sg_rng_stream(r, ev->key, SG_STREAM_METRIC, (uint64_t) minute);
	bits = sg_rng_next64(r);
	for (a = 0; a < 3; a++)
		c->shock[slot][a] = (int32_t) (((bits >> (21 * a)) & 0x1fffff) * 2001 >> 21) - 1000;
	c->shock_minute[slot] = minute;
	return c->shock[slot];
}

void
sg_metric_get(const SgEvents *ev, int64_t minute, SgMetric *m)
{
	SgRng		r;
	int64_t		ar[3] = {0, 0, 0};	/* traffic, latency and CPU, sessions: x1000 */
	int64_t		expected,		/* arrivals a minute, x1000 */
				arrivals,
				visitors,		/* x1000 */
				requests,
				load_milli,		/* requests against capacity, x1000 */
				health,
				backlog,
				p50,
				p95,
				p99,
				err,
				cpu,
				sick,
				x;
	int32_t		h;
	int			k,
				a;
	bool		deploy;

	m->ts = minute * MINUTE;
	h = (int32_t) ((m->ts - ev->span_start) / HOUR);
	x = m->ts - ev->span_start - (int64_t) h * HOUR + MINUTE / 2;
	/* r is the minute's own stream, after its shocks */
	minute_shocks(ev, minute, &r);
	for (k = SG_MINUTE_TAPS - 1; k >= 0; k--)
	{
		const int32_t *s = minute_shocks(ev, minute - k, NULL);

		for (a = 0; a < 3; a++)
			ar[a] += (int64_t) sg_minute_ar_weights[k] * s[a];
	}
	for (a = 0; a < 3; a++)
		ar[a] /= 1000;
	expected = (knots_at_offset(&ev->order_knots[(int64_t) h * SEGMENTS], x) +
				knots_at_offset(&ev->cart_knots[(int64_t) h * SEGMENTS], x)) / 60;
	arrivals = minute_arrivals(ev, 0, ev->order_first, ev->order_knots, h, m->ts, order_instant) +
		minute_arrivals(ev, 1, ev->cart_first, ev->cart_knots, h, m->ts, cart_instant);
	health = outage_health(ev, m->ts, &backlog);
	deploy = in_deploy(ev, m->ts);
	/* how unhealthy the platform is (x1000), wobbling with the latency series */
	sick = (1000 - health) * (1000 + 2 * ar[1]) / 1000;

	visitors = expected * BROWSE_PER_ARRIVAL * (1000 + ar[0]) / 1000;
	/* a failing platform is retried: up to 1.5 x the requests */
	requests = (visitors * PAGES_PER_VISIT / 1000 + arrivals * REQUESTS_PER_ARRIVAL) *
		(1000 + (1000 - health) / 2) / 1000;
	m->requests = (int32_t) requests;
	load_milli = requests * 1000 * 10 / 16 * 60 /
		max64(1, ev->peak_arrivals_milli * (BROWSE_PER_ARRIVAL * PAGES_PER_VISIT + REQUESTS_PER_ARRIVAL) / 1000);
	load_milli = min64(load_milli, 100000);	/* 100 x capacity: latency saturates */

	/* latency: the load's queueing, the outage's timeouts, the minute's own jitter */
	p50 = 38 + 60 * load_milli * load_milli / 1000000 + 4 * ar[1] / 100 +
		(int64_t) sg_rng_below(&r, 6) + 2200 * sick / 1000;
	p50 = max64(p50, 12);
	p95 = p50 * sg_rng_range(&r, 240, 300) / 100 + 6000 * sick / 1000;
	p99 = p95 * sg_rng_range(&r, 150, 190) / 100 + 14000 * sick / 1000;
	if (deploy)					/* a rolling restart: cold caches for a few minutes */
	{
		p95 = p95 * 3 / 2;
		p99 = p99 * 2;
	}
	p95 = max64(p95, p50 + 1);
	p99 = max64(p99, p95 + 1);
	m->p50_ms = (int32_t) p50;
	m->p95_ms = (int32_t) p95;
	m->p99_ms = (int32_t) p99;
	err = 5 + (int64_t) sg_rng_below(&r, 20) + load_milli * load_milli / 100000 +
		max64(0, 10 * ar[1] / 100) + 5500 * sick / 1000 + (deploy ? 60 : 0);
	m->error_rate_bp100 = (int32_t) min64(err, 9000);

	/*
	 * CPU: the load plus its own wobble (background jobs), retries in an
	 * outage; saturates toward 100 % instead of stopping at a cap.
	 */
	cpu = 1200 + load_milli * 6 + 5 * ar[1] + 2500 * (1000 - health) / 1000 +
		(int64_t) sg_rng_below(&r, 150) + (deploy ? 800 : 0);
	cpu = max64(cpu, 300);
	if (cpu > 8000)
		cpu = 8000 + (cpu - 8000) * 1950 / (cpu - 8000 + 1950);
	m->cpu_centi = (int32_t) cpu;
	m->mem_centi = (int32_t) min64(9500, 4200 + load_milli * 25 / 10 + 3 * ar[2] +
								   (int64_t) sg_rng_below(&r, 100));
	/* sessions: the visitors of the last minutes (Little's law), with their own wobble */
	m->active_sessions = (int32_t) (((expected * (BROWSE_PER_ARRIVAL + 1) * SESSION_MINUTES / 1000) *
									 (1000 + ar[2] + backlog / 2) / 1000) *
									(1000 + (1000 - health) / 3) / 1000);
}

/* ---------------------------------------------------------------------- */

static void
iter_init(SgIter *it, const int64_t *first, int32_t hours, int64_t id_first, int64_t id_end)
{
	it->first = first;
	it->hours = hours;
	it->id = id_first - 1;		/* the next is id_first */
	it->end = id_end;
	it->hour = id_first < id_end ? find_hour(first, hours, id_first) : 0;
}

void
sg_iter_orders(SgIter *it, const SgEvents *ev, int64_t first, int64_t end)
{
	iter_init(it, ev->order_first, ev->hours, ev->order_lo + first, ev->order_lo + end);
}

void
sg_iter_carts(SgIter *it, const SgEvents *ev, int64_t first, int64_t end)
{
	iter_init(it, ev->cart_first, ev->hours, ev->cart_lo + first, ev->cart_lo + end);
}

bool
sg_iter_next(SgIter *it)
{
	if (it->id + 1 >= it->end)
		return false;
	it->id++;
	while (it->id >= it->first[it->hour + 1])
		it->hour++;
	return true;
}
