/*-------------------------------------------------------------------------
 *
 * shapes.h
 *	  The shapes of events and the noise of days and minutes: how a flash
 *	  sale builds and decays, how an outage degrades, fails and recovers,
 *	  the weights of the counter-style AR(1) series that make day demand
 *	  and per-minute metrics autocorrelated (docs/design.md, "Event
 *	  shapes, metrics and days").  Integer only, no PostgreSQL headers.
 *
 *-------------------------------------------------------------------------
 */
#ifndef SYNTHGEN_SHAPES_H
#define SYNTHGEN_SHAPES_H

#include <stdint.h>

#define SG_SHAPE_MINUTE		(INT64_C(60000000))

/*
 * A flash sale's intensity (x1000 of its full extra demand) x usecs after
 * it starts, for a sale len usecs long: 0 before, a ramp over its first
 * minutes, the peak, a decay toward its end, and a short tail after it
 * (carts finished, late arrivals).  0 from len + SG_FLASH_TAIL on.
 */
#define SG_FLASH_TAIL		(30 * SG_SHAPE_MINUTE)
extern int64_t sg_flash_shape_milli(int64_t x, int64_t len);

/*
 * An outage's health (x1000: 1000 = healthy, 0 = failing) x usecs after
 * it starts, for an outage len usecs long: degrades, fails, recovers
 * before its end.  The pent-up demand after it ended y usecs ago (extra
 * checkouts, x1000 of the normal rate), 0 from SG_OUTAGE_BACKLOG on.
 */
#define SG_OUTAGE_BACKLOG	(120 * SG_SHAPE_MINUTE)
extern int64_t sg_outage_health_milli(int64_t x, int64_t len);
extern int64_t sg_outage_backlog_milli(int64_t y);

/*
 * Counter-style AR(1): the value at step s is sum_k weight[k] * e(s - k)
 * over the last taps steps' shocks e in [-1000, 1000] (each step's own
 * stream), so any step stands alone.  The weights fall geometrically
 * (phi = 0.8 for minutes, 0.5 for days); the result is x1000 / 1000.
 */
#define SG_MINUTE_TAPS	16
#define SG_DAY_TAPS		8
extern const int32_t sg_minute_ar_weights[SG_MINUTE_TAPS];
extern const int32_t sg_day_ar_weights[SG_DAY_TAPS];

/*
 * A day's demand factor (x1000) from its AR shocks (shocks[k] of day - k)
 * and its slow drift (the drift knots of its 28-day block and the next,
 * at position pos of SG_DRIFT_DAYS).
 */
#define SG_DRIFT_DAYS	28
extern int64_t sg_day_factor_milli(const int32_t *shocks, int32_t drift_a, int32_t drift_b,
								   int64_t pos);

#endif							/* SYNTHGEN_SHAPES_H */
