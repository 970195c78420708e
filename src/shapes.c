/*-------------------------------------------------------------------------
 *
 * shapes.c
 *	  Event shapes and AR weights (docs/design.md, "Event shapes, metrics
 *	  and days").  The curves are tables of knots, interpolated linearly;
 *	  integer only.
 *
 *-------------------------------------------------------------------------
 */
#include "shapes.h"

#define LENGTHOF(a) ((int) (sizeof(a) / sizeof((a)[0])))
#define MIN		SG_SHAPE_MINUTE

/* one knot of a shape: minutes from the start (or from the end), value x1000 */
typedef struct ShapeKnot
{
	int64_t		at;				/* usecs */
	int32_t		milli;
} ShapeKnot;

/*
 * A flash sale: traffic builds within minutes of the announcement (the
 * first 20 minutes), peaks in the first hour, then decays as the deals
 * sell out and attention moves on (to 45 % of the peak at the end); the
 * tail after the end is the carts being finished.  Knots from the start:
 */
static const ShapeKnot flash_rise[] = {
	{0, 0}, {5 * MIN, 250}, {12 * MIN, 650}, {20 * MIN, 900}, {35 * MIN, 1000}, {60 * MIN, 1000}
};

/* interpolate a knot table at x (clamped to its ends) */
static int64_t
knots_at(const ShapeKnot *k, int n, int64_t x)
{
	int			i;

	if (x <= k[0].at)
		return k[0].milli;
	for (i = 1; i < n; i++)
		if (x < k[i].at)
			return k[i - 1].milli + (int64_t) (k[i].milli - k[i - 1].milli) *
				(x - k[i - 1].at) / (k[i].at - k[i - 1].at);
	return k[n - 1].milli;
}

#define FLASH_END_MILLI 450

int64_t
sg_flash_shape_milli(int64_t x, int64_t len)
{
	int64_t		rise_end = flash_rise[LENGTHOF(flash_rise) - 1].at;

	if (x < 0 || len <= 0 || x >= len + SG_FLASH_TAIL)
		return 0;
	if (x >= len)				/* the tail: down to nothing */
	{
		int64_t		at_end = len > rise_end ? FLASH_END_MILLI :
			knots_at(flash_rise, LENGTHOF(flash_rise), len);

		return at_end * (len + SG_FLASH_TAIL - x) / SG_FLASH_TAIL;
	}
	if (x < rise_end || len <= rise_end)
		return knots_at(flash_rise, LENGTHOF(flash_rise), x);
	/* the decay: linear from the peak to FLASH_END_MILLI at the end */
	return 1000 - (1000 - FLASH_END_MILLI) * (x - rise_end) / (len - rise_end);
}

/*
 * An outage: error rates climb over its first fifth (at most 15
 * minutes: partial degradation), the service fails, then recovers over
 * the last quarter (at most 30 minutes).  After it, the customers who
 * could not check out come back: a backlog of 40 % extra checkouts that
 * drains over two hours.
 */
int64_t
sg_outage_health_milli(int64_t x, int64_t len)
{
	int64_t		down = len / 5,
				up = len / 4;

	if (x < 0 || x >= len || len <= 0)
		return 1000;
	if (down > 15 * MIN)
		down = 15 * MIN;
	if (up > 30 * MIN)
		up = 30 * MIN;
	if (down > 0 && x < down)
		return 1000 - 1000 * x / down;
	if (up > 0 && x >= len - up)
		return 1000 * (x - (len - up)) / up;
	return 0;
}

#define BACKLOG_MILLI 400

int64_t
sg_outage_backlog_milli(int64_t y)
{
	if (y < 0 || y >= SG_OUTAGE_BACKLOG)
		return 0;
	return BACKLOG_MILLI * (SG_OUTAGE_BACKLOG - y) / SG_OUTAGE_BACKLOG;
}

/*
 * Minute noise: phi = 0.8, scaled so the series' standard deviation is
 * about 10 % (a shock's is 577 / 1000).  Day noise: phi = 0.5, about
 * 3.5 %.
 */
const int32_t sg_minute_ar_weights[SG_MINUTE_TAPS] = {
	104, 83, 67, 53, 43, 34, 27, 22, 17, 14, 11, 9, 7, 6, 5, 4
};
const int32_t sg_day_ar_weights[SG_DAY_TAPS] = {
	53, 26, 13, 7, 3, 2, 1, 1
};

/* the drift knots span +-DRIFT_MILLI */
int64_t
sg_day_factor_milli(const int32_t *shocks, int32_t drift_a, int32_t drift_b, int64_t pos)
{
	int64_t		ar = 0,
				drift;
	int			k;

	for (k = 0; k < SG_DAY_TAPS; k++)
		ar += (int64_t) sg_day_ar_weights[k] * shocks[k];
	drift = drift_a + (int64_t) (drift_b - drift_a) * pos / SG_DRIFT_DAYS;
	return (1000 + ar / 1000) * (1000 + drift) / 1000;
}
