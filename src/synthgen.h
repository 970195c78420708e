/*-------------------------------------------------------------------------
 *
 * synthgen.h
 *	  Declarations shared by synthgen's PostgreSQL-facing files: settings,
 *	  the scenario lookup, and the per-call machinery of the set-returning
 *	  functions.
 *
 *-------------------------------------------------------------------------
 */
#ifndef SYNTHGEN_H
#define SYNTHGEN_H

#include "postgres.h"

#include "catalog/pg_type.h"
#include "fmgr.h"
#include "portability/instr_time.h"
#include "utils/timestamp.h"
#include "utils/tuplestore.h"

#include "events.h"
#include "world.h"

#ifndef SYNTHGEN_VERSION
#define SYNTHGEN_VERSION "unknown"
#endif

/*
 * The SQL-callable functions.  The library is built with hidden visibility
 * (see the Makefile); PostgreSQL 15's PG_FUNCTION_INFO_V1 exports only the
 * info record, so the functions themselves are declared exported here.
 */
extern PGDLLEXPORT Datum synthgen_version(PG_FUNCTION_ARGS);
extern PGDLLEXPORT Datum synthgen_category_names(PG_FUNCTION_ARGS);
extern PGDLLEXPORT Datum synthgen_events(PG_FUNCTION_ARGS);
extern PGDLLEXPORT Datum synth_customers(PG_FUNCTION_ARGS);
extern PGDLLEXPORT Datum synth_suppliers(PG_FUNCTION_ARGS);
extern PGDLLEXPORT Datum synth_products(PG_FUNCTION_ARGS);
extern PGDLLEXPORT Datum synth_campaigns(PG_FUNCTION_ARGS);
extern PGDLLEXPORT Datum synth_orders(PG_FUNCTION_ARGS);
extern PGDLLEXPORT Datum synth_order_items(PG_FUNCTION_ARGS);
extern PGDLLEXPORT Datum synth_support_tickets(PG_FUNCTION_ARGS);
extern PGDLLEXPORT Datum synth_cart_abandonment(PG_FUNCTION_ARGS);
extern PGDLLEXPORT Datum synth_returns(PG_FUNCTION_ARGS);
extern PGDLLEXPORT Datum synth_system_metrics(PG_FUNCTION_ARGS);
extern PGDLLEXPORT Datum synthgen_load(PG_FUNCTION_ARGS);
extern PGDLLEXPORT Datum synthgen_load_together(PG_FUNCTION_ARGS);
extern PGDLLEXPORT Datum synthgen_run_parallel(PG_FUNCTION_ARGS);
extern PGDLLEXPORT Datum synthgen_generate(PG_FUNCTION_ARGS);
extern PGDLLEXPORT Datum synthgen_export_parquet(PG_FUNCTION_ARGS);
extern PGDLLEXPORT Datum synthgen_tables(PG_FUNCTION_ARGS);
extern PGDLLEXPORT Datum synthgen_name_pools(PG_FUNCTION_ARGS);

/* guc.c */
typedef enum SgTimingMode
{
	SG_TIMING_OFF,
	SG_TIMING_NOTICE,
	SG_TIMING_LOG
} SgTimingMode;

/* synthgen.email_domains */
typedef enum SgEmailDomains
{
	SG_EMAIL_REALISTIC,
	SG_EMAIL_RESERVED
} SgEmailDomains;

/* the upper bound of synthgen.max_jobs (max_worker_processes caps it too) */
#define SG_MAX_JOBS_LIMIT	1024

extern int	sg_timing_mode;
extern char *sg_dev_password;
extern int	sg_max_jobs;
extern int	sg_email_domains;
extern void SgGucInit(void);
extern void SgGucReserve(void);

/* scenario.c */
extern void sg_scenario_lookup(const char *name, SgScenario *sc);
extern void sg_require_installed_version(void);

/*
 * Where a function's arguments are: SG_ARG(n) for argument n, 0 when the
 * function has no such argument (its scenario's value, or none, is used).
 */
#define SG_ARG(n) ((n) + 1)

typedef struct SgArgPos
{
	int			scenario;
	int			start;
	int			hours;
	int			seed;
	int			orders_per_day;
	int			customers;
	int			products;
	int			suppliers;
	int			part;
	int			parts;
	int			as_of;
} SgArgPos;

/*
 * (scenario, start, hours, seed, orders_per_day, customers, products,
 * suppliers, part, parts, as_of)
 */
extern const SgArgPos sg_event_arg_pos;

typedef struct SgBulk SgBulk;	/* load.c */

/*
 * One generation: the checked arguments, the world (and the window's
 * events) they define, and where rows go: the tuplestore of a
 * set-returning function, or a table through the bulk path (load.c).
 */
typedef struct SgCall
{
	const char *fname;			/* "synth_customers", for messages */
	SgScenario	scenario;
	bool		has_window;
	int64		start;			/* the window [start, end) */
	int64		end;
	int32		hours;
	int64		as_of;			/* what is known: >= end */
	uint64		seed;
	int64		orders_per_day;
	int64		customers;
	int64		products;
	int64		suppliers;
	int32		part;
	int32		parts;
	SgWorld		world;
	bool		has_events;
	SgEvents	ev;

	Tuplestorestate *store;		/* SRF output */
	TupleDesc	desc;
	SgBulk	   *bulk;			/* or bulk output */

	MemoryContext rowctx;		/* reset after every row */
	int64		rows;
	instr_time	started;
} SgCall;

/*
 * One output column of a table: the filler writes values[i] of this type
 * (and typmod), NULL only where nullable says so.  The declared SQL row
 * type must agree, column by column (checked once per call).
 */
typedef struct SgColumn
{
	const char *name;
	Oid			type;
	int32		typmod;			/* -1: none */
	bool		nullable;
} SgColumn;

/* the typmod of numeric(p, s) */
#define SG_NUMERIC_TYPMOD(p, s)	((int32) ((((p) << 16) | (s)) + VARHDRSZ))

/* A table generator: fills call's output with its slice. */
typedef void (*SgFillFn) (SgCall *call);

/*
 * A foreign key generate() adds after loading: column of this table ->
 * references (the referenced table's primary key column ref_column).  It is
 * named <table>_<column>_fkey, as PostgreSQL would name it.
 */
typedef struct SgForeignKey
{
	const char *column;
	const char *references;		/* a registered table, loaded before this one */
	const char *ref_column;
} SgForeignKey;

#define SG_MAX_KEY_COLUMNS	2
#define SG_MAX_FOREIGN_KEYS	3

/*
 * A table made from the orders and the abandoned carts (docs/design.md,
 * "One pass over the orders and carts"): init builds what its rows share,
 * once per call; order_rows writes an order's rows (none or several),
 * cart_rows a cart's, for the tables that have either (a cart's rows come
 * after every order's).  One loop feeds one such table (sg_fill_by_order
 * for its synth_* function) or several at once (synthgen.load_together(),
 * generate() with jobs => 1), each order and cart computed once.
 */
typedef struct SgPassTable
{
	void	   *(*init) (SgCall *call);
	void		(*order_rows) (SgCall *call, void *state, const SgOrder *o);	/* or NULL */
	void		(*cart_rows) (SgCall *call, void *state, const SgCart *c);	/* or NULL */
} SgPassTable;

/*
 * One table of the world.  The registry (tables.c) lists them in load
 * order, referenced tables first; every consumer (the SRFs, load(),
 * generate(), the tests) reads it rather than keeping its own list.
 */
typedef struct SgTableDef
{
	const char *name;			/* "orders": the table generate() creates */
	const char *function;		/* "synth_orders" */
	const char *rowtype;		/* "order_row", in schema synthgen */
	bool		window;			/* takes (start, hours) */
	bool		events;			/* needs the window's events */
	SgFillFn	fill;
	/* the filler's columns in output order, ending with a NULL name */
	const SgColumn *columns;
	/* primary key columns (NULL-terminated), named <table>_pkey */
	const char *primary_key[SG_MAX_KEY_COLUMNS + 1];
	/* foreign keys, up to the first with a NULL column */
	SgForeignKey foreign_keys[SG_MAX_FOREIGN_KEYS + 1];
	/* relative work of loading, keying and analyzing it: jobs > 1 starts big ones first */
	int			work;
	/* made from orders or carts: one pass can load it with the others (or NULL) */
	const SgPassTable *pass;
} SgTableDef;

extern const SgTableDef sg_table_defs[];
extern const int sg_n_table_defs;
extern const SgTableDef *sg_table_def(const char *name);
extern int	sg_table_ncolumns(const SgTableDef *def);
extern void sg_check_columns(const SgTableDef *def, TupleDesc desc, const char *declared,
							 int *map);

extern void sg_fill_customers(SgCall *call);
extern void sg_fill_suppliers(SgCall *call);
extern void sg_fill_products(SgCall *call);
extern void sg_fill_campaigns(SgCall *call);
extern void sg_fill_orders(SgCall *call);
extern void sg_fill_order_items(SgCall *call);
extern void sg_fill_support_tickets(SgCall *call);
extern void sg_fill_cart_abandonment(SgCall *call);
extern void sg_fill_returns(SgCall *call);
extern void sg_fill_system_metrics(SgCall *call);

extern const SgPassTable sg_orders_pass;
extern const SgPassTable sg_order_items_pass;
extern const SgPassTable sg_support_tickets_pass;
extern const SgPassTable sg_returns_pass;
extern const SgPassTable sg_cart_abandonment_pass;

/* order_pass.c */
extern void sg_fill_by_order(SgCall *call, const SgPassTable *pt);
extern void sg_fill_together(SgCall *call, int n, const SgTableDef *const *defs,
							 SgBulk *const *sinks, int64 *rows, double *seconds);

extern const SgColumn sg_customers_columns[];
extern const SgColumn sg_suppliers_columns[];
extern const SgColumn sg_products_columns[];
extern const SgColumn sg_campaigns_columns[];
extern const SgColumn sg_orders_columns[];
extern const SgColumn sg_order_items_columns[];
extern const SgColumn sg_support_tickets_columns[];
extern const SgColumn sg_cart_abandonment_columns[];
extern const SgColumn sg_returns_columns[];
extern const SgColumn sg_system_metrics_columns[];

extern void sg_call_start(SgCall *call, FunctionCallInfo fcinfo, const char *fname,
						  const SgArgPos *pos, bool events);
extern void sg_call_output_srf(SgCall *call, FunctionCallInfo fcinfo);
extern Datum sg_call_srf(FunctionCallInfo fcinfo, const char *table,
						 const SgArgPos *pos);
extern void sg_call_put(SgCall *call, Datum *values, bool *nulls);
extern void sg_call_end(SgCall *call);

/* parquet_stream.c (rows into a Parquet stream), parquet_file.c (server files) */
typedef struct SgParquetOut SgParquetOut;
typedef struct SgParquetFile SgParquetFile;
typedef int (*SgParquetWriteFn) (void *ctx, const void *buf, size_t len);

extern void sg_parquet_check_level(const char *codec, int level);
extern SgParquetOut *sg_parquet_begin(TupleDesc desc, const char *codec, int level, int64 row_group_size,
									  SgParquetWriteFn write, void *ctx, const char *target);
extern void sg_parquet_row(SgParquetOut *out, Datum *values, bool *nulls);
extern int64 sg_parquet_rows(const SgParquetOut *out);
extern void sg_parquet_check_codec(const char *codec);
extern struct _DestReceiver *sg_parquet_dest_create(const char *codec, int level, int64 row_group_size,
													SgParquetWriteFn write, void *ctx,
													const char *target);
extern int64 sg_parquet_dest_finish(struct _DestReceiver *dest);
extern int64 sg_parquet_finish(SgParquetOut *out);
extern SgParquetFile *sg_parquet_file_open(const char *path);
extern int	sg_parquet_file_write(void *ctx, const void *data, size_t len);
extern void sg_parquet_file_commit(SgParquetFile *f);
extern void sg_parquet_file_abort(SgParquetFile *f);
extern int64 sg_parquet_file_bytes(const SgParquetFile *f);
extern void sg_parquet_report(const char *what, int64 rows, int64 bytes, instr_time started);

/* copy_parquet.c */
extern bool sg_copy_hook_enabled;
extern void SgCopyParquetInit(void);

/* workers.c */

/*
 * A task for background workers: statements first .. first + count - 1,
 * run in order in one transaction that commits, after the ndeps tasks of
 * deps (earlier ones) have committed, never while another task sharing a
 * bit of resources runs.  label names it in messages.
 */
typedef struct SgTask
{
	int			first;
	int			count;
	uint32		resources;
	int			ndeps;
	const int  *deps;
	int			label;
} SgTask;

extern void sg_run_tasks(int nstmts, const char *const *sqls, int ntasks, const SgTask *tasks,
						 int nworkers, int64 *rows, double *seconds);
extern void sg_run_parallel(int nstmts, const char *const *sqls, const int32 *groups,
							int64 *rows, double *seconds);

/* load.c */
extern void sg_bulk_put(SgBulk *bulk, Datum *values, bool *nulls);

/* A reusable text datum: filled per row, copied into the tuple. */
typedef struct SgTextBuf
{
	text	   *t;
	int			cap;
} SgTextBuf;

extern Datum sg_time_or_null(int64 t, bool *isnull);

extern Datum *sg_text_datums(const char *const *words, int n);
extern Datum sg_text_datum(const char *s);
extern void sg_textbuf_init(SgTextBuf *buf, int cap);
extern Datum sg_textbuf_set(SgTextBuf *buf, const char *s, int len);
extern Datum sg_numeric_scaled(int64 value, int scale);

/* A reusable numeric datum (srf.c): filled per row, copied into the tuple. */
typedef union SgNumBuf
{
	int32		align;
	char		data[16];
} SgNumBuf;

extern Datum sg_numeric_buf(SgNumBuf *buf, int64 value, int scale);

#endif							/* SYNTHGEN_H */
