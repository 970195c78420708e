/*-------------------------------------------------------------------------
 *
 * rng.h
 *	  synthgen's randomness: PCG32 used counter-style, and the
 *	  distributions built on it.
 *
 * Every random value synthgen outputs comes from here.  A generator never
 * keeps a sequential state across entities: each entity (customer 17,
 * product 3, hour 42 ...) opens its own stream keyed by (seed, table,
 * entity number) with sg_rng_stream(), so any row can be produced without
 * producing the rows before it, in any order, in any session.
 *
 * All arithmetic is integer (or exact), so the same arguments give the same
 * bits on every platform.  No PostgreSQL headers: unit-tested standalone
 * and sanitized on its own (test/unit/test_rng.c).
 *
 *-------------------------------------------------------------------------
 */
#ifndef SYNTHGEN_RNG_H
#define SYNTHGEN_RNG_H

#include <stdbool.h>
#include <stdint.h>

/* PCG32 (XSH RR 64/32): 64-bit LCG state, odd increment selects the stream */
typedef struct SgRng
{
	uint64_t	state;
	uint64_t	inc;
} SgRng;

/*
 * Table tags: the "table" part of a stream key.  Values are part of the
 * determinism contract; never renumber, only append.
 */
typedef enum SgStreamTag
{
	SG_STREAM_CUSTOMER = 1,
	SG_STREAM_SUPPLIER = 2,
	SG_STREAM_PRODUCT = 3,
	SG_STREAM_CAMPAIGN = 4,
	SG_STREAM_PERM_EMAIL = 5,	/* permutation keys */
	SG_STREAM_PERM_SKU = 6,
	SG_STREAM_PERM_RANK = 7,
	SG_STREAM_SALT = 8,
	SG_STREAM_ORDER_HOUR = 9,
	SG_STREAM_ORDER = 10,
	SG_STREAM_TICKET = 11,
	SG_STREAM_CART = 12,
	SG_STREAM_RETURN = 13,
	SG_STREAM_METRIC = 14,
	SG_STREAM_SIGNUP = 15,
	SG_STREAM_CART_HOUR = 16,
	/* 17: algorithm 1's window key, retired */
	SG_STREAM_ORDER_DAY = 18,	/* algorithm 2: absolute days and periods */
	SG_STREAM_CART_DAY = 19,
	SG_STREAM_SCHEDULE = 20,
	SG_STREAM_OUTAGE = 21,
	SG_STREAM_DISRUPTION = 22,
	SG_STREAM_WORLD = 23,
	SG_STREAM_CLASS = 24,		/* customer blocks' rotations (world.c) */
	SG_STREAM_RECOVERY = 25,	/* which orders recover a cart (events.c) */
	SG_STREAM_PRICE = 26,		/* customers' price sensitivity (world.c) */
	SG_STREAM_SURVEY = 27,		/* a resolved ticket's CSAT survey answer (events.c) */
	/* 28..39 left to other parts of algorithm 2 */
	SG_STREAM_DEMAND = 40,		/* day demand: day shocks, drift knots, hour wobble */
	SG_STREAM_DEPLOY = 41		/* a UTC day's deploys (metric blips) */
} SgStreamTag;

/* The reference PCG32 seeding and step (pcg32_srandom_r/pcg32_random_r). */
extern void sg_rng_seed(SgRng *r, uint64_t initstate, uint64_t initseq);

/* Open the stream of one entity: keyed by (seed, tag, entity). */
extern void sg_rng_stream(SgRng *r, uint64_t seed, uint32_t tag, uint64_t entity);

/* A 64-bit key derived from (seed, tag, entity), e.g. for permutations. */
extern uint64_t sg_rng_key(uint64_t seed, uint32_t tag, uint64_t entity);

/* Uniform integer in [lo, hi], inclusive; lo <= hi. */
extern int64_t sg_rng_range(SgRng *r, int64_t lo, int64_t hi);

/*
 * Weighted choice: cum[] holds n running sums of non-negative weights
 * (cum[n-1] is the total, > 0).  Returns i with probability w[i]/total.
 */
extern int	sg_rng_weighted(SgRng *r, const uint32_t *cum, int n);

/*
 * The same weighted choice in O(1) expected time: a guide table maps the top
 * bits of the 32-bit draw to the first candidate, so the result (and the
 * draws consumed) are exactly those of sg_rng_weighted() on the same table.
 */
#define SG_PICK_BITS 10

typedef struct SgPicker
{
	const uint32_t *cum;		/* not copied: must outlive the picker */
	int			n;
	uint16_t	guide[1 << SG_PICK_BITS];
} SgPicker;

extern void sg_pick_init(SgPicker *p, const uint32_t *cum, int n);
/* sg_pick(p, r): inline, below */


/*
 * Zipf-like ranks in [1, n]: P(k) is close to proportional to 1/k.
 * Octave j holds ranks [2^j, 2^(j+1)); every full octave carries the same
 * mass (as it does under 1/k, where each octave sums to about ln 2), the
 * partial last octave a share proportional to its length, and inside an
 * octave rank k is accepted with probability 2^j/k.  Integer only; no
 * table proportional to n.
 */
typedef struct SgZipf
{
	uint64_t	n;
	int			noctaves;
	uint64_t	cum[64];		/* running octave weights */
} SgZipf;

extern void sg_zipf_init(SgZipf *z, uint64_t n);
extern uint64_t sg_zipf_draw(const SgZipf *z, SgRng *r);

/*
 * A keyed bijection of [0, n) with its inverse: a 4-round Feistel network
 * over the smallest even-width power-of-two domain >= n, cycle-walked back
 * into [0, n).  Gives unique-by-construction numbers (e-mail suffixes,
 * SKUs) and popularity ranks that are a permutation of product ids.
 */
typedef struct SgPerm
{
	uint64_t	n;
	int			half_bits;
	uint64_t	half_mask;
	uint64_t	keys[4];
} SgPerm;

extern void sg_perm_init(SgPerm *p, uint64_t n, uint64_t key);
extern uint64_t sg_perm_apply(const SgPerm *p, uint64_t x);
extern uint64_t sg_perm_invert(const SgPerm *p, uint64_t y);

/* floor(sqrt(x)), exact */
extern uint64_t sg_isqrt64(uint64_t x);

/* floor(a * b / c) without overflow, c > 0 and the result fits */
extern uint64_t sg_muldiv64(uint64_t a, uint64_t b, uint64_t c);

/*
 * The hot draws, inline: they run several times per generated row, and a
 * call through the shared library's PLT costs as much as the draw.
 */
#define SG_PCG_MULT	UINT64_C(6364136223846793005)

static inline uint32_t
sg_rng_next(SgRng *r)
{
	uint64_t	old = r->state;
	uint32_t	xorshifted;
	uint32_t	rot;

	r->state = old * SG_PCG_MULT + r->inc;
	xorshifted = (uint32_t) (((old >> 18) ^ old) >> 27);
	rot = (uint32_t) (old >> 59);
	return (xorshifted >> rot) | (xorshifted << ((32 - rot) & 31));
}

static inline uint64_t
sg_rng_next64(SgRng *r)
{
	uint64_t	hi = sg_rng_next(r);

	return (hi << 32) | sg_rng_next(r);
}

/*
 * Uniform integer in [0, bound), no modulo bias; bound must be > 0.
 * Lemire's multiply-shift with rejection: exact uniformity.
 */
static inline uint32_t
sg_rng_below(SgRng *r, uint32_t bound)
{
	uint64_t	m = (uint64_t) sg_rng_next(r) * bound;
	uint32_t	l = (uint32_t) m;

	if (l < bound)
	{
		uint32_t	t = (uint32_t) (-bound) % bound;

		while (l < t)
		{
			m = (uint64_t) sg_rng_next(r) * bound;
			l = (uint32_t) m;
		}
	}
	return (uint32_t) (m >> 32);
}

static inline uint64_t
sg_rng_below64(SgRng *r, uint64_t bound)
{
	unsigned __int128 m;
	uint64_t	l;

	if (bound <= UINT32_MAX)
		return sg_rng_below(r, (uint32_t) bound);

	m = (unsigned __int128) sg_rng_next64(r) * bound;
	l = (uint64_t) m;
	if (l < bound)
	{
		uint64_t	t = (-bound) % bound;

		while (l < t)
		{
			m = (unsigned __int128) sg_rng_next64(r) * bound;
			l = (uint64_t) m;
		}
	}
	return (uint64_t) (m >> 64);
}

/* True with probability num/den exactly (0 <= num <= den, den > 0). */
static inline bool
sg_rng_chance(SgRng *r, uint32_t num, uint32_t den)
{
	if (num >= den)
		return true;
	if (num == 0)
		return false;
	return sg_rng_below(r, den) < num;
}

/*
 * Right-skewed integer in [lo, hi]: lo + floor((hi - lo + 1) * U1 * U2)
 * for independent uniforms U1, U2 in [0, 1).  Density falls like -ln(x):
 * most values near lo, a long tail toward hi (basket values, lead times).
 */
static inline int64_t
sg_rng_skewed(SgRng *r, int64_t lo, int64_t hi)
{
	uint64_t	span = (uint64_t) (hi - lo) + 1;
	uint64_t	u = (uint64_t) sg_rng_next(r) * sg_rng_next(r);	/* < 2^64 */

	return lo + (int64_t) (((unsigned __int128) u * span) >> 64);
}

/* sg_rng_below(cum[n-1]) inlined, keeping the accepted 32-bit draw x */
static inline int
sg_pick(const SgPicker *p, SgRng *r)
{
	uint32_t	bound = p->cum[p->n - 1];
	uint32_t	x = sg_rng_next(r);
	uint64_t	m = (uint64_t) x * bound;
	uint32_t	l = (uint32_t) m;
	uint32_t	u;
	int			i;

	if (l < bound)
	{
		uint32_t	t = (uint32_t) (-bound) % bound;

		while (l < t)
		{
			x = sg_rng_next(r);
			m = (uint64_t) x * bound;
			l = (uint32_t) m;
		}
	}
	u = (uint32_t) (m >> 32);
	i = p->guide[x >> (32 - SG_PICK_BITS)];
	while (p->cum[i] <= u)
		i++;
	return i;
}

#endif							/* SYNTHGEN_RNG_H */
