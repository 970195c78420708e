/*-------------------------------------------------------------------------
 *
 * options.c
 *	  The command line of the synthgen program: --help, the long options
 *	  and the short flags a pgbench, psql or pg_dump user reaches for
 *	  (-j jobs, -h/-p/-U/-d connection, -t tables, -n schema, -F format),
 *	  the modes (files, --load, --list-scenarios, describe SCENARIO), and
 *	  the checks that need no server (the table names of --tables wait for
 *	  the server's registry: tables_select()).
 *
 *	  synthgen SCENARIO [OPTION]...            files, one per table
 *	  synthgen SCENARIO --load [OPTION]...     tables in the database
 *	  synthgen describe SCENARIO [-D N] [--start T] [-s N]
 *	  synthgen --list-scenarios
 *
 *-------------------------------------------------------------------------
 */
#define _POSIX_C_SOURCE 200809L

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

#ifndef SG_VERSION				/* from synthgen.control, by cli.mk */
#define SG_VERSION "unknown"
#endif

/* one option: its long name, its short letter (0: none), takes a value */
typedef struct OptionDef
{
	const char *name;
	char		letter;
	bool		value;
} OptionDef;

static const OptionDef option_defs[] = {
	{"--tables", 't', true},
	{"--customers", 0, true},
	{"--orders-per-day", 0, true},
	{"--products", 0, true},
	{"--suppliers", 0, true},
	{"--hours", 'H', true},
	{"--days", 'D', true},
	{"--start", 0, true},
	{"--seed", 's', true},
	{"--as-of", 0, true},
	{"--format", 'F', true},
	{"--out", 'o', true},
	{"--overwrite", 0, false},
	{"--jobs", 'j', true},
	{"--dsn", 0, true},
	{"--dbname", 'd', true},
	{"--host", 'h', true},
	{"--port", 'p', true},
	{"--username", 'U', true},
	{"--load", 0, false},
	{"--schema", 'n', true},
	{"--if-exists", 0, true},
	{"--list-scenarios", 'l', false},
	{"--help", '?', false},
	{"--version", 'V', false},
};
#define NOPTIONS ((int) (sizeof(option_defs) / sizeof(option_defs[0])))

static void
usage(void)
{
	printf("synthgen %s: realistic e-commerce data from the synthgen extension\n"
		   "\n"
		   "Usage:\n"
		   "  synthgen SCENARIO [OPTION]...          write one file per table\n"
		   "  synthgen SCENARIO --load [OPTION]...   create and fill the tables in the database\n"
		   "  synthgen describe SCENARIO [-D N | -H N] [--start TIMESTAMP] [-s N]\n"
		   "                                         parameters, the events of the window\n"
		   "                                         (synthgen.events()), orders per hour\n"
		   "  synthgen -l | --list-scenarios         the scenarios of the database\n"
		   "\n"
		   "Writes DIR/<SCENARIO>_<YYYYMMDD_HHMMSS>_<table>.csv (or .parquet) for each table and,\n"
		   "beside CSV files, DIR/<SCENARIO>_<YYYYMMDD_HHMMSS>_schema.sql (CREATE TABLE with the\n"
		   "server's column types), client-side (COPY ... TO STDOUT), each file whole or not at all.\n"
		   "\n"
		   "What to generate:\n"
		   "  -t, --tables a,b       tables (default: all those synthgen.tables() lists in\n"
		   "                         the database)\n"
		   "  -D, --days N           window length in days (default: 30)\n"
		   "  -H, --hours N          window length in hours (1..%d)\n"
		   "      --start TIMESTAMP  window start, read in UTC unless it has an offset\n"
		   "                         (default: UTC midnight today minus the window)\n"
		   "  -s, --seed N           seed (default: the scenario's, synthgen.scenarios.seed;\n"
		   "                         another seed is another world)\n"
		   "      --as-of TIMESTAMP  what is known at that instant, not before the window's\n"
		   "                         end (default: the window's end): later shipments,\n"
		   "                         deliveries, tickets and returns are not there yet\n"
		   "      --customers N      number of customers (default: the scenario's)\n"
		   "      --products N       number of products (default: the scenario's)\n"
		   "      --suppliers N      number of suppliers (default: the scenario's)\n"
		   "      --orders-per-day N orders per day (default: the scenario's)\n"
		   "\n"
		   "Files:\n"
		   "  -o, --out DIR          output directory, created if missing (default: .)\n"
		   "  -F, --format FORMAT    csv or parquet (default: csv)\n"
		   "      --overwrite        stable names DIR/<SCENARIO>_<table>.csv (and _schema.sql),\n"
		   "                         replacing those of an earlier run, instead of a new\n"
		   "                         timestamped set each run\n"
		   "  -j, --jobs N           connections working in parallel, 1..%d (default: 1): CSV\n"
		   "                         streams each table as N slices (the same bytes), Parquet\n"
		   "                         writes N tables at a time\n"
		   "\n"
		   "Into the database:\n"
		   "      --load             run synthgen.generate() in the connected database instead\n"
		   "                         of writing files (--jobs: its background workers)\n"
		   "  -n, --schema NAME      target schema of --load (default: public)\n"
		   "      --if-exists WHAT   --load onto existing tables: error, append or replace\n"
		   "                         (default: error)\n"
		   "\n"
		   "Connection (as psql and pgbench; without any, and with no PG* environment, a\n"
		   "throwaway local server is started for the run and removed afterwards):\n"
		   "  -d, --dbname DBNAME    database name or connection string\n"
		   "      --dsn CONNSTR      libpq connection string or URI (the same as -d)\n"
		   "  -h, --host HOST        server host or socket directory\n"
		   "  -p, --port PORT        server port\n"
		   "  -U, --username USER    user name\n"
		   "\n"
		   "  -?, --help             show this help and exit\n"
		   "  -V, --version          show the version and exit\n"
		   "\n"
		   "On a terminal a progress line shows the percentage and the time left, estimated\n"
		   "from the rows each table is expected to have; at the end one table gives each\n"
		   "table's rows, time and size, then the events of the window (synthgen.events());\n"
		   "a window without any event of its scenario gets a note on stderr saying when\n"
		   "the next one starts.  Timestamps in the files are in UTC.  SIGINT,\n"
		   "SIGTERM, SIGQUIT and SIGHUP stop the run: the complete files are kept and named,\n"
		   "the unfinished ones removed.  Exit status: 0 ok, 1 runtime error or interrupted,\n"
		   "2 usage error.  See synthgen(1).\n",
		   SG_VERSION, CLI_MAX_HOURS, CLI_MAX_JOBS);
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

/*
 * The names are checked against the server's registry once connected
 * (tables_select()); here only the list's syntax.
 */
static void
parse_tables(Options *o, const char *list)
{
	if (list[0] == '\0' || list[0] == ',' || list[strlen(list) - 1] == ',' ||
		strstr(list, ",,") != NULL)
		cli_die(CLI_EXIT_USAGE, "--tables: empty table name in \"%s\"", list);
	o->tables = list;
	o->tables_given = true;
}

static const OptionDef *
find_option(const char *name)
{
	for (int i = 0; i < NOPTIONS; i++)
	{
		const OptionDef *d = &option_defs[i];

		if (name[1] != '-' ? (name[1] == d->letter && d->letter != 0)
			: strcmp(name, d->name) == 0)
			return d;
	}
	return NULL;
}

static void
apply_option(Options *o, const char *name, const char *value)
{
#define OPTION(s) (strcmp(name, (s)) == 0)
	if (OPTION("--tables"))
		parse_tables(o, value);
	else if (OPTION("--customers"))
		o->customers = parse_int(name, value, 1, LLONG_MAX);
	else if (OPTION("--orders-per-day"))
		o->orders_per_day = parse_int(name, value, 1, INT_MAX);
	else if (OPTION("--products"))
		o->products = parse_int(name, value, 1, INT_MAX);
	else if (OPTION("--suppliers"))
		o->suppliers = parse_int(name, value, 1, INT_MAX);
	else if (OPTION("--hours"))
	{
		o->hours = (int) parse_int(name, value, 1, CLI_MAX_HOURS);
		o->hours_given = true;
	}
	else if (OPTION("--days"))
	{
		o->hours = (int) parse_int(name, value, 1, CLI_MAX_HOURS / 24) * 24;
		o->days_given = true;
	}
	else if (OPTION("--start"))
	{
		if (value[0] == '\0')
			cli_die(CLI_EXIT_USAGE, "--start: empty timestamp");
		o->start = value;
	}
	else if (OPTION("--seed"))
	{
		o->seed = parse_int(name, value, LLONG_MIN, LLONG_MAX);
		o->seed_given = true;
	}
	else if (OPTION("--as-of"))
	{
		if (value[0] == '\0')
			cli_die(CLI_EXIT_USAGE, "--as-of: empty timestamp");
		o->as_of = value;
	}
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
		o->out_given = true;
	}
	else if (OPTION("--overwrite"))
		o->overwrite = true;
	else if (OPTION("--jobs"))
	{
		o->jobs = (int) parse_int(name, value, 1, CLI_MAX_JOBS);
		o->jobs_given = true;
	}
	else if (OPTION("--dsn") || OPTION("--dbname"))
		o->dsn = value;
	else if (OPTION("--host"))
		o->host = value;
	else if (OPTION("--port"))
		o->port = value;
	else if (OPTION("--username"))
		o->user = value;
	else if (OPTION("--load"))
		o->mode = MODE_LOAD;
	else if (OPTION("--schema"))
	{
		if (value[0] == '\0')
			cli_die(CLI_EXIT_USAGE, "--schema: empty schema name");
		o->target_schema = value;
	}
	else if (OPTION("--if-exists"))
	{
		if (strcmp(value, "error") != 0 && strcmp(value, "append") != 0 &&
			strcmp(value, "replace") != 0)
			cli_die(CLI_EXIT_USAGE, "--if-exists must be error, append or replace (got \"%s\")", value);
		o->if_exists = value;
	}
	else if (OPTION("--list-scenarios"))
		o->mode = MODE_LIST;
	else if (OPTION("--help"))
	{
		usage();
		exit(CLI_EXIT_OK);
	}
	else if (OPTION("--version"))
	{
		printf("synthgen %s\n", SG_VERSION);
		exit(CLI_EXIT_OK);
	}
#undef OPTION
}

/* options that make no sense in the chosen mode are errors, not ignored */
static void
check_mode(const Options *o, bool describe)
{
	if (o->mode == MODE_LIST)
	{
		if (o->scenario != NULL)
			cli_die(CLI_EXIT_USAGE, "--list-scenarios takes no SCENARIO (got \"%s\")", o->scenario);
		return;
	}
	if (describe)
	{
		if (o->mode == MODE_LOAD)
			cli_die(CLI_EXIT_USAGE, "describe and --load cannot be used together");
		if (o->tables_given || o->out_given || o->overwrite || o->parquet ||
			o->jobs_given || o->target_schema || o->if_exists || o->as_of)
			cli_die(CLI_EXIT_USAGE, "describe takes only the window, the counts, the seed and the connection (see synthgen --help)");
	}
	else if (o->mode == MODE_LOAD)
	{
		if (o->out_given || o->overwrite || o->parquet)
			cli_die(CLI_EXIT_USAGE, "--load writes no files: --out, --overwrite and --format do not apply");
	}
	else if (o->target_schema || o->if_exists)
		cli_die(CLI_EXIT_USAGE, "--schema and --if-exists need --load");
}

void
cli_parse_options(Options *o, int argc, char **argv)
{
	bool		options_done = false;
	const char *positional[2] = {NULL, NULL};
	int			npositional = 0;
	bool		describe = false;

	memset(o, 0, sizeof(*o));
	o->mode = MODE_EXPORT;
	o->hours = 30 * 24;
	o->out = ".";
	o->jobs = 1;

	for (int i = 1; i < argc; i++)
	{
		const char *arg = argv[i];
		const char *value = NULL;
		char		name[64];
		const OptionDef *def;

		if (options_done || arg[0] != '-' || strcmp(arg, "-") == 0)
		{
			if (npositional == 2 ||
				(npositional == 1 && strcmp(positional[0], "describe") != 0))
				cli_die(CLI_EXIT_USAGE, "too many arguments: \"%s\" (one SCENARIO is expected; see synthgen --help)", arg);
			positional[npositional++] = arg;
			continue;
		}
		if (strcmp(arg, "--") == 0)
		{
			options_done = true;
			continue;
		}

		if (arg[1] == '-')
		{
			/* --name=value or --name value */
			const char *eq = strchr(arg, '=');

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
			def = find_option(name);
		}
		else
		{
			/* -x value or -xvalue, as getopt does */
			snprintf(name, sizeof(name), "-%c", arg[1]);
			def = find_option(name);
			if (def != NULL && arg[2] != '\0')
			{
				if (!def->value)
					cli_die(CLI_EXIT_USAGE, "unknown option \"%s\" (see synthgen --help)", arg);
				value = arg + 2;
			}
		}
		if (def == NULL)
			cli_die(CLI_EXIT_USAGE, "unknown option \"%s\" (see synthgen --help)", name);
		if (!def->value && value != NULL)
			cli_die(CLI_EXIT_USAGE, "option %s takes no value", def->name);
		if (def->value && value == NULL)
		{
			if (i + 1 >= argc)
				cli_die(CLI_EXIT_USAGE, "option %s needs a value", name[1] == '-' ? name : def->name);
			value = argv[++i];
		}
		apply_option(o, def->name, value);
	}

	if (npositional == 2)
	{
		describe = true;
		o->mode = o->mode == MODE_LOAD ? MODE_LOAD : MODE_DESCRIBE;
		o->scenario = positional[1];
	}
	else if (npositional == 1)
	{
		if (strcmp(positional[0], "describe") == 0 && !options_done)
			cli_die(CLI_EXIT_USAGE, "describe: no SCENARIO given (e.g. synthgen describe flash_sale)");
		o->scenario = positional[0];
	}

	if (o->hours_given && o->days_given)
		cli_die(CLI_EXIT_USAGE, "--hours and --days cannot be used together");
	check_mode(o, describe);
	if (o->mode == MODE_LIST)
		return;
	if (o->scenario == NULL)
		cli_die(CLI_EXIT_USAGE, "no SCENARIO given (e.g. synthgen baseline; see synthgen --help)");
	if (o->scenario[0] == '\0' || strchr(o->scenario, '/') != NULL ||
		strcmp(o->scenario, ".") == 0 || strcmp(o->scenario, "..") == 0)
		cli_die(CLI_EXIT_USAGE, "invalid scenario name \"%s\" (it becomes part of the file names)",
				o->scenario);
}
