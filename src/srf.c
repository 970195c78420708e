/*-------------------------------------------------------------------------
 *
 * srf.c
 *	  The machinery every synth_* set-returning function shares: argument
 *	  checks, materialized output, the per-row memory context, the timing
 *	  report and the datum builders.
 *
 * All synth_* functions use materialize mode: a FROM-clause function is
 * collected into a tuplestore by the executor anyway
 * (ExecMakeTableFunctionResult), so filling it directly saves the
 * value-per-call round trips (measured ~25% faster).  Per-row work does not
 * allocate outside rowctx: word-list texts are built once per call and
 * per-row strings reuse one SgTextBuf each.
 *
 *-------------------------------------------------------------------------
 */
#include "synthgen.h"

#include "funcapi.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/datetime.h"
#include "utils/numeric.h"
#include "utils/timestamp.h"

/* Instants the event windows may cover: 1971-01-01 .. 2200-01-01 UTC. */
#define SG_MIN_INSTANT	(-INT64CONST(915148800) * USECS_PER_SEC)
#define SG_MAX_INSTANT	(INT64CONST(6311433600) * USECS_PER_SEC)

/* ---------------------------------------------------------------------- */
/* arguments */

/* the six event tables share one signature */
const SgArgPos sg_event_arg_pos = {
	.scenario = SG_ARG(0), .start = SG_ARG(1), .hours = SG_ARG(2), .seed = SG_ARG(3),
	.orders_per_day = SG_ARG(4), .customers = SG_ARG(5), .products = SG_ARG(6),
	.suppliers = SG_ARG(7), .part = SG_ARG(8), .parts = SG_ARG(9), .as_of = SG_ARG(10)
};

static bool
arg_given(FunctionCallInfo fcinfo, int pos)
{
	return pos > 0 && pos <= PG_NARGS() && !PG_ARGISNULL(pos - 1);
}

/* a required integer argument (NULL is an error); int2/int4/int8 alike */
static int64
arg_int64(FunctionCallInfo fcinfo, int pos, const char *name)
{
	int			argno = pos - 1;
	Oid			type = get_fn_expr_argtype(fcinfo->flinfo, argno);

	if (PG_ARGISNULL(argno))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("argument \"%s\" must not be NULL", name),
				 errhint("Omit the argument to use its default.")));
	if (type == INT8OID)
		return PG_GETARG_INT64(argno);
	return PG_GETARG_INT32(argno);
}

/* an entity count: absent or NULL means the scenario's, else 1..max */
static int64
arg_count(FunctionCallInfo fcinfo, int pos, const char *name,
		  int64 scenario_value, int64 max)
{
	int64		v;

	if (!arg_given(fcinfo, pos))
		return scenario_value;
	v = arg_int64(fcinfo, pos, name);
	if (v < 1 || v > max)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("argument \"%s\" must be between 1 and " INT64_FORMAT, name, max),
				 errdetail("Got " INT64_FORMAT ".", v),
				 errhint("Pass NULL (or omit it) to use the scenario's " INT64_FORMAT ".",
						 scenario_value)));
	return v;
}

/* the window of event tables: a finite start and 1..SG_MAX_HOURS hours */
static void
arg_window(FunctionCallInfo fcinfo, int start_pos, int hours_pos, SgCall *call)
{
	TimestampTz start;
	int64		hours;

	if (PG_ARGISNULL(start_pos - 1))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("argument \"start\" must not be NULL"),
				 errhint("Pass the first instant of the window, e.g. '2025-12-01 00:00+00'.")));
	start = PG_GETARG_TIMESTAMPTZ(start_pos - 1);
	hours = arg_int64(fcinfo, hours_pos, "hours");

	if (TIMESTAMP_NOT_FINITE(start) || start < SG_MIN_INSTANT || start >= SG_MAX_INSTANT)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("argument \"start\" must be a finite instant from 1971-01-01 to 2199-12-31 UTC"),
				 errdetail("Got %s.", timestamptz_to_str(start)),
				 errhint("Pass a time stamp such as '2025-12-01 00:00+00'.")));
	if (hours < 1 || hours > SG_MAX_HOURS)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("argument \"hours\" must be between 1 and %d", SG_MAX_HOURS),
				 errdetail("Got " INT64_FORMAT ".", hours),
				 errhint("Generate longer periods as consecutive windows.")));
	if (start + hours * USECS_PER_HOUR > SG_MAX_INSTANT)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("window of %lld hours from \"start\" ends after 2200-01-01 UTC",
						(long long) hours),
				 errhint("Choose an earlier start or fewer hours.")));
	call->start = start;
	call->hours = (int32) hours;
	call->end = start + hours * USECS_PER_HOUR;
}

/* as_of: NULL or absent means the window's end; never before it */
static void
arg_as_of(FunctionCallInfo fcinfo, int pos, SgCall *call)
{
	TimestampTz as_of;

	call->as_of = call->end;
	if (!arg_given(fcinfo, pos))
		return;
	as_of = PG_GETARG_TIMESTAMPTZ(pos - 1);
	if (TIMESTAMP_NOT_FINITE(as_of) || as_of > SG_MAX_INSTANT)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("argument \"as_of\" must be a finite instant up to 2200-01-01 UTC"),
				 errdetail("Got %s.", timestamptz_to_str(as_of)),
				 errhint("Pass NULL (or omit it) for the window's end.")));
	if (as_of < call->end)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("argument \"as_of\" must not be before the window's end %s",
						timestamptz_to_str(call->end)),
				 errdetail("Got %s; what happens inside the window is known only at its end.",
						   timestamptz_to_str(as_of)),
				 errhint("Pass NULL (or omit it) for the window's end, or a later instant.")));
	call->as_of = as_of;
}

/* part/parts: which slice of the entities this call returns */
static void
arg_parts(SgCall *call, FunctionCallInfo fcinfo, const SgArgPos *pos)
{
	int64		part = pos->part ? arg_int64(fcinfo, pos->part, "part") : 0;
	int64		parts = pos->parts ? arg_int64(fcinfo, pos->parts, "parts") : 1;

	if (parts < 1 || parts > SG_MAX_PARTS)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("argument \"parts\" must be between 1 and %d", SG_MAX_PARTS),
				 errdetail("Got %lld.", (long long) parts),
				 errhint("Use parts => 1 for the whole table.")));
	if (part < 0 || part >= parts)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("argument \"part\" must be between 0 and %lld (parts - 1)",
						(long long) parts - 1),
				 errdetail("Got part %lld with parts %lld.", (long long) part, (long long) parts),
				 errhint("Slices are numbered from 0: call parts => N with part => 0 .. N - 1.")));
	call->part = (int32) part;
	call->parts = (int32) parts;
}

static void *
events_alloc(size_t size)
{
	return palloc0(size);
}

static void
events_interrupt(void)
{
	CHECK_FOR_INTERRUPTS();
}

/* ---------------------------------------------------------------------- */
/* a call */

/*
 * Check the arguments (positions in pos), read the scenario once, and set
 * up the world and, for the event tables, the window's events.
 */
void
sg_call_start(SgCall *call, FunctionCallInfo fcinfo, const char *fname,
			  const SgArgPos *pos, bool events)
{
	const SgScenario *sc = &call->scenario;
	char	   *name;

	memset(call, 0, sizeof(*call));
	call->fname = fname;
	call->parts = 1;
	INSTR_TIME_SET_CURRENT(call->started);

	if (PG_ARGISNULL(pos->scenario - 1))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("argument \"scenario\" of %s must not be NULL", fname),
				 errhint("Pass a scenario name, e.g. 'baseline'; see synthgen.scenarios.")));
	name = text_to_cstring(PG_GETARG_TEXT_PP(pos->scenario - 1));
	sg_scenario_lookup(name, &call->scenario);

	if (pos->start)
	{
		arg_window(fcinfo, pos->start, pos->hours, call);
		arg_as_of(fcinfo, pos->as_of, call);
		call->has_window = true;
	}
	/* a scenario row is a whole world: its seed unless another is given */
	call->seed = arg_given(fcinfo, pos->seed) ?
		(uint64) arg_int64(fcinfo, pos->seed, "seed") : sc->seed;
	call->orders_per_day = arg_count(fcinfo, pos->orders_per_day, "orders_per_day",
									 sc->orders_per_day, SG_MAX_ORDERS_PER_DAY);
	call->customers = arg_count(fcinfo, pos->customers, "customers", sc->customers,
								SG_MAX_CUSTOMERS);
	call->products = arg_count(fcinfo, pos->products, "products", sc->products,
							   SG_MAX_PRODUCTS);
	call->suppliers = arg_count(fcinfo, pos->suppliers, "suppliers", sc->suppliers,
								SG_MAX_SUPPLIERS);
	arg_parts(call, fcinfo, pos);

	sg_world_init(&call->world, sc, call->seed, call->customers,
				  (int32) call->products, (int32) call->suppliers);
	call->world.reserved_email = (sg_email_domains == SG_EMAIL_RESERVED);

	if (events)
	{
		/* refuse the absurd before allocating or drawing anything */
		int64		max_ids,
					peak_hour;

		sg_events_bound(&call->world, call->start, call->end, (int32) call->orders_per_day,
						&max_ids, &peak_hour);
		if (peak_hour > SG_MAX_PER_HOUR)
			ereport(ERROR,
					(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
					 errmsg("scenario \"%s\" at %lld orders per day peaks at up to %lld orders, checkouts or carts in one hour",
							sc->name, (long long) call->orders_per_day, (long long) peak_hour),
					 errdetail("The limit is %lld per hour; the peak comes from the busiest hour of the diurnal and weekly curves times the event's multiplier.",
							   (long long) SG_MAX_PER_HOUR),
					 errhint("Pass fewer orders_per_day, or flatten the scenario's curves or its event multiplier.")));
		if (max_ids > SG_MAX_ORDERS)
			ereport(ERROR,
					(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
					 errmsg("a window of %d hours at %lld orders per day is too large for one call",
							call->hours, (long long) call->orders_per_day),
					 errdetail("It could hold up to %lld orders or carts; the limit is %lld per call.",
							   (long long) max_ids, (long long) SG_MAX_ORDERS),
					 errhint("Generate consecutive shorter windows, or fewer orders per day.")));
		sg_events_init(&call->ev, &call->world, call->start, call->end, call->as_of,
					   (int32) call->orders_per_day, events_alloc, events_interrupt);
		call->has_events = true;
	}

	call->rowctx = AllocSetContextCreate(CurrentMemoryContext,
										 "synthgen row",
										 ALLOCSET_SMALL_SIZES);
}

/* rows go to the set-returning function's tuplestore (materialize mode) */
void
sg_call_output_srf(SgCall *call, FunctionCallInfo fcinfo)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;

	InitMaterializedSRF(fcinfo, 0);
	call->store = rsinfo->setResult;
	call->desc = rsinfo->setDesc;
}

/*
 * The whole of a synth_* function: check, generate, report.  The function's
 * name, whether it needs the window's events and its filler come from the
 * table registry (tables.c), as for synthgen.load().
 */
Datum
sg_call_srf(FunctionCallInfo fcinfo, const char *table, const SgArgPos *pos)
{
	const SgTableDef *def = sg_table_def(table);
	SgCall	   *call = palloc(sizeof(SgCall));

	if (def == NULL)
		elog(ERROR, "synthgen table \"%s\" is not registered", table);
	sg_call_start(call, fcinfo, def->function, pos, def->events);
	sg_call_output_srf(call, fcinfo);
	sg_check_columns(def, call->desc, psprintf("the result of %s()", def->function), NULL);
	def->fill(call);
	sg_call_end(call);
	return (Datum) 0;
}

void
sg_call_put(SgCall *call, Datum *values, bool *nulls)
{
	if (call->bulk)
		sg_bulk_put(call->bulk, values, nulls);
	else
		tuplestore_putvalues(call->store, call->desc, values, nulls);
	call->rows++;
	MemoryContextReset(call->rowctx);
	CHECK_FOR_INTERRUPTS();
}

/* The timing report: "synth_customers(baseline): 20000 rows in 0.012 s (1.7 M rows/s)" */
void
sg_call_end(SgCall *call)
{
	instr_time	elapsed;
	double		secs,
				rate;
	char		ratebuf[32];
	char		partbuf[32] = "";

	MemoryContextDelete(call->rowctx);
	call->rowctx = NULL;

	if (sg_timing_mode == SG_TIMING_OFF)
		return;

	INSTR_TIME_SET_CURRENT(elapsed);
	INSTR_TIME_SUBTRACT(elapsed, call->started);
	secs = INSTR_TIME_GET_DOUBLE(elapsed);
	rate = secs > 0 ? call->rows / secs : 0;
	if (rate >= 1e6)
		snprintf(ratebuf, sizeof(ratebuf), "%.1f M rows/s", rate / 1e6);
	else if (rate >= 1e3)
		snprintf(ratebuf, sizeof(ratebuf), "%.1f k rows/s", rate / 1e3);
	else
		snprintf(ratebuf, sizeof(ratebuf), "%.0f rows/s", rate);
	if (call->parts > 1)
		snprintf(partbuf, sizeof(partbuf), ", part %d/%d", call->part, call->parts);

	ereport(sg_timing_mode == SG_TIMING_LOG ? LOG : NOTICE,
			(errmsg("%s(%s%s): " INT64_FORMAT " rows in %.3f s (%s)",
					call->fname, call->scenario.name, partbuf,
					call->rows, secs, ratebuf),
			 errhidestmt(true)));
}

/* ---------------------------------------------------------------------- */
/* datums */

/* an instant, or NULL for SG_NO_TIME */
Datum
sg_time_or_null(int64 t, bool *isnull)
{
	*isnull = (t == SG_NO_TIME);
	return *isnull ? (Datum) 0 : TimestampTzGetDatum(t);
}

/* text datums of a word list, built once per call */
Datum *
sg_text_datums(const char *const *words, int n)
{
	Datum	   *d = palloc(sizeof(Datum) * n);
	int			i;

	for (i = 0; i < n; i++)
		d[i] = CStringGetTextDatum(words[i]);
	return d;
}

Datum
sg_text_datum(const char *s)
{
	return CStringGetTextDatum(s);
}

void
sg_textbuf_init(SgTextBuf *buf, int cap)
{
	buf->cap = cap;
	buf->t = palloc(VARHDRSZ + cap);
}

Datum
sg_textbuf_set(SgTextBuf *buf, const char *s, int len)
{
	Assert(len <= buf->cap);
	memcpy(VARDATA(buf->t), s, len);
	SET_VARSIZE(buf->t, VARHDRSZ + len);
	return PointerGetDatum(buf->t);
}

/* value / 10^scale as numeric, e.g. (1999, 2) -> 19.99; allocates in rowctx */
Datum
sg_numeric_scaled(int64 value, int scale)
{
	return NumericGetDatum(int64_div_fast_to_numeric(value, scale));
}

/*
 * The same value / 10^scale without numeric.c's general path, for
 * 1 <= scale <= 4 and |value| < 10^14: written straight into a per-call
 * buffer (nothing allocated per row) in numeric's short on-disk format
 * (its layout is stable: pg_upgrade keeps numeric columns as they are),
 * base-10000 digits with the trailing zero ones dropped, as make_result()
 * writes them.  The first call of a backend compares the two ways on
 * edge values and turns the fast one off on any difference.
 */
#define NUM_SHORT			0x8000
#define NUM_SHORT_NEG		0x2000
#define NUM_SHORT_DSCALE_SHIFT 7
#define NUM_SHORT_WEIGHT_NEG 0x0040
#define NUM_SHORT_WEIGHT_MASK 0x003F
#define NUM_FAST_LIMIT		INT64CONST(100000000000000)	/* 10^14 */

static int	num_fast = 0;		/* 0: not checked yet, 1: on, -1: off */

static bool
numeric_fill(SgNumBuf *buf, int64 value, int scale)
{
	static const uint64 mul[5] = {0, 1000, 100, 10, 1};
	uint64		x;
	int16		d[6];
	int			n = 0,
				low = 0,
				i;
	int			weight;
	uint16		header;
	uint16	   *out = (uint16 *) (buf->data + VARHDRSZ);

	if (scale < 1 || scale > 4 || value <= -NUM_FAST_LIMIT || value >= NUM_FAST_LIMIT)
		return false;
	x = (value < 0 ? (uint64) -value : (uint64) value) * mul[scale];
	while (x > 0)
	{
		d[n++] = (int16) (x % 10000);	/* least significant first */
		x /= 10000;
	}
	weight = n - 2;				/* the value is x / 10000 */
	while (low < n && d[low] == 0)
		low++;
	if (n == 0)
		weight = 0;
	header = NUM_SHORT | (value < 0 ? NUM_SHORT_NEG : 0) |
		(uint16) (scale << NUM_SHORT_DSCALE_SHIFT) |
		(weight < 0 ? NUM_SHORT_WEIGHT_NEG : 0) | (uint16) (weight & NUM_SHORT_WEIGHT_MASK);
	out[0] = header;
	for (i = n - 1; i >= low; i--)
		out[n - i] = (uint16) d[i];
	SET_VARSIZE(buf->data, VARHDRSZ + sizeof(uint16) * (1 + n - low));
	return true;
}

static void
numeric_fast_check(void)
{
	static const int64 values[] = {0, 1, 5, 9, 10, 99, 100, 101, 999, 1000, 1999, 9999, 10000,
		10001, 99990, 100000, 123456, 1000000, 99999999, 100000000, 123456789012,
		INT64CONST(99999999999999), INT64CONST(10000000000000), INT64CONST(10000000000001)};
	int			i,
				scale,
				sign;

	num_fast = 1;
	for (scale = 1; scale <= 4; scale++)
		for (sign = 1; sign >= -1; sign -= 2)
			for (i = 0; i < lengthof(values); i++)
			{
				SgNumBuf	buf;
				Numeric		ref = int64_div_fast_to_numeric(sign * values[i], scale);

				if (!numeric_fill(&buf, sign * values[i], scale) ||
					VARSIZE(buf.data) != VARSIZE(ref) ||
					memcmp(buf.data, ref, VARSIZE(ref)) != 0)
					num_fast = -1;
				pfree(ref);
			}
}

Datum
sg_numeric_buf(SgNumBuf *buf, int64 value, int scale)
{
	if (unlikely(num_fast == 0))
		numeric_fast_check();
	if (num_fast > 0 && numeric_fill(buf, value, scale))
		return PointerGetDatum(buf->data);
	return sg_numeric_scaled(value, scale);
}
