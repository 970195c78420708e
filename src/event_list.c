/*-------------------------------------------------------------------------
 *
 * event_list.c
 *	  synthgen.events(scenario, start, hours, seed, suppliers): the event
 *	  instances of a scenario overlapping a window.
 *
 * The list comes from the schedule (schedule.c), the same functions the
 * event tables consult, so every flash sale or outage listed here is the
 * one the orders and metrics show.
 *
 *-------------------------------------------------------------------------
 */
#include "synthgen.h"

#include "funcapi.h"
#include "schedule.h"
#include "utils/builtins.h"

enum
{
	COL_KIND, COL_NAME, COL_STARTS, COL_ENDS, COL_CATEGORY, COL_SUPPLIER,
	COL_MULTIPLIER, COL_CAMPAIGN, NCOLS
};

static void
put_occurrence(const SgOccurrence *o, void *arg)
{
	SgCall	   *call = arg;
	Datum		values[NCOLS];
	bool		nulls[NCOLS] = {0};

	values[COL_KIND] = CStringGetTextDatum(sg_occurrence_kinds[o->kind]);
	values[COL_NAME] = CStringGetTextDatum(o->name);
	values[COL_STARTS] = TimestampTzGetDatum(o->starts_at);
	values[COL_ENDS] = TimestampTzGetDatum(o->ends_at);
	nulls[COL_CATEGORY] = o->category < 0;
	values[COL_CATEGORY] = o->category < 0 ? (Datum) 0 :
		CStringGetTextDatum(sg_categories[o->category].name);
	nulls[COL_SUPPLIER] = o->supplier_id == 0;
	values[COL_SUPPLIER] = Int32GetDatum(o->supplier_id);
	nulls[COL_MULTIPLIER] = o->multiplier_pct == 0;
	values[COL_MULTIPLIER] = sg_numeric_scaled(o->multiplier_pct, 2);
	nulls[COL_CAMPAIGN] = o->campaign_id == 0;
	values[COL_CAMPAIGN] = Int32GetDatum(o->campaign_id);
	tuplestore_putvalues(call->store, call->desc, values, nulls);
	call->rows++;
}

PG_FUNCTION_INFO_V1(synthgen_events);
Datum
synthgen_events(PG_FUNCTION_ARGS)
{
	static const SgArgPos pos = {.scenario = SG_ARG(0), .start = SG_ARG(1), .hours = SG_ARG(2),
	.seed = SG_ARG(3), .suppliers = SG_ARG(4)};
	SgCall	   *call = palloc(sizeof(SgCall));

	sg_call_start(call, fcinfo, "synthgen.events", &pos, false);
	sg_call_output_srf(call, fcinfo);
	sg_occurrences(&call->scenario, call->seed, (int32) call->suppliers,
				   call->start, call->end, put_occurrence, call);
	sg_call_end(call);
	return (Datum) 0;
}
