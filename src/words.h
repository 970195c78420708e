/*-------------------------------------------------------------------------
 *
 * words.h
 *	  Word lists compiled into synthgen: names, places, companies, the
 *	  product taxonomy and campaign vocabulary.
 *
 * These are data, not code paths: generators index into them with values
 * drawn from their PCG streams.  Every string is plain ASCII so that the
 * output is valid in any server encoding and can be used in e-mail
 * addresses without transliteration.  Changing any list (its order, its
 * length or its weights) changes generated output: bump SG_ALGORITHM_VERSION.
 *
 * This header does not include PostgreSQL headers, so the lists can be
 * checked by the unit tests on their own (test/unit/test_words.c).
 *
 *-------------------------------------------------------------------------
 */
#ifndef SYNTHGEN_WORDS_H
#define SYNTHGEN_WORDS_H

#include <stdint.h>

/* A city: where customers live.  Patterns: '#' = digit, '@' = A-Z letter,
 * anything else is copied literally. */
typedef struct SgCity
{
	const char *city;
	const char *region;			/* state / province / county / region */
	const char *country;		/* ISO 3166-1 alpha-2, e.g. "US" */
	const char *postal;			/* postal code pattern, e.g. "941##" */
	const char *phone;			/* phone pattern, e.g. "+1 415-###-####" */
	int32_t		weight;			/* relative share of customers, 1..100 */
} SgCity;

/* A weighted word (email domains, segments, channels ...). */
typedef struct SgWeighted
{
	const char *word;
	int32_t		weight;			/* relative weight, > 0 */
} SgWeighted;

typedef struct SgCountry
{
	const char *code;			/* ISO 3166-1 alpha-2 */
	const char *name;
	const char *tld;			/* for company e-mail domains, e.g. ".de" */
} SgCountry;

typedef struct SgCategory
{
	const char *name;			/* "Electronics" */
	const char *code;			/* 3 upper-case letters, unique: "ELE" */
	int32_t		weight;			/* relative share of the catalog, > 0 */
} SgCategory;

#define SG_MAX_NOUNS 6

typedef struct SgSubcategory
{
	int32_t		category;		/* index into sg_categories */
	const char *name;			/* "Headphones" */
	const char *nouns[SG_MAX_NOUNS];	/* product nouns, NULL-padded, >= 2 */
	int32_t		price_min;		/* list price band in cents, min < max */
	int32_t		price_max;
	int32_t		weight_min;		/* shipping weight band in grams */
	int32_t		weight_max;
} SgSubcategory;

typedef struct SgCampaignTheme
{
	const char *name;			/* "Spring Refresh" */
	const char *kind;			/* one of sg_campaign_kinds' words */
	uint16_t	months;			/* bit m-1 set: fits month m; 0: any month */
} SgCampaignTheme;

extern const char *const sg_first_names[];
extern const int sg_n_first_names;
extern const char *const sg_last_names[];
extern const int sg_n_last_names;

extern const SgCity sg_cities[];
extern const int sg_n_cities;
extern const SgCountry sg_countries[];
extern const int sg_n_countries;

extern const char *const sg_street_names[];
extern const int sg_n_street_names;
extern const char *const sg_street_suffixes[];
extern const int sg_n_street_suffixes;

extern const SgWeighted sg_email_domains[];
extern const int sg_n_email_domains;
extern const SgWeighted sg_segments[];
extern const int sg_n_segments;

extern const char *const sg_supplier_prefixes[];
extern const int sg_n_supplier_prefixes;
extern const char *const sg_supplier_cores[];
extern const int sg_n_supplier_cores;
extern const char *const sg_supplier_suffixes[];
extern const int sg_n_supplier_suffixes;

extern const SgCategory sg_categories[];
extern const int sg_n_categories;
extern const SgSubcategory sg_subcategories[];
extern const int sg_n_subcategories;
extern const char *const sg_product_adjectives[];
extern const int sg_n_product_adjectives;
extern const char *const sg_brands[];
extern const int sg_n_brands;

extern const SgCampaignTheme sg_campaign_themes[];
extern const int sg_n_campaign_themes;
extern const SgWeighted sg_campaign_kinds[];
extern const int sg_n_campaign_kinds;
extern const SgWeighted sg_campaign_channels[];
extern const int sg_n_campaign_channels;

#endif							/* SYNTHGEN_WORDS_H */
