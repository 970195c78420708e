/*-------------------------------------------------------------------------
 *
 * support_tickets.c
 *	  synth_support_tickets(scenario, start, hours, seed, orders_per_day,
 *							customers, products, suppliers, part, parts)
 *
 * Tickets arise from orders (late deliveries, outage payments, supply
 * cancellations, everyday questions) and from checkouts that failed in an
 * outage (docs/design.md, "Fulfilment, returns and tickets").  An order's
 * tickets are 4 x order_id + 0..2, a cart's 4 x cart_id + 3; a slice is a
 * range of orders followed by carts.
 *
 *-------------------------------------------------------------------------
 */
#include "synthgen.h"

#include "miscadmin.h"

enum
{
	COL_ID, COL_ORDER, COL_CUSTOMER, COL_OPENED, COL_CATEGORY, COL_PRIORITY,
	COL_CHANNEL, COL_STATUS, COL_RESOLVED, COL_SATISFACTION, NCOLS
};

/*
 * The columns of synthgen.support_ticket_row, in output order: the contract between
 * this filler and the SQL row type, checked once per call (srf.c, load.c);
 * the registry entry (tables.c) points here.
 */
const SgColumn sg_support_tickets_columns[NCOLS + 1] = {
	[COL_ID] = {"ticket_id", INT8OID, -1, false},
	[COL_ORDER] = {"order_id", INT8OID, -1, true},
	[COL_CUSTOMER] = {"customer_id", INT8OID, -1, false},
	[COL_OPENED] = {"opened_at", TIMESTAMPTZOID, -1, false},
	[COL_CATEGORY] = {"category", TEXTOID, -1, false},
	[COL_PRIORITY] = {"priority", TEXTOID, -1, false},
	[COL_CHANNEL] = {"channel", TEXTOID, -1, false},
	[COL_STATUS] = {"status", TEXTOID, -1, false},
	[COL_RESOLVED] = {"resolved_at", TIMESTAMPTZOID, -1, true},
	[COL_SATISFACTION] = {"satisfaction", INT4OID, -1, true},
	[NCOLS] = {NULL}
};


typedef struct TicketText
{
	Datum	   *categories;
	Datum	   *priorities;
	Datum	   *channels;
	Datum	   *statuses;
} TicketText;

static void
put_ticket(SgCall *call, const TicketText *tt, const SgTicket *t)
{
	Datum		values[NCOLS];
	bool		nulls[NCOLS] = {0};

	values[COL_ID] = Int64GetDatum(t->id);
	nulls[COL_ORDER] = t->order_id == 0;
	values[COL_ORDER] = Int64GetDatum(t->order_id);
	values[COL_CUSTOMER] = Int64GetDatum(t->customer_id);
	values[COL_OPENED] = TimestampTzGetDatum(t->opened_at);
	values[COL_CATEGORY] = tt->categories[t->category];
	values[COL_PRIORITY] = tt->priorities[t->priority];
	values[COL_CHANNEL] = tt->channels[t->channel];
	values[COL_STATUS] = tt->statuses[t->status];
	values[COL_RESOLVED] = sg_time_or_null(t->resolved_at, &nulls[COL_RESOLVED]);
	nulls[COL_SATISFACTION] = t->satisfaction == 0;
	values[COL_SATISFACTION] = Int32GetDatum(t->satisfaction);
	sg_call_put(call, values, nulls);
}

static void *
tickets_init(SgCall *call)
{
	TicketText *tt = palloc0(sizeof(TicketText));

	tt->categories = sg_text_datums(sg_ticket_categories, sg_n_ticket_categories);
	tt->priorities = sg_text_datums(sg_ticket_priorities, sg_n_ticket_priorities);
	tt->channels = sg_text_datums(sg_ticket_channels, sg_n_ticket_channels);
	tt->statuses = sg_text_datums(sg_ticket_statuses, sg_n_ticket_statuses);
	return tt;
}

static void
tickets_order_rows(SgCall *call, void *state, const SgOrder *o)
{
	SgTicket	tks[SG_MAX_ORDER_TICKETS];
	int			n,
				i;

	n = sg_tickets_for_order(&call->ev, o, tks);
	for (i = 0; i < n; i++)
		put_ticket(call, state, &tks[i]);
}

static void
tickets_cart_rows(SgCall *call, void *state, const SgCart *c)
{
	SgTicket	t;

	if (sg_ticket_for_cart(&call->ev, c, &t))
		put_ticket(call, state, &t);
}

/*
 * An order's tickets, then (after every order) a failed checkout's (the
 * registry entry, tables.c, points here)
 */
const SgPassTable sg_support_tickets_pass = {tickets_init, tickets_order_rows,
tickets_cart_rows};

/* the slices cut orders and carts as one range: orders first */
void
sg_fill_support_tickets(SgCall *call)
{
	SgEvents   *ev = &call->ev;
	SgIter		it;
	int64		first,
				end;
	void	   *tt = tickets_init(call);
	SgOrder		o;
	SgCart		c;

	sg_slice(ev->total_orders + ev->total_carts, call->part, call->parts, &first, &end);

	/* ids 1 .. total_orders: from orders */
	for (sg_iter_orders(&it, ev, first, Min(end, ev->total_orders)); sg_iter_next(&it);)
	{
		sg_order_get(ev, it.hour, it.id, &o);
		tickets_order_rows(call, tt, &o);
		CHECK_FOR_INTERRUPTS();
	}
	/* the rest: from abandoned carts */
	for (sg_iter_carts(&it, ev, Max(first, ev->total_orders) - ev->total_orders,
					   Max(end, ev->total_orders) - ev->total_orders);
		 sg_iter_next(&it);)
	{
		sg_cart_get(ev, it.hour, it.id, &c);
		tickets_cart_rows(call, tt, &c);
		CHECK_FOR_INTERRUPTS();
	}
}

PG_FUNCTION_INFO_V1(synth_support_tickets);
Datum
synth_support_tickets(PG_FUNCTION_ARGS)
{
	return sg_call_srf(fcinfo, "support_tickets", &sg_event_arg_pos);
}
