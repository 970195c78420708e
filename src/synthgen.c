/*-------------------------------------------------------------------------
 *
 * synthgen.c
 *	  Module entry point and the small utility functions of schema synthgen.
 *
 * _PG_init only calls each module's initializer, then reserves the
 * "synthgen." prefix once all settings are defined (see guc.c).
 *
 *-------------------------------------------------------------------------
 */
#include "synthgen.h"

#include "catalog/pg_type.h"
#include "utils/array.h"
#include "utils/builtins.h"

PG_MODULE_MAGIC;

extern PGDLLEXPORT void _PG_init(void);

void
_PG_init(void)
{
	SgGucInit();
	SgCopyParquetInit();
	SgGucReserve();
}

PG_FUNCTION_INFO_V1(synthgen_version);
Datum
synthgen_version(PG_FUNCTION_ARGS)
{
	PG_RETURN_TEXT_P(cstring_to_text(psprintf("synthgen %s (algorithm %d)",
											  SYNTHGEN_VERSION,
											  SG_ALGORITHM_VERSION)));
}

PG_FUNCTION_INFO_V1(synthgen_category_names);
Datum
synthgen_category_names(PG_FUNCTION_ARGS)
{
	Datum	   *elems = palloc(sizeof(Datum) * sg_n_categories);
	int			i;

	for (i = 0; i < sg_n_categories; i++)
		elems[i] = CStringGetTextDatum(sg_categories[i].name);
	PG_RETURN_ARRAYTYPE_P(construct_array(elems, sg_n_categories, TEXTOID,
										  -1, false, TYPALIGN_INT));
}
