/*-------------------------------------------------------------------------
 *
 * describe.c
 *	  synthgen describe SCENARIO [--days N | --hours N] [--start T] [-s N]:
 *	  the scenario's parameters (its events as processes: a flash sale
 *	  every N days, the holiday calendar, outages and disruptions drawn per
 *	  period), the event instances of the window as synthgen.events() lists
 *	  them, and a terminal chart of the orders per hour of the window
 *	  (counted by the server from synth_orders() with the same arguments
 *	  as a file export), scaled to the terminal's width, the event hours
 *	  marked under the axis (and drawn in colour on a terminal unless
 *	  NO_COLOR is set).
 *
 * The event instances come from the extension alone (events.c asks
 * synthgen.events()): the program never computes when an event happens.
 *
 *-------------------------------------------------------------------------
 */
#define _POSIX_C_SOURCE 200809L

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "cli.h"

#define CHART_ROWS		10
#define LABEL_WIDTH		8		/* "  12345 " left of the axis */

/* "2025-12-01 00:00" (UTC) of epoch seconds */
static void
format_utc(double epoch, char *buf, size_t len)
{
	time_t		t = (time_t) epoch;
	struct tm	tm;

	gmtime_r(&t, &tm);
	strftime(buf, len, "%Y-%m-%d %H:%M", &tm);
}

/* a count of the scenario, or the option that overrides it */
static void
print_count(const char *what, long long given, const char *scenarios)
{
	if (given > 0)
		printf("  %-19s %lld (--%s; the scenario's: %s)\n", what, given, what, scenarios);
	else
		printf("  %-19s %s\n", what, scenarios);
}

static void
print_parameters(PGconn *conn, const Session *s)
{
	const Options *o = s->o;
	char	   *sql;
	PGresult   *res;

	sql = cli_psprintf("SELECT s.description, s.orders_per_day, s.customers, s.products, "
					   "s.suppliers, s.campaigns_per_month, "
					   "pg_catalog.to_char(s.signups_from, 'YYYY-MM-DD'), "
					   "pg_catalog.to_char(s.signups_until, 'YYYY-MM-DD'), "
					   "s.utc_offset_hours, s.diurnal::pg_catalog.text, s.weekly::pg_catalog.text, "
					   "s.cancel_rate_pct, s.return_rate_pct, s.ticket_rate_pct, s.abandon_rate_pct, "
					   "s.seed, %s "
					   "FROM synthgen.scenarios s WHERE s.name OPERATOR(pg_catalog.=) %s::pg_catalog.text",
					   events_process_columns, s->lit_scenario);
	res = session_query(conn, sql, "could not read the scenario");
	free(sql);
	if (PQntuples(res) == 0)
	{
		PGresult   *names = session_query(conn,
										  "SELECT pg_catalog.string_agg(s.name, ', ' ORDER BY s.name) FROM synthgen.scenarios s",
										  "could not read synthgen.scenarios");
		char	   *known = cli_strdup(PQgetvalue(names, 0, 0));

		PQclear(names);
		PQclear(res);
		cli_die(CLI_EXIT_RUNTIME, "unknown scenario \"%s\". Known scenarios: %s.", o->scenario, known);
	}
#define V(i) PQgetvalue(res, 0, (i))
	printf("scenario %s: %s\n\n", o->scenario, V(0));
	if (o->seed_given)
		printf("  seed                %lld (--seed: another world; the scenario's: %s)\n",
			   o->seed, V(15));
	else
		printf("  seed                %s\n", V(15));
	if (o->orders_per_day)
		printf("  orders per day      %lld (--orders-per-day; the scenario's: %s)\n",
			   o->orders_per_day, V(1));
	else
		printf("  orders per day      %s (before the curves and events)\n", V(1));
	print_count("customers", o->customers, V(2));
	print_count("products", o->products, V(3));
	print_count("suppliers", o->suppliers, V(4));
	printf("  campaigns per month %s\n", V(5));
	printf("  sign-ups            %s .. %s\n", V(6), V(7));
	printf("  store time          UTC%+d\n", atoi(V(8)));
	printf("  diurnal (per hour)  %s\n", V(9));
	printf("  weekly (Mon..Sun)   %s\n", V(10));
	printf("  rates (%%)           cancel %s, return %s, ticket %s, abandon %s\n",
		   V(11), V(12), V(13), V(14));
#undef V
	{
		char	   *lines[8];
		int			n = events_processes(res, 0, 16, false, lines, 8);

		if (n == 0)
			printf("  events              none (the curves and the regular campaigns only)\n");
		for (int i = 0; i < n; i++)
		{
			printf("  %-19s %s\n", i == 0 ? "events" : "", lines[i]);
			free(lines[i]);
		}
	}
	PQclear(res);
}

static bool
utf8_locale(void)
{
	const char *v = getenv("LC_ALL");

	if (v == NULL || v[0] == '\0')
		v = getenv("LC_CTYPE");
	if (v == NULL || v[0] == '\0')
		v = getenv("LANG");
	return v != NULL && (strstr(v, "UTF-8") || strstr(v, "utf8") ||
						 strstr(v, "UTF8") || strstr(v, "utf-8"));
}

/* one cell of a bar: level 0..8 eighths */
static void
put_cell(int eighths, bool utf8)
{
	static const char *const blocks[] = {" ", "\u2581", "\u2582", "\u2583", "\u2584",
	"\u2585", "\u2586", "\u2587", "\u2588"};

	if (utf8)
		fputs(blocks[eighths], stdout);
	else
		putchar(eighths >= 8 ? '#' : eighths >= 4 ? '.' : ' ');
}

static void
print_chart(PGconn *conn, const Session *s, const CliWindow *w)
{
	double		start_epoch = w->start_epoch;
	int			nevents = w->nevents;
	const Options *o = s->o;
	int			orders = tables_index("orders");
	char	   *call;
	char	   *sql;
	PGresult   *res;
	long long  *per_hour = cli_malloc(sizeof(long long) * o->hours);
	bool	   *event_hour = cli_malloc(sizeof(bool) * o->hours);
	long long	total = 0;
	long long	peak = 0;
	int			peak_hour = 0;
	int			width = isatty(STDOUT_FILENO) ? cli_terminal_width(STDOUT_FILENO)
		: cli_terminal_width(-1);
	int			ncols;
	int			per_col;
	double	   *col;
	bool	   *col_event;
	double		max = 0;
	bool		utf8 = utf8_locale();
	bool		color = isatty(STDOUT_FILENO) &&
		(getenv("NO_COLOR") == NULL || getenv("NO_COLOR")[0] == '\0');

	/* the chart counts the registry's orders table */
	if (orders < 0)
		cli_die(CLI_EXIT_RUNTIME, "synthgen.tables() lists no table orders to chart");
	call = tables_call_sql(s, orders, 0, 1);

	/* hours since the window start, so that they line up with the events */
	sql = cli_psprintf("SELECT pg_catalog.floor((pg_catalog.date_part('epoch'::pg_catalog.text, o.ordered_at) "
					   "OPERATOR(pg_catalog.-) '%.6f'::pg_catalog.float8) OPERATOR(pg_catalog./) '3600'::pg_catalog.float8)::pg_catalog.int4 AS h, "
					   "pg_catalog.count(*) FROM %s o GROUP BY 1 ORDER BY 1",
					   start_epoch, call);
	free(call);
	res = session_query(conn, sql, NULL);
	free(sql);
	memset(per_hour, 0, sizeof(long long) * o->hours);
	memset(event_hour, 0, sizeof(bool) * o->hours);
	for (int i = 0; i < PQntuples(res); i++)
	{
		int			h = atoi(PQgetvalue(res, i, 0));
		long long	c = atoll(PQgetvalue(res, i, 1));

		if (h < 0 || h >= o->hours)
			continue;
		per_hour[h] = c;
		total += c;
		if (c > peak)
		{
			peak = c;
			peak_hour = h;
		}
	}
	PQclear(res);
	/* an hour is an event hour if any event of the window overlaps it */
	for (int e = 0; e < nevents; e++)
	{
		const CliEvent *ev = &w->events[e];

		for (int h = 0; h < o->hours; h++)
		{
			double		t0 = start_epoch + (double) h * 3600;

			if (ev->starts_epoch < t0 + 3600 && ev->ends_epoch > t0)
				event_hour[h] = true;
		}
	}

	/* as many hours per column as it takes to fit the width */
	ncols = width - LABEL_WIDTH - 2;
	if (ncols < 10)
		ncols = 10;
	per_col = (o->hours + ncols - 1) / ncols;
	ncols = (o->hours + per_col - 1) / per_col;
	col = cli_malloc(sizeof(double) * ncols);
	col_event = cli_malloc(sizeof(bool) * ncols);
	for (int c = 0; c < ncols; c++)
	{
		long long	sum = 0;
		int			n = 0;

		col_event[c] = false;
		for (int h = c * per_col; h < (c + 1) * per_col && h < o->hours; h++)
		{
			sum += per_hour[h];
			n++;
			if (event_hour[h])
				col_event[c] = true;
		}
		col[c] = n ? (double) sum / n : 0;
		if (col[c] > max)
			max = col[c];
	}

	{
		char		from[32];
		char		until[32];
		char		at[32];

		format_utc(start_epoch, from, sizeof(from));
		format_utc(start_epoch + (double) o->hours * 3600, until, sizeof(until));
		format_utc(start_epoch + (double) peak_hour * 3600, at, sizeof(at));
		printf("\norders per hour, %s .. %s UTC (%d hour%s a column): %lld orders, peak %lld at %s\n\n",
			   from, until, per_col, per_col == 1 ? "" : "s", total, peak, at);
	}

	for (int r = CHART_ROWS - 1; r >= 0; r--)
	{
		if (r == CHART_ROWS - 1)
			printf("%*.0f |", LABEL_WIDTH - 1, max);
		else if (r == 0)
			printf("%*d |", LABEL_WIDTH - 1, 0);
		else
			printf("%*s |", LABEL_WIDTH - 1, "");
		for (int c = 0; c < ncols; c++)
		{
			/* the bar's height in eighths of a row */
			int			h8 = max > 0 ? (int) (col[c] / max * CHART_ROWS * 8 + 0.5) : 0;
			int			cell = h8 - r * 8;

			if (cell < 0)
				cell = 0;
			if (cell > 8)
				cell = 8;
			if (color && col_event[c] && cell > 0)
				fputs("\033[31m", stdout);
			put_cell(cell, utf8);
			if (color && col_event[c] && cell > 0)
				fputs("\033[0m", stdout);
		}
		putchar('\n');
	}
	printf("%*s +", LABEL_WIDTH - 1, "");
	for (int c = 0; c < ncols; c++)
		putchar('-');
	putchar('\n');

	/* the event hours, under the axis */
	if (nevents > 0)
	{
		printf("%*s  ", LABEL_WIDTH - 1, "");
		for (int c = 0; c < ncols; c++)
			putchar(col_event[c] ? '^' : ' ');
		printf("\n");
	}

	/* day labels where a UTC day starts, as far as they fit */
	{
		char	   *line = cli_malloc(ncols + 1);

		memset(line, ' ', ncols);
		line[ncols] = '\0';
		for (int c = 0; c < ncols; c++)
		{
			for (int h = c * per_col; h < (c + 1) * per_col && h < o->hours; h++)
			{
				long long	t = (long long) start_epoch + (long long) h * 3600;

				if (t % 86400 == 0 && c + 5 <= ncols &&
					(c == 0 || line[c - 1] == ' '))
				{
					time_t		tt = (time_t) t;
					struct tm	tm;
					char		lab[8];

					gmtime_r(&tt, &tm);
					strftime(lab, sizeof(lab), "%m-%d", &tm);
					memcpy(line + c, lab, 5);
					/* keep a gap before the next label */
					c += 6;
					break;
				}
			}
		}
		printf("%*s  %s\n", LABEL_WIDTH - 1, "", line);
		free(line);
	}
	if (nevents > 0)
		printf("%*s  ^ event hours\n", LABEL_WIDTH - 1, "");

	free(per_hour);
	free(event_hour);
	free(col);
	free(col_event);
}

void
describe_run(PGconn *conn, const Session *s)
{
	CliWindow	w;

	print_parameters(conn, s);
	events_window(conn, s, &w);
	if (!w.have_events)
		cli_die(CLI_EXIT_RUNTIME,
				"the extension in database \"%s\" has no synthgen.events() (ALTER EXTENSION synthgen UPDATE installs 2.0)",
				PQdb(conn));

	printf("\nevents in the window, %s .. %s UTC (synthgen.events()):\n", w.from, w.until);
	if (w.nevents == 0)
	{
		if (w.nnext == 0)
			printf("  none\n");
		else
		{
			printf("  none; the next after the window:\n");
			for (int e = 0; e < w.nnext; e++)
				events_print_line(stdout, &w.next[e], NULL);
		}
	}
	for (int e = 0; e < w.nevents; e++)
		events_print_line(stdout, &w.events[e], &w);
	print_chart(conn, s, &w);
}
