/*-------------------------------------------------------------------------
 *
 * suppliers.c
 *	  synth_suppliers(scenario, seed, suppliers, part, parts)
 *
 * Formats the suppliers of world.c into rows of synthgen.supplier_row.
 *
 *-------------------------------------------------------------------------
 */
#include "synthgen.h"

enum
{
	COL_ID, COL_NAME, COL_COUNTRY, COL_EMAIL, COL_LEAD_TIME, COL_RELIABILITY,
	NCOLS
};

/*
 * The columns of synthgen.supplier_row, in output order: the contract between
 * this filler and the SQL row type, checked once per call (srf.c, load.c);
 * the registry entry (tables.c) points here.
 */
const SgColumn sg_suppliers_columns[NCOLS + 1] = {
	[COL_ID] = {"supplier_id", INT4OID, -1, false},
	[COL_NAME] = {"name", TEXTOID, -1, false},
	[COL_COUNTRY] = {"country", TEXTOID, -1, false},
	[COL_EMAIL] = {"contact_email", TEXTOID, -1, false},
	[COL_LEAD_TIME] = {"lead_time_days", INT4OID, -1, false},
	[COL_RELIABILITY] = {"reliability", NUMERICOID, SG_NUMERIC_TYPMOD(4, 3), false},
	[NCOLS] = {NULL}
};


void
sg_fill_suppliers(SgCall *call)
{
	const SgWorld *world = &call->world;
	int64		nsuppliers = call->suppliers;
	int64		first,
				end,
				id;
	Datum		values[NCOLS];
	bool		nulls[NCOLS] = {0};
	SgTextBuf	name,
				email,
				country;

	sg_textbuf_init(&name, sizeof(((SgSupplier *) 0)->name));
	sg_textbuf_init(&email, sizeof(((SgSupplier *) 0)->email));
	sg_textbuf_init(&country, 2);

	sg_slice(nsuppliers, call->part, call->parts, &first, &end);
	for (id = first + 1; id <= end; id++)
	{
		SgSupplier	s;
		MemoryContext old;

		sg_supplier_get(world, (int32) id, &s);
		old = MemoryContextSwitchTo(call->rowctx);
		values[COL_ID] = Int32GetDatum((int32) id);
		values[COL_NAME] = sg_textbuf_set(&name, s.name, s.name_len);
		values[COL_COUNTRY] = sg_textbuf_set(&country, s.country, strlen(s.country));
		values[COL_EMAIL] = sg_textbuf_set(&email, s.email, s.email_len);
		values[COL_LEAD_TIME] = Int32GetDatum(s.lead_time_days);
		values[COL_RELIABILITY] = sg_numeric_scaled(s.reliability_milli, 3);
		MemoryContextSwitchTo(old);
		sg_call_put(call, values, nulls);
	}
}

PG_FUNCTION_INFO_V1(synth_suppliers);
Datum
synth_suppliers(PG_FUNCTION_ARGS)
{
	static const SgArgPos pos = {.scenario = SG_ARG(0), .seed = SG_ARG(1), .suppliers = SG_ARG(2),
		.part = SG_ARG(3), .parts = SG_ARG(4)};

	return sg_call_srf(fcinfo, "suppliers", &pos);
}
