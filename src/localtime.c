/*-------------------------------------------------------------------------
 *
 * localtime.c
 *	  The customers' time zones (localtime.h): each zone's standard
 *	  offset and daylight-saving rule, and the UTC offset at an instant.
 *
 * The rules are today's, written as data, and they apply to every year:
 * the generated world has always kept, and will always keep, the clocks
 * it keeps today.  That is a choice, not an approximation we fix later:
 * a world that is a pure function of the instant needs rules that do not
 * depend on history tables, and the past's differences (an hour for a
 * few weeks a year: the United States before 2007, Australia before 2008,
 * New Zealand before 2007, Newfoundland's 00:01 switches before 2011,
 * Europe before 1996; Indiana without daylight saving before 2006) matter
 * to nobody's order curve.  So from 2012 on, synthgen and PostgreSQL's
 * time zone database agree on every zone (test/sh/timezones.sh); for
 * 1995 they may not.
 *
 * The rules, as the IANA database writes them (a switch is "the first
 * Sunday on or after day d of a month", which also says "last Sunday":
 * Sun>=25 of a 31-day month; the time of day is UTC ("u"), local
 * standard time ("s") or the wall clock before the switch ("w")):
 *
 *	EU	Mar Sun>=25 01:00u .. Oct Sun>=25 01:00u, +1:00 (since 1996:
 *		every country of the EU, the UK, Switzerland; Ireland's "winter
 *		time" is the same offsets)
 *	US	Mar Sun>=8 02:00w .. Nov Sun>=1 02:00w, +1:00 (since 2007: the
 *		United States and Canada, Newfoundland included since 2011)
 *	AU	Oct Sun>=1 02:00s .. Apr Sun>=1 02:00s, +1:00 (since 2008: New
 *		South Wales, the ACT, Victoria, Tasmania, South Australia)
 *	NZ	Sep Sun>=24 02:00s .. Apr Sun>=1 02:00s, +1:00 (since 2007)
 *
 * and no daylight saving in Arizona, Hawaii, Saskatchewan, Queensland,
 * the Northern Territory, Western Australia and Japan.
 *
 * O(1) per call and integer only: the year comes from the day number
 * and the two switches of that year from the calendar, never by a loop
 * over years: for 1901-2099 by a Julian calendar in unsigned arithmetic
 * (every fourth year a leap year there; about 20 ns a call), for any
 * other year by Howard Hinnant's civil_from_days / days_from_civil.  The
 * southern rules, whose summer spans the new year, test "after this
 * year's start or before this year's end".  No switch falls near New
 * Year, so the UTC year is the local one wherever it matters.  The
 * calendar arithmetic is repeated here (schedule.c has its own) so that
 * it inlines into the one function the order generator calls per order;
 * test_localtime.c checks both calendars against schedule.c's.
 *
 *-------------------------------------------------------------------------
 */
#include <stdbool.h>
#include <string.h>

#include "localtime.h"

/* PostgreSQL's range of timestamptz (4714-11-24 BC .. 294277-01-01) */
#define PG_MIN_TIMESTAMP INT64_C(-211813488000000000)
#define PG_END_TIMESTAMP INT64_C(9223371331200000000)

#define USECS_PER_MIN	INT64_C(60000000)
#define USECS_PER_DAY	(INT64_C(1440) * USECS_PER_MIN)

/* as the enum in localtime.h, one row per zone */
const SgZoneInfo sg_zones[SG_N_ZONES] = {
	[SG_TZ_NEW_YORK] = {"America/New_York", "US", -300, SG_DST_US},
	[SG_TZ_DETROIT] = {"America/Detroit", "US", -300, SG_DST_US},
	[SG_TZ_INDIANAPOLIS] = {"America/Indiana/Indianapolis", "US", -300, SG_DST_US},
	[SG_TZ_LOUISVILLE] = {"America/Kentucky/Louisville", "US", -300, SG_DST_US},
	[SG_TZ_CHICAGO] = {"America/Chicago", "US", -360, SG_DST_US},
	[SG_TZ_DENVER] = {"America/Denver", "US", -420, SG_DST_US},
	[SG_TZ_BOISE] = {"America/Boise", "US", -420, SG_DST_US},
	[SG_TZ_PHOENIX] = {"America/Phoenix", "US", -420, SG_DST_NONE},
	[SG_TZ_LOS_ANGELES] = {"America/Los_Angeles", "US", -480, SG_DST_US},
	[SG_TZ_ANCHORAGE] = {"America/Anchorage", "US", -540, SG_DST_US},
	[SG_TZ_HONOLULU] = {"Pacific/Honolulu", "US", -600, SG_DST_NONE},

	[SG_TZ_ST_JOHNS] = {"America/St_Johns", "CA", -210, SG_DST_US},
	[SG_TZ_HALIFAX] = {"America/Halifax", "CA", -240, SG_DST_US},
	[SG_TZ_MONCTON] = {"America/Moncton", "CA", -240, SG_DST_US},
	[SG_TZ_TORONTO] = {"America/Toronto", "CA", -300, SG_DST_US},
	[SG_TZ_WINNIPEG] = {"America/Winnipeg", "CA", -360, SG_DST_US},
	[SG_TZ_REGINA] = {"America/Regina", "CA", -360, SG_DST_NONE},
	[SG_TZ_EDMONTON] = {"America/Edmonton", "CA", -420, SG_DST_US},
	[SG_TZ_VANCOUVER] = {"America/Vancouver", "CA", -480, SG_DST_US},

	[SG_TZ_LONDON] = {"Europe/London", "GB", 0, SG_DST_EU},
	[SG_TZ_DUBLIN] = {"Europe/Dublin", "IE", 0, SG_DST_EU},
	[SG_TZ_CANARY] = {"Atlantic/Canary", "ES", 0, SG_DST_EU},
	[SG_TZ_PARIS] = {"Europe/Paris", "FR", 60, SG_DST_EU},
	[SG_TZ_BERLIN] = {"Europe/Berlin", "DE", 60, SG_DST_EU},
	[SG_TZ_VIENNA] = {"Europe/Vienna", "AT", 60, SG_DST_EU},
	[SG_TZ_BRUSSELS] = {"Europe/Brussels", "BE", 60, SG_DST_EU},
	[SG_TZ_ZURICH] = {"Europe/Zurich", "CH", 60, SG_DST_EU},
	[SG_TZ_MADRID] = {"Europe/Madrid", "ES", 60, SG_DST_EU},
	[SG_TZ_ROME] = {"Europe/Rome", "IT", 60, SG_DST_EU},
	[SG_TZ_AMSTERDAM] = {"Europe/Amsterdam", "NL", 60, SG_DST_EU},
	[SG_TZ_STOCKHOLM] = {"Europe/Stockholm", "SE", 60, SG_DST_EU},

	[SG_TZ_SYDNEY] = {"Australia/Sydney", "AU", 600, SG_DST_AU},
	[SG_TZ_MELBOURNE] = {"Australia/Melbourne", "AU", 600, SG_DST_AU},
	[SG_TZ_HOBART] = {"Australia/Hobart", "AU", 600, SG_DST_AU},
	[SG_TZ_BRISBANE] = {"Australia/Brisbane", "AU", 600, SG_DST_NONE},
	[SG_TZ_ADELAIDE] = {"Australia/Adelaide", "AU", 570, SG_DST_AU},
	[SG_TZ_DARWIN] = {"Australia/Darwin", "AU", 570, SG_DST_NONE},
	[SG_TZ_PERTH] = {"Australia/Perth", "AU", 480, SG_DST_NONE},
	[SG_TZ_AUCKLAND] = {"Pacific/Auckland", "NZ", 720, SG_DST_NZ},

	[SG_TZ_TOKYO] = {"Asia/Tokyo", "JP", 540, SG_DST_NONE},
};

/* what a switch's time of day is measured in */
typedef enum Basis
{
	BASIS_UTC,					/* "u" */
	BASIS_STD,					/* "s": local standard time */
	BASIS_WALL					/* "w": the clock before the switch */
} Basis;

/* the first Sunday on or after day `day` of `month`, at `at_min` */
typedef struct Switch
{
	int8_t		month;
	int8_t		day;
	int16_t		at_min;
	int8_t		basis;
} Switch;

typedef struct Rule
{
	Switch		on;				/* daylight saving begins */
	Switch		off;			/* and ends */
	int16_t		save_min;
} Rule;

static const Rule rules[SG_N_DST_RULES] = {
	[SG_DST_EU] = {{3, 25, 60, BASIS_UTC}, {10, 25, 60, BASIS_UTC}, 60},
	[SG_DST_US] = {{3, 8, 120, BASIS_WALL}, {11, 1, 120, BASIS_WALL}, 60},
	[SG_DST_AU] = {{10, 1, 120, BASIS_STD}, {4, 1, 120, BASIS_STD}, 60},
	[SG_DST_NZ] = {{9, 24, 120, BASIS_STD}, {4, 1, 120, BASIS_STD}, 60},
};

int
sg_zone_index(const char *name)
{
	int			i;

	for (i = 0; i < SG_N_ZONES; i++)
		if (strcmp(sg_zones[i].name, name) == 0)
			return i;
	return -1;
}

static inline int64_t
floor_div(int64_t a, int64_t b)
{
	int64_t		q = a / b;

	return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

/* days since 2000-01-01 of a civil date (Hinnant's days_from_civil) */
static inline int64_t
days_from_civil(int64_t y, int m, int d)
{
	int64_t		era,
				yoe,
				doy,
				doe;

	y -= m <= 2;
	era = floor_div(y, 400);
	yoe = y - era * 400;
	doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 730425; /* 0000-03-01 .. 2000-01-01 */
}

/* the year of a day number (Hinnant's civil_from_days, the year only) */
static inline int64_t
year_of(int64_t days)
{
	int64_t		z = days + 730425,
				era = floor_div(z, 146097),
				doe = z - era * 146097,
				yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365,
				doy = doe - (365 * yoe + yoe / 4 - yoe / 100),
				mp = (5 * doy + 2) / 153;

	return yoe + era * 400 + (mp >= 10);	/* January, February: next year */
}

/* the first Sunday on or after a day number (2000-01-02, day 1, was one) */
static inline int64_t
sunday_from(int64_t d)
{
	return d + ((1 - d) % 7 + 7) % 7;
}

/*
 * The day of a switch in year y: the general calendar, for any year
 * (days_from_civil) ...
 */
static inline int64_t
switch_day(const Switch *s, int64_t y)
{
	return sunday_from(days_from_civil(y, s->month, s->day));
}

/*
 * ... and the fast one, for 1901-2099 where every fourth year is a leap
 * year: days counted from 1901-01-01 (e = day + 36159, a Tuesday), year
 * k = (4e + 3) / 1461 after 1901, all unsigned divisions by constants.
 * Every rule's months are March or later, so the leap day is before them
 * in a leap year.
 */
#define FAST_FROM	(-36159)		/* 1901-01-01 */
#define FAST_UNTIL	36525			/* 2100-01-01 */

static const uint16_t days_before_month[13] = {
	0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334
};

static inline int64_t
switch_day_fast(const Switch *s, uint32_t jan1, uint32_t leap)
{
	uint32_t	e = jan1 + days_before_month[s->month] + leap + (uint32_t) s->day - 1;

	return (int64_t) (e + (7 - (e + 2) % 7) % 7) + FAST_FROM;
}

/* the instant a switch falls on, day d: its time of day in its basis */
static inline int64_t
switch_at(const Switch *s, int64_t d, int std_min, int before_min)
{
	int			shift = s->basis == BASIS_UTC ? 0 : s->basis == BASIS_STD ? std_min : before_min;

	return d * USECS_PER_DAY + (int64_t) (s->at_min - shift) * USECS_PER_MIN;
}

/*
 * The offset at t and the span around t over which it holds: within t's
 * year (the fast calendar's, 1901-2099) the offset changes only at the
 * year's two switches, so t's piece of [jan1, next jan1) cut at them is
 * constant.  Years outside the fast calendar get an empty span.  Kept out
 * of line, so that the hit path of sg_zone_utc_offset_min() stays a leaf.
 */
#if defined(__GNUC__)
__attribute__((noinline))
#endif
static int32_t
zone_offset_span(const SgZoneInfo *z, int64_t t, int64_t *from, int64_t *until)
{
	const Rule *r = &rules[z->dst];
	int64_t		day = floor_div(t, USECS_PER_DAY),
				on_day,
				off_day,
				on,
				off,
				ys,
				ye;
	bool		summer;

	if (day >= FAST_FROM && day < FAST_UNTIL)
	{
		uint32_t	e = (uint32_t) (day - FAST_FROM);
		uint32_t	k = (4 * e + 3) / 1461;
		uint32_t	jan1 = 365 * k + k / 4;
		uint32_t	leap = k % 4 == 3;

		on_day = switch_day_fast(&r->on, jan1, leap);
		off_day = switch_day_fast(&r->off, jan1, leap);
		ys = ((int64_t) jan1 + FAST_FROM) * USECS_PER_DAY;
		ye = ((int64_t) (365 * (k + 1) + (k + 1) / 4) + FAST_FROM) * USECS_PER_DAY;
	}
	else
	{
		int64_t		y = year_of(day);

		on_day = switch_day(&r->on, y);
		off_day = switch_day(&r->off, y);
		ys = ye = t;
	}
	on = switch_at(&r->on, on_day, z->std_min, z->std_min);
	off = switch_at(&r->off, off_day, z->std_min, z->std_min + r->save_min);
	if (r->on.month < r->off.month)
	{
		summer = t >= on && t < off;
		*from = t < on ? ys : t < off ? on : off;
		*until = t < on ? on : t < off ? off : ye;
	}
	else
	{
		summer = t >= on || t < off;	/* southern: summer spans the new year */
		*from = t < off ? ys : t < on ? off : on;
		*until = t < off ? off : t < on ? on : ye;
	}
	if (*from < ys)
		*from = ys;
	if (*until > ye)
		*until = ye;
	return z->std_min + (summer ? r->save_min : 0);
}

/*
 * The last two spans computed, per zone: the generators ask about nearby
 * instants (an order's shipment and delivery, the next order's, December's
 * in two years), so most calls are a few compares.  They hold only what
 * the rules give, never decide an answer the rules would not, and a
 * backend runs one call at a time.
 */
typedef struct ZoneSpan
{
	int64_t		from;			/* [from, until): empty at first */
	int64_t		until;
	int32_t		off;
} ZoneSpan;

static ZoneSpan zone_spans[SG_N_ZONES][2];
static uint8_t zone_span_next[SG_N_ZONES];	/* the slot a miss fills */

int32_t
sg_zone_utc_offset_min(int zone, int64_t t)
{
	const SgZoneInfo *z = &sg_zones[zone];
	ZoneSpan   *span = zone_spans[zone];

	/* no switch of the years beyond PostgreSQL's timestamptz range overflows */
	if (z->dst == SG_DST_NONE || t < PG_MIN_TIMESTAMP || t >= PG_END_TIMESTAMP)
		return z->std_min;
	if (t >= span[0].from && t < span[0].until)
		return span[0].off;
	if (t >= span[1].from && t < span[1].until)
		return span[1].off;
	span += zone_span_next[zone];
	zone_span_next[zone] ^= 1;
	span->off = zone_offset_span(z, t, &span->from, &span->until);
	return span->off;
}
