/*-------------------------------------------------------------------------
 *
 * tables.c
 *	  The ten tables as the synthgen program knows them (name, row type,
 *	  which arguments their function takes), the SQL call of one table's
 *	  function with the options of the run, and the estimate of each
 *	  table's rows that the progress line divides by.
 *
 * The calls are schema-qualified and every argument is cast to the type
 * the function declares for it, so that the call is an exact match for the
 * extension's function and for nothing else: an overload planted beside it
 * with int4 or numeric parameters, or a text start, is never a better
 * candidate.  Numbers are written as quoted literals, so that a negative
 * seed needs no unary minus operator.
 *
 *-------------------------------------------------------------------------
 */
#define _POSIX_C_SOURCE 200809L

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

#define EVENT_TABLE (TAKES_WINDOW | TAKES_CUSTOMERS | TAKES_ORDERS_PER_DAY | \
					 TAKES_PRODUCTS | TAKES_SUPPLIERS)

/* in synthgen.generate()'s load order */
const TableDef cli_tables[CLI_NTABLES] = {
	{"customers", "customer_row", TAKES_CUSTOMERS},
	{"suppliers", "supplier_row", TAKES_SUPPLIERS},
	{"products", "product_row", TAKES_PRODUCTS | TAKES_SUPPLIERS},
	{"campaigns", "campaign_row", TAKES_WINDOW},
	{"orders", "order_row", EVENT_TABLE},
	{"order_items", "order_item_row", EVENT_TABLE},
	{"support_tickets", "support_ticket_row", EVENT_TABLE},
	{"cart_abandonment", "cart_abandonment_row", EVENT_TABLE},
	{"returns", "return_row", EVENT_TABLE},
	{"system_metrics", "system_metric_row", EVENT_TABLE},
};

/* the slices the estimate looks at one of */
#define SAMPLE_PARTS 1024

/*
 * "schema".synth_xxx(scenario, start => ..., seed => ..., part => p, ...)
 * for table t, slice part of parts (parts 1: the whole table).
 */
char *
tables_call_sql(const Session *s, int t, int part, int parts)
{
	const Options *o = s->o;
	int			takes = cli_tables[t].takes;
	char		counts[400] = "";
	char		slice[100] = "";
	char	   *window;
	char	   *sql;
	size_t		n;

	if ((takes & TAKES_ORDERS_PER_DAY) && o->orders_per_day > 0)
		snprintf(counts, sizeof(counts),
				 ", orders_per_day => '%lld'::pg_catalog.int4", o->orders_per_day);
	n = strlen(counts);
	if ((takes & TAKES_CUSTOMERS) && o->customers > 0)
		snprintf(counts + n, sizeof(counts) - n,
				 ", customers => '%lld'::pg_catalog.int8", o->customers);
	n = strlen(counts);
	if ((takes & TAKES_PRODUCTS) && o->products > 0)
		snprintf(counts + n, sizeof(counts) - n,
				 ", products => '%lld'::pg_catalog.int4", o->products);
	n = strlen(counts);
	if ((takes & TAKES_SUPPLIERS) && o->suppliers > 0)
		snprintf(counts + n, sizeof(counts) - n,
				 ", suppliers => '%lld'::pg_catalog.int4", o->suppliers);
	if (parts > 1)
		snprintf(slice, sizeof(slice),
				 ", part => '%d'::pg_catalog.int4, parts => '%d'::pg_catalog.int4",
				 part, parts);
	window = (takes & TAKES_WINDOW)
		? cli_psprintf(", start => %s::pg_catalog.timestamptz, hours => '%d'::pg_catalog.int4",
					   s->lit_start, o->hours)
		: cli_strdup("");
	sql = cli_psprintf("%s.synth_%s(%s::pg_catalog.text%s, seed => '%lld'::pg_catalog.int8%s%s)",
					   s->schema, cli_tables[t].name, s->lit_scenario, window, o->seed,
					   counts, slice);
	free(window);
	return sql;
}

/*
 * Before any file: count one slice in SAMPLE_PARTS of every chosen table.
 * That is the check that fails early, with the server's message (an
 * unknown scenario lists the known ones, a bad --start or count names
 * its range), and, costing a thousandth of the run, the estimate: slices
 * are contiguous ranges of the table's entities (customers, orders,
 * carts, minutes), so slice 0 holds floor(total / SAMPLE_PARTS) of them
 * and the rows made from them; the table is taken to have SAMPLE_PARTS
 * times that plus half a slice.  Orders of an event window are not
 * spread evenly over it, and a dependent table's rows per order vary, so
 * this is an estimate (the progress line never shows 100 % before the
 * end); system_metrics is exact (a row a minute).
 */
void
tables_estimate(PGconn *conn, const Session *s, long long *expected)
{
	char	   *sql = cli_strdup("SELECT 1");
	PGresult   *res;
	int			col = 1;

	for (int t = 0; t < CLI_NTABLES; t++)
	{
		char	   *call;
		char	   *next;

		expected[t] = 0;
		if (!s->o->selected[t])
			continue;
		call = tables_call_sql(s, t, 0, SAMPLE_PARTS);
		next = cli_psprintf("%s, (SELECT pg_catalog.count(*) FROM %s)", sql, call);
		free(call);
		free(sql);
		sql = next;
	}
	res = session_query(conn, sql, NULL);
	free(sql);
	for (int t = 0; t < CLI_NTABLES; t++)
	{
		long long	c;

		if (!s->o->selected[t])
			continue;
		c = atoll(PQgetvalue(res, 0, col++));
		if (strcmp(cli_tables[t].name, "system_metrics") == 0)
			expected[t] = (long long) s->o->hours * 60;
		else
			expected[t] = c * SAMPLE_PARTS + SAMPLE_PARTS / 2;
	}
	PQclear(res);
}
