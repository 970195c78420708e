/*-------------------------------------------------------------------------
 *
 * describe.c
 *	  synthgen describe SCENARIO [--days N | --hours N] [--start T]: the
 *	  scenario's parameters, the events that fall in the window, and a
 *	  terminal chart of the orders per hour of the window (counted by the
 *	  server from synth_orders() with the same arguments as a file export),
 *	  scaled to the terminal's width, the event hours marked under the
 *	  axis (and drawn in colour on a terminal unless NO_COLOR is set).
 *
 * The events come from one function, describe_events(): today each
 * scenario row declares one event window, event_offset_hours after the
 * window start; when the extension gains synthgen.events() that function
 * is the one place to ask it instead.
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

typedef struct Event
{
	char		kind[32];
	int			offset;			/* hours from the window start */
	int			hours;
	char		multiplier[16];
	char		detail[128];	/* category, discount */
} Event;

/* "2025-12-01 00:00" (UTC) of epoch seconds */
static void
format_utc(double epoch, char *buf, size_t len)
{
	time_t		t = (time_t) epoch;
	struct tm	tm;

	gmtime_r(&t, &tm);
	strftime(buf, len, "%Y-%m-%d %H:%M", &tm);
}

/*
 * The events of the scenario that start inside the window [0, hours).
 * Today: the scenario row's single event window.
 */
static int
describe_events(PGconn *conn, const Session *s, Event **events)
{
	char	   *sql;
	PGresult   *res;
	int			n;
	int			k = 0;

	sql = cli_psprintf("SELECT s.event_kind, s.event_offset_hours, s.event_hours, "
					   "s.event_order_multiplier, s.event_discount_pct, "
					   "COALESCE(s.event_category, ''::pg_catalog.text) "
					   "FROM synthgen.scenarios s "
					   "WHERE s.name OPERATOR(pg_catalog.=) %s::pg_catalog.text "
					   "AND s.event_kind OPERATOR(pg_catalog.<>) 'none'::pg_catalog.text "
					   "AND s.event_offset_hours OPERATOR(pg_catalog.<) '%d'::pg_catalog.int4",
					   s->lit_scenario, s->o->hours);
	res = session_query(conn, sql, "could not read the scenario's events");
	free(sql);
	n = PQntuples(res);
	*events = cli_malloc(sizeof(Event) * (n ? n : 1));
	for (int i = 0; i < n; i++)
	{
		Event	   *e = &(*events)[k++];
		const char *cat = PQgetvalue(res, i, 5);
		const char *disc = PQgetvalue(res, i, 4);

		snprintf(e->kind, sizeof(e->kind), "%s", PQgetvalue(res, i, 0));
		e->offset = atoi(PQgetvalue(res, i, 1));
		e->hours = atoi(PQgetvalue(res, i, 2));
		snprintf(e->multiplier, sizeof(e->multiplier), "%s", PQgetvalue(res, i, 3));
		snprintf(e->detail, sizeof(e->detail), "%s%s%s%s",
				 cat[0] ? "category " : "", cat,
				 atof(disc) > 0 ? (cat[0] ? ", discount " : "discount ") : "",
				 atof(disc) > 0 ? disc : "");
		if (atof(disc) > 0)
			strncat(e->detail, " %", sizeof(e->detail) - strlen(e->detail) - 1);
	}
	PQclear(res);
	return k;
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
					   "s.cancel_rate_pct, s.return_rate_pct, s.ticket_rate_pct, s.abandon_rate_pct "
					   "FROM synthgen.scenarios s WHERE s.name OPERATOR(pg_catalog.=) %s::pg_catalog.text",
					   s->lit_scenario);
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
print_chart(PGconn *conn, const Session *s, const Event *events, int nevents,
			double start_epoch)
{
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
	for (int e = 0; e < nevents; e++)
		for (int h = events[e].offset; h < events[e].offset + events[e].hours && h < o->hours; h++)
			event_hour[h] = true;

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
	Event	   *events;
	int			nevents;
	double		start_epoch;
	PGresult   *res;
	char	   *sql;

	print_parameters(conn, s);

	sql = cli_psprintf("SELECT pg_catalog.date_part('epoch'::pg_catalog.text, %s::pg_catalog.timestamptz)",
					   s->lit_start);
	res = session_query(conn, sql, "invalid --start");
	free(sql);
	start_epoch = atof(PQgetvalue(res, 0, 0));
	PQclear(res);

	nevents = describe_events(conn, s, &events);
	printf("\nevents in the window (%d hours from %s):\n", s->o->hours, s->o->start);
	if (nevents == 0)
		printf("  none\n");
	for (int e = 0; e < nevents; e++)
	{
		char		from[32];
		char		until[32];

		format_utc(start_epoch + (double) events[e].offset * 3600, from, sizeof(from));
		format_utc(start_epoch + (double) (events[e].offset + events[e].hours) * 3600,
				   until, sizeof(until));
		printf("  %-18s %s .. %s UTC  (hours %d..%d of the window, %d h), orders x%s%s%s%s\n",
			   events[e].kind, from, until, events[e].offset,
			   events[e].offset + events[e].hours - 1, events[e].hours,
			   events[e].multiplier, events[e].detail[0] ? ", " : "", events[e].detail,
			   events[e].offset + events[e].hours > s->o->hours ? " (runs past the window)" : "");
	}
	print_chart(conn, s, events, nevents, start_epoch);
	free(events);
}
