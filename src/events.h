/*-------------------------------------------------------------------------
 *
 * events.h
 *	  The time-driven half of the world: orders and their lines, support
 *	  tickets, abandoned carts, returns and per-minute system metrics, as
 *	  pure functions of (scenario, seed, counts, absolute instant).
 *
 * One persistent world (docs/design.md, "The persistent world"): every
 * stream is keyed by the world (seed, counts) and an absolute day, hour,
 * minute or id, never by the window.  A day's order and cart counts come
 * from the day's own streams; ids count from the world's first hour, so
 * a window finds its first id by summing the counts of the days before it
 * (O(days)), and splits only its own days into hours.  A window only
 * selects: orders by ordered_at, carts by abandoned_at, metrics by ts;
 * order lines, tickets and returns follow the order or cart they arise
 * from.  as_of (>= the window's end) cuts what is known: later shipments,
 * deliveries, cancellations, tickets, returns and cart recoveries are not
 * there yet.  No PostgreSQL headers.
 *
 *-------------------------------------------------------------------------
 */
#ifndef SYNTHGEN_EVENTS_H
#define SYNTHGEN_EVENTS_H

#include <stddef.h>

#include "world.h"

#define SG_NO_TIME		INT64_MIN	/* a NULL instant */
#define SG_MAX_LINES	16
/*
 * Refused up front (sg_events_bound): a call that could reach more than
 * SG_MAX_ORDERS order or cart ids, or an hour with more than
 * SG_MAX_PER_HOUR orders, checkouts or carts.  The hourly limit keeps every
 * per-minute metric within int4 (requests ~ 1.1 x an hour's orders and
 * carts, 14 x a minute's even if all came in one minute; active sessions
 * ~ 2 x an hour's) and in-hour instants within 64 bits.
 */
#define SG_MAX_ORDERS	INT64_C(1000000000)
#define SG_MAX_PER_HOUR	INT64_C(50000000)
#define SG_MAX_ORDERS_PER_DAY 10000000
/*
 * An hour's rates are knots every SG_KNOT_USECS (its start and end
 * included, shared with its neighbours): events fall by the piecewise-
 * linear density through them (docs/design.md, "Event shapes, metrics
 * and days").
 */
#define SG_KNOTS		7
#define SG_KNOT_USECS	(INT64_C(600000000))	/* 10 minutes */
/* shipping fees in cents: free from 50.00, heavy parcels (> 10 kg) cost more */
#define SG_FREE_SHIPPING_FROM	5000
#define SG_SHIPPING_STANDARD	599
#define SG_SHIPPING_HEAVY		1299

typedef enum SgOrderStatus
{
	SG_ORDER_PROCESSING,
	SG_ORDER_SHIPPED,
	SG_ORDER_DELIVERED,
	SG_ORDER_CANCELLED,
	SG_ORDER_BACKORDERED		/* waits for a restock (as of as_of) */
} SgOrderStatus;

extern const char *const sg_order_statuses[];
extern const int sg_n_order_statuses;

typedef struct SgLine
{
	int32_t		product_id;
	int32_t		quantity;
	int32_t		supplier_id;
	int16_t		category;
	int32_t		weight_g;
	int64_t		unit_price;		/* cents */
	int64_t		discount;		/* cents, campaign discount on the line */
	int64_t		line_total;		/* unit_price * quantity - discount */
} SgLine;

typedef struct SgOrder
{
	int64_t		id;
	int32_t		hour;			/* hour of the span it was placed in */
	int64_t		customer_id;
	int64_t		ordered_at;
	SgOrderStatus status;
	int			channel;		/* index into sg_order_channels */
	int			payment;		/* index into sg_payment_methods */
	int32_t		campaign_id;	/* 0: none */
	int32_t		item_count;		/* sum of quantities */
	int			nlines;
	SgLine		lines[SG_MAX_LINES];
	int64_t		subtotal;
	int64_t		discount;
	int64_t		shipping;
	int64_t		tax;
	int64_t		total;
	int64_t		shipped_at;		/* SG_NO_TIME when not (yet) */
	int64_t		delivered_at;
	int64_t		cancelled_at;
	int64_t		promised_at;	/* 20:00 customer time of the promised day */
	/* the eventual shipment, whether as_of knows it yet or not (fulfilment.c) */
	int64_t		ships_at;		/* SG_NO_TIME: cancelled */
	int64_t		arrives_at;
	int64_t		cancels_at;		/* SG_NO_TIME: not cancelled */
	int			zone;			/* the customer's (SgZone) */
	bool		in_outage;
	bool		in_holiday;
	bool		disrupted;		/* has a line of a supplier disrupted at ordered_at */
	bool		backordered;	/* has a line out of stock at ordered_at */
} SgOrder;

typedef struct SgTicket
{
	int64_t		id;
	int64_t		order_id;		/* 0: NULL */
	int64_t		customer_id;
	int64_t		opened_at;
	int			category;		/* index into sg_ticket_categories */
	int			priority;
	int			channel;
	int			status;
	int64_t		resolved_at;	/* SG_NO_TIME: unresolved */
	int32_t		satisfaction;	/* 0: NULL, else 1..5 */
} SgTicket;

typedef struct SgCart
{
	int64_t		id;
	int32_t		hour;
	int64_t		customer_id;	/* 0: guest */
	int32_t		product_id;
	int32_t		quantity;
	int64_t		cart_value;		/* cents */
	int			stage;			/* index into sg_cart_stages */
	int64_t		abandoned_at;
	bool		recovered;
	int64_t		recovered_order_id; /* 0: NULL */
} SgCart;

typedef struct SgReturn
{
	int64_t		id;
	int64_t		order_id;
	int32_t		product_id;
	int32_t		quantity;		/* units of the line sent back */
	int			reason;
	int64_t		requested_at;
	int64_t		refunded_amount;	/* cents */
	int			status;
} SgReturn;

typedef struct SgMetric
{
	int64_t		ts;
	int32_t		requests;
	int32_t		p50_ms;
	int32_t		p95_ms;
	int32_t		p99_ms;
	int32_t		error_rate_bp100;	/* error rate x 10^4: 125 = 0.0125 */
	int32_t		cpu_centi;		/* percent x 100 */
	int32_t		mem_centi;
	int32_t		active_sessions;
} SgMetric;

extern const char *const sg_order_channels[];
extern const int sg_n_order_channels;
extern const char *const sg_payment_methods[];
extern const int sg_n_payment_methods;
extern const char *const sg_ticket_categories[];
extern const int sg_n_ticket_categories;
extern const char *const sg_ticket_priorities[];
extern const int sg_n_ticket_priorities;
extern const char *const sg_ticket_channels[];
extern const int sg_n_ticket_channels;
extern const char *const sg_ticket_statuses[];
extern const int sg_n_ticket_statuses;
extern const char *const sg_cart_stages[];
extern const int sg_n_cart_stages;
extern const char *const sg_return_reasons[];
extern const int sg_n_return_reasons;
extern const char *const sg_return_statuses[];
extern const int sg_n_return_statuses;

typedef void *(*SgAllocFn) (size_t size);

/* a supply disruption: one supplier's products run out for a while */
typedef struct SgDisruption
{
	int64_t		starts_at;
	int64_t		ends_at;
	int32_t		supplier_id;
} SgDisruption;

/* Per-call state of the event tables: O(hours + campaigns) memory. */
typedef struct SgEvents
{
	const SgWorld *w;
	const SgScenario *sc;
	int64_t		start;			/* the window [start, end) */
	int64_t		end;
	int64_t		as_of;			/* what is known: >= end */
	uint64_t	key;			/* the world: seed and counts */
	uint64_t	sched_key;		/* the schedule: seed */
	int32_t		orders_per_day;

	/*
	 * The span: whole UTC days from the window's start to 73 hours past its
	 * end (cart recoveries look ahead); hour h of the span starts at
	 * span_start + h hours.
	 */
	int64_t		span_start;
	int32_t		hours;
	int64_t    *order_first;	/* [hours + 1]: first order id of each hour */
	int64_t    *cart_first;		/* [hours + 1]: first cart id of each hour */
	int64_t    *cust_limit;		/* [hours]: customers who exist at the hour's start */
	int64_t    *attempts_milli; /* [hours]: expected checkouts x 1000 */
	/* [hours * (SG_KNOTS - 1) + 1]: knot j of hour h at h * (SG_KNOTS - 1) + j */
	int64_t    *order_knots;	/* milli-orders an hour */
	int64_t    *cart_knots;		/* milli-carts an hour */
	int64_t		peak_arrivals_milli;	/* orders + carts an hour at the busiest ordinary hour */
	int64_t		peak_attempts_milli;	/* the scenario's busiest ordinary hour */
	int64_t		curve[7][24];	/* diurnal x weekly by local weekday and hour */
	int64_t		curve_peak;

	/* the window's orders are ids order_lo .. order_hi - 1, carts likewise */
	int64_t		order_lo;
	int64_t		order_hi;
	int64_t		cart_lo;
	int64_t		cart_hi;
	int64_t		total_orders;
	int64_t		total_carts;
	int64_t		minute_lo;		/* the window's minutes, absolute: ts = minute * 60 s */
	int64_t		total_minutes;

	int32_t		ncampaigns;
	SgCampaign *campaigns;		/* running in the window, by id */
	int32_t    *campaign_by_start;	/* indexes into campaigns, by starts_at */
	int32_t		ndisruptions;
	SgDisruption *disruptions;	/* overlapping the window */

	SgZipf		zipf;
	SgProductCore *product_cache;	/* [products + 1] or NULL; lazily filled */
	int32_t    *rank_cache;		/* [products + 1]: rank -> product, 0 = not yet */
	int32_t    *slot_cache;		/* [products + 1] or NULL: subcategory slot -> product */
	uint8_t    *customer_cache; /* [customers + 1] or NULL: 0 = not yet, else
								 * zone, business flag and price sensitivity
								 * (events.c, customer_traits) */
	struct SgEventCache *cache; /* the call's other caches (events.c) */

	uint32_t	lines_cum[SG_MAX_LINES];
	uint32_t	gift_lines_cum[SG_MAX_LINES];
	uint32_t	qty_cum[3][8];	/* by SgQtyClass */
	uint32_t	channel_cum[8];
	uint32_t	payment_cum[8];
	uint32_t	ticket_cum[8];
	uint32_t	stage_cum[4];
	uint32_t	business_lines_cum[SG_MAX_LINES];
	uint32_t	cart_lines_cum[SG_MAX_LINES];
	SgPicker	lines_pick;
	SgPicker	gift_lines_pick;
	SgPicker	qty_pick[3];
	SgPicker	channel_pick;
	SgPicker	payment_pick;
	SgPicker	ticket_pick;
	SgPicker	stage_pick;
	SgPicker	business_lines_pick;
	SgPicker	cart_lines_pick;
} SgEvents;

/*
 * ticket ids: 4 * order_id + 0..2 for an order's tickets (its cause, its
 * return, an everyday question), 4 * cart_id + 3 for carts
 */
#define SG_TICKET_ID_ORDER(id)	((id) * 4)
#define SG_TICKET_ID_CART(id)	((id) * 4 + 3)
#define SG_MAX_ORDER_TICKETS	3
/* return ids: SG_MAX_LINES * order_id + the line's index (0-based) */
#define SG_RETURN_ID(order_id, line)	((order_id) * SG_MAX_LINES + (line))

/*
 * The world's fingerprint: algorithm version, every parameter of the
 * scenario that changes output, the seed and the counts.  Two calls with
 * the same fingerprint describe the same world.
 */
extern uint64_t sg_world_fingerprint(const SgScenario *sc, uint64_t seed, int32_t orders_per_day,
									 int64_t customers, int32_t products, int32_t suppliers);

/*
 * Upper bounds of a window's counts, from the scenario's curves and events
 * (the real peak, not an average): the ids an event function can reach and
 * the most orders, checkouts or carts of any one hour.  O(hours), no
 * drawing: callers refuse an absurd window before allocating anything.
 */
extern void sg_events_bound(const SgWorld *w, int64_t start, int64_t end, int32_t orders_per_day,
							int64_t *max_ids, int64_t *peak_hour);

/*
 * Set up a window [start, end) known as of as_of (>= end).  alloc must
 * return zeroed memory or fail by itself (the PostgreSQL side passes
 * palloc0); interrupt, if not NULL, is called now and then during the
 * O(days since the world began) pass.
 */
extern void sg_events_init(SgEvents *ev, const SgWorld *w, int64_t start, int64_t end,
						   int64_t as_of, int32_t orders_per_day, SgAllocFn alloc,
						   void (*interrupt) (void));

/* an order / cart of span hour "hour" (ids are global, 1-based) */
extern void sg_order_get(SgEvents *ev, int32_t hour, int64_t id, SgOrder *o);
extern void sg_cart_get(SgEvents *ev, int32_t hour, int64_t id, SgCart *c);

/*
 * The tickets arising from an order (at most SG_MAX_ORDER_TICKETS, by id)
 * and from an abandoned cart, opened before as_of: how many were written
 */
extern int	sg_tickets_for_order(const SgEvents *ev, const SgOrder *o, SgTicket *t);
extern bool sg_ticket_for_cart(const SgEvents *ev, const SgCart *c, SgTicket *t);

/* the return profile of a category is in place (a unit test's check) */
extern bool sg_return_profile_fits(int category);

/* the returns of an order's lines (at most SG_MAX_LINES, by id) requested before as_of */
extern int	sg_returns_for_order(const SgEvents *ev, const SgOrder *o, SgReturn *r);

/* the metrics of an absolute minute of the window (ts = minute * 60 s) */
extern void sg_metric_get(const SgEvents *ev, int64_t minute, SgMetric *m);



/*
 * Walks the ids of a slice of the window's orders or carts, keeping the
 * span hour each id belongs to: slice offsets first .. end (0-based, from
 * sg_slice over total_orders / total_carts);
 * for (sg_iter_orders(&it, ev, first, end); sg_iter_next(&it);) use
 * it.id and it.hour.
 */
typedef struct SgIter
{
	const int64_t *first;		/* ev->order_first or ev->cart_first */
	int32_t		hours;
	int64_t		id;
	int64_t		end;
	int32_t		hour;
} SgIter;

extern void sg_iter_orders(SgIter *it, const SgEvents *ev, int64_t first, int64_t end);
extern void sg_iter_carts(SgIter *it, const SgEvents *ev, int64_t first, int64_t end);
extern bool sg_iter_next(SgIter *it);


#endif							/* SYNTHGEN_EVENTS_H */
