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

PG_FUNCTION_INFO_V1(synth_suppliers);
Datum
synth_suppliers(PG_FUNCTION_ARGS)
{
	SgCall		call;
	SgWorld		world;
	int64		nsuppliers,
				first,
				end,
				id;
	Datum		values[NCOLS];
	bool		nulls[NCOLS] = {0};
	SgTextBuf	name,
				email,
				country;

	sg_call_begin(&call, fcinfo, "synth_suppliers");
	call.seed = (uint64) sg_arg_int64(fcinfo, 1, "seed");
	nsuppliers = sg_arg_count(fcinfo, 2, "suppliers", call.scenario.suppliers,
							  SG_MAX_SUPPLIERS);
	sg_call_parts(&call, 3, 4);

	sg_world_init(&world, &call.scenario, call.seed, call.scenario.customers,
				  call.scenario.products, (int32) nsuppliers);
	sg_textbuf_init(&name, sizeof(((SgSupplier *) 0)->name));
	sg_textbuf_init(&email, sizeof(((SgSupplier *) 0)->email));
	sg_textbuf_init(&country, 2);

	sg_slice(nsuppliers, call.part, call.parts, &first, &end);
	for (id = first + 1; id <= end; id++)
	{
		SgSupplier	s;
		MemoryContext old;

		sg_supplier_get(&world, (int32) id, &s);
		old = MemoryContextSwitchTo(call.rowctx);
		values[COL_ID] = Int32GetDatum((int32) id);
		values[COL_NAME] = sg_textbuf_set(&name, s.name, s.name_len);
		values[COL_COUNTRY] = sg_textbuf_set(&country, s.country, strlen(s.country));
		values[COL_EMAIL] = sg_textbuf_set(&email, s.email, s.email_len);
		values[COL_LEAD_TIME] = Int32GetDatum(s.lead_time_days);
		values[COL_RELIABILITY] = sg_numeric_scaled(s.reliability_milli, 3);
		MemoryContextSwitchTo(old);
		sg_call_put(&call, values, nulls);
	}

	sg_call_end(&call);
	return (Datum) 0;
}
