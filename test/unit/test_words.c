/*
 * test_words.c
 *	  Unit test of the word lists (src/words.c, src/words_people.c) and of
 *	  what people.c and world.c build from them: string hygiene and
 *	  uniqueness; the name pools (sizes, slugs, how little pools of
 *	  different languages share, no "firstlast" e-mail part readable as two
 *	  different names); locales and countries; every city's postal codes
 *	  against its country's format and ranges and every telephone number
 *	  against its country's numbering plan (drawn for every city); address
 *	  lines by country; e-mail addresses unique in both modes at several
 *	  counts; supplier names and legal forms by country; the product
 *	  taxonomy, its adjectives and brands (one or two categories each); the
 *	  campaign themes' days and categories.
 *
 * The national rules here are written from the public sources named next
 * to each table, independently of the lists they check.
 *
 * Standalone (no PostgreSQL); prints "test_words: N passed, M failed".
 *
 *	cc -Wall -Wextra -Werror -I src test/unit/test_words.c src/words.c \
 *		src/words_people.c src/people.c src/world.c src/rng.c \
 *		src/schedule.c src/events.c -lm -o /tmp/test_words
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../src/people.h"
#include "../../src/schedule.h"
#include "../../src/words.h"
#include "../../src/world.h"

/* Number of elements of a struct member array (sizeof does not evaluate). */
#define MEMBER_LEN(type, member) \
	((int) (sizeof(((type *) 0)->member) / sizeof(((type *) 0)->member[0])))

/* What world.c's tables and buffers can hold. */
#define CAP_KINDS		MEMBER_LEN(SgWorld, kind_cum)
#define CAP_CHANNELS	MEMBER_LEN(SgWorld, channel_cum)
#define CAP_CATEGORIES	MEMBER_LEN(SgWorld, category_cum)
#define CAP_SUBCAT_FIRST MEMBER_LEN(SgWorld, subcat_first)
#define CAP_BRANDS		MEMBER_LEN(SgWorld, brand_of[0])
#define CAP_COUNTRIES	MEMBER_LEN(SgWorld, supplier_country_cum)
#define CAP_EMAIL		MEMBER_LEN(SgCustomer, email)
#define CAP_PHONE		MEMBER_LEN(SgCustomer, phone)
#define CAP_ADDRESS		MEMBER_LEN(SgCustomer, address)
#define CAP_POSTAL		MEMBER_LEN(SgCustomer, postal)
#define CAP_SUPPLIER	MEMBER_LEN(SgSupplier, name)
#define CAP_SUPPLIER_EMAIL MEMBER_LEN(SgSupplier, email)
#define CAP_PRODUCT		MEMBER_LEN(SgProduct, name)

/* What people.c's tables hold (people.c aborts beyond them). */
#define CAP_POOLS		32
#define CAP_POOL_NAMES	256
#define CAP_CELLS		128
#define CAP_DOMAINS		160
#define CAP_COUNTRY_DOMAINS 32
#define CAP_SLUG		22
#define CAP_CITIES_PER_CELL 255

/* Bounds for local tallies indexed by category, kind or country. */
#define MAX_TALLY		64

#include "unit.h"

/* ------------------------------------------------------------------ */
/* helpers: each returns the number of problems and prints them */

/* Non-empty printable ASCII, no leading, trailing or double spaces. */
static int
bad_string(const char *list, int i, const char *s)
{
	const char *why = NULL;
	const char *p;

	if (s == NULL)
	{
		printf("  %s[%d] is NULL\n", list, i);
		return 1;
	}
	if (*s == '\0')
		why = "empty";
	else if (s[0] == ' ')
		why = "leading space";
	else if (s[strlen(s) - 1] == ' ')
		why = "trailing space";
	else if (strstr(s, "  ") != NULL)
		why = "double space";
	else
		for (p = s; *p; p++)
			if ((unsigned char) *p < 0x20 || (unsigned char) *p > 0x7e)
			{
				why = "not printable ASCII";
				break;
			}
	if (why == NULL)
		return 0;
	printf("  %s[%d] = \"%s\": %s\n", list, i, s, why);
	return 1;
}

static int
bad_strings(const char *list, const char *const *words, int n)
{
	int			bad = 0,
				i;

	for (i = 0; i < n; i++)
		bad += bad_string(list, i, words[i]);
	return bad;
}

static int
duplicates(const char *list, const char *const *words, int n)
{
	int			bad = 0,
				i,
				j;

	for (i = 0; i < n; i++)
		for (j = i + 1; j < n; j++)
			if (strcmp(words[i], words[j]) == 0)
			{
				printf("  %s[%d] and [%d] are both \"%s\"\n", list, i, j, words[i]);
				bad++;
			}
	return bad;
}

static int
with_space(const char *list, const char *const *words, int n)
{
	int			bad = 0,
				i;

	for (i = 0; i < n; i++)
		if (strchr(words[i], ' ') != NULL)
		{
			printf("  %s[%d] = \"%s\" contains a space\n", list, i, words[i]);
			bad++;
		}
	return bad;
}

/* Checks a list of plain strings: well-formed and, if asked, unique. */
static void
check_list(const char *list, const char *const *words, int n, int min,
		   int unique)
{
	CHECK(n >= min, "%s has %d entries, want >= %d", list, n, min);
	CHECK(bad_strings(list, words, n) == 0, "%s has malformed strings", list);
	if (unique)
		CHECK(duplicates(list, words, n) == 0, "%s has duplicates", list);
}

/* The words of a weighted list, for the string helpers. */
static const char **
weighted_words(const SgWeighted *list, int n)
{
	const char **words = malloc(sizeof(char *) * (size_t) (n > 0 ? n : 1));
	int			i;

	if (words == NULL)
	{
		perror("malloc");
		exit(2);
	}
	for (i = 0; i < n; i++)
		words[i] = list[i].word;
	return words;
}

static void
check_weighted(const char *list, const SgWeighted *wl, int n, int min, int cap)
{
	const char **words = weighted_words(wl, n);
	int			bad = 0,
				i;

	check_list(list, words, n, min, 1);
	CHECK(n <= cap, "%s has %d entries, world.h holds %d", list, n, cap);
	for (i = 0; i < n; i++)
		if (wl[i].weight <= 0)
		{
			printf("  %s[%d] (\"%s\") weight %d\n", list, i, wl[i].word,
				   (int) wl[i].weight);
			bad++;
		}
	CHECK(bad == 0, "%s has non-positive weights", list);
	free(words);
}

/* A weighted list that must be exactly the given words and weights. */
static void
check_exact(const char *list, const SgWeighted *wl, int n,
			const SgWeighted *want, int nwant)
{
	int			same = (n == nwant),
				i;

	for (i = 0; same && i < n; i++)
		same = strcmp(wl[i].word, want[i].word) == 0 &&
			wl[i].weight == want[i].weight;
	CHECK(same, "%s is not the specified list of %d words and weights",
		  list, nwant);
}

static int
longest(const char *const *words, int n)
{
	int			max = 0,
				i;

	for (i = 0; i < n; i++)
		if ((int) strlen(words[i]) > max)
			max = (int) strlen(words[i]);
	return max;
}

static int
find_country(const char *code)
{
	int			i;

	for (i = 0; i < sg_n_countries; i++)
		if (strcmp(sg_countries[i].code, code) == 0)
			return i;
	return -1;
}

static int
is_upper(char c)
{
	return c >= 'A' && c <= 'Z';
}

static int
is_lower(char c)
{
	return c >= 'a' && c <= 'z';
}

/* ------------------------------------------------------------------ */
static void
test_segments(void)
{
	static const SgWeighted want[] = {
		{"regular", 62}, {"loyal", 20}, {"vip", 6}, {"business", 12}
	};

	check_weighted("sg_segments", sg_segments, sg_n_segments, 4, 4);
	check_exact("sg_segments", sg_segments, sg_n_segments, want, 4);
}

/* ------------------------------------------------------------------ */
/* name pools */

static void
slug_of(const char *s, char *out, int cap)
{
	sg_slug(out, 0, cap, s);
}

static int
in_list(const char *slug, const char *const *names, int n)
{
	char		buf[64];
	int			i;

	for (i = 0; i < n; i++)
	{
		slug_of(names[i], buf, sizeof(buf));
		if (strcmp(buf, slug) == 0)
			return 1;
	}
	return 0;
}

/* every slug of a kind with the pools (bits) holding it, sorted */
typedef struct SlugMask
{
	char		slug[32];
	uint32_t	mask;
} SlugMask;

static SlugMask slug_masks[2][8192];
static int	nslug_masks[2];

static int
cmp_slug(const void *a, const void *b)
{
	return strcmp(((const SlugMask *) a)->slug, ((const SlugMask *) b)->slug);
}

static void
build_slug_masks(void)
{
	int			k,
				p,
				i,
				n,
				u;

	for (k = 0; k < 2; k++)
	{
		n = 0;
		for (p = 0; p < sg_n_name_pools; p++)
		{
			const SgNamePool *np = &sg_name_pools[p];
			const char *const *names = k ? np->first : np->last;
			int			nn = k ? np->nfirst : np->nlast;

			for (i = 0; i < nn && n < 8192; i++, n++)
			{
				slug_of(names[i], slug_masks[k][n].slug, sizeof(slug_masks[k][n].slug));
				slug_masks[k][n].mask = 1u << p;
			}
		}
		qsort(slug_masks[k], (size_t) n, sizeof(SlugMask), cmp_slug);
		for (i = 0, u = 0; i < n; i++)
			if (u > 0 && strcmp(slug_masks[k][u - 1].slug, slug_masks[k][i].slug) == 0)
				slug_masks[k][u - 1].mask |= slug_masks[k][i].mask;
			else
				slug_masks[k][u++] = slug_masks[k][i];
		nslug_masks[k] = u;
	}
}

/* pools (bits) whose given names (first) or surnames have this slug */
static uint32_t
pools_with(const char *slug, int first)
{
	SlugMask	key;
	SlugMask   *hit;

	snprintf(key.slug, sizeof(key.slug), "%s", slug);
	hit = bsearch(&key, slug_masks[first ? 1 : 0], (size_t) nslug_masks[first ? 1 : 0],
				  sizeof(SlugMask), cmp_slug);
	return hit ? hit->mask : 0;
}

/* pools with a given name of this initial */
static uint32_t
pools_with_initial(char c)
{
	uint32_t	mask = 0;
	int			i;

	for (i = 0; i < nslug_masks[1]; i++)
		if (slug_masks[1][i].slug[0] == c)
			mask |= slug_masks[1][i].mask;
	return mask;
}

static int
shared(const char *const *a, int na, const char *const *b, int nb)
{
	int			i,
				n = 0;
	char		buf[64];

	for (i = 0; i < na; i++)
	{
		slug_of(a[i], buf, sizeof(buf));
		n += in_list(buf, b, nb);
	}
	return n;
}

static void
test_pools(void)
{
	int			nbad = 0,
				nslug = 0,
				nover = 0,
				namb = 0,
				p,
				q,
				i,
				j,
				k;

	build_slug_masks();
	CHECK(sg_n_name_pools >= 15 && sg_n_name_pools <= CAP_POOLS,
		  "sg_name_pools has %d pools, want 15..%d", sg_n_name_pools, CAP_POOLS);
	for (p = 0; p < sg_n_name_pools; p++)
	{
		const SgNamePool *np = &sg_name_pools[p];
		char		list[64];

		snprintf(list, sizeof(list), "%s.first", np->code);
		/* varied enough for 100k customers of one country: big pools for big populations */
		CHECK(np->nfirst >= 30 && np->nlast >= 30 && np->nfirst <= CAP_POOL_NAMES &&
			  np->nlast <= CAP_POOL_NAMES,
			  "pool %s has %d given names and %d surnames, want 30..%d", np->code,
			  (int) np->nfirst, (int) np->nlast, CAP_POOL_NAMES);
		nbad += bad_strings(list, np->first, np->nfirst);
		nbad += with_space(list, np->first, np->nfirst);
		snprintf(list, sizeof(list), "%s.last", np->code);
		nbad += bad_strings(list, np->last, np->nlast);

		/* slugs: unique within the pool, at least two letters, short */
		for (k = 0; k < 2; k++)
		{
			const char *const *names = k == 0 ? np->first : np->last;
			int			n = k == 0 ? np->nfirst : np->nlast;

			for (i = 0; i < n; i++)
			{
				char		a[64];
				const char *ch;

				slug_of(names[i], a, sizeof(a));
				for (ch = names[i]; *ch; ch++)
					if (!((*ch >= 'A' && *ch <= 'Z') || (*ch >= 'a' && *ch <= 'z') ||
						  *ch == ' ' || *ch == '-' || *ch == '\''))
					{
						printf("  %s: \"%s\" has '%c'\n", np->code, names[i], *ch);
						nslug++;
					}
				if ((int) strlen(a) < 2 || (int) strlen(a) > CAP_SLUG)
				{
					printf("  %s: \"%s\" has a slug of %d letters\n", np->code, names[i],
						   (int) strlen(a));
					nslug++;
				}
				for (j = 0; j < i; j++)
				{
					char		b[64];

					slug_of(names[j], b, sizeof(b));
					if (strcmp(a, b) == 0)
					{
						printf("  %s: \"%s\" and \"%s\" have one slug\n", np->code,
							   names[i], names[j]);
						nslug++;
					}
				}
			}
		}
	}
	CHECK(nbad == 0, "name pools have malformed names");
	CHECK(nslug == 0, "name pools have bad or repeated slugs");

	/*
	 * Disjoint enough: pools of different languages share at most 30 % of
	 * the smaller one's surnames and 45 % of its given names (David, Anna
	 * and Martin belong to many languages; Belgium's French and Flemish
	 * surnames are France's and the Netherlands' too).
	 */
	for (p = 0; p < sg_n_name_pools; p++)
		for (q = p + 1; q < sg_n_name_pools; q++)
		{
			const SgNamePool *a = &sg_name_pools[p],
					   *b = &sg_name_pools[q];
			int			sl,
						sf,
						ml = a->nlast < b->nlast ? a->nlast : b->nlast,
						mf = a->nfirst < b->nfirst ? a->nfirst : b->nfirst;

			if (strcmp(a->lang, b->lang) == 0 || a->first == b->first)
				continue;
			sl = shared(a->last, a->nlast, b->last, b->nlast);
			sf = shared(a->first, a->nfirst, b->first, b->nfirst);
			if (sl * 100 > ml * 30 || sf * 100 > mf * 45)
			{
				printf("  pools %s and %s share %d surnames of %d and %d given names of %d\n",
					   a->code, b->code, sl, ml, sf, mf);
				nover++;
			}
		}
	CHECK(nover == 0, "name pools of different languages overlap too much");

	/*
	 * people.c writes "firstlast" and "flast" local parts without a
	 * separator: no such string may be read as two different name pairs a
	 * pool could produce (Jan+Ali and Jana+Li), nor as an initial and a
	 * surname.
	 */
	{
		uint32_t	initial[26];

		for (i = 0; i < 26; i++)
			initial[i] = pools_with_initial((char) ('a' + i));
		for (p = 0; p < sg_n_name_pools; p++)
			for (i = 0; i < sg_name_pools[p].nfirst; i++)
			{
				char		f[64];

				slug_of(sg_name_pools[p].first[i], f, sizeof(f));
				for (j = 0; j < sg_name_pools[p].nlast; j++)
				{
					char		l[64],
								s2[128];
					size_t		cut;

					slug_of(sg_name_pools[p].last[j], l, sizeof(l));
					snprintf(s2, sizeof(s2), "%s%s", f, l);
					/* any other split of f + l into a given name and a surname of one pool */
					for (cut = 2; cut + 1 < strlen(s2) + 1; cut++)
					{
						char		a[128];

						if (cut == strlen(f) || cut >= strlen(s2))
							continue;
						memcpy(a, s2, cut);
						a[cut] = '\0';
						if ((pools_with(a, 1) & pools_with(s2 + cut, 0)) != 0)
						{
							printf("  %s+%s reads as %s+%s\n", f, l, a, s2 + cut);
							namb++;
						}
					}
					/* or into an initial and a surname */
					if ((pools_with(s2 + 1, 0) & initial[s2[0] - 'a']) != 0)
					{
						printf("  %s+%s reads as %c+%s\n", f, l, s2[0], s2 + 1);
						namb++;
					}
				}
			}
	}
	CHECK(namb == 0, "some firstlast e-mail parts have two readings");
}

/* ------------------------------------------------------------------ */
/* locales and countries */

static void
test_locales(void)
{
	int			nbad = 0,
				l,
				i,
				j,
				k,
				p;
	int			used[CAP_POOLS] = {0};

	for (l = 0; l < sg_n_locales; l++)
	{
		const SgLocale *loc = &sg_locales[l];
		int			sum = 0,
					native = 0;

		if (find_country(loc->country) < 0 || loc->streets < 0 ||
			loc->streets >= sg_n_street_vocabs || (int) loc->address >= SG_N_ADDRESS_STYLES)
		{
			printf("  locale %s: country, streets or address style unknown\n", loc->code);
			nbad++;
		}
		for (i = 0; i < SG_MAX_LOCALE_POOLS && loc->pools[i].weight > 0; i++)
		{
			const SgPoolShare *ps = &loc->pools[i];

			sum += ps->weight;
			native += ps->native ? ps->weight : 0;
			if (ps->pool < 0 || ps->pool >= sg_n_name_pools)
			{
				printf("  locale %s: pool %d\n", loc->code, ps->pool);
				nbad++;
				continue;
			}
			used[ps->pool]++;
			for (j = 0; j < i; j++)
				if (loc->pools[j].pool == ps->pool)
				{
					printf("  locale %s repeats pool %s\n", loc->code,
						   sg_name_pools[ps->pool].code);
					nbad++;
				}
			/* native in one locale of the country, native in all */
			for (k = 0; k < sg_n_locales; k++)
				for (j = 0; j < SG_MAX_LOCALE_POOLS && sg_locales[k].pools[j].weight > 0; j++)
					if (strcmp(sg_locales[k].country, loc->country) == 0 &&
						sg_locales[k].pools[j].pool == ps->pool &&
						sg_locales[k].pools[j].native != ps->native)
					{
						printf("  pool %s is native in one locale of %s and foreign in another\n",
							   sg_name_pools[ps->pool].code, loc->country);
						nbad++;
					}
		}
		/* the documented foreign-born share: at most 10 % of a locale */
		if (sum != 100 || native < 90)
		{
			printf("  locale %s: shares sum to %d, native %d\n", loc->code, sum, native);
			nbad++;
		}
	}
	for (p = 0; p < sg_n_name_pools; p++)
		if (used[p] == 0)
		{
			printf("  pool %s is in no locale\n", sg_name_pools[p].code);
			nbad++;
		}
	CHECK(nbad == 0, "sg_locales is malformed");
}

/* legal forms by country (the national company registers) */
static const struct
{
	const char *country;
	const char *forms;			/* '|'-separated */
}			legal_forms[] = {
	{"US", "LLC|Inc.|Corp.|Co."}, {"CA", "Inc.|Ltd.|Corp."}, {"GB", "Ltd|PLC|LLP"},
	{"IE", "Ltd|DAC"}, {"DE", "GmbH|GmbH & Co. KG|AG|KG|e.K."}, {"AT", "GmbH|KG|AG|OG"},
	{"CH", "AG|GmbH|SA|Sarl"}, {"FR", "SAS|SARL|SA|EURL"}, {"BE", "BV|SRL|NV|SA"},
	{"NL", "B.V.|V.O.F.|N.V."}, {"ES", "S.L.|S.A.|S.L.U."}, {"IT", "S.r.l.|S.p.A.|S.n.c.|S.a.s."},
	{"SE", "AB|HB|KB"}, {"AU", "Pty Ltd|Ltd"}, {"NZ", "Limited|Ltd"}, {"JP", "Co., Ltd.|K.K.|Inc."},
	{"CN", "Co., Ltd.|Ltd."}, {"KR", "Co., Ltd.|Corp."}, {"TW", "Co., Ltd.|Corp."},
	{"IN", "Pvt. Ltd.|Ltd.|LLP"}, {"VN", "Co., Ltd.|JSC"},
};

/* does the supplier name end with one of the country's legal forms */
static int
form_fits(const char *country, const char *name)
{
	size_t		i;

	for (i = 0; i < sizeof(legal_forms) / sizeof(legal_forms[0]); i++)
	{
		const char *f = legal_forms[i].forms;

		if (strcmp(legal_forms[i].country, country) != 0)
			continue;
		while (*f)
		{
			const char *bar = strchr(f, '|');
			size_t		len = bar ? (size_t) (bar - f) : strlen(f);
			size_t		nl = strlen(name);
			const char *end = name + nl;

			/* "... GmbH" or "... GmbH 2" (copies beyond the combinations) */
			while (end > name && end[-1] >= '0' && end[-1] <= '9')
				end--;
			if (end < name + nl && end > name && end[-1] == ' ')
				end--;
			else
				end = name + nl;
			if ((size_t) (end - name) > len && strncmp(end - len, f, len) == 0 &&
				end[-(long) len - 1] == ' ')
				return 1;
			f = bar ? bar + 1 : f + len;
		}
	}
	return 0;
}

static void
test_countries(void)
{
	int			nbad = 0,
				i,
				j,
				supplier_total = 0;

	CHECK(sg_n_countries >= 15 && sg_n_countries <= CAP_COUNTRIES &&
		  sg_n_countries <= 32,
		  "sg_countries has %d entries, want 15..%d", sg_n_countries, CAP_COUNTRIES);
	for (i = 0; i < sg_n_countries; i++)
	{
		const SgCountry *c = &sg_countries[i];
		int			nforms = 0;

		nbad += bad_string("sg_countries.code", i, c->code);
		nbad += bad_string("sg_countries.name", i, c->name);
		nbad += bad_string("sg_countries.tld", i, c->tld);
		if (strlen(c->code) != 2 || !is_upper(c->code[0]) || !is_upper(c->code[1]))
		{
			printf("  sg_countries[%d].code \"%s\" is not two letters\n", i, c->code);
			nbad++;
		}
		if (c->tld[0] != '.' || strlen(c->tld) < 3 || strchr(c->tld, ' '))
		{
			printf("  sg_countries[%d].tld \"%s\" is not a domain suffix\n", i, c->tld);
			nbad++;
		}
		for (j = 0; j < i; j++)
			if (strcmp(c->code, sg_countries[j].code) == 0 ||
				strcmp(c->tld, sg_countries[j].tld) == 0)
			{
				printf("  sg_countries[%d] repeats \"%s\" or its tld\n", i, c->code);
				nbad++;
			}
		supplier_total += c->supplier_weight;
		for (nforms = 0; c->legal_forms && c->legal_forms[nforms]; nforms++)
		{
			char		probe[64];

			snprintf(probe, sizeof(probe), "Northwind %s", c->legal_forms[nforms]);
			if (!form_fits(c->code, probe))
			{
				printf("  %s: legal form \"%s\" is not the country's\n", c->code,
					   c->legal_forms[nforms]);
				nbad++;
			}
		}
		if (nforms == 0 || nforms > 6 || c->supplier_weight <= 0 ||
			(c->supplier_towns && c->supplier_towns[0] == NULL))
		{
			printf("  %s: %d legal forms, supplier weight %d\n", c->code, nforms,
				   (int) c->supplier_weight);
			nbad++;
		}
		/* customers' countries: mail, phones, company names */
		if (c->postal != SG_POSTAL_NONE)
		{
			int			t,
						k;

			if (c->ndomains < 5 || c->ndomains > CAP_COUNTRY_DOMAINS || c->company_pool < 0 ||
				c->company_pool >= sg_n_name_pools || c->mobile_pct < 0 || c->mobile_pct > 90 ||
				(c->mobile == NULL) != (strcmp(c->code, "US") == 0 || strcmp(c->code, "CA") == 0))
			{
				printf("  %s: %d mail domains, company pool %d, mobiles %d%%\n", c->code,
					   (int) c->ndomains, (int) c->company_pool, (int) c->mobile_pct);
				nbad++;
			}
			for (t = 0; t < sg_n_trades; t++)
				if (c->company_lang && strcmp(sg_trades[t].lang, c->company_lang) == 0)
					break;
			if (t == sg_n_trades)
			{
				printf("  %s: no trades in \"%s\"\n", c->code, c->company_lang);
				nbad++;
			}
			else if ((long) sg_name_pools[c->company_pool].nlast * sg_trades[t].nwords >= 65536)
			{
				printf("  %s: too many companies for one level\n", c->code);
				nbad++;
			}
			for (k = 0; k < sg_n_supplier_activities; k++)
				if (strcmp(sg_supplier_activities[k].lang, c->supplier_lang) == 0)
					break;
			if (k == sg_n_supplier_activities)
			{
				printf("  %s: no supplier activities in \"%s\"\n", c->code, c->supplier_lang);
				nbad++;
			}
		}
	}
	CHECK(supplier_total > 0, "no supplier weight");
	CHECK(nbad == 0, "sg_countries is malformed");
}
/* ------------------------------------------------------------------ */
/* national postal-code rules */

static int
digits(const char *s, int n)
{
	int			i;

	for (i = 0; i < n; i++)
		if (s[i] < '0' || s[i] > '9')
			return 0;
	return s[n] == '\0';
}

static int
num(const char *s, int n)
{
	int			v = 0,
				i;

	for (i = 0; i < n; i++)
		v = v * 10 + (s[i] - '0');
	return v;
}

/* "lo-hi lo-hi ...", inclusive, or "v v v" */
static int
in_ranges(int v, const char *ranges)
{
	while (*ranges)
	{
		int			lo = atoi(ranges),
					hi = lo;
		const char *sp;

		while (*ranges >= '0' && *ranges <= '9')
			ranges++;
		if (*ranges == '-')
		{
			hi = atoi(ranges + 1);
			ranges++;
			while (*ranges >= '0' && *ranges <= '9')
				ranges++;
		}
		if (v >= lo && v <= hi)
			return 1;
		sp = ranges;
		while (*sp == ' ')
			sp++;
		ranges = sp;
	}
	return 0;
}

typedef struct RegionRule
{
	const char *region;
	const char *ranges;
} RegionRule;

static const char *
rule_for(const RegionRule *rules, int n, const char *region)
{
	int			i;

	for (i = 0; i < n; i++)
		if (strcmp(rules[i].region, region) == 0)
			return rules[i].ranges;
	return NULL;
}

#define RULES(r) r, (int) (sizeof(r) / sizeof(r[0]))

/* USPS, DMM Labeling List L002: each state's three-digit ZIP prefixes */
static const RegionRule us_zip3[] = {
	{"AL", "350-369"}, {"AK", "995-999"}, {"AZ", "850-865"}, {"AR", "716-729"},
	{"CA", "900-961"}, {"CO", "800-816"}, {"CT", "60-69"}, {"DE", "197-199"},
	{"DC", "200-205"}, {"FL", "320-349"}, {"GA", "300-319 398-399"}, {"HI", "967-968"},
	{"ID", "832-838"}, {"IL", "600-629"}, {"IN", "460-479"}, {"IA", "500-528"},
	{"KS", "660-679"}, {"KY", "400-427"}, {"LA", "700-714"}, {"MD", "206-219"},
	{"MA", "10-27"}, {"MI", "480-499"}, {"MN", "550-567"}, {"MS", "386-397"},
	{"MO", "630-658"}, {"MT", "590-599"}, {"NE", "680-693"}, {"NV", "889-898"},
	{"NH", "30-38"}, {"NJ", "70-89"}, {"NM", "870-884"}, {"NY", "100-149"},
	{"NC", "270-289"}, {"ND", "580-588"}, {"OH", "430-459"}, {"OK", "730-749"},
	{"OR", "970-979"}, {"PA", "150-196"}, {"RI", "28-29"}, {"SC", "290-299"},
	{"SD", "570-577"}, {"TN", "370-385"}, {"TX", "750-799"}, {"UT", "840-847"},
	{"VT", "50-59"}, {"VA", "220-246"}, {"WA", "980-994"}, {"WI", "530-549"},
	{"WY", "820-831"},
};

/* Canada Post: the first letter of the FSA by province */
static const RegionRule ca_fsa[] = {
	{"Newfoundland and Labrador", "A"}, {"Nova Scotia", "B"},
	{"Prince Edward Island", "C"}, {"New Brunswick", "E"}, {"Quebec", "GHJ"},
	{"Ontario", "KLMNP"}, {"Manitoba", "R"}, {"Saskatchewan", "S"},
	{"Alberta", "T"}, {"British Columbia", "V"},
};

/* Royal Mail: the postcode areas (PAF) */
static const char *const gb_areas[] = {
	"AB", "AL", "B", "BA", "BB", "BD", "BH", "BL", "BN", "BR", "BS", "BT", "CA",
	"CB", "CF", "CH", "CM", "CO", "CR", "CT", "CV", "CW", "DA", "DD", "DE", "DG",
	"DH", "DL", "DN", "DT", "DY", "E", "EC", "EH", "EN", "EX", "FK", "FY", "G",
	"GL", "GU", "HA", "HD", "HG", "HP", "HR", "HS", "HU", "HX", "IG", "IP", "IV",
	"KA", "KT", "KW", "KY", "L", "LA", "LD", "LE", "LL", "LN", "LS", "LU", "M",
	"ME", "MK", "ML", "N", "NE", "NG", "NN", "NP", "NR", "NW", "OL", "OX", "PA",
	"PE", "PH", "PL", "PO", "PR", "RG", "RH", "RM", "S", "SA", "SE", "SG", "SK",
	"SL", "SM", "SN", "SO", "SP", "SR", "SS", "ST", "SW", "SY", "TA", "TD", "TF",
	"TN", "TQ", "TR", "TS", "TW", "UB", "W", "WA", "WC", "WD", "WF", "WN", "WR",
	"WS", "WV", "YO", "ZE",
};

/* Deutsche Post: the Leitregionen (first two digits) in each state */
static const RegionRule de_plz2[] = {
	{"Berlin", "10-14"}, {"Hamburg", "20-22"}, {"Bavaria", "63 80-87 90-97"},
	{"North Rhine-Westphalia", "32-34 40-42 44-53 57-59"}, {"Hesse", "34-36 60-61 63-65 68-69"},
	{"Baden-Wurttemberg", "68-79 88-89 97"}, {"Saxony", "1-4 8-9"},
	{"Lower Saxony", "21 26-31 37-38 49"}, {"Bremen", "27-28"}, {"Schleswig-Holstein", "22-25"},
	{"Rhineland-Palatinate", "54-57 66-67 76"}, {"Mecklenburg-Vorpommern", "17-19 23"},
	{"Brandenburg", "1 3-4 14-17 19"}, {"Thuringia", "4 6-7 36-37 96 98-99"},
	{"Saxony-Anhalt", "6 29 38-39"}, {"Saarland", "66"},
};

/* INSEE, Code officiel geographique: the departements of each region */
static const RegionRule fr_dep[] = {
	{"Ile-de-France", "75 77-78 91-95"},
	{"Auvergne-Rhone-Alpes", "1 3 7 15 26 38 42-43 63 69 73-74"},
	{"Provence-Alpes-Cote d'Azur", "4-6 13 83-84"},
	{"Occitanie", "9 11-12 30-32 34 46 48 65-66 81-82"},
	{"Nouvelle-Aquitaine", "16-17 19 23-24 33 40 47 64 79 86-87"},
	{"Hauts-de-France", "2 59-60 62 80"}, {"Grand Est", "8 10 51-52 54-55 57 67-68 88"},
	{"Pays de la Loire", "44 49 53 72 85"}, {"Brittany", "22 29 35 56"},
	{"Normandy", "14 27 50 61 76"}, {"Centre-Val de Loire", "18 28 36-37 41 45"},
	{"Bourgogne-Franche-Comte", "21 25 39 58 70-71 89-90"},
};

/* ARCEP: the geographic zone digit of each region */
static const RegionRule fr_zone[] = {
	{"Ile-de-France", "1"}, {"Auvergne-Rhone-Alpes", "4"}, {"Provence-Alpes-Cote d'Azur", "4"},
	{"Occitanie", "4-5"}, {"Nouvelle-Aquitaine", "5"}, {"Hauts-de-France", "3"},
	{"Grand Est", "3"}, {"Pays de la Loire", "2"}, {"Brittany", "2"}, {"Normandy", "2"},
	{"Centre-Val de Loire", "2"}, {"Bourgogne-Franche-Comte", "3"},
};

/* INE: the provinces of each autonomous community (the postal code's first two digits) */
static const RegionRule es_prov[] = {
	{"Community of Madrid", "28"}, {"Catalonia", "8 17 25 43"},
	{"Valencian Community", "3 12 46"}, {"Andalusia", "4 11 14 18 21 23 29 41"},
	{"Basque Country", "1 20 48"}, {"Aragon", "22 44 50"}, {"Balearic Islands", "7"},
	{"Canary Islands", "35 38"}, {"Region of Murcia", "30"},
	{"Castile and Leon", "5 9 24 34 37 40 42 47 49"},
};

/* Poste Italiane: the CAP's first two digits in each region */
static const RegionRule it_cap2[] = {
	{"Lazio", "0-4"}, {"Lombardy", "20-27 46"}, {"Campania", "80-84"},
	{"Piedmont", "10 12-15 28"}, {"Sicily", "90-98"}, {"Liguria", "16-19"},
	{"Emilia-Romagna", "29 40-44 47-48"}, {"Tuscany", "50-59"}, {"Apulia", "70-74 76"},
	{"Veneto", "30-32 35-37 45"},
};

/* bpost: each province's codes */
static const RegionRule be_prov[] = {
	{"Brussels-Capital", "1000-1299"}, {"Walloon Brabant", "1300-1499"},
	{"Flemish Brabant", "1500-1999 3000-3499"}, {"Antwerp", "2000-2999"},
	{"Limburg", "3500-3999"}, {"Liege", "4000-4999"}, {"Namur", "5000-5999"},
	{"Hainaut", "6000-6599 7000-7999"}, {"Luxembourg", "6600-6999"},
	{"West Flanders", "8000-8999"}, {"East Flanders", "9000-9999"},
};

/* Oesterreichische Post: the first digit of each state's codes */
static const RegionRule at_digit[] = {
	{"Vienna", "1"}, {"Lower Austria", "2-3"}, {"Burgenland", "2 7"},
	{"Upper Austria", "4"}, {"Salzburg", "5"}, {"Tyrol", "6 9"}, {"Vorarlberg", "6"},
	{"Styria", "8"}, {"Carinthia", "9"},
};

/* Die Post: the first digit of each canton's codes */
static const RegionRule ch_digit[] = {
	{"Zurich", "8"}, {"Geneva", "1"}, {"Basel-Stadt", "4"}, {"Bern", "2-4"},
	{"Vaud", "1"}, {"Lucerne", "6"}, {"St. Gallen", "7 9"}, {"Ticino", "6"},
};

/* PostNord: the first two digits of each county's codes */
static const RegionRule se_two[] = {
	{"Stockholm County", "10-19 76"}, {"Uppsala County", "74-75"},
	{"Vastra Gotaland", "40-47 50-54 66"}, {"Skane", "20-31"},
	{"Ostergotland", "58-61"}, {"Orebro County", "69-71"}, {"Vastmanland", "72-73"},
};

/* Australia Post: each state's and territory's postcodes */
static const RegionRule au_state[] = {
	{"New South Wales", "1000-2599 2619-2899 2921-2999"},
	{"Australian Capital Territory", "200-299 2600-2618 2900-2920"},
	{"Victoria", "3000-3999 8000-8999"}, {"Queensland", "4000-4999 9000-9999"},
	{"South Australia", "5000-5999"}, {"Western Australia", "6000-6999"},
	{"Tasmania", "7000-7999"}, {"Northern Territory", "800-999"},
};

static int
letter_in(char c, const char *set)
{
	return c != '\0' && strchr(set, c) != NULL;
}

/* Royal Mail PAF: outward code formats and letter rules, then the inward code */
static int
gb_postcode_ok(const char *pc)
{
	const char *sp = strchr(pc, ' ');
	char		area[3] = {0};
	int			n,
				i,
				known = 0;
	const char *in;

	if (sp == NULL)
		return 0;
	n = (int) (sp - pc);
	in = sp + 1;
	/* inward: digit + two letters without C I K M O V */
	if (strlen(in) != 3 || in[0] < '0' || in[0] > '9' ||
		!letter_in(in[1], "ABDEFGHJLNPQRSTUWXYZ") || !letter_in(in[2], "ABDEFGHJLNPQRSTUWXYZ"))
		return 0;
	if (!letter_in(pc[0], "ABCDEFGHIJKLMNOPRSTUWYZ"))	/* not Q V X */
		return 0;
	if (n >= 2 && is_upper(pc[1]))
	{
		/* AA9, AA99, AA9A */
		if (!letter_in(pc[1], "ABCDEFGHKLMNOPQRSTUVWXY"))	/* not I J Z */
			return 0;
		if (n < 3 || pc[2] < '0' || pc[2] > '9')
			return 0;
		if (n == 4 && !(pc[3] >= '0' && pc[3] <= '9') && !letter_in(pc[3], "ABEHMNPRVWXY"))
			return 0;
		if (n > 4)
			return 0;
		area[0] = pc[0];
		area[1] = pc[1];
	}
	else
	{
		/* A9, A99, A9A */
		if (n < 2 || pc[1] < '0' || pc[1] > '9' || n > 3)
			return 0;
		if (n == 3 && !(pc[2] >= '0' && pc[2] <= '9') && !letter_in(pc[2], "ABCDEFGHJKPSTUW"))
			return 0;
		area[0] = pc[0];
	}
	for (i = 0; i < (int) (sizeof(gb_areas) / sizeof(gb_areas[0])); i++)
		known |= strcmp(gb_areas[i], area) == 0;
	return known;
}

/* one postal code of a city against its country's rules; NULL when fine */
static const char *
postal_problem(const SgCity *city, const char *pc)
{
	const char *c = city->country,
			   *r;

	if (strcmp(c, "US") == 0)
	{
		if (!digits(pc, 5))
			return "not five digits";
		r = rule_for(RULES(us_zip3), city->region);
		return r && in_ranges(num(pc, 3), r) ? NULL : "outside the state's ZIP prefixes";
	}
	if (strcmp(c, "CA") == 0)
	{
		/* Canada Post: D F I O Q U never, W Z never first */
		if (strlen(pc) != 7 || !letter_in(pc[0], "ABCEGHJKLMNPRSTVXY") ||
			pc[1] < '0' || pc[1] > '9' || !letter_in(pc[2], "ABCEGHJKLMNPRSTVWXYZ") ||
			pc[3] != ' ' || pc[4] < '0' || pc[4] > '9' ||
			!letter_in(pc[5], "ABCEGHJKLMNPRSTVWXYZ") || pc[6] < '0' || pc[6] > '9')
			return "not an FSA and LDU";
		r = rule_for(RULES(ca_fsa), city->region);
		return r && letter_in(pc[0], r) ? NULL : "FSA of another province";
	}
	if (strcmp(c, "GB") == 0)
		return gb_postcode_ok(pc) ? NULL : "not a PAF postcode";
	if (strcmp(c, "IE") == 0)
	{
		/* Eircode: routing key (letter, two digits, or D6W), space, four characters */
		static const char ids[] = "0123456789ACDEFHKNPRTVWXY";
		int			i;

		if (strlen(pc) != 8 || pc[3] != ' ')
			return "not an Eircode";
		if (!(letter_in(pc[0], "ACDEFHKNPRTVWXY") && pc[1] >= '0' && pc[1] <= '9' &&
			  ((pc[2] >= '0' && pc[2] <= '9') || strncmp(pc, "D6W", 3) == 0)))
			return "not a routing key";
		for (i = 4; i < 8; i++)
			if (!letter_in(pc[i], ids))
				return "not an Eircode identifier";
		if (strcmp(city->region, "County Dublin") == 0 && pc[0] != 'D')
			return "Dublin without a D key";
		return NULL;
	}
	if (strcmp(c, "DE") == 0)
	{
		if (!digits(pc, 5) || num(pc, 5) < 1001)
			return "not a PLZ";
		r = rule_for(RULES(de_plz2), city->region);
		return r && in_ranges(num(pc, 2), r) ? NULL : "Leitregion of another state";
	}
	if (strcmp(c, "FR") == 0)
	{
		if (!digits(pc, 5))
			return "not five digits";
		if (strcmp(city->city, "Paris") == 0 &&
			!((num(pc, 5) >= 75001 && num(pc, 5) <= 75020) || num(pc, 5) == 75116))
			return "not a Paris arrondissement";
		r = rule_for(RULES(fr_dep), city->region);
		return r && in_ranges(num(pc, 2), r) ? NULL : "departement of another region";
	}
	if (strcmp(c, "ES") == 0)
	{
		if (!digits(pc, 5) || num(pc, 2) < 1 || num(pc, 2) > 52)
			return "not a Spanish code";
		r = rule_for(RULES(es_prov), city->region);
		return r && in_ranges(num(pc, 2), r) ? NULL : "province of another community";
	}
	if (strcmp(c, "IT") == 0)
	{
		if (!digits(pc, 5))
			return "not a CAP";
		r = rule_for(RULES(it_cap2), city->region);
		return r && in_ranges(num(pc, 2), r) ? NULL : "CAP of another region";
	}
	if (strcmp(c, "NL") == 0)
	{
		/* PostNL: 1000-9999, two letters without F I O Q U Y, never SA SD SS */
		if (strlen(pc) != 7 || pc[0] < '1' || pc[0] > '9' ||
			pc[4] != ' ' || !letter_in(pc[5], "ABCDEGHJKLMNPRSTVWXZ") ||
			!letter_in(pc[6], "ABCDEGHJKLMNPRSTVWXZ"))
			return "not a Dutch postcode";
		if (pc[5] == 'S' && (pc[6] == 'A' || pc[6] == 'D' || pc[6] == 'S'))
			return "SA, SD or SS";
		{
			char		d[5];

			memcpy(d, pc, 4);
			d[4] = '\0';
			if (!digits(d, 4))
				return "not a Dutch postcode";
		}
		return NULL;
	}
	if (strcmp(c, "BE") == 0)
	{
		if (!digits(pc, 4))
			return "not four digits";
		r = rule_for(RULES(be_prov), city->region);
		return r && in_ranges(num(pc, 4), r) ? NULL : "code of another province";
	}
	if (strcmp(c, "AT") == 0)
	{
		if (!digits(pc, 4))
			return "not four digits";
		if (strcmp(city->region, "Vienna") == 0 &&
			!(pc[0] == '1' && pc[3] == '0' && num(pc + 1, 2) >= 1 && num(pc + 1, 2) <= 23))
			return "not a Vienna district code";
		r = rule_for(RULES(at_digit), city->region);
		return r && in_ranges(pc[0] - '0', r) ? NULL : "code of another state";
	}
	if (strcmp(c, "CH") == 0)
	{
		if (!digits(pc, 4) || pc[0] == '0')
			return "not a Swiss code";
		r = rule_for(RULES(ch_digit), city->region);
		return r && in_ranges(pc[0] - '0', r) ? NULL : "code of another canton";
	}
	if (strcmp(c, "SE") == 0)
	{
		char		d[6];

		if (strlen(pc) != 6 || pc[3] != ' ' || pc[0] == '0')
			return "not ### ##";
		memcpy(d, pc, 3);
		memcpy(d + 3, pc + 4, 2);
		d[5] = '\0';
		if (!digits(d, 5))
			return "not ### ##";
		r = rule_for(RULES(se_two), city->region);
		return r && in_ranges(num(d, 2), r) ? NULL : "code of another county";
	}
	if (strcmp(c, "AU") == 0)
	{
		if (!digits(pc, 4))
			return "not four digits";
		r = rule_for(RULES(au_state), city->region);
		return r && in_ranges(num(pc, 4), r) ? NULL : "postcode of another state";
	}
	if (strcmp(c, "NZ") == 0)
		return digits(pc, 4) && num(pc, 4) >= 100 ? NULL : "not an NZ postcode";
	return "no rule for the country";
}

/* ------------------------------------------------------------------ */
/* national numbering plans */

/* the digits of s, and how many */
static int
digits_of(const char *s, char *out, int cap)
{
	int			n = 0;

	for (; *s && n < cap - 1; s++)
		if (*s >= '0' && *s <= '9')
			out[n++] = *s;
	out[n] = '\0';
	return n;
}

/* the number as written: "+CC rest", groups of digits separated by spaces or '-' */
static int
well_written(const char *p, const char *cc)
{
	size_t		l = strlen(cc);
	const char *s;

	if (p[0] != '+' || strncmp(p + 1, cc, l) != 0 || p[1 + l] != ' ')
		return 0;
	for (s = p + 2 + l; *s; s++)
		if (!((*s >= '0' && *s <= '9') || *s == ' ' || *s == '-'))
			return 0;
	return s[-1] != ' ' && s[-1] != '-';
}

/* the first group after the country code, and the digits after it */
static void
groups(const char *p, char *first, int cap, char *rest, int rcap)
{
	const char *s = strchr(p, ' ') + 1;
	const char *e = s;
	int			n = 0;

	while (*e && *e != ' ' && *e != '-' && n < cap - 1)
		first[n++] = *e++;
	first[n] = '\0';
	digits_of(e, rest, rcap);
}

/* is v one of the space-separated words of list */
static int
one_of(const char *v, const char *list)
{
	size_t		n = strlen(v);

	while (*list)
	{
		const char *sp = strchr(list, ' ');
		size_t		len = sp ? (size_t) (sp - list) : strlen(list);

		if (len == n && strncmp(list, v, n) == 0)
			return 1;
		list += len;
		while (*list == ' ')
			list++;
	}
	return 0;
}

/* one phone number against its country's plan; NULL when fine */
static const char *
phone_problem(const SgCity *city, const char *p)
{
	const char *c = city->country;
	char		all[32],
				first[16],
				rest[32];
	int			n;

	if (strcmp(c, "US") == 0 || strcmp(c, "CA") == 0)
	{
		/* NANPA: NPA and NXX start 2-9, neither is N11; NPA's middle digit is not 9 */
		int			nxx;

		if (!well_written(p, "1") || strlen(p) != 15 || p[6] != '-' || p[10] != '-')
			return "not +1 NPA-NXX-XXXX";
		digits_of(p + 3, all, sizeof(all));
		if (strlen(all) != 10 || all[0] < '2' || all[1] == '9' ||
			(all[1] == '1' && all[2] == '1'))
			return "not an NPA";
		nxx = num(all + 3, 3);
		if (all[3] < '2' || (all[4] == '1' && all[5] == '1') || nxx == 555 || nxx == 950 ||
			nxx == 958 || nxx == 959 || nxx == 976)
			return "central office code not assignable";
		return NULL;
	}
	groups(p, first, sizeof(first), rest, sizeof(rest));
	if (strcmp(c, "GB") == 0)
	{
		/* Ofcom: ten digits after 44; mobiles 071-075 and 077-079; 01 and 02 geographic */
		if (!well_written(p, "44"))
			return "not +44";
		n = digits_of(p + 4, all, sizeof(all));
		if (n != 10)
			return "not ten digits";
		if (all[0] == '7')
			return one_of((char[]) {all[1], 0}, "1 2 3 4 5 7 8 9") ? NULL : "not a mobile range";
		if (all[0] != '1' && all[0] != '2')
			return "neither geographic nor mobile";
		/* the local number never starts with 0 or 1 */
		return rest[0] >= '2' || strlen(first) == 2 ? NULL : "local number starts 0 or 1";
	}
	if (strcmp(c, "IE") == 0)
	{
		/* ComReg: mobiles 083, 085-089 with 7 digits; geographic 7-9 digits */
		if (!well_written(p, "353"))
			return "not +353";
		n = digits_of(p + 5, all, sizeof(all));
		if (all[0] == '8')
			return n == 9 && one_of(first, "83 85 86 87 89") ? NULL : "not a mobile";
		return n >= 7 && n <= 9 && one_of(first, "1 21 91 61 51") ? NULL : "not a known area";
	}
	if (strcmp(c, "DE") == 0)
	{
		/* Bundesnetzagentur: mobiles 015x (11 digits), 016x/017x (10-11); geographic NSN 10-11 */
		if (!well_written(p, "49"))
			return "not +49";
		n = digits_of(p + 4, all, sizeof(all));
		if (all[0] == '1')
			return (n == 11 && all[1] == '5') || (n >= 10 && n <= 11 && (all[1] == '6' || all[1] == '7')) ?
				NULL : "not a mobile range";
		return n >= 10 && n <= 11 && all[0] >= '2' && rest[0] >= '2' ? NULL : "not geographic";
	}
	if (strcmp(c, "FR") == 0)
	{
		/* ARCEP: nine digits; 1-5 geographic by zone, 6 and 7 mobile */
		const char *zone;

		if (!well_written(p, "33"))
			return "not +33";
		n = digits_of(p + 4, all, sizeof(all));
		if (n != 9 || all[0] < '1' || all[0] > '7')
			return "not nine digits of zones 1-7";
		if (all[0] == '6' || all[0] == '7')
			return NULL;
		zone = rule_for(RULES(fr_zone), city->region);
		return zone && in_ranges(all[0] - '0', zone) ? NULL : "zone of another region";
	}
	if (strcmp(c, "ES") == 0)
	{
		/* CNMC: nine digits; 9 geographic, 6 and 71-74 mobile */
		if (!well_written(p, "34"))
			return "not +34";
		n = digits_of(p + 4, all, sizeof(all));
		if (n != 9)
			return "not nine digits";
		return all[0] == '9' || all[0] == '6' || (all[0] == '7' && all[1] >= '1' && all[1] <= '4') ?
			NULL : "not geographic or mobile";
	}
	if (strcmp(c, "IT") == 0)
	{
		/* AGCOM: geographic numbers start with 0 (6-11 digits), mobiles 3 (10 digits) */
		if (!well_written(p, "39"))
			return "not +39";
		n = digits_of(p + 4, all, sizeof(all));
		if (all[0] == '3')
			return n == 10 ? NULL : "mobile not ten digits";
		return all[0] == '0' && n >= 6 && n <= 11 ? NULL : "not geographic";
	}
	if (strcmp(c, "NL") == 0)
	{
		/* ACM: nine digits; 06 mobile; geographic areas 1-5 and 7 */
		if (!well_written(p, "31"))
			return "not +31";
		n = digits_of(p + 4, all, sizeof(all));
		return n == 9 && (letter_in(all[0], "123457") || all[0] == '6') ? NULL : "not Dutch";
	}
	if (strcmp(c, "BE") == 0)
	{
		/* BIPT: eight digits geographic (not 4x..: 04 is Liege's zone), mobiles 046-049 with 9 */
		if (!well_written(p, "32"))
			return "not +32";
		n = digits_of(p + 4, all, sizeof(all));
		if (n == 9)
			return all[0] == '4' && all[1] >= '6' ? NULL : "not a mobile";
		return n == 8 ? NULL : "not eight digits";
	}
	if (strcmp(c, "AT") == 0)
	{
		/* RTR: the mobile networks' codes 650-699; Vienna 1; other areas 2-7 */
		if (!well_written(p, "43"))
			return "not +43";
		n = digits_of(p + 4, all, sizeof(all));
		if (one_of(first, "650 660 664 676 680 681 688 699"))
			return n >= 10 && n <= 11 ? NULL : "mobile length";
		return n >= 6 && n <= 13 && all[0] != '0' && rest[0] >= '2' ? NULL : "not geographic";
	}
	if (strcmp(c, "CH") == 0)
	{
		/* BAKOM: nine digits; mobiles 75-79; the geographic area codes */
		if (!well_written(p, "41"))
			return "not +41";
		n = digits_of(p + 4, all, sizeof(all));
		if (n != 9)
			return "not nine digits";
		if (all[0] == '7' && all[1] >= '5')
			return NULL;
		return one_of(first, "21 22 24 26 27 31 32 33 34 41 43 44 52 55 56 61 62 71 81 91") ?
			NULL : "not an area code";
	}
	if (strcmp(c, "SE") == 0)
	{
		/* PTS: mobiles 70, 72, 73, 76, 79 with seven digits; geographic NSN 7-9 */
		if (!well_written(p, "46"))
			return "not +46";
		n = digits_of(p + 4, all, sizeof(all));
		if (all[0] == '7')
			return n == 9 && letter_in(all[1], "02369") ? NULL : "not a mobile";
		return n >= 7 && n <= 9 ? NULL : "not geographic";
	}
	if (strcmp(c, "AU") == 0)
	{
		/* ACMA: nine digits; 2, 3, 7, 8 geographic, 4 mobile */
		if (!well_written(p, "61"))
			return "not +61";
		n = digits_of(p + 4, all, sizeof(all));
		return n == 9 && letter_in(all[0], "23478") ? NULL : "not Australian";
	}
	if (strcmp(c, "NZ") == 0)
	{
		/* NZ numbering plan: areas 3, 4, 6, 7, 9 with seven digits; mobiles 021, 022, 027 */
		if (!well_written(p, "64"))
			return "not +64";
		n = digits_of(p + 4, all, sizeof(all));
		if (all[0] == '2')
			return one_of(first, "21 22 27") && n >= 8 && n <= 10 ? NULL : "not a mobile";
		return n == 8 && letter_in(all[0], "34679") ? NULL : "not geographic";
	}
	return "no plan for the country";
}

/* an address line of the city's style: number first or name first */
static const char *
address_problem(const SgCity *city, const char *a)
{
	SgAddressStyle st = sg_locales[city->locale].address;
	int			num_first = a[0] >= '1' && a[0] <= '9';
	const char *e = a + strlen(a);

	if (strlen(a) < 6)
		return "too short";
	switch (st)
	{
		case SG_ADDR_US:
		case SG_ADDR_FR:
		case SG_ADDR_FR_CA:
		case SG_ADDR_AU:
			return num_first ? NULL : "no number first";
		case SG_ADDR_GB:
			return num_first || strncmp(a, "Flat ", 5) == 0 ? NULL : "no number first";
		default:
			/* the street first, its number after it */
			if (num_first || !is_upper(a[0]))
				return "not the street first";
			while (e > a && !(e[-1] >= '0' && e[-1] <= '9'))
				e--;
			return e > a ? NULL : "no house number";
	}
}

static void
test_cities(void)
{
	int			nbad = 0,
				nfmt = 0,
				ndup = 0,
				ncountry[MAX_TALLY] = {0},
				us,
				i,
				j;

	CHECK(sg_n_cities >= 300 && sg_n_cities <= SG_MAX_CITIES,
		  "sg_cities has %d entries, want 300..%d", sg_n_cities, SG_MAX_CITIES);
	for (i = 0; i < sg_n_cities; i++)
	{
		const SgCity *c = &sg_cities[i];
		int			k = find_country(c->country);

		nfmt += bad_string("sg_cities.city", i, c->city);
		nfmt += bad_string("sg_cities.region", i, c->region);
		nfmt += bad_string("sg_cities.postal", i, c->postal);
		nfmt += bad_string("sg_cities.phone", i, c->phone);
		if (k < 0 || c->locale < 0 || c->locale >= sg_n_locales ||
			strcmp(sg_locales[c->locale].country, c->country) != 0 ||
			sg_countries[k].postal == SG_POSTAL_NONE || c->weight < 1 || c->weight > 100)
		{
			printf("  sg_cities[%d] (%s): country, locale or weight\n", i, c->city);
			nbad++;
		}
		else if (k < MAX_TALLY)
			ncountry[k]++;
		for (j = 0; j < i; j++)
			if (strcmp(c->city, sg_cities[j].city) == 0 &&
				strcmp(c->country, sg_cities[j].country) == 0)
				ndup++;
	}
	CHECK(nfmt == 0, "sg_cities has malformed strings");
	CHECK(nbad == 0, "sg_cities has bad countries, locales or weights");
	CHECK(ndup == 0, "sg_cities repeats (city, country) pairs");
	nbad = 0;
	for (i = 0; i < sg_n_countries && i < MAX_TALLY; i++)
		if ((sg_countries[i].postal != SG_POSTAL_NONE) != (ncountry[i] > 0))
		{
			printf("  country %s: %d cities\n", sg_countries[i].code, ncountry[i]);
			nbad++;
		}
	CHECK(nbad == 0, "customers' countries and their cities disagree");
	us = find_country("US");
	for (i = 0, nbad = 0; i < sg_n_countries && i < MAX_TALLY; i++)
		nbad += ncountry[i] > ncountry[us];
	CHECK(nbad == 0, "the US is not the country with the most cities");
}

/*
 * Every city's postal codes, telephone numbers and address lines, drawn
 * from its own streams a few hundred times: against the national rules
 * above, whatever its weight.
 */
static void
test_drawn_places(void)
{
	int			npostal = 0,
				nphone = 0,
				naddr = 0,
				nlong = 0,
				i,
				k;
	int			mobile[MAX_TALLY] = {0},
				total[MAX_TALLY] = {0};

	sg_people_init();
	for (i = 0; i < sg_n_cities; i++)
	{
		const SgCity *city = &sg_cities[i];
		int			reported = 0;

		for (k = 0; k < 400; k++)
		{
			SgRng		r;
			char		buf[128];
			const char *why;
			int			len,
						ci = find_country(city->country);

			sg_rng_stream(&r, 7, 99, (uint64_t) (i * 1000 + k));
			len = sg_postal_build(i, &r, buf, CAP_POSTAL);
			if ((why = postal_problem(city, buf)) != NULL || len >= CAP_POSTAL - 1)
			{
				if (reported++ < 3)
					printf("  %s, %s: postal code \"%s\": %s\n", city->city, city->country, buf, why);
				npostal++;
			}
			len = sg_phone_build(i, &r, buf, CAP_PHONE);
			if ((why = phone_problem(city, buf)) != NULL || len >= CAP_PHONE - 1)
			{
				if (reported++ < 3)
					printf("  %s, %s: phone \"%s\": %s\n", city->city, city->country, buf, why);
				nphone++;
			}
			if (ci >= 0 && ci < MAX_TALLY)
			{
				total[ci]++;
				mobile[ci] += strncmp(buf, "+44 7", 5) == 0;
			}
			len = sg_address_build(i, &r, buf, CAP_ADDRESS);
			nlong += len >= CAP_ADDRESS - 1;
			if ((why = address_problem(city, buf)) != NULL || bad_string("address", i, buf))
			{
				if (reported++ < 3)
					printf("  %s, %s: address \"%s\": %s\n", city->city, city->country, buf, why);
				naddr++;
			}
		}
	}
	CHECK(npostal == 0, "%d postal codes break their country's rules", npostal);
	CHECK(nphone == 0, "%d telephone numbers break their country's plan", nphone);
	CHECK(naddr == 0, "%d address lines are not the country's", naddr);
	CHECK(nlong == 0, "%d address lines fill their buffer", nlong);
	/* Ofcom's and the other regulators' mobile ranges: most customers give one */
	CHECK(total[find_country("GB")] > 0 &&
		  mobile[find_country("GB")] * 100 > total[find_country("GB")] * 50,
		  "British customers give mobiles %d of %d times", mobile[find_country("GB")],
		  total[find_country("GB")]);
}

/* ------------------------------------------------------------------ */
/* streets and mail */

static void
test_streets(void)
{
	int			nbad = 0,
				v,
				i;

	for (v = 0; v < sg_n_street_vocabs; v++)
	{
		const SgStreets *s = &sg_street_vocabs[v];
		const char **types = weighted_words(s->types, s->ntypes);

		check_list(s->code, s->names, s->nnames, 20, 1);
		check_weighted(s->code, s->types, s->ntypes, 3, 16);
		CHECK(s->nnames <= 128, "%s has %d street names, people.c holds 128", s->code,
			  (int) s->nnames);
		if (longest(s->names, s->nnames) > 30 || longest(types, s->ntypes) > 30)
			nbad++;
		for (i = 0; i < s->nnames; i++)
			if (s->names[i][0] == ' ' || strchr(s->names[i], '|'))
				nbad++;
		free(types);
	}
	CHECK(nbad == 0, "street names longer than 30 characters or malformed");
}

static void
test_mail(void)
{
	int			nbad = 0,
				ndomains = 0,
				i,
				j,
				k,
				t;
	const char *seen[256];

	for (k = 0; k < sg_n_countries; k++)
	{
		const SgCountry *c = &sg_countries[k];
		const char **d;

		if (c->ndomains == 0)
			continue;
		check_weighted(c->code, c->domains, c->ndomains, 5, CAP_COUNTRY_DOMAINS);
		d = weighted_words(c->domains, c->ndomains);
		for (i = 0; i < c->ndomains; i++)
		{
			const char *dash = strchr(d[i], '-');
			const char *ch;

			/* never readable as a company domain "surname-trade.tld" */
			if (dash && dash - d[i] >= 2)
			{
				printf("  %s: \"%s\" looks like a company domain\n", c->code, d[i]);
				nbad++;
			}
			for (ch = d[i]; *ch; ch++)
				if (!(is_lower(*ch) || (*ch >= '0' && *ch <= '9') || *ch == '.' || *ch == '-'))
					nbad++;
			if (strchr(d[i], '.') == NULL)
				nbad++;
			for (j = 0; j < ndomains; j++)
				if (strcmp(seen[j], d[i]) == 0)
					break;
			if (j == ndomains && ndomains < 256)
				seen[ndomains++] = d[i];
		}
		free(d);
	}
	CHECK(ndomains <= CAP_DOMAINS, "%d mail domains, people.c holds %d", ndomains, CAP_DOMAINS);
	CHECK(nbad == 0, "mail domains are malformed");

	/* RFC 2606: example.com, example.net, example.org, eleven characters each */
	CHECK(sg_n_reserved_domains == 3, "want the three RFC 2606 domains");
	for (i = 0, nbad = 0; i < sg_n_reserved_domains; i++)
		nbad += strncmp(sg_reserved_domains[i].word, "example.", 8) != 0 ||
			strlen(sg_reserved_domains[i].word) != 11 || sg_reserved_domains[i].weight <= 0;
	CHECK(nbad == 0, "sg_reserved_domains is not RFC 2606's");

	for (t = 0, nbad = 0; t < sg_n_trades; t++)
	{
		check_list(sg_trades[t].lang, sg_trades[t].words, sg_trades[t].nwords, 10, 1);
		for (i = 0; i < sg_trades[t].nwords; i++)
			for (j = 0; sg_trades[t].words[i][j]; j++)
				nbad += !is_lower(sg_trades[t].words[i][j]);
	}
	CHECK(nbad == 0, "trades are not lower-case letters");
}
/* ------------------------------------------------------------------ */
/* customers, suppliers and products as world.c makes them */

static void
scenario(SgScenario *sc)
{
	memset(sc, 0, sizeof(*sc));
	strcpy(sc->name, "unit");
	sc->seed = 1;
	sc->orders_per_day = 1000;
	sc->customers = 1000;
	sc->products = 500;
	sc->suppliers = 50;
	sc->campaigns_per_month = 8;
	sc->signups_from = sg_days_from_civil(2021, 1, 1) * SG_USECS_PER_DAY;
	sc->signups_until = sg_days_from_civil(2025, 11, 1) * SG_USECS_PER_DAY;
}

static int
cmp_strp(const void *a, const void *b)
{
	return strcmp(*(char *const *) a, *(char *const *) b);
}

/* the e-mail addresses of n customers, unique? (and well-formed, and fitting) */
static int
emails_unique(int64_t n, bool reserved, uint64_t seed, int *digits_pct)
{
	SgScenario	sc;
	SgWorld		w;
	char	  **all = malloc(sizeof(char *) * (size_t) n);
	char	   *store = malloc((size_t) n * 64);
	int64_t		i,
				dup = 0,
				withdigit = 0,
				bad = 0;

	if (all == NULL || store == NULL)
	{
		perror("malloc");
		exit(2);
	}
	scenario(&sc);
	sg_world_init(&w, &sc, seed, n, 500, 50);
	w.reserved_email = reserved;
	for (i = 0; i < n; i++)
	{
		SgCustomer	c;
		const char *at;
		const char *s;

		sg_customer_get(&w, i + 1, &c);
		all[i] = store + i * 64;
		if (c.email_len >= 64 || c.email_len >= CAP_EMAIL - 1)
		{
			bad++;
			all[i][0] = '\0';
			continue;
		}
		memcpy(all[i], c.email, (size_t) c.email_len + 1);
		at = strchr(c.email, '@');
		for (s = c.email; s < at; s++)
			if (*s >= '0' && *s <= '9')
			{
				withdigit++;
				break;
			}
		if (reserved && strcmp(at + 1, "example.com") != 0 && strcmp(at + 1, "example.net") != 0 &&
			strcmp(at + 1, "example.org") != 0)
			bad++;
		if (!is_lower(c.email[0]))
			bad++;
	}
	qsort(all, (size_t) n, sizeof(char *), cmp_strp);
	for (i = 1; i < n; i++)
		if (strcmp(all[i - 1], all[i]) == 0)
		{
			if (dup++ < 3)
				printf("  %s appears twice (n = %lld)\n", all[i], (long long) n);
		}
	if (digits_pct)
		*digits_pct = (int) (withdigit * 100 / (n > 0 ? n : 1));
	free(all);
	free(store);
	return dup == 0 && bad == 0;
}

static void
test_customers(void)
{
	static const int64_t counts[] = {1, 2, 3, 17, 1000, 65535, 65536, 65537, 131073, 300000};
	SgScenario	sc;
	SgWorld		w,
				wr;
	int			i,
				pct = 0,
				nbad = 0,
				nmode = 0,
				nnative = 0;
	int64_t		id;

	for (i = 0; i < (int) (sizeof(counts) / sizeof(counts[0])); i++)
	{
		CHECK(emails_unique(counts[i], false, 1, &pct), "realistic e-mails of %lld customers not unique",
			  (long long) counts[i]);
		CHECK(emails_unique(counts[i], true, 1, NULL), "reserved e-mails of %lld customers not unique",
			  (long long) counts[i]);
		if (counts[i] == 300000)
			CHECK(pct <= 30, "%d %% of realistic e-mails have digits", pct);
	}
	CHECK(emails_unique(50000, false, 12345, NULL) && emails_unique(50000, true, 12345, NULL),
		  "e-mails of seed 12345 not unique");

	/* names, segments and places do not depend on the mode; names are the pools' */
	scenario(&sc);
	sg_world_init(&w, &sc, 1, 20000, 500, 50);
	sg_world_init(&wr, &sc, 1, 20000, 500, 50);
	wr.reserved_email = true;
	for (id = 1; id <= 20000; id++)
	{
		SgCustomer	a,
					b;
		const SgNamePool *np;

		sg_customer_get(&w, id, &a);
		sg_customer_get(&wr, id, &b);
		if (a.pool != b.pool || a.first_name_index != b.first_name_index ||
			a.last_name_index != b.last_name_index || a.city_index != b.city_index ||
			a.segment_index != b.segment_index || strcmp(a.address, b.address) != 0 ||
			strcmp(a.phone, b.phone) != 0 || strcmp(a.postal, b.postal) != 0)
			nmode++;
		np = &sg_name_pools[a.pool];
		if (a.first_name_index < 0 || a.first_name_index >= np->nfirst ||
			a.last_name_index < 0 || a.last_name_index >= np->nlast ||
			a.city_index < 0 || a.city_index >= sg_n_cities)
			nbad++;
		else
		{
			char		f[64],
						l[64];

			/* the e-mail is made of the name (or its initial) */
			slug_of(np->first[a.first_name_index], f, sizeof(f));
			slug_of(np->last[a.last_name_index], l, sizeof(l));
			if (strstr(a.email, l) == NULL || a.email[0] != f[0])
				nbad++;
			nnative += sg_pool_native(a.pool, sg_cities[a.city_index].country);
		}
		/* business customers write from their company */
		if ((strcmp(sg_segments[a.segment_index].word, "business") == 0) !=
			(strchr(strchr(a.email, '@'), '-') != NULL &&
			 strchr(strchr(a.email, '@'), '-') - strchr(a.email, '@') > 2))
			nbad++;
	}
	CHECK(nmode == 0, "%d customers differ between the e-mail modes beyond their e-mail", nmode);
	CHECK(nbad == 0, "%d customers' names, cities or mail do not fit", nbad);
	CHECK(nnative >= 20000 * 92 / 100, "only %d of 20000 customers from native pools", nnative);
}

static void
test_suppliers(void)
{
	SgScenario	sc;
	SgWorld		w,
				wr;
	int			nbad = 0,
				nform = 0,
				nmode = 0,
				ndup = 0,
				i,
				j,
				k,
				a,
				b;
	static char names[20000][CAP_SUPPLIER];
	char	   *ptr[20000];

	check_list("sg_supplier_prefixes", sg_supplier_prefixes, sg_n_supplier_prefixes, 40, 1);
	check_list("sg_supplier_cores", sg_supplier_cores, sg_n_supplier_cores, 40, 1);
	for (i = 0; i < sg_n_supplier_prefixes; i++)
	{
		const char *p = sg_supplier_prefixes[i];

		nbad += !is_upper(p[0]);
		for (j = 1; p[j]; j++)
			nbad += !is_lower(p[j]);
	}
	for (i = 0; i < sg_n_supplier_cores; i++)
		for (j = 0; sg_supplier_cores[i][j]; j++)
			nbad += !is_lower(sg_supplier_cores[i][j]);
	CHECK(nbad == 0, "supplier prefixes or cores malformed");

	/* an activity word sits at one index only, in every language */
	nbad = 0;
	for (a = 0; a < sg_n_supplier_activities; a++)
	{
		CHECK(sg_supplier_activities[a].words[0][0] == '\0', "activities of %s: entry 0 not empty",
			  sg_supplier_activities[a].lang);
		for (i = 1; i < SG_N_ACTIVITIES; i++)
		{
			const char *wd = sg_supplier_activities[a].words[i];

			nbad += bad_string(sg_supplier_activities[a].lang, i, wd);
			for (b = 0; b < sg_n_supplier_activities; b++)
				for (j = 0; j < SG_N_ACTIVITIES; j++)
					if (j != i && strcmp(wd, sg_supplier_activities[b].words[j]) == 0)
					{
						printf("  activity \"%s\" at %d and %d\n", wd, i, j);
						nbad++;
					}
			/* and it is not a legal form */
			for (k = 0; k < sg_n_countries; k++)
				for (j = 0; sg_countries[k].legal_forms[j]; j++)
					nbad += strcmp(wd, sg_countries[k].legal_forms[j]) == 0;
		}
	}
	CHECK(nbad == 0, "supplier activities are not index-disjoint");

	/* 20000 suppliers: unique names, the country's legal form, fitting e-mails */
	scenario(&sc);
	sg_world_init(&w, &sc, 1, 1000, 500, 20000);
	sg_world_init(&wr, &sc, 1, 1000, 500, 20000);
	wr.reserved_email = true;
	for (i = 0; i < 20000; i++)
	{
		SgSupplier	s,
					sr;

		sg_supplier_get(&w, i + 1, &s);
		sg_supplier_get(&wr, i + 1, &sr);
		/* the modes differ in the e-mail only */
		if (strcmp(s.name, sr.name) != 0 || strcmp(s.country, sr.country) != 0 ||
			s.lead_time_days != sr.lead_time_days || s.reliability_milli != sr.reliability_milli ||
			strstr(sr.email, "@example.org") == NULL)
			nmode++;
		memcpy(names[i], s.name, (size_t) s.name_len + 1);
		ptr[i] = names[i];
		if (!form_fits(s.country, s.name))
		{
			if (nform++ < 3)
				printf("  %s (%s): not a legal form of the country\n", s.name, s.country);
		}
		if (s.name_len >= CAP_SUPPLIER - 1 || s.email_len >= CAP_SUPPLIER_EMAIL - 1 ||
			strchr(s.email, '@') == NULL)
			nbad++;
	}
	qsort(ptr, 20000, sizeof(char *), cmp_strp);
	for (i = 1; i < 20000; i++)
		ndup += strcmp(ptr[i - 1], ptr[i]) == 0;
	CHECK(nmode == 0, "%d suppliers differ between the e-mail modes beyond their e-mail", nmode);
	CHECK(nform == 0, "%d suppliers with another country's legal form", nform);
	CHECK(ndup == 0, "%d repeated supplier names", ndup);
	CHECK(nbad == 0, "supplier names or e-mails too long");
}
static void
test_categories(void)
{
	int			bad = 0,
				i,
				j;

	CHECK(sg_n_categories >= 10 && sg_n_categories <= 14,
		  "sg_categories has %d entries, want 10..14", sg_n_categories);
	CHECK(sg_n_categories <= CAP_CATEGORIES &&
		  sg_n_categories <= CAP_SUBCAT_FIRST,
		  "sg_categories has %d entries, world.h holds %d",
		  sg_n_categories, CAP_CATEGORIES);
	for (i = 0; i < sg_n_categories; i++)
	{
		const SgCategory *c = &sg_categories[i];

		bad += bad_string("sg_categories.name", i, c->name);
		bad += bad_string("sg_categories.code", i, c->code);
		if (strlen(c->code) != 3 || !is_upper(c->code[0]) ||
			!is_upper(c->code[1]) || !is_upper(c->code[2]))
		{
			printf("  sg_categories[%d].code \"%s\" is not 3 upper-case letters\n",
				   i, c->code);
			bad++;
		}
		if (c->weight <= 0)
		{
			printf("  sg_categories[%d] weight %d\n", i, (int) c->weight);
			bad++;
		}
		for (j = 0; j < i; j++)
			if (strcmp(c->code, sg_categories[j].code) == 0 ||
				strcmp(c->name, sg_categories[j].name) == 0)
			{
				printf("  sg_categories[%d] repeats [%d]\n", i, j);
				bad++;
			}
	}
	CHECK(bad == 0, "sg_categories is malformed");
}

static void
test_subcategories(void)
{
	int			nrange = 0,
				norder = 0,
				nnouns = 0,
				nband = 0,
				nfmt = 0,
				ndup = 0,
				i,
				j,
				len;
	int			count[MAX_TALLY] = {0};
	int			noun_len = 0;

	CHECK(sg_n_subcategories >= 55, "sg_subcategories has %d entries, want >= 55",
		  sg_n_subcategories);

	for (i = 0; i < sg_n_subcategories; i++)
	{
		const SgSubcategory *s = &sg_subcategories[i];
		int			k;

		nfmt += bad_string("sg_subcategories.name", i, s->name);
		if (s->category < 0 || s->category >= sg_n_categories ||
			s->category >= MAX_TALLY)
		{
			printf("  sg_subcategories[%d] (%s) category %d\n", i, s->name,
				   (int) s->category);
			nrange++;
			continue;
		}
		count[s->category]++;

		/* contiguous and in category order: first 0, steps of 0 or 1 */
		if ((i == 0 && s->category != 0) ||
			(i > 0 && s->category != sg_subcategories[i - 1].category &&
			 s->category != sg_subcategories[i - 1].category + 1))
		{
			printf("  sg_subcategories[%d] (%s) category %d out of order\n",
				   i, s->name, (int) s->category);
			norder++;
		}

		for (k = 0; k < SG_MAX_NOUNS && s->nouns[k]; k++)
		{
			nfmt += bad_string("sg_subcategories.nouns", i * SG_MAX_NOUNS + k,
							   s->nouns[k]);
			if ((int) strlen(s->nouns[k]) > noun_len)
				noun_len = (int) strlen(s->nouns[k]);
			for (j = 0; j < k; j++)
				if (strcmp(s->nouns[j], s->nouns[k]) == 0)
				{
					printf("  sg_subcategories[%d] (%s) repeats noun \"%s\"\n",
						   i, s->name, s->nouns[k]);
					ndup++;
				}
		}
		if (k < 2)
		{
			printf("  sg_subcategories[%d] (%s) has %d nouns\n", i, s->name, k);
			nnouns++;
		}
		for (; k < SG_MAX_NOUNS; k++)
			if (s->nouns[k] != NULL)
			{
				printf("  sg_subcategories[%d] (%s) has a noun after NULL\n",
					   i, s->name);
				nnouns++;
				break;
			}

		if (s->price_min < 199 || s->price_min >= s->price_max ||
			s->weight_min < 10 || s->weight_min >= s->weight_max)
		{
			printf("  sg_subcategories[%d] (%s) bands %d..%d cents, %d..%d g\n",
				   i, s->name, (int) s->price_min, (int) s->price_max,
				   (int) s->weight_min, (int) s->weight_max);
			nband++;
		}

		for (j = 0; j < i; j++)
			if (strcmp(s->name, sg_subcategories[j].name) == 0)
			{
				printf("  sg_subcategories[%d] repeats name \"%s\"\n", i, s->name);
				ndup++;
			}
	}
	if (sg_n_subcategories > 0 &&
		sg_subcategories[sg_n_subcategories - 1].category != sg_n_categories - 1)
	{
		printf("  the last subcategory is not in the last category\n");
		norder++;
	}
	for (i = 0; i < sg_n_categories && i < MAX_TALLY; i++)
		if (count[i] < 4 || count[i] > 6)
		{
			printf("  category %s has %d subcategories\n", sg_categories[i].code,
				   count[i]);
			nrange++;
		}

	CHECK(nfmt == 0, "sg_subcategories has malformed strings");
	CHECK(nrange == 0, "sg_subcategories: bad category indexes or counts (want 4..6)");
	CHECK(norder == 0, "sg_subcategories are not contiguous in category order");
	CHECK(nnouns == 0, "sg_subcategories: fewer than 2 nouns or gaps");
	CHECK(nband == 0, "sg_subcategories: bad price or weight bands");
	CHECK(ndup == 0, "sg_subcategories: repeated names or nouns");

	/* adjectives: each category's own, none a word of its nouns */
	{
		int			adj_len = 0,
					nfit = 0,
					c,
					a,
					k;

		for (c = 0; c < sg_n_categories; c++)
		{
			const SgCategory *cat = &sg_categories[c];

			check_list(cat->name, cat->adjectives, cat->nadjectives, 8, 1);
			if (longest(cat->adjectives, cat->nadjectives) > adj_len)
				adj_len = longest(cat->adjectives, cat->nadjectives);
			for (a = 0; a < cat->nadjectives; a++)
				for (i = 0; i < sg_n_subcategories; i++)
					for (k = 0; k < SG_MAX_NOUNS && sg_subcategories[i].nouns[k]; k++)
					{
						const char *hit;

						if (sg_subcategories[i].category != c)
							continue;
						hit = strstr(sg_subcategories[i].nouns[k], cat->adjectives[a]);
						/* "Pocket Pocket Guide", "Illustrated Illustrated Guide" */
						if (hit && (hit == sg_subcategories[i].nouns[k] || hit[-1] == ' '))
						{
							printf("  \"%s %s\"\n", cat->adjectives[a], sg_subcategories[i].nouns[k]);
							nfit++;
						}
					}
		}
		/* the adjectives the issue found on books and food are not theirs */
		for (c = 0; c < sg_n_categories; c++)
		{
			static const char *const misfits[] = {"Heavy-Duty", "Rugged", "Wireless",
			"Ergonomic", "Ultra-Light", "Cordless"};
			const char *name = sg_categories[c].name;

			if (strcmp(name, "Books") != 0 && strcmp(name, "Grocery") != 0 &&
				strcmp(name, "Beauty & Personal Care") != 0 && strcmp(name, "Pet Supplies") != 0)
				continue;
			for (a = 0; a < sg_categories[c].nadjectives; a++)
				for (k = 0; k < (int) (sizeof(misfits) / sizeof(misfits[0])); k++)
					nfit += strcmp(sg_categories[c].adjectives[a], misfits[k]) == 0;
		}
		CHECK(nfit == 0, "adjectives that do not fit their category's nouns");

		/* brands: unique single words, one or two categories, every category served */
		{
			static const char *bn[512];
			int			per[MAX_TALLY] = {0},
						nb = 0;

			CHECK(sg_n_brands <= 512, "sg_brands has %d entries, the test holds 512", sg_n_brands);
			for (i = 0; i < sg_n_brands && i < 512; i++)
			{
				uint32_t	m = sg_brands[i].categories;
				int			bits = 0;

				bn[i] = sg_brands[i].name;
				for (c = 0; c < 32; c++)
					if (m & (1u << c))
					{
						bits++;
						if (c >= sg_n_categories)
							nb++;
						else
							per[c]++;
					}
				if (bits < 1 || bits > 2)
				{
					printf("  brand %s makes %d categories\n", sg_brands[i].name, bits);
					nb++;
				}
			}
			check_list("sg_brands", bn, sg_n_brands, 80, 1);
			CHECK(with_space("sg_brands", bn, sg_n_brands) == 0, "brands are not single words");
			for (c = 0; c < sg_n_categories; c++)
				if (per[c] < 5 || per[c] > CAP_BRANDS)
				{
					printf("  category %s has %d brands\n", sg_categories[c].name, per[c]);
					nb++;
				}
			CHECK(nb == 0, "brands in no or more than two categories, or too few per category");
			len = longest(bn, sg_n_brands) + 1 + adj_len + 1 + noun_len;
		}
	}
	CHECK(len < CAP_PRODUCT, "longest product name is %d characters", len);
}

static void
test_campaigns(void)
{
	static const SgWeighted kinds[] = {
		{"seasonal", 30}, {"clearance", 20}, {"newsletter", 25},
		{"loyalty", 15}, {"flash_sale", 5}, {"holiday", 5}
	};
	static const SgWeighted channels[] = {
		{"email", 35}, {"social", 25}, {"search", 20}, {"display", 10},
		{"affiliate", 6}, {"sms", 4}
	};
	int			used[MAX_TALLY] = {0};
	int			nfmt = 0,
				nkind = 0,
				ndup = 0,
				i,
				j;

	/* days and categories of the themes */
	{
		int			nday = 0,
					t;

		for (t = 0; t < sg_n_campaign_themes; t++)
		{
			const SgCampaignTheme *th = &sg_campaign_themes[t];
			int			ends[] = {101, 131, 229, 331, 430, 531, 630, 731, 831, 930, 1031, 1130, 1231};

			if (th->from < 101 || th->from > 1231 || th->until < 101 || th->until > 1231 ||
				th->from % 100 < 1 || th->until % 100 < 1 ||
				th->from % 100 > ends[th->from / 100] % 100 ||
				th->until % 100 > ends[th->until / 100] % 100 ||
				(th->categories >> sg_n_categories) != 0)
			{
				printf("  theme %s: days %d..%d, categories %x\n", th->name, th->from, th->until,
					   th->categories);
				nday++;
			}
			/* holidays are dated: at most six weeks of start days */
			if (strcmp(th->kind, "holiday") == 0)
			{
				int			from = (th->from / 100) * 31 + th->from % 100,
							until = (th->until / 100) * 31 + th->until % 100;

				if (until < from)
					until += 12 * 31;
				if (until - from > 45)
				{
					printf("  holiday %s starts over %d days\n", th->name, until - from);
					nday++;
				}
			}
		}
		CHECK(nday == 0, "campaign themes with impossible days or categories");
	}

	check_weighted("sg_campaign_kinds", sg_campaign_kinds,
				   sg_n_campaign_kinds, 6, CAP_KINDS);
	check_exact("sg_campaign_kinds", sg_campaign_kinds, sg_n_campaign_kinds,
				kinds, 6);
	check_weighted("sg_campaign_channels", sg_campaign_channels,
				   sg_n_campaign_channels, 6, CAP_CHANNELS);
	check_exact("sg_campaign_channels", sg_campaign_channels,
				sg_n_campaign_channels, channels, 6);

	CHECK(sg_n_campaign_themes >= 60, "sg_campaign_themes has %d entries, want >= 60",
		  sg_n_campaign_themes);
	for (i = 0; i < sg_n_campaign_themes; i++)
	{
		const SgCampaignTheme *t = &sg_campaign_themes[i];
		int			k;

		nfmt += bad_string("sg_campaign_themes.name", i, t->name);
		nfmt += bad_string("sg_campaign_themes.kind", i, t->kind);
		for (k = 0; k < sg_n_campaign_kinds; k++)
			if (strcmp(t->kind, sg_campaign_kinds[k].word) == 0)
				break;
		if (k == sg_n_campaign_kinds)
		{
			printf("  sg_campaign_themes[%d] (%s) kind \"%s\" unknown\n", i,
				   t->name, t->kind);
			nkind++;
		}
		else if (k < MAX_TALLY)
			used[k]++;
		for (j = 0; j < i; j++)
			if (strcmp(t->name, sg_campaign_themes[j].name) == 0)
			{
				printf("  sg_campaign_themes[%d] repeats \"%s\"\n", i, t->name);
				ndup++;
			}
	}
	for (i = 0; i < sg_n_campaign_kinds && i < MAX_TALLY; i++)
		if (used[i] == 0)
		{
			printf("  kind \"%s\" has no theme\n", sg_campaign_kinds[i].word);
			nkind++;
		}
	CHECK(nfmt == 0, "sg_campaign_themes has malformed strings");
	CHECK(nkind == 0, "sg_campaign_themes' kinds do not match sg_campaign_kinds");
	CHECK(ndup == 0, "sg_campaign_themes has repeated names");
}


int
main(void)
{
	test_pools();
	test_locales();
	test_countries();
	test_cities();
	test_drawn_places();
	test_streets();
	test_mail();
	test_segments();
	test_customers();
	test_suppliers();
	test_categories();
	test_subcategories();
	test_campaigns();

	return unit_report("test_words");
}
