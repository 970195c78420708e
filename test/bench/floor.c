/*-------------------------------------------------------------------------
 *
 * floor.c
 *	  The floor under a synth_* function's count(*): a set-returning
 *	  function that returns n copies of one row of a given row type, built
 *	  once, through the same materialize-mode tuplestore as synthgen's
 *	  functions (InitMaterializedSRF, tuplestore_putvalues).  Whatever a
 *	  generator does, its count(*) cannot be faster than this one's for the
 *	  same row type: it is the cost of the executor, the tuplestore and its
 *	  temporary file alone.  Used by test/bench/floor.sh only; not part of
 *	  the extension.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "fmgr.h"
#include "funcapi.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/lsyscache.h"
#include "utils/tuplestore.h"

PG_MODULE_MAGIC;

/*
 * floor_rows(n bigint, sample anyelement) RETURNS SETOF anyelement: n
 * copies of sample (a row of the declared row type, e.g. the first row of
 * synth_orders).
 */
PG_FUNCTION_INFO_V1(floor_rows);
Datum
floor_rows(PG_FUNCTION_ARGS)
{
	int64		n = PG_GETARG_INT64(0);
	HeapTupleHeader rec = PG_GETARG_HEAPTUPLEHEADER(1);
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	HeapTupleData tuple;
	TupleDesc	desc;
	Datum	   *values;
	bool	   *nulls;
	int64		i;

	InitMaterializedSRF(fcinfo, 0);
	desc = rsinfo->setDesc;
	values = palloc(desc->natts * sizeof(Datum));
	nulls = palloc(desc->natts * sizeof(bool));
	tuple.t_len = HeapTupleHeaderGetDatumLength(rec);
	ItemPointerSetInvalid(&tuple.t_self);
	tuple.t_tableOid = InvalidOid;
	tuple.t_data = rec;
	heap_deform_tuple(&tuple, desc, values, nulls);

	for (i = 0; i < n; i++)
	{
		tuplestore_putvalues(rsinfo->setResult, desc, values, nulls);
		CHECK_FOR_INTERRUPTS();
	}
	return (Datum) 0;
}
