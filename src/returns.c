/*-------------------------------------------------------------------------
 *
 * returns.c
 *	  synth_returns(scenario, start, hours, seed, orders_per_day, customers,
 *					products, suppliers, part, parts)
 *
 * Returns of delivered orders' lines, requested after delivery and before
 * as_of (docs/design.md, "Fulfilment, returns and tickets"): return_id =
 * 16 x order_id + the line's index, quantity the units sent back.  A
 * slice covers the same order ids as synth_orders' slice.
 *
 *-------------------------------------------------------------------------
 */
#include "synthgen.h"

enum
{
	COL_ID, COL_ORDER, COL_PRODUCT, COL_REASON, COL_REQUESTED, COL_REFUNDED,
	COL_STATUS, COL_QUANTITY, NCOLS
};

/*
 * The columns of synthgen.return_row, in output order: the contract between
 * this filler and the SQL row type, checked once per call (srf.c, load.c);
 * the registry entry (tables.c) points here.
 */
const SgColumn sg_returns_columns[NCOLS + 1] = {
	[COL_ID] = {"return_id", INT8OID, -1, false},
	[COL_ORDER] = {"order_id", INT8OID, -1, false},
	[COL_PRODUCT] = {"product_id", INT4OID, -1, false},
	[COL_REASON] = {"reason", TEXTOID, -1, false},
	[COL_REQUESTED] = {"requested_at", TIMESTAMPTZOID, -1, false},
	[COL_REFUNDED] = {"refunded_amount", NUMERICOID, SG_NUMERIC_TYPMOD(12, 2), false},
	[COL_STATUS] = {"status", TEXTOID, -1, false},
	[COL_QUANTITY] = {"quantity", INT4OID, -1, false},
	[NCOLS] = {NULL}
};


typedef struct ReturnFormat
{
	Datum	   *reasons;
	Datum	   *statuses;
} ReturnFormat;

static void *
returns_init(SgCall *call)
{
	ReturnFormat *f = palloc0(sizeof(ReturnFormat));

	f->reasons = sg_text_datums(sg_return_reasons, sg_n_return_reasons);
	f->statuses = sg_text_datums(sg_return_statuses, sg_n_return_statuses);
	return f;
}

static void
returns_rows(SgCall *call, void *state, const SgOrder *o)
{
	ReturnFormat *f = state;
	Datum		values[NCOLS];
	bool		nulls[NCOLS] = {0};
	SgReturn	rets[SG_MAX_LINES];
	int			n,
				i;

	n = sg_returns_for_order(&call->ev, o, rets);
	for (i = 0; i < n; i++)
	{
		const SgReturn *r = &rets[i];
		MemoryContext old = MemoryContextSwitchTo(call->rowctx);

		values[COL_ID] = Int64GetDatum(r->id);
		values[COL_ORDER] = Int64GetDatum(r->order_id);
		values[COL_PRODUCT] = Int32GetDatum(r->product_id);
		values[COL_REASON] = f->reasons[r->reason];
		values[COL_REQUESTED] = TimestampTzGetDatum(r->requested_at);
		values[COL_REFUNDED] = sg_numeric_scaled(r->refunded_amount, 2);
		values[COL_STATUS] = f->statuses[r->status];
		values[COL_QUANTITY] = Int32GetDatum(r->quantity);
		MemoryContextSwitchTo(old);
		sg_call_put(call, values, nulls);
	}
}

/* an order's returns (the registry entry, tables.c, points here) */
const SgPassTable sg_returns_pass = {returns_init, returns_rows, NULL};

void
sg_fill_returns(SgCall *call)
{
	sg_fill_by_order(call, &sg_returns_pass);
}

PG_FUNCTION_INFO_V1(synth_returns);
Datum
synth_returns(PG_FUNCTION_ARGS)
{
	return sg_call_srf(fcinfo, "returns", &sg_event_arg_pos);
}
