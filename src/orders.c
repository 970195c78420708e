/*-------------------------------------------------------------------------
 *
 * orders.c
 *	  synth_orders(scenario, start, hours, seed, orders_per_day, customers,
 *				   products, suppliers, part, parts)
 *
 * Formats the orders of events.c into rows of synthgen.order_row.  Order
 * ids follow time; a slice is a range of ids.
 *
 *-------------------------------------------------------------------------
 */
#include "synthgen.h"

enum
{
	COL_ID, COL_CUSTOMER, COL_ORDERED, COL_STATUS, COL_CHANNEL, COL_PAYMENT,
	COL_CAMPAIGN, COL_ITEMS, COL_SUBTOTAL, COL_DISCOUNT, COL_SHIPPING, COL_TAX,
	COL_TOTAL, COL_SHIPPED, COL_DELIVERED, COL_CANCELLED, COL_PROMISED, NCOLS
};

/*
 * The columns of synthgen.order_row, in output order: the contract between
 * this filler and the SQL row type, checked once per call (srf.c, load.c);
 * the registry entry (tables.c) points here.
 */
const SgColumn sg_orders_columns[NCOLS + 1] = {
	[COL_ID] = {"order_id", INT8OID, -1, false},
	[COL_CUSTOMER] = {"customer_id", INT8OID, -1, false},
	[COL_ORDERED] = {"ordered_at", TIMESTAMPTZOID, -1, false},
	[COL_STATUS] = {"status", TEXTOID, -1, false},
	[COL_CHANNEL] = {"channel", TEXTOID, -1, false},
	[COL_PAYMENT] = {"payment_method", TEXTOID, -1, false},
	[COL_CAMPAIGN] = {"campaign_id", INT4OID, -1, true},
	[COL_ITEMS] = {"item_count", INT4OID, -1, false},
	[COL_SUBTOTAL] = {"subtotal", NUMERICOID, SG_NUMERIC_TYPMOD(12, 2), false},
	[COL_DISCOUNT] = {"discount", NUMERICOID, SG_NUMERIC_TYPMOD(12, 2), false},
	[COL_SHIPPING] = {"shipping", NUMERICOID, SG_NUMERIC_TYPMOD(12, 2), false},
	[COL_TAX] = {"tax", NUMERICOID, SG_NUMERIC_TYPMOD(12, 2), false},
	[COL_TOTAL] = {"total", NUMERICOID, SG_NUMERIC_TYPMOD(12, 2), false},
	[COL_SHIPPED] = {"shipped_at", TIMESTAMPTZOID, -1, true},
	[COL_DELIVERED] = {"delivered_at", TIMESTAMPTZOID, -1, true},
	[COL_CANCELLED] = {"cancelled_at", TIMESTAMPTZOID, -1, true},
	[COL_PROMISED] = {"promised_at", TIMESTAMPTZOID, -1, false},
	[NCOLS] = {NULL}
};


/* what every order row shares: the words and the common amounts, built once */
typedef struct OrderFormat
{
	Datum	   *statuses;
	Datum	   *channels;
	Datum	   *payments;
	Datum		zero;
	Datum		standard_shipping;
	Datum		heavy_shipping;
	SgNumBuf	subtotal;
	SgNumBuf	discount;
	SgNumBuf	tax;
	SgNumBuf	total;
} OrderFormat;

static void *
orders_init(SgCall *call)
{
	OrderFormat *f = palloc0(sizeof(OrderFormat));

	f->statuses = sg_text_datums(sg_order_statuses, sg_n_order_statuses);
	f->channels = sg_text_datums(sg_order_channels, sg_n_order_channels);
	f->payments = sg_text_datums(sg_payment_methods, sg_n_payment_methods);
	/* the amounts most orders share (numeric building is 1/7 of the time) */
	f->zero = sg_numeric_scaled(0, 2);
	f->standard_shipping = sg_numeric_scaled(SG_SHIPPING_STANDARD, 2);
	f->heavy_shipping = sg_numeric_scaled(SG_SHIPPING_HEAVY, 2);
	return f;
}

static void
orders_rows(SgCall *call, void *state, const SgOrder *o)
{
	OrderFormat *f = state;
	Datum		values[NCOLS];
	bool		nulls[NCOLS] = {0};
	MemoryContext old = MemoryContextSwitchTo(call->rowctx);

	values[COL_ID] = Int64GetDatum(o->id);
	values[COL_CUSTOMER] = Int64GetDatum(o->customer_id);
	values[COL_ORDERED] = TimestampTzGetDatum(o->ordered_at);
	values[COL_STATUS] = f->statuses[o->status];
	values[COL_CHANNEL] = f->channels[o->channel];
	values[COL_PAYMENT] = f->payments[o->payment];
	nulls[COL_CAMPAIGN] = o->campaign_id == 0;
	values[COL_CAMPAIGN] = Int32GetDatum(o->campaign_id);
	values[COL_ITEMS] = Int32GetDatum(o->item_count);
	values[COL_SUBTOTAL] = sg_numeric_buf(&f->subtotal, o->subtotal, 2);
	values[COL_DISCOUNT] = o->discount == 0 ? f->zero : sg_numeric_buf(&f->discount, o->discount, 2);
	values[COL_SHIPPING] = o->shipping == 0 ? f->zero :
		o->shipping == SG_SHIPPING_STANDARD ? f->standard_shipping :
		o->shipping == SG_SHIPPING_HEAVY ? f->heavy_shipping :
		sg_numeric_scaled(o->shipping, 2);
	values[COL_TAX] = sg_numeric_buf(&f->tax, o->tax, 2);
	values[COL_TOTAL] = sg_numeric_buf(&f->total, o->total, 2);
	values[COL_SHIPPED] = sg_time_or_null(o->shipped_at, &nulls[COL_SHIPPED]);
	values[COL_DELIVERED] = sg_time_or_null(o->delivered_at, &nulls[COL_DELIVERED]);
	values[COL_CANCELLED] = sg_time_or_null(o->cancelled_at, &nulls[COL_CANCELLED]);
	values[COL_PROMISED] = TimestampTzGetDatum(o->promised_at);
	MemoryContextSwitchTo(old);
	sg_call_put(call, values, nulls);
}

/* one row per order (the registry entry, tables.c, points here) */
const SgPassTable sg_orders_pass = {orders_init, orders_rows, NULL};

void
sg_fill_orders(SgCall *call)
{
	sg_fill_by_order(call, &sg_orders_pass);
}

PG_FUNCTION_INFO_V1(synth_orders);
Datum
synth_orders(PG_FUNCTION_ARGS)
{
	return sg_call_srf(fcinfo, "orders", &sg_event_arg_pos);
}
