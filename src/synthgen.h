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

/* guc.c */
typedef enum SgTimingMode
{
	SG_TIMING_OFF,
	SG_TIMING_NOTICE,
	SG_TIMING_LOG
} SgTimingMode;

extern int	sg_timing_mode;
extern char *sg_dev_password;
extern void SgGucInit(void);

/* scenario.c */
extern void sg_scenario_lookup(const char *name, SgScenario *sc);

/* srf.c: one call of a synth_* function */
typedef struct SgCall
{
	const char *fname;			/* "synth_customers", for messages */
	FunctionCallInfo fcinfo;
	SgScenario	scenario;
	uint64		seed;
	int32		part;
	int32		parts;
	Tuplestorestate *store;
	TupleDesc	desc;
	MemoryContext rowctx;		/* reset after every row */
	int64		rows;
	instr_time	started;
} SgCall;

/* A reusable text datum: filled per row, copied into the tuple. */
typedef struct SgTextBuf
{
	text	   *t;
	int			cap;
} SgTextBuf;

extern void sg_call_begin(SgCall *call, FunctionCallInfo fcinfo, const char *fname);
extern void sg_call_parts(SgCall *call, int part_arg, int parts_arg);
extern void sg_call_put(SgCall *call, Datum *values, bool *nulls);
extern void sg_call_end(SgCall *call);

extern int64 sg_arg_int64(FunctionCallInfo fcinfo, int argno, const char *name);
extern int64 sg_arg_count(FunctionCallInfo fcinfo, int argno, const char *name,
						  int64 scenario_value, int64 max);
extern void sg_arg_window(FunctionCallInfo fcinfo, int start_arg, int hours_arg,
						  SgWindow *win);

/*
 * The event tables' common arguments, in this order after scenario:
 * (start, hours, seed, orders_per_day, customers, products, suppliers,
 * part, parts); checks them and sets up the world and the window.
 */
extern void sg_call_events(SgCall *call, SgWorld *w, SgEvents *ev);
extern Datum sg_time_or_null(int64 t, bool *isnull);

extern Datum *sg_text_datums(const char *const *words, int n);
extern Datum sg_text_datum(const char *s);
extern void sg_textbuf_init(SgTextBuf *buf, int cap);
extern Datum sg_textbuf_set(SgTextBuf *buf, const char *s, int len);
extern Datum sg_numeric_scaled(int64 value, int scale);

#endif							/* SYNTHGEN_H */
