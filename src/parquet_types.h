/*-------------------------------------------------------------------------
 *
 * parquet_types.h
 *	  The mapping from PostgreSQL types to Parquet columns, and the writing
 *	  of one value (parquet_types.c); shared by the row stream of
 *	  parquet_stream.c, which export_parquet() and the COPY hook use.
 *
 *-------------------------------------------------------------------------
 */
#ifndef SYNTHGEN_PARQUET_TYPES_H
#define SYNTHGEN_PARQUET_TYPES_H

#include "synthgen.h"

#include "access/tupdesc.h"

#include "parquet/parquet.h"

typedef enum ColKind
{
	CK_BOOL, CK_INT16, CK_INT32, CK_INT64, CK_FLOAT4, CK_FLOAT8, CK_NUMERIC,
	CK_TEXT, CK_BYTEA, CK_DATE, CK_TIMESTAMP, CK_TIMESTAMPTZ, CK_UUID, CK_JSON,
	CK_OTHER
} ColKind;

typedef struct ExportCol
{
	ColKind		kind;
	int			precision;		/* numeric */
	int			scale;
	FmgrInfo	out;			/* CK_OTHER, CK_JSON (jsonb) */
	bool		use_out;
} ExportCol;

extern void sg_pq_map_column(Form_pg_attribute att, ExportCol *col, PqColumnSpec *spec);
extern int	sg_pq_write_value(PqWriter *w, int c, const ExportCol *col, Datum d, const char *name);

#endif							/* SYNTHGEN_PARQUET_TYPES_H */
