/*-------------------------------------------------------------------------
 *
 * schedule.h
 *	  A scenario's events as processes in absolute time: flash sales on a
 *	  schedule, holiday peaks from the calendar, outages and supply
 *	  disruptions as random incidents drawn per period from the seed.
 *
 * Nothing here depends on a window: each function answers for an instant
 * or lists what overlaps an interval, so any window sees the same events
 * (docs/design.md, "The persistent world").  Instants are microseconds
 * since 2000-01-01 00:00 UTC; "local" is the store's fixed UTC offset.
 * No PostgreSQL headers.
 *
 *-------------------------------------------------------------------------
 */
#ifndef SYNTHGEN_SCHEDULE_H
#define SYNTHGEN_SCHEDULE_H

#include <stdbool.h>
#include <stdint.h>

#include "world.h"

#define SG_USECS_PER_MINUTE (INT64_C(60) * SG_USECS_PER_SEC)

/* calendar arithmetic, integer only; days count from 2000-01-01 */
extern int64_t sg_floor_div(int64_t a, int64_t b);
extern int64_t sg_days_from_civil(int64_t y, int m, int d);
extern void sg_civil_from_days(int64_t days, int64_t *y, int *m, int *d);

/* the weekday of a day, 0 = Monday (2000-01-01 was a Saturday) */
static inline int
sg_weekday(int64_t days)
{
	int64_t		x = days + 5;

	return x >= 0 ? (int) ((uint64_t) x % 7) : 6 - (int) ((uint64_t) (-(x + 1)) % 7);
}

/* the store's local day of an instant, and the instant a local day begins */
extern int64_t sg_local_day(const SgScenario *sc, int64_t t);
extern int64_t sg_local_day_start(const SgScenario *sc, int64_t day);
/* months since 1970-01 of a local day: the calendar month campaigns key on */
extern int32_t sg_month_index(int64_t day);
extern int64_t sg_month_first_day(int32_t month_index);

/*
 * The world begins with its first sign-up (the scenario's signups_from);
 * no event, order or campaign exists before that instant.
 */
extern int64_t sg_world_origin(const SgScenario *sc);

/* the key of the scenario's incident streams: seed only, not the counts */
extern uint64_t sg_schedule_key(uint64_t seed);

/* flash sale number k >= 0 (false when the scenario has none or k < 0) */
extern bool sg_flash_sale(const SgScenario *sc, int64_t k, int64_t *start, int64_t *end);
/* the flash sale running at t, or -1 */
extern int64_t sg_flash_at(const SgScenario *sc, int64_t t);

/*
 * The holiday calendar of a local day: an order-rate boost (x1000 of the
 * scenario's extra, 1000 = Black Friday's full holiday_multiplier) and a
 * lull factor (x1000, 1000 = none: Christmas Day, the January lull).
 */
extern void sg_holiday_day(int64_t day, int32_t *boost_milli, int32_t *lull_milli);
/* the combined holiday multiplier at t, x1000 (1000 without holidays) */
extern int64_t sg_holiday_multiplier_milli(const SgScenario *sc, int64_t t);
/* true while the holiday season (gift baskets, shipping delays) runs at t */
extern bool sg_in_holiday(const SgScenario *sc, int64_t t);

/* the outage of period p (every outage_every_days days), if the scenario has outages */
extern bool sg_outage(const SgScenario *sc, uint64_t key, int64_t period,
					  int64_t *start, int64_t *end);
/* the period of instant t for outages / disruptions */
extern int64_t sg_outage_period(const SgScenario *sc, int64_t t);
extern int64_t sg_disruption_period(const SgScenario *sc, int64_t t);
/* the supply disruption of period p: one supplier's products run out */
extern bool sg_disruption(const SgScenario *sc, uint64_t key, int32_t nsuppliers,
						  int64_t period, int64_t *start, int64_t *end, int32_t *supplier);
/* how many periods before an instant's own can still reach it */
extern int64_t sg_disruption_lookback(const SgScenario *sc);

/* campaign ids: month-major, so every campaign's id is fixed forever */
#define SG_CAMPAIGN_SLOTS		2048
#define SG_CAMPAIGN_FLASH_SLOT	1000	/* + day of month */
#define SG_CAMPAIGN_BLACK_FRIDAY_SLOT 1100
#define SG_CAMPAIGN_GIFT_SLOT	1101
extern int32_t sg_campaign_id(int32_t month_index, int32_t slot);

typedef enum SgOccurrenceKind
{
	SG_OCC_FLASH_SALE,
	SG_OCC_HOLIDAY_PEAK,
	SG_OCC_HOLIDAY_LULL,
	SG_OCC_SYSTEM_OUTAGE,
	SG_OCC_SUPPLY_DISRUPTION
} SgOccurrenceKind;

extern const char *const sg_occurrence_kinds[];

/* One event instance, as synthgen.events() lists it. */
typedef struct SgOccurrence
{
	SgOccurrenceKind kind;
	const char *name;
	int64_t		starts_at;
	int64_t		ends_at;
	int32_t		category;		/* index into sg_categories, -1 = all / none */
	int32_t		supplier_id;	/* 0 = none */
	int32_t		multiplier_pct; /* order rate at its height, 0 = unchanged */
	int32_t		campaign_id;	/* 0 = none */
} SgOccurrence;

typedef void (*SgOccurrenceFn) (const SgOccurrence *o, void *arg);

/*
 * Every event instance overlapping [from, to), ordered by kind, then start.
 * Holiday peaks are listed only for scenarios with holiday_multiplier > 1.
 */
extern void sg_occurrences(const SgScenario *sc, uint64_t seed, int32_t nsuppliers,
						   int64_t from, int64_t to, SgOccurrenceFn fn, void *arg);

#endif							/* SYNTHGEN_SCHEDULE_H */
