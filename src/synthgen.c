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
#include "funcapi.h"
#include "miscadmin.h"
#include "utils/array.h"
#include "utils/builtins.h"

#include "people.h"

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

/*
 * synthgen.name_pools() -> (country text, pool text, native boolean,
 *     kind text, name text)
 *
 * Every name a country's customers are drawn from, by pool: native pools
 * are the country's own population, the others its documented share of
 * foreign-born customers.  For tests and for the curious; what the word
 * lists of words_people.c hold, nothing computed.
 */
PG_FUNCTION_INFO_V1(synthgen_name_pools);
Datum
synthgen_name_pools(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	int			k,
				p,
				i;

	InitMaterializedSRF(fcinfo, 0);
	for (k = 0; k < sg_n_countries; k++)
	{
		const char *country = sg_countries[k].code;

		for (p = 0; p < sg_n_name_pools; p++)
		{
			const SgNamePool *pool = &sg_name_pools[p];
			bool		used = false,
						native = sg_pool_native(p, country);
			int			l,
						j;

			for (l = 0; l < sg_n_locales && !used; l++)
				if (strcmp(sg_locales[l].country, country) == 0)
					for (j = 0; j < SG_MAX_LOCALE_POOLS && sg_locales[l].pools[j].weight > 0; j++)
						used |= (sg_locales[l].pools[j].pool == p);
			if (!used)
				continue;
			for (i = 0; i < pool->nfirst + pool->nlast; i++)
			{
				Datum		values[5];
				bool		nulls[5] = {0};
				bool		first = i < pool->nfirst;

				CHECK_FOR_INTERRUPTS();
				values[0] = CStringGetTextDatum(country);
				values[1] = CStringGetTextDatum(pool->code);
				values[2] = BoolGetDatum(native);
				values[3] = CStringGetTextDatum(first ? "first" : "last");
				values[4] = CStringGetTextDatum(first ? pool->first[i] :
												pool->last[i - pool->nfirst]);
				tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
			}
		}
	}
	return (Datum) 0;
}
