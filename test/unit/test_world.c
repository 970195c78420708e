/*
 * test_world.c
 *	  Unit tests of the persistent world without a server: the calendar
 *	  and schedule (src/schedule.c) and the composition of windows of the
 *	  event tables (src/events.c) over random instants; the rules of
 *	  fulfilment, returns and tickets (src/fulfilment.c, src/events.c).
 */
#include <stdlib.h>
#include <string.h>

#include "events.h"
#include "fulfilment.h"
#include "localtime.h"
#include "schedule.h"
#include "unit.h"
#include "window.h"

static void
scenario(SgScenario *sc)
{
	static const int32_t diurnal[24] = {20, 12, 8, 6, 6, 10, 22, 40, 60, 75, 85, 95,
	100, 95, 85, 80, 82, 90, 100, 110, 105, 85, 60, 35};
	int			i;

	memset(sc, 0, sizeof(*sc));
	strcpy(sc->name, "unit");
	sc->seed = 1;
	sc->orders_per_day = 2000;
	sc->customers = 3000;
	sc->products = 300;
	sc->suppliers = 20;
	sc->campaigns_per_month = 3;
	sc->signups_from = at(2021, 1, 1, 0);
	sc->signups_until = at(2025, 11, 1, 0);
	sc->utc_offset_hours = -5;
	memcpy(sc->diurnal, diurnal, sizeof(diurnal));
	for (i = 0; i < 7; i++)
		sc->weekly[i] = 100 + 5 * i;
	/* every event process at once */
	sc->flash_every_days = 3;
	sc->flash_start_hour = 22;	/* runs past local midnight */
	sc->flash_hours = 5;
	sc->flash_multiplier_pct = 400;
	sc->flash_discount_bp = 3000;
	sc->flash_category = 2;
	sc->holiday_multiplier_pct = 300;
	sc->holiday_discount_bp = 1500;
	sc->outage_every_days = 2;
	sc->outage_minutes_min = 30;
	sc->outage_minutes_max = 600;
	sc->outage_multiplier_pct = 10;
	sc->disruption_every_days = 10;
	sc->disruption_days_min = 2;
	sc->disruption_days_max = 15;
	sc->cancel_rate_bp = 200;
	sc->return_rate_bp = 800;
	sc->ticket_rate_bp = 400;
	sc->abandon_rate_bp = 7000;
}

static void
test_calendar(void)
{
	int64_t		d,
				y;
	int			m,
				dd,
				bad = 0;
	static const struct
	{
		int			y,
					m,
					d;
	}			black_fridays[] = {{2023, 11, 24}, {2024, 11, 29}, {2025, 11, 28}, {2026, 11, 27}};
	SgScenario	sc;
	int			i;

	/* round trip over 1971 .. 2200 */
	for (d = sg_days_from_civil(1971, 1, 1); d < sg_days_from_civil(2200, 1, 1); d++)
	{
		sg_civil_from_days(d, &y, &m, &dd);
		bad += sg_days_from_civil(y, m, dd) != d;
	}
	CHECK(bad == 0, "%d days do not round-trip", bad);
	CHECK(sg_days_from_civil(2000, 1, 1) == 0, "2000-01-01 is day 0");
	CHECK(sg_weekday(sg_days_from_civil(2025, 12, 1)) == 0, "2025-12-01 is a Monday");
	CHECK(sg_weekday(sg_days_from_civil(1999, 12, 31)) == 4, "1999-12-31 is a Friday");
	/* every day of 1971 .. 2200 one after the other, before and after day 0 */
	bad = 0;
	for (d = sg_days_from_civil(1971, 1, 1); d < sg_days_from_civil(2200, 1, 1); d++)
		bad += sg_weekday(d) != (sg_weekday(d - 1) + 1) % 7;
	CHECK(bad == 0, "%d days do not follow their eve's weekday", bad);
	CHECK(sg_weekday(sg_days_from_civil(1900, 1, 1)) == 0 &&
		  sg_weekday(sg_days_from_civil(-4713, 11, 24)) == 0 &&
		  sg_weekday(sg_days_from_civil(294276, 12, 31)) == 6,
		  "1900-01-01, 4714-11-24 BC: Mondays; 294276-12-31: a Sunday");

	/* the boost peaks on Black Friday, every year */
	for (i = 0; i < 4; i++)
	{
		int32_t		boost,
					lull;

		sg_holiday_day(sg_days_from_civil(black_fridays[i].y, black_fridays[i].m,
										  black_fridays[i].d), &boost, &lull);
		CHECK(boost == 1000 && lull == 1000, "Black Friday %d: boost %d", black_fridays[i].y, boost);
	}

	scenario(&sc);
	/* sale k starts every 3 days at 22:00 local (03:00 UTC) and lasts 5 hours */
	{
		int64_t		s,
					e,
					s2,
					e2;

		CHECK(sg_flash_sale(&sc, 0, &s, &e) && s == at(2021, 1, 1, 3) && e == s + 5 * HOUR,
			  "first sale at 2021-01-01 03:00 UTC");
		CHECK(sg_flash_sale(&sc, 10, &s2, &e2) && s2 == s + 30 * DAY, "sale 10 thirty days later");
		CHECK(sg_flash_at(&sc, s2 + 4 * HOUR) == 10, "inside sale 10");
		CHECK(sg_flash_at(&sc, e2) == -1, "sale 10 ends");
		CHECK(sg_flash_at(&sc, s - HOUR) == -1, "nothing before the world began");
	}
	/* an outage per period, inside its bounds */
	bad = 0;
	for (d = 0; d < 2000; d++)
	{
		int64_t		p = sg_outage_period(&sc, at(2022, 1, 1, 0)) + d,
					s,
					e;

		if (!sg_outage(&sc, sg_schedule_key(1), p, &s, &e))
			bad++;
		else if (s < p * 2 * DAY || s >= (p + 1) * 2 * DAY ||
				 e - s < 30 * SG_USECS_PER_MINUTE || e - s > 600 * SG_USECS_PER_MINUTE)
			bad++;
	}
	CHECK(bad == 0, "%d outages out of their period or length", bad);
}

/* what identifies an order, and its life as known */
typedef struct Seen
{
	int64_t		id;
	int64_t		ordered_at;
	int64_t		customer;
	int64_t		total;
	int			status;
	int64_t		delivered_at;
} Seen;

static bool
same(const Seen *x, const Seen *y)
{
	return x->id == y->id && x->ordered_at == y->ordered_at && x->customer == y->customer &&
		x->total == y->total && x->status == y->status && x->delivered_at == y->delivered_at;
}

static int64_t
collect(const SgWorld *w, int64_t start, int64_t end, int64_t as_of, Seen *out, int64_t max,
		int64_t *carts, int64_t *cart_first, int64_t *stream)
{
	SgEvents	ev;
	SgIter		it;
	int64_t		n = 0;

	sg_events_init(&ev, w, start, end, as_of, w->sc->orders_per_day, arena_alloc, NULL);
	for (sg_iter_orders(&it, &ev, 0, ev.total_orders); sg_iter_next(&it) && n < max;)
	{
		SgOrder		o;

		sg_order_get(&ev, it.hour, it.id, &o);
		out[n].id = o.id;
		out[n].ordered_at = o.ordered_at;
		out[n].customer = o.customer_id;
		out[n].total = o.total;
		out[n].status = o.status;
		out[n].delivered_at = o.delivered_at;
		n++;
	}
	*carts = ev.total_carts;
	*cart_first = ev.cart_lo;
	*stream = ev.total_carts;
	arena_free();
	return n;
}

static void
test_composition(void)
{
	SgScenario	sc;
	SgWorld		w;
	SgRng		r;
	static Seen whole[200000],
				parts[200000];
	int			round;

	scenario(&sc);
	sg_world_init(&w, &sc, sc.seed, sc.customers, sc.products, sc.suppliers);
	sg_rng_stream(&r, 42, 1, 0);
	for (round = 0; round < 40; round++)
	{
		/* a in 2021 .. 2026, any microsecond; windows of whole hours */
		int64_t		a = at(2021, 1, 1, 0) + (int64_t) sg_rng_below64(&r, (uint64_t) (6 * 365) * DAY);
		int64_t		b = a + (1 + (int64_t) sg_rng_below(&r, 60)) * HOUR;
		int64_t		c = b + (1 + (int64_t) sg_rng_below(&r, 60)) * HOUR;
		int64_t		as_of = c + (int64_t) sg_rng_below(&r, 20) * DAY;
		int64_t		nw,
					n1,
					n2,
					cw,
					cw_first,
					c1,
					c1_first,
					c2,
					c2_first,
					sw,
					s1,
					s2,
					i,
					bad = 0;

		if (round % 4 == 0)
			a -= a % HOUR;		/* some on the hour */
		nw = collect(&w, a, c, as_of, whole, 200000, &cw, &cw_first, &sw);
		n1 = collect(&w, a, b, as_of, parts, 200000, &c1, &c1_first, &s1);
		n2 = collect(&w, b, c, as_of, parts + n1, 200000 - n1, &c2, &c2_first, &s2);
		CHECK(nw == n1 + n2, "round %d: %lld orders whole, %lld + %lld in parts", round,
			  (long long) nw, (long long) n1, (long long) n2);
		for (i = 0; i < nw && i < n1 + n2; i++)
			bad += !same(&whole[i], &parts[i]);
		CHECK(bad == 0, "round %d: %lld orders differ", round, (long long) bad);
		CHECK(cw == c1 + c2 && sw == s1 + s2 && cw_first == c1_first && c2_first == c1_first + s1,
			  "round %d: carts %lld = %lld + %lld, ids continue", round,
			  (long long) cw, (long long) c1, (long long) c2);
		for (i = 0; i < nw; i++)
			bad += whole[i].ordered_at < a || whole[i].ordered_at >= c ||
				(i > 0 && whole[i].id != whole[i - 1].id + 1);
		CHECK(bad == 0, "round %d: orders outside the window or ids not dense", round);
	}
}

/*
 * The most a scenario row allows at once (10 M orders a day in one hour of
 * one weekday, a x100 flash sale every day, x100 holidays, 95 % of carts
 * abandoned):
 * the bounds say so and nothing overflows (UBSan checks the arithmetic in
 * the sanitized build), even setting up a window and its look-ahead.
 */
static void
test_extremes(void)
{
	SgScenario	sc;
	SgWorld		w;
	SgEvents	ev;
	int64_t		max_ids,
				peak;
	int			i;

	scenario(&sc);
	sc.orders_per_day = SG_MAX_ORDERS_PER_DAY;
	memset(sc.diurnal, 0, sizeof(sc.diurnal));
	memset(sc.weekly, 0, sizeof(sc.weekly));
	sc.diurnal[0] = 1000;
	sc.weekly[4] = 1000;		/* Fridays */
	sc.flash_every_days = 1;
	sc.flash_start_hour = 0;
	sc.flash_hours = 24;
	sc.flash_multiplier_pct = 10000;
	sc.holiday_multiplier_pct = 10000;
	sc.outage_every_days = 0;
	sc.abandon_rate_bp = 9500;	/* the catalog's most: 19 carts per order */
	sc.utc_offset_hours = 0;
	sg_world_init(&w, &sc, 7, 1000, 50, 5);
	sg_events_bound(&w, at(2025, 11, 27, 0), at(2025, 12, 1, 0), sc.orders_per_day, &max_ids, &peak);
	CHECK(peak > SG_MAX_PER_HOUR && max_ids > SG_MAX_ORDERS,
		  "Black Friday at the limits: peak %lld, ids %lld", (long long) peak, (long long) max_ids);
	/* a quiet window next to it: allowed, and its look-ahead is not */
	sg_events_bound(&w, at(2025, 11, 27, 6), at(2025, 11, 27, 7), sc.orders_per_day, &max_ids, &peak);
	CHECK(peak <= 1 && max_ids == 0, "a Thursday morning has no orders: %lld", (long long) peak);
	sg_events_init(&ev, &w, at(2025, 11, 27, 6) + 123456, at(2025, 11, 27, 7), at(2025, 12, 9, 0),
				   sc.orders_per_day, arena_alloc, NULL);
	CHECK(ev.total_orders == 0, "no orders in the window");
	for (i = 0; i < ev.hours; i++)
		if (ev.order_first[i + 1] < ev.order_first[i])
			break;
	CHECK(i == ev.hours, "ids grow through the look-ahead");
	CHECK(ev.order_first[ev.hours] - ev.order_first[0] > SG_MAX_PER_HOUR,
		  "the look-ahead holds Friday's orders: %lld",
		  (long long) (ev.order_first[ev.hours] - ev.order_first[0]));
	arena_free();
}

/*
 * Customers' classes and the cheap paths the order generator uses agree
 * with the whole customer: sg_customer_business with the segment,
 * sg_customers_at with created_at, sg_customer_pick stays in 1..limit and
 * gives each class its share of picks; the classes fill their quotas.
 */
static void
test_customers(void)
{
	SgScenario	sc;
	SgWorld		w;
	SgRng		r;
	int64_t		id,
				bad_business = 0,
				bad_at = 0,
				bad_pick = 0,
				in_class[SG_N_CLASSES] = {0},
				picked[SG_N_CLASSES] = {0};
	int			c,
				i;

	scenario(&sc);
	sc.customers = 100000;
	sg_world_init(&w, &sc, 3, sc.customers, sc.products, sc.suppliers);
	for (id = 1; id <= sc.customers; id++)
	{
		SgCustomer	cu;
		bool		business;

		sg_customer_get(&w, id, &cu);
		business = strcmp(sg_segments[cu.segment_index].word, "business") == 0;
		bad_business += business != sg_customer_business(&w, id);
		in_class[cu.class_index]++;
		if (id % 97 == 0)
			bad_at += sg_customers_at(&w, cu.created_at) < id ||
				sg_customers_at(&w, cu.created_at - 1) >= id;
	}
	CHECK(bad_business == 0, "%lld business flags differ", (long long) bad_business);
	CHECK(bad_at == 0, "%lld sign-ups disagree with sg_customers_at", (long long) bad_at);
	CHECK(in_class[SG_CLASS_VIP] == 7000 && in_class[SG_CLASS_DORMANT] == 30000,
		  "class quotas: vip %lld, dormant %lld", (long long) in_class[SG_CLASS_VIP],
		  (long long) in_class[SG_CLASS_DORMANT]);
	sg_rng_stream(&r, 5, 1, 0);
	for (i = 0; i < 1000000; i++)
	{
		int64_t		limit = 1 + (int64_t) sg_rng_below(&r, (uint32_t) sc.customers);

		id = sg_customer_pick(&w, limit, &r);
		bad_pick += id < 1 || id > limit;
		if (limit >= 1000)
			picked[sg_customer_class(&w, id)]++;
	}
	CHECK(bad_pick == 0, "%lld picks outside 1..limit", (long long) bad_pick);
	/* vip: 7 slots x 6000 of 111,800 weight-slots: 37.6 % of picks */
	c = (int) (1000 * picked[SG_CLASS_VIP] /
			   (picked[0] + picked[1] + picked[2] + picked[3] + picked[4]));
	CHECK(c >= 366 && c <= 386, "vip picks %d per mille", c);
}

/* the local time of day (µs) and weekday (0 = Monday) of t at offset off minutes */
static void
local_at(int64_t t, int32_t off, int64_t *tod, int *wd)
{
	int64_t		local = t + (int64_t) off * SG_USECS_PER_MINUTE;
	int64_t		day = sg_floor_div(local, DAY);

	*tod = local - day * DAY;
	*wd = sg_weekday(day);
}

/*
 * Fulfilment, returns and tickets (docs/design.md, "Fulfilment, returns
 * and tickets"), order by order over random windows: shipments in the
 * warehouse's hours and days, deliveries in the carrier's, a promise after
 * the order, returns after delivery and never refunding more than was
 * paid, tickets after their order and WISMO before delivery.
 */
static void
test_operations(void)
{
	SgScenario	sc;
	SgWorld		w;
	SgRng		r;
	int			round,
				i;
	int64_t		orders = 0,
				bad_ship = 0,
				bad_delivery = 0,
				bad_promise = 0,
				bad_return = 0,
				bad_ticket = 0,
				nreturns = 0,
				ntickets = 0;

	for (i = 0; i < sg_n_categories; i++)
		CHECK(sg_return_profile_fits(i), "return profile %d is %s's", i, sg_categories[i].code);
	CHECK(!sg_warehouse_works(sg_days_from_civil(2025, 12, 25)) &&
		  !sg_carrier_delivers(sg_days_from_civil(2026, 1, 1)) &&
		  !sg_warehouse_works(sg_days_from_civil(2025, 11, 30)) &&
		  sg_warehouse_works(sg_days_from_civil(2025, 11, 29)),
		  "rest days: Christmas, New Year, Sundays");
	for (i = 0; i < SG_N_ZONES; i++)
		CHECK(sg_destination_of_zone(i) == sg_n_destinations - 1 ||
			  strcmp(sg_destinations[sg_destination_of_zone(i)].country, sg_zones[i].country) == 0,
			  "zone %s goes to its country", sg_zones[i].name);

	scenario(&sc);
	sg_world_init(&w, &sc, sc.seed, sc.customers, sc.products, sc.suppliers);
	sg_rng_stream(&r, 43, 1, 0);
	for (round = 0; round < 12; round++)
	{
		int64_t		a = at(2022, 1, 1, 0) + (int64_t) sg_rng_below64(&r, (uint64_t) (4 * 365) * DAY);
		SgEvents	ev;
		SgIter		it;

		a -= a % HOUR;
		sg_events_init(&ev, &w, a, a + 24 * HOUR, a + 90 * DAY, sc.orders_per_day, arena_alloc, NULL);
		for (sg_iter_orders(&it, &ev, 0, ev.total_orders); sg_iter_next(&it);)
		{
			SgOrder		o;
			SgReturn	rets[SG_MAX_LINES];
			SgTicket	tks[SG_MAX_ORDER_TICKETS];
			int64_t		tod,
						refunded = 0;
			int			wd,
						n,
						k;

			sg_order_get(&ev, it.hour, it.id, &o);
			orders++;
			bad_promise += o.promised_at <= o.ordered_at;
			if (o.ships_at != SG_NO_TIME)
			{
				local_at(o.ships_at, sc.utc_offset_hours * 60, &tod, &wd);
				bad_ship += o.ships_at <= o.ordered_at || tod < 9 * HOUR || tod >= 19 * HOUR || wd == 6;
				local_at(o.arrives_at, sg_zone_utc_offset_min(o.zone, o.arrives_at), &tod, &wd);
				bad_delivery += o.arrives_at <= o.ships_at || tod < 8 * HOUR || tod > 20 * HOUR ||
					wd == 6;
			}
			n = sg_returns_for_order(&ev, &o, rets);
			for (k = 0; k < n; k++)
			{
				refunded += rets[k].refunded_amount;
				bad_return += rets[k].requested_at <= o.delivered_at || rets[k].quantity < 1 ||
					(rets[k].reason == 4 && o.arrives_at <= o.promised_at);
			}
			bad_return += refunded > o.total - o.shipping;
			nreturns += n;
			n = sg_tickets_for_order(&ev, &o, tks);
			for (k = 0; k < n; k++)
				bad_ticket += tks[k].opened_at < o.ordered_at || tks[k].opened_at >= ev.as_of ||
					(k > 0 && tks[k].id <= tks[k - 1].id) ||
					(tks[k].category == 1 && tks[k].opened_at >= o.arrives_at) ||
					(tks[k].category == 5 && tks[k].opened_at <= o.arrives_at) ||
					(tks[k].resolved_at != SG_NO_TIME && tks[k].resolved_at <= tks[k].opened_at);
			ntickets += n;
		}
		arena_free();
	}
	CHECK(orders > 10000 && nreturns > 500 && ntickets > 500, "%lld orders, %lld returns, %lld tickets",
		  (long long) orders, (long long) nreturns, (long long) ntickets);
	CHECK(bad_ship == 0, "%lld shipments outside the warehouse's hours", (long long) bad_ship);
	CHECK(bad_delivery == 0, "%lld deliveries outside the carrier's hours", (long long) bad_delivery);
	CHECK(bad_promise == 0, "%lld promises before the order", (long long) bad_promise);
	CHECK(bad_return == 0, "%lld returns break a rule", (long long) bad_return);
	CHECK(bad_ticket == 0, "%lld tickets break a rule", (long long) bad_ticket);
}

/*
 * A call counts its first ids on from the last call's day when that was
 * the same world (sg_events_init): the ids must be those counted from the
 * world's first day.  First a span counted from the beginning, then an
 * earlier one (a miss: counted from the beginning again), then the first
 * again (counted on from the earlier day), then another world between.
 */
static void
first_ids(const SgWorld *w, int64_t start, int64_t *order_lo, int64_t *cart_lo)
{
	SgEvents	ev;

	sg_events_init(&ev, w, start, start + 24 * HOUR, start + 24 * HOUR, w->sc->orders_per_day,
				   arena_alloc, NULL);
	*order_lo = ev.order_lo;
	*cart_lo = ev.cart_lo;
	arena_free();
}

static void
test_first_ids(void)
{
	SgScenario	sc,
				other;
	SgWorld		w,
				wo;
	int64_t		o1,
				c1,
				o2,
				c2,
				o3,
				c3,
				o4,
				c4;

	scenario(&sc);
	other = sc;
	other.orders_per_day += 1;
	sg_world_init(&w, &sc, sc.seed, sc.customers, sc.products, sc.suppliers);
	sg_world_init(&wo, &other, other.seed, other.customers, other.products, other.suppliers);
	first_ids(&w, at(2025, 6, 1, 0), &o1, &c1);
	first_ids(&w, at(2024, 2, 1, 0), &o2, &c2);
	first_ids(&w, at(2025, 6, 1, 0), &o3, &c3);
	first_ids(&wo, at(2025, 6, 1, 0), &o4, &c4);
	CHECK(o1 == o3 && c1 == c3 && o2 < o1 && c2 < c1,
		  "first ids counted on from an earlier call: orders %lld / %lld, carts %lld / %lld",
		  (long long) o1, (long long) o3, (long long) c1, (long long) c3);
	CHECK(o4 != o1, "another world's ids are its own (%lld)", (long long) o4);
	first_ids(&w, at(2025, 6, 1, 0), &o3, &c3);
	CHECK(o1 == o3 && c1 == c3, "after another world: orders %lld / %lld",
		  (long long) o1, (long long) o3);
}

int
main(void)
{
	test_customers();
	test_operations();
	test_calendar();
	test_composition();
	test_first_ids();
	test_extremes();
	return unit_report("test_world");
}
