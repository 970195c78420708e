/*-------------------------------------------------------------------------
 *
 * cli.h
 *	  Declarations shared by the files of the synthgen command-line program:
 *	  exit codes, fatal errors and the cleanup they run, the throwaway
 *	  server and the CSV export of one table.
 *
 * The program is plain C99/POSIX plus libpq; it includes no PostgreSQL
 * server header.
 *
 *-------------------------------------------------------------------------
 */
#ifndef SYNTHGEN_CLI_H
#define SYNTHGEN_CLI_H

#include <signal.h>
#include <stdbool.h>
#include <stddef.h>
#include <sys/types.h>

#include "libpq-fe.h"

#define CLI_EXIT_OK			0
#define CLI_EXIT_RUNTIME	1
#define CLI_EXIT_USAGE		2

#define CLI_MAX_JOBS		64

#if defined(__GNUC__) || defined(__clang__)
#define cli_printf_like(f, a) __attribute__((format(printf, f, a)))
#define cli_noreturn __attribute__((noreturn))
#else
#define cli_printf_like(f, a)
#define cli_noreturn
#endif

/* common.c: errors, cleanup, signals, small helpers */
extern volatile sig_atomic_t cli_interrupted;
extern bool cli_progress_active;	/* a live progress line is on stderr */

extern void cli_install_signals(void);
extern void cli_die(int code, const char *fmt,...) cli_printf_like(2, 3) cli_noreturn;
extern void cli_check_interrupt(void);
extern void cli_cleanup(void);

extern int	cli_create_tmp(const char *dir, const char *name, char **path);
extern void cli_forget_tmp(const char *path);
extern void cli_register_conns(PGconn **conns, int n);

extern void *cli_malloc(size_t size);
extern char *cli_strdup(const char *s);
extern char *cli_psprintf(const char *fmt,...) cli_printf_like(1, 2);
extern double cli_now(void);
extern void cli_format_size(long long bytes, char *buf, size_t len);
extern const char *cli_pg_error(PGresult *res, PGconn *conn);
extern const char *cli_first_line(const char *msg);

/* tempserver.c: a throwaway local server for one run */
typedef struct TempServer
{
	char		dir[256];		/* mkdtemp directory; socket lives here */
	char		data[300];		/* dir/data */
	bool		as_postgres;	/* run initdb/pg_ctl as the postgres user */
	uid_t		uid;
	gid_t		gid;
	char		user[64];		/* user to connect as ("" = libpq default) */
	uid_t		dir_uid;		/* owner of dir */
	bool		initialized;	/* initdb ran */
	bool		started;		/* pg_ctl start was attempted */
	pid_t		watchdog;		/* cleans up if we die without doing so */
	int			watch_fd;		/* our end of its pipe; -1: none */
} TempServer;

extern void tempserver_start(TempServer *ts);
extern void tempserver_stop(TempServer *ts);
extern void cli_register_server(TempServer *ts);

/* export.c: one table, streamed through N connections into one file */
typedef struct TableResult
{
	long long	rows;
	long long	bytes;
	double		seconds;
} TableResult;

extern void export_table(PGconn **conns, int njobs, const char *table,
						 char **sql, const char *dir, const char *name,
						 bool tty, TableResult *result);

#endif							/* SYNTHGEN_CLI_H */
