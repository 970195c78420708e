/*-------------------------------------------------------------------------
 *
 * tables.c
 *	  The registry of synthgen's tables: name, generating function, row
 *	  type and filler, in the order generate() loads them (referenced
 *	  tables first).
 *
 *-------------------------------------------------------------------------
 */
#include "synthgen.h"

const SgTableDef sg_table_defs[] = {
	{"customers", "synth_customers", "customer_row", false, false, sg_fill_customers},
	{"suppliers", "synth_suppliers", "supplier_row", false, false, sg_fill_suppliers},
	{"products", "synth_products", "product_row", false, false, sg_fill_products},
	{"campaigns", "synth_campaigns", "campaign_row", true, false, sg_fill_campaigns},
	{"orders", "synth_orders", "order_row", true, true, sg_fill_orders},
	{"order_items", "synth_order_items", "order_item_row", true, true, sg_fill_order_items},
	{"support_tickets", "synth_support_tickets", "support_ticket_row", true, true, sg_fill_support_tickets},
	{"cart_abandonment", "synth_cart_abandonment", "cart_abandonment_row", true, true, sg_fill_cart_abandonment},
	{"returns", "synth_returns", "return_row", true, true, sg_fill_returns},
	{"system_metrics", "synth_system_metrics", "system_metric_row", true, true, sg_fill_system_metrics},
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
