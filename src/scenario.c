/*-------------------------------------------------------------------------
 *
 * scenario.c
 *	  Reads one row of synthgen.scenarios into an SgScenario.
 *
 * Called once per function call, before any row is produced.  The catalog's
 * CHECK constraints have already refused bad rows, so values are only
 * converted here, not validated again.  Queries are schema-qualified and
 * use pg_catalog operators, so no object on the caller's search_path can
 * capture them.
 *
 *-------------------------------------------------------------------------
 */
#include "synthgen.h"

#include "catalog/pg_type.h"
#include "executor/spi.h"
#include "mb/pg_wchar.h"
#include "utils/array.h"
#include "utils/builtins.h"

static const char *const event_kinds[] = {
	[SG_EVENT_NONE] = "none",
	[SG_EVENT_FLASH_SALE] = "flash_sale",
	[SG_EVENT_HOLIDAY_PEAK] = "holiday_peak",
	[SG_EVENT_SYSTEM_OUTAGE] = "system_outage",
	[SG_EVENT_SUPPLY_DISRUPTION] = "supply_disruption"
};

#define SCENARIO_QUERY \
	"SELECT orders_per_day, customers, products, suppliers, campaigns_per_month," \
	" signups_from, signups_until, utc_offset_hours, diurnal, weekly," \
	" event_kind, event_offset_hours, event_hours," \
	" pg_catalog.int4(event_order_multiplier OPERATOR(pg_catalog.*) 100)," \
	" pg_catalog.int4(event_discount_pct OPERATOR(pg_catalog.*) 100)," \
	" event_category," \
	" pg_catalog.int4(cancel_rate_pct OPERATOR(pg_catalog.*) 100)," \
	" pg_catalog.int4(return_rate_pct OPERATOR(pg_catalog.*) 100)," \
	" pg_catalog.int4(ticket_rate_pct OPERATOR(pg_catalog.*) 100)," \
	" pg_catalog.int4(abandon_rate_pct OPERATOR(pg_catalog.*) 100)" \
	" FROM synthgen.scenarios WHERE name OPERATOR(pg_catalog.=) $1"

#define KNOWN_QUERY \
	"SELECT pg_catalog.string_agg(name, ', ' ORDER BY name) FROM synthgen.scenarios"

static Datum
column(int col, bool *isnull)
{
	return SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, col, isnull);
}

static int32
int4_column(int col)
{
	bool		isnull;
	Datum		d = column(col, &isnull);

	return isnull ? 0 : DatumGetInt32(d);
}

static void
int_array_column(int col, int32 *out, int n)
{
	bool		isnull;
	ArrayType  *arr = DatumGetArrayTypeP(column(col, &isnull));
	Datum	   *elems;
	bool	   *nulls;
	int			nelems;
	int			i;

	deconstruct_array(arr, INT4OID, sizeof(int32), true, TYPALIGN_INT,
					  &elems, &nulls, &nelems);
	/* the CHECK constraints guarantee n non-null elements */
	for (i = 0; i < n && i < nelems; i++)
		out[i] = DatumGetInt32(elems[i]);
}

static int
category_index(const char *name)
{
	int			i;

	for (i = 0; i < sg_n_categories; i++)
		if (strcmp(sg_categories[i].name, name) == 0)
			return i;
	return -1;
}

static void
unknown_scenario(const char *name)
{
	char	   *known = NULL;
	int			len = strlen(name);

	if (SPI_execute(KNOWN_QUERY, true, 1) == SPI_OK_SELECT && SPI_processed == 1)
		known = SPI_getvalue(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1);

	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("unknown scenario \"%.*s%s\"",
					pg_mbcliplen(name, len, 64), name, len > 64 ? "..." : ""),
			 errdetail("Known scenarios: %s.", known ? known : "none"),
			 errhint("Pick one of the known scenarios, or add yours with INSERT INTO synthgen.scenarios.")));
}

void
sg_scenario_lookup(const char *name, SgScenario *sc)
{
	Oid			argtypes[1] = {TEXTOID};
	Datum		args[1];
	bool		isnull;
	char	   *kind;
	int			i;

	memset(sc, 0, sizeof(*sc));
	args[0] = CStringGetTextDatum(name);

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	if (SPI_execute_with_args(SCENARIO_QUERY, 1, argtypes, args, NULL, true, 1) != SPI_OK_SELECT)
		elog(ERROR, "could not read synthgen.scenarios");
	if (SPI_processed != 1)
		unknown_scenario(name);

	strlcpy(sc->name, name, sizeof(sc->name));
	sc->orders_per_day = int4_column(1);
	sc->customers = DatumGetInt64(column(2, &isnull));
	sc->products = int4_column(3);
	sc->suppliers = int4_column(4);
	sc->campaigns_per_month = int4_column(5);
	sc->signups_from = DatumGetTimestampTz(column(6, &isnull));
	sc->signups_until = DatumGetTimestampTz(column(7, &isnull));
	sc->utc_offset_hours = int4_column(8);
	int_array_column(9, sc->diurnal, 24);
	int_array_column(10, sc->weekly, 7);

	kind = SPI_getvalue(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 11);
	sc->event_kind = SG_EVENT_NONE;
	for (i = 0; i < (int) lengthof(event_kinds); i++)
		if (strcmp(kind, event_kinds[i]) == 0)
			sc->event_kind = (SgEventKind) i;

	sc->event_offset_hours = int4_column(12);
	sc->event_hours = int4_column(13);
	sc->event_multiplier_pct = int4_column(14);
	sc->event_discount_bp = int4_column(15);
	(void) column(16, &isnull);
	sc->event_category = isnull ? -1 :
		category_index(SPI_getvalue(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 16));
	sc->cancel_rate_bp = int4_column(17);
	sc->return_rate_bp = int4_column(18);
	sc->ticket_rate_bp = int4_column(19);
	sc->abandon_rate_bp = int4_column(20);

	SPI_finish();
}
