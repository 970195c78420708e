/*-------------------------------------------------------------------------
 *
 * tables.c
 *	  The registry of synthgen's tables: name, generating function, row
 *	  type, filler, primary key and foreign keys, in the order generate()
 *	  loads them (referenced tables first).
 *
 * generate() creates, keys and loads exactly what is written here: a
 * table's primary key is <table>_pkey over primary_key, each foreign key
 * <table>_<column>_fkey referencing the primary key of an earlier table.
 *
 *-------------------------------------------------------------------------
 */
#include "synthgen.h"

const SgTableDef sg_table_defs[] = {
	{"customers", "synth_customers", "customer_row", false, false, sg_fill_customers,
	{"customer_id"}, {{NULL}}},
	{"suppliers", "synth_suppliers", "supplier_row", false, false, sg_fill_suppliers,
	{"supplier_id"}, {{NULL}}},
	{"products", "synth_products", "product_row", false, false, sg_fill_products,
		{"product_id"},
		{{"supplier_id", "suppliers", "supplier_id"}}},
	{"campaigns", "synth_campaigns", "campaign_row", true, false, sg_fill_campaigns,
	{"campaign_id"}, {{NULL}}},
	{"orders", "synth_orders", "order_row", true, true, sg_fill_orders,
		{"order_id"},
		{{"customer_id", "customers", "customer_id"},
		{"campaign_id", "campaigns", "campaign_id"}}},
	{"order_items", "synth_order_items", "order_item_row", true, true, sg_fill_order_items,
		{"order_id", "line_no"},
		{{"order_id", "orders", "order_id"},
		{"product_id", "products", "product_id"}}},
	{"support_tickets", "synth_support_tickets", "support_ticket_row", true, true, sg_fill_support_tickets,
		{"ticket_id"},
		{{"order_id", "orders", "order_id"},
		{"customer_id", "customers", "customer_id"}}},
	{"cart_abandonment", "synth_cart_abandonment", "cart_abandonment_row", true, true, sg_fill_cart_abandonment,
		{"cart_id"},
		{{"customer_id", "customers", "customer_id"},
			{"product_id", "products", "product_id"},
		{"recovered_order_id", "orders", "order_id"}}},
	{"returns", "synth_returns", "return_row", true, true, sg_fill_returns,
		{"return_id"},
		{{"order_id", "orders", "order_id"},
		{"product_id", "products", "product_id"}}},
	{"system_metrics", "synth_system_metrics", "system_metric_row", true, true, sg_fill_system_metrics,
	{"ts"}, {{NULL}}},
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
