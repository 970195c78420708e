/*-------------------------------------------------------------------------
 *
 * cli.h
 *	  Declarations shared by the files of the synthgen command-line program:
 *	  exit codes, the options, fatal errors and the cleanup they run, the
 *	  tables read from the server and the SQL calls made from them, the
 *	  sessions, the throwaway server, the output directory, the file
 *	  export, the schema file, the progress line, --load, --list-scenarios,
 *	  the events of a window and describe.
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
#include <stdio.h>
#include <sys/types.h>

#include "libpq-fe.h"

#define CLI_EXIT_OK			0
#define CLI_EXIT_RUNTIME	1
#define CLI_EXIT_USAGE		2

#define CLI_MAX_JOBS		64
#define CLI_MAX_HOURS		87840	/* ten years, as the SQL functions allow */

#if defined(__GNUC__) || defined(__clang__)
#define cli_printf_like(f, a) __attribute__((format(printf, f, a)))
#define cli_noreturn __attribute__((noreturn))
#else
#define cli_printf_like(f, a)
#define cli_noreturn
#endif

/* tables.c: the tables of the server's registry, synthgen.tables() */
typedef struct TableArg
{
	char	   *name;			/* a parameter of the table's function */
	char	   *type;			/* its declared type, as format_type() prints it */
} TableArg;

typedef struct TableDef
{
	char	   *name;			/* the table (file name, generate()'s table) */
	char	   *function;		/* in the extension's schema, quoted */
	char	   *rowtype;		/* regtype text, schema-qualified */
	char	   *rowtype_oid;
	bool		needs_window;	/* takes start and hours */
	int			nargs;
	TableArg   *args;
} TableDef;

/* in load order; read at connect by tables_load() */
extern TableDef *cli_tables;
extern int	cli_ntables;

/* options.c: the command line */
typedef enum CliMode
{
	MODE_EXPORT,				/* files (the default) */
	MODE_LOAD,					/* --load: synthgen.generate() */
	MODE_LIST,					/* --list-scenarios */
	MODE_DESCRIBE				/* describe SCENARIO */
} CliMode;

typedef struct Options
{
	CliMode		mode;
	const char *scenario;
	const char *tables;			/* --tables as given */
	bool		tables_given;
	bool	   *selected;		/* [cli_ntables], by tables_select() */
	long long	customers;		/* 0: the scenario's */
	long long	orders_per_day; /* 0: the scenario's */
	long long	products;		/* 0: the scenario's */
	long long	suppliers;		/* 0: the scenario's */
	int			hours;
	bool		hours_given;
	bool		days_given;
	const char *start;			/* NULL: UTC midnight today - hours */
	long long	seed;
	bool		seed_given;		/* else: the scenario row's seed */
	const char *as_of;			/* --as-of; NULL: the window's end */
	const char *out;
	bool		out_given;
	bool		overwrite;		/* stable file names, replaced */
	int			jobs;
	bool		jobs_given;
	const char *dsn;			/* --dsn or -d */
	const char *host;
	const char *port;
	const char *user;
	bool		parquet;		/* --format parquet */
	const char *target_schema;	/* --load: --schema */
	const char *if_exists;		/* --load: --if-exists */
} Options;

extern void cli_parse_options(Options *o, int argc, char **argv);

/* common.c: errors, cleanup, signals, small helpers */
extern volatile sig_atomic_t cli_interrupted;
extern bool cli_progress_active;	/* a live progress line is on stderr */

extern void cli_install_signals(void);
extern void cli_die(int code, const char *fmt,...) cli_printf_like(2, 3) cli_noreturn;
extern void cli_set_die_note(char *(*note) (void));
extern void cli_check_interrupt(void);
extern const char *cli_signal_name(int signo);
extern void cli_cleanup(void);
extern void cli_clear_progress(void);

extern int	cli_create_tmp(const char *dir, const char *name, char **path);
extern void cli_forget_tmp(const char *path);
extern void cli_register_conns(PGconn **conns, int n);

extern void *cli_malloc(size_t size);
extern char *cli_strdup(const char *s);
extern char *cli_psprintf(const char *fmt,...) cli_printf_like(1, 2);
extern double cli_now(void);
extern void cli_format_size(long long bytes, char *buf, size_t len);
extern void cli_format_count(long long n, char *buf, size_t len);
extern const char *cli_pg_error(PGresult *res, PGconn *conn);
extern const char *cli_first_line(const char *msg);
extern int	cli_terminal_width(int fd);

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

/* session.c: connections, their settings, the extension's schema */
typedef struct Session
{
	const Options *o;
	TempServer *ts;				/* NULL: --dsn / the PG* environment */
	char	   *schema;			/* the synth_* functions' schema, quoted */
	char	   *lit_scenario;	/* PQescapeLiteral'ed */
	char	   *lit_start;
	char	   *lit_as_of;		/* NULL: no --as-of */
} Session;

extern bool session_pg_environment_set(void);
extern PGconn *session_connect(const Options *o, const TempServer *ts);
extern void session_setup(PGconn *conn);
extern char *session_extension_schema(PGconn *conn);
extern void session_exec(PGconn *conn, const char *sql, const char *what);
extern PGresult *session_query(PGconn *conn, const char *sql, const char *what);
extern char *session_literal(PGconn *conn, const char *s);

/* tables.c */
extern void tables_load(PGconn *conn);
extern int	tables_index(const char *name);
extern void tables_select(Options *o);
extern bool tables_any_windowed(const Options *o);
extern char *tables_call_sql(const Session *s, int t, int part, int parts);
extern void tables_estimate(PGconn *conn, const Session *s, long long *expected);

/* outdir.c: the output directory, file names, undo on failure */
extern void outdir_prepare(const char *dir);
extern char *outdir_prefix(const Options *o, const char *stamp);
extern void outdir_warn_earlier(const Options *o, const char *prefix,
								const char *ext);
extern void outdir_rollback(void);
extern bool outdir_removed(void);

/* progress.c: the live progress line on a terminal */
extern void progress_begin(bool tty, long long expected_total,
						   const char *what_unit);
extern void progress_show(long long rows_done, const char *what,
						  int files_done, int nfiles, bool force);
extern void progress_end(void);

/* export.c: files streamed through a pool of connections */
typedef enum FileState
{
	FILE_PENDING,
	FILE_RUNNING,
	FILE_DONE
} FileState;

typedef struct ExportSlice ExportSlice;

typedef struct ExportFile
{
	const char *table;			/* for messages */
	char	   *name;			/* final name inside the directory */
	int			nslices;		/* slice 0 carries the CSV header */
	char	  **sql;			/* one COPY ... TO STDOUT per slice */
	bool		csv;			/* count CopyData rows (else: COPY n) */
	long long	expected;		/* estimated rows, for the progress */
	/* filled in by export_files() */
	FileState	state;
	int			started;
	int			finished;
	ExportSlice *slices;
	long long	rows;
	long long	bytes;
	double		t0;
	double		seconds;
} ExportFile;

extern void export_files(PGconn **conns, int nconns, const char *dir,
						 ExportFile *files, int nfiles);
extern char *export_note(const char *also_kept, bool *any_kept);

/* schema.c: schema.sql beside the CSV files */
extern char *schema_write(PGconn *conn, const Options *o, const char *dir,
						  const char *name, const char *prefix);

/* load.c: --load through synthgen.generate() */
extern void load_run(PGconn *conn, PGconn *watch, const Session *s,
					 double t_start);

/* scenarios.c: --list-scenarios */
extern void scenarios_list(PGconn *conn);

/* events.c: the events of the window, from synthgen.events() */
typedef struct CliEvent
{
	char	   *kind;
	char	   *name;
	char	   *starts;			/* "YYYY-MM-DD HH:MI", UTC */
	char	   *ends;
	double		starts_epoch;
	double		ends_epoch;
	char	   *category;		/* "" where synthgen.events() has NULL */
	char	   *supplier_id;
	char	   *multiplier;
	char	   *campaign_id;
} CliEvent;

typedef struct CliWindow
{
	double		start_epoch;
	double		end_epoch;
	char		from[32];		/* "YYYY-MM-DD HH:MI", UTC */
	char		until[32];
	bool		have_events;	/* the extension has synthgen.events() */
	int			nevents;		/* the window's, by start */
	CliEvent   *events;
	int			ahead_hours;	/* none in it: how far after it we looked */
	int			nnext;			/* the first of each kind after it, by start */
	CliEvent   *next;
} CliWindow;

/* the events a run lists after its breakdown; describe lists them all */
#define CLI_EVENTS_SHOWN	10

extern const char events_process_columns[];
extern void events_window(PGconn *conn, const Session *s, CliWindow *w);
extern void events_note(const Session *s, const CliWindow *w);
extern void events_print_line(FILE *f, const CliEvent *e, const CliWindow *w);
extern void events_print_found(const Session *s, const CliWindow *w, int max);
extern int	events_processes(PGresult *res, int row, int col, bool brief,
							 char **lines, int maxlines);

/* describe.c: describe SCENARIO */
extern void describe_run(PGconn *conn, const Session *s);

#endif							/* SYNTHGEN_CLI_H */
