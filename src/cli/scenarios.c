/*-------------------------------------------------------------------------
 *
 * scenarios.c
 *	  synthgen --list-scenarios: the rows of synthgen.scenarios in the
 *	  connected database (the shipped ones and the user's own), one line
 *	  each -- name, orders per day, the customer, product and supplier
 *	  counts, the event, the description -- aligned as a table on stdout.
 *
 *-------------------------------------------------------------------------
 */
#define _POSIX_C_SOURCE 200809L

#include <stdio.h>
#include <string.h>

#include "cli.h"

void
scenarios_list(PGconn *conn)
{
	PGresult   *res = session_query(conn,
									"SELECT s.name, s.orders_per_day, s.customers, s.products, "
									"s.suppliers, s.event_kind, s.description "
									"FROM synthgen.scenarios s ORDER BY s.name",
									"could not read synthgen.scenarios");
	int			n = PQntuples(res);
	int			wname = (int) strlen("name");
	int			wevent = (int) strlen("event");

	for (int i = 0; i < n; i++)
	{
		int			l = PQgetlength(res, i, 0);
		int			e = PQgetlength(res, i, 5);

		if (l > wname)
			wname = l;
		if (e > wevent)
			wevent = e;
	}
	printf("%-*s %12s %10s %9s %9s  %-*s  %s\n", wname, "name", "orders/day",
		   "customers", "products", "suppliers", wevent, "event", "description");
	for (int i = 0; i < n; i++)
		printf("%-*s %12s %10s %9s %9s  %-*s  %s\n", wname, PQgetvalue(res, i, 0),
			   PQgetvalue(res, i, 1), PQgetvalue(res, i, 2), PQgetvalue(res, i, 3),
			   PQgetvalue(res, i, 4), wevent, PQgetvalue(res, i, 5), PQgetvalue(res, i, 6));
	PQclear(res);
}
