/*-------------------------------------------------------------------------
 *
 * localtime.h
 *	  The time zones customers live in and their UTC offsets: each zone's
 *	  standard offset and daylight-saving rule, as data, and the offset
 *	  at an instant in O(1) integer arithmetic.
 *
 * Today's rules apply to every year: the generated world keeps the
 * clocks of today in the past and the future alike (localtime.c says
 * which rules, and docs/design.md "Local time" why).  Instants are int64
 * microseconds since 2000-01-01 00:00 UTC, as everywhere in synthgen.
 * No PostgreSQL headers: test/unit/test_localtime.c checks it alone, and
 * test/sh/timezones.sh against PostgreSQL's own time zone database.
 *
 *-------------------------------------------------------------------------
 */
#ifndef SYNTHGEN_LOCALTIME_H
#define SYNTHGEN_LOCALTIME_H

#include <stdint.h>

/*
 * The zones, by their IANA names; a city (SgCity.zone, words_people.c)
 * names one of them.  Adding one: a constant here, a row of sg_zones in
 * localtime.c in the same order.
 */
typedef enum SgZone
{
	/* United States */
	SG_TZ_NEW_YORK,				/* America/New_York */
	SG_TZ_DETROIT,				/* America/Detroit */
	SG_TZ_INDIANAPOLIS,			/* America/Indiana/Indianapolis */
	SG_TZ_LOUISVILLE,			/* America/Kentucky/Louisville */
	SG_TZ_CHICAGO,				/* America/Chicago */
	SG_TZ_DENVER,				/* America/Denver */
	SG_TZ_BOISE,				/* America/Boise */
	SG_TZ_PHOENIX,				/* America/Phoenix */
	SG_TZ_LOS_ANGELES,			/* America/Los_Angeles */
	SG_TZ_ANCHORAGE,			/* America/Anchorage */
	SG_TZ_HONOLULU,				/* Pacific/Honolulu */
	/* Canada */
	SG_TZ_ST_JOHNS,				/* America/St_Johns */
	SG_TZ_HALIFAX,				/* America/Halifax */
	SG_TZ_MONCTON,				/* America/Moncton */
	SG_TZ_TORONTO,				/* America/Toronto */
	SG_TZ_WINNIPEG,				/* America/Winnipeg */
	SG_TZ_REGINA,				/* America/Regina */
	SG_TZ_EDMONTON,				/* America/Edmonton */
	SG_TZ_VANCOUVER,			/* America/Vancouver */
	/* Europe */
	SG_TZ_LONDON,				/* Europe/London */
	SG_TZ_DUBLIN,				/* Europe/Dublin */
	SG_TZ_CANARY,				/* Atlantic/Canary */
	SG_TZ_PARIS,				/* Europe/Paris */
	SG_TZ_BERLIN,				/* Europe/Berlin */
	SG_TZ_VIENNA,				/* Europe/Vienna */
	SG_TZ_BRUSSELS,				/* Europe/Brussels */
	SG_TZ_ZURICH,				/* Europe/Zurich */
	SG_TZ_MADRID,				/* Europe/Madrid */
	SG_TZ_ROME,					/* Europe/Rome */
	SG_TZ_AMSTERDAM,			/* Europe/Amsterdam */
	SG_TZ_STOCKHOLM,			/* Europe/Stockholm */
	/* Australia and New Zealand */
	SG_TZ_SYDNEY,				/* Australia/Sydney */
	SG_TZ_MELBOURNE,			/* Australia/Melbourne */
	SG_TZ_HOBART,				/* Australia/Hobart */
	SG_TZ_BRISBANE,				/* Australia/Brisbane */
	SG_TZ_ADELAIDE,				/* Australia/Adelaide */
	SG_TZ_DARWIN,				/* Australia/Darwin */
	SG_TZ_PERTH,				/* Australia/Perth */
	SG_TZ_AUCKLAND,				/* Pacific/Auckland */
	/* Asia (no customers' city yet) */
	SG_TZ_TOKYO,				/* Asia/Tokyo */
	SG_N_ZONES
} SgZone;

/* The daylight-saving rules in use today (localtime.c). */
typedef enum SgDstRule
{
	SG_DST_NONE,
	SG_DST_EU,					/* European Union, UK, Switzerland */
	SG_DST_US,					/* United States and Canada, since 2007 */
	SG_DST_AU,					/* south-eastern Australia, since 2008 */
	SG_DST_NZ,					/* New Zealand, since 2007 */
	SG_N_DST_RULES
} SgDstRule;

typedef struct SgZoneInfo
{
	const char *name;			/* IANA name, "Europe/Berlin" */
	const char *country;		/* ISO 3166-1 alpha-2 */
	int16_t		std_min;		/* standard time's offset from UTC, minutes */
	int8_t		dst;			/* SgDstRule */
} SgZoneInfo;

extern const SgZoneInfo sg_zones[];

/* index of an IANA name in sg_zones, or -1 */
extern int	sg_zone_index(const char *name);

/*
 * The UTC offset of zone at instant t, in minutes east of UTC (local =
 * UTC + offset): Berlin in July gives 120, New York in January -300.
 * Constant over each half hour of UTC (every switch falls on one), so a
 * generator may compute the zones' offsets once per half hour.  Instants
 * outside PostgreSQL's timestamptz range get standard time.
 */
extern int32_t sg_zone_utc_offset_min(int zone, int64_t t);

#endif							/* SYNTHGEN_LOCALTIME_H */
