/*-------------------------------------------------------------------------
 *
 * campaigns.c
 *	  synth_campaigns(scenario, start, hours, seed, part, parts)
 *
 * Formats the campaigns of a window (world.c) into rows of
 * synthgen.campaign_row: every campaign running at some instant of
 * [start, start + hours), by id.  Campaigns are the shop's calendar: one
 * that spans two windows is listed, identically, by both, so the orders of
 * any window find their campaigns (docs/design.md, "Which rows belong to
 * a window").
 *
 *-------------------------------------------------------------------------
 */
#include "synthgen.h"

enum
{
	COL_ID, COL_NAME, COL_KIND, COL_STARTS, COL_ENDS, COL_DISCOUNT,
	COL_CATEGORY, COL_CHANNEL, NCOLS
};

/*
 * The columns of synthgen.campaign_row, in output order: the contract between
 * this filler and the SQL row type, checked once per call (srf.c, load.c);
 * the registry entry (tables.c) points here.
 */
const SgColumn sg_campaigns_columns[NCOLS + 1] = {
	[COL_ID] = {"campaign_id", INT4OID, -1, false},
	[COL_NAME] = {"name", TEXTOID, -1, false},
	[COL_KIND] = {"kind", TEXTOID, -1, false},
	[COL_STARTS] = {"starts_at", TIMESTAMPTZOID, -1, false},
	[COL_ENDS] = {"ends_at", TIMESTAMPTZOID, -1, false},
	[COL_DISCOUNT] = {"discount_pct", NUMERICOID, SG_NUMERIC_TYPMOD(5, 2), false},
	[COL_CATEGORY] = {"category", TEXTOID, -1, true},
	[COL_CHANNEL] = {"channel", TEXTOID, -1, false},
	[NCOLS] = {NULL}
};


void
sg_fill_campaigns(SgCall *call)
{
	const SgWorld *world = &call->world;
	SgCampaign *all;
	int64		first,
				end,
				i,
				n;
	Datum		values[NCOLS];
	bool		nulls[NCOLS] = {0};

	all = palloc(sizeof(SgCampaign) * (sg_campaigns_max(world, call->start, call->end) + 1));
	n = sg_campaigns_between(world, call->start, call->end, all);
	sg_slice(n, call->part, call->parts, &first, &end);
	for (i = first; i < end; i++)
	{
		SgCampaign	c = all[i];
		MemoryContext old;

		old = MemoryContextSwitchTo(call->rowctx);
		values[COL_ID] = Int32GetDatum(c.id);
		values[COL_NAME] = sg_text_datum(c.name);
		values[COL_KIND] = sg_text_datum(c.kind);
		values[COL_STARTS] = TimestampTzGetDatum(c.starts_at);
		values[COL_ENDS] = TimestampTzGetDatum(c.ends_at);
		values[COL_DISCOUNT] = sg_numeric_scaled(c.discount_bp, 2);
		nulls[COL_CATEGORY] = c.category < 0;
		values[COL_CATEGORY] = c.category < 0 ? (Datum) 0 :
			sg_text_datum(sg_categories[c.category].name);
		values[COL_CHANNEL] = sg_text_datum(c.channel);
		MemoryContextSwitchTo(old);
		sg_call_put(call, values, nulls);
	}
}

PG_FUNCTION_INFO_V1(synth_campaigns);
Datum
synth_campaigns(PG_FUNCTION_ARGS)
{
	static const SgArgPos pos = {.scenario = SG_ARG(0), .start = SG_ARG(1), .hours = SG_ARG(2),
		.seed = SG_ARG(3), .part = SG_ARG(4), .parts = SG_ARG(5)};

	return sg_call_srf(fcinfo, "campaigns", &pos);
}
