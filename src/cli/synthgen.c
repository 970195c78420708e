/*-------------------------------------------------------------------------
 *
 * synthgen.c
 *	  The synthgen command-line program: options, the choice of server
 *	  (--dsn, the PG* environment, or a throwaway local server), the checks
 *	  made before any file is written, the COPY statements of each table
 *	  (schema-qualified calls with exactly typed arguments, in sessions whose
 *	  search_path is empty), and the final per-table breakdown.
 *
 *	  synthgen SCENARIO [--tables a,b] [--customers N] [--orders-per-day N]
 *	           [--hours N | --days N] [--start TIMESTAMP] [--seed N]
 *	           [--format csv|parquet] [--out DIR] [--jobs N] [--dsn CONNSTR]
 *
 * Exit codes: 0 ok, 1 runtime error (also after SIGINT, SIGTERM, SIGQUIT
 * or SIGHUP), 2 usage error.  Every error is one line on stderr; no
 * partial file is ever left behind (see export.c).
 *
 *-------------------------------------------------------------------------
 */
#define _POSIX_C_SOURCE 200809L

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "cli.h"

#ifndef SG_VERSION				/* from synthgen.control, by cli.mk */
#define SG_VERSION "unknown"
#endif

#define MAX_HOURS	87840		/* ten years, as the SQL functions allow */

/* what each table's function takes besides scenario, seed, part, parts */
#define TAKES_WINDOW		0x01	/* start, hours */
#define TAKES_CUSTOMERS		0x02
#define TAKES_ORDERS_PER_DAY 0x04

typedef struct TableDef
{
	const char *name;
	int			takes;
} TableDef;

static const TableDef tables[] = {
	{"customers", TAKES_CUSTOMERS},
	{"suppliers", 0},
	{"products", 0},
	{"campaigns", TAKES_WINDOW},
	{"orders", TAKES_WINDOW | TAKES_CUSTOMERS | TAKES_ORDERS_PER_DAY},
	{"order_items", TAKES_WINDOW | TAKES_CUSTOMERS | TAKES_ORDERS_PER_DAY},
	{"support_tickets", TAKES_WINDOW | TAKES_CUSTOMERS | TAKES_ORDERS_PER_DAY},
	{"cart_abandonment", TAKES_WINDOW | TAKES_CUSTOMERS | TAKES_ORDERS_PER_DAY},
	{"returns", TAKES_WINDOW | TAKES_CUSTOMERS | TAKES_ORDERS_PER_DAY},
	{"system_metrics", TAKES_WINDOW | TAKES_CUSTOMERS | TAKES_ORDERS_PER_DAY},
};
#define NTABLES ((int) (sizeof(tables) / sizeof(tables[0])))

typedef struct Options
{
	const char *scenario;
	bool		selected[NTABLES];
	long long	customers;		/* 0: the scenario's */
	long long	orders_per_day; /* 0: the scenario's */
	int			hours;
	bool		hours_given;
	bool		days_given;
	const char *start;			/* NULL: UTC midnight today - hours */
	long long	seed;
	const char *out;
	int			jobs;
	const char *dsn;
	bool		parquet;		/* --format parquet */
} Options;

static void
usage(void)
{
	printf("synthgen %s: realistic e-commerce data from the synthgen extension, as CSV files\n"
		   "\n"
		   "Usage:\n"
		   "  synthgen SCENARIO [OPTION]...\n"
		   "\n"
		   "Writes DIR/<SCENARIO>_<YYYYMMDD_HHMMSS>_<table>.csv (or .parquet) for each table, client-side\n"
		   "(COPY ... TO STDOUT), each file whole or not at all.\n"
		   "\n"
		   "Options:\n"
		   "  --tables a,b          tables to write (default: all ten): customers, suppliers,\n"
		   "                        products, campaigns, orders, order_items, support_tickets,\n"
		   "                        cart_abandonment, returns, system_metrics\n"
		   "  --customers N         number of customers (default: the scenario's)\n"
		   "  --orders-per-day N    orders per day (default: the scenario's)\n"
		   "  --hours N             window length in hours (1..%d)\n"
		   "  --days N              window length in days (default: 30)\n"
		   "  --start TIMESTAMP     window start, read in UTC unless it has an offset\n"
		   "                        (default: UTC midnight today minus the window)\n"
		   "  --seed N              seed (default: 1)\n"
		   "  --format csv|parquet  output format (default: csv)\n"
		   "  --out DIR             output directory, created if missing (default: .)\n"
		   "  --jobs N              connections generating slices in parallel, 1..%d\n"
		   "                        (default: 1; the files are the same bytes)\n"
		   "  --dsn CONNSTR         libpq connection string or URI; without it the PG*\n"
		   "                        environment is used, and with neither a throwaway\n"
		   "                        local server is started for the run (a watcher\n"
		   "                        process stops and removes it even if synthgen is\n"
		   "                        killed with SIGKILL)\n"
		   "  --help                show this help and exit\n"
		   "  --version             show the version and exit\n"
		   "\n"
		   "Timestamps in the files are in UTC.  SIGINT, SIGTERM, SIGQUIT and SIGHUP stop\n"
		   "the run and remove its unfinished files.  Exit status: 0 ok, 1 runtime error\n"
		   "or interrupted, 2 usage error.\n",
		   SG_VERSION, MAX_HOURS, CLI_MAX_JOBS);
}

static long long
parse_int(const char *opt, const char *value, long long min, long long max)
{
	char	   *end;
	long long	v;

	errno = 0;
	v = strtoll(value, &end, 10);
	if (value[0] == '\0' || *end != '\0' || errno == ERANGE)
		cli_die(CLI_EXIT_USAGE, "invalid value for %s: \"%s\" (an integer is expected)", opt, value);
	if (v < min || v > max)
		cli_die(CLI_EXIT_USAGE, "%s must be between %lld and %lld (got %lld)", opt, min, max, v);
	return v;
}

static void
parse_tables(Options *o, const char *list)
{
	char	   *copy = cli_strdup(list);
	char	   *save = NULL;
	char	   *tok;
	bool		any = false;

	if (list[0] == '\0' || list[0] == ',' || list[strlen(list) - 1] == ',' ||
		strstr(list, ",,") != NULL)
		cli_die(CLI_EXIT_USAGE, "--tables: empty table name in \"%s\"", list);
	for (int t = 0; t < NTABLES; t++)
		o->selected[t] = false;
	for (tok = strtok_r(copy, ",", &save); tok; tok = strtok_r(NULL, ",", &save))
	{
		int			t;

		for (t = 0; t < NTABLES; t++)
			if (strcmp(tok, tables[t].name) == 0)
				break;
		if (t == NTABLES)
			cli_die(CLI_EXIT_USAGE,
					"unknown table \"%s\"; known tables: customers, suppliers, products, campaigns, orders, order_items, support_tickets, cart_abandonment, returns, system_metrics",
					tok);
		o->selected[t] = true;
		any = true;
	}
	if (!any)
		cli_die(CLI_EXIT_USAGE, "--tables: no table given");
	free(copy);
}

static void
parse_options(Options *o, int argc, char **argv)
{
	bool		options_done = false;

	memset(o, 0, sizeof(*o));
	for (int t = 0; t < NTABLES; t++)
		o->selected[t] = true;
	o->hours = 30 * 24;
	o->seed = 1;
	o->out = ".";
	o->jobs = 1;

	for (int i = 1; i < argc; i++)
	{
		const char *arg = argv[i];
		const char *value = NULL;
		char		name[64];
		const char *eq;

		if (options_done || arg[0] != '-' || strcmp(arg, "-") == 0)
		{
			if (o->scenario != NULL)
				cli_die(CLI_EXIT_USAGE, "too many arguments: \"%s\" (one SCENARIO is expected; see synthgen --help)", arg);
			o->scenario = arg;
			continue;
		}
		if (strcmp(arg, "--") == 0)
		{
			options_done = true;
			continue;
		}
		if (strcmp(arg, "--help") == 0 || strcmp(arg, "-h") == 0 || strcmp(arg, "-?") == 0)
		{
			usage();
			exit(CLI_EXIT_OK);
		}
		if (strcmp(arg, "--version") == 0 || strcmp(arg, "-V") == 0)
		{
			printf("synthgen %s\n", SG_VERSION);
			exit(CLI_EXIT_OK);
		}
		if (strncmp(arg, "--", 2) != 0)
			cli_die(CLI_EXIT_USAGE, "unknown option \"%s\" (see synthgen --help)", arg);

		/* --name=value or --name value */
		eq = strchr(arg, '=');
		if (eq != NULL)
		{
			size_t		n = (size_t) (eq - arg);

			if (n >= sizeof(name))
				n = sizeof(name) - 1;
			memcpy(name, arg, n);
			name[n] = '\0';
			value = eq + 1;
		}
		else
			snprintf(name, sizeof(name), "%s", arg);

#define OPTION(s) (strcmp(name, (s)) == 0)
		if (!(OPTION("--tables") || OPTION("--customers") || OPTION("--orders-per-day") ||
			  OPTION("--hours") || OPTION("--days") || OPTION("--start") ||
			  OPTION("--seed") || OPTION("--format") || OPTION("--out") ||
			  OPTION("--jobs") || OPTION("--dsn")))
			cli_die(CLI_EXIT_USAGE, "unknown option \"%s\" (see synthgen --help)", name);
		if (value == NULL)
		{
			if (i + 1 >= argc)
				cli_die(CLI_EXIT_USAGE, "option %s needs a value", name);
			value = argv[++i];
		}

		if (OPTION("--tables"))
			parse_tables(o, value);
		else if (OPTION("--customers"))
			o->customers = parse_int(name, value, 1, LLONG_MAX);
		else if (OPTION("--orders-per-day"))
			o->orders_per_day = parse_int(name, value, 1, INT_MAX);
		else if (OPTION("--hours"))
		{
			o->hours = (int) parse_int(name, value, 1, MAX_HOURS);
			o->hours_given = true;
		}
		else if (OPTION("--days"))
		{
			o->hours = (int) parse_int(name, value, 1, MAX_HOURS / 24) * 24;
			o->days_given = true;
		}
		else if (OPTION("--start"))
		{
			if (value[0] == '\0')
				cli_die(CLI_EXIT_USAGE, "--start: empty timestamp");
			o->start = value;
		}
		else if (OPTION("--seed"))
			o->seed = parse_int(name, value, LLONG_MIN, LLONG_MAX);
		else if (OPTION("--format"))
		{
			o->parquet = strcmp(value, "parquet") == 0;
			if (!o->parquet && strcmp(value, "csv") != 0)
				cli_die(CLI_EXIT_USAGE, "--format must be csv or parquet (got \"%s\")", value);
		}
		else if (OPTION("--out"))
		{
			if (value[0] == '\0')
				cli_die(CLI_EXIT_USAGE, "--out: empty directory name");
			o->out = value;
		}
		else if (OPTION("--jobs"))
			o->jobs = (int) parse_int(name, value, 1, CLI_MAX_JOBS);
		else if (OPTION("--dsn"))
			o->dsn = value;
#undef OPTION
	}

	if (o->hours_given && o->days_given)
		cli_die(CLI_EXIT_USAGE, "--hours and --days cannot be used together");
	if (o->scenario == NULL)
		cli_die(CLI_EXIT_USAGE, "no SCENARIO given (e.g. synthgen baseline; see synthgen --help)");
	if (o->scenario[0] == '\0' || strchr(o->scenario, '/') != NULL ||
		strcmp(o->scenario, ".") == 0 || strcmp(o->scenario, "..") == 0)
		cli_die(CLI_EXIT_USAGE, "invalid scenario name \"%s\" (it becomes part of the file names)",
				o->scenario);
}

/* mkdir -p, then prove we can create files there */
static void
prepare_out_dir(const char *dir)
{
	char	   *path = cli_strdup(dir);
	struct stat st;
	char	   *probe;
	int			fd;

	for (char *p = path + 1;; p++)
	{
		if (*p == '/' || *p == '\0')
		{
			char		c = *p;

			*p = '\0';
			if (mkdir(path, 0777) != 0 && errno != EEXIST)
				cli_die(CLI_EXIT_RUNTIME, "cannot create output directory \"%s\": %s",
						path, strerror(errno));
			*p = c;
			if (c == '\0')
				break;
		}
	}
	free(path);
	if (stat(dir, &st) != 0)
		cli_die(CLI_EXIT_RUNTIME, "cannot use output directory \"%s\": %s", dir, strerror(errno));
	if (!S_ISDIR(st.st_mode))
		cli_die(CLI_EXIT_RUNTIME, "output directory \"%s\" is not a directory", dir);

	fd = cli_create_tmp(dir, "synthgen-probe", &probe);
	if (fd < 0)
		cli_die(CLI_EXIT_RUNTIME, "cannot write to output directory \"%s\": %s", dir, strerror(errno));
	close(fd);
	(void) unlink(probe);
	cli_forget_tmp(probe);
	free(probe);
}

/* Is any environment variable libpq reads for connection defaults set? */
static bool
pg_environment_set(void)
{
	PQconninfoOption *opts = PQconndefaults();
	bool		set = false;

	if (opts == NULL)
		return false;
	for (PQconninfoOption *o = opts; o->keyword != NULL; o++)
	{
		const char *v;

		if (o->envvar == NULL)
			continue;
		v = getenv(o->envvar);
		if (v != NULL && v[0] != '\0')
		{
			set = true;
			break;
		}
	}
	PQconninfoFree(opts);
	return set;
}

/* server warnings (notices are turned off) must not garble the progress line */
static void
notice_processor(void *arg, const char *message)
{
	(void) arg;
	if (cli_progress_active)
	{
		fputs("\r\033[K", stderr);
		cli_progress_active = false;
	}
	fprintf(stderr, "synthgen: server %s", message);
}

static void
exec_ok(PGconn *conn, const char *sql, const char *what)
{
	PGresult   *res = PQexec(conn, sql);
	ExecStatusType st = PQresultStatus(res);

	if (st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK)
		cli_die(CLI_EXIT_RUNTIME, "%s: %s", what, cli_pg_error(res, conn));
	PQclear(res);
	cli_check_interrupt();
}

static PGconn *
connect_one(const Options *o, const TempServer *ts)
{
	const char *keywords[8];
	const char *values[8];
	int			n = 0;
	PGconn	   *conn;

	if (ts != NULL)
	{
		keywords[n] = "host";
		values[n++] = ts->dir;
		keywords[n] = "port";
		values[n++] = "5432";
		keywords[n] = "dbname";
		values[n++] = "postgres";
		if (ts->user[0] != '\0')
		{
			keywords[n] = "user";
			values[n++] = ts->user;
		}
	}
	else if (o->dsn != NULL)
	{
		keywords[n] = "dbname";
		values[n++] = o->dsn;
	}
	keywords[n] = "fallback_application_name";
	values[n++] = "synthgen";
	keywords[n] = NULL;
	values[n] = NULL;

	conn = PQconnectdbParams(keywords, values, 1);
	if (conn == NULL)
		cli_die(CLI_EXIT_RUNTIME, "could not connect: out of memory");
	if (PQstatus(conn) != CONNECTION_OK)
	{
		char	   *msg = cli_strdup(cli_first_line(PQerrorMessage(conn)));

		PQfinish(conn);
		cli_die(CLI_EXIT_RUNTIME, "could not connect: %s", msg);
	}
	PQsetNoticeProcessor(conn, notice_processor, NULL);

	/*
	 * Nothing this session runs may resolve to an object someone planted
	 * on the search_path: with it empty, only pg_catalog is searched, and
	 * every other name the program uses is schema-qualified.
	 */
	exec_ok(conn, "SELECT pg_catalog.set_config('search_path', '', false)",
			"could not clear the search_path");
	return conn;
}

/*
 * The session every connection runs in: the same settings everywhere, so
 * that the slices of --jobs N are the bytes one connection would write,
 * and timestamps in UTC whatever the server's or the user's TimeZone.
 */
static void
setup_session(PGconn *conn)
{
	if (PQsetClientEncoding(conn, "UTF8") != 0)
		cli_die(CLI_EXIT_RUNTIME, "could not set the client encoding to UTF8: %s",
				cli_first_line(PQerrorMessage(conn)));
	exec_ok(conn,
			"SET client_min_messages = warning; "
			"SET synthgen.timing = off; "
			"SET TimeZone = 'UTC'; "
			"SET DateStyle = 'ISO, YMD'; "
			"SET IntervalStyle = postgres; "
			"SET extra_float_digits = 1; "
			"SET bytea_output = hex",
			"could not set up the session");
}

/*
 * The schema the extension's synth_* functions live in, quoted as an SQL
 * identifier; dies if the extension is absent.
 */
static char *
extension_schema(PGconn *conn)
{
	PGresult   *res = PQexec(conn,
							 "SELECT n.nspname FROM pg_catalog.pg_extension e "
							 "JOIN pg_catalog.pg_namespace n ON n.oid OPERATOR(pg_catalog.=) e.extnamespace "
							 "WHERE e.extname OPERATOR(pg_catalog.=) 'synthgen'::pg_catalog.name");
	const char *name;
	char	   *quoted;
	char	   *schema;

	if (PQresultStatus(res) != PGRES_TUPLES_OK)
		cli_die(CLI_EXIT_RUNTIME, "could not look for the extension: %s", cli_pg_error(res, conn));
	if (PQntuples(res) == 0)
		cli_die(CLI_EXIT_RUNTIME,
				"the extension synthgen is not installed in database \"%s\"; run CREATE EXTENSION synthgen CASCADE",
				PQdb(conn));
	name = PQgetvalue(res, 0, 0);
	quoted = PQescapeIdentifier(conn, name, strlen(name));
	if (quoted == NULL)
		cli_die(CLI_EXIT_RUNTIME, "could not quote the schema name: %s",
				cli_first_line(PQerrorMessage(conn)));
	schema = cli_strdup(quoted);
	PQfreemem(quoted);
	PQclear(res);
	return schema;
}

/*
 * "schema".synth_xxx(scenario, start => ..., seed => ..., part => p, ...)
 * with every argument cast to the type the function declares for it, so
 * that the call is an exact match for the extension's function and for
 * nothing else: an overload planted beside it with int4 or numeric
 * parameters, or a text start, is never a better candidate.  Numbers are
 * written as quoted literals, so that a negative seed needs no unary
 * minus operator.  lit_scenario and lit_start are PQescapeLiteral()'ed.
 */
static char *
call_sql(const Options *o, const char *schema, const char *lit_scenario,
		 const char *lit_start, int t, int part, int parts)
{
	int			takes = tables[t].takes;
	char		counts[200] = "";
	char		slice[100] = "";
	char	   *window;
	char	   *sql;

	if ((takes & TAKES_ORDERS_PER_DAY) && o->orders_per_day > 0)
		snprintf(counts, sizeof(counts),
				 ", orders_per_day => '%lld'::pg_catalog.int4", o->orders_per_day);
	if ((takes & TAKES_CUSTOMERS) && o->customers > 0)
		snprintf(counts + strlen(counts), sizeof(counts) - strlen(counts),
				 ", customers => '%lld'::pg_catalog.int8", o->customers);
	if (parts > 1)
		snprintf(slice, sizeof(slice),
				 ", part => '%d'::pg_catalog.int4, parts => '%d'::pg_catalog.int4",
				 part, parts);
	window = (takes & TAKES_WINDOW)
		? cli_psprintf(", start => %s::pg_catalog.timestamptz, hours => '%d'::pg_catalog.int4",
					   lit_start, o->hours)
		: cli_strdup("");
	sql = cli_psprintf("%s.synth_%s(%s::pg_catalog.text%s, seed => '%lld'::pg_catalog.int8%s%s)",
					   schema, tables[t].name, lit_scenario, window, o->seed, counts, slice);
	free(window);
	return sql;
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
	TempServer *ts = NULL;
	PGconn	  **conns;
	char	   *schema;
	char	   *lit_scenario;
	char	   *lit_start;
	TableResult results[NTABLES];
	double		t_server = 0;
	int			nslices;
	const char *ext;

	parse_options(&o, argc, argv);

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
	prepare_out_dir(o.out);

	conns = cli_malloc(sizeof(PGconn *) * o.jobs);
	memset(conns, 0, sizeof(PGconn *) * o.jobs);
	cli_register_conns(conns, o.jobs);

	if (o.dsn == NULL && !pg_environment_set())
	{
		double		t0 = cli_now();

		if (tty)
		{
			fprintf(stderr, "synthgen: starting a throwaway PostgreSQL server...");
			fflush(stderr);
			cli_progress_active = true;
		}
		tempserver_start(&server);
		ts = &server;
		conns[0] = connect_one(&o, ts);
		exec_ok(conns[0], "SET client_min_messages = warning; CREATE EXTENSION IF NOT EXISTS synthgen SCHEMA public CASCADE",
				"could not create the extension in the throwaway server");
		if (tty)
		{
			fputs("\r\033[K", stderr);
			cli_progress_active = false;
		}
		t_server = cli_now() - t0;
	}
	else
		conns[0] = connect_one(&o, NULL);
	cli_check_interrupt();

	setup_session(conns[0]);
	schema = extension_schema(conns[0]);

	lit_scenario = PQescapeLiteral(conns[0], o.scenario, strlen(o.scenario));
	lit_start = PQescapeLiteral(conns[0], o.start, strlen(o.start));
	if (lit_scenario == NULL || lit_start == NULL)
		cli_die(CLI_EXIT_RUNTIME, "could not quote the arguments: %s",
				cli_first_line(PQerrorMessage(conns[0])));

	/*
	 * Before any file: call every chosen function on a tiny slice, so an
	 * unknown scenario, a bad --start or a count out of range fails now
	 * with the server's message (which lists the known scenarios).
	 */
	{
		char	   *sql = cli_strdup("SELECT 1");

		for (int t = 0; t < NTABLES; t++)
		{
			char	   *call;
			char	   *next;

			if (!o.selected[t])
				continue;
			call = call_sql(&o, schema, lit_scenario, lit_start, t, 0, 65536);
			next = cli_psprintf("%s, (SELECT pg_catalog.count(*) FROM %s)", sql, call);
			free(call);
			free(sql);
			sql = next;
		}
		{
			PGresult   *res = PQexec(conns[0], sql);

			if (PQresultStatus(res) != PGRES_TUPLES_OK)
				cli_die(CLI_EXIT_RUNTIME, "%s", cli_pg_error(res, conns[0]));
			PQclear(res);
		}
		free(sql);
		cli_check_interrupt();
	}

	for (int j = 1; j < o.jobs; j++)
	{
		conns[j] = connect_one(&o, ts);
		setup_session(conns[j]);
	}

	/*
	 * A Parquet file is one stream with its own footer: its slices cannot be
	 * concatenated, so Parquet uses one connection per table.  COPY (FORMAT
	 * parquet) is synthgen's hook, present once the library is loaded in
	 * the session.
	 */
	nslices = o.parquet ? 1 : o.jobs;
	ext = o.parquet ? "parquet" : "csv";
	if (o.parquet)
		exec_ok(conns[0], "SELECT \"synthgen\".version()", "could not load synthgen for Parquet output");

	for (int t = 0; t < NTABLES; t++)
	{
		char	  **sql;
		char	   *name;

		if (!o.selected[t])
			continue;
		sql = cli_malloc(sizeof(char *) * nslices);
		for (int p = 0; p < nslices; p++)
		{
			char	   *call = call_sql(&o, schema, lit_scenario, lit_start, t, p, nslices);

			if (o.parquet)
				sql[p] = cli_psprintf("COPY (SELECT * FROM %s) TO STDOUT (FORMAT parquet, COMPRESSION zstd)",
									  call);
			else
				sql[p] = cli_psprintf("COPY (SELECT * FROM %s) TO STDOUT (FORMAT csv%s)",
									  call, p == 0 ? ", HEADER" : "");
			free(call);
		}
		name = cli_psprintf("%s_%s_%s.%s", o.scenario, stamp, tables[t].name, ext);
		export_table(conns, nslices, tables[t].name, sql, o.out, name, tty, &results[t]);
		for (int p = 0; p < nslices; p++)
			free(sql[p]);
		free(sql);
		free(name);
	}

	PQfreemem(lit_scenario);
	PQfreemem(lit_start);
	free(schema);

	/* close the connections and stop the throwaway server before the total */
	{
		double		t0 = cli_now();

		cli_cleanup();
		if (ts != NULL)
			t_server += cli_now() - t0;
	}

	/* the breakdown */
	{
		long long	total_rows = 0;
		long long	total_bytes = 0;
		double		total = cli_now() - t_start;
		char		size[32];

		for (int t = 0; t < NTABLES; t++)
		{
			TableResult *r = &results[t];

			if (!o.selected[t])
				continue;
			cli_format_size(r->bytes, size, sizeof(size));
			printf("%-18s %10lld rows %7.2f s %10.0f rows/s %10s\n",
				   tables[t].name, r->rows, r->seconds,
				   r->seconds > 0 ? r->rows / r->seconds : 0.0, size);
			total_rows += r->rows;
			total_bytes += r->bytes;
		}
		if (ts != NULL)
			printf("%-18s %15s %7.2f s\n", "throwaway server", "", t_server);
		cli_format_size(total_bytes, size, sizeof(size));
		printf("%-18s %10lld rows %7.2f s %17s %10s\n",
			   "total", total_rows, total, "", size);
		printf("files: %s/%s_%s_<table>.%s (timestamps in UTC)\n", o.out, o.scenario, stamp, ext);
	}
	if (fflush(stdout) != 0)
		return CLI_EXIT_RUNTIME;
	return CLI_EXIT_OK;
}
