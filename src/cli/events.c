/*-------------------------------------------------------------------------
 *
 * events.c
 *	  The scenario's events as the synthgen program shows them: the event
 *	  instances of the window, and the next ones after it, both asked of
 *	  synthgen.events(); the note on stderr when a window holds no event
 *	  of its scenario; the one-line form of an event that describe and the
 *	  end of a run print; and the scenario row's event processes in words
 *	  (describe, --list-scenarios).
 *
 * Nothing here computes when an event happens: since algorithm 2 events
 * are processes in absolute time (a flash sale every N days, the holiday
 * calendar, outages and disruptions drawn per period from the seed), and
 * the schedule lives in the extension alone (schedule.c).  The program
 * only reads the scenario's parameters to put them into words, and asks
 * synthgen.events() for the instances, so what it says is what the rows
 * contain.
 *
 *-------------------------------------------------------------------------
 */
#define _POSIX_C_SOURCE 200809L

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "cli.h"

/* the last instant synthgen.events() accepts a window to reach */
#define EVENTS_MAX_EPOCH	7258118400.0	/* 2200-01-01 00:00 UTC */

/*
 * The columns of one event as the program reads them: instants in UTC
 * (every session runs with TimeZone UTC, session_setup()) to the minute,
 * which is the schedule's resolution, and as epoch seconds for the chart.
 */
#define EVENT_COLUMNS \
	"e.kind, e.name, " \
	"pg_catalog.to_char(e.starts_at, 'YYYY-MM-DD HH24:MI'::pg_catalog.text), " \
	"pg_catalog.to_char(e.ends_at, 'YYYY-MM-DD HH24:MI'::pg_catalog.text), " \
	"pg_catalog.date_part('epoch'::pg_catalog.text, e.starts_at), " \
	"pg_catalog.date_part('epoch'::pg_catalog.text, e.ends_at), " \
	"e.category, e.supplier_id, e.multiplier, e.campaign_id"

/*
 * The scenario row's event parameters, in the order events_processes()
 * reads them (2.0's columns).
 */
const char events_process_columns[] =
"s.flash_sale_every_days, s.flash_sale_start_hour, s.flash_sale_hours, "
"s.flash_sale_multiplier, s.flash_sale_discount_pct, "
"COALESCE(s.flash_sale_category, ''::pg_catalog.text), "
"s.holiday_multiplier, s.holiday_discount_pct, "
"s.outage_every_days, s.outage_minutes_min, s.outage_minutes_max, s.outage_order_multiplier, "
"s.disruption_every_days, s.disruption_days_min, s.disruption_days_max";

/* "synthgen".events(scenario, start, hours[, seed][, suppliers]) */
static char *
events_call(const Session *s, const char *lit_start, int hours)
{
	const Options *o = s->o;
	char		seed[64] = "";
	char		suppliers[64] = "";

	if (o->seed_given)
		snprintf(seed, sizeof(seed), ", seed => '%lld'::pg_catalog.int8", o->seed);
	if (o->suppliers > 0)
		snprintf(suppliers, sizeof(suppliers), ", suppliers => '%lld'::pg_catalog.int4",
				 o->suppliers);
	return cli_psprintf("\"synthgen\".events(%s::pg_catalog.text, %s::pg_catalog.timestamptz, "
						"'%d'::pg_catalog.int4%s%s)",
						s->lit_scenario, lit_start, hours, seed, suppliers);
}

static char *
value_or_empty(PGresult *res, int row, int col)
{
	return cli_strdup(PQgetisnull(res, row, col) ? "" : PQgetvalue(res, row, col));
}

/* the rows of a query over EVENT_COLUMNS */
static int
read_events(PGconn *conn, const char *sql, CliEvent **events)
{
	PGresult   *res = session_query(conn, sql, "could not list the events (synthgen.events())");
	int			n = PQntuples(res);

	*events = cli_malloc(sizeof(CliEvent) * (n ? n : 1));
	for (int i = 0; i < n; i++)
	{
		CliEvent   *e = &(*events)[i];

		e->kind = value_or_empty(res, i, 0);
		e->name = value_or_empty(res, i, 1);
		e->starts = value_or_empty(res, i, 2);
		e->ends = value_or_empty(res, i, 3);
		e->starts_epoch = atof(PQgetvalue(res, i, 4));
		e->ends_epoch = atof(PQgetvalue(res, i, 5));
		e->category = value_or_empty(res, i, 6);
		e->supplier_id = value_or_empty(res, i, 7);
		e->multiplier = value_or_empty(res, i, 8);
		e->campaign_id = value_or_empty(res, i, 9);
	}
	PQclear(res);
	return n;
}

/*
 * The window of the run, its events, and when it has none, the first
 * event of each kind after it (within the ten years one call of
 * synthgen.events() may span, and before 2200).  An extension without
 * synthgen.events() (older than 2.0) leaves have_events false; describe
 * needs it, a file export or --load goes on without the note.
 */
void
events_window(PGconn *conn, const Session *s, CliWindow *w)
{
	const Options *o = s->o;
	char	   *sql;
	char	   *call;
	PGresult   *res;

	memset(w, 0, sizeof(*w));
	sql = cli_psprintf("SELECT pg_catalog.date_part('epoch'::pg_catalog.text, t.t), "
					   "pg_catalog.to_char(t.t, 'YYYY-MM-DD HH24:MI'::pg_catalog.text), "
					   "pg_catalog.to_char(t.t OPERATOR(pg_catalog.+) pg_catalog.make_interval(hours => '%d'::pg_catalog.int4), "
					   "'YYYY-MM-DD HH24:MI'::pg_catalog.text), "
					   "EXISTS (SELECT FROM pg_catalog.pg_proc p "
					   "WHERE p.proname OPERATOR(pg_catalog.=) 'events'::pg_catalog.name "
					   "AND p.pronamespace OPERATOR(pg_catalog.=) 'synthgen'::pg_catalog.regnamespace) "
					   "FROM (SELECT %s::pg_catalog.timestamptz AS t) t",
					   o->hours, s->lit_start);
	res = session_query(conn, sql, "invalid --start");
	free(sql);
	w->start_epoch = atof(PQgetvalue(res, 0, 0));
	w->end_epoch = w->start_epoch + (double) o->hours * 3600;
	snprintf(w->from, sizeof(w->from), "%s", PQgetvalue(res, 0, 1));
	snprintf(w->until, sizeof(w->until), "%s", PQgetvalue(res, 0, 2));
	w->have_events = strcmp(PQgetvalue(res, 0, 3), "t") == 0;
	PQclear(res);
	if (!w->have_events)
		return;

	call = events_call(s, s->lit_start, o->hours);
	sql = cli_psprintf("SELECT " EVENT_COLUMNS " FROM %s e "
					   "ORDER BY e.starts_at, e.kind, e.name", call);
	free(call);
	w->nevents = read_events(conn, sql, &w->events);
	free(sql);

	if (w->nevents == 0)
	{
		double		room = (EVENTS_MAX_EPOCH - w->end_epoch) / 3600;
		int			ahead = room > CLI_MAX_HOURS ? CLI_MAX_HOURS : (int) room;
		char	   *lit_end;

		if (ahead < 1)
			return;
		w->ahead_hours = ahead;
		sql = cli_psprintf("(%s::pg_catalog.timestamptz OPERATOR(pg_catalog.+) "
						   "pg_catalog.make_interval(hours => '%d'::pg_catalog.int4))",
						   s->lit_start, o->hours);
		lit_end = sql;
		call = events_call(s, lit_end, ahead);
		sql = cli_psprintf("SELECT " EVENT_COLUMNS " FROM "
						   "(SELECT DISTINCT ON (e.kind) e.* FROM %s e "
						   "ORDER BY e.kind, e.starts_at, e.name) e "
						   "ORDER BY e.starts_at, e.kind", call);
		free(call);
		free(lit_end);
		w->nnext = read_events(conn, sql, &w->next);
		free(sql);
	}
}

/* "flash sale" of "flash_sale": how a sentence names a kind */
static char *
kind_words(const char *kind)
{
	char	   *w = cli_strdup(kind);

	for (char *p = w; *p; p++)
		if (*p == '_')
			*p = ' ';
	return w;
}

/*
 * stderr: the window holds no event of its scenario, and the next one
 * after it.  Nothing for a scenario without events (baseline): no event
 * in the window and none in the ten years after it.
 */
void
events_note(const Session *s, const CliWindow *w)
{
	char	   *kinds = cli_strdup("");
	const CliEvent *next;
	char	   *word;
	char	   *named;

	if (!w->have_events || w->nevents > 0 || w->nnext == 0)
		return;
	for (int i = 0; i < w->nnext; i++)
	{
		char	   *k = kind_words(w->next[i].kind);
		char	   *more = cli_psprintf("%s%s%s", kinds, i == 0 ? "" : " or ", k);

		free(k);
		free(kinds);
		kinds = more;
	}
	next = &w->next[0];
	word = kind_words(next->kind);
	/* the event's own name where it says more than its kind */
	if (strcasecmp(next->name, word) != 0)
		named = cli_psprintf(" (%s)", next->name);
	else
		named = cli_strdup("");
	cli_clear_progress();
	if (w->nnext == 1)
		fprintf(stderr, "synthgen: note: %s has no %s between %s and %s UTC; its next one%s starts %s UTC (see synthgen describe %s)\n",
				s->o->scenario, kinds, w->from, w->until, named, next->starts, s->o->scenario);
	else
		fprintf(stderr, "synthgen: note: %s has no %s between %s and %s UTC; the next, %s %s%s, starts %s UTC (see synthgen describe %s)\n",
				s->o->scenario, kinds, w->from, w->until,
				word[0] && strchr("aeiou", word[0]) ? "an" : "a", word, named, next->starts, s->o->scenario);
	free(named);
	free(word);
	free(kinds);
}

/*
 * One event on one line, the same in describe and at the end of a run:
 *   "  flash_sale         2025-12-05 12:00 .. 2025-12-05 16:00 UTC  Flash Sale, Electronics, orders x5.00, campaign 1375213"
 * with what synthgen.events() leaves NULL left out, and a mark when the
 * event reaches outside the window w (none when w is NULL).
 */
void
events_print_line(FILE *f, const CliEvent *e, const CliWindow *w)
{
	fprintf(f, "  %-17s %s .. %s UTC  %s", e->kind, e->starts, e->ends, e->name);
	if (e->category[0])
		fprintf(f, ", %s", e->category);
	if (e->supplier_id[0])
		fprintf(f, ", supplier %s", e->supplier_id);
	if (e->multiplier[0])
		fprintf(f, ", orders x%s", e->multiplier);
	if (e->campaign_id[0])
		fprintf(f, ", campaign %s", e->campaign_id);
	if (w != NULL && e->starts_epoch < w->start_epoch)
		fprintf(f, " (began before the window)");
	if (w != NULL && e->ends_epoch > w->end_epoch)
		fprintf(f, " (runs past the window)");
	fputc('\n', f);
}

/*
 * stdout, after a run's breakdown: the events of the window, at most max
 * of them (describe lists them all).
 */
void
events_print_found(const Session *s, const CliWindow *w, int max)
{
	if (w->nevents == 0)
		return;
	printf("events in the window (synthgen.events()):\n");
	for (int i = 0; i < w->nevents && i < max; i++)
		events_print_line(stdout, &w->events[i], w);
	if (w->nevents > max)
		printf("  ... and %d more (synthgen describe %s --start '%s+00' --hours %d lists them all)\n",
			   w->nevents - max, s->o->scenario, w->from, s->o->hours);
}

/* "40.00" -> "40", "12.50" -> "12.5": a percentage in a sentence */
static const char *
trim_number(const char *v, char *buf, size_t len)
{
	size_t		n;

	snprintf(buf, len, "%s", v);
	if (strchr(buf, '.') == NULL)
		return buf;
	n = strlen(buf);
	while (n > 0 && buf[n - 1] == '0')
		buf[--n] = '\0';
	if (n > 0 && buf[n - 1] == '.')
		buf[--n] = '\0';
	return buf;
}

/*
 * The scenario's event processes in words, from the events_process_columns
 * of row `row` starting at column `col`: one line each, at most maxlines;
 * brief: a few words each (--list-scenarios).  Returns how many.
 */
int
events_processes(PGresult *res, int row, int col, bool brief, char **lines, int maxlines)
{
	int			n = 0;
	char		num[32];

#define V(i) PQgetvalue(res, row, col + (i))
	if (atoi(V(0)) > 0 && n < maxlines)
	{
		int			every = atoi(V(0));
		char	   *off;

		if (atof(V(4)) > 0)
			off = cli_psprintf("%s%% off %s", trim_number(V(4), num, sizeof(num)),
							   V(5)[0] ? V(5) : "everything");
		else
			off = cli_strdup("no discount");
		if (brief)
			lines[n++] = cli_psprintf("flash sale every %d d", every);
		else
			lines[n++] = cli_psprintf("flash sale every %d day%s at %02d:00 local for %s h, orders x%s, %s",
									  every, every == 1 ? "" : "s", atoi(V(1)), V(2), V(3), off);
		free(off);
	}
	if (atof(V(6)) > 1 && n < maxlines)
	{
		char	   *off = atof(V(7)) > 0 ?
			cli_psprintf(", holiday campaigns %s%% off", trim_number(V(7), num, sizeof(num))) :
			cli_strdup("");

		if (brief)
			lines[n++] = cli_strdup("holiday calendar");
		else
			lines[n++] = cli_psprintf("holiday peaks from the retail calendar: Black Friday x%s "
									  "(Cyber Monday, the weeks before Christmas and the January lull scale with it)%s",
									  V(6), off);
		free(off);
	}
	if (atoi(V(8)) > 0 && n < maxlines)
	{
		int			every = atoi(V(8));

		if (brief)
			lines[n++] = cli_psprintf("outage every %d d", every);
		else
			lines[n++] = cli_psprintf("outage once every %d day%s, %s-%s min, orders x%s",
									  every, every == 1 ? "" : "s", V(9), V(10), V(11));
	}
	if (atoi(V(12)) > 0 && n < maxlines)
	{
		int			every = atoi(V(12));

		if (brief)
			lines[n++] = cli_psprintf("disruption every %d d", every);
		else
			lines[n++] = cli_psprintf("supply disruption once every %d day%s: a random supplier's products run out for %s-%s days",
									  every, every == 1 ? "" : "s", V(13), V(14));
	}
#undef V
	return n;
}
