/*-------------------------------------------------------------------------
 *
 * parquet.h
 *	  A small Apache Parquet file writer, free of PostgreSQL headers so it
 *	  is unit-tested, sanitized and fuzzed on its own (test/unit,
 *	  test/fuzz); the extension hands it its allocator, an interrupt
 *	  callback and a write callback.
 *
 * Owns the public writer API (column specs, options, the row-at-a-time
 * value calls) and, in its second half, the encoder pieces the writer is
 * built from (growable buffers, ULEB128/zigzag varints, the RLE/bit-packed
 * hybrid, PLAIN values, the Thrift compact protocol), exported so the unit
 * tests can check them byte for byte.
 *
 * Files are written with DataPage v1 pages, PLAIN or RLE_DICTIONARY values,
 * RLE definition levels, per-page and per-chunk statistics, and one of the
 * codecs UNCOMPRESSED, SNAPPY, GZIP or ZSTD.
 *
 *-------------------------------------------------------------------------
 */
#ifndef SYNTHGEN_PARQUET_H
#define SYNTHGEN_PARQUET_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

typedef enum PqPhysical
{
	PQ_BOOLEAN,
	PQ_INT32,
	PQ_INT64,
	PQ_FLOAT,
	PQ_DOUBLE,
	PQ_BYTE_ARRAY,
	PQ_FIXED_LEN_BYTE_ARRAY
} PqPhysical;

typedef enum PqLogical
{
	PQ_LOGICAL_NONE,
	PQ_LOGICAL_STRING,
	PQ_LOGICAL_INT,
	PQ_LOGICAL_DECIMAL,
	PQ_LOGICAL_DATE,
	PQ_LOGICAL_TIMESTAMP_MICROS,
	PQ_LOGICAL_UUID,
	PQ_LOGICAL_JSON
} PqLogical;

typedef struct PqColumnSpec
{
	const char *name;
	PqPhysical	physical;
	PqLogical	logical;
	int			int_bits;		/* PQ_LOGICAL_INT: 8/16/32/64 */
	bool		int_signed;
	int			precision;		/* DECIMAL on INT32 (p<=9), INT64 (p<=18) or
								 * FLBA */
	int			scale;
	int			fixed_len;		/* FLBA length (16 for UUID) */
	bool		utc_adjusted;	/* TIMESTAMP_MICROS */
	bool		nullable;
} PqColumnSpec;

typedef enum PqCodec
{
	PQ_CODEC_NONE,
	PQ_CODEC_SNAPPY,
	PQ_CODEC_GZIP,
	PQ_CODEC_ZSTD
} PqCodec;

/*
 * Compression levels accepted: gzip 1..9, zstd up to 19 (ZSTD_minCLevel()
 * for the fastest); 0 is the codec's default.  zstd's levels 20 to 22 need
 * up to 800 MB of state and compress a few hundred kB per second.
 */
#define PQ_GZIP_MAX_LEVEL 9
#define PQ_ZSTD_MAX_LEVEL 19

/* the most input compressed or copied between two interrupt checks */
#define PQ_STEP_BYTES ((size_t) 64 << 10)
/* column chunks and the footer grow by segments of this size */
#define PQ_SEG_BYTES ((size_t) 64 << 10)

typedef struct PqOptions
{
	PqCodec		codec;
	int			level;			/* 0 = codec default */
	int64_t		row_group_rows; /* 0 = 1,000,000 */
	size_t		row_group_bytes;	/* 0 = 128 MB; the memory budget, see writer.c */
	size_t		page_bytes;		/* 0 = 1 MB */
	size_t		dict_bytes;		/* 0 = 1 MB; dictionary limit before PLAIN */
	size_t		footer_bytes;	/* 0 = 64 MB; larger footers fail as a limit */
	void	   *(*alloc) (void *mctx, size_t size);
	void		(*dealloc) (void *mctx, void *ptr);
	void	   *mctx;			/* alloc/dealloc NULL: malloc/free */

	/*
	 * Called between bounded steps of work (PQ_STEP_BYTES of a value
	 * compressed or copied, one segment written); a nonzero return stops
	 * the writer with the error "interrupted".  It may also not return at
	 * all (PostgreSQL's CHECK_FOR_INTERRUPTS() jumps out): all the writer's
	 * memory, its codecs' state included, comes from alloc, so freeing the
	 * allocator's memory context frees it; the writer is not used again.
	 */
	int			(*interrupt) (void *interrupt_ctx);
	void	   *interrupt_ctx;
} PqOptions;

/* returns 0 on success, -1 on error */
typedef int (*PqWriteFn) (void *ctx, const void *buf, size_t len);

typedef struct PqWriter PqWriter;

extern PqWriter *pq_writer_create(const PqColumnSpec *cols, int ncols,
								  const PqOptions *opts, PqWriteFn write,
								  void *ctx, char *errbuf, size_t errlen);

/* one value per column per row, in column order, then pq_end_row */
extern int	pq_write_null(PqWriter *w, int col);
extern int	pq_write_bool(PqWriter *w, int col, bool v);
extern int	pq_write_int32(PqWriter *w, int col, int32_t v);
extern int	pq_write_int64(PqWriter *w, int col, int64_t v);
extern int	pq_write_float(PqWriter *w, int col, float v);
extern int	pq_write_double(PqWriter *w, int col, double v);
extern int	pq_write_bytes(PqWriter *w, int col, const void *p, size_t len);
extern int	pq_end_row(PqWriter *w);
extern int	pq_writer_finish(PqWriter *w);
extern const char *pq_writer_error(const PqWriter *w);
/* whether the failure was a limit of the format (too many row groups, a
 * page over 2 GB), which the caller can avoid, rather than a fault */
extern bool pq_writer_hit_limit(const PqWriter *w);
extern void pq_writer_free(PqWriter *w);

/* bytes written so far (for progress reports) */
extern int64_t pq_writer_bytes_written(const PqWriter *w);


/* ---------------- encoder pieces (internal, exported for tests) ---------------- */

typedef struct PqMem
{
	void	   *(*alloc) (void *mctx, size_t size);
	void		(*dealloc) (void *mctx, void *ptr);
	void	   *mctx;
} PqMem;

/* a growable byte buffer; an allocation failure sets "failed" (sticky) */
typedef struct PqBuf
{
	uint8_t    *data;
	size_t		len;
	size_t		cap;
	const PqMem *mem;
	bool		failed;
} PqBuf;

extern void pq_buf_init(PqBuf *b, const PqMem *mem);
extern void pq_buf_free(PqBuf *b);
extern bool pq_buf_grow(PqBuf *b, size_t extra);
extern void *pq_mem_alloc(const PqMem *mem, size_t size);
extern void pq_mem_free(const PqMem *mem, void *p);

extern void pq_uleb128(PqBuf *b, uint64_t v);
extern uint32_t pq_zigzag32(int32_t v);
extern uint64_t pq_zigzag64(int64_t v);
extern int	pq_bit_width(uint32_t maxval);

/* RLE/bit-packed hybrid of n values of bit_width bits (no length prefix) */
extern void pq_rle_hybrid(PqBuf *b, const uint32_t *vals, size_t n, int bit_width);
/* same, from one byte per value (definition levels, bit width 1) */
extern void pq_rle_hybrid_u8(PqBuf *b, const uint8_t *vals, size_t n, int bit_width);

/* PLAIN */
extern void pq_plain_bools(PqBuf *b, const uint8_t *vals, size_t n);

/*
 * The per-value appends, inline: they run for every value written (a
 * function call each was a tenth of an export's time, test/bench/RESULTS.md
 * issue 16); only growing the buffer is out of line.
 */

/* make room for extra more bytes; false (and failed set) when impossible */
static inline bool
pq_buf_reserve(PqBuf *b, size_t extra)
{
	if (!b->failed && extra <= b->cap - b->len)
		return true;
	return pq_buf_grow(b, extra);
}

static inline void
pq_buf_append(PqBuf *b, const void *p, size_t len)
{
	if (len == 0 || !pq_buf_reserve(b, len))
		return;
	memcpy(b->data + b->len, p, len);
	b->len += len;
}

static inline void
pq_buf_byte(PqBuf *b, uint8_t v)
{
	if (!pq_buf_reserve(b, 1))
		return;
	b->data[b->len++] = v;
}

static inline void
pq_buf_le32(PqBuf *b, uint32_t v)
{
	uint8_t    *d;

	if (!pq_buf_reserve(b, 4))
		return;
	d = b->data + b->len;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	memcpy(d, &v, 4);			/* one store; the byte loop stayed a loop */
#else
	for (int i = 0; i < 4; i++)
		d[i] = (uint8_t) (v >> (8 * i));
#endif
	b->len += 4;
}

static inline void
pq_buf_le64(PqBuf *b, uint64_t v)
{
	uint8_t    *d;

	if (!pq_buf_reserve(b, 8))
		return;
	d = b->data + b->len;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	memcpy(d, &v, 8);			/* one store; the byte loop stayed a loop */
#else
	for (int i = 0; i < 8; i++)
		d[i] = (uint8_t) (v >> (8 * i));
#endif
	b->len += 8;
}

static inline void
pq_plain_int32(PqBuf *b, int32_t v)
{
	pq_buf_le32(b, (uint32_t) v);
}

static inline void
pq_plain_int64(PqBuf *b, int64_t v)
{
	pq_buf_le64(b, (uint64_t) v);
}

static inline void
pq_plain_float(PqBuf *b, float v)
{
	uint32_t	u;

	memcpy(&u, &v, 4);
	pq_buf_le32(b, u);
}

static inline void
pq_plain_double(PqBuf *b, double v)
{
	uint64_t	u;

	memcpy(&u, &v, 8);
	pq_buf_le64(b, u);
}

static inline void
pq_plain_bytes(PqBuf *b, const void *p, uint32_t len)
{
	pq_buf_le32(b, len);
	pq_buf_append(b, p, len);
}

/* Thrift compact protocol */
enum
{
	PQ_CT_STOP = 0,
	PQ_CT_TRUE = 1,
	PQ_CT_FALSE = 2,
	PQ_CT_BYTE = 3,
	PQ_CT_I16 = 4,
	PQ_CT_I32 = 5,
	PQ_CT_I64 = 6,
	PQ_CT_DOUBLE = 7,
	PQ_CT_BINARY = 8,
	PQ_CT_LIST = 9,
	PQ_CT_SET = 10,
	PQ_CT_MAP = 11,
	PQ_CT_STRUCT = 12
};

#define PQ_THRIFT_MAX_DEPTH 16

typedef struct PqThrift
{
	PqBuf	   *b;
	int			depth;
	int16_t		last[PQ_THRIFT_MAX_DEPTH];
	bool		overflow;
} PqThrift;

extern void pq_t_init(PqThrift *t, PqBuf *b);
extern void pq_t_field(PqThrift *t, int16_t id, int ctype);
extern void pq_t_begin(PqThrift *t);	/* start a struct value */
extern void pq_t_end(PqThrift *t);	/* stop byte, leave the struct */
extern void pq_t_struct(PqThrift *t, int16_t id);	/* field header + begin */
extern void pq_t_i8(PqThrift *t, int16_t id, int8_t v);
extern void pq_t_i16(PqThrift *t, int16_t id, int16_t v);
extern void pq_t_i32(PqThrift *t, int16_t id, int32_t v);
extern void pq_t_i64(PqThrift *t, int16_t id, int64_t v);
extern void pq_t_bool(PqThrift *t, int16_t id, bool v);
extern void pq_t_binary(PqThrift *t, int16_t id, const void *p, size_t len);
extern void pq_t_list(PqThrift *t, int16_t id, int elem_ctype, uint32_t n);
/* list element values */
extern void pq_t_val_i32(PqThrift *t, int32_t v);
extern void pq_t_val_binary(PqThrift *t, const void *p, size_t len);

#endif							/* SYNTHGEN_PARQUET_H */
