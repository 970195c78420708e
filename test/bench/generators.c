/*
 * test/bench/generators.c: the event generators without PostgreSQL.
 *
 * Times each generator per row (process CPU time, best of the rounds) and
 * hashes every field of every row it makes, over windows chosen to reach
 * every code path: the default shop and the old generator's workload, an
 * early window of the world, a scenario with every event process at once
 * around Black Friday, a 3 M-product catalog, a 30-product one.  Speed work
 * that must not change output (docs/design.md, "Caches of a call") runs it
 * before and after: equal hashes mean the same rows, field by field.
 *
 *	make bench-generators && test/bench/generators [ROUNDS]
 *
 * ONLY=text runs only the cases whose label contains it.
 */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "events.h"
#include "schedule.h"
#include "window.h"

enum
{
	ORDERS = 1,					/* orders and their lines */
	AFTER = 2,					/* each order's tickets and returns */
	CARTS = 4,					/* carts and their tickets */
	METRICS = 8
};

/* FNV-1a-like over 64-bit values, with a shift so that order matters */
static uint64_t hash;

static void
mix(int64_t v)
{
	hash = (hash ^ (uint64_t) v) * UINT64_C(1099511628211);
	hash ^= hash >> 29;
}

/* the shipped baseline row of synthgen.scenarios */
static void
baseline(SgScenario *sc)
{
	static const int32_t diurnal[24] = {20, 12, 8, 6, 6, 10, 22, 40, 60, 75, 85, 95,
	100, 95, 85, 80, 82, 90, 100, 110, 105, 85, 60, 35};
	static const int32_t weekly[7] = {100, 98, 97, 100, 108, 115, 105};

	memset(sc, 0, sizeof(*sc));
	strcpy(sc->name, "baseline");
	sc->seed = 1;
	sc->orders_per_day = 2000;
	sc->customers = 250000;
	sc->products = 2000;
	sc->suppliers = 100;
	sc->campaigns_per_month = 3;
	sc->signups_from = at(2021, 1, 1, 0);
	sc->signups_until = at(2025, 11, 1, 0);
	memcpy(sc->diurnal, diurnal, sizeof(diurnal));
	memcpy(sc->weekly, weekly, sizeof(weekly));
	sc->flash_start_hour = 12;
	sc->flash_hours = 4;
	sc->flash_multiplier_pct = 500;
	sc->flash_discount_bp = 4000;
	sc->flash_category = -1;
	sc->holiday_multiplier_pct = 100;
	sc->outage_minutes_min = 60;
	sc->outage_minutes_max = 240;
	sc->outage_multiplier_pct = 10;
	sc->disruption_days_min = 5;
	sc->disruption_days_max = 21;
	sc->cancel_rate_bp = 200;
	sc->return_rate_bp = 800;
	sc->ticket_rate_bp = 400;
	sc->abandon_rate_bp = 7000;
}

/* every event process at once, a store clock five hours behind UTC */
static void
busy(SgScenario *sc)
{
	baseline(sc);
	strcpy(sc->name, "busy");
	sc->utc_offset_hours = -5;
	sc->flash_every_days = 3;
	sc->flash_start_hour = 22;
	sc->flash_hours = 5;
	sc->flash_multiplier_pct = 400;
	sc->flash_discount_bp = 3000;
	sc->flash_category = 2;
	sc->holiday_multiplier_pct = 300;
	sc->holiday_discount_bp = 1500;
	sc->outage_every_days = 2;
	sc->outage_minutes_min = 30;
	sc->outage_minutes_max = 600;
	sc->disruption_every_days = 10;
	sc->disruption_days_min = 2;
	sc->disruption_days_max = 15;
}

static double
cpu_now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
	return ts.tv_sec + ts.tv_nsec * 1e-9;
}

static void
mix_ticket(const SgTicket *t)
{
	mix(t->id);
	mix(t->order_id);
	mix(t->customer_id);
	mix(t->opened_at);
	mix(t->category);
	mix(t->priority);
	mix(t->channel);
	mix(t->status);
	mix(t->resolved_at);
	mix(t->satisfaction);
}

static int64_t
orders(SgEvents *ev, int what)
{
	SgIter		it;
	int64_t		n = 0;

	for (sg_iter_orders(&it, ev, 0, ev->total_orders); sg_iter_next(&it);)
	{
		SgOrder		o;
		int			i;

		sg_order_get(ev, it.hour, it.id, &o);
		n++;
		mix(o.id);
		mix(o.hour);
		mix(o.customer_id);
		mix(o.ordered_at);
		mix(o.status);
		mix(o.channel);
		mix(o.payment);
		mix(o.campaign_id);
		mix(o.item_count);
		mix(o.nlines);
		for (i = 0; i < o.nlines; i++)
		{
			const SgLine *l = &o.lines[i];

			mix(l->product_id);
			mix(l->quantity);
			mix(l->supplier_id);
			mix(l->category);
			mix(l->weight_g);
			mix(l->unit_price);
			mix(l->discount);
			mix(l->line_total);
		}
		mix(o.subtotal);
		mix(o.discount);
		mix(o.shipping);
		mix(o.tax);
		mix(o.total);
		mix(o.shipped_at);
		mix(o.delivered_at);
		mix(o.cancelled_at);
		mix(o.promised_at);
		mix(o.ships_at);
		mix(o.arrives_at);
		mix(o.cancels_at);
		mix(o.zone);
		mix(o.in_outage);
		mix(o.in_holiday);
		mix(o.disrupted);
		mix(o.backordered);
		if (what & AFTER)
		{
			SgTicket	t[SG_MAX_ORDER_TICKETS];
			SgReturn	r[SG_MAX_LINES];
			int			k,
						nt = sg_tickets_for_order(ev, &o, t),
						nr = sg_returns_for_order(ev, &o, r);

			for (k = 0; k < nt; k++)
				mix_ticket(&t[k]);
			for (k = 0; k < nr; k++)
			{
				mix(r[k].id);
				mix(r[k].order_id);
				mix(r[k].product_id);
				mix(r[k].quantity);
				mix(r[k].reason);
				mix(r[k].requested_at);
				mix(r[k].refunded_amount);
				mix(r[k].status);
			}
			n += nt + nr;
		}
	}
	return n;
}

static int64_t
carts(SgEvents *ev)
{
	SgIter		it;
	int64_t		n = 0;

	for (sg_iter_carts(&it, ev, 0, ev->total_carts); sg_iter_next(&it);)
	{
		SgCart		c;
		SgTicket	t;

		sg_cart_get(ev, it.hour, it.id, &c);
		n++;
		mix(c.id);
		mix(c.hour);
		mix(c.customer_id);
		mix(c.product_id);
		mix(c.quantity);
		mix(c.cart_value);
		mix(c.stage);
		mix(c.abandoned_at);
		mix(c.recovered);
		mix(c.recovered_order_id);
		if (sg_ticket_for_cart(ev, &c, &t))
		{
			mix_ticket(&t);
			n++;
		}
	}
	return n;
}

static int64_t
metrics(SgEvents *ev, int64_t start, int64_t end)
{
	int64_t		minute,
				n = 0;

	for (minute = start / SG_USECS_PER_MINUTE; minute < end / SG_USECS_PER_MINUTE; minute++)
	{
		SgMetric	m;

		sg_metric_get(ev, minute, &m);
		n++;
		mix(m.ts);
		mix(m.requests);
		mix(m.p50_ms);
		mix(m.p95_ms);
		mix(m.p99_ms);
		mix(m.error_rate_bp100);
		mix(m.cpu_centi);
		mix(m.mem_centi);
		mix(m.active_sessions);
	}
	return n;
}

#define MAX_CASES 16
static double best[MAX_CASES];
static int	case_no;

static void
run(const char *label, SgScenario *sc, int64_t customers, int32_t per_day,
	int64_t start, int hours, int what)
{
	const char *only = getenv("ONLY");
	int64_t		end = start + hours * HOUR,
				n = 0;
	SgWorld		w;
	SgEvents	ev;
	double		t0,
				t1,
				ns;

	if (only != NULL && strstr(label, only) == NULL)
	{
		case_no++;
		return;
	}
	sc->customers = customers;
	sc->orders_per_day = per_day;
	sg_world_init(&w, sc, sc->seed, customers, sc->products, sc->suppliers);
	hash = UINT64_C(14695981039346656037);
	t0 = cpu_now();
	/* as of 20 days after the window: returns and late tickets exist */
	sg_events_init(&ev, &w, start, end, end + 20 * DAY, per_day, arena_alloc, NULL);
	t1 = cpu_now();
	if (what & ORDERS)
		n += orders(&ev, what);
	if (what & CARTS)
		n += carts(&ev);
	if (what & METRICS)
		n += metrics(&ev, start, end);
	ns = (cpu_now() - t1) * 1e9 / (n ? n : 1);
	if (best[case_no] == 0 || ns < best[case_no])
		best[case_no] = ns;
	printf("%-30s rows %9lld  init %6.1f ms  %7.1f ns/row  best %7.1f  hash %016llx\n",
		   label, (long long) n, (t1 - t0) * 1e3, ns, best[case_no],
		   (unsigned long long) hash);
	case_no++;
	arena_free();
}

int
main(int argc, char **argv)
{
	SgScenario	sc;
	int			rounds = argc > 1 ? atoi(argv[1]) : 1,
				k;
	int64_t		dec = at(2025, 12, 1, 0);

	for (k = 0; k < rounds; k++)
	{
		case_no = 0;
		baseline(&sc);
		run("orders 15k/12.5k", &sc, 15000, 12500, dec, 24 * 30, ORDERS);
		run("orders 15k/12.5k September", &sc, 15000, 12500, at(2025, 9, 1, 0), 24 * 30, ORDERS);
		run("orders default", &sc, 250000, 2000, dec, 24 * 30, ORDERS);
		run("carts default", &sc, 250000, 2000, dec, 24 * 30, CARTS);
		run("carts 15k/12.5k", &sc, 15000, 12500, dec, 24 * 30, CARTS);
		run("metrics default", &sc, 250000, 2000, dec, 24 * 30, METRICS);
		run("orders+after 2023 default", &sc, 250000, 2000, at(2023, 3, 1, 0), 24 * 10,
			ORDERS | AFTER);
		busy(&sc);
		run("busy all, Black Friday", &sc, 20000, 5000, at(2025, 11, 20, 3), 24 * 14,
			ORDERS | AFTER | CARTS | METRICS);
		sc.products = 3000000;
		run("busy all, 3 M products", &sc, 9000000, 3000, at(2025, 6, 1, 0), 24 * 3,
			ORDERS | AFTER | CARTS | METRICS);
		baseline(&sc);
		sc.products = 30;
		run("all, 30 products", &sc, 150, 300, at(2023, 6, 1, 0), 24 * 20,
			ORDERS | AFTER | CARTS | METRICS);
	}
	return 0;
}
