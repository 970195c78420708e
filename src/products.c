/*-------------------------------------------------------------------------
 *
 * products.c
 *	  synth_products(scenario, seed, products, suppliers, part, parts)
 *
 * Formats the products of world.c into rows of synthgen.product_row.
 * supplier_id refers to synth_suppliers(scenario, seed, suppliers).
 *
 *-------------------------------------------------------------------------
 */
#include "synthgen.h"

enum
{
	COL_ID, COL_SKU, COL_NAME, COL_CATEGORY, COL_SUBCATEGORY, COL_SUPPLIER,
	COL_UNIT_COST, COL_LIST_PRICE, COL_WEIGHT, COL_STOCK, COL_RANK, COL_CREATED,
	NCOLS
};

/*
 * The columns of synthgen.product_row, in output order: the contract between
 * this filler and the SQL row type, checked once per call (srf.c, load.c);
 * the registry entry (tables.c) points here.
 */
const SgColumn sg_products_columns[NCOLS + 1] = {
	[COL_ID] = {"product_id", INT4OID, -1, false},
	[COL_SKU] = {"sku", TEXTOID, -1, false},
	[COL_NAME] = {"name", TEXTOID, -1, false},
	[COL_CATEGORY] = {"category", TEXTOID, -1, false},
	[COL_SUBCATEGORY] = {"subcategory", TEXTOID, -1, false},
	[COL_SUPPLIER] = {"supplier_id", INT4OID, -1, false},
	[COL_UNIT_COST] = {"unit_cost", NUMERICOID, SG_NUMERIC_TYPMOD(12, 2), false},
	[COL_LIST_PRICE] = {"list_price", NUMERICOID, SG_NUMERIC_TYPMOD(12, 2), false},
	[COL_WEIGHT] = {"weight_kg", NUMERICOID, SG_NUMERIC_TYPMOD(8, 3), false},
	[COL_STOCK] = {"stock_qty", INT4OID, -1, false},
	[COL_RANK] = {"popularity_rank", INT4OID, -1, false},
	[COL_CREATED] = {"created_at", TIMESTAMPTZOID, -1, false},
	[NCOLS] = {NULL}
};


void
sg_fill_products(SgCall *call)
{
	const SgWorld *world = &call->world;
	int64		nproducts = call->products;
	int64		first,
				end,
				id;
	Datum		values[NCOLS];
	bool		nulls[NCOLS] = {0};
	Datum	   *categories,
			   *subcategories;
	SgTextBuf	sku,
				name;
	int			i;

	categories = palloc(sizeof(Datum) * sg_n_categories);
	for (i = 0; i < sg_n_categories; i++)
		categories[i] = sg_text_datum(sg_categories[i].name);
	subcategories = palloc(sizeof(Datum) * sg_n_subcategories);
	for (i = 0; i < sg_n_subcategories; i++)
		subcategories[i] = sg_text_datum(sg_subcategories[i].name);
	sg_textbuf_init(&sku, sizeof(((SgProduct *) 0)->sku));
	sg_textbuf_init(&name, sizeof(((SgProduct *) 0)->name));

	sg_slice(nproducts, call->part, call->parts, &first, &end);
	for (id = first + 1; id <= end; id++)
	{
		SgProduct	p;
		MemoryContext old;

		sg_product_get(world, (int32) id, &p);
		old = MemoryContextSwitchTo(call->rowctx);
		values[COL_ID] = Int32GetDatum((int32) id);
		values[COL_SKU] = sg_textbuf_set(&sku, p.sku, p.sku_len);
		values[COL_NAME] = sg_textbuf_set(&name, p.name, p.name_len);
		values[COL_CATEGORY] = categories[p.subcategory->category];
		values[COL_SUBCATEGORY] = subcategories[p.subcategory - sg_subcategories];
		values[COL_SUPPLIER] = Int32GetDatum(p.supplier_id);
		values[COL_UNIT_COST] = sg_numeric_scaled(p.unit_cost, 2);
		values[COL_LIST_PRICE] = sg_numeric_scaled(p.list_price, 2);
		values[COL_WEIGHT] = sg_numeric_scaled(p.weight_g, 3);
		values[COL_STOCK] = Int32GetDatum(p.stock_qty);
		values[COL_RANK] = Int32GetDatum(p.popularity_rank);
		values[COL_CREATED] = TimestampTzGetDatum(p.created_at);
		MemoryContextSwitchTo(old);
		sg_call_put(call, values, nulls);
	}
}

PG_FUNCTION_INFO_V1(synth_products);
Datum
synth_products(PG_FUNCTION_ARGS)
{
	static const SgArgPos pos = {.scenario = SG_ARG(0), .seed = SG_ARG(1), .products = SG_ARG(2),
		.suppliers = SG_ARG(3), .part = SG_ARG(4), .parts = SG_ARG(5)};

	return sg_call_srf(fcinfo, "products", &pos);
}
