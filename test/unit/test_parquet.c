/*
 * test_parquet.c
 *	  Unit tests of the Parquet writer's encoder pieces (src/parquet) against
 *	  bytes checked by hand from parquet-format's Encodings.md and the Thrift
 *	  compact protocol, plus writer-level checks (file framing, errors).
 */
#define _POSIX_C_SOURCE 200809L
#include "parquet.h"
#include "unit.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

static bool
bytes_eq(const PqBuf *b, const uint8_t *want, size_t n)
{
	return b->len == n && memcmp(b->data, want, n) == 0;
}

#define EXPECT_BYTES(buf, ...) \
	do { \
		static const uint8_t want_[] = {__VA_ARGS__}; \
		CHECK(bytes_eq(&(buf), want_, sizeof(want_)), "bytes of %s (len %zu)", #buf, (buf).len); \
	} while (0)

static PqBuf
fresh(void)
{
	PqBuf		b;

	pq_buf_init(&b, NULL);
	return b;
}

typedef struct Mem
{
	uint8_t		data[1 << 16];
	size_t		len;
	int			fail_after;		/* fail the write call number n (0: never) */
	int			calls;
} Mem;

static int
mem_write(void *ctx, const void *buf, size_t len)
{
	Mem		   *m = ctx;

	m->calls++;
	if (m->fail_after && m->calls >= m->fail_after)
		return -1;
	if (m->len + len > sizeof(m->data))
		return -1;
	memcpy(m->data + m->len, buf, len);
	m->len += len;
	return 0;
}


/* ---------------- memory: counted through the allocator ---------------- */

typedef struct Counted
{
	size_t		live;
	size_t		peak;
	long		nalloc;
} Counted;

static void *
counted_alloc(void *mctx, size_t size)
{
	Counted    *a = mctx;
	size_t	   *p = malloc(size + 16);

	if (p == NULL)
		return NULL;
	p[0] = size;
	a->live += size;
	a->nalloc++;
	if (a->live > a->peak)
		a->peak = a->live;
	return (char *) p + 16;
}

static void
counted_free(void *mctx, void *ptr)
{
	Counted    *a = mctx;
	size_t	   *p = (size_t *) ((char *) ptr - 16);

	a->live -= p[0];
	free(p);
}

static int
null_write(void *ctx, const void *buf, size_t len)
{
	(void) buf;
	*(size_t *) ctx += len;
	return 0;
}

#define KB ((size_t) 1 << 10)
#define MB ((size_t) 1 << 20)

/*
 * The bound of writer.c's header comment: B + R + ncols * C + K + F, with
 * P = D = B / (4 ncols) within [8 kB, 1 MB], C = 2 P + 3 D + 128 kB,
 * K = 4 P + 256 kB + the codec's state (zstd 20 MB, gzip 270 kB).
 */
static size_t
documented_bound(int ncols, size_t budget, size_t row, size_t footer, PqCodec codec)
{
	size_t		p = budget / 4 / (size_t) ncols;

	if (p > MB)
		p = MB;
	if (p < 8 * KB)
		p = 8 * KB;
	return budget + row + (size_t) ncols * (5 * p + 128 * KB) + 4 * p + 256 * KB + footer +
		(codec == PQ_CODEC_ZSTD ? 20 * MB : codec == PQ_CODEC_GZIP ? 270 * KB : 0);
}

/* rows x ncols values of vlen bytes each (distinct per row and column) */
static size_t
peak_of(int ncols, int rows, size_t vlen, PqCodec codec, int level, size_t budget,
		int64_t rg_rows, int *failed_limit)
{
	static uint8_t *val;
	Counted		a = {0};
	PqColumnSpec cols[256];
	char		names[256][16];
	PqOptions	o = {.codec = codec, .level = level, .row_group_bytes = budget,
	.row_group_rows = rg_rows, .alloc = counted_alloc, .dealloc = counted_free, .mctx = &a};
	size_t		written = 0;
	char		err[200];
	PqWriter   *w;
	int			rc = 0;

	if (val == NULL)
	{
		/* hex digits: compressible about 2:1, like md5 text */
		uint32_t	x = 12345;

		val = malloc(4 * MB);
		for (size_t k = 0; k < 4 * MB; k++)
		{
			x = x * 1103515245u + 12345u;
			val[k] = (uint8_t) "0123456789abcdef"[(x >> 16) & 15];
		}
	}
	for (int i = 0; i < ncols; i++)
	{
		snprintf(names[i], sizeof(names[i]), "c%d", i);
		cols[i] = (PqColumnSpec) {.name = names[i], .nullable = true,
			.physical = vlen ? PQ_BYTE_ARRAY : PQ_INT64};
	}
	w = pq_writer_create(cols, ncols, &o, null_write, &written, err, sizeof(err));
	CHECK(w != NULL, "create: %s", err);
	if (w == NULL)
		return 0;
	for (int r = 0; r < rows && rc == 0; r++)
	{
		for (int i = 0; i < ncols && rc == 0; i++)
		{
			if (vlen)
				rc = pq_write_bytes(w, i, val + ((size_t) r * 7919 + (size_t) i * 104729) % (2 * MB), vlen);
			else
				rc = pq_write_int64(w, i, r);
		}
		if (rc == 0)
			rc = pq_end_row(w);
	}
	if (rc == 0)
		rc = pq_writer_finish(w);
	*failed_limit = rc < 0 && pq_writer_hit_limit(w);
	if (rc < 0 && !*failed_limit)
		CHECK(0, "writer failed: %s", pq_writer_error(w));
	pq_writer_free(w);
	CHECK(a.live == 0, "%zu bytes left after pq_writer_free", a.live);
	return a.peak;
}

static void
test_memory_bound(void)
{
	static const int widths[] = {1, 8, 16, 64};
	static const struct
	{
		PqCodec		codec;
		int			level;
	}			codecs[] = {{PQ_CODEC_NONE, 0}, {PQ_CODEC_SNAPPY, 0}, {PQ_CODEC_GZIP, 9},
	{PQ_CODEC_ZSTD, 3}, {PQ_CODEC_ZSTD, PQ_ZSTD_MAX_LEVEL}};
	int			limit;
	size_t		peak,
				bound;

	/* 70 rows of 1 MB values per column, uncompressed (the shapes) */
	for (size_t i = 0; i < sizeof(widths) / sizeof(widths[0]); i++)
	{
		int			n = widths[i];

		peak = peak_of(n, 70, MB, PQ_CODEC_NONE, 0, 64 * MB, 0, &limit);
		bound = documented_bound(n, 64 * MB, (size_t) n * (MB + KB), 64 * KB, PQ_CODEC_NONE);
		printf("memory: 70 rows x %d columns of 1 MB, none: peak %.1f MB, bound %.1f MB\n",
			   n, peak / 1048576.0, bound / 1048576.0);
		CHECK(peak <= bound, "%d columns of 1 MB: peak %zu over the bound %zu", n, peak, bound);
	}
	/* every codec, 4 columns of 1 MB, row groups of two rows */
	for (size_t i = 0; i < sizeof(codecs) / sizeof(codecs[0]); i++)
	{
		if (codecs[i].codec == PQ_CODEC_ZSTD && codecs[i].level == PQ_ZSTD_MAX_LEVEL)
			continue;			/* 2 s per MB: below, on smaller values */
		peak = peak_of(4, 8, MB, codecs[i].codec, codecs[i].level, 8 * MB, 0, &limit);
		bound = documented_bound(4, 8 * MB, 4 * (MB + MB / 6 + KB), 64 * KB, codecs[i].codec);
		printf("memory: 8 rows x 4 columns of 1 MB, codec %d level %d: peak %.1f MB, bound %.1f MB\n",
			   (int) codecs[i].codec, codecs[i].level, peak / 1048576.0, bound / 1048576.0);
		CHECK(peak <= bound, "codec %d: peak %zu over the bound %zu", (int) codecs[i].codec, peak, bound);
	}
	/* zstd's highest level on a 1 MB value: its state stays within K */
	peak = peak_of(1, 1, MB, PQ_CODEC_ZSTD, PQ_ZSTD_MAX_LEVEL, 64 * MB, 0, &limit);
	bound = documented_bound(1, 0, MB + KB, 64 * KB, PQ_CODEC_ZSTD);
	printf("memory: zstd level %d: peak %.1f MB, bound %.1f MB\n", PQ_ZSTD_MAX_LEVEL,
		   peak / 1048576.0, bound / 1048576.0);
	CHECK(peak <= bound, "zstd level %d: peak %zu over the bound %zu", PQ_ZSTD_MAX_LEVEL, peak, bound);
	/* many small values: pages and dictionaries */
	peak = peak_of(16, 200000, 24, PQ_CODEC_ZSTD, 0, 64 * MB, 0, &limit);
	bound = documented_bound(16, 64 * MB, 16 * 64, 64 * KB, PQ_CODEC_ZSTD);
	printf("memory: 200000 rows x 16 columns of 24 bytes, zstd: peak %.1f MB, bound %.1f MB\n",
		   peak / 1048576.0, bound / 1048576.0);
	CHECK(peak <= bound, "small values: peak %zu over the bound %zu", peak, bound);

	/* wide: 200 columns of short values, dictionaries of 84 kB */
	peak = peak_of(200, 5000, 12, PQ_CODEC_SNAPPY, 0, 64 * MB, 0, &limit);
	bound = documented_bound(200, 64 * MB, 200 * 64, 64 * KB, PQ_CODEC_SNAPPY);
	printf("memory: 5000 rows x 200 columns of 12 bytes, snappy: peak %.1f MB, bound %.1f MB\n",
		   peak / 1048576.0, bound / 1048576.0);
	CHECK(peak <= bound, "wide small values: peak %zu over the bound %zu", peak, bound);

	/* one-row row groups of 200 columns: the footer is capped, as a limit */
	peak = peak_of(200, 32767, 0, PQ_CODEC_NONE, 0, 64 * MB, 1, &limit);
	bound = documented_bound(200, 64 * MB, 200 * 16, 64 * MB + 200 * 512, PQ_CODEC_NONE);
	printf("memory: 200 columns x 32767 one-row row groups: %s, peak %.1f MB, bound %.1f MB\n",
		   limit ? "refused as a limit" : "written", peak / 1048576.0, bound / 1048576.0);
	CHECK(limit, "200 columns x 32767 row groups: the footer was not capped");
	CHECK(peak <= bound, "footer: peak %zu over the bound %zu", peak, bound);
}

/* ---------------- interrupts between bounded steps ---------------- */

typedef struct Ticks
{
	int			calls;
	int			stop_at;		/* return nonzero at this call (0: never) */
	double		last;			/* CPU time of the last check */
	double		max_gap;		/* the most CPU time between two checks */
} Ticks;

static double
now_s(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

/*
 * CPU time of this thread: the work between two interrupt checks, which is
 * what a cancel waits for on an idle server; wall time would also count
 * other processes of a busy test machine.
 */
static double
cpu_s(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

static int
tick(void *ctx)
{
	Ticks	   *t = ctx;
	double		n = cpu_s();

	if (n - t->last > t->max_gap)
		t->max_gap = n - t->last;
	t->last = n;
	t->calls++;
	return t->stop_at && t->calls >= t->stop_at;
}

static void
test_interrupts(void)
{
	static const struct
	{
		PqCodec		codec;
		int			level;
		int			stop_at;
	}			cases[] = {{PQ_CODEC_NONE, 0, 0}, {PQ_CODEC_SNAPPY, 0, 0},
	{PQ_CODEC_GZIP, PQ_GZIP_MAX_LEVEL, 0}, {PQ_CODEC_ZSTD, 3, 0},
	{PQ_CODEC_ZSTD, PQ_ZSTD_MAX_LEVEL, 12}};
	size_t		len = 8 * MB;
	uint8_t    *val = malloc(len);
	uint32_t	x = 7;

	for (size_t k = 0; k < len; k++)
	{
		x = x * 1103515245u + 12345u;
		val[k] = (uint8_t) "0123456789abcdef"[(x >> 16) & 15];
	}
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
	{
		Counted		a = {0};
		Ticks		t = {.stop_at = cases[i].stop_at};
		PqColumnSpec col = {.name = "v", .physical = PQ_BYTE_ARRAY, .nullable = true};
		PqOptions	o = {.codec = cases[i].codec, .level = cases[i].level,
			.alloc = counted_alloc, .dealloc = counted_free, .mctx = &a,
		.interrupt = tick, .interrupt_ctx = &t};
		size_t		written = 0;
		char		err[200];
		PqWriter   *w = pq_writer_create(&col, 1, &o, null_write, &written, err, sizeof(err));
		double		t0 = now_s();
		int			rc;

		CHECK(w != NULL, "create: %s", err);
		if (w == NULL)
			continue;
		t.last = cpu_s();
		/* one 8 MB value, then a second row to flush it with */
		rc = pq_write_bytes(w, 0, val, len);
		if (rc == 0)
			rc = pq_end_row(w);
		if (rc == 0)
			rc = pq_writer_finish(w);
		printf("interrupts: codec %d level %d: %d calls, longest step %.3f s CPU, %s after %.2f s\n",
			   (int) cases[i].codec, cases[i].level, t.calls, t.max_gap,
			   rc == 0 ? "finished" : pq_writer_error(w), now_s() - t0);
		if (cases[i].stop_at)
		{
			CHECK(rc < 0 && strcmp(pq_writer_error(w), "interrupted") == 0,
				  "codec %d: not stopped by the interrupt callback (%s)", (int) cases[i].codec,
				  rc < 0 ? pq_writer_error(w) : "finished");
			CHECK(t.calls == cases[i].stop_at, "the writer went on after the callback said stop");
			CHECK(pq_end_row(w) < 0, "an interrupted writer accepted a row");
		}
		else
		{
			CHECK(rc == 0, "codec %d: %s", (int) cases[i].codec, pq_writer_error(w));
			/* a step per 64 kB of the value, a write per segment */
			CHECK(t.calls >= (int) (len / PQ_STEP_BYTES), "codec %d: %d interrupt checks for 8 MB",
				  (int) cases[i].codec, t.calls);
		}
		CHECK(t.max_gap < 0.5, "codec %d level %d: %.3f s of CPU without an interrupt check",
			  (int) cases[i].codec, cases[i].level, t.max_gap);
		pq_writer_free(w);
		CHECK(a.live == 0, "%zu bytes left after pq_writer_free", a.live);
	}
	free(val);
}

int
main(void)
{
	PqBuf		b;

	/* ULEB128 */
	b = fresh(); pq_uleb128(&b, 0); EXPECT_BYTES(b, 0x00); pq_buf_free(&b);
	b = fresh(); pq_uleb128(&b, 1); EXPECT_BYTES(b, 0x01); pq_buf_free(&b);
	b = fresh(); pq_uleb128(&b, 127); EXPECT_BYTES(b, 0x7f); pq_buf_free(&b);
	b = fresh(); pq_uleb128(&b, 128); EXPECT_BYTES(b, 0x80, 0x01); pq_buf_free(&b);
	b = fresh(); pq_uleb128(&b, 300); EXPECT_BYTES(b, 0xac, 0x02); pq_buf_free(&b);
	b = fresh(); pq_uleb128(&b, 1ULL << 32); EXPECT_BYTES(b, 0x80, 0x80, 0x80, 0x80, 0x10); pq_buf_free(&b);
	b = fresh(); pq_uleb128(&b, INT64_MAX);
	EXPECT_BYTES(b, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f); pq_buf_free(&b);

	/* zigzag */
	CHECK(pq_zigzag32(0) == 0, "zz 0");
	CHECK(pq_zigzag32(-1) == 1, "zz -1");
	CHECK(pq_zigzag32(1) == 2, "zz 1");
	CHECK(pq_zigzag32(-2) == 3, "zz -2");
	CHECK(pq_zigzag32(INT32_MAX) == 0xfffffffeu, "zz max");
	CHECK(pq_zigzag32(INT32_MIN) == 0xffffffffu, "zz min");
	CHECK(pq_zigzag64(-1) == 1, "zz64 -1");
	CHECK(pq_zigzag64(INT64_MAX) == 0xfffffffffffffffeULL, "zz64 max");
	CHECK(pq_zigzag64(INT64_MIN) == 0xffffffffffffffffULL, "zz64 min");

	/* bit widths */
	CHECK(pq_bit_width(0) == 0 && pq_bit_width(1) == 1 && pq_bit_width(2) == 2 &&
		  pq_bit_width(255) == 8 && pq_bit_width(256) == 9, "bit widths");

	/* RLE hybrid: 10 ones at width 1 -> RLE run header 10<<1 = 0x14, value 1 */
	{
		uint8_t		ones[10] = {1, 1, 1, 1, 1, 1, 1, 1, 1, 1};
		uint8_t		alt[8] = {0, 1, 0, 1, 0, 1, 0, 1};
		uint8_t		mix[11] = {1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1};
		uint32_t	v3[3] = {1, 2, 3};
		uint32_t	run300[300];

		b = fresh(); pq_rle_hybrid_u8(&b, ones, 10, 1); EXPECT_BYTES(b, 0x14, 0x01); pq_buf_free(&b);
		/* bit-packed: 1 group -> header (1<<1)|1 = 3; LSB first 0,1,0,1.. = 0xaa */
		b = fresh(); pq_rle_hybrid_u8(&b, alt, 8, 1); EXPECT_BYTES(b, 0x03, 0xaa); pq_buf_free(&b);
		/* 1,0 then 9 ones: the tail run (3) is too short for RLE, so two bit-packed groups: 0xfd, 0x07 */
		b = fresh(); pq_rle_hybrid_u8(&b, mix, 11, 1); EXPECT_BYTES(b, 0x05, 0xfd, 0x07); pq_buf_free(&b);
		/* width 2, values 1,2,3 padded to 8: bits 01 10 11 00 -> 0x39, 0x00 */
		b = fresh(); pq_rle_hybrid(&b, v3, 3, 2); EXPECT_BYTES(b, 0x03, 0x39, 0x00); pq_buf_free(&b);
		/* 300 times 5 at width 3: header 600 = 0xd8 0x04, one value byte */
		for (int i = 0; i < 300; i++)
			run300[i] = 5;
		b = fresh(); pq_rle_hybrid(&b, run300, 300, 3); EXPECT_BYTES(b, 0xd8, 0x04, 0x05); pq_buf_free(&b);
		/* width 9: value bytes are 2 */
		b = fresh(); pq_rle_hybrid(&b, (uint32_t[]) {300, 300, 300, 300, 300, 300, 300, 300}, 8, 9);
		EXPECT_BYTES(b, 0x10, 0x2c, 0x01); pq_buf_free(&b);
	}

	/* PLAIN */
	{
		uint8_t		bools[10] = {1, 0, 1, 1, 0, 0, 0, 0, 1, 1};

		b = fresh(); pq_plain_bools(&b, bools, 10); EXPECT_BYTES(b, 0x0d, 0x03); pq_buf_free(&b);
		b = fresh(); pq_plain_int32(&b, -2); EXPECT_BYTES(b, 0xfe, 0xff, 0xff, 0xff); pq_buf_free(&b);
		b = fresh(); pq_plain_int64(&b, 0x0102030405060708LL);
		EXPECT_BYTES(b, 8, 7, 6, 5, 4, 3, 2, 1); pq_buf_free(&b);
		b = fresh(); pq_plain_float(&b, 1.0f); EXPECT_BYTES(b, 0x00, 0x00, 0x80, 0x3f); pq_buf_free(&b);
		b = fresh(); pq_plain_double(&b, -2.0); EXPECT_BYTES(b, 0, 0, 0, 0, 0, 0, 0, 0xc0); pq_buf_free(&b);
		b = fresh(); pq_plain_bytes(&b, "abc", 3); EXPECT_BYTES(b, 3, 0, 0, 0, 'a', 'b', 'c'); pq_buf_free(&b);
		b = fresh(); pq_plain_bytes(&b, "", 0); EXPECT_BYTES(b, 0, 0, 0, 0); pq_buf_free(&b);
	}

	/* Thrift compact */
	{
		PqThrift	t;

		/* short form: delta 1, i32 -> 0x15; long form: id 20 after 1 -> type byte then zigzag(20)=40 */
		b = fresh(); pq_t_init(&t, &b);
		pq_t_i32(&t, 1, 3);
		pq_t_i32(&t, 20, -1);
		pq_t_bool(&t, 21, true);
		pq_t_bool(&t, 22, false);
		pq_t_end(&t);
		EXPECT_BYTES(b, 0x15, 0x06, 0x05, 0x28, 0x01, 0x11, 0x12, 0x00); pq_buf_free(&b);

		/* a DataPageHeader inside a PageHeader */
		b = fresh(); pq_t_init(&t, &b);
		pq_t_i32(&t, 1, 0);		/* DATA_PAGE */
		pq_t_i32(&t, 2, 100);
		pq_t_i32(&t, 3, 80);
		pq_t_struct(&t, 5);
		pq_t_i32(&t, 1, 10);
		pq_t_i32(&t, 2, 0);
		pq_t_i32(&t, 3, 3);
		pq_t_i32(&t, 4, 3);
		pq_t_end(&t);
		pq_t_end(&t);
		EXPECT_BYTES(b, 0x15, 0x00, 0x15, 0xc8, 0x01, 0x15, 0xa0, 0x01, 0x2c,
					 0x15, 0x14, 0x15, 0x00, 0x15, 0x06, 0x15, 0x06, 0x00, 0x00);
		pq_buf_free(&b);

		/* SchemaElement: type INT64, repetition OPTIONAL, name "x", converted 18, list headers */
		b = fresh(); pq_t_init(&t, &b);
		pq_t_i32(&t, 1, 2);
		pq_t_i32(&t, 3, 1);
		pq_t_binary(&t, 4, "x", 1);
		pq_t_i32(&t, 6, 18);
		pq_t_list(&t, 7, PQ_CT_I32, 2);
		pq_t_val_i32(&t, 3);
		pq_t_val_i32(&t, 0);
		pq_t_list(&t, 8, PQ_CT_STRUCT, 20);
		pq_t_i64(&t, 9, -3);
		pq_t_end(&t);
		EXPECT_BYTES(b, 0x15, 0x04, 0x25, 0x02, 0x18, 0x01, 'x', 0x25, 0x24,
					 0x19, 0x25, 0x06, 0x00, 0x19, 0xfc, 0x14, 0x16, 0x05, 0x00);
		pq_buf_free(&b);
	}

	/* writer: framing and errors */
	{
		static Mem	m;
		char		err[200];
		PqColumnSpec cols[2] = {
			{.name = "a", .physical = PQ_INT32, .nullable = true},
			{.name = "s", .physical = PQ_BYTE_ARRAY, .logical = PQ_LOGICAL_STRING},
		};
		PqColumnSpec bad = {.name = "d", .physical = PQ_INT32, .logical = PQ_LOGICAL_DECIMAL, .precision = 10};
		PqColumnSpec bad2 = {.name = "d", .physical = PQ_INT64, .logical = PQ_LOGICAL_DECIMAL, .precision = 5, .scale = 6};
		PqColumnSpec bad3 = {.name = "", .physical = PQ_INT32};
		PqColumnSpec bad4 = {.name = "f", .physical = PQ_FIXED_LEN_BYTE_ARRAY};
		PqOptions	o = {.codec = PQ_CODEC_ZSTD};
		PqWriter   *w;
		uint32_t	flen;

		memset(&m, 0, sizeof(m));
		w = pq_writer_create(cols, 2, &o, mem_write, &m, err, sizeof(err));
		CHECK(w != NULL, "create: %s", err);
		for (int i = 0; w && i < 100; i++)
		{
			CHECK((i % 3 ? pq_write_int32(w, 0, i) : pq_write_null(w, 0)) == 0, "value");
			CHECK(pq_write_bytes(w, 1, "xy", 2) == 0, "bytes");
			CHECK(pq_end_row(w) == 0, "end row");
		}
		CHECK(w && pq_writer_finish(w) == 0, "finish");
		pq_writer_free(w);
		CHECK(m.len > 12 && memcmp(m.data, "PAR1", 4) == 0 &&
			  memcmp(m.data + m.len - 4, "PAR1", 4) == 0, "magic");
		flen = m.len >= 8 ? (uint32_t) m.data[m.len - 8] | (uint32_t) m.data[m.len - 7] << 8 |
			(uint32_t) m.data[m.len - 6] << 16 | (uint32_t) m.data[m.len - 5] << 24 : 0;
		CHECK(flen > 0 && flen < m.len - 12, "footer length %u", flen);
		/* FileMetaData starts with version: field 1 i32 = 0x15 0x02 */
		CHECK(m.data[m.len - 8 - flen] == 0x15 && m.data[m.len - 7 - flen] == 0x02, "footer start");

		CHECK(pq_writer_create(&bad, 1, NULL, mem_write, &m, err, sizeof(err)) == NULL &&
			  strstr(err, "INT32") != NULL, "decimal on int32: %s", err);
		CHECK(pq_writer_create(&bad2, 1, NULL, mem_write, &m, err, sizeof(err)) == NULL &&
			  strstr(err, "scale") != NULL, "scale: %s", err);
		CHECK(pq_writer_create(&bad3, 1, NULL, mem_write, &m, err, sizeof(err)) == NULL &&
			  strstr(err, "name") != NULL, "empty name: %s", err);
		CHECK(pq_writer_create(&bad4, 1, NULL, mem_write, &m, err, sizeof(err)) == NULL &&
			  strstr(err, "length") != NULL, "flba length: %s", err);

		/* misuse */
		memset(&m, 0, sizeof(m));
		w = pq_writer_create(cols, 2, NULL, mem_write, &m, err, sizeof(err));
		CHECK(w && pq_write_bytes(w, 1, "x", 1) < 0 && strstr(pq_writer_error(w), "order"), "order");
		pq_writer_free(w);
		w = pq_writer_create(cols, 2, NULL, mem_write, &m, err, sizeof(err));
		CHECK(w && pq_write_int32(w, 0, 1) == 0 && pq_write_null(w, 1) < 0 &&
			  strstr(pq_writer_error(w), "not nullable"), "null in required");
		pq_writer_free(w);

		/* write callback failing */
		memset(&m, 0, sizeof(m));
		m.fail_after = 2;
		w = pq_writer_create(cols, 2, NULL, mem_write, &m, err, sizeof(err));
		CHECK(w != NULL, "create");
		if (w)
		{
			CHECK(pq_write_int32(w, 0, 1) == 0 && pq_write_bytes(w, 1, "a", 1) == 0 &&
				  pq_end_row(w) == 0, "row");
			CHECK(pq_writer_finish(w) < 0 && strstr(pq_writer_error(w), "write failed"),
				  "write failure reported");
			pq_writer_free(w);
		}
		m.fail_after = 1;
		CHECK(pq_writer_create(cols, 2, NULL, mem_write, &m, err, sizeof(err)) == NULL &&
			  strstr(err, "write failed"), "magic write failure: %s", err);
	}

	test_memory_bound();
	test_interrupts();

	return unit_report("test_parquet");
}
