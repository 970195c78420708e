/*-------------------------------------------------------------------------
 *
 * progress.c
 *	  The live progress line on a terminal (stderr): a bar, the percentage
 *	  of the expected rows done, rows so far, files done, elapsed time and
 *	  the time left, fitted to the terminal's width and redrawn in place.
 *	  Nothing is drawn when stderr is not a terminal.
 *
 * The expected rows are estimates (tables.c), so the percentage is capped
 * below 100 until progress_end(), and the time left is the elapsed time
 * scaled by what remains: it settles as the run goes on.
 *
 *-------------------------------------------------------------------------
 */
#define _POSIX_C_SOURCE 200809L

#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"

#define PROGRESS_EVERY	0.1		/* seconds between redraws */

static bool enabled = false;
static long long expected = 0;
static double t0 = 0;
static double last = 0;
static const char *unit = "files";

void
progress_begin(bool tty, long long expected_total, const char *what_unit)
{
	enabled = tty;
	unit = what_unit;
	expected = expected_total > 0 ? expected_total : 1;
	t0 = cli_now();
	last = 0;
}

static void
format_duration(double s, char *buf, size_t len)
{
	long		secs = (long) (s + 0.5);

	if (secs >= 3600)
		snprintf(buf, len, "%ld:%02ld:%02ld", secs / 3600, secs / 60 % 60, secs % 60);
	else
		snprintf(buf, len, "%ld:%02ld", secs / 60, secs % 60);
}

/*
 * rows_done counts each finished table at its expected rows and each
 * running one at min(rows so far, expected), so that the fraction only
 * grows.  what names the tables in flight.
 */
void
progress_show(long long rows_done, const char *what, int files_done,
			  int nfiles, bool force)
{
	double		now = cli_now();
	double		elapsed = now - t0;
	double		frac;
	int			pct;
	char		eta[32];
	char		el[32];
	char		rows[32];
	char		tail[160];
	char		bar[128];
	int			width;
	int			barw;
	int			filled;

	if (!enabled || (!force && now - last < PROGRESS_EVERY))
		return;
	last = now;

	frac = (double) rows_done / (double) expected;
	if (frac > 0.99)
		frac = 0.99;
	if (frac < 0)
		frac = 0;
	pct = (int) (frac * 100);
	format_duration(elapsed, el, sizeof(el));
	if (frac >= 0.01 && elapsed >= 0.5)
	{
		format_duration(elapsed * (1 - frac) / frac, eta, sizeof(eta));
	}
	else
		snprintf(eta, sizeof(eta), "--:--");
	cli_format_count(rows_done, rows, sizeof(rows));
	snprintf(tail, sizeof(tail), " %3d%%  %8s rows  %2d/%d %s  %s  ETA %s  %s",
			 pct, rows, files_done, nfiles, unit, el, eta, what ? what : "");

	width = cli_terminal_width(STDERR_FILENO);
	/* a bar of one width while the text after it changes */
	barw = width - 60;
	if (barw > 30)
		barw = 30;
	if (barw >= 10)
	{
		filled = (int) (frac * barw);
		memset(bar, '#', filled);
		memset(bar + filled, '.', barw - filled);
		bar[barw] = '\0';
	}
	else
		bar[0] = '\0';
	/* never wrap: a wrapped line cannot be redrawn in place */
	if ((int) strlen(tail) + (bar[0] ? barw + 2 : 0) >= width)
		tail[width > 1 ? width - 1 - (bar[0] ? barw + 2 : 0) : 0] = '\0';
	if (bar[0])
		fprintf(stderr, "\r\033[K[%s]%s", bar, tail);
	else
		fprintf(stderr, "\r\033[K%s", tail);
	fflush(stderr);
	cli_progress_active = true;
}

void
progress_end(void)
{
	cli_clear_progress();
	enabled = false;
}
