/*
 * unit.h
 *	  The few lines every C unit test shares: pass/fail counters, CHECK(),
 *	  and the closing "name: N passed, M failed" line.
 */
#ifndef SYNTHGEN_UNIT_H
#define SYNTHGEN_UNIT_H

#include <stdio.h>

static int	npassed,
			nfailed;

#define CHECK(cond, ...) \
	do { \
		if (cond) \
			npassed++; \
		else \
		{ \
			nfailed++; \
			printf("FAIL %s:%d: ", __FILE__, __LINE__); \
			printf(__VA_ARGS__); \
			printf("\n"); \
		} \
	} while (0)

static inline int
unit_report(const char *name)
{
	printf("%s: %d passed, %d failed\n", name, npassed, nfailed);
	return nfailed ? 1 : 0;
}

#endif							/* SYNTHGEN_UNIT_H */
