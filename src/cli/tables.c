/*-------------------------------------------------------------------------
 *
 * tables.c
 *	  The tables as the synthgen program learns them from the server at
 *	  connect: the extension's registry, synthgen.tables() (name, function,
 *	  row type, whether a time window is needed, in load order), and the
 *	  parameters each function declares (pg_proc.proargnames and
 *	  proargtypes); the choice of --tables among them; the SQL call of one
 *	  table's function with the options of the run; and the estimate of
 *	  each table's rows that the progress line divides by.
 *
 * The program keeps no list of its own: a table added to the registry is
 * written, described and loaded without a change here, and an argument
 * (--customers, --products, ...) is passed to exactly the functions that
 * declare a parameter of that name.
 *
 * The calls are schema-qualified and every argument is cast to the type
 * the function declares for it (read from pg_proc), so that the call is
 * an exact match for the extension's function and for nothing else: an
 * overload planted beside it with int4 or numeric parameters, or a text
 * start, is never a better candidate.  Numbers are written as quoted
 * literals, so that a negative seed needs no unary minus operator.
 *
 *-------------------------------------------------------------------------
 */
#define _POSIX_C_SOURCE 200809L

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

TableDef   *cli_tables = NULL;
int			cli_ntables = 0;

/* the slices the estimate looks at one of */
#define SAMPLE_PARTS 1024

/*
 * The registry, in load order.  row_type is read as an oid (for the
 * catalog lookups of schema.c) and as text: with the empty search_path
 * regtype prints it schema-qualified.
 */
static const char registry_sql[] =
"SELECT r.table_name, r.function_name, r.row_type::pg_catalog.oid, "
"r.row_type::pg_catalog.text, r.needs_window, r.load_order "
"FROM \"synthgen\".tables() r ORDER BY r.load_order";

/*
 * The parameters of every function of the extension in its schema:
 * members of the extension only (pg_depend 'e'), so that nothing planted
 * in that schema is read; functions with OUT parameters are left out
 * (their proargnames would not line up with proargtypes).
 */
static const char params_sql[] =
"SELECT p.proname::pg_catalog.text, p.oid, a.name, "
"pg_catalog.format_type(a.type, NULL::pg_catalog.int4) "
"FROM pg_catalog.pg_extension e "
"JOIN pg_catalog.pg_depend d ON d.refclassid OPERATOR(pg_catalog.=) 'pg_catalog.pg_extension'::pg_catalog.regclass "
"AND d.refobjid OPERATOR(pg_catalog.=) e.oid "
"AND d.classid OPERATOR(pg_catalog.=) 'pg_catalog.pg_proc'::pg_catalog.regclass "
"AND d.deptype OPERATOR(pg_catalog.=) 'e'::pg_catalog.\"char\" "
"JOIN pg_catalog.pg_proc p ON p.oid OPERATOR(pg_catalog.=) d.objid "
"AND p.pronamespace OPERATOR(pg_catalog.=) e.extnamespace "
"CROSS JOIN LATERAL ROWS FROM (pg_catalog.unnest(p.proargnames), "
"pg_catalog.unnest(p.proargtypes::pg_catalog.oid[])) WITH ORDINALITY a(name, type, i) "
"WHERE e.extname OPERATOR(pg_catalog.=) 'synthgen'::pg_catalog.name "
"AND p.proallargtypes IS NULL "
"ORDER BY p.oid, a.i";

/* a table name becomes part of file names: plain lower-case SQL words only */
static bool
plain_name(const char *s)
{
	if (s[0] == '\0' || strlen(s) > 63)
		return false;
	for (const char *p = s; *p; p++)
		if (!((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') || *p == '_'))
			return false;
	return true;
}

/* the parameters of function fname, from the result of params_sql */
static void
read_params(PGconn *conn, PGresult *res, TableDef *t, const char *fname)
{
	const char *oid = NULL;

	t->nargs = 0;
	t->args = cli_malloc(sizeof(TableArg) * (PQntuples(res) + 1));
	for (int i = 0; i < PQntuples(res); i++)
	{
		TableArg   *a;

		if (strcmp(PQgetvalue(res, i, 0), fname) != 0 || PQgetisnull(res, i, 2))
			continue;
		if (oid == NULL)
			oid = PQgetvalue(res, i, 1);
		else if (strcmp(oid, PQgetvalue(res, i, 1)) != 0)
			cli_die(CLI_EXIT_RUNTIME,
					"the extension has more than one function %s (for table %s); reinstall the extension",
					fname, t->name);
		a = &t->args[t->nargs++];
		a->name = cli_strdup(PQgetvalue(res, i, 2));
		a->type = cli_strdup(PQgetvalue(res, i, 3));
	}
	if (oid == NULL)
		cli_die(CLI_EXIT_RUNTIME,
				"synthgen.tables() names the function %s for table %s, which the extension's schema does not hold",
				fname, t->name);
	{
		char	   *quoted = PQescapeIdentifier(conn, fname, strlen(fname));

		if (quoted == NULL)
			cli_die(CLI_EXIT_RUNTIME, "could not quote a function name: %s",
					cli_first_line(PQerrorMessage(conn)));
		t->function = cli_strdup(quoted);
		PQfreemem(quoted);
	}
}

/*
 * Read the registry and the parameters of its functions; dies if the
 * extension has no registry (one older than this program).
 */
void
tables_load(PGconn *conn)
{
	PGresult   *reg = PQexec(conn, registry_sql);
	PGresult   *params;

	if (PQresultStatus(reg) != PGRES_TUPLES_OK)
		cli_die(CLI_EXIT_RUNTIME,
				"could not read the tables from synthgen.tables() (ALTER EXTENSION synthgen UPDATE installs it): %s",
				cli_pg_error(reg, conn));
	cli_check_interrupt();
	if (PQntuples(reg) == 0)
		cli_die(CLI_EXIT_RUNTIME, "synthgen.tables() lists no tables");
	params = session_query(conn, params_sql, "could not read the parameters of the extension's functions");

	cli_ntables = PQntuples(reg);
	cli_tables = cli_malloc(sizeof(TableDef) * cli_ntables);
	memset(cli_tables, 0, sizeof(TableDef) * cli_ntables);
	for (int i = 0; i < cli_ntables; i++)
	{
		TableDef   *t = &cli_tables[i];

		for (int c = 0; c < 5; c++)
			if (PQgetisnull(reg, i, c))
				cli_die(CLI_EXIT_RUNTIME, "synthgen.tables() has a null in row %d", i + 1);
		t->name = cli_strdup(PQgetvalue(reg, i, 0));
		if (!plain_name(t->name))
			cli_die(CLI_EXIT_RUNTIME, "synthgen.tables() lists a table named \"%s\", not a plain lower-case name",
					t->name);
		t->rowtype_oid = cli_strdup(PQgetvalue(reg, i, 2));
		t->rowtype = cli_strdup(PQgetvalue(reg, i, 3));
		t->needs_window = strcmp(PQgetvalue(reg, i, 4), "t") == 0;
		read_params(conn, params, t, PQgetvalue(reg, i, 1));
		if (tables_index(t->name) != i)
			cli_die(CLI_EXIT_RUNTIME, "synthgen.tables() lists the table %s twice", t->name);
	}
	PQclear(params);
	PQclear(reg);
}

int
tables_index(const char *name)
{
	for (int t = 0; t < cli_ntables; t++)
		if (cli_tables[t].name != NULL && strcmp(cli_tables[t].name, name) == 0)
			return t;
	return -1;
}

/* "a, b, c": the registry's names, for messages */
static char *
known_tables(void)
{
	char	   *list = cli_strdup("");

	for (int t = 0; t < cli_ntables; t++)
	{
		char	   *next = cli_psprintf("%s%s%s", list, t ? ", " : "", cli_tables[t].name);

		free(list);
		list = next;
	}
	return list;
}

/*
 * o->selected[] from --tables (options.c checked its syntax), or every
 * table of the registry.
 */
void
tables_select(Options *o)
{
	char	   *copy;
	char	   *save = NULL;

	o->selected = cli_malloc(sizeof(bool) * cli_ntables);
	for (int t = 0; t < cli_ntables; t++)
		o->selected[t] = !o->tables_given;
	if (!o->tables_given)
		return;
	copy = cli_strdup(o->tables);
	for (char *tok = strtok_r(copy, ",", &save); tok; tok = strtok_r(NULL, ",", &save))
	{
		int			t = tables_index(tok);

		if (t < 0)
			cli_die(CLI_EXIT_USAGE, "unknown table \"%s\"; known tables: %s", tok, known_tables());
		o->selected[t] = true;
	}
	free(copy);
}

/* does any table chosen take a time window (else no event concerns the run) */
bool
tables_any_windowed(const Options *o)
{
	for (int t = 0; t < cli_ntables; t++)
		if (o->selected[t] && cli_tables[t].needs_window)
			return true;
	return false;
}

/* the type table t's function declares for its parameter name; NULL: none */
static const char *
param_type(const TableDef *t, const char *name)
{
	for (int i = 0; i < t->nargs; i++)
		if (strcmp(t->args[i].name, name) == 0)
			return t->args[i].type;
	return NULL;
}

/*
 * Append ", name => value::type" to *buf if the function takes name;
 * a required one it does not take is an error.
 */
static void
add_arg(char **buf, const TableDef *t, const char *name, const char *value,
		bool required)
{
	const char *type = param_type(t, name);
	char	   *next;

	if (type == NULL)
	{
		if (required)
			cli_die(CLI_EXIT_RUNTIME, "the function %s (table %s) has no parameter %s",
					t->function, t->name, name);
		return;
	}
	next = cli_psprintf("%s, %s => %s::%s", *buf, name, value, type);
	free(*buf);
	*buf = next;
}

/* a count option, passed to the functions that take it */
static void
add_count(char **buf, const TableDef *t, const char *name, long long v)
{
	char		lit[32];

	if (v <= 0)
		return;
	snprintf(lit, sizeof(lit), "'%lld'", v);
	add_arg(buf, t, name, lit, false);
}

/*
 * "schema".synth_xxx(scenario, start => ..., seed => ..., part => p, ...)
 * for table t, slice part of parts (parts 1: the whole table).  Without
 * --seed or --as-of they are passed as NULL (the scenario row's seed, the
 * window's end); counts not given are left to the function's default
 * (NULL: the scenario's).
 */
char *
tables_call_sql(const Session *s, int t, int part, int parts)
{
	const Options *o = s->o;
	const TableDef *def = &cli_tables[t];
	char	   *args = cli_strdup("");
	char		lit[32];
	char	   *sql;

	if (def->needs_window)
	{
		add_arg(&args, def, "start", s->lit_start, true);
		snprintf(lit, sizeof(lit), "'%d'", o->hours);
		add_arg(&args, def, "hours", lit, true);
	}
	/*
	 * No --seed: seed => NULL, the scenario row's seed.  Passed rather than
	 * left out, like as_of below, so that the call names every parameter
	 * a look-alike could share with the real function: an overload planted
	 * beside it with the same leading parameters and a default where the
	 * real one has its seed or as_of would otherwise make the call
	 * ambiguous.
	 */
	if (o->seed_given)
		snprintf(lit, sizeof(lit), "'%lld'", o->seed);
	else
		snprintf(lit, sizeof(lit), "NULL");
	add_arg(&args, def, "seed", lit, true);
	add_count(&args, def, "orders_per_day", o->orders_per_day);
	add_count(&args, def, "customers", o->customers);
	add_count(&args, def, "products", o->products);
	add_count(&args, def, "suppliers", o->suppliers);
	/* the event tables take as_of (NULL: the window's end); the master tables do not */
	add_arg(&args, def, "as_of", o->as_of != NULL ? s->lit_as_of : "NULL", false);
	if (parts > 1)
	{
		snprintf(lit, sizeof(lit), "'%d'", part);
		add_arg(&args, def, "part", lit, true);
		snprintf(lit, sizeof(lit), "'%d'", parts);
		add_arg(&args, def, "parts", lit, true);
	}
	sql = cli_psprintf("%s.%s(%s::pg_catalog.text%s)", s->schema, def->function,
					   s->lit_scenario, args);
	free(args);
	return sql;
}

/*
 * Before any file: count one slice in SAMPLE_PARTS of every chosen table.
 * That is the check that fails early, with the server's message (an
 * unknown scenario lists the known ones, a bad --start or count names
 * its range), and, costing a thousandth of the run, the estimate: slices
 * are contiguous ranges of the table's entities (customers, orders,
 * carts, minutes), so slice 0 holds floor(total / SAMPLE_PARTS) of them
 * and the rows made from them; the table is taken to have SAMPLE_PARTS
 * times that plus half a slice.  Orders of an event window are not
 * spread evenly over it, and a dependent table's rows per order vary, so
 * this is an estimate (the progress line never shows 100 % before the
 * end).
 */
void
tables_estimate(PGconn *conn, const Session *s, long long *expected)
{
	char	   *sql = cli_strdup("SELECT 1");
	PGresult   *res;
	int			col = 1;

	for (int t = 0; t < cli_ntables; t++)
	{
		char	   *call;
		char	   *next;

		expected[t] = 0;
		if (!s->o->selected[t])
			continue;
		call = tables_call_sql(s, t, 0, SAMPLE_PARTS);
		next = cli_psprintf("%s, (SELECT pg_catalog.count(*) FROM %s)", sql, call);
		free(call);
		free(sql);
		sql = next;
	}
	res = session_query(conn, sql, NULL);
	free(sql);
	for (int t = 0; t < cli_ntables; t++)
	{
		if (!s->o->selected[t])
			continue;
		expected[t] = atoll(PQgetvalue(res, 0, col++)) * SAMPLE_PARTS + SAMPLE_PARTS / 2;
	}
	PQclear(res);
}
