/*-------------------------------------------------------------------------
 *
 * load.c
 *	  synthgen SCENARIO --load: the tables generated into the connected
 *	  database by synthgen.generate() (bulk path, keys, ANALYZE, its
 *	  background workers with --jobs), called with the same arguments a
 *	  file export passes to the synth_* functions, and the same per-table
 *	  breakdown printed at the end, each table's size instead of a file's.
 *
 * The call runs asynchronously; on a terminal a second connection reads
 * pg_stat_progress_copy (where generate()'s bulk path reports) to feed
 * the progress line: a table seen there is loading, a table seen and gone
 * is loaded.  A cancel (SIGINT) cancels the call; generate() then removes
 * what it created.
 *
 *-------------------------------------------------------------------------
 */
#define _POSIX_C_SOURCE 200809L

#include <errno.h>
#include <poll.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

/* each array [cli_ntables] */
typedef struct LoadProgress
{
	long long  *expected;
	long long  *seen;			/* most rows seen in progress */
	bool	   *loading;
	bool	   *done;
	bool	   *now;			/* in pg_stat_progress_copy this look */
} LoadProgress;

/* *buf followed by the formatted text */
static void
append(char **buf, const char *fmt,...) cli_printf_like(2, 3);
static void
append(char **buf, const char *fmt,...)
{
	va_list		ap;
	size_t		have = strlen(*buf);
	int			n;
	char	   *next;

	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0)
		cli_die(CLI_EXIT_RUNTIME, "could not format a string");
	next = cli_malloc(have + (size_t) n + 1);
	memcpy(next, *buf, have);
	va_start(ap, fmt);
	vsnprintf(next + have, (size_t) n + 1, fmt, ap);
	va_end(ap);
	free(*buf);
	*buf = next;
}

static char *
generate_sql(const Session *s, PGconn *conn)
{
	const Options *o = s->o;
	char	   *tables = cli_strdup("");
	char	   *lit_tables;
	char	   *lit_schema;
	char	   *lit_if;
	char	   *args;
	char	   *sql;

	for (int t = 0; t < cli_ntables; t++)
	{
		char	   *next;

		if (!o->selected[t])
			continue;
		next = cli_psprintf("%s%s%s", tables, tables[0] ? "," : "", cli_tables[t].name);
		free(tables);
		tables = next;
	}
	{
		char	   *arr = cli_psprintf("{%s}", tables);

		lit_tables = session_literal(conn, arr);
		free(arr);
	}
	lit_schema = session_literal(conn, o->target_schema ? o->target_schema : "public");
	lit_if = session_literal(conn, o->if_exists ? o->if_exists : "error");
	/*
	 * Only what the user gave: without --seed, the counts or --as-of,
	 * generate() uses the scenario row's values and the window's end.
	 */
	args = cli_strdup("");
	if (o->seed_given)
		append(&args, ", seed => '%lld'::pg_catalog.int8", o->seed);
	if (o->orders_per_day > 0)
		append(&args, ", orders_per_day => '%lld'::pg_catalog.int4", o->orders_per_day);
	if (o->customers > 0)
		append(&args, ", customers => '%lld'::pg_catalog.int8", o->customers);
	if (o->products > 0)
		append(&args, ", products => '%lld'::pg_catalog.int4", o->products);
	if (o->suppliers > 0)
		append(&args, ", suppliers => '%lld'::pg_catalog.int4", o->suppliers);
	if (o->as_of != NULL)
		append(&args, ", as_of => %s::pg_catalog.timestamptz", s->lit_as_of);

	sql = cli_psprintf("SELECT r.table_name, r.rows, r.seconds FROM synthgen.generate("
					   "%s::pg_catalog.text, %s::pg_catalog.timestamptz, '%d'::pg_catalog.int4, "
					   "tables => %s::pg_catalog.text[], target_schema => %s::pg_catalog.name, "
					   "jobs => '%d'::pg_catalog.int4, if_exists => %s::pg_catalog.text%s) r",
					   s->lit_scenario, s->lit_start, o->hours, lit_tables, lit_schema,
					   o->jobs, lit_if, args);
	free(args);
	free(tables);
	free(lit_tables);
	free(lit_schema);
	free(lit_if);
	return sql;
}

/* one look at pg_stat_progress_copy for the target schema's tables */
static void
watch_progress(PGconn *watch, const char *lit_schema, LoadProgress *lp,
			   const Options *o)
{
	char	   *sql = cli_psprintf("SELECT c.relname, pg_catalog.sum(p.tuples_processed) "
								   "FROM pg_catalog.pg_stat_progress_copy p "
								   "JOIN pg_catalog.pg_class c ON c.oid OPERATOR(pg_catalog.=) p.relid "
								   "JOIN pg_catalog.pg_namespace n ON n.oid OPERATOR(pg_catalog.=) c.relnamespace "
								   "WHERE n.nspname OPERATOR(pg_catalog.=) %s::pg_catalog.name GROUP BY c.relname",
								   lit_schema);
	PGresult   *res = PQexec(watch, sql);
	bool	   *now = lp->now;
	long long	done = 0;
	int			ndone = 0;
	char		what[200] = "";

	free(sql);
	if (PQresultStatus(res) != PGRES_TUPLES_OK)
	{
		PQclear(res);
		return;					/* the progress line is only a nicety */
	}
	memset(now, 0, sizeof(bool) * cli_ntables);
	for (int i = 0; i < PQntuples(res); i++)
	{
		int			t = tables_index(PQgetvalue(res, i, 0));
		long long	r = atoll(PQgetvalue(res, i, 1));

		if (t < 0 || !o->selected[t])
			continue;
		now[t] = true;
		lp->loading[t] = true;
		if (r > lp->seen[t])
			lp->seen[t] = r;
	}
	PQclear(res);
	for (int t = 0; t < cli_ntables; t++)
	{
		if (!o->selected[t])
			continue;
		if (lp->loading[t] && !now[t])
			lp->done[t] = true;
		if (lp->done[t])
		{
			done += lp->expected[t];
			ndone++;
		}
		else if (now[t])
		{
			size_t		n = strlen(what);

			done += lp->seen[t] < lp->expected[t] ? lp->seen[t] : lp->expected[t];
			snprintf(what + n, sizeof(what) - n, "%s%s", n ? ", " : "", cli_tables[t].name);
		}
	}
	{
		int			nsel = 0;

		for (int t = 0; t < cli_ntables; t++)
			nsel += o->selected[t];
		progress_show(done, what[0] ? what : "keys, analyze", ndone, nsel, true);
	}
}

void
load_run(PGconn *conn, PGconn *watch, const Session *s, double t_start)
{
	const Options *o = s->o;
	char	   *sql = generate_sql(s, conn);
	char	   *lit_schema = session_literal(conn, o->target_schema ? o->target_schema : "public");
	LoadProgress lp;
	CliWindow	w;
	long long	total_expected = 0;
	PGresult   *res = NULL;
	PGresult   *last = NULL;

	lp.expected = cli_malloc(sizeof(long long) * cli_ntables);
	lp.seen = cli_malloc(sizeof(long long) * cli_ntables);
	lp.loading = cli_malloc(sizeof(bool) * cli_ntables);
	lp.done = cli_malloc(sizeof(bool) * cli_ntables);
	lp.now = cli_malloc(sizeof(bool) * cli_ntables);
	memset(lp.seen, 0, sizeof(long long) * cli_ntables);
	memset(lp.loading, 0, sizeof(bool) * cli_ntables);
	memset(lp.done, 0, sizeof(bool) * cli_ntables);
	tables_estimate(conn, s, lp.expected);
	for (int t = 0; t < cli_ntables; t++)
		total_expected += lp.expected[t];
	/* after the early check, before the long call: a window without events */
	memset(&w, 0, sizeof(w));
	if (tables_any_windowed(o))
	{
		events_window(conn, s, &w);
		events_note(s, &w);
	}

	progress_begin(watch != NULL, total_expected, "tables");
	if (!PQsendQuery(conn, sql))
		cli_die(CLI_EXIT_RUNTIME, "could not send the generate() call: %s",
				cli_first_line(PQerrorMessage(conn)));
	free(sql);
	for (;;)
	{
		struct pollfd pfd;
		int			rc;

		pfd.fd = PQsocket(conn);
		pfd.events = POLLIN;
		pfd.revents = 0;
		rc = poll(&pfd, 1, 250);
		cli_check_interrupt();
		if (rc < 0 && errno != EINTR)
			cli_die(CLI_EXIT_RUNTIME, "poll failed: %s", strerror(errno));
		if (rc > 0 && !PQconsumeInput(conn))
			cli_die(CLI_EXIT_RUNTIME, "generate(): %s", cli_first_line(PQerrorMessage(conn)));
		while (!PQisBusy(conn))
		{
			res = PQgetResult(conn);
			if (res == NULL)
				break;
			if (PQresultStatus(res) != PGRES_TUPLES_OK)
				cli_die(CLI_EXIT_RUNTIME, "%s", cli_pg_error(res, conn));
			if (last != NULL)
				PQclear(last);
			last = res;
		}
		if (res == NULL && !PQisBusy(conn))
			break;
		if (watch != NULL)
			watch_progress(watch, lit_schema, &lp, o);
	}
	progress_end();
	if (last == NULL)
		cli_die(CLI_EXIT_RUNTIME, "generate() returned no result");

	/* the breakdown: generate()'s rows, each table's size */
	{
		long long	total_rows = 0;
		long long	total_bytes = 0;
		char		size[32];

		for (int i = 0; i < PQntuples(last); i++)
		{
			const char *name = PQgetvalue(last, i, 0);
			double		secs = atof(PQgetvalue(last, i, 2));
			int			t = tables_index(name);

			if (t >= 0)
			{
				long long	rows = atoll(PQgetvalue(last, i, 1));
				char	   *lit_name = session_literal(conn, name);
				char	   *q = cli_psprintf("SELECT pg_catalog.pg_total_relation_size(pg_catalog.format('%%I.%%I', %s::pg_catalog.text, %s::pg_catalog.text)::pg_catalog.regclass)",
											 lit_schema, lit_name);
				PGresult   *sz = session_query(conn, q, "could not read the table size");
				long long	bytes = atoll(PQgetvalue(sz, 0, 0));

				PQclear(sz);
				free(q);
				free(lit_name);
				cli_format_size(bytes, size, sizeof(size));
				printf("%-18s %10lld rows %7.2f s %10.0f rows/s %10s\n",
					   name, rows, secs, secs > 0 ? rows / secs : 0.0, size);
				total_rows += rows;
				total_bytes += bytes;
			}
			else
				printf("%-18s %15s %7.2f s\n",
					   strcmp(name, "primary and foreign keys") == 0 ? "keys" : name, "", secs);
		}
		cli_format_size(total_bytes, size, sizeof(size));
		printf("%-18s %10lld rows %7.2f s %17s %10s\n",
			   "total", total_rows, cli_now() - t_start, "", size);
		printf("tables: schema %s of database \"%s\"\n",
			   o->target_schema ? o->target_schema : "public", PQdb(conn));
	}
	events_print_found(s, &w, CLI_EVENTS_SHOWN);
	PQclear(last);
	free(lit_schema);
}
