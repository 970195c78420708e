/*-------------------------------------------------------------------------
 *
 * parquet_stream.c
 *	  Rows into a Parquet stream, shared by synthgen.export_parquet() and
 *	  the COPY ... (FORMAT parquet) hook: the writer of src/parquet/ set up
 *	  for a tuple descriptor (columns mapped by parquet_types.c, memory from
 *	  a context of its own, interrupts checked between its bounded steps),
 *	  one row at a time, and the timing report.
 *
 *-------------------------------------------------------------------------
 */
#include "parquet_types.h"

#include "commands/progress.h"
#include "executor/tuptable.h"
#include "miscadmin.h"
#include "pgstat.h"
#include "tcop/dest.h"
#include "utils/builtins.h"
#include "utils/memutils.h"

static void *
pq_palloc(void *mctx, size_t size)
{
	return MemoryContextAllocHuge((MemoryContext) mctx, size);
}

static void
pq_pfree(void *mctx, void *ptr)
{
	pfree(ptr);
}

/* the writer's interrupt callback: between its bounded steps of work */
static int
pq_interrupt(void *ctx)
{
	CHECK_FOR_INTERRUPTS();
	return 0;
}

static PqCodec
parse_codec(const char *name)
{
	if (pg_strcasecmp(name, "zstd") == 0)
		return PQ_CODEC_ZSTD;
	if (pg_strcasecmp(name, "snappy") == 0)
		return PQ_CODEC_SNAPPY;
	if (pg_strcasecmp(name, "gzip") == 0)
		return PQ_CODEC_GZIP;
	if (pg_strcasecmp(name, "none") == 0 || pg_strcasecmp(name, "uncompressed") == 0)
		return PQ_CODEC_NONE;
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("unknown Parquet compression \"%s\"", name),
			 errhint("Use zstd, snappy, gzip or none.")));
	return PQ_CODEC_NONE;		/* keep compiler quiet */
}

/* an unknown compression name is an error, before anything runs */
void
sg_parquet_check_codec(const char *codec)
{
	(void) parse_codec(codec);
}

struct SgParquetOut
{
	MemoryContext ctx;			/* lives until sg_parquet_finish */
	MemoryContext rowctx;		/* reset after every row */
	PqOptions	opts;
	PqWriter   *writer;
	TupleDesc	desc;
	ExportCol  *cols;
	int64		rows;
	const char *target;			/* for messages */
};

/* rows written so far (for progress reports) */
int64
sg_parquet_rows(const SgParquetOut *out)
{
	return out->rows;
}

/*
 * COMPRESSION_LEVEL of COPY ... (FORMAT parquet): gzip 1 to 9, zstd 1 to 19
 * (past 19 zstd needs up to 800 MB of state and compresses a few hundred kB
 * per second), none for the others.
 */
void
sg_parquet_check_level(const char *codec, int level)
{
	PqCodec		c = parse_codec(codec);
	int			max = c == PQ_CODEC_ZSTD ? PQ_ZSTD_MAX_LEVEL : PQ_GZIP_MAX_LEVEL;

	if (c == PQ_CODEC_NONE || c == PQ_CODEC_SNAPPY)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("option \"compression_level\" is not valid with COMPRESSION %s", codec),
				 errhint("Only zstd (levels 1 to %d) and gzip (levels 1 to %d) take a compression level.",
						 PQ_ZSTD_MAX_LEVEL, PQ_GZIP_MAX_LEVEL)));
	if (level < 1 || level > max)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("option \"compression_level\" must be between 1 and %d for %s compression",
						max, c == PQ_CODEC_ZSTD ? "zstd" : "gzip"),
				 errdetail("Got %d.", level),
				 c == PQ_CODEC_ZSTD ?
				 errhint("Omit it for zstd's default, level 3; levels 20 to 22 are not accepted: they need up to 800 MB of memory and compress a few hundred kB per second.") :
				 errhint("Omit it for gzip's default, level 6.")));
}

SgParquetOut *
sg_parquet_begin(TupleDesc desc, const char *codec, int level, int64 row_group_size,
				 PqWriteFn write, void *ctx, const char *target)
{
	SgParquetOut *out;
	PqColumnSpec *specs;
	MemoryContext old;
	char		errbuf[256];
	int			c;

	if (row_group_size < 1 || row_group_size > 100000000)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("row group size must be between 1 and 100000000"),
				 errdetail("Got " INT64_FORMAT ".", row_group_size)));
	out = palloc0(sizeof(SgParquetOut));
	out->ctx = AllocSetContextCreate(CurrentMemoryContext, "synthgen parquet", ALLOCSET_DEFAULT_SIZES);
	out->rowctx = AllocSetContextCreate(out->ctx, "synthgen parquet row", ALLOCSET_SMALL_SIZES);
	out->target = pstrdup(target);
	out->opts.codec = parse_codec(codec);
	out->opts.level = level;	/* 0: the codec's default; the writer checks the range */
	out->opts.row_group_rows = row_group_size;
	out->opts.row_group_bytes = 64 * 1024 * 1024;
	/* all of the writer's memory, zstd's and zlib's included, is out->ctx's */
	out->opts.alloc = pq_palloc;
	out->opts.dealloc = pq_pfree;
	out->opts.mctx = out->ctx;
	out->opts.interrupt = pq_interrupt;

	old = MemoryContextSwitchTo(out->ctx);
	out->desc = CreateTupleDescCopy(desc);
	out->cols = palloc0(sizeof(ExportCol) * Max(desc->natts, 1));
	specs = palloc0(sizeof(PqColumnSpec) * Max(desc->natts, 1));
	for (c = 0; c < desc->natts; c++)
		sg_pq_map_column(TupleDescAttr(desc, c), &out->cols[c], &specs[c]);
	MemoryContextSwitchTo(old);

	out->writer = pq_writer_create(specs, desc->natts, &out->opts, write, ctx, errbuf, sizeof(errbuf));
	if (out->writer == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("could not start the Parquet file: %s", errbuf)));
	return out;
}

/* the writer refused: a limit of the format, or a fault */
static void
writer_failed(SgParquetOut *out)
{
	if (pq_writer_hit_limit(out->writer))
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("could not write %s: %s", out->target, pq_writer_error(out->writer)),
				 errdetail("The export stopped after " INT64_FORMAT " rows.", out->rows),
				 errhint("Use a larger row group size (ROW_GROUP_SIZE, or the function's row_group_size).")));
	ereport(ERROR,
			(errcode(ERRCODE_IO_ERROR),
			 errmsg("could not write %s: %s", out->target, pq_writer_error(out->writer))));
}

void
sg_parquet_row(SgParquetOut *out, Datum *values, bool *nulls)
{
	int			c;
	MemoryContext old = MemoryContextSwitchTo(out->rowctx);

	for (c = 0; c < out->desc->natts; c++)
	{
		int			rc = nulls[c] ? pq_write_null(out->writer, c) :
			sg_pq_write_value(out->writer, c, &out->cols[c], values[c],
						NameStr(TupleDescAttr(out->desc, c)->attname));

		if (rc < 0)
			writer_failed(out);
	}
	if (pq_end_row(out->writer) < 0)
		writer_failed(out);
	out->rows++;
	MemoryContextSwitchTo(old);
	MemoryContextReset(out->rowctx);
}

int64
sg_parquet_finish(SgParquetOut *out)
{
	int64		rows = out->rows;

	if (pq_writer_finish(out->writer) < 0)
		writer_failed(out);
	pq_writer_free(out->writer);
	MemoryContextDelete(out->ctx);
	pfree(out);
	return rows;
}

void
sg_parquet_report(const char *what, int64 rows, int64 bytes, instr_time started)
{
	instr_time	now;

	if (sg_timing_mode == SG_TIMING_OFF)
		return;
	INSTR_TIME_SET_CURRENT(now);
	INSTR_TIME_SUBTRACT(now, started);
	ereport(sg_timing_mode == SG_TIMING_LOG ? LOG : NOTICE,
			(errmsg("%s: " INT64_FORMAT " rows, %.1f MB in %.3f s",
					what, rows, bytes / 1048576.0, INSTR_TIME_GET_DOUBLE(now)),
			 errhidestmt(true)));
}

/*
 * A DestReceiver that streams the rows it receives into Parquet, for COPY
 * (query) TO and export_parquet() alike: one row at a time from the
 * executor, no batch ever held.  The stream begins at the executor's
 * startup, when the result's shape is known, in mcxt (which outlives the
 * executor's and SPI's contexts); pg_stat_progress_copy is updated every
 * 1000 rows.  sg_parquet_dest_finish() completes the stream.
 */
typedef struct SgParquetDest
{
	DestReceiver pub;
	const char *codec;
	int			level;
	int64		row_group_size;
	SgParquetWriteFn write;
	void	   *ctx;
	const char *target;
	MemoryContext mcxt;
	SgParquetOut *out;
} SgParquetDest;

static void
dest_startup(DestReceiver *self, int operation, TupleDesc typeinfo)
{
	SgParquetDest *d = (SgParquetDest *) self;
	MemoryContext old = MemoryContextSwitchTo(d->mcxt);

	d->out = sg_parquet_begin(typeinfo, d->codec, d->level, d->row_group_size,
							  d->write, d->ctx, d->target);
	MemoryContextSwitchTo(old);
}

static bool
dest_receive(TupleTableSlot *slot, DestReceiver *self)
{
	SgParquetDest *d = (SgParquetDest *) self;

	slot_getallattrs(slot);
	sg_parquet_row(d->out, slot->tts_values, slot->tts_isnull);
	if (d->out->rows % 1000 == 0)
	{
		pgstat_progress_update_param(PROGRESS_COPY_TUPLES_PROCESSED, d->out->rows);
		pgstat_progress_update_param(PROGRESS_COPY_BYTES_PROCESSED,
									 pq_writer_bytes_written(d->out->writer));
	}
	CHECK_FOR_INTERRUPTS();
	return true;
}

static void
dest_nothing(DestReceiver *self)
{
}

DestReceiver *
sg_parquet_dest_create(const char *codec, int level, int64 row_group_size,
					   SgParquetWriteFn write, void *ctx, const char *target)
{
	SgParquetDest *d = palloc0(sizeof(SgParquetDest));

	d->pub.receiveSlot = dest_receive;
	d->pub.rStartup = dest_startup;
	d->pub.rShutdown = dest_nothing;
	d->pub.rDestroy = dest_nothing;
	d->pub.mydest = DestNone;
	d->codec = codec;
	d->level = level;
	d->row_group_size = row_group_size;
	d->write = write;
	d->ctx = ctx;
	d->target = target;
	d->mcxt = CurrentMemoryContext;
	return (DestReceiver *) d;
}

/* after the executor: the stream's end (the footer); the rows written */
int64
sg_parquet_dest_finish(DestReceiver *dest)
{
	SgParquetDest *d = (SgParquetDest *) dest;

	if (d->out == NULL)
		elog(ERROR, "the Parquet export of %s produced no result description", d->target);
	return sg_parquet_finish(d->out);
}
