/*-------------------------------------------------------------------------
 *
 * order_items.c
 *	  synth_order_items(scenario, start, hours, seed, orders_per_day,
 *						customers, products, suppliers, part, parts)
 *
 * The lines of the orders of synth_orders() with the same arguments: the
 * orders are recomputed, so Σ line_total = subtotal holds by construction.
 * A slice holds the lines of the same order ids as synth_orders' slice.
 *
 *-------------------------------------------------------------------------
 */
#include "synthgen.h"

enum
{
	COL_ORDER, COL_LINE, COL_PRODUCT, COL_QUANTITY, COL_UNIT_PRICE,
	COL_DISCOUNT, COL_TOTAL, NCOLS
};

/*
 * The columns of synthgen.order_item_row, in output order: the contract between
 * this filler and the SQL row type, checked once per call (srf.c, load.c);
 * the registry entry (tables.c) points here.
 */
const SgColumn sg_order_items_columns[NCOLS + 1] = {
	[COL_ORDER] = {"order_id", INT8OID, -1, false},
	[COL_LINE] = {"line_no", INT4OID, -1, false},
	[COL_PRODUCT] = {"product_id", INT4OID, -1, false},
	[COL_QUANTITY] = {"quantity", INT4OID, -1, false},
	[COL_UNIT_PRICE] = {"unit_price", NUMERICOID, SG_NUMERIC_TYPMOD(12, 2), false},
	[COL_DISCOUNT] = {"discount", NUMERICOID, SG_NUMERIC_TYPMOD(12, 2), false},
	[COL_TOTAL] = {"line_total", NUMERICOID, SG_NUMERIC_TYPMOD(12, 2), false},
	[NCOLS] = {NULL}
};


typedef struct ItemFormat
{
	Datum		zero;
	SgNumBuf	unit_price;
	SgNumBuf	discount;
	SgNumBuf	line_total;
} ItemFormat;

static void *
order_items_init(SgCall *call)
{
	ItemFormat *f = palloc0(sizeof(ItemFormat));

	f->zero = sg_numeric_scaled(0, 2);
	return f;
}

static void
order_items_rows(SgCall *call, void *state, const SgOrder *o)
{
	ItemFormat *f = state;
	Datum		values[NCOLS];
	bool		nulls[NCOLS] = {0};
	int			i;

	for (i = 0; i < o->nlines; i++)
	{
		const SgLine *l = &o->lines[i];
		MemoryContext old = MemoryContextSwitchTo(call->rowctx);

		values[COL_ORDER] = Int64GetDatum(o->id);
		values[COL_LINE] = Int32GetDatum(i + 1);
		values[COL_PRODUCT] = Int32GetDatum(l->product_id);
		values[COL_QUANTITY] = Int32GetDatum(l->quantity);
		values[COL_UNIT_PRICE] = sg_numeric_buf(&f->unit_price, l->unit_price, 2);
		values[COL_DISCOUNT] = l->discount == 0 ? f->zero : sg_numeric_buf(&f->discount, l->discount, 2);
		values[COL_TOTAL] = sg_numeric_buf(&f->line_total, l->line_total, 2);
		MemoryContextSwitchTo(old);
		sg_call_put(call, values, nulls);
	}
}

/* an order's lines (the registry entry, tables.c, points here) */
const SgPassTable sg_order_items_pass = {order_items_init, order_items_rows, NULL};

void
sg_fill_order_items(SgCall *call)
{
	sg_fill_by_order(call, &sg_order_items_pass);
}

PG_FUNCTION_INFO_V1(synth_order_items);
Datum
synth_order_items(PG_FUNCTION_ARGS)
{
	return sg_call_srf(fcinfo, "order_items", &sg_event_arg_pos);
}
