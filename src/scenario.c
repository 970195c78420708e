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

#define SCENARIO_QUERY \
	"SELECT seed, orders_per_day, customers, products, suppliers, campaigns_per_month," \
	" signups_from, signups_until, utc_offset_hours, diurnal, weekly," \
	" flash_sale_every_days, flash_sale_start_hour, flash_sale_hours," \
	" pg_catalog.int4(flash_sale_multiplier OPERATOR(pg_catalog.*) 100)," \
	" pg_catalog.int4(flash_sale_discount_pct OPERATOR(pg_catalog.*) 100)," \
	" flash_sale_category," \
	" pg_catalog.int4(holiday_multiplier OPERATOR(pg_catalog.*) 100)," \
	" pg_catalog.int4(holiday_discount_pct OPERATOR(pg_catalog.*) 100)," \
	" outage_every_days, outage_minutes_min, outage_minutes_max," \
	" pg_catalog.int4(outage_order_multiplier OPERATOR(pg_catalog.*) 100)," \
	" disruption_every_days, disruption_days_min, disruption_days_max," \
	" pg_catalog.int4(cancel_rate_pct OPERATOR(pg_catalog.*) 100)," \
	" pg_catalog.int4(return_rate_pct OPERATOR(pg_catalog.*) 100)," \
	" pg_catalog.int4(ticket_rate_pct OPERATOR(pg_catalog.*) 100)," \
	" pg_catalog.int4(abandon_rate_pct OPERATOR(pg_catalog.*) 100)" \
	" FROM synthgen.scenarios WHERE name OPERATOR(pg_catalog.=) $1"

#define VERSION_QUERY \
	"SELECT extversion FROM pg_catalog.pg_extension" \
	" WHERE extname OPERATOR(pg_catalog.=) 'synthgen'"

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
category_index(int col)
{
	bool		isnull;
	const char *name;
	int			i;

	(void) column(col, &isnull);
	if (isnull)
		return -1;
	name = SPI_getvalue(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, col);
	for (i = 0; i < sg_n_categories; i++)
		if (strcmp(sg_categories[i].name, name) == 0)
			return i;
	return -1;
}

/*
 * This library generates one algorithm.  A database whose extension is
 * still at another version (its SQL objects were made for another
 * library, e.g. 1.2's algorithm 1) gets an error naming the fix, never
 * rows of the other algorithm (docs/design.md, "Upgrading").
 */
static void
check_installed_version(void)
{
	char	   *installed = NULL;

	if (SPI_execute(VERSION_QUERY, true, 1) == SPI_OK_SELECT && SPI_processed == 1)
		installed = SPI_getvalue(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1);
	if (installed == NULL || strcmp(installed, SYNTHGEN_VERSION) == 0)
		return;
	ereport(ERROR,
			(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
			 errmsg("synthgen's SQL objects in this database are version %s, but the installed library is %s",
					installed, SYNTHGEN_VERSION),
			 errdetail("Library %s generates algorithm %d only; the objects of version %s were made for another algorithm, so its output would differ from what they promise.",
					   SYNTHGEN_VERSION, SG_ALGORITHM_VERSION, installed),
			 errhint("Run ALTER EXTENSION synthgen UPDATE to use algorithm %d; to keep version %s's output, install that version's package instead.",
					 SG_ALGORITHM_VERSION, installed)));
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

/* the same check on its own, for callers that must not read their arguments first */
void
sg_require_installed_version(void)
{
	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	check_installed_version();
	SPI_finish();
}

void
sg_scenario_lookup(const char *name, SgScenario *sc)
{
	Oid			argtypes[1] = {TEXTOID};
	Datum		args[1];
	bool		isnull;

	memset(sc, 0, sizeof(*sc));
	args[0] = CStringGetTextDatum(name);

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	check_installed_version();
	if (SPI_execute_with_args(SCENARIO_QUERY, 1, argtypes, args, NULL, true, 1) != SPI_OK_SELECT)
		elog(ERROR, "could not read synthgen.scenarios");
	if (SPI_processed != 1)
		unknown_scenario(name);

	strlcpy(sc->name, name, sizeof(sc->name));
	sc->seed = (uint64) DatumGetInt64(column(1, &isnull));
	sc->orders_per_day = int4_column(2);
	sc->customers = DatumGetInt64(column(3, &isnull));
	sc->products = int4_column(4);
	sc->suppliers = int4_column(5);
	sc->campaigns_per_month = int4_column(6);
	sc->signups_from = DatumGetTimestampTz(column(7, &isnull));
	sc->signups_until = DatumGetTimestampTz(column(8, &isnull));
	sc->utc_offset_hours = int4_column(9);
	int_array_column(10, sc->diurnal, 24);
	int_array_column(11, sc->weekly, 7);
	sc->flash_every_days = int4_column(12);
	sc->flash_start_hour = int4_column(13);
	sc->flash_hours = int4_column(14);
	sc->flash_multiplier_pct = int4_column(15);
	sc->flash_discount_bp = int4_column(16);
	sc->flash_category = category_index(17);
	sc->holiday_multiplier_pct = int4_column(18);
	sc->holiday_discount_bp = int4_column(19);
	sc->outage_every_days = int4_column(20);
	sc->outage_minutes_min = int4_column(21);
	sc->outage_minutes_max = int4_column(22);
	sc->outage_multiplier_pct = int4_column(23);
	sc->disruption_every_days = int4_column(24);
	sc->disruption_days_min = int4_column(25);
	sc->disruption_days_max = int4_column(26);
	sc->cancel_rate_bp = int4_column(27);
	sc->return_rate_bp = int4_column(28);
	sc->ticket_rate_bp = int4_column(29);
	sc->abandon_rate_bp = int4_column(30);

	SPI_finish();
}
