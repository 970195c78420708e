/*-------------------------------------------------------------------------
 *
 * tables.c
 *	  The registry of synthgen's tables (and synthgen.tables(), its SQL
 *	  face): name, generating function, row
 *	  type, filler, primary key and foreign keys, in the order generate()
 *	  loads them (referenced tables first).
 *
 * generate() creates, keys and loads exactly what is written here: a
 * table's primary key is <table>_pkey over primary_key, each foreign key
 * <table>_<column>_fkey referencing the primary key of an earlier table.
 * The last number is the table's share of the work (load, primary key,
 * ANALYZE: tenths of a second of 30 days at the shipped scenarios' scale,
 * measured after issues 14 and 15): generate(jobs > 1) starts the biggest
 * first (test/bench/RESULTS.md, issue 16).  The tables made from orders
 * and carts say how to write an order's or a cart's rows: one pass over
 * them can load several of these tables (order_pass.c).
 *
 *-------------------------------------------------------------------------
 */
#include "synthgen.h"

#include "catalog/namespace.h"
#include "funcapi.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/syscache.h"

const SgTableDef sg_table_defs[] = {
	{"customers", "synth_customers", "customer_row", false, false, sg_fill_customers, sg_customers_columns,
	{"customer_id"}, {{NULL}}, 16},
	{"suppliers", "synth_suppliers", "supplier_row", false, false, sg_fill_suppliers, sg_suppliers_columns,
	{"supplier_id"}, {{NULL}}, 1},
	{"products", "synth_products", "product_row", false, false, sg_fill_products, sg_products_columns,
		{"product_id"},
		{{"supplier_id", "suppliers", "supplier_id"}}, 1},
	{"campaigns", "synth_campaigns", "campaign_row", true, false, sg_fill_campaigns, sg_campaigns_columns,
	{"campaign_id"}, {{NULL}}, 1},
	{"orders", "synth_orders", "order_row", true, true, sg_fill_orders, sg_orders_columns,
		{"order_id"},
		{{"customer_id", "customers", "customer_id"},
		{"campaign_id", "campaigns", "campaign_id"}}, 10, &sg_orders_pass},
	{"order_items", "synth_order_items", "order_item_row", true, true, sg_fill_order_items, sg_order_items_columns,
		{"order_id", "line_no"},
		{{"order_id", "orders", "order_id"},
		{"product_id", "products", "product_id"}}, 5, &sg_order_items_pass},
	{"support_tickets", "synth_support_tickets", "support_ticket_row", true, true, sg_fill_support_tickets, sg_support_tickets_columns,
		{"ticket_id"},
		{{"order_id", "orders", "order_id"},
		{"customer_id", "customers", "customer_id"}}, 3, &sg_support_tickets_pass},
	{"cart_abandonment", "synth_cart_abandonment", "cart_abandonment_row", true, true, sg_fill_cart_abandonment, sg_cart_abandonment_columns,
		{"cart_id"},
		/*
		 * recovered_order_id is a reference in time, not a declared key: the
		 * recovering order may lie in a later window (docs/design.md)
		 */
		{{"customer_id", "customers", "customer_id"},
		{"product_id", "products", "product_id"}}, 10, &sg_cart_abandonment_pass},
	{"returns", "synth_returns", "return_row", true, true, sg_fill_returns, sg_returns_columns,
		{"return_id"},
		{{"order_id", "orders", "order_id"},
		{"product_id", "products", "product_id"}}, 2, &sg_returns_pass},
	{"system_metrics", "synth_system_metrics", "system_metric_row", true, true, sg_fill_system_metrics, sg_system_metrics_columns,
	{"ts"}, {{NULL}}, 3},
};

const int	sg_n_table_defs = lengthof(sg_table_defs);

const SgTableDef *
sg_table_def(const char *name)
{
	int			i;

	for (i = 0; i < sg_n_table_defs; i++)
		if (strcmp(sg_table_defs[i].name, name) == 0)
			return &sg_table_defs[i];
	return NULL;
}

int
sg_table_ncolumns(const SgTableDef *def)
{
	int			n = 0;

	while (def->columns[n].name)
		n++;
	return n;
}

/*
 * What a filler writes must be what the row it writes into declares: the
 * same columns in order, each of the same type and typmod (numeric(12,2)
 * stays numeric(12,2)).  Checked once per call: a function declared over
 * another row type, or a row type changed after installation (ALTER TYPE
 * ... ADD ATTRIBUTE), would otherwise have the filler put values of one
 * type into columns of another.
 *
 * desc is the declared row (declared names it in messages).  With map
 * NULL it must have exactly the filler's columns (a set-returning
 * function's result); otherwise dropped columns are skipped and map[i]
 * receives the attribute index of the filler's column i (a table).
 */
void
sg_check_columns(const SgTableDef *def, TupleDesc desc, const char *declared, int *map)
{
	int			ncols = sg_table_ncolumns(def);
	int			i,
				j = 0;

	for (i = 0; i < desc->natts; i++)
	{
		Form_pg_attribute a = TupleDescAttr(desc, i);
		const SgColumn *c;

		if (a->attisdropped && map)
			continue;
		if (j >= ncols || a->attisdropped)
			ereport(ERROR,
					(errcode(ERRCODE_DATATYPE_MISMATCH),
					 errmsg("%s has more columns than synthgen.%s", declared, def->rowtype),
					 errdetail("%s writes %d columns.", def->function, ncols),
					 errhint("Create tables with CREATE TABLE ... (LIKE synthgen.%s); a changed row type is restored by reinstalling the extension.",
							 def->rowtype)));
		c = &def->columns[j];
		if (a->atttypid != c->type || a->atttypmod != c->typmod)
			ereport(ERROR,
					(errcode(ERRCODE_DATATYPE_MISMATCH),
					 errmsg("column %d (\"%s\") of %s is %s, synthgen.%s has %s there",
							j + 1, NameStr(a->attname), declared,
							format_type_with_typemod(a->atttypid, a->atttypmod),
							def->rowtype, format_type_with_typemod(c->type, c->typmod)),
					 errdetail("%s writes column %d (\"%s\") as %s.", def->function, j + 1,
							   c->name, format_type_with_typemod(c->type, c->typmod)),
					 errhint("Create tables with CREATE TABLE ... (LIKE synthgen.%s); a changed row type is restored by reinstalling the extension.",
							 def->rowtype)));
		if (map)
			map[j] = i;
		j++;
	}
	if (j != ncols)
		ereport(ERROR,
				(errcode(ERRCODE_DATATYPE_MISMATCH),
				 errmsg("%s has fewer columns than synthgen.%s", declared, def->rowtype),
				 errdetail("%s writes %d columns.", def->function, ncols),
				 errhint("Create tables with CREATE TABLE ... (LIKE synthgen.%s); a changed row type is restored by reinstalling the extension.",
						 def->rowtype)));
}

/*
 * synthgen.tables() RETURNS TABLE (table_name text, function_name text,
 *     row_type regtype, needs_window boolean, load_order integer,
 *     primary_key text[], foreign_keys text[])
 *
 * The registry as SQL sees it, in load order: what the command-line
 * program and the tests loop over instead of keeping lists of their own.
 * A foreign key reads "column -> table(column)".
 */
PG_FUNCTION_INFO_V1(synthgen_tables);
Datum
synthgen_tables(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	Oid			nsp = get_namespace_oid("synthgen", false);
	int			i;

	InitMaterializedSRF(fcinfo, 0);
	for (i = 0; i < sg_n_table_defs; i++)
	{
		const SgTableDef *def = &sg_table_defs[i];
		Datum		values[7];
		bool		nulls[7] = {0};
		Datum		keys[SG_MAX_KEY_COLUMNS];
		Datum		fkeys[SG_MAX_FOREIGN_KEYS];
		int			nkeys = 0,
					nfkeys = 0;
		Oid			typid = GetSysCacheOid2(TYPENAMENSP, Anum_pg_type_oid,
											CStringGetDatum(def->rowtype), ObjectIdGetDatum(nsp));

		while (nkeys < SG_MAX_KEY_COLUMNS && def->primary_key[nkeys])
		{
			keys[nkeys] = CStringGetTextDatum(def->primary_key[nkeys]);
			nkeys++;
		}
		while (nfkeys < SG_MAX_FOREIGN_KEYS && def->foreign_keys[nfkeys].column)
		{
			const SgForeignKey *fk = &def->foreign_keys[nfkeys];

			fkeys[nfkeys] = CStringGetTextDatum(psprintf("%s -> %s(%s)", fk->column,
														 fk->references, fk->ref_column));
			nfkeys++;
		}
		values[0] = CStringGetTextDatum(def->name);
		values[1] = CStringGetTextDatum(def->function);
		values[2] = ObjectIdGetDatum(typid);
		nulls[2] = !OidIsValid(typid);
		values[3] = BoolGetDatum(def->window);
		values[4] = Int32GetDatum(i + 1);
		values[5] = PointerGetDatum(construct_array(keys, nkeys, TEXTOID, -1, false, TYPALIGN_INT));
		values[6] = PointerGetDatum(construct_array(fkeys, nfkeys, TEXTOID, -1, false, TYPALIGN_INT));
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}
	return (Datum) 0;
}
