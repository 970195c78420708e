/*
 * test_localtime.c
 *	  Unit tests of the customers' time zones without a server: the zone
 *	  table and the cities' zones (src/localtime.c, src/words_people.c),
 *	  the daylight-saving switches of 2024 and 2025 at the microsecond,
 *	  zones that never switch, random instants of 1990-2100, and the cheap
 *	  city of a customer (people.c sg_identity_city) against the full one,
 *	  with its cost per call.
 *
 *	  test_localtime --dump FILE writes "zone|instant|offset" lines (the
 *	  switches of 2012-2040 to the microsecond and an instant of every day)
 *	  for test/sh/timezones.sh, which checks them against PostgreSQL's own
 *	  time zone database.
 */
#define _POSIX_C_SOURCE 200809L	/* clock_gettime */

#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "localtime.h"
#include "schedule.h"
#include "unit.h"
#include "world.h"

#define MIN		INT64_C(60000000)
#define HOUR	SG_USECS_PER_HOUR
#define DAY		SG_USECS_PER_DAY

/* an instant given in UTC */
static int64_t
utc(int64_t y, int m, int d, int h, int mi)
{
	return sg_days_from_civil(y, m, d) * DAY + h * HOUR + mi * MIN;
}

static double
now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double) ts.tv_sec * 1e9 + (double) ts.tv_nsec;
}

/* a small PRNG of the test's own (splitmix64) */
static uint64_t test_state = 12345;
static uint64_t
rnd(void)
{
	uint64_t	z = (test_state += UINT64_C(0x9e3779b97f4a7c15));

	z = (z ^ (z >> 30)) * UINT64_C(0xbf58476d1ce4e5b9);
	z = (z ^ (z >> 27)) * UINT64_C(0x94d049bb133111eb);
	return z ^ (z >> 31);
}

static int
zone(const char *name)
{
	int			z = sg_zone_index(name);

	if (z < 0)
	{
		printf("no zone %s\n", name);
		exit(2);
	}
	return z;
}

/* ---------------------------------------------------------------------- */

static void
test_table(void)
{
	bool		used[SG_N_ZONES] = {false};
	int			i;

	for (i = 0; i < SG_N_ZONES; i++)
	{
		const SgZoneInfo *z = &sg_zones[i];

		CHECK(z->name != NULL && sg_zone_index(z->name) == i, "zone %d has no unique name", i);
		CHECK(z->country != NULL && strlen(z->country) == 2, "zone %d has no country", i);
		CHECK(z->std_min >= -12 * 60 && z->std_min <= 14 * 60 && z->std_min % 15 == 0,
			  "%s: standard offset %d", z->name, z->std_min);
		CHECK(z->dst >= 0 && z->dst < SG_N_DST_RULES, "%s: rule %d", z->name, z->dst);
	}
	CHECK(sg_zone_index("Mars/Olympus_Mons") == -1, "an unknown zone is found");

	/* every city has a zone of its own country */
	for (i = 0; i < sg_n_cities; i++)
	{
		const SgCity *c = &sg_cities[i];
		bool		ok = c->zone >= 0 && c->zone < SG_N_ZONES;

		CHECK(ok, "%s has no zone", c->city);
		if (!ok)
			continue;
		used[c->zone] = true;
		CHECK(strcmp(sg_zones[c->zone].country, c->country) == 0,
			  "%s (%s) in zone %s of %s", c->city, c->country, sg_zones[c->zone].name,
			  sg_zones[c->zone].country);
	}
	/* and every zone but Tokyo (kept for its rule) has a city */
	for (i = 0; i < SG_N_ZONES; i++)
		CHECK(used[i] || i == SG_TZ_TOKYO, "no city in %s", sg_zones[i].name);

	/* cities whose state or province has several zones, spelled out */
	for (i = 0; i < sg_n_cities; i++)
	{
		const SgCity *c = &sg_cities[i];
		const char *expect = NULL;

		if (strcmp(c->city, "El Paso") == 0)
			expect = "America/Denver";
		else if (strcmp(c->city, "Pensacola") == 0 || strcmp(c->city, "Nashville") == 0 ||
				 strcmp(c->city, "Memphis") == 0 || strcmp(c->city, "Chicago") == 0)
			expect = "America/Chicago";
		else if (strcmp(c->city, "Knoxville") == 0 || strcmp(c->city, "Miami") == 0)
			expect = "America/New_York";
		else if (strcmp(c->city, "Phoenix") == 0)
			expect = "America/Phoenix";
		else if (strcmp(c->city, "Las Palmas") == 0)
			expect = "Atlantic/Canary";
		else if (strcmp(c->city, "Perth") == 0)
			expect = "Australia/Perth";
		else if (strcmp(c->city, "Brisbane") == 0)
			expect = "Australia/Brisbane";
		else if (strcmp(c->city, "Saskatoon") == 0)
			expect = "America/Regina";
		else if (strcmp(c->city, "St. John's") == 0)
			expect = "America/St_Johns";
		if (expect)
			CHECK(strcmp(sg_zones[c->zone].name, expect) == 0, "%s in %s, not %s",
				  c->city, sg_zones[c->zone].name, expect);
	}
}

/* the offset one microsecond before the switch at t, and at t */
static void
check_switch(const char *name, int64_t t, int before, int after)
{
	int			z = zone(name);
	int			b = sg_zone_utc_offset_min(z, t - 1);
	int			a = sg_zone_utc_offset_min(z, t);

	CHECK(b == before && a == after, "%s at %lld: %d then %d, not %d then %d",
		  name, (long long) t, b, a, before, after);
	/* and an hour around it, nothing else */
	CHECK(sg_zone_utc_offset_min(z, t - HOUR) == before &&
		  sg_zone_utc_offset_min(z, t + HOUR) == after, "%s around %lld", name, (long long) t);
}

/*
 * The switches as the calendars of the authorities publish them (2024 and
 * 2025), written out by hand in UTC: not computed by the code under test.
 */
static void
test_switches(void)
{
	/* EU: last Sunday of March and of October, 01:00 UTC */
	check_switch("Europe/Berlin", utc(2024, 3, 31, 1, 0), 60, 120);
	check_switch("Europe/Berlin", utc(2024, 10, 27, 1, 0), 120, 60);
	check_switch("Europe/Berlin", utc(2025, 3, 30, 1, 0), 60, 120);
	check_switch("Europe/Berlin", utc(2025, 10, 26, 1, 0), 120, 60);
	check_switch("Europe/London", utc(2025, 3, 30, 1, 0), 0, 60);
	check_switch("Europe/London", utc(2025, 10, 26, 1, 0), 60, 0);
	/* US: 2nd Sunday of March 02:00 EST = 07:00 UTC, 1st Sunday of November 02:00 EDT = 06:00 UTC */
	check_switch("America/New_York", utc(2024, 3, 10, 7, 0), -300, -240);
	check_switch("America/New_York", utc(2024, 11, 3, 6, 0), -240, -300);
	check_switch("America/New_York", utc(2025, 3, 9, 7, 0), -300, -240);
	check_switch("America/New_York", utc(2025, 11, 2, 6, 0), -240, -300);
	check_switch("America/Los_Angeles", utc(2025, 3, 9, 10, 0), -480, -420);
	check_switch("America/St_Johns", utc(2025, 3, 9, 5, 30), -210, -150);
	check_switch("America/St_Johns", utc(2025, 11, 2, 4, 30), -150, -210);
	/* Sydney: 1st Sunday of April 03:00 AEDT, 1st Sunday of October 02:00 AEST */
	check_switch("Australia/Sydney", utc(2024, 4, 6, 16, 0), 660, 600);
	check_switch("Australia/Sydney", utc(2024, 10, 5, 16, 0), 600, 660);
	check_switch("Australia/Sydney", utc(2025, 4, 5, 16, 0), 660, 600);
	check_switch("Australia/Sydney", utc(2025, 10, 4, 16, 0), 600, 660);
	check_switch("Australia/Adelaide", utc(2025, 4, 5, 16, 30), 630, 570);
	/* Auckland: 1st Sunday of April 03:00 NZDT, last Sunday of September 02:00 NZST */
	check_switch("Pacific/Auckland", utc(2024, 4, 6, 14, 0), 780, 720);
	check_switch("Pacific/Auckland", utc(2024, 9, 28, 14, 0), 720, 780);
	check_switch("Pacific/Auckland", utc(2025, 4, 5, 14, 0), 780, 720);
	check_switch("Pacific/Auckland", utc(2025, 9, 27, 14, 0), 720, 780);

	/* the ends of int64 and of PostgreSQL's range: defined, standard time outside */
	CHECK(sg_zone_utc_offset_min(zone("Europe/Berlin"), INT64_MIN) == 60 &&
		  sg_zone_utc_offset_min(zone("Europe/Berlin"), INT64_MAX) == 60 &&
		  sg_zone_utc_offset_min(zone("Pacific/Auckland"), INT64_C(9223371331199999999)) == 780 &&
		  sg_zone_utc_offset_min(zone("America/New_York"), INT64_C(-211813488000000000)) == -300,
		  "the ends of the range");

	/* a season's middle */
	CHECK(sg_zone_utc_offset_min(zone("Europe/Berlin"), utc(2025, 7, 1, 12, 0)) == 120, "Berlin in July");
	CHECK(sg_zone_utc_offset_min(zone("America/New_York"), utc(2025, 1, 15, 12, 0)) == -300, "New York in January");
	CHECK(sg_zone_utc_offset_min(zone("Australia/Sydney"), utc(2025, 1, 1, 0, 0)) == 660, "Sydney at New Year");
	CHECK(sg_zone_utc_offset_min(zone("Australia/Sydney"), utc(2024, 12, 31, 23, 59)) == 660, "Sydney on New Year's Eve");
	CHECK(sg_zone_utc_offset_min(zone("Pacific/Auckland"), utc(2025, 6, 1, 0, 0)) == 720, "Auckland in June");
}

static void
test_constant_zones(void)
{
	static const struct
	{
		const char *name;
		int			offset;
	}			fixed[] = {
		{"America/Phoenix", -420}, {"Australia/Brisbane", 600}, {"Asia/Tokyo", 540},
		{"Pacific/Honolulu", -600}, {"America/Regina", -360}, {"Australia/Perth", 480},
		{"Australia/Darwin", 570},
	};
	int			k,
				i;

	for (k = 0; k < (int) (sizeof(fixed) / sizeof(fixed[0])); k++)
	{
		int			z = zone(fixed[k].name);
		int			bad = 0;

		for (i = 0; i < 100000; i++)
		{
			int64_t		t = utc(1990, 1, 1, 0, 0) +
				(int64_t) (rnd() % (uint64_t) (utc(2100, 1, 1, 0, 0) - utc(1990, 1, 1, 0, 0)));

			bad += sg_zone_utc_offset_min(z, t) != fixed[k].offset;
		}
		CHECK(bad == 0, "%s switches %d times of 100000", fixed[k].name, bad);
	}
}

/*
 * The rules once more, as the authorities word them ("the second Sunday
 * of March at 02:00 local time"), on schedule.c's calendar: a reference
 * written independently of localtime.c's arithmetic.
 */
static int64_t
nth_sunday(int64_t y, int m, int n)
{
	int64_t		first = sg_days_from_civil(y, m, 1);

	return first + (6 - sg_weekday(first) + 7) % 7 + 7 * (n - 1);	/* 0 = Monday */
}

static int64_t
last_sunday(int64_t y, int m)
{
	int64_t		last = sg_days_from_civil(y + (m == 12), m % 12 + 1, 1) - 1;

	return last - (sg_weekday(last) + 1) % 7;
}

static int
reference_offset(int z, int64_t t)
{
	int			std = sg_zones[z].std_min;
	int64_t		y,
				on,
				off;
	int			m,
				d;

	sg_civil_from_days(sg_floor_div(t, DAY), &y, &m, &d);
	switch (sg_zones[z].dst)
	{
		case SG_DST_EU:			/* 01:00 UTC */
			on = last_sunday(y, 3) * DAY + HOUR;
			off = last_sunday(y, 10) * DAY + HOUR;
			return std + (t >= on && t < off ? 60 : 0);
		case SG_DST_US:			/* 02:00 on the clock */
			on = nth_sunday(y, 3, 2) * DAY + 2 * HOUR - std * MIN;
			off = nth_sunday(y, 11, 1) * DAY + 2 * HOUR - (std + 60) * MIN;
			return std + (t >= on && t < off ? 60 : 0);
		case SG_DST_AU:			/* 02:00 standard time, 03:00 summer time */
			on = nth_sunday(y, 10, 1) * DAY + 2 * HOUR - std * MIN;
			off = nth_sunday(y, 4, 1) * DAY + 3 * HOUR - (std + 60) * MIN;
			return std + (t >= on || t < off ? 60 : 0);
		case SG_DST_NZ:
			on = last_sunday(y, 9) * DAY + 2 * HOUR - std * MIN;
			off = nth_sunday(y, 4, 1) * DAY + 3 * HOUR - (std + 60) * MIN;
			return std + (t >= on || t < off ? 60 : 0);
		default:
			return std;
	}
}

/*
 * Against the reference: 1,000,000 random instants of 1600-2500 (the fast
 * calendar of 1901-2099 and the general one), and the switches of every
 * year of 1895-2105 to the microsecond, where the two calendars meet.  The
 * offset is the same over each half hour of UTC (every switch falls on one:
 * the zones' offsets are whole half hours and the rules' times whole hours),
 * which lets a generator compute the zones' offsets once per half hour.
 */
static void
test_reference(void)
{
	int64_t		lo = utc(1600, 1, 1, 0, 0),
				span = utc(2500, 1, 1, 0, 0) - lo;
	int			bad = 0,
				half = 0,
				i,
				z;
	int64_t		y;

	for (i = 0; i < 1000000; i++)
	{
		int64_t		t = lo + (int64_t) (rnd() % (uint64_t) span);
		int			o;

		z = (int) (rnd() % SG_N_ZONES);
		o = sg_zone_utc_offset_min(z, t);
		bad += o != reference_offset(z, t);
		half += o != sg_zone_utc_offset_min(z, sg_floor_div(t, 30 * MIN) * 30 * MIN);
	}
	CHECK(bad == 0, "%d random instants of 1000000 differ from the reference", bad);
	CHECK(half == 0, "%d random instants of 1000000 not their half hour's offset", half);

	bad = 0;
	for (z = 0; z < SG_N_ZONES; z++)
		for (y = 1895; y <= 2105; y++)
		{
			static const int months[] = {3, 4, 9, 10, 11};
			int			k;

			/* every Sunday of the rules' months, an hour either side of the times */
			for (k = 0; k < 5; k++)
			{
				int64_t		d;

				for (d = nth_sunday(y, months[k], 1); d < nth_sunday(y, months[k], 1) + 35; d += 7)
				{
					int64_t		t;

					for (t = d * DAY - 16 * HOUR; t <= d * DAY + 16 * HOUR; t += 30 * MIN)
						bad += sg_zone_utc_offset_min(z, t - 1) != reference_offset(z, t - 1) ||
							sg_zone_utc_offset_min(z, t) != reference_offset(z, t);
				}
			}
		}
	CHECK(bad == 0, "%d instants around the switches of 1895-2105 differ from the reference", bad);

	/*
	 * The offsets are kept per zone with the span they hold (two spans):
	 * runs of nearby instants in any order, as a window's orders ask,
	 * across switches and New Year, hit and miss them.
	 */
	bad = 0;
	for (i = 0; i < 20000; i++)
	{
		int64_t		base = utc(1990, 1, 1, 0, 0) +
			(int64_t) (rnd() % (uint64_t) (utc(2060, 1, 1, 0, 0) - utc(1990, 1, 1, 0, 0)));
		int			k;

		z = (int) (rnd() % SG_N_ZONES);
		for (k = 0; k < 50; k++)
		{
			int64_t		t = base + (int64_t) (rnd() % (uint64_t) (90 * DAY)) - 45 * DAY;

			bad += sg_zone_utc_offset_min(z, t) != reference_offset(z, t);
		}
	}
	CHECK(bad == 0, "%d of 1000000 instants in runs differ from the reference", bad);
}

/*
 * Random instants of 1990-2100: each zone gives its two offsets only,
 * both of them if it has a rule; and every year of every zone with a rule
 * has exactly two switches, one each way (counted day by day at noon UTC,
 * no switch being near it in any zone).
 */
static void
test_random(void)
{
	int64_t		lo = utc(1990, 1, 1, 0, 0),
				span = utc(2100, 1, 1, 0, 0) - lo;
	int			seen[SG_N_ZONES][2] = {{0}};
	int			bad = 0,
				i,
				z;
	int64_t		y;

	for (i = 0; i < 1000000; i++)
	{
		int64_t		t = lo + (int64_t) (rnd() % (uint64_t) span);
		int			o;

		z = (int) (rnd() % SG_N_ZONES);
		o = sg_zone_utc_offset_min(z, t);
		if (o == sg_zones[z].std_min)
			seen[z][0]++;
		else if (o == sg_zones[z].std_min + 60 && sg_zones[z].dst != SG_DST_NONE)
			seen[z][1]++;
		else
			bad++;
	}
	CHECK(bad == 0, "%d random instants of 1000000 with an offset of no zone's", bad);
	for (z = 0; z < SG_N_ZONES; z++)
		CHECK(seen[z][0] > 0 && (seen[z][1] > 0) == (sg_zones[z].dst != SG_DST_NONE),
			  "%s: %d standard, %d summer", sg_zones[z].name, seen[z][0], seen[z][1]);

	for (z = 0; z < SG_N_ZONES; z++)
	{
		int			wrong = 0;

		if (sg_zones[z].dst == SG_DST_NONE)
			continue;
		for (y = 1990; y < 2100; y++)
		{
			int64_t		d0 = sg_days_from_civil(y, 1, 1),
						d1 = sg_days_from_civil(y + 1, 1, 1),
						d;
			int			up = 0,
						down = 0,
						prev = sg_zone_utc_offset_min(z, (d0 - 1) * DAY + 12 * HOUR);

			for (d = d0; d < d1; d++)
			{
				int			o = sg_zone_utc_offset_min(z, d * DAY + 12 * HOUR);

				up += o > prev;
				down += o < prev;
				prev = o;
			}
			wrong += !(up == 1 && down == 1);
		}
		CHECK(wrong == 0, "%s: %d years without exactly two switches", sg_zones[z].name, wrong);
	}
}

/* ---------------------------------------------------------------------- */
/* the cheap city */

static void
scenario(SgScenario *sc)
{
	memset(sc, 0, sizeof(*sc));
	strcpy(sc->name, "unit");
	sc->seed = 1;
	sc->orders_per_day = 2000;
	sc->customers = 1000000;
	sc->products = 300;
	sc->suppliers = 20;
	sc->signups_from = utc(2021, 1, 1, 0, 0);
	sc->signups_until = utc(2025, 11, 1, 0, 0);
}

/* sg_identity_city against sg_identity_get, n customers, every u or a sample */
static void
agree(uint64_t seed, uint64_t n, uint64_t sample, bool reserved)
{
	SgScenario	sc;
	SgWorld		w;
	uint64_t	i,
				bad = 0,
				zbad = 0,
				nsame = 0;
	char		email[SG_EMAIL_CAP];

	scenario(&sc);
	sg_world_init(&w, &sc, seed, (int64_t) n, 300, 20);
	w.reserved_email = reserved;
	for (i = 0; i < (sample ? sample : n); i++)
	{
		int64_t		id = sample ? (int64_t) (1 + rnd() % n) : (int64_t) (i + 1);
		uint64_t	u = sg_perm_apply(&w.email_perm, (uint64_t) (id - 1));
		SgRng		r1,
					r2;
		SgIdentity	who;
		int			city;

		sg_rng_stream(&r1, seed, SG_STREAM_CUSTOMER, (uint64_t) id);
		r2 = r1;
		who.email = email;
		sg_identity_get(w.email_key, u, n, reserved, &r1, &who);
		city = sg_identity_city(w.email_key, u, n, &r2);
		bad += city != who.city;
		zbad += sg_customer_zone(&w, id) != sg_cities[who.city].zone;
		/* once per 1,000 customers, against the customers' own row too */
		if (i % 1000 == 0)
		{
			SgCustomer	c;

			sg_customer_get(&w, id, &c);
			bad += c.city_index != city;
			nsame += sg_customer_utc_offset_min(&w, id, utc(2025, 7, 1, 12, 0)) ==
				sg_zone_utc_offset_min(sg_cities[c.city_index].zone, utc(2025, 7, 1, 12, 0));
		}
	}
	CHECK(bad == 0 && zbad == 0, "n %llu (%s mail): %llu cities, %llu zones differ",
		  (unsigned long long) n, reserved ? "reserved" : "realistic",
		  (unsigned long long) bad, (unsigned long long) zbad);
	CHECK(nsame == ((sample ? sample : n) + 999) / 1000, "sg_customer_utc_offset_min differs");
}

static void
test_identity_city(void)
{
	agree(1, 1000000, 0, false);
	agree(1, 1000000, 0, true);
	agree(7, 13, 0, false);		/* a partial block only */
	agree(7, 13, 0, true);
	agree(3, 1000000000, 200000, false);	/* full blocks, sampled */
	agree(3, 1000000000, 200000, true);
}

/*
 * Nanoseconds per call, the best of five rounds (the machine is shared):
 * the cheap path to a customer's zone, with the offset, the whole customer,
 * the offset alone over random zones and instants of 2000-2040.
 */
#define BENCH_N 200000

static void
bench(void)
{
	SgScenario	sc;
	SgWorld		w;
	static int64_t when[BENCH_N];
	static int	where[BENCH_N];
	double		best[4] = {1e30, 1e30, 1e30, 1e30};
	int64_t		sink = 0;
	int			round,
				i;

	scenario(&sc);
	sg_world_init(&w, &sc, 1, 1000000, 300, 20);
	w.reserved_email = true;
	for (i = 0; i < BENCH_N; i++)
	{
		when[i] = (int64_t) (rnd() % (uint64_t) utc(2040, 1, 1, 0, 0));
		where[i] = (int) (rnd() % SG_N_ZONES);
	}
	for (round = 0; round < 5; round++)
	{
		double		t0,
					ns[4];
		SgCustomer	c;

		t0 = now_ns();
		for (i = 0; i < BENCH_N; i++)
			sink += sg_customer_zone(&w, 1 + (int64_t) i * 5);
		ns[0] = now_ns() - t0;
		t0 = now_ns();
		for (i = 0; i < BENCH_N; i++)
			sink += sg_customer_utc_offset_min(&w, 1 + (int64_t) i * 5, when[i]);
		ns[1] = now_ns() - t0;
		t0 = now_ns();
		for (i = 0; i < BENCH_N; i++)
		{
			sg_customer_get(&w, 1 + (int64_t) i * 5, &c);
			sink += c.city_index;
		}
		ns[2] = now_ns() - t0;
		t0 = now_ns();
		for (i = 0; i < BENCH_N; i++)
			sink += sg_zone_utc_offset_min(where[i], when[i]);
		ns[3] = now_ns() - t0;
		for (i = 0; i < 4; i++)
			if (ns[i] / BENCH_N < best[i])
				best[i] = ns[i] / BENCH_N;
	}
	printf("cost per call: sg_customer_zone %.0f ns, sg_customer_utc_offset_min %.0f ns, "
		   "sg_customer_get %.0f ns, sg_zone_utc_offset_min %.1f ns (checksum %lld)\n",
		   best[0], best[1], best[2], best[3], (long long) sink);
}

/* ---------------------------------------------------------------------- */
/* the file test/sh/timezones.sh checks against PostgreSQL */

static void
put_line(FILE *f, int z, int64_t t)
{
	int64_t		day = sg_floor_div(t, DAY),
				us = t - day * DAY,
				y;
	int			m,
				d;

	sg_civil_from_days(day, &y, &m, &d);
	fprintf(f, "%s|%04lld-%02d-%02d %02lld:%02lld:%02lld.%06lld+00|%d\n", sg_zones[z].name,
			(long long) y, m, d, (long long) (us / HOUR), (long long) (us / MIN % 60),
			(long long) (us / SG_USECS_PER_SEC % 60), (long long) (us % SG_USECS_PER_SEC),
			sg_zone_utc_offset_min(z, t));
}

static int
dump(const char *path)
{
	FILE	   *f = fopen(path, "w");
	int64_t		from = sg_days_from_civil(2012, 1, 1),
				to = sg_days_from_civil(2041, 1, 1),
				d;
	int			z,
				lines = 0;

	if (f == NULL)
	{
		perror(path);
		return 2;
	}
	for (z = 0; z < SG_N_ZONES; z++)
	{
		int			prev = sg_zone_utc_offset_min(z, from * DAY);

		for (d = from; d < to; d++)
		{
			int64_t		t = d * DAY + (int64_t) (rnd() % (uint64_t) DAY);
			int64_t		lo = d * DAY,
						hi = (d + 1) * DAY;
			int			o = sg_zone_utc_offset_min(z, hi);

			/* an instant of every day */
			put_line(f, z, t);
			lines++;
			if (o == prev)
				continue;
			/* a switch in (lo, hi]: find it, write it to the microsecond */
			while (hi - lo > 1)
			{
				int64_t		mid = lo + (hi - lo) / 2;

				if (sg_zone_utc_offset_min(z, mid) == prev)
					lo = mid;
				else
					hi = mid;
			}
			put_line(f, z, hi - 1);
			put_line(f, z, hi);
			lines += 2;
			prev = o;
		}
	}
	if (fclose(f) != 0)
	{
		perror(path);
		return 2;
	}
	printf("test_localtime: %d lines in %s\n", lines, path);
	return 0;
}

int
main(int argc, char **argv)
{
	sg_people_init();
	if (argc == 3 && strcmp(argv[1], "--dump") == 0)
		return dump(argv[2]);
	test_table();
	test_switches();
	test_constant_zones();
	test_random();
	test_reference();
	test_identity_city();
	bench();
	return unit_report("test_localtime");
}
