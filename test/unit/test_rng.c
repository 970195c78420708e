/*
 * test_rng.c
 *	  Unit test of src/rng.c: PCG32 known-answer vectors, stream keying,
 *	  bounded draws without bias, weighted choice, the Zipf-like ranks, the
 *	  keyed permutation and the exact integer helpers.
 *
 * Standalone (no PostgreSQL); prints "test_rng: N passed, M failed".
 */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rng.h"

#include "unit.h"

/* The reference outputs of pcg32-demo: pcg32_srandom_r(&rng, 42, 54). */
static void
test_known_answers(void)
{
	static const uint32_t expect[6] = {
		0xa15c02b7, 0x7b47f409, 0xba1d3330, 0x83d2f293, 0xbfa4784b, 0xcbed606e
	};
	SgRng		r;
	int			i;

	sg_rng_seed(&r, 42, 54);
	for (i = 0; i < 6; i++)
	{
		uint32_t	v = sg_rng_next(&r);

		CHECK(v == expect[i], "pcg32(42,54)[%d] = 0x%08" PRIx32 ", want 0x%08" PRIx32,
			  i, v, expect[i]);
	}
}

/*
 * Frozen vectors of our own keying: if these change, every generated table
 * changes, which needs an algorithm version bump (and new golden digests).
 */
static void
test_stream_vectors(void)
{
	SgRng		r;
	uint32_t	a[3];

	sg_rng_stream(&r, 1, SG_STREAM_CUSTOMER, 1);
	a[0] = sg_rng_next(&r);
	sg_rng_stream(&r, 1, SG_STREAM_CUSTOMER, 2);
	a[1] = sg_rng_next(&r);
	sg_rng_stream(&r, 2, SG_STREAM_CUSTOMER, 1);
	a[2] = sg_rng_next(&r);
	CHECK(a[0] == UINT32_C(0x84a2eeb0) && a[1] == UINT32_C(0x423fa4c4) &&
		  a[2] == UINT32_C(0x74245393),
		  "stream vectors changed: 0x%08" PRIx32 " 0x%08" PRIx32 " 0x%08" PRIx32,
		  a[0], a[1], a[2]);
}

static void
test_streams(void)
{
	SgRng		r1,
				r2;
	int			same = 0,
				i;

	/* same key, same values; the stream is a pure function of its key */
	sg_rng_stream(&r1, 7, SG_STREAM_PRODUCT, 123456);
	sg_rng_stream(&r2, 7, SG_STREAM_PRODUCT, 123456);
	for (i = 0; i < 100; i++)
		same += sg_rng_next(&r1) == sg_rng_next(&r2);
	CHECK(same == 100, "same key gave different values");

	/* neighbouring entities, tags and seeds are unrelated */
	{
		uint64_t	seeds[3] = {1, 2, UINT64_MAX};
		uint32_t	tags[2] = {SG_STREAM_CUSTOMER, SG_STREAM_PRODUCT};
		uint32_t	firsts[3 * 2 * 50];
		int			n = 0,
					dup = 0,
					s,
					t,
					e,
					j;

		for (s = 0; s < 3; s++)
			for (t = 0; t < 2; t++)
				for (e = 0; e < 50; e++)
				{
					sg_rng_stream(&r1, seeds[s], tags[t], (uint64_t) e);
					firsts[n++] = sg_rng_next(&r1);
				}
		for (i = 0; i < n; i++)
			for (j = i + 1; j < n; j++)
				dup += firsts[i] == firsts[j];
		CHECK(dup == 0, "%d colliding first outputs among %d streams", dup, n);
	}
}

static void
test_below(void)
{
	SgRng		r;
	int			counts[7] = {0};
	int			i,
				bad = 0;
	uint64_t	low = 0;
	const int	N = 700000;

	sg_rng_stream(&r, 99, 1, 0);
	for (i = 0; i < N; i++)
	{
		uint32_t	v = sg_rng_below(&r, 7);

		if (v >= 7)
			bad++;
		else
			counts[v]++;
	}
	CHECK(bad == 0, "below(7) out of range %d times", bad);
	for (i = 0; i < 7; i++)
		CHECK(abs(counts[i] - N / 7) < 1500, "below(7): count[%d] = %d, want ~%d",
			  i, counts[i], N / 7);

	/*
	 * bound = 3 * 2^30: a modulo reduction would make [0, 2^30) twice as
	 * likely as the rest (1/2 instead of 1/3).
	 */
	for (i = 0; i < 300000; i++)
		low += sg_rng_below(&r, UINT32_C(3) << 30) < (UINT32_C(1) << 30);
	CHECK(low > 98000 && low < 102000, "below(3*2^30) biased: %" PRIu64 " / 300000 low", low);

	low = 0;
	for (i = 0; i < 300000; i++)
	{
		uint64_t	bound = UINT64_C(3) << 62;
		uint64_t	v = sg_rng_below64(&r, bound);

		if (v >= bound)
			bad++;
		low += v < (UINT64_C(1) << 62);
	}
	CHECK(bad == 0, "below64 out of range");
	CHECK(low > 98000 && low < 102000, "below64(3*2^62) biased: %" PRIu64 " / 300000 low", low);

	CHECK(sg_rng_below(&r, 1) == 0, "below(1) != 0");
}

static void
test_range_and_chance(void)
{
	SgRng		r;
	int			i,
				bad = 0,
				seen_lo = 0,
				seen_hi = 0,
				hits = 0;

	sg_rng_stream(&r, 5, 2, 5);
	for (i = 0; i < 100000; i++)
	{
		int64_t		v = sg_rng_range(&r, -3, 3);

		bad += v < -3 || v > 3;
		seen_lo += v == -3;
		seen_hi += v == 3;
	}
	CHECK(bad == 0 && seen_lo > 0 && seen_hi > 0, "range(-3,3) bounds not inclusive or exceeded");

	for (i = 0; i < 1000; i++)
	{
		int64_t		v = sg_rng_range(&r, INT64_MAX - 1, INT64_MAX);

		bad += v < INT64_MAX - 1;
		(void) sg_rng_range(&r, INT64_MIN, INT64_MAX);
	}
	CHECK(bad == 0, "range near INT64_MAX out of range");
	CHECK(sg_rng_range(&r, 42, 42) == 42, "range(42,42) != 42");

	for (i = 0; i < 100000; i++)
		hits += sg_rng_chance(&r, 1, 4);
	CHECK(hits > 24000 && hits < 26000, "chance(1/4) hit %d / 100000", hits);
	CHECK(!sg_rng_chance(&r, 0, 5) && sg_rng_chance(&r, 5, 5), "chance extremes wrong");
}

static void
test_weighted(void)
{
	SgRng		r;
	const uint32_t cum[4] = {10, 10, 40, 100};	/* weights 10, 0, 30, 60 */
	int			counts[4] = {0};
	int			i;

	sg_rng_stream(&r, 3, 3, 3);
	for (i = 0; i < 100000; i++)
		counts[sg_rng_weighted(&r, cum, 4)]++;
	CHECK(counts[1] == 0, "zero weight chosen %d times", counts[1]);
	CHECK(abs(counts[0] - 10000) < 700 && abs(counts[2] - 30000) < 1000 &&
		  abs(counts[3] - 60000) < 1000,
		  "weighted counts %d %d %d %d", counts[0], counts[1], counts[2], counts[3]);
}

/* the guide-table picker gives exactly the binary search's answers */
static void
test_picker(void)
{
	static uint32_t cum[300];
	SgPicker	pk;
	SgRng		r1,
				r2;
	uint32_t	total = 0;
	int			i,
				differ = 0;

	for (i = 0; i < 300; i++)
	{
		total += (uint32_t) ((i * 7919) % 97 + (i % 5 == 0 ? 0 : 1));	/* some zeros */
		cum[i] = total;
	}
	sg_pick_init(&pk, cum, 300);
	sg_rng_stream(&r1, 8, 8, 8);
	sg_rng_stream(&r2, 8, 8, 8);
	for (i = 0; i < 200000; i++)
		differ += sg_pick(&pk, &r1) != sg_rng_weighted(&r2, cum, 300);
	CHECK(differ == 0, "picker and binary search differ %d times", differ);

	{
		const uint32_t one[1] = {5};

		sg_pick_init(&pk, one, 1);
		CHECK(sg_pick(&pk, &r1) == 0, "picker with one entry");
	}
}

static void
test_skewed(void)
{
	SgRng		r;
	int			i,
				bad = 0,
				below_mid = 0;

	sg_rng_stream(&r, 4, 4, 4);
	for (i = 0; i < 100000; i++)
	{
		int64_t		v = sg_rng_skewed(&r, 10, 1009);

		bad += v < 10 || v > 1009;
		below_mid += v < 510;
	}
	CHECK(bad == 0, "skewed out of range");
	/* P(U1*U2 < 1/2) = (1 + ln 2) / 2 = 0.8466 */
	CHECK(below_mid > 84000 && below_mid < 85300, "skewed: %d / 100000 below the middle", below_mid);
}

static void
test_zipf(void)
{
	uint64_t	sizes[] = {1, 2, 3, 10, 1000, 100000};
	size_t		s;

	for (s = 0; s < sizeof(sizes) / sizeof(sizes[0]); s++)
	{
		uint64_t	n = sizes[s];
		SgZipf		z;
		SgRng		r;
		uint64_t   *counts = calloc(n + 1, sizeof(uint64_t));
		uint64_t	top = 0;
		int			bad = 0,
					i;
		const int	N = 200000;

		sg_zipf_init(&z, n);
		sg_rng_stream(&r, 11, 11, n);
		for (i = 0; i < N; i++)
		{
			uint64_t	k = sg_zipf_draw(&z, &r);

			if (k < 1 || k > n)
				bad++;
			else
				counts[k]++;
		}
		CHECK(bad == 0, "zipf(%" PRIu64 ") out of range", n);
		if (n >= 10)
		{
			uint64_t	k;

			for (k = 1; k <= n / 10; k++)
				top += counts[k];
			/* under 1/k, the top tenth of 1000 ranks carries 69% */
			CHECK(n < 1000 ||
				  top * 100 >= (uint64_t) N * 40,
				  "zipf(%" PRIu64 "): top 10%% carry %" PRIu64 " / %d", n, top, N);
			/* 1/k shape: rank 1 about twice rank 2, three times rank 3 */
			CHECK(counts[1] > counts[2] && counts[2] > counts[3] &&
				  counts[1] * 10 > counts[2] * 15 && counts[1] * 10 < counts[2] * 30,
				  "zipf(%" PRIu64 "): counts 1..3 = %" PRIu64 " %" PRIu64 " %" PRIu64,
				  n, counts[1], counts[2], counts[3]);
		}
		if (n == 1)
			CHECK(counts[1] == (uint64_t) N, "zipf(1) must always give 1");
		free(counts);
	}
}

static void
test_perm(void)
{
	uint64_t	sizes[] = {1, 2, 3, 7, 16, 1000, 4097, 65536};
	size_t		s;

	for (s = 0; s < sizeof(sizes) / sizeof(sizes[0]); s++)
	{
		uint64_t	n = sizes[s];
		SgPerm		p;
		char	   *seen = calloc(n, 1);
		uint64_t	x;
		int			bad = 0,
					fixed = 0;

		sg_perm_init(&p, n, 12345 + n);
		for (x = 0; x < n; x++)
		{
			uint64_t	y = sg_perm_apply(&p, x);

			if (y >= n || seen[y])
				bad++;
			else
				seen[y] = 1;
			if (sg_perm_invert(&p, y) != x)
				bad++;
			fixed += y == x;
		}
		CHECK(bad == 0, "perm(%" PRIu64 ") is not a bijection with inverse", n);
		if (n >= 1000)
			CHECK(fixed < 20, "perm(%" PRIu64 ") has %d fixed points", n, fixed);
		free(seen);
	}

	/* large domains: inverse round-trips */
	{
		SgPerm		p;
		int			bad = 0;
		uint64_t	x;

		sg_perm_init(&p, UINT64_C(1000000007), 1);
		for (x = 0; x < 1000000007; x += 9999991)
		{
			uint64_t	y = sg_perm_apply(&p, x);

			bad += y >= UINT64_C(1000000007) || sg_perm_invert(&p, y) != x;
		}
		CHECK(bad == 0, "perm(1e9+7) round trip failed %d times", bad);
	}
}

static void
test_integer_helpers(void)
{
	uint64_t	x;
	int			bad = 0;

	for (x = 0; x < 100000; x++)
	{
		uint64_t	q = sg_isqrt64(x);

		bad += q * q > x || (q + 1) * (q + 1) <= x;
	}
	CHECK(bad == 0, "isqrt wrong for small values");
	/* around perfect squares, where a double's rounding could mislead */
	for (x = UINT64_C(4294967295) - 3000; x <= UINT64_C(4294967295); x++)
	{
		uint64_t	sq = x * x;

		bad += sg_isqrt64(sq) != x || sg_isqrt64(sq - 1) != x - 1 ||
			(x < UINT64_C(4294967295) && sg_isqrt64(sq + 2 * x) != x);
	}
	for (x = 1; x < 3000000; x += 7)
	{
		uint64_t	sq = x * x;

		bad += sg_isqrt64(sq) != x || sg_isqrt64(sq - 1) != x - 1;
	}
	CHECK(bad == 0, "isqrt wrong near perfect squares");
	CHECK(sg_isqrt64(UINT64_MAX) == UINT64_C(4294967295), "isqrt(max)");
	CHECK(sg_isqrt64(UINT64_C(4294967296) * 4294967296 - 1) == UINT64_C(4294967295),
		  "isqrt(2^64-1)");
	CHECK(sg_isqrt64(UINT64_C(1) << 62) == UINT64_C(1) << 31, "isqrt(2^62)");
	CHECK(sg_muldiv64(UINT64_MAX, UINT64_MAX, UINT64_MAX) == UINT64_MAX, "muldiv overflow");
	CHECK(sg_muldiv64(10, 7, 3) == 23, "muldiv(10,7,3)");
}

int
main(void)
{
	test_known_answers();
	test_stream_vectors();
	test_streams();
	test_below();
	test_range_and_chance();
	test_weighted();
	test_picker();
	test_skewed();
	test_zipf();
	test_perm();
	test_integer_helpers();
	return unit_report("test_rng");
}
