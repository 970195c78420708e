/*-------------------------------------------------------------------------
 *
 * fulfilment.c
 *	  The warehouse, the carrier and the promise (docs/design.md,
 *	  "Fulfilment, returns and tickets").
 *
 * The warehouse is the shop's, in its home country (SG_HOME_COUNTRY), and
 * keeps the store's clock (the scenario's utc_offset_hours, the clock its
 * flash sales and holidays keep).  It works Monday to Saturday, not on
 * Christmas Day and New Year's Day; an order released (paid, or its goods
 * restocked) before the 14:00 cut-off of a working day goes out that day,
 * else on the next working day, at a carrier pick-up between 09:00 and
 * 19:00.  Now and then a parcel slips by a few working days (a pick error,
 * an address check), and in the holiday season the backlog grows.  The
 * carrier delivers on the customer's local days except Sundays and those
 * two holidays, between 08:00 and 20:00 the customer's time, after the
 * destination's transit days (sg_destinations: domestic, the same region,
 * overseas; an express parcel travels one delivery day), with a tail of
 * parcels held up (customs, missed scans) and a rare very long one.
 * Checkout promises the delivery day the nominal path gives plus the
 * destination's margin: "late" is a delivery after 20:00 of that day.
 *
 * Every instant comes from integer arithmetic on the draws of the stream
 * handed in; no PostgreSQL headers.
 *
 *-------------------------------------------------------------------------
 */
#include <string.h>

#include "fulfilment.h"
#include "localtime.h"
#include "schedule.h"

#define MINUTE	SG_USECS_PER_MINUTE
#define HOUR	SG_USECS_PER_HOUR
#define DAY		SG_USECS_PER_DAY

#define CUTOFF			(14 * HOUR)	/* the warehouse's same-day cut-off */
#define PICKUP_FIRST	(9 * HOUR)
#define PICKUP_LAST		(19 * HOUR)
#define RELEASE_MIN		(10 * MINUTE)	/* payment capture, fraud review */
#define RELEASE_MAX		(4 * HOUR)
#define SLIP_PCT		14			/* parcels held in the warehouse */
#define SLIP_DAYS		3
#define HOLIDAY_BACKLOG_DAYS 6		/* working days, at most */
#define HOLIDAY_TRANSIT_DAYS 5		/* delivery days, at most */
#define HOLIDAY_PROMISE_DAYS 2		/* the season's longer promise */
#define LOST_PER_MILLE	8			/* parcels re-routed or found again */
#define LOST_DAYS_MIN	5
#define LOST_DAYS_MAX	25
#define DELIVERY_FIRST	(8 * HOUR)	/* the carrier's day, customer time */
#define DELIVERY_SPAN	(12 * HOUR)
#define PROMISE_HOUR	(20 * HOUR)
#define EXPRESS_PROMISE_DAYS 2

/*
 * Transit from a warehouse in the United States, in delivery days: ground
 * parcels 2-5 days at home, 4-8 to Canada, postal and courier services
 * 6-14 days overseas (carriers' published service standards, e.g. USPS
 * Priority Mail International 6-10 business days); customs hold up more
 * parcels to Switzerland and overseas.  Checkout promises the usual
 * maximum; some domestic buyers pay for next-day delivery (promised in
 * two).  Countries without a row of their own take the last row.
 */
const SgDestination sg_destinations[] = {
	{"US", SG_ROUTE_DOMESTIC, 2, 5, 5, 5, 5, 12},
	{"CA", SG_ROUTE_REGION, 4, 8, 8, 8, 6, 0},
	{"GB", SG_ROUTE_INTERNATIONAL, 6, 10, 10, 8, 8, 0},
	{"IE", SG_ROUTE_INTERNATIONAL, 6, 11, 11, 8, 8, 0},
	{"FR", SG_ROUTE_INTERNATIONAL, 6, 11, 11, 9, 8, 0},
	{"DE", SG_ROUTE_INTERNATIONAL, 6, 11, 11, 9, 8, 0},
	{"NL", SG_ROUTE_INTERNATIONAL, 6, 11, 11, 9, 8, 0},
	{"BE", SG_ROUTE_INTERNATIONAL, 6, 11, 11, 9, 8, 0},
	{"AT", SG_ROUTE_INTERNATIONAL, 7, 12, 12, 10, 10, 0},
	{"SE", SG_ROUTE_INTERNATIONAL, 7, 12, 12, 10, 10, 0},
	{"ES", SG_ROUTE_INTERNATIONAL, 7, 12, 12, 10, 10, 0},
	{"IT", SG_ROUTE_INTERNATIONAL, 7, 13, 13, 11, 10, 0},
	{"CH", SG_ROUTE_INTERNATIONAL, 7, 13, 13, 12, 10, 0},
	{"AU", SG_ROUTE_INTERNATIONAL, 8, 14, 14, 10, 10, 0},
	{"NZ", SG_ROUTE_INTERNATIONAL, 8, 14, 14, 10, 10, 0},
	{"", SG_ROUTE_INTERNATIONAL, 8, 15, 15, 10, 10, 0},
};
const int	sg_n_destinations = (int) (sizeof(sg_destinations) / sizeof(sg_destinations[0]));

/* zone -> destination, found once per process from the zones' countries */
static int8_t zone_destination[SG_N_ZONES];
static bool zone_destination_known;

int
sg_destination_of_zone(int zone)
{
	if (!zone_destination_known)
	{
		int			z,
					d;

		for (z = 0; z < SG_N_ZONES; z++)
		{
			for (d = 0; d < sg_n_destinations - 1; d++)
				if (strcmp(sg_destinations[d].country, sg_zones[z].country) == 0)
					break;
			zone_destination[z] = (int8_t) d;
		}
		zone_destination_known = true;
	}
	if (zone < 0 || zone >= SG_N_ZONES)
		return sg_n_destinations - 1;
	return zone_destination[zone];
}

/*
 * The calendar facts of the year a day falls in, the last two years asked
 * for kept (parcels ask about runs of consecutive days, December's about
 * two years; civil_from_days costs a few divisions a day): its first day,
 * the next year's and its Christmas Day.
 */
typedef struct YearDays
{
	int64_t		jan1,
				next_jan1,
				dec25;
} YearDays;

static YearDays year_cache[2] = {{1, 0, 0}, {1, 0, 0}};	/* empty at first */
static int	year_last;

/* the miss: the other slot takes day's year (out of line, see year_days) */
#if defined(__GNUC__)
__attribute__((noinline))
#endif
static const YearDays *
year_days_fill(int64_t day)
{
	YearDays   *y;

	year_last = 1 - year_last;
	y = &year_cache[year_last];
	if (day < y->jan1 || day >= y->next_jan1)
	{
		int64_t		year;
		int			m,
					d;

		sg_civil_from_days(day, &year, &m, &d);
		y->jan1 = sg_days_from_civil(year, 1, 1);
		y->next_jan1 = sg_days_from_civil(year + 1, 1, 1);
		y->dec25 = sg_days_from_civil(year, 12, 25);
	}
	return y;
}

static inline const YearDays *
year_days(int64_t day)
{
	const YearDays *y = &year_cache[year_last];

	return day >= y->jan1 && day < y->next_jan1 ? y : year_days_fill(day);
}

/* Christmas Day and New Year's Day: warehouse and carrier rest */
static bool
rest_day(int64_t day)
{
	const YearDays *yd = year_days(day);

	return day == yd->dec25 || day == yd->jan1;
}

bool
sg_warehouse_works(int64_t day)
{
	return sg_weekday(day) != 6 && !rest_day(day);
}

bool
sg_carrier_delivers(int64_t day)
{
	return sg_weekday(day) != 6 && !rest_day(day);
}

/*
 * The working days (the warehouse's and the carrier's are the same days)
 * of a stretch of CALENDAR_DAYS days, numbered: how many come before each
 * day, and which day is the k-th.  A parcel counts up to dozens of working
 * days; the table answers "the n-th working day after d" in O(1) and is
 * refilled (O(CALENDAR_DAYS)) when a day falls outside it, which a
 * window's orders do once.  It holds only what the calendar gives.
 */
#define CALENDAR_DAYS 1024

static struct
{
	int64_t		base;			/* the table's first day */
	int32_t		nwork;			/* its working days */
	int32_t		before[CALENDAR_DAYS + 1];	/* working days in [base, base + i) */
	int16_t		nth[CALENDAR_DAYS]; /* the k-th working day, from base */
}			calendar;

static void
calendar_fill(int64_t base)
{
	int			i;

	calendar.base = base;
	calendar.nwork = 0;
	for (i = 0; i < CALENDAR_DAYS; i++)
	{
		calendar.before[i] = calendar.nwork;
		if (sg_warehouse_works(base + i))
			calendar.nth[calendar.nwork++] = (int16_t) i;
	}
	calendar.before[CALENDAR_DAYS] = calendar.nwork;
}

/* the n-th working day after day (n >= 1) */
static int64_t
nth_working_day(int64_t day, int64_t n)
{
	int64_t		i = day - calendar.base;

	if (i < 0 || i >= CALENDAR_DAYS || calendar.before[i + 1] + n > calendar.nwork)
	{
		if (n > CALENDAR_DAYS / 2)
		{
			while (n > 0)
				n -= sg_warehouse_works(++day);
			return day;
		}
		calendar_fill(day - 7);
		i = 7;
	}
	return calendar.base + calendar.nth[calendar.before[i + 1] + n - 1];
}

static bool
working_day(int64_t day)
{
	int64_t		i = day - calendar.base;

	if (i < 0 || i >= CALENDAR_DAYS)
		return sg_warehouse_works(day);
	return calendar.before[i + 1] > calendar.before[i];
}

/*
 * The warehouse day (the store's local day) an order released at t goes
 * out: that day before the cut-off of a working day, else the next working
 * day.  *tod: t's local time of day.
 */
static int64_t
ship_day(const SgScenario *sc, int64_t t, bool *same_day, int64_t *tod)
{
	int64_t		day = sg_local_day(sc, t);

	*tod = t - sg_local_day_start(sc, day);
	*same_day = *tod < CUTOFF && working_day(day);
	return *same_day ? day : nth_working_day(day, 1);
}

/* the customer's local day n delivery days after the local day of t */
static int64_t
delivery_day(int zone, int64_t t, int64_t n)
{
	int64_t		day = sg_floor_div(t + (int64_t) sg_zone_utc_offset_min(zone, t) * MINUTE, DAY);

	return n > 0 ? nth_working_day(day, n) : day;
}

/* the instant of local time tod on the customer's local day */
static int64_t
zone_instant(int zone, int64_t day, int64_t tod)
{
	int64_t		local = day * DAY + tod;
	int64_t		guess = local - (int64_t) sg_zone_utc_offset_min(zone, local) * MINUTE;

	return local - (int64_t) sg_zone_utc_offset_min(zone, guess) * MINUTE;
}

void
sg_fulfil(const SgScenario *sc, int zone, int64_t ordered_at, int64_t ready_from,
		  int64_t known_from, bool holiday, SgRng *r, SgShipment *s)
{
	const SgDestination *dest = &sg_destinations[sg_destination_of_zone(zone)];
	int64_t		release,
				day,
				tod,
				pickup,
				slip,
				backlog,
				transit,
				tail,
				lost,
				late_season,
				arrive,
				pday,
				ptod;
	bool		same_day,
				psame,
				express;

	/* the draws, always in this order */
	release = (ready_from > ordered_at ? ready_from : ordered_at) +
		sg_rng_range(r, RELEASE_MIN, RELEASE_MAX);
	slip = sg_rng_chance(r, SLIP_PCT, 100) ? 1 + sg_rng_skewed(r, 0, SLIP_DAYS - 1) : 0;
	backlog = holiday ? sg_rng_skewed(r, 0, HOLIDAY_BACKLOG_DAYS) : 0;
	pickup = (int64_t) sg_rng_below64(r, (uint64_t) (PICKUP_LAST - PICKUP_FIRST));
	express = sg_rng_chance(r, (uint32_t) dest->express_pct, 100);
	/* transit: the middle of the usual range is likelier than its ends */
	transit = express ? 1 : dest->days_min +
		((int64_t) sg_rng_below(r, (uint32_t) (dest->days_max - dest->days_min + 1)) +
		 (int64_t) sg_rng_below(r, (uint32_t) (dest->days_max - dest->days_min + 1)) + 1) / 2;
	tail = sg_rng_chance(r, (uint32_t) dest->tail_pct, 100) ? 1 + sg_rng_skewed(r, 0, dest->tail_days - 1) : 0;
	lost = sg_rng_chance(r, LOST_PER_MILLE, 1000) ? sg_rng_skewed(r, LOST_DAYS_MIN, LOST_DAYS_MAX) : 0;
	late_season = holiday ? sg_rng_skewed(r, 0, HOLIDAY_TRANSIT_DAYS) : 0;
	arrive = DELIVERY_FIRST + ((int64_t) sg_rng_below64(r, (uint64_t) DELIVERY_SPAN) +
							   (int64_t) sg_rng_below64(r, (uint64_t) DELIVERY_SPAN)) / 2;

	/* the warehouse: cut-off, working days, slips and backlogs */
	day = ship_day(sc, release, &same_day, &tod);
	if (slip + backlog > 0)
	{
		day = nth_working_day(day, slip + backlog);
		same_day = false;
	}
	if (same_day && tod + HOUR > PICKUP_FIRST)	/* picked and packed after its release */
		pickup = tod + HOUR + (int64_t) ((__int128) pickup * (PICKUP_LAST - tod - HOUR) /
										   (PICKUP_LAST - PICKUP_FIRST));
	else
		pickup += PICKUP_FIRST;
	s->shipped_at = sg_local_day_start(sc, day) + pickup;

	/* the carrier: delivery days in the customer's calendar, daytime */
	s->delivered_at = zone_instant(zone, delivery_day(zone, s->shipped_at,
													  transit + tail + lost + late_season),
								   arrive);
	if (s->delivered_at <= s->shipped_at)	/* a clock change's hour */
		s->delivered_at = s->shipped_at + HOUR;

	/* the promise: the nominal path from what the shop knows, plus the margin */
	pday = ship_day(sc, (known_from > ordered_at ? known_from : ordered_at) + RELEASE_MAX,
					&psame, &ptod);
	s->promised_at = zone_instant(zone,
								  delivery_day(zone, sg_local_day_start(sc, pday) + PICKUP_LAST,
											   (express ? EXPRESS_PROMISE_DAYS : dest->promise_days) +
											   (holiday ? HOLIDAY_PROMISE_DAYS : 0)),
								  PROMISE_HOUR);
}
