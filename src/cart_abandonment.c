/*-------------------------------------------------------------------------
 *
 * cart_abandonment.c
 *	  synth_cart_abandonment(scenario, start, hours, seed, orders_per_day,
 *							 customers, products, suppliers, part, parts)
 *
 * Abandoned carts, hour by hour, from the same arrival curve as orders:
 * a share of checkout attempts, plus the failed checkouts of an outage and
 * the payment rush of a flash sale.  A recovered cart names the later order
 * that recovered it, placed by the same customer.
 *
 *-------------------------------------------------------------------------
 */
#include "synthgen.h"

enum
{
	COL_ID, COL_CUSTOMER, COL_PRODUCT, COL_QUANTITY, COL_VALUE, COL_STAGE,
	COL_ABANDONED, COL_RECOVERED, COL_RECOVERED_ORDER, NCOLS
};

/*
 * The columns of synthgen.cart_abandonment_row, in output order: the contract between
 * this filler and the SQL row type, checked once per call (srf.c, load.c);
 * the registry entry (tables.c) points here.
 */
const SgColumn sg_cart_abandonment_columns[NCOLS + 1] = {
	[COL_ID] = {"cart_id", INT8OID, -1, false},
	[COL_CUSTOMER] = {"customer_id", INT8OID, -1, true},
	[COL_PRODUCT] = {"product_id", INT4OID, -1, false},
	[COL_QUANTITY] = {"quantity", INT4OID, -1, false},
	[COL_VALUE] = {"cart_value", NUMERICOID, SG_NUMERIC_TYPMOD(12, 2), false},
	[COL_STAGE] = {"stage", TEXTOID, -1, false},
	[COL_ABANDONED] = {"abandoned_at", TIMESTAMPTZOID, -1, false},
	[COL_RECOVERED] = {"recovered", BOOLOID, -1, false},
	[COL_RECOVERED_ORDER] = {"recovered_order_id", INT8OID, -1, true},
	[NCOLS] = {NULL}
};


typedef struct CartFormat
{
	Datum	   *stages;
	SgNumBuf	value;
} CartFormat;

static void *
carts_init(SgCall *call)
{
	CartFormat *f = palloc0(sizeof(CartFormat));

	f->stages = sg_text_datums(sg_cart_stages, sg_n_cart_stages);
	return f;
}

static void
carts_rows(SgCall *call, void *state, const SgCart *c)
{
	CartFormat *f = state;
	Datum		values[NCOLS];
	bool		nulls[NCOLS] = {0};
	MemoryContext old = MemoryContextSwitchTo(call->rowctx);

	values[COL_ID] = Int64GetDatum(c->id);
	nulls[COL_CUSTOMER] = c->customer_id == 0;
	values[COL_CUSTOMER] = Int64GetDatum(c->customer_id);
	values[COL_PRODUCT] = Int32GetDatum(c->product_id);
	values[COL_QUANTITY] = Int32GetDatum(c->quantity);
	values[COL_VALUE] = sg_numeric_buf(&f->value, c->cart_value, 2);
	values[COL_STAGE] = f->stages[c->stage];
	values[COL_ABANDONED] = TimestampTzGetDatum(c->abandoned_at);
	values[COL_RECOVERED] = BoolGetDatum(c->recovered);
	nulls[COL_RECOVERED_ORDER] = c->recovered_order_id == 0;
	values[COL_RECOVERED_ORDER] = Int64GetDatum(c->recovered_order_id);
	MemoryContextSwitchTo(old);
	sg_call_put(call, values, nulls);
}

/* one row per abandoned cart (the registry entry, tables.c, points here) */
const SgPassTable sg_cart_abandonment_pass = {carts_init, NULL, carts_rows};

void
sg_fill_cart_abandonment(SgCall *call)
{
	SgEvents   *ev = &call->ev;
	SgIter		it;
	int64		first,
				end;
	void	   *state = carts_init(call);
	SgCart		c;

	sg_slice(ev->total_carts, call->part, call->parts, &first, &end);
	for (sg_iter_carts(&it, ev, first, end); sg_iter_next(&it);)
	{
		sg_cart_get(ev, it.hour, it.id, &c);
		carts_rows(call, state, &c);
	}
}

PG_FUNCTION_INFO_V1(synth_cart_abandonment);
Datum
synth_cart_abandonment(PG_FUNCTION_ARGS)
{
	return sg_call_srf(fcinfo, "cart_abandonment", &sg_event_arg_pos);
}
