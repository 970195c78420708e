/*
 * test_words.c
 *	  Unit test of src/words.c: list sizes, string hygiene (printable ASCII,
 *	  no stray spaces), uniqueness, the city/country cross-references, the
 *	  product taxonomy's bands and ordering, the campaign vocabulary, and
 *	  that the longest combinations fit the buffers of world.h.
 *
 * Standalone (no PostgreSQL; world.h is read for its capacities only);
 * prints "test_words: N passed, M failed".
 *
 *	cc -Wall -Wextra -Werror -I src test/unit/test_words.c src/words.c \
 *		-o /tmp/test_words && /tmp/test_words
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../src/words.h"
#include "../../src/world.h"		/* capacities only: links with words.c alone */

/* Number of elements of a struct member array (sizeof does not evaluate). */
#define MEMBER_LEN(type, member) \
	((int) (sizeof(((type *) 0)->member) / sizeof(((type *) 0)->member[0])))

/* What world.c's tables and buffers can hold. */
#define CAP_CITIES		SG_MAX_CITIES
#define CAP_DOMAINS		MEMBER_LEN(SgWorld, domain_cum)
#define CAP_SEGMENTS	MEMBER_LEN(SgWorld, segment_cum)
#define CAP_KINDS		MEMBER_LEN(SgWorld, kind_cum)
#define CAP_CHANNELS	MEMBER_LEN(SgWorld, channel_cum)
#define CAP_CATEGORIES	MEMBER_LEN(SgWorld, category_cum)
#define CAP_SUBCAT_FIRST MEMBER_LEN(SgWorld, subcat_first)
#define CAP_EMAIL		MEMBER_LEN(SgCustomer, email)
#define CAP_PHONE		MEMBER_LEN(SgCustomer, phone)
#define CAP_ADDRESS		MEMBER_LEN(SgCustomer, address)
#define CAP_POSTAL		MEMBER_LEN(SgCustomer, postal)
#define CAP_SUPPLIER	MEMBER_LEN(SgSupplier, name)
#define CAP_SUPPLIER_EMAIL MEMBER_LEN(SgSupplier, email)
#define CAP_PRODUCT		MEMBER_LEN(SgProduct, name)

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
test_people(void)
{
	check_list("sg_first_names", sg_first_names, sg_n_first_names, 400, 1);
	check_list("sg_last_names", sg_last_names, sg_n_last_names, 400, 1);
	CHECK(with_space("sg_first_names", sg_first_names, sg_n_first_names) == 0,
		  "first names contain spaces");
	CHECK(with_space("sg_last_names", sg_last_names, sg_n_last_names) == 0,
		  "last names contain spaces");
}

static void
test_countries(void)
{
	int			bad = 0,
				i,
				j;

	CHECK(sg_n_countries >= 10 && sg_n_countries <= 16,
		  "sg_countries has %d entries, want 10..16", sg_n_countries);
	for (i = 0; i < sg_n_countries; i++)
	{
		const SgCountry *c = &sg_countries[i];

		bad += bad_string("sg_countries.code", i, c->code);
		bad += bad_string("sg_countries.name", i, c->name);
		bad += bad_string("sg_countries.tld", i, c->tld);
		if (strlen(c->code) != 2 || !is_upper(c->code[0]) ||
			!is_upper(c->code[1]))
		{
			printf("  sg_countries[%d].code \"%s\" is not two letters\n", i, c->code);
			bad++;
		}
		if (c->tld[0] != '.' || strlen(c->tld) < 3 || strchr(c->tld, ' '))
		{
			printf("  sg_countries[%d].tld \"%s\" is not a domain suffix\n", i, c->tld);
			bad++;
		}
		for (j = 0; j < i; j++)
			if (strcmp(c->code, sg_countries[j].code) == 0)
			{
				printf("  sg_countries[%d] repeats \"%s\"\n", i, c->code);
				bad++;
			}
	}
	CHECK(bad == 0, "sg_countries is malformed");
}

/* A pattern is printable, non-empty and has at least one placeholder. */
static int
bad_pattern(const char *field, int i, const char *s, int cap)
{
	int			bad = bad_string(field, i, s);

	if (bad)
		return bad;
	if (strchr(s, '#') == NULL && strchr(s, '@') == NULL)
	{
		printf("  %s[%d] = \"%s\" has no '#' or '@'\n", field, i, s);
		bad++;
	}
	if ((int) strlen(s) >= cap)
	{
		printf("  %s[%d] = \"%s\" is longer than %d\n", field, i, s, cap - 1);
		bad++;
	}
	return bad;
}

static void
test_cities(void)
{
	int			nbad = 0,
				nfmt = 0,
				ndup = 0,
				nweight = 0,
				us,
				i,
				j;
	long		total = 0;
	int			ncountry[MAX_TALLY] = {0};

	CHECK(sg_n_cities >= 300, "sg_cities has %d entries, want >= 300",
		  sg_n_cities);
	CHECK(sg_n_cities <= CAP_CITIES, "sg_cities has %d entries, world.h holds %d",
		  sg_n_cities, CAP_CITIES);

	for (i = 0; i < sg_n_cities; i++)
	{
		const SgCity *c = &sg_cities[i];
		int			k;

		nfmt += bad_string("sg_cities.city", i, c->city);
		nfmt += bad_string("sg_cities.region", i, c->region);
		nfmt += bad_string("sg_cities.country", i, c->country);
		nfmt += bad_pattern("sg_cities.postal", i, c->postal, CAP_POSTAL);
		nfmt += bad_pattern("sg_cities.phone", i, c->phone, CAP_PHONE);
		if (c->phone[0] != '+' || c->phone[1] < '1' || c->phone[1] > '9')
		{
			printf("  sg_cities[%d].phone \"%s\" lacks a +country code\n", i, c->phone);
			nfmt++;
		}

		k = find_country(c->country);
		if (k < 0)
		{
			printf("  sg_cities[%d] (%s) has unknown country \"%s\"\n", i,
				   c->city, c->country);
			nbad++;
		}
		else if (k < MAX_TALLY)
			ncountry[k]++;

		if (c->weight < 1 || c->weight > 100)
		{
			printf("  sg_cities[%d] (%s) weight %d\n", i, c->city, (int) c->weight);
			nweight++;
		}
		total += c->weight;

		for (j = 0; j < i; j++)
			if (strcmp(c->city, sg_cities[j].city) == 0 &&
				strcmp(c->country, sg_cities[j].country) == 0)
			{
				printf("  sg_cities[%d] repeats (%s, %s) of [%d]\n", i, c->city,
					   c->country, j);
				ndup++;
			}
	}
	CHECK(nfmt == 0, "sg_cities has malformed strings or patterns");
	CHECK(nbad == 0, "sg_cities has countries missing from sg_countries");
	CHECK(ndup == 0, "sg_cities has repeated (city, country) pairs");
	CHECK(nweight == 0, "sg_cities has weights outside 1..100");
	CHECK(total > 0 && total < 1000000L, "sg_cities' total weight %ld", total);

	nbad = 0;
	for (i = 0; i < sg_n_countries && i < MAX_TALLY; i++)
		if (ncountry[i] == 0)
		{
			printf("  country %s has no city\n", sg_countries[i].code);
			nbad++;
		}
	CHECK(nbad == 0, "some countries have no cities");

	/* the US has the most cities */
	us = find_country("US");
	nbad = (us < 0 || us >= MAX_TALLY);
	for (i = 0; !nbad && i < sg_n_countries && i < MAX_TALLY; i++)
		if (ncountry[i] > ncountry[us])
			nbad = 1;
	CHECK(nbad == 0, "the US is not the country with the most cities");
}

static void
test_addresses(void)
{
	int			len;

	check_list("sg_street_names", sg_street_names, sg_n_street_names, 150, 1);
	check_list("sg_street_suffixes", sg_street_suffixes, sg_n_street_suffixes,
			   10, 1);
	/* "2999 <name> <suffix>" */
	len = 4 + 1 + longest(sg_street_names, sg_n_street_names) + 1 +
		longest(sg_street_suffixes, sg_n_street_suffixes);
	CHECK(len < CAP_ADDRESS, "longest address is %d characters", len);

	check_weighted("sg_email_domains", sg_email_domains, sg_n_email_domains,
				   10, CAP_DOMAINS);
	{
		const char **d = weighted_words(sg_email_domains, sg_n_email_domains);
		int			bad = 0,
					i;

		for (i = 0; i < sg_n_email_domains; i++)
			if (strchr(d[i], '.') == NULL || strchr(d[i], ' ') ||
				strchr(d[i], '@'))
			{
				printf("  sg_email_domains[%d] = \"%s\"\n", i, d[i]);
				bad++;
			}
		CHECK(bad == 0, "sg_email_domains has malformed domains");

		/* first + last + "." + up to 10 digits + "@" + domain */
		len = longest(sg_first_names, sg_n_first_names) +
			longest(sg_last_names, sg_n_last_names) + 1 + 10 + 1 +
			longest(d, sg_n_email_domains);
		CHECK(len < CAP_EMAIL, "longest customer e-mail is %d characters", len);
		free(d);
	}
}

static void
test_segments(void)
{
	static const SgWeighted want[] = {
		{"regular", 62}, {"loyal", 20}, {"vip", 6}, {"business", 12}
	};

	check_weighted("sg_segments", sg_segments, sg_n_segments, 4, CAP_SEGMENTS);
	check_exact("sg_segments", sg_segments, sg_n_segments, want, 4);
}

static void
test_suppliers(void)
{
	int			bad = 0,
				i,
				j,
				len,
				tld;

	check_list("sg_supplier_prefixes", sg_supplier_prefixes,
			   sg_n_supplier_prefixes, 40, 1);
	check_list("sg_supplier_cores", sg_supplier_cores, sg_n_supplier_cores,
			   40, 1);
	check_list("sg_supplier_suffixes", sg_supplier_suffixes,
			   sg_n_supplier_suffixes, 15, 1);

	/* "North" + "wind" makes one word and an e-mail domain */
	for (i = 0; i < sg_n_supplier_prefixes; i++)
	{
		const char *p = sg_supplier_prefixes[i];
		int			ok = is_upper(p[0]);

		for (j = 1; ok && p[j]; j++)
			ok = is_lower(p[j]);
		if (!ok)
		{
			printf("  sg_supplier_prefixes[%d] = \"%s\" is not one capitalised word\n",
				   i, p);
			bad++;
		}
	}
	CHECK(bad == 0, "sg_supplier_prefixes has malformed prefixes");

	bad = 0;
	for (i = 0; i < sg_n_supplier_cores; i++)
		for (j = 0; sg_supplier_cores[i][j]; j++)
			if (!is_lower(sg_supplier_cores[i][j]))
			{
				printf("  sg_supplier_cores[%d] = \"%s\" is not lower-case letters\n",
					   i, sg_supplier_cores[i]);
				bad++;
				break;
			}
	CHECK(bad == 0, "sg_supplier_cores has malformed cores");

	/* no "Stonestone": a prefix must not be a core */
	bad = 0;
	for (i = 0; i < sg_n_supplier_prefixes; i++)
		for (j = 0; j < sg_n_supplier_cores; j++)
		{
			const char *p = sg_supplier_prefixes[i];
			const char *c = sg_supplier_cores[j];

			if (strlen(p) == strlen(c) && p[0] - 'A' + 'a' == c[0] &&
				strcmp(p + 1, c + 1) == 0)
			{
				printf("  prefix \"%s\" repeats core \"%s\"\n", p, c);
				bad++;
			}
		}
	CHECK(bad == 0, "supplier prefixes overlap cores");

	/* prefix + core + " " + suffix + " " + up to 7 digits */
	len = longest(sg_supplier_prefixes, sg_n_supplier_prefixes) +
		longest(sg_supplier_cores, sg_n_supplier_cores) + 1 +
		longest(sg_supplier_suffixes, sg_n_supplier_suffixes) + 1 + 7;
	CHECK(len < CAP_SUPPLIER, "longest supplier name is %d characters", len);

	/* mailbox (say 16) + "@" + prefix + core + 7 digits + tld */
	tld = 0;
	for (i = 0; i < sg_n_countries; i++)
		if ((int) strlen(sg_countries[i].tld) > tld)
			tld = (int) strlen(sg_countries[i].tld);
	len = 16 + 1 + longest(sg_supplier_prefixes, sg_n_supplier_prefixes) +
		longest(sg_supplier_cores, sg_n_supplier_cores) + 7 + tld;
	CHECK(len < CAP_SUPPLIER_EMAIL, "longest supplier e-mail is %d characters",
		  len);
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

	check_list("sg_product_adjectives", sg_product_adjectives,
			   sg_n_product_adjectives, 80, 1);
	check_list("sg_brands", sg_brands, sg_n_brands, 80, 1);
	CHECK(with_space("sg_brands", sg_brands, sg_n_brands) == 0,
		  "brands are not single words");

	/* brand + " " + adjective + " " + noun */
	len = longest(sg_brands, sg_n_brands) + 1 +
		longest(sg_product_adjectives, sg_n_product_adjectives) + 1 + noun_len;
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
	test_people();
	test_countries();
	test_cities();
	test_addresses();
	test_segments();
	test_suppliers();
	test_categories();
	test_subcategories();
	test_campaigns();

	return unit_report("test_words");
}
