/*-------------------------------------------------------------------------
 *
 * scenarios.c
 *	  synthgen --list-scenarios: the rows of synthgen.scenarios in the
 *	  connected database (the shipped ones and the user's own), one line
 *	  each -- name, orders per day, the customer, product and supplier
 *	  counts, the event processes in a few words (events.c), the
 *	  description -- aligned as a table on stdout.
 *
 *-------------------------------------------------------------------------
 */
#define _POSIX_C_SOURCE 200809L

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

void
scenarios_list(PGconn *conn)
{
	char	   *sql = cli_psprintf("SELECT s.name, s.orders_per_day, s.customers, s.products, "
								   "s.suppliers, s.description, %s "
								   "FROM synthgen.scenarios s ORDER BY s.name",
								   events_process_columns);
	PGresult   *res = session_query(conn, sql, "could not read synthgen.scenarios");
	int			n = PQntuples(res);
	int			wname = (int) strlen("name");
	int			wevents = (int) strlen("events");
	char	  **events = cli_malloc(sizeof(char *) * (n ? n : 1));

	free(sql);
	for (int i = 0; i < n; i++)
	{
		char	   *lines[8];
		int			k = events_processes(res, i, 6, true, lines, 8);
		int			l = PQgetlength(res, i, 0);

		events[i] = cli_strdup(k == 0 ? "none" : "");
		for (int j = 0; j < k; j++)
		{
			char	   *next = cli_psprintf("%s%s%s", events[i], j ? ", " : "", lines[j]);

			free(events[i]);
			free(lines[j]);
			events[i] = next;
		}
		if (l > wname)
			wname = l;
		if ((int) strlen(events[i]) > wevents)
			wevents = (int) strlen(events[i]);
	}
	printf("%-*s %12s %10s %9s %9s  %-*s  %s\n", wname, "name", "orders/day",
		   "customers", "products", "suppliers", wevents, "events", "description");
	for (int i = 0; i < n; i++)
	{
		printf("%-*s %12s %10s %9s %9s  %-*s  %s\n", wname, PQgetvalue(res, i, 0),
			   PQgetvalue(res, i, 1), PQgetvalue(res, i, 2), PQgetvalue(res, i, 3),
			   PQgetvalue(res, i, 4), wevents, events[i], PQgetvalue(res, i, 5));
		free(events[i]);
	}
	free(events);
	PQclear(res);
}
