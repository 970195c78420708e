/*-------------------------------------------------------------------------
 *
 * events.h
 *	  The time-driven half of the world: orders and their lines, support
 *	  tickets, abandoned carts, returns and per-minute system metrics, as
 *	  pure functions of (scenario, seed, counts, window, entity number).
 *
 * A window [start, start + hours) is cut into hours.  Each hour's order
 * count and abandoned-cart count come from the hour's own streams, so the
 * ids of an hour (running sums of the counts) are known after one cheap
 * pass over the counts, and any order, cart, ticket or return can then be
 * produced alone.  Tickets and returns are derived from the orders (and
 * carts) they concern by recomputing them, never by reading a table.
 * No PostgreSQL headers.
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
 * per-minute metric within int4 (requests ~ 11 x an hour's checkouts,
 * active sessions ~ 3.5 x requests) and in-hour instants within 64 bits.
 */
#define SG_MAX_ORDERS	INT64_C(1000000000)
#define SG_MAX_PER_HOUR	INT64_C(50000000)
#define SG_MAX_ORDERS_PER_DAY 10000000
/* shipping fees in cents: free from 50.00, heavy parcels (> 10 kg) cost more */
#define SG_FREE_SHIPPING_FROM	5000
#define SG_SHIPPING_STANDARD	599
#define SG_SHIPPING_HEAVY		1299

typedef enum SgOrderStatus
{
	SG_ORDER_PROCESSING,
	SG_ORDER_SHIPPED,
	SG_ORDER_DELIVERED,
	SG_ORDER_CANCELLED
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
	int32_t		hour;			/* hour of the window it was placed in */
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
	bool		in_outage;
	bool		in_holiday;
	bool		disrupted;		/* has a line of the disrupted supplier, in the event */
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

/* Per-call state of the event tables: O(hours + campaigns) memory. */
typedef struct SgEvents
{
	const SgWorld *w;
	const SgScenario *sc;
	SgWindow	win;
	int64_t		end;			/* start + hours: the "as of" instant */
	uint64_t	key;			/* seed mixed with the window */
	int32_t		hours;
	int32_t		orders_per_day;

	int64_t    *order_first;	/* [hours + 1]: first order id of each hour */
	int64_t    *cart_first;		/* [hours + 1]: first cart id of each hour */
	int64_t    *cust_limit;		/* [hours]: customers who exist at the hour's start */
	int64_t    *attempts_milli; /* [hours]: expected checkouts x 1000 */
	int64_t		total_orders;
	int64_t		total_carts;
	int64_t		peak_attempts_milli;	/* busiest ordinary hour, before events */

	int32_t		ncampaigns;
	SgCampaign *campaigns;
	int64_t		event_start;	/* the scenario's event window, absolute */
	int64_t		event_end;
	int32_t		disrupted_supplier; /* supply_disruption: 1..suppliers */

	SgZipf		zipf;
	SgProductCore *product_cache;	/* [products + 1] or NULL; lazily filled */
	int32_t    *rank_cache;		/* [products + 1]: rank -> product, 0 = not yet */

	uint32_t	lines_cum[SG_MAX_LINES];
	uint32_t	gift_lines_cum[SG_MAX_LINES];
	uint32_t	qty_cum[8];
	uint32_t	channel_cum[8];
	uint32_t	payment_cum[8];
	uint32_t	ticket_cum[8];
	uint32_t	reason_cum[8];
	uint32_t	stage_cum[4];
	SgPicker	lines_pick;
	SgPicker	gift_lines_pick;
	SgPicker	qty_pick;
	SgPicker	channel_pick;
	SgPicker	payment_pick;
	SgPicker	ticket_pick;
	SgPicker	reason_pick;
	SgPicker	stage_pick;
} SgEvents;

/*
 * The expected number of orders of a window, before drawing anything: lets
 * callers refuse absurd requests before allocating.
 */
extern void sg_events_bound(const SgScenario *sc, const SgWindow *win, int32_t orders_per_day,
							int64_t *max_ids, int64_t *peak_hour);

/*
 * Set up a window.  alloc must return zeroed memory or fail by itself (the
 * PostgreSQL side passes palloc0); interrupt, if not NULL, is called now
 * and then during the O(hours) pass.
 */
extern void sg_events_init(SgEvents *ev, const SgWorld *w, const SgWindow *win,
						   int32_t orders_per_day, SgAllocFn alloc,
						   void (*interrupt) (void));

/* hour of the window that holds an order / cart id (ids are 1-based) */

extern void sg_order_get(SgEvents *ev, int32_t hour, int64_t id, SgOrder *o);
extern void sg_cart_get(SgEvents *ev, int32_t hour, int64_t id, SgCart *c);

/* the ticket arising from an order / an abandoned cart, if any */
extern bool sg_ticket_for_order(const SgEvents *ev, const SgOrder *o, SgTicket *t);
extern bool sg_ticket_for_cart(const SgEvents *ev, const SgCart *c, SgTicket *t);

/* the return of an order, if any */
extern bool sg_return_for_order(const SgEvents *ev, const SgOrder *o, SgReturn *r);

extern void sg_metric_get(const SgEvents *ev, int64_t minute, SgMetric *m);



/*
 * Walks ids first+1 .. end of a slice (orders or carts), keeping the hour
 * each id belongs to: for (sg_iter_init(...); sg_iter_next(&it);) use
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

extern void sg_iter_init(SgIter *it, const int64_t *first, int32_t hours,
						 int64_t slice_first, int64_t slice_end);
extern bool sg_iter_next(SgIter *it);

#endif							/* SYNTHGEN_EVENTS_H */
