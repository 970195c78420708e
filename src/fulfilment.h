/*-------------------------------------------------------------------------
 *
 * fulfilment.h
 *	  How an order reaches its customer: the warehouse's working hours and
 *	  days, the carrier's delivery days and hours, transit by destination
 *	  country, a long tail, holiday and backorder delays, and the delivery
 *	  date promised at checkout (docs/design.md, "Fulfilment, returns and
 *	  tickets").
 *
 * Pure functions of their arguments and the stream they are handed;
 * integer arithmetic only.  No PostgreSQL headers.
 *
 *-------------------------------------------------------------------------
 */
#ifndef SYNTHGEN_FULFILMENT_H
#define SYNTHGEN_FULFILMENT_H

#include <stdbool.h>
#include <stdint.h>

#include "rng.h"
#include "world.h"

/* where a parcel goes, seen from the warehouse (in the shop's home country) */
typedef enum SgRoute
{
	SG_ROUTE_DOMESTIC,
	SG_ROUTE_REGION,			/* a neighbouring country of the same region */
	SG_ROUTE_INTERNATIONAL,
	SG_N_ROUTES
} SgRoute;

/* a destination country's carrier times, in delivery days (not Sundays) */
typedef struct SgDestination
{
	const char *country;		/* ISO 3166-1 alpha-2 */
	int8_t		route;			/* SgRoute */
	int8_t		days_min;		/* the usual transit */
	int8_t		days_max;
	int8_t		promise_days;	/* what checkout promises (>= days_max) */
	int8_t		tail_pct;		/* parcels held up: customs, lost scans */
	int8_t		tail_days;		/* by up to this many more days */
	int8_t		express_pct;	/* orders sent next-day, promised in two days */
} SgDestination;

extern const SgDestination sg_destinations[];
extern const int sg_n_destinations;

/* the shop's home country: the warehouse's, and the retail calendar's */
#define SG_HOME_COUNTRY "US"

/* the destination of a customer's zone (SgZone), into sg_destinations */
extern int	sg_destination_of_zone(int zone);

/* an order's way through the warehouse and the carrier */
typedef struct SgShipment
{
	int64_t		shipped_at;		/* the carrier's first scan */
	int64_t		delivered_at;
	int64_t		promised_at;	/* 20:00 customer time on the promised day */
} SgShipment;

/*
 * The shipment of an order placed at ordered_at by a customer of zone
 * (SgZone) whose goods are all in stock from ready_from on (ordered_at,
 * or a restock); known_from is the instant the promise counts from (the
 * restock the shop knows of, else ordered_at).  holiday: placed in the
 * holiday season (backlogs in the warehouse and at the carrier).  Draws
 * from r, a fixed number of draws per call.
 */
extern void sg_fulfil(const SgScenario *sc, int zone, int64_t ordered_at, int64_t ready_from,
					  int64_t known_from, bool holiday, SgRng *r, SgShipment *s);

/* working days: the warehouse's (store's local day) and the carrier's (any local day) */
extern bool sg_warehouse_works(int64_t day);
extern bool sg_carrier_delivers(int64_t day);

#endif							/* SYNTHGEN_FULFILMENT_H */
