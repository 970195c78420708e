/*-------------------------------------------------------------------------
 *
 * session.c
 *	  The sessions of the synthgen program: which server (-d/--dsn, -h, -p,
 *	  -U, the PG* environment, or the throwaway server), the settings every
 *	  connection runs with (an empty search_path, UTC, ISO dates, UTF8),
 *	  the schema the extension's functions live in, and the small query
 *	  helpers every other file uses.
 *
 * Every query of the program is written against an empty search_path:
 * only pg_catalog is searched, so every other name is schema-qualified and
 * every operator outside pg_catalog's reach is spelled OPERATOR(...).
 *
 *-------------------------------------------------------------------------
 */
#define _POSIX_C_SOURCE 200809L

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

/* Is any environment variable libpq reads for connection defaults set? */
bool
session_pg_environment_set(void)
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
	cli_clear_progress();
	fprintf(stderr, "synthgen: server %s", message);
}

void
session_exec(PGconn *conn, const char *sql, const char *what)
{
	PGresult   *res = PQexec(conn, sql);
	ExecStatusType st = PQresultStatus(res);

	if (st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK)
		cli_die(CLI_EXIT_RUNTIME, "%s: %s", what, cli_pg_error(res, conn));
	PQclear(res);
	cli_check_interrupt();
}

/* a query that must return rows; the caller PQclear()s the result */
PGresult *
session_query(PGconn *conn, const char *sql, const char *what)
{
	PGresult   *res = PQexec(conn, sql);

	if (PQresultStatus(res) != PGRES_TUPLES_OK)
	{
		if (what != NULL)
			cli_die(CLI_EXIT_RUNTIME, "%s: %s", what, cli_pg_error(res, conn));
		cli_die(CLI_EXIT_RUNTIME, "%s", cli_pg_error(res, conn));
	}
	cli_check_interrupt();
	return res;
}

/* s as an SQL literal, malloc'ed */
char *
session_literal(PGconn *conn, const char *s)
{
	char	   *lit = PQescapeLiteral(conn, s, strlen(s));
	char	   *copy;

	if (lit == NULL)
		cli_die(CLI_EXIT_RUNTIME, "could not quote an argument: %s",
				cli_first_line(PQerrorMessage(conn)));
	copy = cli_strdup(lit);
	PQfreemem(lit);
	return copy;
}

PGconn *
session_connect(const Options *o, const TempServer *ts)
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
	else
	{
		/* as psql: a connection string in dbname wins over -h/-p/-U */
		if (o->host != NULL)
		{
			keywords[n] = "host";
			values[n++] = o->host;
		}
		if (o->port != NULL)
		{
			keywords[n] = "port";
			values[n++] = o->port;
		}
		if (o->user != NULL)
		{
			keywords[n] = "user";
			values[n++] = o->user;
		}
		if (o->dsn != NULL)
		{
			keywords[n] = "dbname";
			values[n++] = o->dsn;
		}
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
	session_exec(conn, "SELECT pg_catalog.set_config('search_path', '', false)",
				 "could not clear the search_path");
	return conn;
}

/*
 * The session every connection runs in: the same settings everywhere, so
 * that the slices of --jobs N are the bytes one connection would write,
 * and timestamps in UTC whatever the server's or the user's TimeZone.
 */
void
session_setup(PGconn *conn)
{
	if (PQsetClientEncoding(conn, "UTF8") != 0)
		cli_die(CLI_EXIT_RUNTIME, "could not set the client encoding to UTF8: %s",
				cli_first_line(PQerrorMessage(conn)));
	session_exec(conn,
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
char *
session_extension_schema(PGconn *conn)
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
