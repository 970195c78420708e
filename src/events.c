/*-------------------------------------------------------------------------
 *
 * events.c
 *	  Orders, order lines, tickets, abandoned carts, returns and system
 *	  metrics of a window, recomputed from their streams.
 *
 * The determinism contract of the event tables.  key = sg_rng_key(seed,
 * SG_STREAM_WINDOW, sg_rng_key(start, SG_STREAM_WINDOW, hours)); every
 * stream below is sg_rng_stream(key, tag, entity):
 *
 *	hour counts  (SG_STREAM_ORDER_HOUR, h), (SG_STREAM_CART_HOUR, h):
 *		Poisson-like count around the hour's expected value
 *	order        (SG_STREAM_ORDER, order_id):
 *		customer, time jitter, channel, payment, line count, then per line
 *		rank (and category retries), quantity; then coupon, cancellation,
 *		processing delay, transit time
 *	cart         (SG_STREAM_CART, cart_id):
 *		time jitter, guest, customer, rank, quantity, stage, recovery
 *	ticket       (SG_STREAM_TICKET, order_id or total_orders + cart_id)
 *	return       (SG_STREAM_RETURN, order_id)
 *	metric       (SG_STREAM_METRIC, minute)
 *
 * The arrival model: an hour expects
 *	orders_per_day * diurnal[local hour] / sum(diurnal)
 *	               * 7 * weekly[local weekday] / sum(weekly) * event multiplier
 * orders, all in integer milli-orders.  Customers are chosen among those
 * who exist at the hour's start (sign-ups grow with customer_id), so nobody
 * orders before they exist.  Everything after the window's end is not yet
 * known: such shipments, deliveries, cancellations, tickets and returns do
 * not appear, and recent orders are still open.
 *
 *-------------------------------------------------------------------------
 */
#include <string.h>

#include "events.h"

#define LENGTHOF(a) ((int) (sizeof(a) / sizeof((a)[0])))

#define HOUR	SG_USECS_PER_HOUR
#define MINUTE	(INT64_C(60) * SG_USECS_PER_SEC)
#define DAY		SG_USECS_PER_DAY

const char *const sg_order_statuses[] = {"processing", "shipped", "delivered", "cancelled"};
const int	sg_n_order_statuses = LENGTHOF(sg_order_statuses);

const char *const sg_order_channels[] = {"web", "mobile_app", "marketplace", "phone"};
static const uint32_t order_channel_weights[] = {55, 35, 7, 3};
const int	sg_n_order_channels = LENGTHOF(sg_order_channels);

const char *const sg_payment_methods[] = {"card", "paypal", "apple_pay", "google_pay", "klarna", "gift_card"};
static const uint32_t payment_weights[] = {60, 18, 9, 6, 4, 3};
const int	sg_n_payment_methods = LENGTHOF(sg_payment_methods);

/* basket sizes: right-skewed; gift-heavy in the holiday event */
static const uint32_t lines_weights[] = {46, 24, 13, 7, 4, 2, 1, 1, 1, 1};
static const uint32_t gift_lines_weights[] = {22, 24, 20, 12, 8, 5, 3, 2, 2, 2};
static const uint32_t qty_weights[] = {80, 13, 4, 2, 1};

const char *const sg_ticket_categories[] = {
	"product_question", "where_is_my_order", "return_refund", "payment",
	"account", "damaged_item", "order_cancelled"
};
static const uint32_t ticket_weights[] = {25, 20, 20, 10, 10, 15, 0};
const int	sg_n_ticket_categories = LENGTHOF(sg_ticket_categories);
#define TICKET_WISMO		1
#define TICKET_PAYMENT		3
#define TICKET_ACCOUNT		4
#define TICKET_CANCELLED	6

const char *const sg_ticket_priorities[] = {"low", "normal", "high", "urgent"};
const int	sg_n_ticket_priorities = LENGTHOF(sg_ticket_priorities);
const char *const sg_ticket_channels[] = {"email", "chat", "phone", "web_form"};
const int	sg_n_ticket_channels = LENGTHOF(sg_ticket_channels);
const char *const sg_ticket_statuses[] = {"open", "pending", "resolved", "closed"};
const int	sg_n_ticket_statuses = LENGTHOF(sg_ticket_statuses);

const char *const sg_cart_stages[] = {"browse", "cart", "shipping", "payment"};
const int	sg_n_cart_stages = LENGTHOF(sg_cart_stages);
static const uint32_t stage_weights[] = {25, 40, 20, 15};
#define STAGE_PAYMENT 3

const char *const sg_return_reasons[] = {
	"wrong_size", "changed_mind", "defective", "not_as_described",
	"arrived_late", "damaged_in_transit", "other"
};
static const uint32_t reason_weights[] = {25, 20, 15, 15, 5, 12, 8};
const int	sg_n_return_reasons = LENGTHOF(sg_return_reasons);
#define REASON_LATE 4
const char *const sg_return_statuses[] = {"requested", "approved", "refunded", "rejected"};
const int	sg_n_return_statuses = LENGTHOF(sg_return_statuses);


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
floor_div(int64_t a, int64_t b)
{
	return a / b - ((a % b != 0) && ((a < 0) != (b < 0)));
}

/* ---------------------------------------------------------------------- */
/* arrivals */

/* the scenario's order-rate multiplier (percent) for hour h of the window */
static int64_t
event_multiplier_pct(const SgEvents *ev, int64_t hour_start)
{
	const SgScenario *sc = ev->sc;
	int64_t		rel;

	if (sc->event_kind == SG_EVENT_NONE)
		return 100;
	rel = floor_div(hour_start - ev->event_start, HOUR);
	switch (sc->event_kind)
	{
		case SG_EVENT_FLASH_SALE:
			return (rel >= 0 && rel < sc->event_hours) ? sc->event_multiplier_pct : 100;
		case SG_EVENT_HOLIDAY_PEAK:
			/* a linear ramp up to the peak at the event's last hour */
			if (rel >= 0 && rel < sc->event_hours)
				return 100 + (sc->event_multiplier_pct - 100) * (rel + 1) / sc->event_hours;
			return 100;
		case SG_EVENT_SYSTEM_OUTAGE:
			if (rel >= 0 && rel < sc->event_hours)
				return sc->event_multiplier_pct;
			/* pent-up demand for two hours after recovery */
			if (rel >= sc->event_hours && rel < sc->event_hours + 2)
				return 130;
			return 100;
		default:
			return 100;
	}
}

static bool
in_event(const SgEvents *ev, int64_t t)
{
	return ev->sc->event_kind != SG_EVENT_NONE &&
		t >= ev->event_start && t < ev->event_end;
}

/* expected checkouts of the hour starting at t, x1000, before events */
static int64_t
base_milli(const SgScenario *sc, int32_t orders_per_day, int64_t t)
{
	int64_t		local = t + (int64_t) sc->utc_offset_hours * HOUR;
	int64_t		hour_of_day = floor_div(local, HOUR) % 24;
	int64_t		days = floor_div(local, DAY);
	int64_t		weekday = ((days + 5) % 7 + 7) % 7;	/* 2000-01-01 was a Saturday */
	int64_t		sum_d = 0,
				sum_w = 0;
	int			i;

	if (hour_of_day < 0)
		hour_of_day += 24;
	for (i = 0; i < 24; i++)
		sum_d += sc->diurnal[i];
	for (i = 0; i < 7; i++)
		sum_w += sc->weekly[i];
	return (int64_t) (((__int128) orders_per_day * 1000 * sc->diurnal[hour_of_day] *
					   7 * sc->weekly[weekday]) / (sum_d * sum_w));
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

/* customers who exist at t: the largest k with created_at(k) <= t */
static int64_t
customers_at(const SgWorld *w, int64_t t, int64_t lo)
{
	int64_t		hi = w->ncustomers;

	if (t >= w->sc->signups_until)
		return w->ncustomers;
	if (t < w->sc->signups_from)
		return 0;
	/* invariant: created_at(lo) <= t (or lo == 0), created_at(hi + 1) > t */
	while (lo < hi)
	{
		int64_t		mid = lo + (hi - lo + 1) / 2;

		if (sg_customer_created_at(w, mid) <= t)
			lo = mid;
		else
			hi = mid - 1;
	}
	return lo;
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

/* an hour's expected counts (x1000) */
typedef struct SgHourRates
{
	int64_t		base;			/* the curves' rate, without events */
	int64_t		attempts;		/* checkouts tried */
	int64_t		orders;
	int64_t		carts;			/* abandoned */
} SgHourRates;

static void
hour_rates(const SgEvents *ev, int32_t orders_per_day, int64_t t, SgHourRates *hr)
{
	const SgScenario *sc = ev->sc;
	int64_t		mult = event_multiplier_pct(ev, t);
	bool		outage = sc->event_kind == SG_EVENT_SYSTEM_OUTAGE && in_event(ev, t);
	bool		flash = sc->event_kind == SG_EVENT_FLASH_SALE && in_event(ev, t);

	hr->base = base_milli(sc, orders_per_day, t);
	hr->attempts = outage ? hr->base : hr->base * mult / 100;
	hr->orders = hr->base * mult / 100;

	/*
	 * Abandoned carts: a share of checkouts; in an outage the failed
	 * checkouts are abandoned at payment too; a flash sale's rush abandons
	 * more.
	 */
	hr->carts = hr->attempts * sc->abandon_rate_bp / 10000;
	if (outage)
		hr->carts += hr->attempts * (100 - mult) / 100 * 6 / 10;
	if (flash)
		hr->carts = hr->carts * 3 / 2;
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
 * Upper bounds of a window's counts, from the scenario's curves and events
 * (the real peak, not an average): the ids an event function can reach and
 * the most orders, checkouts or carts of any one hour.  O(hours), no
 * drawing: callers refuse an absurd window before allocating anything.
 */
void
sg_events_bound(const SgScenario *sc, const SgWindow *win, int32_t orders_per_day,
				int64_t *max_ids, int64_t *peak_hour)
{
	SgEvents	ev;
	int64_t		orders = 0,
				carts = 0,
				peak = 0;
	int32_t		h;

	memset(&ev, 0, sizeof(ev));
	ev.sc = sc;
	ev.win = *win;
	ev.event_start = win->start + (int64_t) sc->event_offset_hours * HOUR;
	ev.event_end = ev.event_start + (int64_t) sc->event_hours * HOUR;
	for (h = 0; h < win->hours; h++)
	{
		SgHourRates hr;
		int64_t		o,
					a,
					c;

		hour_rates(&ev, orders_per_day, win->start + (int64_t) h * HOUR, &hr);
		o = draw_count_max(hr.orders);
		a = draw_count_max(hr.attempts);
		c = draw_count_max(hr.carts);
		orders += o;
		carts += c;
		peak = max64(peak, max64(o, max64(a, c)));
	}
	*max_ids = max64(orders, carts);
	*peak_hour = peak;
}

void
sg_events_init(SgEvents *ev, const SgWorld *w, const SgWindow *win,
			   int32_t orders_per_day, SgAllocFn alloc, void (*interrupt) (void))
{
	const SgScenario *sc = w->sc;
	int64_t		order_id = 1,
				cart_id = 1,
				limit = 0;
	int32_t		h;

	memset(ev, 0, sizeof(*ev));
	ev->w = w;
	ev->sc = sc;
	ev->win = *win;
	ev->hours = win->hours;
	ev->end = win->start + (int64_t) win->hours * HOUR;
	ev->orders_per_day = orders_per_day;
	ev->key = sg_rng_key(w->seed, SG_STREAM_WINDOW,
						 sg_rng_key((uint64_t) win->start, SG_STREAM_WINDOW, (uint64_t) win->hours));
	ev->event_start = win->start + (int64_t) sc->event_offset_hours * HOUR;
	ev->event_end = ev->event_start + (int64_t) sc->event_hours * HOUR;

	ev->order_first = alloc(sizeof(int64_t) * (win->hours + 1));
	ev->cart_first = alloc(sizeof(int64_t) * (win->hours + 1));
	ev->cust_limit = alloc(sizeof(int64_t) * win->hours);
	ev->attempts_milli = alloc(sizeof(int64_t) * win->hours);

	for (h = 0; h < win->hours; h++)
	{
		int64_t		t = win->start + (int64_t) h * HOUR;
		SgHourRates hr;
		SgRng		r;

		if ((h & 1023) == 0 && interrupt)
			interrupt();

		hour_rates(ev, orders_per_day, t, &hr);
		limit = customers_at(w, t, limit);
		ev->cust_limit[h] = limit;
		if (limit == 0)
			hr.attempts = hr.orders = hr.carts = 0; /* the shop has no customers yet */
		ev->attempts_milli[h] = hr.attempts;
		if (limit > 0 && hr.base > ev->peak_attempts_milli)
			ev->peak_attempts_milli = hr.base;

		ev->order_first[h] = order_id;
		sg_rng_stream(&r, ev->key, SG_STREAM_ORDER_HOUR, (uint64_t) h);
		order_id += draw_count(&r, hr.orders);

		ev->cart_first[h] = cart_id;
		sg_rng_stream(&r, ev->key, SG_STREAM_CART_HOUR, (uint64_t) h);
		cart_id += draw_count(&r, hr.carts);
	}
	ev->order_first[win->hours] = order_id;
	ev->cart_first[win->hours] = cart_id;
	ev->total_orders = order_id - 1;
	ev->total_carts = cart_id - 1;
	if (ev->peak_attempts_milli == 0)
		ev->peak_attempts_milli = 1000;

	ev->ncampaigns = sg_campaign_count(w, win);
	ev->campaigns = alloc(sizeof(SgCampaign) * (ev->ncampaigns + 1));
	for (h = 0; h < ev->ncampaigns; h++)
		sg_campaign_get(w, win, h + 1, &ev->campaigns[h]);

	if (sc->event_kind == SG_EVENT_SUPPLY_DISRUPTION)
	{
		SgRng		r;

		sg_rng_stream(&r, ev->key, SG_STREAM_SUPPLIER, 0);
		ev->disrupted_supplier = 1 + (int32_t) sg_rng_below(&r, (uint32_t) w->nsuppliers);
	}

	sg_zipf_init(&ev->zipf, (uint64_t) w->nproducts);
	/* a cache of product prices when the catalog is small enough (<= 32 MB) */
	if (w->nproducts <= 1000000)
	{
		ev->product_cache = alloc(sizeof(SgProductCore) * (w->nproducts + 1));
		ev->rank_cache = alloc(sizeof(int32_t) * (w->nproducts + 1));
	}

	cum_init(ev->lines_cum, &ev->lines_pick, lines_weights, LENGTHOF(lines_weights));
	cum_init(ev->gift_lines_cum, &ev->gift_lines_pick, gift_lines_weights, LENGTHOF(gift_lines_weights));
	cum_init(ev->qty_cum, &ev->qty_pick, qty_weights, LENGTHOF(qty_weights));
	cum_init(ev->channel_cum, &ev->channel_pick, order_channel_weights, LENGTHOF(order_channel_weights));
	cum_init(ev->payment_cum, &ev->payment_pick, payment_weights, LENGTHOF(payment_weights));
	cum_init(ev->ticket_cum, &ev->ticket_pick, ticket_weights, LENGTHOF(ticket_weights));
	cum_init(ev->reason_cum, &ev->reason_pick, reason_weights, LENGTHOF(reason_weights));
	cum_init(ev->stage_cum, &ev->stage_pick, stage_weights, LENGTHOF(stage_weights));
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
/* orders */

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

/* stratified instants: the i-th of n events of an hour falls in its i-th slice */
static int64_t
instant_in_hour(const SgEvents *ev, int32_t hour, int64_t i, int64_t n, SgRng *r)
{
	int64_t		hs = ev->win.start + (int64_t) hour * HOUR;

	/*
	 * i < n <= SG_MAX_PER_HOUR (refused up front otherwise), so i * HOUR
	 * fits in 64 bits: no 128-bit division
	 */
	return hs + (int64_t) (((uint64_t) i * HOUR + sg_rng_below64(r, HOUR)) / (uint64_t) n);
}

/* the best campaign discount (basis points) for a category at t */
static int32_t
campaign_discount(const SgEvents *ev, int64_t t, int category, int32_t *campaign_id)
{
	int32_t		best = 0;
	int			i;

	for (i = 0; i < ev->ncampaigns; i++)
	{
		const SgCampaign *c = &ev->campaigns[i];

		if (t >= c->starts_at && t < c->ends_at &&
			(c->category < 0 || c->category == category) &&
			c->discount_bp > best)
		{
			best = c->discount_bp;
			*campaign_id = c->id;
		}
	}
	return best;
}


void
sg_order_get(SgEvents *ev, int32_t hour, int64_t id, SgOrder *o)
{
	const SgScenario *sc = ev->sc;
	SgRng		r;
	int64_t		n = ev->order_first[hour + 1] - ev->order_first[hour];
	int64_t		t;
	int			nlines,
				i;
	int32_t		best_bp = 0;
	int64_t		weight = 0;
	bool		flash;
	int64_t		processing,
				transit,
				cancel_after;
	bool		cancel;

	sg_rng_stream(&r, ev->key, SG_STREAM_ORDER, (uint64_t) id);
	o->id = id;
	o->hour = hour;
	o->customer_id = 1 + (int64_t) sg_rng_below64(&r, (uint64_t) ev->cust_limit[hour]);
	o->ordered_at = t = instant_in_hour(ev, hour, id - ev->order_first[hour], n, &r);
	o->channel = sg_pick(&ev->channel_pick, &r);
	o->payment = sg_pick(&ev->payment_pick, &r);
	o->in_outage = sc->event_kind == SG_EVENT_SYSTEM_OUTAGE && in_event(ev, t);
	o->in_holiday = sc->event_kind == SG_EVENT_HOLIDAY_PEAK && in_event(ev, t);
	flash = sc->event_kind == SG_EVENT_FLASH_SALE && in_event(ev, t);
	o->disrupted = false;
	o->campaign_id = 0;

	nlines = 1 + (o->in_holiday ? sg_pick(&ev->gift_lines_pick, &r) : sg_pick(&ev->lines_pick, &r));
	o->nlines = 0;
	o->item_count = 0;
	o->subtotal = 0;
	for (i = 0; i < nlines; i++)
	{
		SgProductCore tmp;
		const SgProductCore *pc;
		int32_t		pid = 0;
		int32_t		qty;
		int			tries;
		int			j;
		int32_t		bp,
					cid = 0;
		SgLine	   *line;

		/* in a flash sale, half the lines come from the sale's category */
		tries = (flash && sc->event_category >= 0 && sg_rng_chance(&r, 1, 2)) ? 8 : 1;
		do
		{
			pid = popular_product(ev, &r);
			pc = product(ev, pid, &tmp);
		} while (--tries > 0 && pc->category != sc->event_category);
		qty = 1 + sg_pick(&ev->qty_pick, &r);

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
		bp = campaign_discount(ev, t, pc->category, &cid);
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
		if (sc->event_kind == SG_EVENT_SUPPLY_DISRUPTION &&
			pc->supplier_id == ev->disrupted_supplier && in_event(ev, t))
			o->disrupted = true;
	}

	/* a loyalty coupon on 5% of orders: 10% off */
	o->discount = sg_rng_chance(&r, 5, 100) ? o->subtotal / 10 : 0;
	o->shipping = (o->subtotal - o->discount >= SG_FREE_SHIPPING_FROM) ? 0 :
		(weight > 10000 ? SG_SHIPPING_HEAVY : SG_SHIPPING_STANDARD);
	o->tax = ((o->subtotal - o->discount) * 8 + 50) / 100;
	o->total = o->subtotal - o->discount + o->shipping + o->tax;

	/* lifecycle: all draws made, then cut at the window's end */
	cancel = sg_rng_chance(&r, (uint32_t) sc->cancel_rate_bp, 10000);
	if (o->disrupted && sg_rng_chance(&r, 1, 2))
		cancel = true;
	cancel_after = o->disrupted ? sg_rng_skewed(&r, 6 * HOUR, 72 * HOUR) :
		sg_rng_skewed(&r, 5 * MINUTE, 36 * HOUR);
	processing = sg_rng_skewed(&r, 2 * HOUR, 48 * HOUR);
	transit = sg_rng_skewed(&r, 20 * HOUR, 144 * HOUR);
	if (o->in_holiday)
	{
		processing += sg_rng_skewed(&r, 12 * HOUR, 72 * HOUR);
		transit += sg_rng_skewed(&r, 24 * HOUR, 120 * HOUR);
	}
	if (o->disrupted)			/* back-ordered */
		processing += sg_rng_skewed(&r, 7 * DAY, 21 * DAY);

	o->shipped_at = o->delivered_at = o->cancelled_at = SG_NO_TIME;
	if (cancel)
	{
		if (t + cancel_after < ev->end)
		{
			o->cancelled_at = t + cancel_after;
			o->status = SG_ORDER_CANCELLED;
		}
		else
			o->status = SG_ORDER_PROCESSING;
		return;
	}
	if (t + processing >= ev->end)
		o->status = SG_ORDER_PROCESSING;
	else
	{
		o->shipped_at = t + processing;
		if (o->shipped_at + transit >= ev->end)
			o->status = SG_ORDER_SHIPPED;
		else
		{
			o->delivered_at = o->shipped_at + transit;
			o->status = SG_ORDER_DELIVERED;
		}
	}
}

/* ---------------------------------------------------------------------- */
/* tickets */

static void
ticket_finish(const SgEvents *ev, SgTicket *tk, SgRng *r, int64_t resolve_time, bool unhappy)
{
	int32_t		sat;

	tk->channel = (int) sg_rng_below(r, 4);
	sat = unhappy ? (int32_t) sg_rng_skewed(r, 1, 4) : 5 - (int32_t) sg_rng_skewed(r, 0, 3);
	if (tk->opened_at + resolve_time < ev->end)
	{
		tk->resolved_at = tk->opened_at + resolve_time;
		tk->status = (ev->end - tk->resolved_at > 3 * DAY) ? 3 : 2;	/* closed / resolved */
		tk->satisfaction = sat;
	}
	else
	{
		tk->resolved_at = SG_NO_TIME;
		tk->status = (ev->end - tk->opened_at < DAY) ? 0 : 1;	/* open / pending */
		tk->satisfaction = 0;
	}
}

bool
sg_ticket_for_order(const SgEvents *ev, const SgOrder *o, SgTicket *tk)
{
	const SgScenario *sc = ev->sc;
	SgRng		r;
	uint32_t	chance = (uint32_t) sc->ticket_rate_bp;
	int			category;
	int64_t		delay;
	bool		late = false;
	bool		unhappy;

	sg_rng_stream(&r, ev->key, SG_STREAM_TICKET, (uint64_t) o->id);
	category = sg_pick(&ev->ticket_pick, &r);

	/* the reasons customers write in, most pressing first */
	if (o->disrupted && o->status == SG_ORDER_CANCELLED)
	{
		chance += 4000;
		category = TICKET_CANCELLED;
	}
	else if (o->in_outage)
	{
		chance += 3000;
		category = TICKET_PAYMENT;
	}
	else if ((o->delivered_at != SG_NO_TIME && o->delivered_at - o->ordered_at > 7 * DAY) ||
			 (o->delivered_at == SG_NO_TIME && o->status != SG_ORDER_CANCELLED &&
			  ev->end - o->ordered_at > 7 * DAY))
	{
		late = true;
		chance += 2000;
		category = TICKET_WISMO;
	}
	if (!sg_rng_chance(&r, chance, 10000))
		return false;

	delay = late ? 7 * DAY + sg_rng_skewed(&r, 0, 3 * DAY) :
		sg_rng_skewed(&r, 30 * MINUTE, 10 * DAY);
	tk->id = o->id;
	tk->order_id = category == TICKET_ACCOUNT ? 0 : o->id;
	tk->customer_id = o->customer_id;
	tk->opened_at = o->ordered_at + delay;
	if (tk->opened_at >= ev->end)
		return false;			/* not written yet */
	tk->category = category;
	tk->priority = (category == TICKET_PAYMENT || category == TICKET_CANCELLED) ?
		2 + (int) sg_rng_below(&r, 2) : (int) sg_rng_below(&r, 3);
	unhappy = late || o->disrupted || o->in_outage;
	/* backlogs in the holiday rush and after an outage */
	ticket_finish(ev, tk, &r,
				  sg_rng_skewed(&r, 20 * MINUTE, (o->in_holiday || o->in_outage) ? 10 * DAY : 4 * DAY),
				  unhappy);
	return true;
}

bool
sg_ticket_for_cart(const SgEvents *ev, const SgCart *c, SgTicket *tk)
{
	const SgScenario *sc = ev->sc;
	SgRng		r;

	/* checkouts that failed in an outage: payment tickets */
	if (c->customer_id == 0 || c->stage != STAGE_PAYMENT ||
		sc->event_kind != SG_EVENT_SYSTEM_OUTAGE || !in_event(ev, c->abandoned_at))
		return false;
	sg_rng_stream(&r, ev->key, SG_STREAM_TICKET, (uint64_t) (ev->total_orders + c->id));
	if (!sg_rng_chance(&r, 40, 100))
		return false;
	tk->id = ev->total_orders + c->id;
	tk->order_id = 0;
	tk->customer_id = c->customer_id;
	tk->opened_at = c->abandoned_at + sg_rng_skewed(&r, 2 * MINUTE, 2 * HOUR);
	if (tk->opened_at >= ev->end)
		return false;
	tk->category = TICKET_PAYMENT;
	tk->priority = 2 + (int) sg_rng_below(&r, 2);
	ticket_finish(ev, tk, &r, sg_rng_skewed(&r, 30 * MINUTE, 10 * DAY), true);
	return true;
}

/* ---------------------------------------------------------------------- */
/* returns */

bool
sg_return_for_order(const SgEvents *ev, const SgOrder *o, SgReturn *ret)
{
	SgRng		r;
	uint32_t	chance = (uint32_t) ev->sc->return_rate_bp;
	const SgLine *line;
	int64_t		age;
	bool		late;

	if (o->status != SG_ORDER_DELIVERED)
		return false;
	late = o->delivered_at - o->ordered_at > 7 * DAY;
	if (o->in_holiday)
		chance += chance / 2;	/* unwanted gifts */
	sg_rng_stream(&r, ev->key, SG_STREAM_RETURN, (uint64_t) o->id);
	if (!sg_rng_chance(&r, chance, 10000))
		return false;
	ret->id = o->id;
	ret->order_id = o->id;
	ret->requested_at = o->delivered_at + sg_rng_skewed(&r, 6 * HOUR, 30 * DAY);
	if (ret->requested_at >= ev->end)
		return false;
	line = &o->lines[sg_rng_below(&r, (uint32_t) o->nlines)];
	ret->product_id = line->product_id;
	ret->reason = (late && sg_rng_chance(&r, 1, 2)) ? REASON_LATE : sg_pick(&ev->reason_pick, &r);
	age = ev->end - ret->requested_at;
	if (sg_rng_chance(&r, 5, 100) && age > 2 * DAY)
	{
		ret->status = 3;		/* rejected */
		ret->refunded_amount = 0;
	}
	else
	{
		ret->status = age < 2 * DAY ? 0 : (age < 7 * DAY ? 1 : 2);
		ret->refunded_amount = line->line_total;
	}
	return true;
}

/* ---------------------------------------------------------------------- */
/* abandoned carts */

void
sg_cart_get(SgEvents *ev, int32_t hour, int64_t id, SgCart *c)
{
	const SgScenario *sc = ev->sc;
	SgRng		r;
	int64_t		n = ev->cart_first[hour + 1] - ev->cart_first[hour];
	SgProductCore tmp;
	const SgProductCore *pc;
	bool		guest;
	int64_t		t;

	sg_rng_stream(&r, ev->key, SG_STREAM_CART, (uint64_t) id);
	c->id = id;
	c->hour = hour;
	c->abandoned_at = t = instant_in_hour(ev, hour, id - ev->cart_first[hour], n, &r);
	guest = sg_rng_chance(&r, 30, 100) || ev->cust_limit[hour] == 0;
	c->customer_id = 1 + (int64_t) sg_rng_below64(&r, (uint64_t) (ev->cust_limit[hour] > 0 ?
																   ev->cust_limit[hour] : 1));
	if (guest)
		c->customer_id = 0;
	c->product_id = popular_product(ev, &r);
	pc = product(ev, c->product_id, &tmp);
	c->quantity = 1 + sg_pick(&ev->qty_pick, &r);
	c->cart_value = pc->list_price * c->quantity;
	c->stage = sg_pick(&ev->stage_pick, &r);

	/* failed checkouts of an outage, and a flash sale's payment rush */
	if (in_event(ev, t) && (sc->event_kind == SG_EVENT_SYSTEM_OUTAGE ||
							sc->event_kind == SG_EVENT_FLASH_SALE) &&
		sg_rng_chance(&r, 2, 3))
		c->stage = STAGE_PAYMENT;

	/* a reminder e-mail brings some customers back within three days */
	c->recovered = false;
	c->recovered_order_id = 0;
	if (!guest && sg_rng_chance(&r, 12, 100))
	{
		int32_t		h2 = hour + 1 + (int32_t) sg_rng_skewed(&r, 0, 71);
		int64_t		first,
					count;

		if (h2 < ev->hours)
		{
			first = ev->order_first[h2];
			count = ev->order_first[h2 + 1] - first;
			if (count > 0)
			{
				SgRng		orng;

				c->recovered = true;
				c->recovered_order_id = first + (int64_t) sg_rng_below64(&r, (uint64_t) count);
				/* the recovering order's customer: its stream's first draw */
				sg_rng_stream(&orng, ev->key, SG_STREAM_ORDER, (uint64_t) c->recovered_order_id);
				c->customer_id = 1 + (int64_t) sg_rng_below64(&orng, (uint64_t) ev->cust_limit[h2]);
			}
		}
	}
}

/* ---------------------------------------------------------------------- */
/* system metrics */

void
sg_metric_get(const SgEvents *ev, int64_t minute, SgMetric *m)
{
	const SgScenario *sc = ev->sc;
	SgRng		r;
	int32_t		hour = (int32_t) (minute / 60);
	int64_t		load_milli;		/* load relative to capacity, x1000 */
	int64_t		p50;
	int64_t		noise;
	bool		outage;

	sg_rng_stream(&r, ev->key, SG_STREAM_METRIC, (uint64_t) minute);
	m->ts = ev->win.start + minute * MINUTE;
	outage = sc->event_kind == SG_EVENT_SYSTEM_OUTAGE && in_event(ev, m->ts);

	/* about 600 requests per checkout attempt, +-10% per minute */
	noise = sg_rng_range(&r, 900, 1100);
	m->requests = (int32_t) (ev->attempts_milli[hour] * 10 * noise / 1000 / 1000);
	/*
	 * The platform is sized for 1.6 x the busiest ordinary hour: a flash
	 * sale or a holiday peak overloads it and latency climbs.
	 */
	load_milli = ev->attempts_milli[hour] * 1000 * 10 / 16 / ev->peak_attempts_milli;
	p50 = 40 + 60 * load_milli * load_milli / 1000000 + sg_rng_below(&r, 8);
	m->p50_ms = (int32_t) p50;
	m->p95_ms = (int32_t) (p50 * sg_rng_range(&r, 240, 300) / 100);
	m->p99_ms = (int32_t) (p50 * sg_rng_range(&r, 420, 560) / 100);
	m->error_rate_bp100 = (int32_t) (5 + sg_rng_below(&r, 30) + load_milli * load_milli / 100000);
	m->cpu_centi = (int32_t) min64(9800, 1200 + load_milli * 60 / 10 + sg_rng_below(&r, 500));
	m->mem_centi = (int32_t) min64(9500, 4200 + load_milli * 25 / 10 + sg_rng_below(&r, 300));
	m->active_sessions = (int32_t) (m->requests * sg_rng_range(&r, 25, 35) / 10);
	if (outage)
	{
		m->p50_ms = (int32_t) sg_rng_range(&r, 800, 2500);
		m->p95_ms = (int32_t) sg_rng_range(&r, 4000, 9000);
		m->p99_ms = (int32_t) sg_rng_range(&r, 12000, 30000);
		m->error_rate_bp100 = (int32_t) sg_rng_range(&r, 2500, 6000);
		m->cpu_centi = (int32_t) sg_rng_range(&r, 9000, 9900);
	}
}

/* ---------------------------------------------------------------------- */

void
sg_iter_init(SgIter *it, const int64_t *first, int32_t hours,
			 int64_t slice_first, int64_t slice_end)
{
	it->first = first;
	it->hours = hours;
	it->id = slice_first;		/* ids are 1-based: the next is slice_first + 1 */
	it->end = slice_end;
	it->hour = slice_first < slice_end ? find_hour(first, hours, slice_first + 1) : 0;
}

bool
sg_iter_next(SgIter *it)
{
	if (it->id >= it->end)
		return false;
	it->id++;
	while (it->id >= it->first[it->hour + 1])
		it->hour++;
	return true;
}
