/*-------------------------------------------------------------------------
 *
 * people.h
 *	  Believable people and places: a customer's name, city, segment and
 *	  e-mail address from their unique number, and the address line,
 *	  telephone number and postal code of a city, from the word lists of
 *	  words_people.c.
 *
 * Pure functions of their arguments (a customer's unique number and its
 * PCG stream); the tables they read are built once per process from the
 * word lists alone (sg_people_init), never from a seed or a count.  No
 * PostgreSQL headers.
 *
 *-------------------------------------------------------------------------
 */
#ifndef SYNTHGEN_PEOPLE_H
#define SYNTHGEN_PEOPLE_H

#include <stdbool.h>
#include <stdint.h>

#include "rng.h"
#include "words.h"

/* the most cities sg_cities may hold (checked by test_words) */
#define SG_MAX_CITIES		1024

/* e-mail styles of the local part */
typedef enum SgEmailStyle
{
	SG_EMAIL_FIRST_DOT_LAST,	/* olivia.martin */
	SG_EMAIL_FIRSTLAST,			/* oliviamartin */
	SG_EMAIL_FLAST,				/* omartin */
	SG_EMAIL_F_DOT_LAST,		/* o.martin */
	SG_EMAIL_FIRST_UNDER_LAST,	/* olivia_martin */
	SG_N_EMAIL_STYLES
} SgEmailStyle;

/* Who a customer is: everything their e-mail address is made from. */
typedef struct SgIdentity
{
	int16_t		pool;			/* index into sg_name_pools */
	int16_t		first;			/* index into the pool's given names */
	int16_t		last;			/* index into the pool's surnames */
	int16_t		city;			/* index into sg_cities */
	bool		business;		/* a business customer (company mail) */
	int16_t		segment;		/* index into sg_segments */
	int			email_len;
	char	   *email;			/* the caller's buffer of SG_EMAIL_CAP bytes */
} SgIdentity;

#define SG_EMAIL_CAP 128

/* Build the tables (idempotent, O(word lists)). */
extern void sg_people_init(void);

/*
 * The identity of the customer whose unique number is u (0 <= u < n, a
 * keyed permutation of the customer number): u decides name, segment,
 * e-mail style and domain, so that the e-mail address is unique among
 * all n customers by construction (people.c explains how); r, the
 * customer's own stream, decides the rest (city, the given name behind
 * an initial, the segment of consumers).  reserved: e-mail domains are
 * RFC 2606's.
 */
extern void sg_identity_get(uint64_t key, uint64_t u, uint64_t n, bool reserved,
							SgRng *r, SgIdentity *id);

/* sg_identity_get's business flag alone, cheaply (its first level) */
extern bool sg_identity_business(uint64_t key, uint64_t u, uint64_t n);

/*
 * The city of that customer alone (into sg_cities), the same as
 * sg_identity_get's in either e-mail mode, at a fraction of its cost: for
 * generators that need where a customer lives (their time zone), not who
 * they are.  r advances as far as sg_identity_get's up to the city.
 */
extern int	sg_identity_city(uint64_t key, uint64_t u, uint64_t n, SgRng *r);

/* A city's address line, telephone number and postal code, from r. */
extern int	sg_address_build(int city, SgRng *r, char *buf, int cap);
extern int	sg_phone_build(int city, SgRng *r, char *buf, int cap);
extern int	sg_postal_build(int city, SgRng *r, char *buf, int cap);

/* true when pool is native in some locale of country (sg_locales) */
extern bool sg_pool_native(int pool, const char *country);

/* slug: lower-case letters and digits only ("O'Brien" -> "obrien") */
extern int	sg_slug(char *buf, int pos, int cap, const char *s);

/* index of country code in sg_countries, or -1 */
extern int	sg_country_index(const char *code);

/* the digits after an e-mail's local part: none for n = 0 (see people.c) */
extern int	sg_email_digits(uint64_t n, uint64_t rot, char *buf, int pos, int cap);

/* every valid NANP central office code in increasing order, and how many */
extern const int16_t *sg_nanp_exchanges(int *n);

#endif							/* SYNTHGEN_PEOPLE_H */
