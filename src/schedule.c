/*-------------------------------------------------------------------------
 *
 * schedule.c
 *	  Flash sales, the holiday calendar, outages and supply disruptions of a
 *	  scenario, in absolute time.
 *
 * The determinism contract of the schedule (docs/design.md): key =
 * sg_rng_key(seed, SG_STREAM_SCHEDULE, 0); the streams are
 *	outage       (SG_STREAM_OUTAGE, period):   start minute, duration
 *	disruption   (SG_STREAM_DISRUPTION, period): start hour, days, supplier
 * Flash sales and holidays draw nothing: sale k starts on local day
 * origin_day + k * flash_every_days at flash_start_hour; holidays follow
 * the calendar (Black Friday is the day after the fourth Thursday of
 * November, Cyber Monday three days later).  A period of outages or
 * disruptions is every_days long, counted from 2000-01-01 UTC, and holds
 * exactly one incident, so any window of two periods contains one whole.
 *
 *-------------------------------------------------------------------------
 */
#include <string.h>

#include "schedule.h"

#define HOUR	SG_USECS_PER_HOUR
#define DAY		SG_USECS_PER_DAY
#define MINUTE	SG_USECS_PER_MINUTE

const char *const sg_occurrence_kinds[] = {
	[SG_OCC_FLASH_SALE] = "flash_sale",
	[SG_OCC_HOLIDAY_PEAK] = "holiday_peak",
	[SG_OCC_HOLIDAY_LULL] = "holiday_lull",
	[SG_OCC_SYSTEM_OUTAGE] = "system_outage",
	[SG_OCC_SUPPLY_DISRUPTION] = "supply_disruption"
};

int64_t
sg_floor_div(int64_t a, int64_t b)
{
	return a / b - ((a % b != 0) && ((a < 0) != (b < 0)));
}

/* Howard Hinnant's days_from_civil / civil_from_days, shifted to 2000-01-01 */
int64_t
sg_days_from_civil(int64_t y, int m, int d)
{
	int64_t		era,
				yoe,
				doy,
				doe;

	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = y - era * 400;
	doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468 - 10957;
}

void
sg_civil_from_days(int64_t days, int64_t *y, int *m, int *d)
{
	int64_t		z = days + 10957 + 719468;
	int64_t		era = (z >= 0 ? z : z - 146096) / 146097;
	int64_t		doe = z - era * 146097;
	int64_t		yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	int64_t		doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	int64_t		mp = (5 * doy + 2) / 153;

	*d = (int) (doy - (153 * mp + 2) / 5 + 1);
	*m = (int) (mp < 10 ? mp + 3 : mp - 9);
	*y = yoe + era * 400 + (*m <= 2);
}

int64_t
sg_local_day(const SgScenario *sc, int64_t t)
{
	return sg_floor_div(t + (int64_t) sc->utc_offset_hours * HOUR, DAY);
}

int64_t
sg_local_day_start(const SgScenario *sc, int64_t day)
{
	return day * DAY - (int64_t) sc->utc_offset_hours * HOUR;
}

int32_t
sg_month_index(int64_t day)
{
	int64_t		y;
	int			m,
				d;

	sg_civil_from_days(day, &y, &m, &d);
	return (int32_t) ((y - 1970) * 12 + (m - 1));
}

int64_t
sg_month_first_day(int32_t month_index)
{
	return sg_days_from_civil(1970 + month_index / 12, month_index % 12 + 1, 1);
}

int32_t
sg_campaign_id(int32_t month_index, int32_t slot)
{
	return month_index * SG_CAMPAIGN_SLOTS + slot;
}

int64_t
sg_world_origin(const SgScenario *sc)
{
	return sc->signups_from;
}

uint64_t
sg_schedule_key(uint64_t seed)
{
	return sg_rng_key(seed, SG_STREAM_SCHEDULE, 0);
}

/* ---------------------------------------------------------------------- */
/* flash sales */

bool
sg_flash_sale(const SgScenario *sc, int64_t k, int64_t *start, int64_t *end)
{
	int64_t		day;

	if (sc->flash_every_days <= 0 || k < 0)
		return false;
	day = sg_local_day(sc, sg_world_origin(sc)) + k * sc->flash_every_days;
	*start = sg_local_day_start(sc, day) + (int64_t) sc->flash_start_hour * HOUR;
	*end = *start + (int64_t) sc->flash_hours * HOUR;
	/* the first day's sale may start before the first sign-up: skip it */
	return *start >= sg_world_origin(sc);
}

int64_t
sg_flash_at(const SgScenario *sc, int64_t t)
{
	int64_t		k,
				last,
				start,
				end;

	if (sc->flash_every_days <= 0 || t < sg_world_origin(sc))
		return -1;
	/*
	 * the latest sale that starts on or before t's local day; sales are at
	 * least a day apart and last at most 72 hours, so four are enough
	 */
	k = sg_floor_div(sg_local_day(sc, t) - sg_local_day(sc, sg_world_origin(sc)),
					 sc->flash_every_days);
	for (last = k - 4; k >= 0 && k >= last; k--)
		if (sg_flash_sale(sc, k, &start, &end) && start <= t && t < end)
			return k;
	return -1;
}

/* ---------------------------------------------------------------------- */
/* holidays */

/* Black Friday of a year, as a day number */
static int64_t
black_friday(int64_t year)
{
	int64_t		nov1 = sg_days_from_civil(year, 11, 1);
	int			thu = (3 - sg_weekday(nov1) + 7) % 7;	/* first Thursday */

	return nov1 + thu + 21 + 1;
}

/*
 * The retail calendar as a curve, the same every year: the week of
 * Thanksgiving, Black Friday and Cyber Monday; December's ramp to the
 * shipping cut-off a few days before Christmas; Christmas Day; the sales
 * after it; the January lull.
 */
void
sg_holiday_day(int64_t day, int32_t *boost_milli, int32_t *lull_milli)
{
	int64_t		y;
	int			m,
				d;
	int64_t		rel;

	sg_civil_from_days(day, &y, &m, &d);
	*boost_milli = 0;
	*lull_milli = 1000;
	rel = day - black_friday(y);
	if (rel >= -4 && rel <= 4)
	{
		static const int32_t week[9] = {200, 220, 250, 300, 1000, 550, 450, 900, 300};

		*boost_milli = week[rel + 4];
		return;
	}
	if (m == 12)
	{
		if (d <= 18)
			*boost_milli = 250 + (d - 1) * 350 / 17;
		else if (d <= 21)
			*boost_milli = 450;
		else if (d <= 23)
			*boost_milli = 250;
		else if (d == 24)
		{
			*boost_milli = 100;
			*lull_milli = 700;
		}
		else if (d == 25)
			*lull_milli = 500;
		else if (d == 26)
			*boost_milli = 300;
		else
			*boost_milli = 100;
	}
	else if (m == 1)
		*lull_milli = d == 1 ? 700 : 880;
}

int64_t
sg_holiday_multiplier_milli(const SgScenario *sc, int64_t t)
{
	int32_t		boost,
				lull;

	if (sc->holiday_multiplier_pct <= 100)
		return 1000;
	sg_holiday_day(sg_local_day(sc, t), &boost, &lull);
	return (int64_t) lull * (1000 + (int64_t) (sc->holiday_multiplier_pct - 100) * 10 * boost / 1000) / 1000;
}

bool
sg_in_holiday(const SgScenario *sc, int64_t t)
{
	int32_t		boost,
				lull;

	if (sc->holiday_multiplier_pct <= 100)
		return false;
	sg_holiday_day(sg_local_day(sc, t), &boost, &lull);
	return boost >= 200;
}

/* ---------------------------------------------------------------------- */
/* incidents */

int64_t
sg_outage_period(const SgScenario *sc, int64_t t)
{
	return sg_floor_div(t, (int64_t) sc->outage_every_days * DAY);
}

int64_t
sg_disruption_period(const SgScenario *sc, int64_t t)
{
	return sg_floor_div(t, (int64_t) sc->disruption_every_days * DAY);
}

bool
sg_outage(const SgScenario *sc, uint64_t key, int64_t period, int64_t *start, int64_t *end)
{
	SgRng		r;
	int64_t		len = (int64_t) sc->outage_every_days * DAY;

	if (sc->outage_every_days <= 0)
		return false;
	sg_rng_stream(&r, key, SG_STREAM_OUTAGE, (uint64_t) period);
	*start = period * len + (int64_t) sg_rng_below64(&r, (uint64_t) (len / MINUTE)) * MINUTE;
	*end = *start + sg_rng_range(&r, sc->outage_minutes_min, sc->outage_minutes_max) * MINUTE;
	return *start >= sg_world_origin(sc);
}

int64_t
sg_disruption_lookback(const SgScenario *sc)
{
	if (sc->disruption_every_days <= 0)
		return 0;
	return (sc->disruption_days_max + sc->disruption_every_days - 1) / sc->disruption_every_days + 1;
}

bool
sg_disruption(const SgScenario *sc, uint64_t key, int32_t nsuppliers, int64_t period,
			  int64_t *start, int64_t *end, int32_t *supplier)
{
	SgRng		r;
	int64_t		len = (int64_t) sc->disruption_every_days * DAY;

	if (sc->disruption_every_days <= 0)
		return false;
	sg_rng_stream(&r, key, SG_STREAM_DISRUPTION, (uint64_t) period);
	*start = period * len + (int64_t) sg_rng_below64(&r, (uint64_t) (len / HOUR)) * HOUR;
	*end = *start + sg_rng_range(&r, sc->disruption_days_min, sc->disruption_days_max) * DAY;
	*supplier = 1 + (int32_t) sg_rng_below(&r, (uint32_t) nsuppliers);
	return *start >= sg_world_origin(sc);
}

/* ---------------------------------------------------------------------- */
/* listing */

static bool
overlaps(int64_t s, int64_t e, int64_t from, int64_t to)
{
	return s < to && e > from;
}

void
sg_occurrences(const SgScenario *sc, uint64_t seed, int32_t nsuppliers,
			   int64_t from, int64_t to, SgOccurrenceFn fn, void *arg)
{
	uint64_t	key = sg_schedule_key(seed);
	SgOccurrence o;
	int64_t		origin = sg_world_origin(sc);
	int64_t		p,
				s,
				e;

	if (to <= origin)
		return;
	if (from < origin)
		from = origin;

	if (sc->flash_every_days > 0)
	{
		int64_t		k = sg_floor_div(sg_local_day(sc, from) - sg_local_day(sc, origin),
									 sc->flash_every_days) - 4;

		for (k = k < 0 ? 0 : k;; k++)
		{
			int64_t		day,
						y;
			int			mon,
						mday;
			bool		ok;

			/* s and e are set even for a sale before the world began */
			ok = sg_flash_sale(sc, k, &s, &e);
			if (s >= to)
				break;
			if (!ok || !overlaps(s, e, from, to))
				continue;
			day = sg_local_day(sc, s);
			sg_civil_from_days(day, &y, &mon, &mday);
			memset(&o, 0, sizeof(o));
			o.kind = SG_OCC_FLASH_SALE;
			o.name = "Flash Sale";
			o.starts_at = s;
			o.ends_at = e;
			o.category = sc->flash_category;
			o.multiplier_pct = sc->flash_multiplier_pct;
			o.campaign_id = sg_campaign_id(sg_month_index(day), SG_CAMPAIGN_FLASH_SLOT + mday);
			fn(&o, arg);
		}
	}

	if (sc->holiday_multiplier_pct > 100)
	{
		int64_t		y,
					y_to;
		int			m,
					d;

		sg_civil_from_days(sg_local_day(sc, from), &y, &m, &d);
		sg_civil_from_days(sg_local_day(sc, to - 1), &y_to, &m, &d);
		for (y = y - 1; y <= y_to; y++)
		{
			int64_t		bf = black_friday(y);
			struct
			{
				SgOccurrenceKind kind;
				const char *name;
				int64_t		first,
							last;	/* local days, inclusive */
				int32_t		boost,
							lull;
				int32_t		slot;
			}			h[3] = {
				{SG_OCC_HOLIDAY_PEAK, "Black Friday to Cyber Monday", bf - 1, bf + 3, 1000, 1000,
				SG_CAMPAIGN_BLACK_FRIDAY_SLOT},
				{SG_OCC_HOLIDAY_PEAK, "Christmas shopping", sg_days_from_civil(y, 12, 1),
				sg_days_from_civil(y, 12, 23), 600, 1000, SG_CAMPAIGN_GIFT_SLOT},
				{SG_OCC_HOLIDAY_LULL, "January lull", sg_days_from_civil(y + 1, 1, 1),
				sg_days_from_civil(y + 1, 1, 31), 0, 880, 0},
			};
			int			i;

			for (i = 0; i < 3; i++)
			{
				s = sg_local_day_start(sc, h[i].first);
				e = sg_local_day_start(sc, h[i].last + 1);
				if (!overlaps(s, e, from, to))
					continue;
				memset(&o, 0, sizeof(o));
				o.kind = h[i].kind;
				o.name = h[i].name;
				o.starts_at = s;
				o.ends_at = e;
				o.category = -1;
				o.multiplier_pct = (int32_t) ((int64_t) h[i].lull *
											  (1000 + (int64_t) (sc->holiday_multiplier_pct - 100) * 10 * h[i].boost / 1000) / 10000);
				if (h[i].slot && sc->holiday_discount_bp > 0)
					o.campaign_id = sg_campaign_id(sg_month_index(h[i].first), h[i].slot);
				fn(&o, arg);
			}
		}
	}

	if (sc->outage_every_days > 0)
	{
		for (p = sg_outage_period(sc, from) - 1; p <= sg_outage_period(sc, to - 1); p++)
		{
			if (!sg_outage(sc, key, p, &s, &e) || !overlaps(s, e, from, to))
				continue;
			memset(&o, 0, sizeof(o));
			o.kind = SG_OCC_SYSTEM_OUTAGE;
			o.name = "System outage";
			o.starts_at = s;
			o.ends_at = e;
			o.category = -1;
			o.multiplier_pct = sc->outage_multiplier_pct;
			fn(&o, arg);
		}
	}

	if (sc->disruption_every_days > 0)
	{
		for (p = sg_disruption_period(sc, from) - sg_disruption_lookback(sc);
			 p <= sg_disruption_period(sc, to - 1); p++)
		{
			int32_t		supplier;

			if (!sg_disruption(sc, key, nsuppliers, p, &s, &e, &supplier) ||
				!overlaps(s, e, from, to))
				continue;
			memset(&o, 0, sizeof(o));
			o.kind = SG_OCC_SUPPLY_DISRUPTION;
			o.name = "Supply disruption";
			o.starts_at = s;
			o.ends_at = e;
			o.category = -1;
			o.supplier_id = supplier;
			fn(&o, arg);
		}
	}
}
