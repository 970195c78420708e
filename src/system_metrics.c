/*-------------------------------------------------------------------------
 *
 * system_metrics.c
 *	  synth_system_metrics(scenario, start, hours, seed, orders_per_day,
 *						   customers, products, suppliers, part, parts)
 *
 * One row per minute of the window: requests follow the checkout attempts
 * of the arrival curve; latency grows with load; an outage shows as errors
 * and latency spikes.  A slice is a range of minutes.
 *
 *-------------------------------------------------------------------------
 */
#include "synthgen.h"

enum
{
	COL_TS, COL_REQUESTS, COL_P50, COL_P95, COL_P99, COL_ERROR_RATE, COL_CPU,
	COL_MEM, COL_SESSIONS, NCOLS
};

/*
 * The columns of synthgen.system_metric_row, in output order: the contract between
 * this filler and the SQL row type, checked once per call (srf.c, load.c);
 * the registry entry (tables.c) points here.
 */
const SgColumn sg_system_metrics_columns[NCOLS + 1] = {
	[COL_TS] = {"ts", TIMESTAMPTZOID, -1, false},
	[COL_REQUESTS] = {"requests", INT4OID, -1, false},
	[COL_P50] = {"p50_ms", INT4OID, -1, false},
	[COL_P95] = {"p95_ms", INT4OID, -1, false},
	[COL_P99] = {"p99_ms", INT4OID, -1, false},
	[COL_ERROR_RATE] = {"error_rate", NUMERICOID, SG_NUMERIC_TYPMOD(6, 4), false},
	[COL_CPU] = {"cpu_pct", NUMERICOID, SG_NUMERIC_TYPMOD(5, 2), false},
	[COL_MEM] = {"mem_pct", NUMERICOID, SG_NUMERIC_TYPMOD(5, 2), false},
	[COL_SESSIONS] = {"active_sessions", INT4OID, -1, false},
	[NCOLS] = {NULL}
};


void
sg_fill_system_metrics(SgCall *call)
{
	SgEvents   *ev = &call->ev;
	int64		first,
				end,
				minute;
	Datum		values[NCOLS];
	bool		nulls[NCOLS] = {0};
	SgMetric	m;

	sg_slice(ev->total_minutes, call->part, call->parts, &first, &end);
	for (minute = first; minute < end; minute++)
	{
		MemoryContext old;

		sg_metric_get(ev, ev->minute_lo + minute, &m);
		old = MemoryContextSwitchTo(call->rowctx);
		values[COL_TS] = TimestampTzGetDatum(m.ts);
		values[COL_REQUESTS] = Int32GetDatum(m.requests);
		values[COL_P50] = Int32GetDatum(m.p50_ms);
		values[COL_P95] = Int32GetDatum(m.p95_ms);
		values[COL_P99] = Int32GetDatum(m.p99_ms);
		values[COL_ERROR_RATE] = sg_numeric_scaled(m.error_rate_bp100, 4);
		values[COL_CPU] = sg_numeric_scaled(m.cpu_centi, 2);
		values[COL_MEM] = sg_numeric_scaled(m.mem_centi, 2);
		values[COL_SESSIONS] = Int32GetDatum(m.active_sessions);
		MemoryContextSwitchTo(old);
		sg_call_put(call, values, nulls);
	}
}

PG_FUNCTION_INFO_V1(synth_system_metrics);
Datum
synth_system_metrics(PG_FUNCTION_ARGS)
{
	return sg_call_srf(fcinfo, "system_metrics", &sg_event_arg_pos);
}
