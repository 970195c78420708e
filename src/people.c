/*-------------------------------------------------------------------------
 *
 * people.c
 *	  Customers' names, segments, e-mail addresses, address lines,
 *	  telephone numbers and postal codes (people.h), from the word lists
 *	  of words_people.c.
 *
 * Unique e-mail addresses by construction.  A customer's unique number u
 * (a keyed permutation of the customer number, world.c) is decoded into
 * the parts of the address, level after level: the kind (consumer or
 * business), the style of the local part, the name pool, the given name
 * (or its initial, for "jsmith"), the surname and the domain (a mail
 * provider, weighted by the countries the pool lives in; a company
 * domain; or one of RFC 2606's).  Each level is a bijection from the
 * ranks [0, n) to the disjoint union of the choices' ranks [0, n_c),
 * n_c close to n times the choice's weight (see level()).  What remains
 * after the last level, R, counts the customers of the pool who chose the
 * same parts.  The country, city and everything else come from the
 * customer's own stream afterwards, given the pool and the realistic
 * domain (gmx.de lives in Germany), so they never enter the address.
 *
 * Different pools may produce the same parts ("john.smith@gmail.com" from
 * the American and the British pool), so R is folded with the pool's rank
 * among the k pools that can (both names in the pool, the domain used
 * where it lives; in reserved mode each pool counts once per kind): R' =
 * R * k + rank.  The digits appended to the local part are an injective
 * function of R' (none for R' = 0), offset for a few percent of the parts
 * so that some first holders add a year too.  Given the address, the
 * parts, then k, R', R and the pool follow, and so does u: two customers
 * never share an address.  The separators keep the styles apart (a given
 * name has at least two letters, "f.last" one); test_words checks that no
 * "firstlast" local part of one pool's names can be read as another pair
 * of names, or an initial and a surname, of a pool.
 *
 * The names, the kind and the style do not depend on synthgen.email_domains
 * (their levels come first), nor does the country (drawn given the
 * realistic domain in both modes): the two modes differ in the domains
 * and digits only.
 *
 * Weights: the names of a pool are ranked by frequency; name k weighs
 * 2^20 / (k + 12), a flattened Zipf law (the top name of a 200-name list
 * is about 3 % of it, as in the national lists).
 *
 *-------------------------------------------------------------------------
 */
#include <stdlib.h>
#include <string.h>

#include "people.h"

#define LEVEL_BITS	16
#define LEVEL_SIZE	(1u << LEVEL_BITS)
#define LEVEL_MASK	(LEVEL_SIZE - 1)
#define LEVEL_MULT	40503u			/* odd: x -> x * m is a bijection mod 2^16 */

#define MAX_POOLS	32			/* masks of pools are uint32_t */
#define MAX_COUNTRIES 32
#define MAX_CELLS	128
#define MAX_CELL_CITIES 8192
#define MAX_POOL_NAMES	256
#define MAX_DOMAINS	160
#define MAX_ALTS	16
#define NAME_RANK_SHIFT 12
#define MAX_NAMES	4096		/* given names (or surnames) of all pools */
#define SLUG_LEN	32
#define MAX_POSTAL	4096		/* postal-code items of all cities */
#define DOMAIN_UNIT	(UINT64_C(1) << 20) /* a country's domain weights sum to this */

/* a name of a pool: its slug, its slug's global id and the pools holding it */
#define NAME_TEXT	22			/* longest slug (test_words) */
typedef struct NameRec
{
	uint32_t	mask;
	int32_t		slug;
	uint8_t		len;
	char		text[NAME_TEXT + 1];
} __attribute__((aligned(32))) NameRec;

/* a city of a cell: the last t of its interval of 2^16, and the city */
typedef struct CityEntry
{
	uint16_t	top;
	int16_t		city;
} CityEntry;

typedef struct CellCities
{
	int32_t		first;			/* into city_entry */
	uint8_t		guide[64];		/* first candidate of t's top 6 bits */
} CellCities;

/* the countries a pool's users of one provider live in */
typedef struct PdRange
{
	int16_t		first;			/* into pd_entry */
	int16_t		n;
} PdRange;

typedef struct PdEntry
{
	uint32_t	cum;
	int16_t		country;
} PdEntry;

/*
 * A telephone pattern, compiled: the text with its literal characters in
 * place, and where the drawn digits go ('#' 0-9, 'N' 2-9, 'E' the three
 * digits of a NANP central office code).
 */
#define ALT_LEN		24
typedef struct Alt
{
	char		text[ALT_LEN];	/* the placeholders in place, the rest literal */
	int8_t		len;
	int8_t		nslots;
	int8_t		slot[ALT_LEN - 2];
} Alt;

/* everything about a city its address, phone and postal code read */
typedef struct CityRec
{
	int32_t		postal_total;	/* codes of the city */
	int16_t		postal_first;	/* into postal */
	int16_t		postal_n;
	int16_t		landline_first; /* into alts */
	int16_t		mobile_first;	/* the country's mobile patterns */
	int8_t		nlandline;
	int8_t		nmobile;
	int8_t		mobile_pct;
	int8_t		postal_format;	/* SgPostalFormat */
	int8_t		address;		/* SgAddressStyle */
	int8_t		streets;		/* index into sg_street_vocabs */
	int16_t		country;
} CityRec;

/* a street name or type, its text inline */
typedef struct StreetWord
{
	uint8_t		len;
	char		text[31];
} StreetWord;

typedef struct PostalRange
{
	char		prefix[6];		/* letters before the number, or a literal */
	int8_t		width;
	int32_t		lo;				/* -1: literal code */
	int32_t		hi;
	int32_t		cum;			/* codes of the city's items up to this one */
} PostalRange;

#define GUIDE_BITS	6
#define LEVEL_MAX	256			/* choices of a table level */

/*
 * A level's table, compact so that a lookup touches two cache lines: a
 * guide from t's top bits to the first candidate, and the last t of each
 * choice (running sum - 1; the last choice's is 65535).
 */
typedef struct Level
{
	uint8_t		guide[1 << GUIDE_BITS];
	uint16_t	top[LEVEL_MAX];
} __attribute__((aligned(64))) Level;

typedef struct People
{
	bool		ready;

	/* cells: (country, pool) pairs with customers */
	int			ncells;
	int16_t		cell_country[MAX_CELLS];
	int16_t		cell_pool[MAX_CELLS];
	uint64_t	cell_weight[MAX_CELLS];
	int16_t		cell_of[MAX_COUNTRIES][MAX_POOLS];	/* -1: none */
	/* the cities of a cell, weighted by population x the pool's share */
	int32_t		cell_city_first[MAX_CELLS];
	int32_t		cell_city_n[MAX_CELLS];
	int16_t		city_of[MAX_CELL_CITIES];
	uint32_t	city_cum[MAX_CELL_CITIES];	/* raw, then 2^16 wide per cell */
	CellCities	cell_cities[MAX_CELLS];
	CityEntry	city_entry[MAX_CELL_CITIES];
	int32_t		ncity_entries;

	Level		head_lv;		/* kind x style x pool, one level */
#define MAX_HEADS (2 * SG_N_EMAIL_STYLES * MAX_POOLS)
	uint32_t	head_cum[MAX_HEADS];
	int8_t		head_kind[MAX_HEADS];
	int8_t		head_style[MAX_HEADS];
	int8_t		head_pool[MAX_HEADS];
	int			nheads;
	Level		first_lv[MAX_POOLS];
	Level		initial_lv[MAX_POOLS];
	Level		last_lv[MAX_POOLS];
	Level		pool_domain_lv[MAX_POOLS];
	Level		pool_country_lv[MAX_POOLS];
	Level		reserved_lv[2];	/* consumers', businesses' */
	uint32_t	segment_cum[4];	/* consumer segments only */
	int16_t		segment_of[4];
	int			nsegments;
	int			business_segment;

	/* pools */
	uint64_t	pool_raw[MAX_POOLS];	/* each pool's customers */
	uint32_t   *first_cum[MAX_POOLS];	/* into first_cum_all */
	uint32_t   *last_cum[MAX_POOLS];
	uint32_t	initial_cum[MAX_POOLS][26];
	int32_t    *first_slug[MAX_POOLS];	/* global slug id of each name */
	int32_t    *last_slug[MAX_POOLS];
	/* names of pool p by initial: index lists and raw weight sums */
	int16_t    *by_initial[MAX_POOLS];
	int32_t		initial_first[MAX_POOLS][27];
	uint32_t   *by_initial_cum[MAX_POOLS];

	/* global slugs */
	int32_t		nfirst_slugs;
	int32_t		nlast_slugs;
	uint32_t	first_mask[MAX_NAMES];	/* pools holding each slug */
	uint32_t	last_mask[MAX_NAMES];
	uint32_t	initial_mask[26];

	/* domains */
	int			ndomains;
	const char *domain[MAX_DOMAINS];
	uint8_t		domain_len[MAX_DOMAINS];
	uint32_t	domain_pools[MAX_DOMAINS];	/* pools living where it is used */
	uint32_t	country_pools[MAX_COUNTRIES];
	uint64_t	country_domain_weight[MAX_COUNTRIES][MAX_DOMAINS];	/* sum DOMAIN_UNIT */
	/* the domain level of each pool: the providers of its countries */
	int			pool_ndomains[MAX_POOLS];
	int16_t		pool_domain[MAX_POOLS][MAX_DOMAINS];
	uint32_t	pool_domain_cum[MAX_POOLS][MAX_DOMAINS];
	/* the company level of each pool: its countries, then a company */
	int			pool_ncountries[MAX_POOLS];
	int16_t		pool_country[MAX_POOLS][MAX_COUNTRIES];
	uint32_t	pool_country_cum[MAX_POOLS][MAX_COUNTRIES];
	/* the countries of (pool, provider j of the pool), weighted: the stream's draw */
	PdRange		pd_range[MAX_POOLS][MAX_DOMAINS];
	PdEntry		pd_entry[MAX_POOLS * MAX_DOMAINS];
	int			npd;
	uint32_t	reserved_cum[8];
	int			trades_of[MAX_COUNTRIES];	/* index into sg_trades per country */
	int64_t		companies[MAX_COUNTRIES];	/* surnames x trades per country */

	/* phones and postal codes */
	CityRec		city[SG_MAX_CITIES];
#define MAX_ALTS_TOTAL (SG_MAX_CITIES * 4 + MAX_COUNTRIES * MAX_ALTS)
	Alt			alts[MAX_ALTS_TOTAL];
	int			nalts;
	PostalRange postal[MAX_POSTAL];

	/* the storage behind the pools' pointers */
	uint32_t	first_cum_all[MAX_NAMES];
	uint32_t	last_cum_all[MAX_NAMES];
	int32_t		first_slug_all[MAX_NAMES];
	int32_t		last_slug_all[MAX_NAMES];
	int16_t		by_initial_all[MAX_NAMES];
	uint32_t	by_initial_cum_all[MAX_NAMES];
	/* the names' slugs, for the local parts */
	/* what a local part needs of a name, in one cache line's half */
	NameRec		first_rec[MAX_NAMES];
	NameRec		last_rec[MAX_NAMES];
	int32_t		first_base[MAX_POOLS];	/* a pool's first entry of them */
	int32_t		last_base[MAX_POOLS];
	/* street types, running sums per vocabulary */
	uint32_t	street_type_cum[32][16];
	StreetWord	street_type[32][16];
	StreetWord	street_name[32][128];
} People;

static People people;

/* slugs of all names while the tables are built */
static char slug_store[MAX_NAMES][SLUG_LEN];
static char *slug_sorted[2][MAX_NAMES];

/* ---------------------------------------------------------------------- */
/* small helpers */

static inline uint64_t
mix64(uint64_t z)
{
	z = (z ^ (z >> 30)) * UINT64_C(0xbf58476d1ce4e5b9);
	z = (z ^ (z >> 27)) * UINT64_C(0x94d049bb133111eb);
	return z ^ (z >> 31);
}

static inline int
popcount32(uint32_t x)
{
	x = x - ((x >> 1) & 0x55555555u);
	x = (x & 0x33333333u) + ((x >> 2) & 0x33333333u);
	return (int) ((((x + (x >> 4)) & 0x0f0f0f0fu) * 0x01010101u) >> 24);
}

static inline int
put_str(char *buf, int pos, int cap, const char *s)
{
	while (*s && pos < cap - 1)
		buf[pos++] = *s++;
	buf[pos] = '\0';
	return pos;
}

static inline int
put_chr(char *buf, int pos, int cap, char c)
{
	if (pos < cap - 1)
		buf[pos++] = c;
	buf[pos] = '\0';
	return pos;
}

static inline int
put_uint(char *buf, int pos, int cap, uint64_t v, int min_digits)
{
	int			n = 1,
				i;
	uint64_t	p = 10;

	while (n < 20 && v >= p)
	{
		n++;
		if (p > UINT64_MAX / 10)
			break;
		p *= 10;
	}
	if (n < min_digits)
		n = min_digits;
	if (pos + n >= cap)
		n = cap - 1 - pos;
	for (i = n - 1; i >= 0; i--)
	{
		buf[pos + i] = (char) ('0' + v % 10);
		v /= 10;
	}
	buf[pos + n] = '\0';
	return pos + n;
}

int
sg_slug(char *buf, int pos, int cap, const char *s)
{
	for (; *s && pos < cap - 1; s++)
	{
		char		ch = *s;

		if (ch >= 'A' && ch <= 'Z')
			buf[pos++] = (char) (ch - 'A' + 'a');
		else if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9'))
			buf[pos++] = ch;
	}
	buf[pos] = '\0';
	return pos;
}

int
sg_country_index(const char *code)
{
	int			i;

	for (i = 0; i < sg_n_countries; i++)
		if (strcmp(sg_countries[i].code, code) == 0)
			return i;
	return -1;
}

/* first index whose running sum exceeds t (cum non-decreasing) */
static inline int
upper(const uint32_t *cum, int n, uint32_t t)
{
	int			lo = 0,
				hi = n - 1;

	while (lo < hi)
	{
		int			mid = (lo + hi) >> 1;

		if (cum[mid] > t)
			hi = mid;
		else
			lo = mid + 1;
	}
	return lo;
}

/* a weighted draw from the stream over a running sum of raw weights */
static inline int
draw(const uint32_t *cum, int n, SgRng *r)
{
	return upper(cum, n, sg_rng_below(r, cum[n - 1]));
}

/*
 * Running sums of weights scaled to exactly 2^16, every weight at least
 * 1 (the level tables); the rounding excess or shortfall goes to the
 * first entries, the heaviest ones.
 */
static void
quantize(const uint64_t *raw, int n, uint32_t *cum)
{
	uint64_t	total = 0;
	static uint32_t q[512];
	int64_t		sum = 0,
				diff;
	int			i;

	for (i = 0; i < n; i++)
		total += raw[i];
	for (i = 0; i < n; i++)
	{
		q[i] = (uint32_t) (((unsigned __int128) raw[i] * LEVEL_SIZE) / total);
		if (q[i] == 0)
			q[i] = 1;
		sum += q[i];
	}
	diff = (int64_t) LEVEL_SIZE - sum;
	for (i = 0; diff != 0; i = (i + 1) % n)
	{
		if (diff > 0)
		{
			q[i]++;
			diff--;
		}
		else if (q[i] > 1)
		{
			q[i]--;
			diff++;
		}
	}
	sum = 0;
	for (i = 0; i < n; i++)
	{
		sum += q[i];
		cum[i] = (uint32_t) sum;
	}
}

static inline uint64_t
name_weight(int rank)
{
	return (UINT64_C(1) << 20) / (uint64_t) (rank + NAME_RANK_SHIFT);
}

/*
 * One level: (rank, n) -> (choice, next rank, next n), a bijection of
 * [0, n) onto the disjoint union of the choices' [0, next n); see the
 * file header.  A level's table is 2^16 wide: running sums of ncum
 * weights, or (cum NULL) ncum equal choices.  Full blocks of 2^16 ranks
 * are scrambled; the last, partial block of m ranks takes m evenly
 * spaced points of the table with a random phase, so that a handful of
 * customers (the holders of a rare given name) still draw their next
 * choice by weight, and every choice's ranks stay dense.
 */

/* a table level over cum (2^16 wide, n entries), with its guide */
static void
set_level(Level *l, const uint32_t *cum, int64_t n)
{
	int			g;

	if (n > LEVEL_MAX)
		abort();				/* test_words keeps the lists below this */
	for (g = 0; g < n; g++)
		l->top[g] = (uint16_t) (cum[g] - 1);
	for (g = 0; g < (1 << GUIDE_BITS); g++)
		l->guide[g] = (uint8_t) upper(cum, (int) n, (uint32_t) g << (LEVEL_BITS - GUIDE_BITS));
}

/*
 * Where choice c's interval of the table begins: of a table level l, or
 * (l NULL) of k equal choices.  c may be the number of choices: 2^16.
 */
static inline uint32_t
lo_of(const Level *l, int64_t k, int64_t c)
{
	if (l)
		return c > 0 ? (uint32_t) l->top[c - 1] + 1 : 0;
	return (uint32_t) ((uint64_t) c * LEVEL_SIZE / (uint64_t) k);
}

static inline int64_t
choice_at(const Level *l, int64_t k, uint32_t t)
{
	int64_t		c;

	if (l)
	{
		c = l->guide[t >> (LEVEL_BITS - GUIDE_BITS)];
		while (l->top[c] < t)
			c++;
		return c;
	}
	c = (int64_t) ((uint64_t) t * (uint64_t) k / LEVEL_SIZE);
	while (c + 1 < k && lo_of(l, k, c + 1) <= t)
		c++;
	while (c > 0 && lo_of(l, k, c) > t)
		c--;
	return c;
}

/* the first x of a partial block of m ranks whose point is >= pos */
static inline uint64_t
partial_first(uint64_t pos, uint64_t m, uint64_t off)
{
	uint64_t	need = pos * m;

	return need <= off ? 0 : (need - off + LEVEL_SIZE - 1) >> LEVEL_BITS;
}

/* one level, of the table l or (l NULL) of k equal choices */
static inline __attribute__((always_inline)) int64_t
level_of(uint64_t *rank, uint64_t *n, const Level *l, int64_t k, uint64_t h)
{
	uint64_t	q = *rank >> LEVEL_BITS;
	uint64_t	x = *rank & LEVEL_MASK;
	uint64_t	full = *n >> LEVEL_BITS;
	uint64_t	m = *n & LEVEL_MASK;
	uint64_t	off = (h >> 24) & LEVEL_MASK;	/* the partial block's phase */
	uint64_t	plo = 0;
	uint32_t	t,
				lo,
				hi;
	int64_t		c;

	if (q < full)
		t = (uint32_t) ((x * LEVEL_MULT + (q ? mix64(h + q) : h)) & LEVEL_MASK);
	else
		/* x < m: the point (x * 2^16 + off) / m of the table */
		t = (uint32_t) (((uint32_t) x * LEVEL_SIZE + (uint32_t) off) / (uint32_t) m);
	c = choice_at(l, k, t);
	lo = lo_of(l, k, c);
	hi = lo_of(l, k, c + 1);
	if (m)
		plo = partial_first(lo, m, off);
	if (q < full)
		*rank = q * (hi - lo) + (t - lo);
	else
		*rank = full * (hi - lo) + (x - plo);
	*n = full * (hi - lo) + (m ? partial_first(hi, m, off) - plo : 0);
	return c;
}

static inline __attribute__((always_inline)) int64_t
level(uint64_t *rank, uint64_t *n, const Level *l, uint64_t h)
{
	return level_of(rank, n, l, 0, h);
}

/* the next level's hash: cheap, the rotations only need to differ */
static inline uint64_t
step(uint64_t h, uint64_t choice)
{
	h = (h ^ (choice + UINT64_C(0x9e3779b97f4a7c15))) * UINT64_C(0xbf58476d1ce4e5b9);
	return h ^ (h >> 29);
}

/* ---------------------------------------------------------------------- */
/* tables */

static int
cmp_str(const void *a, const void *b)
{
	return strcmp(*(const char *const *) a, *(const char *const *) b);
}

/* slug -> id over a sorted unique array */
static int32_t
slug_id(char *const *sorted, int n, const char *slug)
{
	const char *key = slug;
	char	  **hit = bsearch(&key, sorted, (size_t) n, sizeof(char *), cmp_str);

	return hit ? (int32_t) (hit - (char **) sorted) : -1;
}

static int
collect_slugs(bool first, char **sorted)
{
	int			p,
				i,
				n = 0,
				u;

	for (p = 0; p < sg_n_name_pools; p++)
	{
		const SgNamePool *pool = &sg_name_pools[p];
		int			k = first ? pool->nfirst : pool->nlast;

		for (i = 0; i < k && n < MAX_NAMES; i++)
		{
			sg_slug(slug_store[n], 0, SLUG_LEN, first ? pool->first[i] : pool->last[i]);
			sorted[n] = slug_store[n];
			n++;
		}
	}
	qsort(sorted, (size_t) n, sizeof(char *), cmp_str);
	for (i = 0, u = 0; i < n; i++)
		if (u == 0 || strcmp(sorted[u - 1], sorted[i]) != 0)
			sorted[u++] = sorted[i];
	return u;
}

static int
split_alts(const char *s, Alt *alts, int max)
{
	int			n = 0;

	while (s && *s && n < max)
	{
		const char *bar = strchr(s, '|');
		int			len = bar ? (int) (bar - s) : (int) strlen(s);
		Alt		   *a = &alts[n];
		int			i,
					out = 0;

		memset(a, 0, sizeof(Alt));
		for (i = 0; i < len && out < ALT_LEN - 3; i++)
		{
			char		ch = s[i];

			if (ch == '#' || ch == 'N' || ch == 'E')
			{
				a->slot[a->nslots++] = (int8_t) out;
				a->text[out++] = ch;	/* replaced when drawn */
				if (ch == 'E')
				{
					a->text[out++] = 'E';
					a->text[out++] = 'E';
				}
			}
			else
				a->text[out++] = ch;
		}
		a->len = (int8_t) out;
		n++;
		s = bar ? bar + 1 : NULL;
	}
	return n;
}

/* "75001-75020 75116 SW2-SW20 EC1A" */
static int
parse_postal(const char *spec, PostalRange *out, int max)
{
	int			n = 0;

	while (*spec && n < max)
	{
		char		item[16];
		int			len = 0,
					i;
		char	   *dash;

		while (*spec == ' ')
			spec++;
		while (*spec && *spec != ' ' && len < 15)
			item[len++] = *spec++;
		item[len] = '\0';
		if (len == 0)
			break;
		dash = strchr(item, '-');
		memset(&out[n], 0, sizeof(PostalRange));
		if (dash == NULL)
		{
			memcpy(out[n].prefix, item, (size_t) (len < 5 ? len : 5));
			out[n].lo = -1;
		}
		else
		{
			char	   *hi = dash + 1;

			*dash = '\0';
			for (i = 0; item[i] && !(item[i] >= '0' && item[i] <= '9') && i < 5; i++)
				out[n].prefix[i] = item[i];
			out[n].width = (int8_t) strlen(item + i);
			out[n].lo = atoi(item + i);
			while (*hi && !(*hi >= '0' && *hi <= '9'))
				hi++;
			out[n].hi = atoi(hi);
		}
		n++;
	}
	return n;
}

static int
locale_share(const SgLocale *loc, int pool)
{
	int			i;

	for (i = 0; i < SG_MAX_LOCALE_POOLS && loc->pools[i].weight > 0; i++)
		if (loc->pools[i].pool == pool)
			return loc->pools[i].weight;
	return 0;
}

static void
build_cells(void)
{
	People	   *P = &people;
	int			c,
				k,
				i,
				p;

	P->ncells = 0;
	memset(P->cell_of, 0xff, sizeof(P->cell_of));
	for (k = 0; k < sg_n_countries && k < MAX_COUNTRIES; k++)
		for (p = 0; p < sg_n_name_pools && p < MAX_POOLS; p++)
		{
			int			first = P->ncity_entries;
			uint32_t	sum = 0;

			for (i = 0; i < sg_n_cities && i < SG_MAX_CITIES; i++)
			{
				const SgCity *city = &sg_cities[i];
				int			share;

				if (strcmp(city->country, sg_countries[k].code) != 0)
					continue;
				share = locale_share(&sg_locales[city->locale], p);
				if (share == 0)
					continue;
				if (P->ncity_entries >= MAX_CELL_CITIES)
					abort();	/* test_words keeps the lists below this */
				sum += (uint32_t) (city->weight * share);
				P->city_of[P->ncity_entries] = (int16_t) i;
				P->city_cum[P->ncity_entries] = sum;
				P->ncity_entries++;
			}
			if (sum == 0)
				continue;
			if (P->ncells >= MAX_CELLS)
				abort();		/* test_words keeps the lists below this */
			c = P->ncells++;
			P->cell_country[c] = (int16_t) k;
			P->cell_pool[c] = (int16_t) p;
			P->cell_weight[c] = sum;
			P->cell_of[k][p] = (int16_t) c;
			P->cell_city_first[c] = first;
			P->cell_city_n[c] = P->ncity_entries - first;
			P->country_pools[k] |= 1u << p;
		}

	/* each cell's cities: a 2^16-wide table and its guide */
	for (c = 0; c < P->ncells; c++)
	{
		uint64_t	raw[SG_MAX_CITIES];
		uint32_t   *cum = &P->city_cum[P->cell_city_first[c]];
		int			nc = P->cell_city_n[c],
					g,
					j;

		if (nc > 255)
			abort();			/* test_words keeps the lists below this */
		for (j = 0; j < nc; j++)
			raw[j] = cum[j] - (j ? cum[j - 1] : 0);
		quantize(raw, nc, cum);
		for (g = 0, j = 0; g < 64; g++)
		{
			while (cum[j] <= (uint32_t) g << 10)
				j++;
			P->cell_cities[c].guide[g] = (uint8_t) j;
		}
		P->cell_cities[c].first = P->cell_city_first[c];
		for (j = 0; j < nc; j++)
		{
			P->city_entry[P->cell_city_first[c] + j].top = (uint16_t) (cum[j] - 1);
			P->city_entry[P->cell_city_first[c] + j].city = P->city_of[P->cell_city_first[c] + j];
		}
	}

	/* the pool level: each pool's customers over all countries */
	{
		uint64_t	raw[MAX_POOLS] = {0};

		for (c = 0; c < P->ncells; c++)
			raw[P->cell_pool[c]] += P->cell_weight[c];
		for (p = 0; p < sg_n_name_pools; p++)
			if (raw[p] == 0)
				abort();		/* every pool is some locale's (test_words) */
		memcpy(P->pool_raw, raw, sizeof(raw));
	}
}

static void
build_pools(void)
{
	People	   *P = &people;
	char	  **fslugs = slug_sorted[0],
			  **lslugs = slug_sorted[1];
	int			p,
				i,
				nf = 0,
				nl = 0;

	/* the first slugs' store is reused by the surnames: ids first */
	P->nfirst_slugs = collect_slugs(true, fslugs);
	for (p = 0; p < sg_n_name_pools; p++)
	{
		const SgNamePool *pool = &sg_name_pools[p];

		P->first_slug[p] = &P->first_slug_all[nf];
		P->first_base[p] = nf;
		for (i = 0; i < pool->nfirst; i++)
		{
			char		buf[SLUG_LEN];

			NameRec    *rec = &P->first_rec[nf + i];

			rec->len = (uint8_t) sg_slug(buf, 0, sizeof(buf), pool->first[i]);
			if (rec->len > NAME_TEXT)
				abort();		/* test_words keeps the lists below this */
			memcpy(rec->text, buf, (size_t) rec->len + 1);
			P->first_slug[p][i] = rec->slug = slug_id(fslugs, P->nfirst_slugs, buf);
		}
		nf += pool->nfirst;
	}
	P->nlast_slugs = collect_slugs(false, lslugs);
	for (p = 0; p < sg_n_name_pools; p++)
	{
		const SgNamePool *pool = &sg_name_pools[p];

		P->last_slug[p] = &P->last_slug_all[nl];
		P->last_base[p] = nl;
		for (i = 0; i < pool->nlast; i++)
		{
			char		buf[SLUG_LEN];

			NameRec    *rec = &P->last_rec[nl + i];

			rec->len = (uint8_t) sg_slug(buf, 0, sizeof(buf), pool->last[i]);
			if (rec->len > NAME_TEXT)
				abort();		/* test_words keeps the lists below this */
			memcpy(rec->text, buf, (size_t) rec->len + 1);
			P->last_slug[p][i] = rec->slug = slug_id(lslugs, P->nlast_slugs, buf);
		}
		nl += pool->nlast;
	}
	nf = nl = 0;

	for (p = 0; p < sg_n_name_pools; p++)
	{
		const SgNamePool *pool = &sg_name_pools[p];
		uint64_t	raw[MAX_POOL_NAMES];
		uint64_t	iraw[26] = {0};
		int			letter;
		uint32_t	sum;

		P->first_cum[p] = &P->first_cum_all[nf];
		P->last_cum[p] = &P->last_cum_all[nl];
		P->by_initial[p] = &P->by_initial_all[nf];
		P->by_initial_cum[p] = &P->by_initial_cum_all[nf];
		nf += pool->nfirst;
		nl += pool->nlast;

		for (i = 0; i < pool->nfirst; i++)
		{
			char		buf[64];

			sg_slug(buf, 0, sizeof(buf), pool->first[i]);
			raw[i] = name_weight(i);
			iraw[buf[0] - 'a'] += raw[i];
			P->first_mask[P->first_slug[p][i]] |= 1u << p;
			P->initial_mask[buf[0] - 'a'] |= 1u << p;
		}
		quantize(raw, pool->nfirst, P->first_cum[p]);
		set_level(&P->first_lv[p], P->first_cum[p], pool->nfirst);

		/* initials: a level table over the 26 letters (absent ones weigh 0) */
		{
			uint64_t	present[26];
			int			map[26],
						np = 0;
			uint32_t	pcum[26];

			for (letter = 0; letter < 26; letter++)
				if (iraw[letter] > 0)
				{
					map[np] = letter;
					present[np++] = iraw[letter];
				}
			quantize(present, np, pcum);
			sum = 0;
			for (letter = 0, i = 0; letter < 26; letter++)
			{
				if (i < np && map[i] == letter)
					sum = pcum[i++];
				P->initial_cum[p][letter] = sum;
			}
			set_level(&P->initial_lv[p], P->initial_cum[p], 26);
		}

		/* the names of each initial, for the draw behind "jsmith" */
		{
			int			n = 0;

			for (letter = 0; letter < 26; letter++)
			{
				P->initial_first[p][letter] = n;
				sum = 0;
				for (i = 0; i < pool->nfirst; i++)
				{
					char		buf[64];

					sg_slug(buf, 0, sizeof(buf), pool->first[i]);
					if (buf[0] - 'a' != letter)
						continue;
					sum += (uint32_t) name_weight(i);
					P->by_initial[p][n] = (int16_t) i;
					P->by_initial_cum[p][n] = sum;
					n++;
				}
			}
			P->initial_first[p][26] = n;
		}

		for (i = 0; i < pool->nlast; i++)
		{
			char		buf[64];

			sg_slug(buf, 0, sizeof(buf), pool->last[i]);
			raw[i] = name_weight(i);
			P->last_mask[P->last_slug[p][i]] |= 1u << p;
		}
		quantize(raw, pool->nlast, P->last_cum[p]);
		set_level(&P->last_lv[p], P->last_cum[p], pool->nlast);
	}

	/* the records carry the masks of their slugs */
	for (i = 0; i < nf; i++)
		P->first_rec[i].mask = P->first_mask[P->first_rec[i].slug];
	for (i = 0; i < nl; i++)
		P->last_rec[i].mask = P->last_mask[P->last_rec[i].slug];
}

static int
domain_id(const char *d)
{
	People	   *P = &people;
	int			i;

	for (i = 0; i < P->ndomains; i++)
		if (strcmp(P->domain[i], d) == 0)
			return i;
	if (P->ndomains >= MAX_DOMAINS)
		abort();				/* test_words keeps the lists below this */
	P->domain[P->ndomains] = d;
	P->domain_len[P->ndomains] = (uint8_t) strlen(d);
	return P->ndomains++;
}

static void
build_mail(void)
{
	People	   *P = &people;
	uint64_t	raw[MAX_DOMAINS];
	int			k,
				i,
				t,
				p,
				c;

	for (k = 0; k < sg_n_countries && k < MAX_COUNTRIES; k++)
	{
		const SgCountry *co = &sg_countries[k];
		uint64_t	total = 0;

		for (i = 0; i < co->ndomains; i++)
			total += (uint64_t) co->domains[i].weight;
		for (i = 0; i < co->ndomains; i++)
		{
			int			d = domain_id(co->domains[i].word);

			P->country_domain_weight[k][d] = (uint64_t) co->domains[i].weight * DOMAIN_UNIT / total;
			P->domain_pools[d] |= P->country_pools[k];
		}
		P->trades_of[k] = -1;
		for (t = 0; t < sg_n_trades; t++)
			if (co->company_lang && strcmp(sg_trades[t].lang, co->company_lang) == 0)
				P->trades_of[k] = t;
		if (P->trades_of[k] >= 0 && co->company_pool >= 0)
			P->companies[k] = (int64_t) sg_name_pools[co->company_pool].nlast *
				sg_trades[P->trades_of[k]].nwords;
	}

	/*
	 * A pool's providers: the mixture of its countries' providers, each
	 * country weighted by the pool's customers there.
	 */
	for (p = 0; p < sg_n_name_pools; p++)
	{
		int			n = 0;
		uint64_t	craw[MAX_COUNTRIES];

		for (i = 0; i < P->ndomains; i++)
		{
			uint64_t	w = 0;

			for (c = 0; c < P->ncells; c++)
				if (P->cell_pool[c] == p)
					w += P->cell_weight[c] * P->country_domain_weight[P->cell_country[c]][i];
			if (w == 0)
				continue;
			P->pool_domain[p][n] = (int16_t) i;
			raw[n++] = w;
		}
		P->pool_ndomains[p] = n;
		quantize(raw, n, P->pool_domain_cum[p]);

		/* where the pool's users of each provider live */
		for (i = 0; i < n; i++)
		{
			int			d = P->pool_domain[p][i];
			uint32_t	sum = 0;

			P->pd_range[p][i].first = (int16_t) P->npd;
			for (c = 0; c < P->ncells; c++)
			{
				uint64_t	cw;

				if (P->cell_pool[c] != p)
					continue;
				cw = (P->cell_weight[c] * P->country_domain_weight[P->cell_country[c]][d]) >> 16;
				if (cw == 0)
					continue;
				sum += (uint32_t) cw;
				P->pd_entry[P->npd].country = P->cell_country[c];
				P->pd_entry[P->npd].cum = sum;
				P->npd++;
			}
			P->pd_range[p][i].n = (int16_t) (P->npd - P->pd_range[p][i].first);
		}
		set_level(&P->pool_domain_lv[p], P->pool_domain_cum[p], n);

		n = 0;
		for (c = 0; c < P->ncells; c++)
			if (P->cell_pool[c] == p && P->companies[P->cell_country[c]] > 0)
			{
				P->pool_country[p][n] = P->cell_country[c];
				craw[n++] = P->cell_weight[c];
			}
		P->pool_ncountries[p] = n;
		quantize(craw, n, P->pool_country_cum[p]);
		set_level(&P->pool_country_lv[p], P->pool_country_cum[p], n);
	}

	/* consumers write from all but the last reserved domain, businesses from the last */
	for (i = 0; i < sg_n_reserved_domains - 1; i++)
		raw[i] = (uint64_t) sg_reserved_domains[i].weight;
	quantize(raw, sg_n_reserved_domains - 1, P->reserved_cum);
	set_level(&P->reserved_lv[0], P->reserved_cum, sg_n_reserved_domains - 1);
	raw[0] = 1;
	quantize(raw, 1, P->reserved_cum + 4);
	set_level(&P->reserved_lv[1], P->reserved_cum + 4, 1);
}

static void
build_styles_and_segments(void)
{
	People	   *P = &people;
	/* the shares of the common local-part patterns of consumer and work mail */
	static const int consumer[SG_N_EMAIL_STYLES] = {38, 24, 16, 12, 10};
	static const int company[SG_N_EMAIL_STYLES] = {50, 10, 15, 25, 0};
	int			kind,
				s,
				i;
	uint64_t	business = 0,
				total = 0;

	/* business customers are those who write from their company */
	P->nsegments = 0;
	for (i = 0; i < sg_n_segments; i++)
	{
		total += (uint64_t) sg_segments[i].weight;
		if (strcmp(sg_segments[i].word, "business") == 0)
		{
			business = (uint64_t) sg_segments[i].weight;
			P->business_segment = i;
		}
		else
		{
			P->segment_of[P->nsegments] = (int16_t) i;
			P->segment_cum[P->nsegments] = (P->nsegments ? P->segment_cum[P->nsegments - 1] : 0) +
				(uint32_t) sg_segments[i].weight;
			P->nsegments++;
		}
	}

	/* the head level: kind, then style, then pool, weights multiplied */
	{
		static uint64_t hraw[MAX_HEADS];
		int			p;

		P->nheads = 0;
		for (kind = 0; kind < 2; kind++)
			for (s = 0; s < SG_N_EMAIL_STYLES; s++)
			{
				uint64_t	kw = kind == 0 ? total - business : business;
				int			sw = kind == 0 ? consumer[s] : company[s];

				if (sw == 0)
					continue;
				for (p = 0; p < sg_n_name_pools; p++)
				{
					hraw[P->nheads] = kw * (uint64_t) sw * P->pool_raw[p];
					P->head_kind[P->nheads] = (int8_t) kind;
					P->head_style[P->nheads] = (int8_t) s;
					P->head_pool[P->nheads] = (int8_t) p;
					P->nheads++;
				}
			}
		quantize(hraw, P->nheads, P->head_cum);
		set_level(&P->head_lv, P->head_cum, P->nheads);
	}
}

static void
build_places(void)
{
	People	   *P = &people;
	int			i,
				k,
				npostal = 0;
	int16_t		mobile_first[MAX_COUNTRIES];
	int8_t		nmobile[MAX_COUNTRIES];

	P->nalts = 0;
	for (k = 0; k < sg_n_countries && k < MAX_COUNTRIES; k++)
	{
		mobile_first[k] = (int16_t) P->nalts;
		nmobile[k] = (int8_t) split_alts(sg_countries[k].mobile, P->alts + P->nalts, MAX_ALTS);
		P->nalts += nmobile[k];
	}
	for (k = 0; k < sg_n_street_vocabs && k < 32; k++)
	{
		const SgStreets *v = &sg_street_vocabs[k];
		uint32_t	sum = 0;
		int			t;

		for (t = 0; t < v->ntypes && t < 16; t++)
		{
			sum += (uint32_t) v->types[t].weight;
			P->street_type_cum[k][t] = sum;
			P->street_type[k][t].len = (uint8_t) strlen(v->types[t].word);
			memcpy(P->street_type[k][t].text, v->types[t].word, (size_t) P->street_type[k][t].len + 1);
		}
		for (t = 0; t < v->nnames && t < 128; t++)
		{
			P->street_name[k][t].len = (uint8_t) strlen(v->names[t]);
			memcpy(P->street_name[k][t].text, v->names[t], (size_t) P->street_name[k][t].len + 1);
		}
	}

	for (i = 0; i < sg_n_cities && i < SG_MAX_CITIES; i++)
	{
		const SgCity *city = &sg_cities[i];
		const SgLocale *loc = &sg_locales[city->locale];
		CityRec    *c = &P->city[i];
		int			n,
					j;
		int32_t		total = 0;

		c->country = (int16_t) sg_country_index(city->country);
		c->mobile_first = mobile_first[c->country];
		c->nmobile = nmobile[c->country];
		c->mobile_pct = (int8_t) sg_countries[c->country].mobile_pct;
		c->postal_format = (int8_t) sg_countries[c->country].postal;
		c->address = (int8_t) loc->address;
		c->streets = (int8_t) loc->streets;
		c->landline_first = (int16_t) P->nalts;
		c->nlandline = (int8_t) split_alts(city->phone, P->alts + P->nalts, 4);
		P->nalts += c->nlandline;
		n = parse_postal(city->postal, P->postal + npostal, MAX_POSTAL - npostal);
		c->postal_first = (int16_t) npostal;
		c->postal_n = (int16_t) n;
		for (j = 0; j < n; j++)
		{
			PostalRange *pr = &P->postal[npostal + j];

			total += pr->lo < 0 ? 1 : pr->hi - pr->lo + 1;
			pr->cum = total;
		}
		c->postal_total = total;
		npostal += n;
	}
}

void
sg_people_init(void)
{
	if (people.ready)
		return;
	memset(&people, 0, sizeof(people));
	build_cells();
	build_pools();
	build_mail();
	build_styles_and_segments();
	build_places();
	{
		int			n;

		(void) sg_nanp_exchanges(&n);
	}
	people.ready = true;
}

bool
sg_pool_native(int pool, const char *country)
{
	int			l,
				i;

	for (l = 0; l < sg_n_locales; l++)
	{
		const SgLocale *loc = &sg_locales[l];

		if (strcmp(loc->country, country) != 0)
			continue;
		for (i = 0; i < SG_MAX_LOCALE_POOLS && loc->pools[i].weight > 0; i++)
			if (loc->pools[i].pool == pool && loc->pools[i].native)
				return true;
	}
	return false;
}

/* ---------------------------------------------------------------------- */
/* e-mail */

/*
 * The digits after a local part: none for 0; then two-digit birth years
 * 60..99, four-digit years 1960..2005 (both in an order rotated by rot),
 * then plain numbers from 100 that skip the years.  For a given rot,
 * injective: the digits give n back.
 */
int
sg_email_digits(uint64_t n, uint64_t rot, char *buf, int pos, int cap)
{
	uint64_t	t;

	if (n == 0)
		return pos;
	t = n - 1;
	if (t < 40)
		return put_uint(buf, pos, cap, 60 + (t * 23 + rot) % 40, 2);
	if (t < 86)
		return put_uint(buf, pos, cap, 1960 + ((t - 40) * 7 + rot) % 46, 4);
	t = 100 + (t - 86);
	if (t >= 1960)
		t += 46;
	return put_uint(buf, pos, cap, t, 1);
}

/* the customer's country given their pool and its provider j, from r */
static inline int
draw_country(const People *P, int pool, int j, SgRng *r)
{
	const PdRange *pr = &P->pd_range[pool][j];
	const PdEntry *e = &P->pd_entry[pr->first];
	uint32_t	t = sg_rng_below(r, e[pr->n - 1].cum);
	int			k = 0;

	while (e[k].cum <= t)
		k++;
	return e[k].country;
}

/* the customer's city given their country and pool, from r */
static inline int
draw_city(const People *P, int country, int pool, SgRng *r)
{
	const CellCities *cc = &P->cell_cities[P->cell_of[country][pool]];
	uint32_t	t = sg_rng_next(r) >> 16;
	const CityEntry *e = &P->city_entry[cc->first + cc->guide[t >> 10]];

	while (e->top < t)
		e++;
	return e->city;
}

/*
 * The first levels of every decoding: kind, style and pool (one level),
 * the given name or its initial, the surname; what remains of the rank
 * and the next level's hash.
 */
typedef struct Names
{
	int			kind;
	int			style;
	int			pool;
	int			c1;				/* local given-name index, or initial */
	int			last;
	bool		initial;
	uint64_t	rank;
	uint64_t	n;
	uint64_t	h;
} Names;

static inline __attribute__((always_inline)) void
decode_names(const People *P, uint64_t key, uint64_t u, uint64_t n, Names *nm)
{
	uint64_t	rank = u;
	uint64_t	h = key;
	int			head = (int) level(&rank, &n, &P->head_lv, h);

	nm->kind = P->head_kind[head];
	nm->style = P->head_style[head];
	nm->pool = P->head_pool[head];
	h = step(h, (uint64_t) head);
	nm->initial = (nm->style == SG_EMAIL_FLAST || nm->style == SG_EMAIL_F_DOT_LAST);

	nm->c1 = (int) level(&rank, &n, nm->initial ? &P->initial_lv[nm->pool] : &P->first_lv[nm->pool], h);
	h = step(h, (uint64_t) nm->c1);
	nm->last = (int) level(&rank, &n, &P->last_lv[nm->pool], h);
	h = step(h, (uint64_t) nm->last);
	nm->rank = rank;
	nm->n = n;
	nm->h = h;
}

/*
 * The city alone, as sg_identity_get finds it: the name levels, the one
 * level that places the customer in a country (the realistic consumer
 * provider, or the company's country), then the stream's country and city
 * draws.  The e-mail mode does not enter (see the file header), so it is
 * no argument.  r advances as sg_identity_get's would up to the city, not
 * beyond.
 */
int
sg_identity_city(uint64_t key, uint64_t u, uint64_t n, SgRng *r)
{
	const People *P = &people;
	Names		nm;
	int			country;

	decode_names(P, key, u, n, &nm);
	if (nm.kind == 0)
	{
		int			rj = (int) level(&nm.rank, &nm.n, &P->pool_domain_lv[nm.pool], nm.h);

		country = draw_country(P, nm.pool, rj, r);
	}
	else
		country = P->pool_country[nm.pool][level(&nm.rank, &nm.n, &P->pool_country_lv[nm.pool],
												 step(nm.h, 1))];
	return draw_city(P, country, nm.pool, r);
}

void
sg_identity_get(uint64_t key, uint64_t u, uint64_t n, bool reserved, SgRng *r,
				SgIdentity *id)
{
	const People *P = &people;
	uint64_t	rank;
	uint64_t	h;
	Names		nm;
	int			kind,
				style,
				country,
				pool,
				pos,
				c1,				/* local given-name index, or initial */
				last,
				k,
				idx;
	bool		initial;
	int64_t		domain;			/* consumer: domain id; company: company index */
	int			realistic;		/* the consumer domain realistic mode has */
	int			rj = 0;			/* its index among the pool's providers */
	uint32_t	pools,
				below;
	uint64_t	total,
				keyhash,
				offset;
	int32_t		c1_id,
				last_id;
	const NameRec *frec,
			   *lrec;

	decode_names(P, key, u, n, &nm);
	kind = nm.kind;
	style = nm.style;
	pool = nm.pool;
	initial = nm.initial;
	c1 = nm.c1;
	last = nm.last;
	rank = nm.rank;
	n = nm.n;
	h = nm.h;

	/*
	 * The domain.  The consumer provider realistic mode would choose is
	 * found in both modes (it places the customer in a country); reserved
	 * mode decodes its own level from the same rank instead.
	 */
	country = -1;
	realistic = -1;
	if (kind == 0)
	{
		uint64_t	rank2 = rank,
					n2 = n;

		rj = (int) level(&rank2, &n2, &P->pool_domain_lv[pool], h);
		realistic = P->pool_domain[pool][rj];
		if (!reserved)
		{
			rank = rank2;
			n = n2;
		}
	}
	else
	{
		uint64_t	rank2 = rank,
					n2 = n;

		country = P->pool_country[pool][level(&rank2, &n2, &P->pool_country_lv[pool], step(h, 1))];
		domain = level_of(&rank2, &n2, NULL, P->companies[country], step(h, 2));
		if (!reserved)
		{
			rank = rank2;
			n = n2;
		}
	}
	if (reserved)
	{
		domain = level(&rank, &n, &P->reserved_lv[kind], step(h, 3)) +
			(kind == 1 ? sg_n_reserved_domains - 1 : 0);
	}
	else if (kind == 0)
		domain = realistic;

	/* the pools that can produce these parts, and this pool's rank among them */
	frec = initial ? NULL : &P->first_rec[P->first_base[pool] + c1];
	lrec = &P->last_rec[P->last_base[pool] + last];
	c1_id = initial ? c1 : frec->slug;
	last_id = lrec->slug;
	pools = (initial ? P->initial_mask[c1] : frec->mask) & lrec->mask;
	below = pools & ((1u << pool) - 1);
	if (reserved)
	{
		/* the kinds write from different domains; every pool lives everywhere */
		k = popcount32(pools);
		idx = popcount32(below);
	}
	else
	{
		uint32_t	live = kind == 0 ? P->domain_pools[domain] : P->country_pools[country];

		k = popcount32(pools & live);
		idx = popcount32(below & live);
	}
	total = rank * (uint64_t) k + (uint64_t) idx;

	/* a few first holders of a local part add a year all the same */
	/* (of what the address shows only: the same address, the same offset) */
	keyhash = mix64(key ^ ((uint64_t) style << 61) ^ ((uint64_t) (uint32_t) c1_id << 40) ^
					((uint64_t) (uint32_t) last_id << 24) ^
					(reserved ? (uint64_t) domain * 4 + 1 :
					 kind == 0 ? (uint64_t) domain * 4 + 2 :
					 ((uint64_t) domain * MAX_COUNTRIES + (uint64_t) country) * 4 + 3));
	offset = (keyhash % 100) < 7 ? 1 + (keyhash >> 32) % 86 : 0;

	/* the stream: country and city, the given name behind an initial, segment */
	if (kind == 0)
		country = draw_country(P, pool, rj, r);
	id->city = (int16_t) draw_city(P, country, pool, r);
	id->pool = (int16_t) pool;
	id->last = (int16_t) last;
	id->business = (kind == 1);
	if (initial)
	{
		int			a = P->initial_first[pool][c1];
		int			b = P->initial_first[pool][c1 + 1];

		id->first = P->by_initial[pool][a + draw(&P->by_initial_cum[pool][a], b - a, r)];
	}
	else
		id->first = (int16_t) c1;
	if (id->business)
		id->segment = (int16_t) P->business_segment;
	else
		id->segment = P->segment_of[draw(P->segment_cum, P->nsegments, r)];

	/* the local part */
	pos = 0;
	if (initial)
		id->email[pos++] = (char) ('a' + c1);
	else
	{
		memcpy(id->email + pos, frec->text, NAME_TEXT + 1);
		pos += frec->len;
	}
	if (style == SG_EMAIL_FIRST_DOT_LAST || style == SG_EMAIL_F_DOT_LAST)
		pos = put_chr(id->email, pos, SG_EMAIL_CAP, '.');
	else if (style == SG_EMAIL_FIRST_UNDER_LAST)
		pos = put_chr(id->email, pos, SG_EMAIL_CAP, '_');
	memcpy(id->email + pos, lrec->text, NAME_TEXT + 1);
	pos += lrec->len;
	pos = sg_email_digits(total + offset, keyhash >> 40, id->email, pos, SG_EMAIL_CAP);
	pos = put_chr(id->email, pos, SG_EMAIL_CAP, '@');

	if (reserved)
	{
		memcpy(id->email + pos, sg_reserved_domains[domain].word, 12);	/* "example.com" */
		pos += 11;
	}
	else if (kind == 0)
	{
		memcpy(id->email + pos, P->domain[domain], (size_t) P->domain_len[domain] + 1);
		pos += P->domain_len[domain];
	}
	else
	{
		/* "mueller-bau.de": a surname of the country and a trade */
		const SgCountry *co = &sg_countries[country];
		const SgTrades *tr = &sg_trades[P->trades_of[country]];

		const NameRec *crec = &P->last_rec[P->last_base[co->company_pool] + domain / tr->nwords];

		memcpy(id->email + pos, crec->text, NAME_TEXT + 1);
		pos += crec->len;
		pos = put_chr(id->email, pos, SG_EMAIL_CAP, '-');
		pos = put_str(id->email, pos, SG_EMAIL_CAP, tr->words[domain % tr->nwords]);
		pos = put_str(id->email, pos, SG_EMAIL_CAP, co->tld);
	}
	id->email_len = pos;
}

/* ---------------------------------------------------------------------- */
/* telephone numbers */

/*
 * NANP central office codes: NXX with N = 2..9, but not N11 (service
 * codes), 555 (directory assistance and fiction), 950 (carrier access),
 * 958 and 959 (plant test) or 976 (information services): the NANPA
 * Central Office Code Assignment Guidelines (ATIS-0300051), section 4.
 */
static int16_t nanp[800];
static int	nnanp;

const int16_t *
sg_nanp_exchanges(int *n)
{
	if (nnanp == 0)
	{
		int			x;

		for (x = 200; x <= 999; x++)
			if (x % 100 != 11 && x != 555 && x != 950 && x != 958 && x != 959 && x != 976)
				nanp[nnanp++] = (int16_t) x;
	}
	*n = nnanp;
	return nanp;
}

static int
fill_phone(char *buf, int cap, const Alt *alt, SgRng *r)
{
	uint64_t	pool = sg_rng_next64(r);
	int			left = 19,		/* 10^19 < 2^64 */
				i;

	if (cap < ALT_LEN)
		return 0;
	memcpy(buf, alt->text, ALT_LEN);
	for (i = 0; i < alt->nslots; i++)
	{
		char	   *at = buf + alt->slot[i];

		if (left == 0)
		{
			pool = sg_rng_next64(r);
			left = 19;
		}
		switch (alt->text[alt->slot[i]])
		{
			case '#':
				*at = (char) ('0' + pool % 10);
				pool /= 10;
				break;
			case 'N':
				*at = (char) ('2' + pool % 8);
				pool /= 8;
				break;
			default:
				{
					int			x = nanp[sg_rng_below(r, (uint32_t) nnanp)];

					at[0] = (char) ('0' + x / 100);
					at[1] = (char) ('0' + x / 10 % 10);
					at[2] = (char) ('0' + x % 10);
				}
				break;
		}
		left--;
	}
	buf[alt->len] = '\0';
	return alt->len;
}

int
sg_phone_build(int city, SgRng *r, char *buf, int cap)
{
	const People *P = &people;
	const CityRec *c = &P->city[city];
	const Alt  *alt;

	if (c->nmobile > 0 && sg_rng_chance(r, (uint32_t) c->mobile_pct, 100))
		alt = &P->alts[c->mobile_first + sg_rng_below(r, (uint32_t) c->nmobile)];
	else
		alt = &P->alts[c->landline_first + (c->nlandline > 1 ?
											sg_rng_below(r, (uint32_t) c->nlandline) : 0)];
	return fill_phone(buf, cap, alt, r);
}

/* ---------------------------------------------------------------------- */
/* postal codes */

/* letters a country's postal codes use in their drawn part */
static const char gb_inward[] = "ABDEFGHJLNPQRSTUWXYZ";	/* Royal Mail PAF */
static const char ca_letters[] = "ABCEGHJKLMNPRSTVWXYZ";	/* Canada Post */
static const char ie_letters[] = "ACDEFHKNPRTVWXY";	/* Eircode */
static const char ie_chars[] = "0123456789ACDEFHKNPRTVWXY";
static const char nl_letters[] = "ABCDEGHJKLMNPRSTVWXZ";	/* PostNL */

int
sg_postal_build(int city, SgRng *r, char *buf, int cap)
{
	const People *P = &people;
	const CityRec *c = &P->city[city];
	const PostalRange *pr = &P->postal[c->postal_first];
	int32_t		t = (int32_t) sg_rng_below(r, (uint32_t) c->postal_total);
	int			pos = 0,
				i;
	int64_t		value = -1;

	{
		int			lo = 0,
					hi = c->postal_n - 1;

		while (lo < hi)
		{
			int			mid = (lo + hi) >> 1;

			if (pr[mid].cum > t)
				hi = mid;
			else
				lo = mid + 1;
		}
		if (pr[lo].lo >= 0)
			value = pr[lo].lo + t - (lo > 0 ? pr[lo - 1].cum : 0);
		pr += lo;
	}
	pos = put_str(buf, pos, cap, pr->prefix);
	if (value >= 0)
	{
		if (c->postal_format == SG_POSTAL_SE)
		{
			pos = put_uint(buf, pos, cap, (uint64_t) value / 100, 3);
			pos = put_chr(buf, pos, cap, ' ');
			pos = put_uint(buf, pos, cap, (uint64_t) value % 100, 2);
		}
		else
			pos = put_uint(buf, pos, cap, (uint64_t) value, pr->width);
	}

	switch (c->postal_format)
	{
		case SG_POSTAL_GB:
			pos = put_chr(buf, pos, cap, ' ');
			pos = put_chr(buf, pos, cap, (char) ('0' + sg_rng_below(r, 10)));
			pos = put_chr(buf, pos, cap, gb_inward[sg_rng_below(r, sizeof(gb_inward) - 1)]);
			pos = put_chr(buf, pos, cap, gb_inward[sg_rng_below(r, sizeof(gb_inward) - 1)]);
			break;
		case SG_POSTAL_CA:
			pos = put_chr(buf, pos, cap, ' ');
			pos = put_chr(buf, pos, cap, (char) ('0' + sg_rng_below(r, 10)));
			pos = put_chr(buf, pos, cap, ca_letters[sg_rng_below(r, sizeof(ca_letters) - 1)]);
			pos = put_chr(buf, pos, cap, (char) ('0' + sg_rng_below(r, 10)));
			break;
		case SG_POSTAL_IE:
			pos = put_chr(buf, pos, cap, ' ');
			pos = put_chr(buf, pos, cap, ie_letters[sg_rng_below(r, sizeof(ie_letters) - 1)]);
			for (i = 0; i < 3; i++)
				pos = put_chr(buf, pos, cap, ie_chars[sg_rng_below(r, sizeof(ie_chars) - 1)]);
			break;
		case SG_POSTAL_NL:
			{
				/* 20 x 20 pairs without SA, SD and SS (PostNL) */
				uint32_t	pair = sg_rng_below(r, 397);
				int			a,
							b;

				/* S is letter 14, A 0, D 3: skip the pairs 14*20 + {0, 3, 14} */
				if (pair >= 14 * 20)
					pair++;
				if (pair >= 14 * 20 + 3)
					pair++;
				if (pair >= 14 * 20 + 14)
					pair++;
				a = (int) (pair / 20);
				b = (int) (pair % 20);
				pos = put_chr(buf, pos, cap, ' ');
				pos = put_chr(buf, pos, cap, nl_letters[a]);
				pos = put_chr(buf, pos, cap, nl_letters[b]);
			}
			break;
		default:
			break;
	}
	return pos;
}

/* ---------------------------------------------------------------------- */
/* address lines */

/* a street name or type: its text and, precomputed, its length */
typedef struct Word
{
	const char *s;
	int			len;
} Word;

static inline Word
street_name(int v, SgRng *r)
{
	const StreetWord *sw = &people.street_name[v][sg_rng_below(r, (uint32_t) sg_street_vocabs[v].nnames)];
	Word		w = {sw->text, sw->len};

	return w;
}

static inline Word
street_type(int v, SgRng *r)
{
	const StreetWord *sw = &people.street_type[v][draw(people.street_type_cum[v],
														 sg_street_vocabs[v].ntypes, r)];
	Word		w = {sw->text, sw->len};

	return w;
}

static inline int
put_word(char *buf, int pos, int cap, Word w)
{
	if (pos + (int) sizeof(((StreetWord *) 0)->text) >= cap)
		return put_str(buf, pos, cap, w.s);
	memcpy(buf + pos, w.s, sizeof(((StreetWord *) 0)->text));
	return pos + w.len;
}

static inline int
number(SgRng *r, int max)
{
	return (int) sg_rng_skewed(r, 1, max);
}

int
sg_address_build(int city, SgRng *r, char *buf, int cap)
{
	const CityRec *cr = &people.city[city];
	int			s = cr->streets;
	Word		name,
				type;
	int			pos = 0,
				unit = sg_rng_below(r, 100);
	int			n;

	switch (cr->address)
	{
		case SG_ADDR_US:
		case SG_ADDR_FR_CA:
			n = number(r, 9999);
			pos = put_uint(buf, pos, cap, (uint64_t) n, 1);
			pos = put_chr(buf, pos, cap, ' ');
			if (cr->address == SG_ADDR_US)
			{
				name = street_name(s, r);
				type = street_type(s, r);
				pos = put_word(buf, pos, cap, name);
				pos = put_chr(buf, pos, cap, ' ');
				pos = put_word(buf, pos, cap, type);
				if (unit < 18)
				{
					pos = put_str(buf, pos, cap, ", Apt ");
					pos = put_uint(buf, pos, cap, (uint64_t) number(r, 40), 1);
				}
			}
			else
			{
				type = street_type(s, r);
				name = street_name(s, r);
				pos = put_word(buf, pos, cap, type);
				pos = put_chr(buf, pos, cap, ' ');
				pos = put_word(buf, pos, cap, name);
				if (unit < 20)
				{
					pos = put_str(buf, pos, cap, ", app. ");
					pos = put_uint(buf, pos, cap, (uint64_t) number(r, 30), 1);
				}
			}
			break;
		case SG_ADDR_GB:
		case SG_ADDR_AU:
			n = number(r, 250);
			name = street_name(s, r);
			type = street_type(s, r);
			if (unit < 12)
			{
				int			flat = number(r, 24);

				if (cr->address == SG_ADDR_GB)
				{
					pos = put_str(buf, pos, cap, "Flat ");
					pos = put_uint(buf, pos, cap, (uint64_t) flat, 1);
					pos = put_str(buf, pos, cap, ", ");
				}
				else
				{
					pos = put_uint(buf, pos, cap, (uint64_t) flat, 1);
					pos = put_chr(buf, pos, cap, '/');
				}
			}
			pos = put_uint(buf, pos, cap, (uint64_t) n, 1);
			pos = put_chr(buf, pos, cap, ' ');
			pos = put_word(buf, pos, cap, name);
			pos = put_chr(buf, pos, cap, ' ');
			pos = put_word(buf, pos, cap, type);
			break;
		case SG_ADDR_FR:
			n = number(r, 150);
			type = street_type(s, r);
			name = street_name(s, r);
			pos = put_uint(buf, pos, cap, (uint64_t) n, 1);
			if (unit < 3)
				pos = put_str(buf, pos, cap, " bis");
			pos = put_chr(buf, pos, cap, ' ');
			pos = put_word(buf, pos, cap, type);
			pos = put_chr(buf, pos, cap, ' ');
			pos = put_word(buf, pos, cap, name);
			if (unit >= 85)
			{
				pos = put_str(buf, pos, cap, ", Apt ");
				pos = put_uint(buf, pos, cap, (uint64_t) number(r, 60), 1);
			}
			break;
		case SG_ADDR_DE:
		case SG_ADDR_AT:
		case SG_ADDR_NL:
		case SG_ADDR_BE_NL:
		case SG_ADDR_SE:
			n = number(r, cr->address == SG_ADDR_NL ? 300 : 150);
			name = street_name(s, r);
			type = street_type(s, r);
			pos = put_word(buf, pos, cap, name);
			pos = put_word(buf, pos, cap, type);
			pos = put_chr(buf, pos, cap, ' ');
			pos = put_uint(buf, pos, cap, (uint64_t) n, 1);
			if (cr->address == SG_ADDR_DE && unit < 8)
				pos = put_chr(buf, pos, cap, (char) ('a' + sg_rng_below(r, 3)));
			else if (cr->address == SG_ADDR_AT && unit < 40)
			{
				pos = put_chr(buf, pos, cap, '/');
				pos = put_uint(buf, pos, cap, (uint64_t) number(r, 30), 1);
			}
			else if (cr->address == SG_ADDR_NL && unit < 15)
			{
				pos = put_chr(buf, pos, cap, '-');
				pos = put_chr(buf, pos, cap, (char) ('A' + sg_rng_below(r, 4)));
			}
			else if (cr->address == SG_ADDR_BE_NL && unit < 14)
			{
				pos = put_str(buf, pos, cap, " bus ");
				pos = put_uint(buf, pos, cap, (uint64_t) number(r, 20), 1);
			}
			else if (cr->address == SG_ADDR_SE && unit < 20)
			{
				pos = put_str(buf, pos, cap, ", lgh ");
				pos = put_uint(buf, pos, cap, (uint64_t) (1001 + 100 * sg_rng_below(r, 6) +
														  sg_rng_below(r, 8)), 4);
			}
			break;
		case SG_ADDR_BE_FR:
		case SG_ADDR_CH_FR:
		case SG_ADDR_IT:
		case SG_ADDR_ES:
			n = number(r, cr->address == SG_ADDR_IT ? 200 : 150);
			type = street_type(s, r);
			name = street_name(s, r);
			pos = put_word(buf, pos, cap, type);
			pos = put_chr(buf, pos, cap, ' ');
			pos = put_word(buf, pos, cap, name);
			pos = put_str(buf, pos, cap, cr->address == SG_ADDR_ES ? ", " : " ");
			pos = put_uint(buf, pos, cap, (uint64_t) n, 1);
			if (cr->address == SG_ADDR_ES && unit < 60)
			{
				/* floor and door: "3-B" (3o B) */
				pos = put_str(buf, pos, cap, ", ");
				pos = put_uint(buf, pos, cap, (uint64_t) number(r, 9), 1);
				pos = put_chr(buf, pos, cap, '-');
				pos = put_chr(buf, pos, cap, (char) ('A' + sg_rng_below(r, 4)));
			}
			else if (cr->address == SG_ADDR_IT && unit < 8)
			{
				pos = put_chr(buf, pos, cap, '/');
				pos = put_chr(buf, pos, cap, (char) ('A' + sg_rng_below(r, 3)));
			}
			else if (cr->address == SG_ADDR_BE_FR && unit < 12)
			{
				pos = put_str(buf, pos, cap, " bte ");
				pos = put_uint(buf, pos, cap, (uint64_t) number(r, 20), 1);
			}
			break;
		default:
			break;
	}
	return pos;
}

/*
 * Whether the customer whose unique number is u is a business customer:
 * the first level of sg_identity_get's decoding alone (kind is decoded
 * before anything else), for the order generator's baskets.
 */
bool
sg_identity_business(uint64_t key, uint64_t u, uint64_t n)
{
	const People *P = &people;
	uint64_t	rank = u;
	int			head = (int) level(&rank, &n, &P->head_lv, key);

	return P->head_kind[head] == 1;
}
