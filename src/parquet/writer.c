/*-------------------------------------------------------------------------
 *
 * writer.c
 *	  The Parquet file writer: schema validation, per-column page and
 *	  column-chunk buffers, dictionary encoding with fallback to PLAIN,
 *	  statistics, compression in bounded steps, row-group flushing and the
 *	  footer.
 *
 * Layout: "PAR1", then per row group and per column one chunk (an optional
 * dictionary page, then DataPage v1 pages), then the Thrift-compact
 * FileMetaData, its 4-byte little-endian length and "PAR1".  A row group's
 * chunks are buffered (compressed) in memory until the group is flushed,
 * since each chunk must be contiguous in the file and rows arrive one at a
 * time.
 *
 * Memory.  Everything the writer holds, the codecs' state included, comes
 * from the caller's allocator, and at any moment it is at most
 *
 *		B + R + ncols * C + K + F
 *
 *	B	the row-group budget, row_group_bytes (64 MB in the extension, 128 MB
 *		by default): a row group is flushed at the end of the first row at
 *		which its columns' buffered bytes reach it (compressed chunk
 *		segments by allocated size, unflushed pages, dictionaries with
 *		their index arrays); the flush writes and frees every chunk segment
 *		and frees the dictionaries, so nothing keeps its largest size;
 *	R	the row in flight, compressed (at most 7/6 of its size, snappy's
 *		worst case): a row group holds whole rows, so one row larger than
 *		the budget is buffered whole (PostgreSQL holds that row meanwhile);
 *		a value of a page or more is compressed straight from the caller's
 *		memory into chunk segments, never copied into a page first;
 *	C	what one column holds beyond what B counts: 2 P + 3 D + 128 kB
 *		(page values and definition levels with their doubling slack, a
 *		dictionary and its index arrays while they double, a page moved
 *		into the chunk within the row, a chunk segment, statistics), where
 *		P and D are the page and dictionary limits (page_bytes, dict_bytes:
 *		1 MB), lowered to B / (4 ncols) but not below 8 kB for wide files,
 *		so that the per-column buffers stay a fraction of the budget;
 *	K	shared by all columns: 4 P + 256 kB (a page body, its compressed
 *		copy, a snappy fragment, page headers) plus the codec's state:
 *		zstd at most 20 MB (levels up to 19, its window held to 1 MB; 2 to
 *		4 MB at its default level 3), gzip 270 kB, snappy none through the
 *		allocator (about 200 kB of its own per call, freed before it
 *		returns);
 *	F	the footer's RowGroup structs, at most footer_bytes (64 MB): a
 *		file that would need more fails as a format limit (54000 in the
 *		extension) before its footer gets there.
 *
 * With the extension's B = 64 MB, no codec state and rows of one 1 MB
 * value per column: 1 column 64 + 1 + 5.1 + 4.3 = 74 MB; 8 columns 64 + 8
 * + 41 + 4.3 = 117 MB; 16 columns 64 + 16 + 82 + 4.3 = 166 MB; 64 columns
 * (P = D = 256 kB) 64 + 64 + 88 + 1.3 = 217 MB; 200 columns of small
 * values (P = D = 84 kB) 64 + 107 + 0.6 + F = 172 MB + F.  Counted through
 * the allocator by test/unit/test_parquet.c, 70 such rows of 1 MB values
 * peak at 64.1, 64.6, 65.1 and 68.3 MB (the writer before this bound: 196,
 * 154, 166 and 259 MB); 200 columns of one-row row groups are refused after
 * 6772 rows at a peak of 64.3 MB (before: 1 GB, and a 32767-row-group
 * footer).  test/sh/parquet_memory.sh checks a backend's private memory
 * against the same bound.
 *
 * Time.  Work that grows with a value's size runs in steps of at most
 * PQ_STEP_BYTES of input (compressed with zstd's and zlib's streaming
 * calls, snappy fragments, plain copies) and writes at most one segment
 * per call of the write callback, with the caller's interrupt callback
 * between steps: one step takes well under 1 s at any accepted level.
 *
 *-------------------------------------------------------------------------
 */
#include "parquet.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include <snappy-c.h>
#include <zlib.h>
/* ZSTD_createCCtx_advanced(): zstd allocates through our allocator */
#define ZSTD_STATIC_LINKING_ONLY
#include <zstd.h>
#include <zstd_errors.h>

#define PQ_MAGIC "PAR1"
#define PQ_STATS_MAX_BYTES 64
/* the one version string, synthgen.control's, given by the Makefile */
#ifndef SYNTHGEN_VERSION
#define SYNTHGEN_VERSION "unknown"
#endif
#define PQ_CREATED_BY "synthgen version " SYNTHGEN_VERSION " (build synthgen)"
#define PQ_MIN_SHARE ((size_t) 8 << 10)	/* smallest page/dictionary limit
											 * for wide files */
#define PQ_ZSTD_WINDOW_LOG 20	/* 1 MB: bounds zstd's tables and buffers */

/* parquet.thrift enums */
enum
{
	T_BOOLEAN = 0, T_INT32 = 1, T_INT64 = 2, T_FLOAT = 4, T_DOUBLE = 5,
	T_BYTE_ARRAY = 6, T_FLBA = 7
};
enum
{
	ENC_PLAIN = 0, ENC_RLE = 3, ENC_RLE_DICTIONARY = 8
};
enum
{
	PAGE_DATA = 0, PAGE_DICTIONARY = 2
};
enum
{
	CT_UTF8 = 0, CT_DECIMAL = 5, CT_DATE = 6, CT_TIMESTAMP_MICROS = 10,
	CT_UINT_8 = 11, CT_INT_8 = 15, CT_JSON = 19
};

/* min/max of a page or a chunk, in the column's sort order */
typedef struct PqStats
{
	int64_t		nulls;
	bool		has;			/* min/max hold a value */
	bool		invalid;		/* a value too long for statistics was seen */
	union
	{
		int64_t		i;
		double		d;
	}			min, max;
	PqBuf		bmin,
				bmax;			/* BYTE_ARRAY / FLBA */
} PqStats;

/*
 * A chain of segments: column chunks and the footer's RowGroup structs grow
 * by PQ_SEG_BYTES at a time, are never copied to grow, and are freed
 * segment by segment as they are written.
 */
typedef struct PqSeg
{
	struct PqSeg *next;
	size_t		len;
	size_t		cap;
	uint8_t		data[];
} PqSeg;

typedef struct PqChain
{
	PqSeg	   *head;
	PqSeg	   *tail;
	size_t		len;			/* bytes held */
	size_t		alloc;			/* bytes allocated, segment headers included */
} PqChain;

typedef struct PqColumn
{
	PqColumnSpec spec;
	char	   *name;
	int			tphys;			/* thrift physical type */
	bool		unsigned_order; /* INT with int_signed false */
	bool		signed_bytes;	/* FLBA DECIMAL: signed big-endian order */

	/* the current page */
	PqBuf		values;			/* PLAIN values, or uint32 dictionary indices */
	PqBuf		defs;			/* one byte per value: 1 present, 0 null */
	int64_t		page_nvalues;
	PqStats		page_stats;
	bool		page_dict;		/* values holds dictionary indices */

	/* the current chunk */
	PqChain		chunk;			/* data pages, headers included */
	int64_t		chunk_nvalues;
	int64_t		chunk_uncompressed; /* of the data pages, headers included */
	PqStats		chunk_stats;
	bool		used_plain;
	bool		used_dict;

	/* dictionary (BYTE_ARRAY only) */
	bool		dict_on;
	PqBuf		dict_plain;		/* PLAIN-encoded entries */
	uint32_t   *dict_off;		/* entry i starts at dict_off[i] in dict_plain */
	uint32_t	dict_count;
	uint32_t	dict_cap;
	uint32_t   *dict_slots;		/* open addressing: entry index + 1 */
	uint32_t	dict_nslots;
} PqColumn;

struct PqWriter
{
	PqMem		mem;
	PqOptions	opts;			/* page_bytes, dict_bytes: the effective limits */
	PqWriteFn	write;
	void	   *ctx;
	int			ncols;
	PqColumn   *cols;
	int			next_col;
	bool		failed;
	bool		limit;			/* the failure is a format limit, not a fault */
	bool		finished;
	char		err[256];
	uint32_t	dict_max_entries;

	int64_t		offset;			/* bytes written to the file */
	int64_t		rg_rows;
	int64_t		total_rows;
	int			nrowgroups;
	PqChain		rg_meta;		/* serialised RowGroup structs */
	PqBuf		rg_one;			/* the RowGroup struct being built */
	PqBuf		scratch;		/* page body assembly */
	PqChain		pagec;			/* a compressed page body */
	PqBuf		comp;			/* a compressed snappy fragment */
	PqBuf		hdr;			/* page header */
	ZSTD_CCtx  *zctx;
	z_stream	zs;
	bool		zs_ready;
};

/* one piece of a page body: compressed from where it is, in order */
typedef struct PqPart
{
	const uint8_t *p;
	size_t		len;
} PqPart;

static int	fail(PqWriter *w, const char *fmt,...) __attribute__((format(printf, 2, 3)));
static int	fail_limit(PqWriter *w, const char *what);

static int
fail(PqWriter *w, const char *fmt,...)
{
	va_list		ap;

	if (!w->failed)
	{
		va_start(ap, fmt);
		vsnprintf(w->err, sizeof(w->err), fmt, ap);
		va_end(ap);
	}
	w->failed = true;
	return -1;
}

/* the data exceeds what the format can hold: the caller's to fix */
static int
fail_limit(PqWriter *w, const char *what)
{
	if (!w->failed)
		w->limit = true;
	return fail(w, "%s", what);
}

static void
stats_init(PqStats *s, const PqMem *mem)
{
	s->nulls = 0;
	s->has = false;
	s->invalid = false;
	pq_buf_init(&s->bmin, mem);
	pq_buf_init(&s->bmax, mem);
}

static void
stats_reset(PqStats *s)
{
	s->nulls = 0;
	s->has = false;
	s->invalid = false;
	s->bmin.len = 0;
	s->bmax.len = 0;
}

static void
stats_free(PqStats *s)
{
	pq_buf_free(&s->bmin);
	pq_buf_free(&s->bmax);
}

static int
cmp_i(const PqColumn *c, int64_t a, int64_t b)
{
	if (c->unsigned_order)
	{
		uint64_t	ua = c->tphys == T_INT32 ? (uint32_t) a : (uint64_t) a;
		uint64_t	ub = c->tphys == T_INT32 ? (uint32_t) b : (uint64_t) b;

		return ua < ub ? -1 : ua > ub;
	}
	return a < b ? -1 : a > b;
}

static int
cmp_bytes(const PqColumn *c, const uint8_t *a, size_t alen,
		  const uint8_t *b, size_t blen)
{
	size_t		n = alen < blen ? alen : blen;

	if (c->signed_bytes && alen > 0 && blen > 0 && alen == blen)
	{
		int			sa = (int8_t) a[0];
		int			sb = (int8_t) b[0];

		if (sa != sb)
			return sa < sb ? -1 : 1;
	}
	for (size_t i = 0; i < n; i++)
		if (a[i] != b[i])
			return a[i] < b[i] ? -1 : 1;
	return alen < blen ? -1 : alen > blen;
}

static void
stats_int(PqColumn *c, PqStats *s, int64_t v)
{
	if (!s->has)
	{
		s->min.i = s->max.i = v;
		s->has = true;
		return;
	}
	if (cmp_i(c, v, s->min.i) < 0)
		s->min.i = v;
	if (cmp_i(c, v, s->max.i) > 0)
		s->max.i = v;
}

static void
stats_dbl(PqStats *s, double v)
{
	if (isnan(v))
		return;
	if (!s->has)
	{
		s->min.d = s->max.d = v;
		s->has = true;
		return;
	}
	if (v < s->min.d || (v == 0 && s->min.d == 0 && signbit(v)))
		s->min.d = v;
	if (v > s->max.d || (v == 0 && s->max.d == 0 && !signbit(v)))
		s->max.d = v;
}

static void
stats_bytes(PqColumn *c, PqStats *s, const uint8_t *p, size_t len)
{
	if (s->invalid)
		return;
	if (len > PQ_STATS_MAX_BYTES)
	{
		s->invalid = true;
		s->has = false;
		return;
	}
	if (!s->has)
	{
		s->bmin.len = s->bmax.len = 0;
		pq_buf_append(&s->bmin, p, len);
		pq_buf_append(&s->bmax, p, len);
		s->has = true;
		return;
	}
	if (cmp_bytes(c, p, len, s->bmin.data, s->bmin.len) < 0)
	{
		s->bmin.len = 0;
		pq_buf_append(&s->bmin, p, len);
	}
	if (cmp_bytes(c, p, len, s->bmax.data, s->bmax.len) > 0)
	{
		s->bmax.len = 0;
		pq_buf_append(&s->bmax, p, len);
	}
}

/* fold a page's statistics into its chunk's */
static void
stats_merge(PqColumn *c, PqStats *dst, const PqStats *src)
{
	dst->nulls += src->nulls;
	if (dst->invalid)
		return;
	if (src->invalid)
	{
		dst->invalid = true;
		dst->has = false;
		return;
	}
	if (!src->has)
		return;
	switch (c->tphys)
	{
		case T_BOOLEAN:
		case T_INT32:
		case T_INT64:
			stats_int(c, dst, src->min.i);
			stats_int(c, dst, src->max.i);
			break;
		case T_FLOAT:
		case T_DOUBLE:
			stats_dbl(dst, src->min.d);
			stats_dbl(dst, src->max.d);
			break;
		default:
			stats_bytes(c, dst, src->bmin.data, src->bmin.len);
			stats_bytes(c, dst, src->bmax.data, src->bmax.len);
			break;
	}
}

/* PLAIN bytes of a statistics value (without a length prefix) */
static void
stat_value(PqColumn *c, PqBuf *out, const PqStats *s, bool is_max)
{
	out->len = 0;
	switch (c->tphys)
	{
		case T_BOOLEAN:
			pq_buf_byte(out, (uint8_t) (is_max ? s->max.i : s->min.i));
			break;
		case T_INT32:
			pq_plain_int32(out, (int32_t) (is_max ? s->max.i : s->min.i));
			break;
		case T_INT64:
			pq_plain_int64(out, is_max ? s->max.i : s->min.i);
			break;
		case T_FLOAT:
		case T_DOUBLE:
			{
				double		d = is_max ? s->max.d : s->min.d;

				/* the spec: a zero min is written -0.0, a zero max +0.0 */
				if (d == 0)
					d = is_max ? 0.0 : -0.0;
				if (c->tphys == T_FLOAT)
					pq_plain_float(out, (float) d);
				else
					pq_plain_double(out, d);
			}
			break;
		default:
			{
				const PqBuf *src = is_max ? &s->bmax : &s->bmin;

				pq_buf_append(out, src->data, src->len);
			}
			break;
	}
}

/* Statistics struct as field id of the current struct */
static void
write_stats(PqWriter *w, PqThrift *t, int16_t id, PqColumn *c, const PqStats *s)
{
	pq_t_struct(t, id);
	pq_t_i64(t, 3, s->nulls);
	if (s->has && !s->invalid)
	{
		PqBuf		v;

		pq_buf_init(&v, &w->mem);
		stat_value(c, &v, s, true);
		pq_t_binary(t, 5, v.data, v.len);
		stat_value(c, &v, s, false);
		pq_t_binary(t, 6, v.data, v.len);
		if (v.failed)
			t->b->failed = true;
		pq_buf_free(&v);
	}
	pq_t_end(t);
}

/* ---------------- interrupts and segment chains ---------------- */

/* between two bounded steps of work: the caller may stop the writer */
static int
check_interrupt(PqWriter *w)
{
	if (w->opts.interrupt && w->opts.interrupt(w->opts.interrupt_ctx) != 0)
		return fail(w, "interrupted");
	return 0;
}

static void
chain_init(PqChain *ch)
{
	ch->head = ch->tail = NULL;
	ch->len = 0;
	ch->alloc = 0;
}

static void
chain_free(PqWriter *w, PqChain *ch)
{
	PqSeg	   *s = ch->head;

	while (s)
	{
		PqSeg	   *next = s->next;

		pq_mem_free(&w->mem, s);
		s = next;
	}
	chain_init(ch);
}

/* the tail segment, with room for at least one byte */
static PqSeg *
chain_room(PqWriter *w, PqChain *ch)
{
	PqSeg	   *s;

	if (ch->tail && ch->tail->len < ch->tail->cap)
		return ch->tail;
	s = pq_mem_alloc(&w->mem, sizeof(PqSeg) + PQ_SEG_BYTES);
	if (s == NULL)
	{
		fail(w, "out of memory");
		return NULL;
	}
	s->next = NULL;
	s->len = 0;
	s->cap = PQ_SEG_BYTES;
	if (ch->tail)
		ch->tail->next = s;
	else
		ch->head = s;
	ch->tail = s;
	ch->alloc += sizeof(PqSeg) + PQ_SEG_BYTES;
	return s;
}

static int
chain_append(PqWriter *w, PqChain *ch, const void *p, size_t len)
{
	const uint8_t *src = p;

	while (len > 0)
	{
		PqSeg	   *s = chain_room(w, ch);
		size_t		n;

		if (s == NULL)
			return -1;
		n = s->cap - s->len < len ? s->cap - s->len : len;
		memcpy(s->data + s->len, src, n);
		s->len += n;
		ch->len += n;
		src += n;
		len -= n;
	}
	return 0;
}

/* move src's segments to the end of dst (a large page: no copy) */
static void
chain_link(PqChain *dst, PqChain *src)
{
	if (src->head == NULL)
		return;
	if (dst->tail)
		dst->tail->next = src->head;
	else
		dst->head = src->head;
	dst->tail = src->tail;
	dst->len += src->len;
	dst->alloc += src->alloc;
	chain_init(src);
}

static int	out(PqWriter *w, const void *p, size_t len);

/* write a chain to the file, freeing each segment once written */
static int
chain_write(PqWriter *w, PqChain *ch)
{
	while (ch->head)
	{
		PqSeg	   *s = ch->head;

		if (out(w, s->data, s->len) < 0)
			return -1;
		ch->head = s->next;
		if (ch->head == NULL)
			ch->tail = NULL;
		ch->len -= s->len;
		ch->alloc -= sizeof(PqSeg) + s->cap;
		pq_mem_free(&w->mem, s);
		if (check_interrupt(w) < 0)
			return -1;
	}
	return 0;
}

/* ---------------- compression ---------------- */

static void *
zstd_alloc(void *opaque, size_t size)
{
	return pq_mem_alloc(&((PqWriter *) opaque)->mem, size);
}

static void
zstd_free(void *opaque, void *address)
{
	pq_mem_free(&((PqWriter *) opaque)->mem, address);
}

static voidpf
zlib_alloc(voidpf opaque, uInt items, uInt size)
{
	if (size != 0 && items > SIZE_MAX / size)
		return Z_NULL;
	return pq_mem_alloc(&((PqWriter *) opaque)->mem, (size_t) items * size);
}

static void
zlib_free(voidpf opaque, voidpf address)
{
	pq_mem_free(&((PqWriter *) opaque)->mem, address);
}

static int
compress_zstd(PqWriter *w, const PqPart *parts, int nparts, size_t total, PqChain *dst)
{
	ZSTD_inBuffer in;
	size_t		rc;

	ZSTD_CCtx_reset(w->zctx, ZSTD_reset_session_only);
	rc = ZSTD_CCtx_setPledgedSrcSize(w->zctx, total);
	for (int i = 0; i < nparts && !ZSTD_isError(rc); i++)
	{
		for (size_t pos = 0; pos < parts[i].len;)
		{
			size_t		step = parts[i].len - pos < PQ_STEP_BYTES ? parts[i].len - pos : PQ_STEP_BYTES;

			in.src = parts[i].p + pos;
			in.size = step;
			in.pos = 0;
			while (in.pos < in.size)
			{
				PqSeg	   *s = chain_room(w, dst);
				ZSTD_outBuffer o;

				if (s == NULL)
					return -1;
				o.dst = s->data + s->len;
				o.size = s->cap - s->len;
				o.pos = 0;
				rc = ZSTD_compressStream2(w->zctx, &o, &in, ZSTD_e_continue);
				s->len += o.pos;
				dst->len += o.pos;
				if (ZSTD_isError(rc))
					break;
			}
			if (ZSTD_isError(rc))
				break;
			pos += step;
			if (check_interrupt(w) < 0)
				return -1;
		}
	}
	in.src = NULL;
	in.size = in.pos = 0;
	while (!ZSTD_isError(rc))
	{
		PqSeg	   *s = chain_room(w, dst);
		ZSTD_outBuffer o;

		if (s == NULL)
			return -1;
		o.dst = s->data + s->len;
		o.size = s->cap - s->len;
		o.pos = 0;
		rc = ZSTD_compressStream2(w->zctx, &o, &in, ZSTD_e_end);
		s->len += o.pos;
		dst->len += o.pos;
		if (rc == 0)
			return 0;
	}
	if (ZSTD_getErrorCode(rc) == ZSTD_error_memory_allocation)
		return fail(w, "out of memory");
	return fail(w, "zstd compression failed: %s", ZSTD_getErrorName(rc));
}

static int
compress_gzip(PqWriter *w, const PqPart *parts, int nparts, PqChain *dst)
{
	z_stream   *zs = &w->zs;
	int			rc;

	if (!w->zs_ready)
	{
		int			level = w->opts.level ? w->opts.level : Z_DEFAULT_COMPRESSION;

		memset(zs, 0, sizeof(*zs));
		zs->zalloc = zlib_alloc;
		zs->zfree = zlib_free;
		zs->opaque = w;
		rc = deflateInit2(zs, level, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
		if (rc != Z_OK)
			return fail(w, rc == Z_MEM_ERROR ? "out of memory" : "gzip: deflateInit2 failed");
		w->zs_ready = true;
	}
	else if (deflateReset(zs) != Z_OK)
		return fail(w, "gzip: deflateReset failed");
	for (int i = 0; i < nparts; i++)
	{
		for (size_t pos = 0; pos < parts[i].len;)
		{
			size_t		step = parts[i].len - pos < PQ_STEP_BYTES ? parts[i].len - pos : PQ_STEP_BYTES;

			zs->next_in = (Bytef *) parts[i].p + pos;
			zs->avail_in = (uInt) step;
			while (zs->avail_in > 0)
			{
				PqSeg	   *s = chain_room(w, dst);
				size_t		room;

				if (s == NULL)
					return -1;
				room = s->cap - s->len;
				zs->next_out = s->data + s->len;
				zs->avail_out = (uInt) room;
				rc = deflate(zs, Z_NO_FLUSH);
				s->len += room - zs->avail_out;
				dst->len += room - zs->avail_out;
				if (rc != Z_OK && rc != Z_BUF_ERROR)
					return fail(w, "gzip compression failed");
			}
			pos += step;
			if (check_interrupt(w) < 0)
				return -1;
		}
	}
	zs->next_in = Z_NULL;
	zs->avail_in = 0;
	for (;;)
	{
		PqSeg	   *s = chain_room(w, dst);
		size_t		room;

		if (s == NULL)
			return -1;
		room = s->cap - s->len;
		zs->next_out = s->data + s->len;
		zs->avail_out = (uInt) room;
		rc = deflate(zs, Z_FINISH);
		s->len += room - zs->avail_out;
		dst->len += room - zs->avail_out;
		if (rc == Z_STREAM_END)
			return 0;
		if (rc != Z_OK && rc != Z_BUF_ERROR)
			return fail(w, "gzip compression failed");
	}
}

/*
 * Snappy's raw format is the uncompressed length, then literals and copies
 * that reach back at most into the same 64 kB block (snappy compresses
 * block by block itself): so fragments compressed one at a time, their
 * own length prefixes dropped, concatenate into one valid stream.
 */
static int
compress_snappy(PqWriter *w, const PqPart *parts, int nparts, size_t total, PqChain *dst)
{
	uint8_t		pre[10];
	int			npre = 0;
	uint64_t	v = total;

	do
	{
		pre[npre++] = (uint8_t) ((v & 0x7f) | (v >= 0x80 ? 0x80 : 0));
		v >>= 7;
	} while (v);
	if (chain_append(w, dst, pre, (size_t) npre) < 0)
		return -1;
	for (int i = 0; i < nparts; i++)
	{
		for (size_t pos = 0; pos < parts[i].len;)
		{
			size_t		step = parts[i].len - pos < PQ_STEP_BYTES ? parts[i].len - pos : PQ_STEP_BYTES;
			size_t		cap = snappy_max_compressed_length(step);
			size_t		skip = 0;

			w->comp.len = 0;
			if (!pq_buf_reserve(&w->comp, cap))
				return fail(w, "out of memory");
			if (snappy_compress((const char *) parts[i].p + pos, step,
								(char *) w->comp.data, &cap) != SNAPPY_OK)
				return fail(w, "snappy compression failed");
			/* the fragment's own length prefix */
			while (skip < cap && (w->comp.data[skip] & 0x80))
				skip++;
			skip++;
			if (skip > cap || chain_append(w, dst, w->comp.data + skip, cap - skip) < 0)
				return skip > cap ? fail(w, "snappy compression failed") : -1;
			pos += step;
			if (check_interrupt(w) < 0)
				return -1;
		}
	}
	return 0;
}

/* a page body, given in parts, compressed (or copied) onto the end of dst */
static int
compress_parts(PqWriter *w, const PqPart *parts, int nparts, size_t total, PqChain *dst)
{
	switch (w->opts.codec)
	{
		case PQ_CODEC_NONE:
			for (int i = 0; i < nparts; i++)
				for (size_t pos = 0; pos < parts[i].len;)
				{
					size_t		step = parts[i].len - pos < PQ_STEP_BYTES ? parts[i].len - pos : PQ_STEP_BYTES;

					if (chain_append(w, dst, parts[i].p + pos, step) < 0)
						return -1;
					pos += step;
					if (check_interrupt(w) < 0)
						return -1;
				}
			return 0;
		case PQ_CODEC_SNAPPY:
			return compress_snappy(w, parts, nparts, total, dst);
		case PQ_CODEC_GZIP:
			return compress_gzip(w, parts, nparts, dst);
		case PQ_CODEC_ZSTD:
			return compress_zstd(w, parts, nparts, total, dst);
	}
	return fail(w, "unknown compression codec");
}

/* ---------------- pages ---------------- */

static int
check_bufs(PqWriter *w, PqColumn *c)
{
	if (c->values.failed || c->defs.failed ||
		c->dict_plain.failed || c->page_stats.bmin.failed ||
		c->page_stats.bmax.failed || c->chunk_stats.bmin.failed ||
		c->chunk_stats.bmax.failed || w->scratch.failed || w->hdr.failed ||
		w->comp.failed || w->rg_one.failed)
		return fail(w, "out of memory");
	return 0;
}

/*
 * Append one data page to the column's chunk: its header, then its body
 * (total bytes, in parts) compressed.  Uncompressed bodies go straight into
 * the chunk; compressed ones are built aside (the header holds their size)
 * and then copied, or for a large page linked, into it.
 */
static int
append_page(PqWriter *w, PqColumn *c, const PqPart *parts, int nparts, size_t total,
			int64_t nvalues, bool use_dict)
{
	PqThrift	t;
	size_t		clen = total;

	if (total > INT32_MAX || nvalues > INT32_MAX)
		return fail_limit(w, "page too large (over 2 GB)");
	if (w->opts.codec != PQ_CODEC_NONE)
	{
		if (compress_parts(w, parts, nparts, total, &w->pagec) < 0)
			return -1;
		clen = w->pagec.len;
		if (clen > INT32_MAX)
			return fail_limit(w, "page too large (over 2 GB)");
	}

	/* PageHeader */
	w->hdr.len = 0;
	pq_t_init(&t, &w->hdr);
	pq_t_i32(&t, 1, PAGE_DATA);
	pq_t_i32(&t, 2, (int32_t) total);
	pq_t_i32(&t, 3, (int32_t) clen);
	pq_t_struct(&t, 5);			/* DataPageHeader */
	pq_t_i32(&t, 1, (int32_t) nvalues);
	pq_t_i32(&t, 2, use_dict ? ENC_RLE_DICTIONARY : ENC_PLAIN);
	pq_t_i32(&t, 3, ENC_RLE);
	pq_t_i32(&t, 4, ENC_RLE);
	write_stats(w, &t, 5, c, &c->page_stats);
	pq_t_end(&t);
	pq_t_end(&t);				/* closes the PageHeader */
	if (w->hdr.failed)
		return fail(w, "out of memory");

	if (chain_append(w, &c->chunk, w->hdr.data, w->hdr.len) < 0)
		return -1;
	if (w->opts.codec == PQ_CODEC_NONE)
	{
		if (compress_parts(w, parts, nparts, total, &c->chunk) < 0)
			return -1;
	}
	else if (w->pagec.len >= 4 * (size_t) PQ_SEG_BYTES)
		chain_link(&c->chunk, &w->pagec);
	else
	{
		for (PqSeg *s = w->pagec.head; s; s = s->next)
			if (chain_append(w, &c->chunk, s->data, s->len) < 0)
				return -1;
		chain_free(w, &w->pagec);
	}
	c->chunk_uncompressed += (int64_t) (w->hdr.len + total);
	c->chunk_nvalues += nvalues;
	stats_merge(c, &c->chunk_stats, &c->page_stats);
	if (use_dict)
		c->used_dict = true;
	else
		c->used_plain = true;
	stats_reset(&c->page_stats);
	return 0;
}

/* RLE definition levels with their 4-byte length, for a page of n values */
static void
def_levels(PqBuf *body, const uint8_t *defs, size_t n)
{
	size_t		lenpos = body->len;
	size_t		rlen;

	pq_buf_le32(body, 0);
	pq_rle_hybrid_u8(body, defs, n, 1);
	if (body->failed)
		return;
	rlen = body->len - lenpos - 4;
	for (int i = 0; i < 4; i++)
		body->data[lenpos + i] = (uint8_t) (rlen >> (8 * i));
}

/* finish the current page of a column into its chunk */
static int
flush_page(PqWriter *w, PqColumn *c)
{
	PqBuf	   *body = &w->scratch;
	PqPart		part;
	size_t		ndefined;
	bool		use_dict;

	if (c->page_nvalues == 0)
		return 0;
	if (c->page_nvalues > INT32_MAX)
		return fail_limit(w, "page too large (over 2 GB)");

	body->len = 0;
	if (c->spec.nullable)
		def_levels(body, c->defs.data, c->defs.len);
	ndefined = (size_t) (c->page_nvalues - c->page_stats.nulls);
	use_dict = c->page_dict && ndefined > 0;
	if (use_dict)
	{
		int			bw = pq_bit_width(c->dict_count > 0 ? c->dict_count - 1 : 0);

		if (bw == 0)
			bw = 1;
		pq_buf_byte(body, (uint8_t) bw);
		pq_rle_hybrid(body, (const uint32_t *) c->values.data, ndefined, bw);
	}
	else if (c->page_dict)
		;						/* all NULL: an empty PLAIN page */
	else if (c->tphys == T_BOOLEAN)
		pq_plain_bools(body, c->values.data, c->values.len);
	else
		pq_buf_append(body, c->values.data, c->values.len);
	if (body->failed)
		return fail(w, "out of memory");

	part.p = body->data;
	part.len = body->len;
	if (append_page(w, c, &part, 1, body->len, c->page_nvalues, use_dict) < 0)
		return -1;

	c->values.len = 0;
	c->defs.len = 0;
	c->page_nvalues = 0;
	c->page_dict = c->dict_on;
	return check_bufs(w, c);
}

/* ---------------- dictionary ---------------- */

static uint32_t
hash_bytes(const uint8_t *p, size_t len)
{
	uint32_t	h = 2166136261u;

	for (size_t i = 0; i < len; i++)
	{
		h ^= p[i];
		h *= 16777619u;
	}
	return h;
}

static void
dict_entry(const PqColumn *c, uint32_t i, const uint8_t **p, uint32_t *len)
{
	const uint8_t *e = c->dict_plain.data + c->dict_off[i];

	*len = (uint32_t) e[0] | (uint32_t) e[1] << 8 | (uint32_t) e[2] << 16 | (uint32_t) e[3] << 24;
	*p = e + 4;
}

/* a new chunk starts with an empty dictionary: its memory goes back */
static void
dict_reset(PqWriter *w, PqColumn *c)
{
	pq_buf_free(&c->dict_plain);
	pq_mem_free(&w->mem, c->dict_off);
	pq_mem_free(&w->mem, c->dict_slots);
	c->dict_off = NULL;
	c->dict_slots = NULL;
	c->dict_count = 0;
	c->dict_cap = 0;
	c->dict_nslots = 0;
}

static int
dict_grow(PqWriter *w, PqColumn *c)
{
	uint32_t	nslots = c->dict_nslots ? c->dict_nslots * 2 : 1024;
	uint32_t   *slots = pq_mem_alloc(&w->mem, sizeof(uint32_t) * nslots);

	if (slots == NULL)
		return fail(w, "out of memory");
	memset(slots, 0, sizeof(uint32_t) * nslots);
	for (uint32_t i = 0; i < c->dict_count; i++)
	{
		const uint8_t *p;
		uint32_t	len;
		uint32_t	h;

		dict_entry(c, i, &p, &len);
		h = hash_bytes(p, len) & (nslots - 1);
		while (slots[h])
			h = (h + 1) & (nslots - 1);
		slots[h] = i + 1;
	}
	pq_mem_free(&w->mem, c->dict_slots);
	c->dict_slots = slots;
	c->dict_nslots = nslots;
	return 0;
}

/*
 * Look up or add a value; returns its index, or -1 on error, or -2 when the
 * dictionary is full (the caller falls back to PLAIN).
 */
static int64_t
dict_lookup(PqWriter *w, PqColumn *c, const uint8_t *p, uint32_t len)
{
	uint32_t	h;

	/* longer than the whole dictionary may be: not in it, and not hashed */
	if ((uint64_t) len + 4 > w->opts.dict_bytes)
		return -2;
	if (c->dict_nslots == 0 || (uint64_t) (c->dict_count + 1) * 2 > c->dict_nslots)
		if (dict_grow(w, c) < 0)
			return -1;
	h = hash_bytes(p, len) & (c->dict_nslots - 1);
	while (c->dict_slots[h])
	{
		const uint8_t *ep;
		uint32_t	elen;
		uint32_t	idx = c->dict_slots[h] - 1;

		dict_entry(c, idx, &ep, &elen);
		/* an empty value may come as (NULL, 0): memcmp(NULL) is undefined */
		if (elen == len && (len == 0 || memcmp(ep, p, len) == 0))
			return idx;
		h = (h + 1) & (c->dict_nslots - 1);
	}
	if (c->dict_plain.len + 4 + len > w->opts.dict_bytes || c->dict_count >= w->dict_max_entries)
		return -2;
	if (c->dict_count == c->dict_cap)
	{
		uint32_t	ncap = c->dict_cap ? c->dict_cap * 2 : 256;
		uint32_t   *noff = pq_mem_alloc(&w->mem, sizeof(uint32_t) * ncap);

		if (noff == NULL)
			return fail(w, "out of memory");
		if (c->dict_count)
			memcpy(noff, c->dict_off, sizeof(uint32_t) * c->dict_count);
		pq_mem_free(&w->mem, c->dict_off);
		c->dict_off = noff;
		c->dict_cap = ncap;
	}
	c->dict_off[c->dict_count] = (uint32_t) c->dict_plain.len;
	pq_plain_bytes(&c->dict_plain, p, len);
	if (c->dict_plain.failed)
		return fail(w, "out of memory");
	c->dict_slots[h] = c->dict_count + 1;
	return c->dict_count++;
}

/* PLAIN from here to the end of the chunk: finish the dictionary's page */
static int
dict_fallback(PqWriter *w, PqColumn *c)
{
	c->dict_on = false;
	if (c->page_nvalues > 0 && flush_page(w, c) < 0)
		return -1;
	c->page_dict = false;
	return 0;
}

/* ---------------- values ---------------- */

static inline int
begin_value(PqWriter *w, int col, PqColumn **cp, int want_phys, const char *what)
{
	PqColumn   *c = NULL;

	if (w->failed)
		return -1;
	if (w->finished)
		return fail(w, "writer already finished");
	if (col < 0 || col >= w->ncols)
		return fail(w, "column %d out of range", col);
	if (col != w->next_col)
		return fail(w, "value for column %d written out of order (expected column %d)",
					col, w->next_col);
	c = &w->cols[col];
	if (want_phys >= 0 && c->spec.physical != (PqPhysical) want_phys)
		return fail(w, "column \"%s\": %s value written to a column of another type",
					c->name, what);
	*cp = c;
	return 0;
}

/* after a value has been appended: book-keeping and page flush */
static inline int
end_value(PqWriter *w, PqColumn *c, bool isnull)
{
	if (c->spec.nullable)
		pq_buf_byte(&c->defs, isnull ? 0 : 1);
	if (isnull)
		c->page_stats.nulls++;
	c->page_nvalues++;
	w->next_col++;
	if (c->values.len + c->defs.len >= w->opts.page_bytes)
		return flush_page(w, c);
	if (c->values.failed || c->defs.failed)
		return fail(w, "out of memory");
	return 0;
}

int
pq_write_null(PqWriter *w, int col)
{
	PqColumn   *c = NULL;

	if (begin_value(w, col, &c, -1, "NULL") < 0)
		return -1;
	if (!c->spec.nullable)
		return fail(w, "column \"%s\" is not nullable", c->name);
	return end_value(w, c, true);
}

int
pq_write_bool(PqWriter *w, int col, bool v)
{
	PqColumn   *c = NULL;

	if (begin_value(w, col, &c, PQ_BOOLEAN, "boolean") < 0)
		return -1;
	pq_buf_byte(&c->values, v ? 1 : 0);
	stats_int(c, &c->page_stats, v ? 1 : 0);
	return end_value(w, c, false);
}

int
pq_write_int32(PqWriter *w, int col, int32_t v)
{
	PqColumn   *c = NULL;

	if (begin_value(w, col, &c, PQ_INT32, "int32") < 0)
		return -1;
	pq_plain_int32(&c->values, v);
	stats_int(c, &c->page_stats, v);
	return end_value(w, c, false);
}

int
pq_write_int64(PqWriter *w, int col, int64_t v)
{
	PqColumn   *c = NULL;

	if (begin_value(w, col, &c, PQ_INT64, "int64") < 0)
		return -1;
	pq_plain_int64(&c->values, v);
	stats_int(c, &c->page_stats, v);
	return end_value(w, c, false);
}

int
pq_write_float(PqWriter *w, int col, float v)
{
	PqColumn   *c = NULL;

	if (begin_value(w, col, &c, PQ_FLOAT, "float") < 0)
		return -1;
	pq_plain_float(&c->values, v);
	stats_dbl(&c->page_stats, v);
	return end_value(w, c, false);
}

int
pq_write_double(PqWriter *w, int col, double v)
{
	PqColumn   *c = NULL;

	if (begin_value(w, col, &c, PQ_DOUBLE, "double") < 0)
		return -1;
	pq_plain_double(&c->values, v);
	stats_dbl(&c->page_stats, v);
	return end_value(w, c, false);
}

/*
 * A value of a page or more is a PLAIN page of its own, compressed from the
 * caller's memory in steps: its definition level, its length, its bytes.
 */
static int
write_large_value(PqWriter *w, PqColumn *c, const uint8_t *p, size_t len)
{
	uint8_t		one = 1;
	uint8_t		lenbytes[4];
	PqPart		parts[3];
	int			nparts = 0;
	size_t		total;
	PqBuf	   *pre = &w->scratch;

	if (c->dict_on && dict_fallback(w, c) < 0)
		return -1;
	if (c->page_nvalues > 0 && flush_page(w, c) < 0)
		return -1;
	pre->len = 0;
	if (c->spec.nullable)
	{
		def_levels(pre, &one, 1);
		if (pre->failed)
			return fail(w, "out of memory");
		parts[nparts].p = pre->data;
		parts[nparts++].len = pre->len;
	}
	for (int i = 0; i < 4; i++)
		lenbytes[i] = (uint8_t) (len >> (8 * i));
	parts[nparts].p = lenbytes;
	parts[nparts++].len = 4;
	parts[nparts].p = p;
	parts[nparts++].len = len;
	total = pre->len + 4 + len;
	stats_reset(&c->page_stats);
	stats_bytes(c, &c->page_stats, p, len);
	if (append_page(w, c, parts, nparts, total, 1, false) < 0)
		return -1;
	w->next_col++;
	return check_bufs(w, c);
}

int
pq_write_bytes(PqWriter *w, int col, const void *p, size_t len)
{
	PqColumn   *c = NULL;

	if (begin_value(w, col, &c, -1, "bytes") < 0)
		return -1;
	if (p == NULL && len > 0)
		return fail(w, "column \"%s\": NULL pointer with length %zu", c->name, len);
	if (c->spec.physical == PQ_FIXED_LEN_BYTE_ARRAY)
	{
		if (len != (size_t) c->spec.fixed_len)
			return fail(w, "column \"%s\": value of %zu bytes, expected %d",
						c->name, len, c->spec.fixed_len);
		pq_buf_append(&c->values, p, len);
	}
	else if (c->spec.physical == PQ_BYTE_ARRAY)
	{
		size_t		add;

		if (len > INT32_MAX)
			return fail(w, "column \"%s\": value of %zu bytes is too long", c->name, len);
		if (len >= w->opts.page_bytes)
			return write_large_value(w, c, p, len);
		if (c->dict_on)
		{
			int64_t		idx = dict_lookup(w, c, p, (uint32_t) len);

			if (idx == -1)
				return -1;
			if (idx == -2)
			{
				/* dictionary full: finish this page, PLAIN from now on */
				if (dict_fallback(w, c) < 0)
					return -1;
			}
			else
			{
				uint32_t	u = (uint32_t) idx;

				pq_buf_append(&c->values, &u, sizeof(u));
			}
		}
		if (!c->dict_on)
		{
			/* a page stays within page_bytes: flush before it would not */
			add = 4 + len + (c->spec.nullable ? 1 : 0);
			if (c->page_nvalues > 0 &&
				c->values.len + c->defs.len + add > w->opts.page_bytes &&
				flush_page(w, c) < 0)
				return -1;
			pq_plain_bytes(&c->values, p, (uint32_t) len);
		}
	}
	else
		return fail(w, "column \"%s\": bytes value written to a column of another type",
					c->name);
	stats_bytes(c, &c->page_stats, p, len);
	return end_value(w, c, false);
}

/* ---------------- row groups ---------------- */

static int
out(PqWriter *w, const void *p, size_t len)
{
	if (len == 0)
		return 0;
	if (w->write(w->ctx, p, len) != 0)
		return fail(w, "write failed");
	w->offset += (int64_t) len;
	return 0;
}

/* bytes a column holds for the row group (what the budget counts) */
static size_t
column_bytes(const PqColumn *c)
{
	return c->chunk.alloc + c->values.len + c->defs.len + c->dict_plain.cap +
		sizeof(uint32_t) * ((size_t) c->dict_cap + c->dict_nslots);
}

static int
flush_row_group(PqWriter *w)
{
	PqThrift	t;
	int64_t		rg_start = w->offset;
	int64_t		rg_uncompressed = 0;

	if (w->rg_rows == 0)
		return 0;
	if (w->nrowgroups == INT16_MAX)
		return fail_limit(w, "too many row groups (a Parquet file holds at most 32767)");

	w->rg_one.len = 0;
	pq_t_init(&t, &w->rg_one);
	pq_t_begin(&t);				/* RowGroup, a list element */
	pq_t_list(&t, 1, PQ_CT_STRUCT, (uint32_t) w->ncols);
	for (int i = 0; i < w->ncols; i++)
	{
		PqColumn   *c = &w->cols[i];
		int64_t		dict_offset = -1;
		int64_t		data_offset;
		int64_t		uncompressed;
		int64_t		compressed;
		int			nenc;

		if (flush_page(w, c) < 0)
			return -1;
		uncompressed = c->chunk_uncompressed;
		if (c->used_dict)
		{
			PqThrift	h;
			PqPart		part;

			part.p = c->dict_plain.data;
			part.len = c->dict_plain.len;
			if (compress_parts(w, &part, 1, part.len, &w->pagec) < 0)
				return -1;
			w->hdr.len = 0;
			pq_t_init(&h, &w->hdr);
			pq_t_i32(&h, 1, PAGE_DICTIONARY);
			pq_t_i32(&h, 2, (int32_t) c->dict_plain.len);
			pq_t_i32(&h, 3, (int32_t) w->pagec.len);
			pq_t_struct(&h, 7);
			pq_t_i32(&h, 1, (int32_t) c->dict_count);
			pq_t_i32(&h, 2, ENC_PLAIN);
			pq_t_end(&h);
			pq_t_end(&h);
			if (w->hdr.failed)
				return fail(w, "out of memory");
			dict_offset = w->offset;
			uncompressed += (int64_t) (w->hdr.len + c->dict_plain.len);
			if (out(w, w->hdr.data, w->hdr.len) < 0 || chain_write(w, &w->pagec) < 0)
				return -1;
		}
		data_offset = w->offset;
		if (chain_write(w, &c->chunk) < 0)
			return -1;
		compressed = w->offset - (dict_offset >= 0 ? dict_offset : data_offset);
		rg_uncompressed += uncompressed;

		/* ColumnChunk */
		pq_t_begin(&t);
		pq_t_i64(&t, 2, dict_offset >= 0 ? dict_offset : data_offset);
		pq_t_struct(&t, 3);		/* ColumnMetaData */
		pq_t_i32(&t, 1, c->tphys);
		nenc = 1 + (c->used_plain || c->used_dict) + c->used_dict;
		pq_t_list(&t, 2, PQ_CT_I32, (uint32_t) nenc);
		pq_t_val_i32(&t, ENC_RLE);
		if (c->used_plain || c->used_dict)
			pq_t_val_i32(&t, ENC_PLAIN);
		if (c->used_dict)
			pq_t_val_i32(&t, ENC_RLE_DICTIONARY);
		pq_t_list(&t, 3, PQ_CT_BINARY, 1);
		pq_t_val_binary(&t, c->name, strlen(c->name));
		pq_t_i32(&t, 4, w->opts.codec == PQ_CODEC_NONE ? 0 :
				 w->opts.codec == PQ_CODEC_SNAPPY ? 1 :
				 w->opts.codec == PQ_CODEC_GZIP ? 2 : 6);
		pq_t_i64(&t, 5, c->chunk_nvalues);
		pq_t_i64(&t, 6, uncompressed);
		pq_t_i64(&t, 7, compressed);
		pq_t_i64(&t, 9, data_offset);
		if (dict_offset >= 0)
			pq_t_i64(&t, 11, dict_offset);
		write_stats(w, &t, 12, c, &c->chunk_stats);
		pq_t_end(&t);			/* ColumnMetaData */
		pq_t_end(&t);			/* ColumnChunk */

		/* reset the chunk */
		c->chunk_nvalues = 0;
		c->chunk_uncompressed = 0;
		stats_reset(&c->chunk_stats);
		c->used_plain = c->used_dict = false;
		c->dict_on = c->spec.physical == PQ_BYTE_ARRAY && w->opts.dict_bytes > 0;
		c->page_dict = c->dict_on;
		dict_reset(w, c);
	}
	pq_t_i64(&t, 2, rg_uncompressed);
	pq_t_i64(&t, 3, w->rg_rows);
	pq_t_i64(&t, 5, rg_start);
	pq_t_i64(&t, 6, w->offset - rg_start);
	pq_t_i16(&t, 7, (int16_t) w->nrowgroups);
	pq_t_end(&t);
	if (w->rg_one.failed)
		return fail(w, "out of memory");
	/* the footer is held until the file ends: cap it */
	if (w->rg_meta.len + w->rg_one.len > w->opts.footer_bytes)
	{
		char		msg[200];

		snprintf(msg, sizeof(msg),
				 "file metadata would exceed %zu MB (%d row groups of %d columns)",
				 w->opts.footer_bytes >> 20, w->nrowgroups + 1, w->ncols);
		return fail_limit(w, msg);
	}
	if (chain_append(w, &w->rg_meta, w->rg_one.data, w->rg_one.len) < 0)
		return -1;
	w->nrowgroups++;
	w->rg_rows = 0;
	return 0;
}

int
pq_end_row(PqWriter *w)
{
	size_t		bytes = 0;

	if (w->failed)
		return -1;
	if (w->finished)
		return fail(w, "writer already finished");
	if (w->next_col != w->ncols)
		return fail(w, "row ended after %d of %d columns", w->next_col, w->ncols);
	w->next_col = 0;
	w->rg_rows++;
	w->total_rows++;
	if (w->rg_rows >= w->opts.row_group_rows)
		return flush_row_group(w);
	for (int i = 0; i < w->ncols; i++)
		bytes += column_bytes(&w->cols[i]);
	if (bytes >= w->opts.row_group_bytes)
		return flush_row_group(w);
	return 0;
}

/* ---------------- schema and footer ---------------- */

static void
write_schema_leaf(PqThrift *t, const PqColumn *c)
{
	const PqColumnSpec *s = &c->spec;
	int			converted = -1;

	pq_t_begin(t);
	pq_t_i32(t, 1, c->tphys);
	if (s->physical == PQ_FIXED_LEN_BYTE_ARRAY)
		pq_t_i32(t, 2, s->fixed_len);
	pq_t_i32(t, 3, s->nullable ? 1 : 0);
	pq_t_binary(t, 4, c->name, strlen(c->name));
	switch (s->logical)
	{
		case PQ_LOGICAL_NONE:
		case PQ_LOGICAL_UUID:
			break;
		case PQ_LOGICAL_STRING:
			converted = CT_UTF8;
			break;
		case PQ_LOGICAL_JSON:
			converted = CT_JSON;
			break;
		case PQ_LOGICAL_INT:
			{
				int			k = s->int_bits == 8 ? 0 : s->int_bits == 16 ? 1 :
					s->int_bits == 32 ? 2 : 3;

				converted = (s->int_signed ? CT_INT_8 : CT_UINT_8) + k;
			}
			break;
		case PQ_LOGICAL_DECIMAL:
			converted = CT_DECIMAL;
			break;
		case PQ_LOGICAL_DATE:
			converted = CT_DATE;
			break;
		case PQ_LOGICAL_TIMESTAMP_MICROS:
			/* TIMESTAMP_MICROS means UTC-adjusted; local ones get none */
			if (s->utc_adjusted)
				converted = CT_TIMESTAMP_MICROS;
			break;
	}
	if (converted >= 0)
		pq_t_i32(t, 6, converted);
	if (s->logical == PQ_LOGICAL_DECIMAL)
	{
		pq_t_i32(t, 7, s->scale);
		pq_t_i32(t, 8, s->precision);
	}
	if (s->logical != PQ_LOGICAL_NONE)
	{
		pq_t_struct(t, 10);		/* LogicalType union */
		switch (s->logical)
		{
			case PQ_LOGICAL_NONE:
				break;
			case PQ_LOGICAL_STRING:
				pq_t_struct(t, 1);
				pq_t_end(t);
				break;
			case PQ_LOGICAL_DECIMAL:
				pq_t_struct(t, 5);
				pq_t_i32(t, 1, s->scale);
				pq_t_i32(t, 2, s->precision);
				pq_t_end(t);
				break;
			case PQ_LOGICAL_DATE:
				pq_t_struct(t, 6);
				pq_t_end(t);
				break;
			case PQ_LOGICAL_TIMESTAMP_MICROS:
				pq_t_struct(t, 8);
				pq_t_bool(t, 1, s->utc_adjusted);
				pq_t_struct(t, 2);	/* TimeUnit union */
				pq_t_struct(t, 2);	/* MICROS */
				pq_t_end(t);
				pq_t_end(t);
				pq_t_end(t);
				break;
			case PQ_LOGICAL_INT:
				pq_t_struct(t, 10);
				pq_t_i8(t, 1, (int8_t) s->int_bits);
				pq_t_bool(t, 2, s->int_signed);
				pq_t_end(t);
				break;
			case PQ_LOGICAL_JSON:
				pq_t_struct(t, 12);
				pq_t_end(t);
				break;
			case PQ_LOGICAL_UUID:
				pq_t_struct(t, 14);
				pq_t_end(t);
				break;
		}
		pq_t_end(t);
	}
	pq_t_end(t);
}

int
pq_writer_finish(PqWriter *w)
{
	PqBuf		head,
				tail;
	PqThrift	t;
	uint8_t		len4[4];
	size_t		total;
	int			rc = 0;

	if (w->failed)
		return -1;
	if (w->finished)
		return fail(w, "writer already finished");
	if (w->next_col != 0)
		return fail(w, "finish in the middle of a row");
	if (flush_row_group(w) < 0)
		return -1;

	/*
	 * FileMetaData, written in three pieces so that the RowGroup structs are
	 * not copied: what precedes them, their chain, what follows them.
	 */
	pq_buf_init(&head, &w->mem);
	pq_buf_init(&tail, &w->mem);
	pq_t_init(&t, &head);
	pq_t_i32(&t, 1, 1);
	pq_t_list(&t, 2, PQ_CT_STRUCT, (uint32_t) w->ncols + 1);
	pq_t_begin(&t);				/* root: name and num_children only */
	pq_t_binary(&t, 4, "schema", 6);
	pq_t_i32(&t, 5, w->ncols);
	pq_t_end(&t);
	for (int i = 0; i < w->ncols; i++)
		write_schema_leaf(&t, &w->cols[i]);
	pq_t_i64(&t, 3, w->total_rows);
	pq_t_list(&t, 4, PQ_CT_STRUCT, (uint32_t) w->nrowgroups);
	t.b = &tail;
	pq_t_binary(&t, 6, PQ_CREATED_BY, strlen(PQ_CREATED_BY));
	pq_t_list(&t, 7, PQ_CT_STRUCT, (uint32_t) w->ncols);
	for (int i = 0; i < w->ncols; i++)
	{
		pq_t_begin(&t);			/* ColumnOrder union */
		pq_t_struct(&t, 1);		/* TYPE_ORDER */
		pq_t_end(&t);
		pq_t_end(&t);
	}
	pq_t_end(&t);
	total = head.len + w->rg_meta.len + tail.len;
	if (head.failed || tail.failed)
		rc = fail(w, "out of memory");
	else if (total > UINT32_MAX)
		rc = fail_limit(w, "file metadata over 4 GB");
	else
	{
		for (int i = 0; i < 4; i++)
			len4[i] = (uint8_t) (total >> (8 * i));
		if (out(w, head.data, head.len) < 0 || chain_write(w, &w->rg_meta) < 0 ||
			out(w, tail.data, tail.len) < 0 || out(w, len4, 4) < 0 ||
			out(w, PQ_MAGIC, 4) < 0)
			rc = -1;
	}
	pq_buf_free(&head);
	pq_buf_free(&tail);
	if (rc == 0)
		w->finished = true;
	return rc;
}

/* ---------------- creation ---------------- */

static int
decimal_min_bytes(int precision)
{
	/* bytes of two's complement needed for 10^p - 1 */
	for (int n = 1; n <= 16; n++)
	{
		/* 2^(8n-1) > 10^p - 1  <=>  (8n-1) * log10(2) > p, approximately */
		if ((8.0 * n - 1) * 0.30102999566398120 >= precision)
			return n;
	}
	return 17;
}

static const char *
validate(const PqColumnSpec *s)
{
	static char msg[200];

	if (s->name == NULL || s->name[0] == '\0')
		return "column name must not be empty";
#define BAD(...) (snprintf(msg, sizeof(msg), __VA_ARGS__), msg)
	if ((int) s->physical < PQ_BOOLEAN || s->physical > PQ_FIXED_LEN_BYTE_ARRAY)
		return BAD("column \"%s\": unknown physical type", s->name);
	if (s->physical == PQ_FIXED_LEN_BYTE_ARRAY && s->fixed_len <= 0)
		return BAD("column \"%s\": FIXED_LEN_BYTE_ARRAY length must be positive", s->name);
	switch (s->logical)
	{
		case PQ_LOGICAL_NONE:
			break;
		case PQ_LOGICAL_STRING:
		case PQ_LOGICAL_JSON:
			if (s->physical != PQ_BYTE_ARRAY)
				return BAD("column \"%s\": STRING/JSON needs BYTE_ARRAY", s->name);
			break;
		case PQ_LOGICAL_INT:
			if (s->int_bits != 8 && s->int_bits != 16 && s->int_bits != 32 && s->int_bits != 64)
				return BAD("column \"%s\": INT bit width must be 8, 16, 32 or 64", s->name);
			if (s->physical != (s->int_bits == 64 ? PQ_INT64 : PQ_INT32))
				return BAD("column \"%s\": INT(%d) needs %s", s->name, s->int_bits,
						   s->int_bits == 64 ? "INT64" : "INT32");
			break;
		case PQ_LOGICAL_DECIMAL:
			if (s->precision < 1 || s->precision > 38)
				return BAD("column \"%s\": DECIMAL precision %d out of range 1..38",
						   s->name, s->precision);
			if (s->scale < 0 || s->scale > s->precision)
				return BAD("column \"%s\": DECIMAL scale %d out of range 0..%d",
						   s->name, s->scale, s->precision);
			if (s->physical == PQ_INT32 && s->precision > 9)
				return BAD("column \"%s\": DECIMAL on INT32 allows precision up to 9", s->name);
			if (s->physical == PQ_INT64 && s->precision > 18)
				return BAD("column \"%s\": DECIMAL on INT64 allows precision up to 18", s->name);
			if (s->physical == PQ_FIXED_LEN_BYTE_ARRAY &&
				s->fixed_len < decimal_min_bytes(s->precision))
				return BAD("column \"%s\": DECIMAL(%d) needs at least %d bytes",
						   s->name, s->precision, decimal_min_bytes(s->precision));
			if (s->physical != PQ_INT32 && s->physical != PQ_INT64 &&
				s->physical != PQ_FIXED_LEN_BYTE_ARRAY)
				return BAD("column \"%s\": DECIMAL needs INT32, INT64 or FIXED_LEN_BYTE_ARRAY",
						   s->name);
			break;
		case PQ_LOGICAL_DATE:
			if (s->physical != PQ_INT32)
				return BAD("column \"%s\": DATE needs INT32", s->name);
			break;
		case PQ_LOGICAL_TIMESTAMP_MICROS:
			if (s->physical != PQ_INT64)
				return BAD("column \"%s\": TIMESTAMP needs INT64", s->name);
			break;
		case PQ_LOGICAL_UUID:
			if (s->physical != PQ_FIXED_LEN_BYTE_ARRAY || s->fixed_len != 16)
				return BAD("column \"%s\": UUID needs FIXED_LEN_BYTE_ARRAY(16)", s->name);
			break;
		default:
			return BAD("column \"%s\": unknown logical type", s->name);
	}
#undef BAD
	return NULL;
}

static int
tphys_of(PqPhysical p)
{
	switch (p)
	{
		case PQ_BOOLEAN:
			return T_BOOLEAN;
		case PQ_INT32:
			return T_INT32;
		case PQ_INT64:
			return T_INT64;
		case PQ_FLOAT:
			return T_FLOAT;
		case PQ_DOUBLE:
			return T_DOUBLE;
		case PQ_BYTE_ARRAY:
			return T_BYTE_ARRAY;
		case PQ_FIXED_LEN_BYTE_ARRAY:
			break;
	}
	return T_FLBA;
}

PqWriter *
pq_writer_create(const PqColumnSpec *cols, int ncols, const PqOptions *opts,
				 PqWriteFn write, void *ctx, char *errbuf, size_t errlen)
{
	PqWriter   *w;
	PqMem		mem = {0};
	PqOptions	o = {0};

#define ERR(...) do { if (errbuf && errlen) snprintf(errbuf, errlen, __VA_ARGS__); } while (0)
	if (opts)
		o = *opts;
	if ((o.alloc == NULL) != (o.dealloc == NULL))
	{
		ERR("alloc and dealloc must be both set or both NULL");
		return NULL;
	}
	mem.alloc = o.alloc;
	mem.dealloc = o.dealloc;
	mem.mctx = o.mctx;
	if (write == NULL)
	{
		ERR("no write callback");
		return NULL;
	}
	if (ncols <= 0 || cols == NULL)
	{
		ERR("at least one column is needed");
		return NULL;
	}
	if ((int) o.codec < PQ_CODEC_NONE || o.codec > PQ_CODEC_ZSTD)
	{
		ERR("unknown compression codec");
		return NULL;
	}
	if (o.codec == PQ_CODEC_GZIP && (o.level < 0 || o.level > PQ_GZIP_MAX_LEVEL))
	{
		ERR("gzip compression level must be between 1 and %d", PQ_GZIP_MAX_LEVEL);
		return NULL;
	}
	if (o.codec == PQ_CODEC_ZSTD && (o.level < ZSTD_minCLevel() || o.level > PQ_ZSTD_MAX_LEVEL))
	{
		ERR("zstd compression level must be between %d and %d",
			ZSTD_minCLevel(), PQ_ZSTD_MAX_LEVEL);
		return NULL;
	}
	if ((o.codec == PQ_CODEC_NONE || o.codec == PQ_CODEC_SNAPPY) && o.level != 0)
	{
		ERR("this codec takes no compression level");
		return NULL;
	}
	if (o.row_group_rows < 0)
	{
		ERR("row group size must be positive");
		return NULL;
	}
	if (o.row_group_rows == 0)
		o.row_group_rows = 1000000;
	if (o.row_group_bytes == 0)
		o.row_group_bytes = (size_t) 128 << 20;
	if (o.page_bytes == 0)
		o.page_bytes = (size_t) 1 << 20;
	if (o.page_bytes > ((size_t) 1 << 30))
		o.page_bytes = (size_t) 1 << 30;
	if (o.dict_bytes == 0)
		o.dict_bytes = (size_t) 1 << 20;
	if (o.footer_bytes == 0)
		o.footer_bytes = (size_t) 64 << 20;
	if (ncols > 0)
	{
		/* wide files: pages and dictionaries a fraction of the budget */
		size_t		share = o.row_group_bytes / 4 / (size_t) ncols;

		if (share < PQ_MIN_SHARE)
			share = PQ_MIN_SHARE;
		if (o.page_bytes > share)
			o.page_bytes = share;
		if (o.dict_bytes > share)
			o.dict_bytes = share;
	}
	for (int i = 0; i < ncols; i++)
	{
		const char *msg = validate(&cols[i]);

		if (msg)
		{
			ERR("%s", msg);
			return NULL;
		}
		for (int j = 0; j < i; j++)
			if (strcmp(cols[i].name, cols[j].name) == 0)
			{
				ERR("duplicate column name \"%s\"", cols[i].name);
				return NULL;
			}
	}

	w = pq_mem_alloc(&mem, sizeof(PqWriter));
	if (w == NULL)
	{
		ERR("out of memory");
		return NULL;
	}
	memset(w, 0, sizeof(*w));
	w->mem = mem;
	w->opts = o;
	w->write = write;
	w->ctx = ctx;
	w->dict_max_entries = (uint32_t) (o.dict_bytes / 16 < 16 ? 16 : o.dict_bytes / 16);
	chain_init(&w->rg_meta);
	chain_init(&w->pagec);
	pq_buf_init(&w->rg_one, &w->mem);
	pq_buf_init(&w->scratch, &w->mem);
	pq_buf_init(&w->comp, &w->mem);
	pq_buf_init(&w->hdr, &w->mem);
	w->cols = pq_mem_alloc(&w->mem, sizeof(PqColumn) * (size_t) ncols);
	if (w->cols == NULL)
	{
		pq_mem_free(&w->mem, w);
		ERR("out of memory");
		return NULL;
	}
	memset(w->cols, 0, sizeof(PqColumn) * (size_t) ncols);
	w->ncols = ncols;
	for (int i = 0; i < ncols; i++)
	{
		PqColumn   *c = &w->cols[i];
		size_t		nlen = strlen(cols[i].name);

		c->spec = cols[i];
		pq_buf_init(&c->values, &w->mem);
		pq_buf_init(&c->defs, &w->mem);
		chain_init(&c->chunk);
		pq_buf_init(&c->dict_plain, &w->mem);
		stats_init(&c->page_stats, &w->mem);
		stats_init(&c->chunk_stats, &w->mem);
		c->tphys = tphys_of(cols[i].physical);
		c->unsigned_order = cols[i].logical == PQ_LOGICAL_INT && !cols[i].int_signed;
		c->signed_bytes = cols[i].physical == PQ_FIXED_LEN_BYTE_ARRAY &&
			cols[i].logical == PQ_LOGICAL_DECIMAL;
		c->dict_on = cols[i].physical == PQ_BYTE_ARRAY;
		c->page_dict = c->dict_on;
		c->name = pq_mem_alloc(&w->mem, nlen + 1);
		if (c->name == NULL)
		{
			pq_writer_free(w);
			ERR("out of memory");
			return NULL;
		}
		memcpy(c->name, cols[i].name, nlen + 1);
		c->spec.name = c->name;
	}
	if (o.codec == PQ_CODEC_ZSTD)
	{
		ZSTD_customMem cmem = {zstd_alloc, zstd_free, w};
		int			level = o.level ? o.level : ZSTD_CLEVEL_DEFAULT;
		unsigned	wlog = ZSTD_getCParams(level, ZSTD_CONTENTSIZE_UNKNOWN, 0).windowLog;

		/* the level's window, but at most 1 MB: its tables shrink with it */
		if (wlog > PQ_ZSTD_WINDOW_LOG)
			wlog = PQ_ZSTD_WINDOW_LOG;
		w->zctx = ZSTD_createCCtx_advanced(cmem);
		if (w->zctx == NULL ||
			ZSTD_isError(ZSTD_CCtx_setParameter(w->zctx, ZSTD_c_compressionLevel, level)) ||
			ZSTD_isError(ZSTD_CCtx_setParameter(w->zctx, ZSTD_c_windowLog, (int) wlog)))
		{
			pq_writer_free(w);
			ERR("out of memory");
			return NULL;
		}
	}
	if (out(w, PQ_MAGIC, 4) < 0)
	{
		ERR("%s", w->err);
		pq_writer_free(w);
		return NULL;
	}
#undef ERR
	return w;
}

bool
pq_writer_hit_limit(const PqWriter *w)
{
	return w->limit;
}

const char *
pq_writer_error(const PqWriter *w)
{
	if (w == NULL)
		return "no writer";
	return w->failed ? w->err : NULL;
}

int64_t
pq_writer_bytes_written(const PqWriter *w)
{
	return w->offset;
}

void
pq_writer_free(PqWriter *w)
{
	if (w == NULL)
		return;
	if (w->cols)
	{
		for (int i = 0; i < w->ncols; i++)
		{
			PqColumn   *c = &w->cols[i];

			pq_mem_free(&w->mem, c->name);
			pq_buf_free(&c->values);
			pq_buf_free(&c->defs);
			chain_free(w, &c->chunk);
			pq_buf_free(&c->dict_plain);
			stats_free(&c->page_stats);
			stats_free(&c->chunk_stats);
			pq_mem_free(&w->mem, c->dict_off);
			pq_mem_free(&w->mem, c->dict_slots);
		}
		pq_mem_free(&w->mem, w->cols);
	}
	chain_free(w, &w->rg_meta);
	chain_free(w, &w->pagec);
	pq_buf_free(&w->rg_one);
	pq_buf_free(&w->scratch);
	pq_buf_free(&w->comp);
	pq_buf_free(&w->hdr);
	if (w->zctx)
		ZSTD_freeCCtx(w->zctx);
	if (w->zs_ready)
		deflateEnd(&w->zs);
	{
		PqMem		mem = w->mem;

		pq_mem_free(&mem, w);
	}
}
