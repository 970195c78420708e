/*-------------------------------------------------------------------------
 *
 * synthgen.c
 *	  main() of the synthgen command-line program: the choice of server
 *	  (-d/--dsn, -h/-p/-U, the PG* environment, or a throwaway local
 *	  server), the dispatch to the modes (files, --load, --list-scenarios,
 *	  describe), and for files the order of the run -- checks and
 *	  estimates before any file, the note when the window holds no event
 *	  of its scenario, the schema file, the export, the summary table and
 *	  the window's events at the end -- and what a failure leaves behind.
 *
 * Exit codes: 0 ok, 1 runtime error (also after SIGINT, SIGTERM, SIGQUIT
 * or SIGHUP), 2 usage error.  Every error is one line on stderr; no
 * partial file is ever left behind (see export.c), the complete ones are
 * kept and named, and an output directory the run created is removed
 * again if it stayed empty.
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

/* what the die note needs to know about the run */
static const Options *run_options = NULL;
static char *schema_file = NULL;	/* written, under this name in --out */

/*
 * The run failed: name the complete files (kept), the unfinished ones
 * (removed); with no complete table file the schema file goes too, and
 * the output directory if the run created it.
 */
static char *
die_note(void)
{
	bool		any_kept = false;
	char	   *note = export_note(schema_file, &any_kept);
	char	   *next;

	if (run_options == NULL)
		return note;
	if (!any_kept && schema_file != NULL)
	{
		char	   *path = cli_psprintf("%s/%s", run_options->out, schema_file);

		(void) unlink(path);
		free(path);
	}
	if (!any_kept)
		outdir_rollback();
	if (outdir_removed())
	{
		next = cli_psprintf("%s%sremoved the output directory \"%s\" it had created",
							note ? note : "", note ? "; " : "", run_options->out);
		free(note);
		note = next;
	}
	return note;
}

/*
 * Connect (or start the throwaway server), set up, find the extension,
 * read its tables and choose those of --tables.
 */
static PGconn *
open_session(Options *o, Session *s, TempServer *server, bool tty,
			 double *t_server)
{
	PGconn	   *conn;

	memset(s, 0, sizeof(*s));
	s->o = o;
	if (o->dsn == NULL && o->host == NULL && o->port == NULL && o->user == NULL &&
		!session_pg_environment_set())
	{
		double		t0 = cli_now();

		if (o->mode == MODE_LOAD)
			cli_die(CLI_EXIT_USAGE, "--load needs a database to load into: give -d/--dsn (or -h, -p, -U, or the PG* environment)");
		if (tty)
		{
			fprintf(stderr, "synthgen: starting a throwaway PostgreSQL server...");
			fflush(stderr);
			cli_progress_active = true;
		}
		tempserver_start(server);
		s->ts = server;
		conn = session_connect(o, s->ts);
		session_exec(conn, "SET client_min_messages = warning; CREATE EXTENSION IF NOT EXISTS synthgen SCHEMA public CASCADE",
					 "could not create the extension in the throwaway server");
		cli_clear_progress();
		*t_server = cli_now() - t0;
	}
	else
		conn = session_connect(o, NULL);
	cli_check_interrupt();
	session_setup(conn);
	s->schema = session_extension_schema(conn);
	if (o->mode != MODE_LIST)
	{
		tables_load(conn);
		tables_select(o);
	}
	if (o->scenario != NULL)
	{
		s->lit_scenario = session_literal(conn, o->scenario);
		s->lit_start = session_literal(conn, o->start);
		if (o->as_of != NULL)
			s->lit_as_of = session_literal(conn, o->as_of);
	}
	return conn;
}

static void
print_summary(const Options *o, ExportFile *files, int nfiles, double total,
			  double t_server, bool server, const char *prefix, const char *ext)
{
	long long	total_rows = 0;
	long long	total_bytes = 0;
	char		size[32];

	for (int i = 0; i < nfiles; i++)
	{
		ExportFile *f = &files[i];

		cli_format_size(f->bytes, size, sizeof(size));
		printf("%-18s %10lld rows %7.2f s %10.0f rows/s %10s\n",
			   f->table, f->rows, f->seconds,
			   f->seconds > 0 ? f->rows / f->seconds : 0.0, size);
		total_rows += f->rows;
		total_bytes += f->bytes;
	}
	if (server)
		printf("%-18s %15s %7.2f s\n", "throwaway server", "", t_server);
	cli_format_size(total_bytes, size, sizeof(size));
	printf("%-18s %10lld rows %7.2f s %17s %10s\n",
		   "total", total_rows, total, "", size);
	printf("files: %s/%s<table>.%s%s (timestamps in UTC)\n", o->out, prefix, ext,
		   schema_file ? cli_psprintf(", column types in %s", schema_file) : "");
}

int
main(int argc, char **argv)
{
	Options		o;
	double		t_start = cli_now();
	time_t		now = time(NULL);
	struct tm	tm;
	char		stamp[32];
	char		start_buf[64];
	bool		tty = isatty(STDERR_FILENO);
	TempServer	server;
	Session		s;
	CliWindow	window;
	PGconn	  **conns;
	long long  *expected;
	ExportFile *files;
	int			nfiles = 0;
	double		t_server = 0;
	int			nslices;
	const char *ext;
	char	   *prefix;

	cli_parse_options(&o, argc, argv);

	/* one stamp for all files of the run: the local time it started */
	localtime_r(&now, &tm);
	strftime(stamp, sizeof(stamp), "%Y%m%d_%H%M%S", &tm);
	if (o.start == NULL)
	{
		time_t		start = now - now % 86400 - (time_t) o.hours * 3600;
		struct tm	utc;

		gmtime_r(&start, &utc);
		strftime(start_buf, sizeof(start_buf), "%Y-%m-%d %H:%M:%S+00", &utc);
		o.start = start_buf;
	}

	cli_install_signals();
	cli_set_die_note(die_note);

	conns = cli_malloc(sizeof(PGconn *) * (o.jobs + 1));
	memset(conns, 0, sizeof(PGconn *) * (o.jobs + 1));
	cli_register_conns(conns, o.jobs + 1);

	if (o.mode != MODE_EXPORT)
	{
		conns[0] = open_session(&o, &s, &server, tty, &t_server);
		if (o.mode == MODE_LIST)
			scenarios_list(conns[0]);
		else if (o.mode == MODE_DESCRIBE)
			describe_run(conns[0], &s);
		else
		{
			/* a second session only watches the progress */
			if (tty)
				conns[1] = session_connect(&o, NULL);
			load_run(conns[0], conns[1], &s, t_start);
		}
		cli_cleanup();
		return fflush(stdout) == 0 ? CLI_EXIT_OK : CLI_EXIT_RUNTIME;
	}

	outdir_prepare(o.out);
	run_options = &o;
	conns[0] = open_session(&o, &s, &server, tty, &t_server);
	expected = cli_malloc(sizeof(long long) * cli_ntables);
	files = cli_malloc(sizeof(ExportFile) * cli_ntables);

	/* before any file: the early check, and each table's expected rows */
	tables_estimate(conns[0], &s, expected);
	/*
	 * Then the window's events, and a note if it has none of its scenario's;
	 * the master tables alone have no window for an event to fall in.
	 */
	memset(&window, 0, sizeof(window));
	if (tables_any_windowed(&o))
	{
		events_window(conns[0], &s, &window);
		events_note(&s, &window);
	}

	for (int j = 1; j < o.jobs; j++)
	{
		conns[j] = session_connect(&o, s.ts);
		session_setup(conns[j]);
	}

	/*
	 * A Parquet file is one stream with its own footer: its slices cannot be
	 * concatenated, so a Parquet table is one slice, and --jobs N writes N
	 * tables at a time.  COPY (FORMAT parquet) is synthgen's hook, present
	 * once the library is loaded in the session.
	 */
	nslices = o.parquet ? 1 : o.jobs;
	ext = o.parquet ? "parquet" : "csv";
	if (o.parquet)
		for (int j = 0; j < o.jobs; j++)
			session_exec(conns[j], "SELECT \"synthgen\".version()", "could not load synthgen for Parquet output");

	prefix = outdir_prefix(&o, stamp);
	outdir_warn_earlier(&o, prefix, ext);
	if (!o.parquet)
	{
		char	   *name = cli_psprintf("%sschema.sql", prefix);

		schema_file = schema_write(conns[0], &o, o.out, name, prefix);
		free(name);
	}

	for (int t = 0; t < cli_ntables; t++)
	{
		ExportFile *f;

		if (!o.selected[t])
			continue;
		f = &files[nfiles++];
		memset(f, 0, sizeof(*f));
		f->table = cli_tables[t].name;
		f->name = cli_psprintf("%s%s.%s", prefix, cli_tables[t].name, ext);
		f->nslices = nslices;
		f->csv = !o.parquet;
		f->expected = expected[t];
		f->sql = cli_malloc(sizeof(char *) * nslices);
		for (int p = 0; p < nslices; p++)
		{
			char	   *call = tables_call_sql(&s, t, p, nslices);

			if (o.parquet)
				f->sql[p] = cli_psprintf("COPY (SELECT * FROM %s) TO STDOUT (FORMAT parquet, COMPRESSION zstd)",
										 call);
			else
				f->sql[p] = cli_psprintf("COPY (SELECT * FROM %s) TO STDOUT (FORMAT csv%s)",
										 call, p == 0 ? ", HEADER" : "");
			free(call);
		}
	}

	{
		long long	total_expected = 0;

		for (int i = 0; i < nfiles; i++)
			total_expected += files[i].expected;
		progress_begin(tty, total_expected, "files");
		export_files(conns, o.jobs, o.out, files, nfiles);
		progress_end();
	}

	/* close the connections and stop the throwaway server before the total */
	{
		double		t0 = cli_now();

		cli_set_die_note(NULL);
		cli_cleanup();
		if (s.ts != NULL)
			t_server += cli_now() - t0;
	}

	print_summary(&o, files, nfiles, cli_now() - t_start, t_server, s.ts != NULL,
				  prefix, ext);
	events_print_found(&s, &window, CLI_EVENTS_SHOWN);
	if (fflush(stdout) != 0)
		return CLI_EXIT_RUNTIME;
	return CLI_EXIT_OK;
}
