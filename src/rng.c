/*-------------------------------------------------------------------------
 *
 * rng.c
 *	  PCG32 streams and the integer-only distributions synthgen draws from.
 *
 * The determinism contract lives here: a stream is a function of
 * (seed, tag, entity) alone, and every helper consumes a fixed or
 * data-determined number of 32-bit outputs with integer arithmetic, so the
 * values are the same bits on every platform and compiler.
 *
 *-------------------------------------------------------------------------
 */
#include "rng.h"


/* SplitMix64's finalizer: a bijective 64-bit mixer. */
static inline uint64_t
mix64(uint64_t z)
{
	z ^= z >> 30;
	z *= UINT64_C(0xbf58476d1ce4e5b9);
	z ^= z >> 27;
	z *= UINT64_C(0x94d049bb133111eb);
	z ^= z >> 31;
	return z;
}



void
sg_rng_seed(SgRng *r, uint64_t initstate, uint64_t initseq)
{
	r->state = 0;
	r->inc = (initseq << 1) | 1;
	(void) sg_rng_next(r);
	r->state += initstate;
	(void) sg_rng_next(r);
}

uint64_t
sg_rng_key(uint64_t seed, uint32_t tag, uint64_t entity)
{
	/* mix64 is a bijection, so distinct entities give distinct keys */
	return mix64(mix64(seed ^ ((uint64_t) tag << 56) ^ tag) + entity);
}

/*
 * All entities of one (seed, tag) share an increment (one LCG cycle of
 * 2^64 states) and start at distinct, scattered positions on it: entity
 * streams overlap only if two starts fall within a few hundred steps of
 * each other, which for 2^30 entities has probability ~2^-25.
 */
void
sg_rng_stream(SgRng *r, uint64_t seed, uint32_t tag, uint64_t entity)
{
	sg_rng_seed(r, sg_rng_key(seed, tag, entity),
				mix64(seed * UINT64_C(0x9e3779b97f4a7c15) + tag));
}



int64_t
sg_rng_range(SgRng *r, int64_t lo, int64_t hi)
{
	uint64_t	span = (uint64_t) hi - (uint64_t) lo;

	if (span == UINT64_MAX)
		return (int64_t) sg_rng_next64(r);
	return (int64_t) ((uint64_t) lo + sg_rng_below64(r, span + 1));
}


int
sg_rng_weighted(SgRng *r, const uint32_t *cum, int n)
{
	uint32_t	u = sg_rng_below(r, cum[n - 1]);
	int			lo = 0,
				hi = n - 1;

	/* first i with cum[i] > u */
	while (lo < hi)
	{
		int			mid = lo + (hi - lo) / 2;

		if (cum[mid] > u)
			hi = mid;
		else
			lo = mid + 1;
	}
	return lo;
}

void
sg_pick_init(SgPicker *p, const uint32_t *cum, int n)
{
	uint64_t	total = cum[n - 1];
	int			b,
				i = 0;

	p->cum = cum;
	p->n = n;
	for (b = 0; b < (1 << SG_PICK_BITS); b++)
	{
		/* the smallest u a draw in bucket b can give */
		uint32_t	u = (uint32_t) (((uint64_t) b << (32 - SG_PICK_BITS)) * total >> 32);

		while (cum[i] <= u)
			i++;
		p->guide[b] = (uint16_t) i;
	}
}

/* ---------------------------------------------------------------------- */

#define ZIPF_OCTAVE_WEIGHT	(UINT64_C(1) << 32)

void
sg_zipf_init(SgZipf *z, uint64_t n)
{
	uint64_t	total = 0;
	int			j;

	z->n = n;
	z->noctaves = 0;
	for (j = 0; j < 64 && (UINT64_C(1) << j) <= n; j++)
	{
		uint64_t	first = UINT64_C(1) << j;
		uint64_t	len = first;	/* octave [first, 2*first) */

		if (n - first + 1 < len)
			len = n - first + 1;
		total += sg_muldiv64(ZIPF_OCTAVE_WEIGHT, len, first);
		z->cum[j] = total;
		z->noctaves = j + 1;
	}
}

uint64_t
sg_zipf_draw(const SgZipf *z, SgRng *r)
{
	uint64_t	u = sg_rng_below64(r, z->cum[z->noctaves - 1]);
	int			j;
	uint64_t	first,
				len;

	/*
	 * The first octave with cum[j] > u: every octave but the last weighs
	 * exactly 2^32 (cum[j] = (j + 1) << 32), the last at most that.
	 */
	j = (int) (u >> 32);
	first = UINT64_C(1) << j;
	len = first;
	if (z->n - first + 1 < len)
		len = z->n - first + 1;

	/* accept k with probability first/k: P(k | octave) ~ 1/k */
	for (;;)
	{
		uint64_t	k = first + sg_rng_below64(r, len);

		if (sg_rng_below64(r, k) < first)
			return k;
	}
}

/* ---------------------------------------------------------------------- */

void
sg_perm_init(SgPerm *p, uint64_t n, uint64_t key)
{
	int			bits = 2;
	int			i;

	while (bits < 64 && (UINT64_C(1) << bits) < n)
		bits += 2;
	p->n = n;
	p->half_bits = bits / 2;
	p->half_mask = (UINT64_C(1) << p->half_bits) - 1;
	for (i = 0; i < 4; i++)
		p->keys[i] = mix64(key + (uint64_t) (i + 1) * UINT64_C(0x9e3779b97f4a7c15));
}

static inline uint64_t
feistel_forward(const SgPerm *p, uint64_t x)
{
	uint64_t	left = x >> p->half_bits;
	uint64_t	right = x & p->half_mask;
	int			i;

	for (i = 0; i < 4; i++)
	{
		uint64_t	t = right;

		right = (left ^ mix64(right ^ p->keys[i])) & p->half_mask;
		left = t;
	}
	return (left << p->half_bits) | right;
}

static inline uint64_t
feistel_backward(const SgPerm *p, uint64_t y)
{
	uint64_t	left = y >> p->half_bits;
	uint64_t	right = y & p->half_mask;
	int			i;

	for (i = 3; i >= 0; i--)
	{
		uint64_t	t = left;

		left = (right ^ mix64(left ^ p->keys[i])) & p->half_mask;
		right = t;
	}
	return (left << p->half_bits) | right;
}

/*
 * Cycle walking: the domain is < 4n, so on average fewer than 4 rounds of
 * the network bring x back into [0, n); the result is a permutation of
 * [0, n) whose inverse walks the cycle the other way.
 */
uint64_t
sg_perm_apply(const SgPerm *p, uint64_t x)
{
	do
		x = feistel_forward(p, x);
	while (x >= p->n);
	return x;
}

uint64_t
sg_perm_invert(const SgPerm *p, uint64_t y)
{
	do
		y = feistel_backward(p, y);
	while (y >= p->n);
	return y;
}

/* ---------------------------------------------------------------------- */

/*
 * floor(sqrt(x)): the hardware square root (IEEE-754, correctly rounded)
 * gives an estimate within one of the answer, which integer arithmetic then
 * makes exact, so the result does not depend on the platform's FPU.
 */
uint64_t
sg_isqrt64(uint64_t x)
{
	uint64_t	r = (uint64_t) __builtin_sqrt((double) x);

	if (r > UINT64_C(0xffffffff))
		r = UINT64_C(0xffffffff);
	while (r * r > x)
		r--;
	while (r < UINT64_C(0xffffffff) && (r + 1) * (r + 1) <= x)
		r++;
	return r;
}

uint64_t
sg_muldiv64(uint64_t a, uint64_t b, uint64_t c)
{
	return (uint64_t) (((unsigned __int128) a * b) / c);
}
