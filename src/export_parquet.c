/*-------------------------------------------------------------------------
 *
 * export_parquet.c
 *	  synthgen.export_parquet(query, path, compression, row_group_size):
 *	  runs a query with the caller's rights and writes its result as a
 *	  Parquet file on the server through the PostgreSQL-free writer of
 *	  src/parquet/.
 *
 * Privileges are core COPY's: a server file needs superuser or
 * pg_write_server_files, and only absolute paths are accepted.  The file
 * appears whole or not at all: rows go to a temporary name in the same
 * directory (random, created exclusively, never through a symbolic link),
 * which is fsynced, given the mode of the file it replaces, and renamed
 * when complete; it is removed on any error or cancel, and at process exit
 * when the backend is terminated.  The query's rows reach the writer one at
 * a time through a DestReceiver (as COPY's do), and the writer flushes
 * bounded row groups, so memory does not grow with the result.  The query
 * may modify data if it returns rows (INSERT ... RETURNING), as with COPY
 * (query) TO.  Progress shows in pg_stat_progress_copy.
 *
 *-------------------------------------------------------------------------
 */
#include "synthgen.h"

#include <fcntl.h>
#include <limits.h>
#include <sys/stat.h>
#include <unistd.h>

#include "access/xact.h"
#include "catalog/pg_authid.h"
#include "catalog/pg_type.h"
#include "commands/progress.h"
#include "executor/spi.h"
#include "miscadmin.h"
#include "pgstat.h"
#include "storage/fd.h"
#include "storage/ipc.h"
#include "tcop/dest.h"
#include "utils/acl.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/numeric.h"
#include "utils/timestamp.h"
#include "utils/uuid.h"

#include "parquet/parquet.h"

#define WRITE_BUFSIZE	(1024 * 1024)
#define TMP_NAME_TRIES	100
/* unix epoch - PostgreSQL epoch */
#define PG_UNIX_EPOCH_DAYS	INT64CONST(10957)
#define PG_UNIX_EPOCH_USECS	(PG_UNIX_EPOCH_DAYS * USECS_PER_DAY)

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



struct SgParquetFile
{
	int			fd;
	bool		closed;
	char	   *path;
	char	   *tmppath;		/* also in tmp_files until committed or removed */
	char	   *buf;
	size_t		used;
	int64		bytes;
};

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

static int
write_all(int fd, const void *data, size_t len)
{
	while (len > 0)
	{
		ssize_t		n = write(fd, data, len);

		if (n < 0)
		{
			if (errno == EINTR)
				continue;
			return -1;
		}
		data = (const char *) data + n;
		len -= n;
	}
	return 0;
}

static int
file_flush(SgParquetFile *f)
{
	if (write_all(f->fd, f->buf, f->used) < 0)
		return -1;
	f->used = 0;
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

/* the Parquet column of a result column (SPEC §6 type mapping) */
static void
map_column(Form_pg_attribute att, ExportCol *col, PqColumnSpec *spec)
{
	Oid			typid = getBaseType(att->atttypid);
	Oid			outfn;
	bool		isvarlena;

	memset(spec, 0, sizeof(*spec));
	spec->name = pstrdup(NameStr(att->attname));
	spec->nullable = true;
	col->use_out = false;

	if (type_is_array(typid))
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("column \"%s\" is an array, which Parquet export does not support yet",
						NameStr(att->attname)),
				 errhint("Cast it to text, or unnest it.")));

	switch (typid)
	{
		case BOOLOID:
			col->kind = CK_BOOL;
			spec->physical = PQ_BOOLEAN;
			break;
		case INT2OID:
			col->kind = CK_INT16;
			spec->physical = PQ_INT32;
			spec->logical = PQ_LOGICAL_INT;
			spec->int_bits = 16;
			spec->int_signed = true;
			break;
		case INT4OID:
			col->kind = CK_INT32;
			spec->physical = PQ_INT32;
			spec->logical = PQ_LOGICAL_INT;
			spec->int_bits = 32;
			spec->int_signed = true;
			break;
		case INT8OID:
			col->kind = CK_INT64;
			spec->physical = PQ_INT64;
			spec->logical = PQ_LOGICAL_INT;
			spec->int_bits = 64;
			spec->int_signed = true;
			break;
		case FLOAT4OID:
			col->kind = CK_FLOAT4;
			spec->physical = PQ_FLOAT;
			break;
		case FLOAT8OID:
			col->kind = CK_FLOAT8;
			spec->physical = PQ_DOUBLE;
			break;
		case NUMERICOID:
			col->kind = CK_NUMERIC;
			spec->logical = PQ_LOGICAL_DECIMAL;
			if (att->atttypmod >= (int32) VARHDRSZ)
			{
				col->precision = ((att->atttypmod - VARHDRSZ) >> 16) & 0xffff;
				col->scale = (((att->atttypmod - VARHDRSZ) & 0x7ff) ^ 1024) - 1024;
			}
			else
			{
				/* unconstrained numeric: DECIMAL(38,10), values that do not fit are errors */
				col->precision = 38;
				col->scale = 10;
			}
			if (col->scale < 0 || col->scale > col->precision || col->precision > 38)
				ereport(ERROR,
						(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
						 errmsg("column \"%s\" is numeric(%d,%d), which Parquet DECIMAL cannot hold",
								NameStr(att->attname), col->precision, col->scale),
						 errhint("Cast it to numeric(p,s) with 0 <= s <= p <= 38.")));
			spec->precision = col->precision;
			spec->scale = col->scale;
			if (col->precision <= 9)
				spec->physical = PQ_INT32;
			else if (col->precision <= 18)
				spec->physical = PQ_INT64;
			else
			{
				spec->physical = PQ_FIXED_LEN_BYTE_ARRAY;
				spec->fixed_len = 16;
			}
			break;
		case TEXTOID:
		case VARCHAROID:
		case BPCHAROID:
		case NAMEOID:
			col->kind = CK_TEXT;
			spec->physical = PQ_BYTE_ARRAY;
			spec->logical = PQ_LOGICAL_STRING;
			break;
		case BYTEAOID:
			col->kind = CK_BYTEA;
			spec->physical = PQ_BYTE_ARRAY;
			break;
		case DATEOID:
			col->kind = CK_DATE;
			spec->physical = PQ_INT32;
			spec->logical = PQ_LOGICAL_DATE;
			break;
		case TIMESTAMPOID:
		case TIMESTAMPTZOID:
			col->kind = typid == TIMESTAMPOID ? CK_TIMESTAMP : CK_TIMESTAMPTZ;
			spec->physical = PQ_INT64;
			spec->logical = PQ_LOGICAL_TIMESTAMP_MICROS;
			spec->utc_adjusted = typid == TIMESTAMPTZOID;
			break;
		case UUIDOID:
			col->kind = CK_UUID;
			spec->physical = PQ_FIXED_LEN_BYTE_ARRAY;
			spec->logical = PQ_LOGICAL_UUID;
			spec->fixed_len = UUID_LEN;
			break;
		case JSONOID:
		case JSONBOID:
			col->kind = CK_JSON;
			spec->physical = PQ_BYTE_ARRAY;
			spec->logical = PQ_LOGICAL_JSON;
			col->use_out = true;
			break;
		default:
			col->kind = CK_OTHER;
			spec->physical = PQ_BYTE_ARRAY;
			spec->logical = PQ_LOGICAL_STRING;
			col->use_out = true;
			break;
	}
	if (col->use_out)
	{
		getTypeOutputInfo(att->atttypid, &outfn, &isvarlena);
		fmgr_info(outfn, &col->out);
	}
}

/*
 * numeric -> unscaled 128-bit integer at the column's scale, exactly: at
 * most precision - scale integer digits, no non-zero digit past the scale,
 * so the result has at most 38 digits and cannot overflow.
 */
static __int128
numeric_unscaled(Datum d, const ExportCol *col, const char *name)
{
	char	   *s = DatumGetCString(DirectFunctionCall1(numeric_out, d));
	const char *p = s;
	const char *dot;
	bool		neg = false;
	__int128	v = 0;
	int			int_digits = 0;
	int			i;

	if (strcmp(s, "NaN") == 0 || strcmp(s, "Infinity") == 0 || strcmp(s, "-Infinity") == 0)
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("column \"%s\" holds %s, which Parquet DECIMAL cannot represent", name, s),
				 errhint("Filter it out, or map it to NULL explicitly.")));
	if (*p == '-')
	{
		neg = true;
		p++;
	}
	while (*p == '0' && p[1] >= '0' && p[1] <= '9')
		p++;					/* leading zeros */
	dot = strchr(p, '.');
	int_digits = dot ? (int) (dot - p) : (int) strlen(p);
	if (int_digits == 1 && *p == '0')
		int_digits = 0;
	if (int_digits > col->precision - col->scale)
		goto misfit;
	for (; p < (dot ? dot : p + strlen(p)); p++)
		v = v * 10 + (*p - '0');
	{
		/* the fraction's digits, padded with zeros up to the scale */
		const char *f = dot ? dot + 1 : "";

		for (i = 0; i < col->scale; i++)
		{
			int			digit = 0;

			if (*f != '\0')
				digit = *f++ - '0';
			v = v * 10 + digit;
		}
	}
	if (dot && strlen(dot + 1) > (size_t) col->scale)
	{
		for (p = dot + 1 + col->scale; *p; p++)
			if (*p != '0')
				goto misfit;
	}
	pfree(s);
	return neg ? -v : v;

misfit:
	ereport(ERROR,
			(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
			 errmsg("value %s of column \"%s\" does not fit DECIMAL(%d,%d)", s, name,
					col->precision, col->scale),
			 errhint("Cast the column to numeric(p,s) with the precision and scale you want.")));
	return 0;
}

static int
write_value(PqWriter *w, int c, const ExportCol *col, Datum d, const char *name)
{
	switch (col->kind)
	{
		case CK_BOOL:
			return pq_write_bool(w, c, DatumGetBool(d));
		case CK_INT16:
			return pq_write_int32(w, c, DatumGetInt16(d));
		case CK_INT32:
			return pq_write_int32(w, c, DatumGetInt32(d));
		case CK_INT64:
			return pq_write_int64(w, c, DatumGetInt64(d));
		case CK_FLOAT4:
			return pq_write_float(w, c, DatumGetFloat4(d));
		case CK_FLOAT8:
			return pq_write_double(w, c, DatumGetFloat8(d));
		case CK_NUMERIC:
			{
				__int128	v = numeric_unscaled(d, col, name);
				uint8		be[16];
				int			i;

				if (col->precision <= 9)
					return pq_write_int32(w, c, (int32) v);
				if (col->precision <= 18)
					return pq_write_int64(w, c, (int64) v);
				for (i = 15; i >= 0; i--)
				{
					be[i] = (uint8) (v & 0xff);
					v >>= 8;
				}
				return pq_write_bytes(w, c, be, 16);
			}
		case CK_TEXT:
		case CK_BYTEA:
			{
				struct varlena *t = PG_DETOAST_DATUM_PACKED(d);

				return pq_write_bytes(w, c, VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t));
			}
		case CK_DATE:
			{
				DateADT		v = DatumGetDateADT(d);

				if (DATE_NOT_FINITE(v))
					ereport(ERROR,
							(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
							 errmsg("column \"%s\" holds an infinite date, which Parquet cannot represent", name)));
				return pq_write_int32(w, c, v + (int32) PG_UNIX_EPOCH_DAYS);
			}
		case CK_TIMESTAMP:
		case CK_TIMESTAMPTZ:
			{
				Timestamp	v = DatumGetTimestamp(d);

				if (TIMESTAMP_NOT_FINITE(v))
					ereport(ERROR,
							(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
							 errmsg("column \"%s\" holds an infinite time stamp, which Parquet cannot represent", name)));
				return pq_write_int64(w, c, v + PG_UNIX_EPOCH_USECS);
			}
		case CK_UUID:
			return pq_write_bytes(w, c, DatumGetUUIDP(d)->data, UUID_LEN);
		case CK_JSON:
		case CK_OTHER:
			{
				char	   *s = OutputFunctionCall((FmgrInfo *) &col->out, d);

				return pq_write_bytes(w, c, s, strlen(s));
			}
	}
	return -1;
}

/* ---------------------------------------------------------------------- */
/* rows -> a Parquet stream (shared by export_parquet() and the COPY hook) */

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
		map_column(TupleDescAttr(desc, c), &out->cols[c], &specs[c]);
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
			write_value(out->writer, c, &out->cols[c], values[c],
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

/* ---------------------------------------------------------------------- */
/* a server file: temporary name, fsync, rename; removed on error */


/*
 * Temporary files not yet renamed or removed, in TopMemoryContext: an
 * error removes its own in PG_CATCH, but a terminated backend exits from
 * inside the export (FATAL does not unwind), so process exit removes what
 * is left.
 */
static List *tmp_files = NIL;
static bool tmp_exit_registered = false;

static void
tmp_files_at_exit(int code, Datum arg)
{
	ListCell   *lc;

	foreach(lc, tmp_files)
		unlink((const char *) lfirst(lc));
	tmp_files = NIL;
}

/* an error outside an export's own PG_CATCH: the transaction's end removes it */
static void
tmp_files_at_abort(XactEvent event, void *arg)
{
	if (event == XACT_EVENT_ABORT || event == XACT_EVENT_PARALLEL_ABORT)
		tmp_files_at_exit(0, (Datum) 0);
}

static void
tmp_forget(const char *tmppath)
{
	ListCell   *lc;

	foreach(lc, tmp_files)
	{
		if (strcmp((const char *) lfirst(lc), tmppath) == 0)
		{
			char	   *p = lfirst(lc);

			tmp_files = foreach_delete_current(tmp_files, lc);
			pfree(p);
			break;
		}
	}
}

/* core COPY's rules for server files */
SgParquetFile *
sg_parquet_file_open(const char *path)
{
	SgParquetFile *f;
	const char *slash;
	MemoryContext old;
	int			tries;

	if (!has_privs_of_role(GetUserId(), ROLE_PG_WRITE_SERVER_FILES))
		ereport(ERROR,
				(errcode(ERRCODE_INSUFFICIENT_PRIVILEGE),
				 errmsg("permission denied to export to a file"),
				 errdetail("Only roles with privileges of the \"pg_write_server_files\" role may write files on the server, as with COPY."),
				 errhint("Export to the client instead: psql's \\copy, or COPY ... TO STDOUT.")));
	if (!is_absolute_path(path))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_NAME),
				 errmsg("relative path not allowed for a Parquet export to a file"),
				 errhint("Give an absolute path, as COPY requires.")));

	f = palloc0(sizeof(SgParquetFile));
	f->path = pstrdup(path);
	slash = strrchr(path, '/');
	/* as open() would, but with a message and SQLSTATE that say so */
	if (strlen(slash + 1) > NAME_MAX || strlen(path) >= MAXPGPATH)
		ereport(ERROR,
				(errcode(ERRCODE_NAME_TOO_LONG),
				 errmsg("file name \"%s\" is too long", path),
				 errdetail("A file name may have up to %d bytes, a path up to %d.",
						   NAME_MAX, MAXPGPATH - 1)));
	f->buf = palloc(WRITE_BUFSIZE);
	if (!tmp_exit_registered)
	{
		on_proc_exit(tmp_files_at_exit, (Datum) 0);
		RegisterXactCallback(tmp_files_at_abort, NULL);
		tmp_exit_registered = true;
	}

	/*
	 * The temporary name is short, whatever the target's length, and
	 * unpredictable: a file or link planted at a guessable name would block
	 * the export or redirect it.  O_EXCL with O_NOFOLLOW creates a new file
	 * or fails; a name taken by chance is drawn again.
	 */
	for (tries = 0;; tries++)
	{
		uint8		rnd[8];
		mode_t		oumask;

		if (!pg_strong_random(rnd, sizeof(rnd)))
			ereport(ERROR,
					(errcode(ERRCODE_INTERNAL_ERROR),
					 errmsg("could not generate a random temporary file name")));
		f->tmppath = psprintf("%.*s/.synthgen.%02x%02x%02x%02x%02x%02x%02x%02x.tmp",
							  (int) (slash - path), path, rnd[0], rnd[1], rnd[2], rnd[3],
							  rnd[4], rnd[5], rnd[6], rnd[7]);
		/* as COPY TO a file: readable by all, whatever the server's umask */
		oumask = umask(S_IWGRP | S_IWOTH);
		f->fd = OpenTransientFilePerm(f->tmppath,
									  O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | PG_BINARY,
									  S_IRUSR | S_IWUSR | S_IRGRP | S_IROTH);
		umask(oumask);
		if (f->fd >= 0 || errno != EEXIST || tries >= TMP_NAME_TRIES)
			break;
		pfree(f->tmppath);
	}
	if (f->fd < 0)
		ereport(ERROR,
				(errcode_for_file_access(),
				 errmsg("could not create file \"%s\": %m", f->tmppath)));
	old = MemoryContextSwitchTo(TopMemoryContext);
	tmp_files = lappend(tmp_files, pstrdup(f->tmppath));
	MemoryContextSwitchTo(old);
	return f;
}

int
sg_parquet_file_write(void *ctx, const void *data, size_t len)
{
	SgParquetFile *f = ctx;

	f->bytes += len;
	if (f->used + len > WRITE_BUFSIZE && file_flush(f) < 0)
		return -1;
	if (len > WRITE_BUFSIZE)
		return write_all(f->fd, data, len);
	memcpy(f->buf + f->used, data, len);
	f->used += len;
	return 0;
}

void
sg_parquet_file_commit(SgParquetFile *f)
{
	if (file_flush(f) < 0)
		ereport(ERROR,
				(errcode_for_file_access(),
				 errmsg("could not write file \"%s\": %m", f->tmppath)));
	{
		/* core COPY truncates an existing file in place: keep its mode */
		struct stat st;

		if (stat(f->path, &st) == 0 && S_ISREG(st.st_mode) &&
			fchmod(f->fd, st.st_mode & 07777) != 0)
			ereport(ERROR,
					(errcode_for_file_access(),
					 errmsg("could not change the mode of file \"%s\": %m", f->tmppath)));
	}
	if (pg_fsync(f->fd) != 0)
		ereport(ERROR,
				(errcode_for_file_access(),
				 errmsg("could not fsync file \"%s\": %m", f->tmppath)));
	if (CloseTransientFile(f->fd) != 0)
		ereport(ERROR,
				(errcode_for_file_access(),
				 errmsg("could not close file \"%s\": %m", f->tmppath)));
	f->closed = true;
	/* the file appears whole: rename, then make the rename durable */
	durable_rename(f->tmppath, f->path, ERROR);
	tmp_forget(f->tmppath);
}

/* on error or cancel: no partial file */
void
sg_parquet_file_abort(SgParquetFile *f)
{
	if (!f->closed)
		CloseTransientFile(f->fd);
	f->closed = true;
	unlink(f->tmppath);
	tmp_forget(f->tmppath);
}

int64
sg_parquet_file_bytes(const SgParquetFile *f)
{
	return f->bytes;
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
 * The query's rows, one at a time from the executor, into the writer (as
 * COPY (query) TO does): no batch of rows is ever held.
 */
typedef struct ExportDest
{
	DestReceiver pub;
	const char *codec;
	int32		row_group_size;
	SgParquetFile *file;
	const char *path;
	MemoryContext mcxt;			/* outlives SPI's contexts */
	SgParquetOut *out;
} ExportDest;

static void
export_startup(DestReceiver *self, int operation, TupleDesc typeinfo)
{
	ExportDest *d = (ExportDest *) self;
	MemoryContext old = MemoryContextSwitchTo(d->mcxt);

	d->out = sg_parquet_begin(typeinfo, d->codec, 0, d->row_group_size,
							  sg_parquet_file_write, d->file, d->path);
	MemoryContextSwitchTo(old);
}

static bool
export_receive(TupleTableSlot *slot, DestReceiver *self)
{
	ExportDest *d = (ExportDest *) self;

	slot_getallattrs(slot);
	sg_parquet_row(d->out, slot->tts_values, slot->tts_isnull);
	if (d->out->rows % 1000 == 0)
	{
		pgstat_progress_update_param(PROGRESS_COPY_TUPLES_PROCESSED, d->out->rows);
		pgstat_progress_update_param(PROGRESS_COPY_BYTES_PROCESSED, sg_parquet_file_bytes(d->file));
	}
	CHECK_FOR_INTERRUPTS();
	return true;
}

static void
export_shutdown(DestReceiver *self)
{
}

static void
export_destroy(DestReceiver *self)
{
}

/*
 * synthgen.export_parquet(query text, path text, compression text,
 *						   row_group_size int) RETURNS bigint
 *
 * The query runs with the caller's rights (ACLs and row security apply) and
 * may be any single statement that returns rows, data-modifying ones with
 * RETURNING included (the function is volatile; their changes stay with
 * the caller's transaction, the file is there once the function returns).
 */
PG_FUNCTION_INFO_V1(synthgen_export_parquet);
Datum
synthgen_export_parquet(PG_FUNCTION_ARGS)
{
	char	   *query,
			   *path,
			   *codec;
	int32		row_group_size;
	SgParquetFile *file;
	ExportDest	dest;
	int64		rows = 0;
	instr_time	t0;

	if (PG_ARGISNULL(0) || PG_ARGISNULL(1) || PG_ARGISNULL(2) || PG_ARGISNULL(3))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("arguments of synthgen.export_parquet must not be NULL")));
	query = text_to_cstring(PG_GETARG_TEXT_PP(0));
	path = text_to_cstring(PG_GETARG_TEXT_PP(1));
	codec = text_to_cstring(PG_GETARG_TEXT_PP(2));
	row_group_size = PG_GETARG_INT32(3);
	(void) parse_codec(codec);
	if (row_group_size < 1 || row_group_size > 100000000)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("argument \"row_group_size\" must be between 1 and 100000000"),
				 errdetail("Got %d.", row_group_size)));

	INSTR_TIME_SET_CURRENT(t0);
	file = sg_parquet_file_open(path);
	pgstat_progress_start_command(PROGRESS_COMMAND_COPY, InvalidOid);
	pgstat_progress_update_param(PROGRESS_COPY_COMMAND, PROGRESS_COPY_COMMAND_TO);
	pgstat_progress_update_param(PROGRESS_COPY_TYPE, PROGRESS_COPY_TYPE_FILE);

	memset(&dest, 0, sizeof(dest));
	dest.pub.receiveSlot = export_receive;
	dest.pub.rStartup = export_startup;
	dest.pub.rShutdown = export_shutdown;
	dest.pub.rDestroy = export_destroy;
	dest.pub.mydest = DestNone;
	dest.codec = codec;
	dest.row_group_size = row_group_size;
	dest.file = file;
	dest.path = path;
	dest.mcxt = CurrentMemoryContext;

	PG_TRY();
	{
		SPIPlanPtr	plan;
		SPIExecuteOptions xopts;
		int			rc;

		SPI_connect();
		plan = SPI_prepare(query, 0, NULL);
		if (plan == NULL)
			elog(ERROR, "could not prepare the export query: %s", SPI_result_code_string(SPI_result));
		if (!SPI_is_cursor_plan(plan))
			ereport(ERROR,
					(errcode(ERRCODE_WRONG_OBJECT_TYPE),
					 errmsg("the export query must return rows"),
					 errhint("Give one SELECT, VALUES or TABLE statement, or INSERT, UPDATE or DELETE with RETURNING.")));
		memset(&xopts, 0, sizeof(xopts));
		xopts.read_only = false;	/* INSERT ... RETURNING may modify data */
		xopts.dest = (DestReceiver *) &dest;
		rc = SPI_execute_plan_extended(plan, &xopts);
		if (rc < 0)
			elog(ERROR, "could not run the export query: %s", SPI_result_code_string(rc));
		SPI_finish();
		if (dest.out == NULL)
			elog(ERROR, "the export query produced no result description");
		rows = sg_parquet_finish(dest.out);
		sg_parquet_file_commit(file);
	}
	PG_CATCH();
	{
		sg_parquet_file_abort(file);
		PG_RE_THROW();
	}
	PG_END_TRY();

	pgstat_progress_end_command();
	sg_parquet_report("synthgen.export_parquet", rows, sg_parquet_file_bytes(file), t0);
	PG_RETURN_INT64(rows);
}
