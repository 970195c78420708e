/*-------------------------------------------------------------------------
 *
 * schema.c
 *	  The schema file written beside CSV files, <prefix>schema.sql: one
 *	  CREATE TABLE per table of the run, with the column types the server
 *	  declares for its row type (format_type of the attributes of the row
 *	  type synthgen.tables() names), so that a reader gets numeric(12,2)
 *	  for money and timestamp with time zone for instants instead of
 *	  guessing from the text -- and the right types for a table that has
 *	  no rows.  Plain SQL that PostgreSQL and DuckDB both run.  Written
 *	  like the data files: a temporary file, fsync'ed, renamed.
 *
 *-------------------------------------------------------------------------
 */
#define _POSIX_C_SOURCE 200809L

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"

#ifndef SG_VERSION
#define SG_VERSION "unknown"
#endif

static void
append(char **buf, const char *text)
{
	char	   *next = cli_psprintf("%s%s", *buf, text);

	free(*buf);
	*buf = next;
}

/* the CREATE TABLE of table t, from the server's catalog */
static char *
create_table(PGconn *conn, int t, const char *prefix)
{
	char	   *sql;
	PGresult   *res;
	char	   *out;
	int			n;

	sql = cli_psprintf("SELECT pg_catalog.quote_ident(a.attname::pg_catalog.text), "
					   "pg_catalog.format_type(a.atttypid, a.atttypmod) "
					   "FROM pg_catalog.pg_attribute a "
					   "WHERE a.attrelid OPERATOR(pg_catalog.=) "
					   "(SELECT ty.typrelid FROM pg_catalog.pg_type ty "
					   "WHERE ty.oid OPERATOR(pg_catalog.=) '%s'::pg_catalog.oid) "
					   "AND a.attnum OPERATOR(pg_catalog.>) '0'::pg_catalog.int2 "
					   "AND NOT a.attisdropped ORDER BY a.attnum",
					   cli_tables[t].rowtype_oid);
	res = session_query(conn, sql, "could not read the column types");
	free(sql);
	n = PQntuples(res);
	if (n == 0)
		cli_die(CLI_EXIT_RUNTIME, "the row type %s has no columns", cli_tables[t].rowtype);
	out = cli_psprintf("\n-- %s%s.csv (%s)\nCREATE TABLE %s (\n",
					   prefix, cli_tables[t].name, cli_tables[t].rowtype,
					   cli_tables[t].name);
	for (int i = 0; i < n; i++)
	{
		char	   *line = cli_psprintf("    %s %s%s\n", PQgetvalue(res, i, 0),
										PQgetvalue(res, i, 1), i + 1 < n ? "," : "");

		append(&out, line);
		free(line);
	}
	append(&out, ");\n");
	PQclear(res);
	return out;
}

/*
 * Write DIR/name; returns name (malloc'ed) once it is in place.
 */
char *
schema_write(PGconn *conn, const Options *o, const char *dir,
			 const char *name, const char *prefix)
{
	char	   *text;
	char	   *path;
	char	   *final = cli_psprintf("%s/%s", dir, name);
	int			fd;
	size_t		len;
	const char *p;
	int			example = -1;

	for (int t = 0; t < cli_ntables; t++)
		if (o->selected[t] && example < 0)
			example = t;
	text = cli_psprintf("-- synthgen %s: the column types of the CSV files %s<table>.csv,\n"
						"-- as the server declares them.  Create the tables, then load each file,\n"
						"-- in PostgreSQL:  \\copy %s FROM '%s%s.csv' (FORMAT csv, HEADER)\n"
						"-- in DuckDB:      COPY %s FROM '%s%s.csv' (HEADER);\n",
						SG_VERSION, prefix,
						cli_tables[example].name, prefix, cli_tables[example].name,
						cli_tables[example].name, prefix, cli_tables[example].name);
	for (int t = 0; t < cli_ntables; t++)
	{
		char	   *one;

		if (!o->selected[t])
			continue;
		one = create_table(conn, t, prefix);
		append(&text, one);
		free(one);
	}

	fd = cli_create_tmp(dir, name, &path);
	if (fd < 0)
		cli_die(CLI_EXIT_RUNTIME, "could not create a temporary file for \"%s\": %s",
				final, strerror(errno));
	len = strlen(text);
	p = text;
	while (len > 0)
	{
		ssize_t		w = write(fd, p, len);

		if (w < 0 && errno == EINTR)
			continue;
		if (w < 0)
			cli_die(CLI_EXIT_RUNTIME, "could not write \"%s\": %s", path, strerror(errno));
		p += w;
		len -= (size_t) w;
	}
	if (fsync(fd) != 0 || close(fd) != 0)
		cli_die(CLI_EXIT_RUNTIME, "could not write \"%s\": %s", path, strerror(errno));
	cli_check_interrupt();
	if (rename(path, final) != 0)
		cli_die(CLI_EXIT_RUNTIME, "could not rename \"%s\" to \"%s\": %s",
				path, final, strerror(errno));
	cli_forget_tmp(path);
	free(path);
	free(text);
	free(final);
	return cli_strdup(name);
}
