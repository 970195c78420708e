/*
 * test/unit/window.h: what a PostgreSQL-free program needs to set up the
 * generators' windows (the unit tests, test/bench/generators.c): an arena
 * that hands out zeroed blocks and frees them together (the palloc0 of
 * a call), and instants from a civil date and hour.
 */
#ifndef SYNTHGEN_WINDOW_H
#define SYNTHGEN_WINDOW_H

#include <stdio.h>
#include <stdlib.h>

#include "schedule.h"

#define HOUR SG_USECS_PER_HOUR
#define DAY SG_USECS_PER_DAY
#define ARENA_BLOCKS 1024

static void *arena_blocks[ARENA_BLOCKS];
static int	arena_nblocks;

static void *
arena_alloc(size_t size)
{
	void	   *p;

	if (arena_nblocks == ARENA_BLOCKS || (p = calloc(1, size ? size : 1)) == NULL)
	{
		printf("out of memory\n");
		exit(2);
	}
	arena_blocks[arena_nblocks++] = p;
	return p;
}

static void
arena_free(void)
{
	while (arena_nblocks > 0)
		free(arena_blocks[--arena_nblocks]);
}

static inline int64_t
at(int64_t y, int m, int d, int h)
{
	return sg_days_from_civil(y, m, d) * DAY + h * HOUR;
}

#endif							/* SYNTHGEN_WINDOW_H */
