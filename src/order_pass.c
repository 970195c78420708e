/*-------------------------------------------------------------------------
 *
 * order_pass.c
 *	  The loops over the orders and the abandoned carts that the tables
 *	  made from them (orders, order_items, support_tickets,
 *	  cart_abandonment, returns) share: one table's rows for a slice (its
 *	  synth_* function), or several tables' rows from one pass that
 *	  computes each order and cart once (synthgen.load_together(), which
 *	  generate() with jobs => 1 uses).  docs/design.md, "One pass over the
 *	  orders and carts".
 *
 *-------------------------------------------------------------------------
 */
#include "synthgen.h"

#include "miscadmin.h"

/* orders computed before their rows are written: 32 x 928 bytes */
#define PASS_BATCH	32

/* one table made from orders: the rows of the orders of the call's slice */
void
sg_fill_by_order(SgCall *call, const SgPassTable *pt)
{
	SgEvents   *ev = &call->ev;
	SgIter		it;
	int64		first,
				end;
	void	   *state = pt->init(call);
	SgOrder		o;

	Assert(pt->order_rows != NULL);
	sg_slice(ev->total_orders, call->part, call->parts, &first, &end);
	for (sg_iter_orders(&it, ev, first, end); sg_iter_next(&it);)
	{
		sg_order_get(ev, it.hour, it.id, &o);
		pt->order_rows(call, state, &o);
		CHECK_FOR_INTERRUPTS();
	}
}

/*
 * Several tables made from orders and carts, whole (no slices), each into
 * its own bulk sink: every order is computed once (PASS_BATCH at a time)
 * and handed to each table that has rows for orders, then every abandoned
 * cart to each that has rows for carts.  Each table gets the rows its own function returns, in
 * the same order.  rows[i] and seconds[i] are table i's: its rows, and the
 * time spent making and writing them.  The orders' own computation counts
 * under the first table with rows for orders (orders, when it is among
 * them: the registry lists it first); the whole cart loop under
 * cart_abandonment when it is among them (a cart's tickets are a chance
 * check, and rarely a row), else under the table with rows for carts.
 */
void
sg_fill_together(SgCall *call, int n, const SgTableDef *const *defs,
				 SgBulk *const *sinks, int64 *rows, double *seconds)
{
	SgEvents   *ev = &call->ev;
	SgIter		it;
	void	  **states = palloc(sizeof(void *) * n);
	instr_time *spent = palloc0(sizeof(instr_time) * n);
	instr_time	t0,
				t1;
	int			carts_to = -1;
	bool		orders = false;
	SgOrder    *batch = palloc(sizeof(SgOrder) * PASS_BATCH);
	SgCart		c;
	int			i;

	Assert(call->part == 0 && call->parts == 1);
	for (i = 0; i < n; i++)
	{
		const SgPassTable *pt = defs[i]->pass;

		Assert(pt != NULL);
		states[i] = pt->init(call);
		orders |= pt->order_rows != NULL;
		if (pt->cart_rows && (carts_to < 0 || pt->order_rows == NULL))
			carts_to = i;
		rows[i] = 0;
	}

	INSTR_TIME_SET_CURRENT(t0);
	if (orders)
	{
		bool		more;

		sg_iter_orders(&it, ev, 0, ev->total_orders);
		do
		{
			int			nbatch = 0,
						b;

			/*
			 * A batch of orders, then each table's rows for all of them: each
			 * table's code and state stay in the caches for a whole batch
			 */
			while ((more = sg_iter_next(&it)) && nbatch < PASS_BATCH - 1)
				sg_order_get(ev, it.hour, it.id, &batch[nbatch++]);
			if (more)
				sg_order_get(ev, it.hour, it.id, &batch[nbatch++]);
			for (i = 0; i < n; i++)
			{
				int64		before = call->rows;

				if (defs[i]->pass->order_rows == NULL)
					continue;
				call->bulk = sinks[i];
				for (b = 0; b < nbatch; b++)
					defs[i]->pass->order_rows(call, states[i], &batch[b]);
				rows[i] += call->rows - before;
				INSTR_TIME_SET_CURRENT(t1);
				INSTR_TIME_ACCUM_DIFF(spent[i], t1, t0);
				t0 = t1;
			}
			CHECK_FOR_INTERRUPTS();
		} while (more);
	}
	if (carts_to >= 0)
	{
		for (sg_iter_carts(&it, ev, 0, ev->total_carts); sg_iter_next(&it);)
		{
			sg_cart_get(ev, it.hour, it.id, &c);
			for (i = 0; i < n; i++)
			{
				int64		before = call->rows;

				if (defs[i]->pass->cart_rows == NULL)
					continue;
				call->bulk = sinks[i];
				defs[i]->pass->cart_rows(call, states[i], &c);
				rows[i] += call->rows - before;
			}
			CHECK_FOR_INTERRUPTS();
		}
		INSTR_TIME_SET_CURRENT(t1);
		INSTR_TIME_ACCUM_DIFF(spent[carts_to], t1, t0);
	}
	call->bulk = NULL;
	for (i = 0; i < n; i++)
		seconds[i] = INSTR_TIME_GET_DOUBLE(spent[i]);
}
