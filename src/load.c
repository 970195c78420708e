/*-------------------------------------------------------------------------
 *
 * load.c
 *	  The bulk path of generate(): synthgen.load() fills a table with one
 *	  generator's rows through the table AM's multi-insert, as COPY FROM
 *	  does (see src/backend/commands/copyfrom.c), skipping the executor and
 *	  the tuplestore a FROM-clause function is materialized into;
 *	  synthgen.load_together() fills several tables made from orders and
 *	  carts from one pass over them (order_pass.c).
 *
 * Rows are formed straight into the table's slots, inserted in batches
 * with a BulkInsertState, and reported in pg_stat_progress_copy.  The
 * target must be a plain table whose columns are the generator's row type
 * (generate() creates them with LIKE synthgen.<type>); it must have no
 * indexes, triggers, rules or row-level security, since this path
 * maintains none of them: generate() adds keys after loading.
 *
 *-------------------------------------------------------------------------
 */
#include "synthgen.h"

#include "access/heapam.h"
#include "access/tableam.h"
#include "access/xact.h"
#include "catalog/namespace.h"
#include "catalog/pg_type.h"
#include "commands/progress.h"
#include "executor/tuptable.h"
#include "funcapi.h"
#include "miscadmin.h"
#include "pgstat.h"
#include "utils/acl.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/rel.h"
#include "utils/rls.h"
#include "utils/syscache.h"
#include "utils/typcache.h"

/* load_together(): at most every table made from orders and carts, once */
#define TOGETHER_MAX	5

/* a batch: COPY FROM flushes at 1000 tuples or 64 kB, so do we */
#define BULK_MAX_ROWS	1000
#define BULK_MAX_BYTES	65535

struct SgBulk
{
	Relation	rel;
	int			natts;			/* of the relation, dropped columns included */
	int		   *map;			/* generator column i -> relation attribute index */
	int			ncols;			/* generator columns */
	bool	   *notnull;		/* generator column i goes to a NOT NULL column */
	bool		any_notnull;
	TupleTableSlot **slots;
	int			nused;
	size_t		bytes;
	BulkInsertState bistate;
	MemoryContext flushctx;		/* reset after every batch */
	CommandId	cid;
	int			ti_options;
	int64		done;
	bool		progress;		/* reports in pg_stat_progress_copy */
};

static void
bulk_flush(SgBulk *bulk)
{
	int			i;
	MemoryContext old;

	if (bulk->nused == 0)
		return;

	/*
	 * heap_multi_insert() allocates per batch (the tuple array, and the
	 * tuples it prepares) and frees none of it, as copyfrom.c notes: 8+
	 * bytes a row that would add up to 160 MB over 20 M rows.
	 */
	old = MemoryContextSwitchTo(bulk->flushctx);
	table_multi_insert(bulk->rel, bulk->slots, bulk->nused, bulk->cid,
					   bulk->ti_options, bulk->bistate);
	MemoryContextSwitchTo(old);
	MemoryContextReset(bulk->flushctx);
	bulk->done += bulk->nused;
	for (i = 0; i < bulk->nused; i++)
		ExecClearTuple(bulk->slots[i]);
	bulk->nused = 0;
	bulk->bytes = 0;
	if (bulk->progress)
		pgstat_progress_update_param(PROGRESS_COPY_TUPLES_PROCESSED, bulk->done);
}

void
sg_bulk_put(SgBulk *bulk, Datum *values, bool *nulls)
{
	TupleTableSlot *slot = bulk->slots[bulk->nused];
	int			i;

	ExecClearTuple(slot);
	/* dropped columns stay NULL from the slot's creation on */
	for (i = 0; i < bulk->ncols; i++)
	{
		slot->tts_values[bulk->map[i]] = values[i];
		slot->tts_isnull[bulk->map[i]] = nulls[i];
		/* as ExecConstraints() would: a user may have declared NOT NULL */
		if (nulls[i] && bulk->any_notnull && bulk->notnull[i])
			ereport(ERROR,
					(errcode(ERRCODE_NOT_NULL_VIOLATION),
					 errmsg("null value in column \"%s\" of relation \"%s\" violates not-null constraint",
							NameStr(TupleDescAttr(RelationGetDescr(bulk->rel), bulk->map[i])->attname),
							RelationGetRelationName(bulk->rel)),
					 errhint("Drop the NOT NULL constraint: synthgen leaves this column NULL in some rows.")));
	}
	ExecStoreVirtualTuple(slot);
	/* the values live in per-row buffers: copy them into the slot now */
	ExecMaterializeSlot(slot);
	if (TTS_IS_HEAPTUPLE(slot) && ((HeapTupleTableSlot *) slot)->tuple)
		bulk->bytes += ((HeapTupleTableSlot *) slot)->tuple->t_len;
	else
		bulk->bytes += 128;		/* other table AMs: a typical row */
	if (++bulk->nused == BULK_MAX_ROWS || bulk->bytes >= BULK_MAX_BYTES)
		bulk_flush(bulk);
}

/*
 * The target must take the generator's columns, in order, with the same
 * types and modifiers (numeric(12,2) stays numeric(12,2)): anything else
 * would store values the column does not promise.
 */
static void
check_target(SgBulk *bulk, const SgTableDef *def)
{
	Relation	rel = bulk->rel;
	TupleDesc	have = RelationGetDescr(rel);
	int			i;

	if (rel->rd_rel->relkind != RELKIND_RELATION || rel->rd_rel->relispartition)
		ereport(ERROR,
				(errcode(ERRCODE_WRONG_OBJECT_TYPE),
				 errmsg("\"%s\" is not a plain table", RelationGetRelationName(rel)),
				 errdetail("Partitioned tables, partitions, views and foreign tables are loaded with INSERT."),
				 errhint("synthgen.load() writes plain tables; use INSERT ... SELECT * FROM %s(...) for others.",
						 def->function)));
	/* as core: another session's temporary buffers are not ours to write */
	if (RELATION_IS_OTHER_TEMP(rel))
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("cannot access temporary tables of other sessions")));

	/*
	 * Whatever INSERT or COPY FROM would enforce and this path does not is
	 * refused, so that load() lets nobody store what INSERT would not:
	 * indexes (the index list, not relhasindex: that stays set until
	 * VACUUM), triggers (foreign keys among them), rules, row-level
	 * security, CHECK constraints and generated columns.  NOT NULL is
	 * checked per value (sg_bulk_put).
	 */
	if (RelationGetIndexList(rel) != NIL || rel->trigdesc || rel->rd_rules ||
		check_enable_rls(RelationGetRelid(rel), InvalidOid, true) == RLS_ENABLED ||
		(have->constr && (have->constr->num_check > 0 || have->constr->has_generated_stored)))
		ereport(ERROR,
				(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
				 errmsg("table \"%s\" has indexes, triggers, rules, row-level security, CHECK constraints or generated columns",
						RelationGetRelationName(rel)),
				 errdetail("The bulk path maintains or enforces none of them."),
				 errhint("Load before adding them (generate() does), or use INSERT ... SELECT * FROM %s(...).",
						 def->function)));

	bulk->ncols = sg_table_ncolumns(def);
	bulk->natts = have->natts;
	bulk->map = palloc(sizeof(int) * bulk->ncols);
	bulk->notnull = palloc0(sizeof(bool) * bulk->ncols);
	sg_check_columns(def, have, psprintf("table \"%s\"", RelationGetRelationName(rel)), bulk->map);
	for (i = 0; i < bulk->ncols; i++)
	{
		Form_pg_attribute a = TupleDescAttr(have, bulk->map[i]);

		/* as INSERT without OVERRIDING SYSTEM VALUE */
		if (a->attidentity == ATTRIBUTE_IDENTITY_ALWAYS)
			ereport(ERROR,
					(errcode(ERRCODE_GENERATED_ALWAYS),
					 errmsg("cannot insert a non-DEFAULT value into column \"%s\" of table \"%s\"",
							NameStr(a->attname), RelationGetRelationName(rel)),
					 errdetail("Column \"%s\" is an identity column defined as GENERATED ALWAYS.",
							   NameStr(a->attname)),
					 errhint("Make it GENERATED BY DEFAULT, or use INSERT ... OVERRIDING SYSTEM VALUE SELECT * FROM %s(...).",
							 def->function)));
		bulk->notnull[i] = a->attnotnull;
		bulk->any_notnull |= a->attnotnull;
	}
}

/*
 * Whether the rows can be written frozen, as COPY ... FREEZE writes them
 * (copyfrom.c): only into a table created, or given a new relfilenode
 * (TRUNCATE), in this very subtransaction, so that no rollback can leave
 * frozen rows behind in a table that stays.  Frozen rows are committed
 * for everyone from the start: the first reader sets no hint bits and
 * dirties no page, the pages are all-visible and all-frozen in the
 * visibility map (heap_multi_insert() sets both for pages it starts), so
 * VACUUM has nothing to do and index-only scans work at once.  The price
 * is COPY FREEZE's: once committed, the rows are visible to snapshots
 * older than the load (docs/design.md, "After the load").
 */
static bool
load_frozen(Relation rel)
{
	SubTransactionId mine = GetCurrentSubTransactionId();

	return rel->rd_createSubid == mine || rel->rd_newRelfilenodeSubid == mine;
}

/* a registered table, by the name an argument gives */
static const SgTableDef *
table_by_name(const char *name, const char *argument)
{
	const SgTableDef *def = sg_table_def(name);

	if (def == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("unknown synthgen table \"%s\" in argument \"%s\"", name, argument),
				 errhint("Known tables: customers, suppliers, products, campaigns, orders, order_items, support_tickets, cart_abandonment, returns, system_metrics.")));
	return def;
}

/* the same rights INSERT needs */
static void
check_insert_right(Oid relid)
{
	AclResult	aclresult = pg_class_aclcheck(relid, GetUserId(), ACL_INSERT);

	if (aclresult != ACLCHECK_OK)
		aclcheck_error(aclresult, get_relkind_objtype(get_rel_relkind(relid)),
					   get_rel_name(relid));
}

/* open relid as a sink for def's rows (checked), with its slots and batch state */
static void
bulk_open(SgBulk *bulk, Oid relid, const SgTableDef *def, bool progress)
{
	int			i;

	memset(bulk, 0, sizeof(*bulk));
	bulk->rel = table_open(relid, RowExclusiveLock);
	check_target(bulk, def);
	bulk->slots = palloc(sizeof(TupleTableSlot *) * BULK_MAX_ROWS);
	for (i = 0; i < BULK_MAX_ROWS; i++)
	{
		bulk->slots[i] = table_slot_create(bulk->rel, NULL);
		/* once per slot: sg_bulk_put() sets only the generator's columns */
		memset(bulk->slots[i]->tts_isnull, true, sizeof(bool) * bulk->natts);
	}
	bulk->bistate = GetBulkInsertState();
	bulk->flushctx = AllocSetContextCreate(CurrentMemoryContext, "synthgen bulk batch",
										   ALLOCSET_DEFAULT_SIZES);
	bulk->cid = GetCurrentCommandId(true);
	/* as COPY FROM: a table created in this (sub)transaction needs no FSM */
	if (bulk->rel->rd_createSubid != InvalidSubTransactionId ||
		bulk->rel->rd_firstRelfilenodeSubid != InvalidSubTransactionId)
		bulk->ti_options |= TABLE_INSERT_SKIP_FSM;
	if (load_frozen(bulk->rel))
		bulk->ti_options |= TABLE_INSERT_FROZEN;
	bulk->progress = progress;
}

/* write what is left and release the sink */
static void
bulk_close(SgBulk *bulk)
{
	int			i;

	bulk_flush(bulk);
	FreeBulkInsertState(bulk->bistate);
	table_finish_bulk_insert(bulk->rel, bulk->ti_options);
	for (i = 0; i < BULK_MAX_ROWS; i++)
		ExecDropSingleTupleTableSlot(bulk->slots[i]);
	table_close(bulk->rel, NoLock);
	MemoryContextDelete(bulk->flushctx);
}

static void
progress_start(Oid relid)
{
	pgstat_progress_start_command(PROGRESS_COMMAND_COPY, relid);
	pgstat_progress_update_param(PROGRESS_COPY_COMMAND, PROGRESS_COPY_COMMAND_FROM);
	pgstat_progress_update_param(PROGRESS_COPY_TYPE, PROGRESS_COPY_TYPE_CALLBACK);
}

/*
 * synthgen.load(target regclass, table_name text, scenario text,
 *				 start timestamptz, hours int, seed bigint,
 *				 orders_per_day int, customers bigint, products int,
 *				 suppliers int, part int, parts int, as_of timestamptz) RETURNS bigint
 */
PG_FUNCTION_INFO_V1(synthgen_load);
Datum
synthgen_load(PG_FUNCTION_ARGS)
{
	static const SgArgPos event_pos = {
		.scenario = SG_ARG(2), .start = SG_ARG(3), .hours = SG_ARG(4), .seed = SG_ARG(5),
		.orders_per_day = SG_ARG(6), .customers = SG_ARG(7), .products = SG_ARG(8),
		.suppliers = SG_ARG(9), .part = SG_ARG(10), .parts = SG_ARG(11), .as_of = SG_ARG(12)
	};
	SgArgPos	pos = event_pos;
	Oid			relid;
	const SgTableDef *def;
	SgCall	   *call;
	SgBulk		bulk;

	if (PG_ARGISNULL(0) || PG_ARGISNULL(1))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("arguments \"target\" and \"table_name\" must not be NULL")));
	relid = PG_GETARG_OID(0);
	def = table_by_name(text_to_cstring(PG_GETARG_TEXT_PP(1)), "table_name");
	if (!def->window)
		pos.start = pos.hours = 0;

	check_insert_right(relid);
	PreventCommandIfReadOnly("synthgen.load()");

	call = palloc(sizeof(SgCall));
	sg_call_start(call, fcinfo, def->function, &pos, def->events);
	bulk_open(&bulk, relid, def, true);
	progress_start(relid);

	call->bulk = &bulk;
	def->fill(call);
	bulk_close(&bulk);
	pgstat_progress_end_command();

	sg_call_end(call);
	PG_RETURN_INT64(bulk.done);
}

/*
 * synthgen.load_together(targets regclass[], table_names text[],
 *						  scenario text, start timestamptz, hours int,
 *						  seed bigint, orders_per_day int, customers bigint,
 *						  products int, suppliers int, as_of timestamptz)
 *	RETURNS TABLE (table_name text, rows bigint, seconds float8)
 *
 * Several tables made from orders and carts (orders, order_items,
 * support_tickets, cart_abandonment, returns), each into its target as
 * load() would, from one pass over the orders and carts (order_pass.c):
 * each order and cart is computed once.  Whole tables only.  A row per
 * table, in the order given: its rows and the seconds spent on them
 * (sg_fill_together says whose the orders' and carts' own time is; the
 * setup and the last batches count under the first), adding up to the
 * call's.
 * pg_stat_progress_copy follows the first target.
 */
PG_FUNCTION_INFO_V1(synthgen_load_together);
Datum
synthgen_load_together(PG_FUNCTION_ARGS)
{
	static const SgArgPos pos = {
		.scenario = SG_ARG(2), .start = SG_ARG(3), .hours = SG_ARG(4), .seed = SG_ARG(5),
		.orders_per_day = SG_ARG(6), .customers = SG_ARG(7), .products = SG_ARG(8),
		.suppliers = SG_ARG(9), .as_of = SG_ARG(10)
	};
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	Datum	   *targets,
			   *names;
	bool	   *tnulls,
			   *nnulls;
	int			n,
				nnames,
				i,
				j;
	const SgTableDef *defs[TOGETHER_MAX];
	SgBulk		bulks[TOGETHER_MAX];
	SgBulk	   *sinks[TOGETHER_MAX];
	int64		rows[TOGETHER_MAX];
	double		seconds[TOGETHER_MAX];
	SgCall	   *call;
	instr_time	started,
				elapsed;
	double		sum = 0;

	INSTR_TIME_SET_CURRENT(started);
	if (PG_ARGISNULL(0) || PG_ARGISNULL(1))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("arguments \"targets\" and \"table_names\" must not be NULL")));
	deconstruct_array(PG_GETARG_ARRAYTYPE_P(0), REGCLASSOID, sizeof(Oid), true, TYPALIGN_INT,
					  &targets, &tnulls, &n);
	deconstruct_array(PG_GETARG_ARRAYTYPE_P(1), TEXTOID, -1, false, TYPALIGN_INT,
					  &names, &nnulls, &nnames);
	if (n < 1 || n > TOGETHER_MAX || n != nnames)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("arguments \"targets\" and \"table_names\" must have the same number of elements, from 1 to %d",
						TOGETHER_MAX),
				 errdetail("Got %d targets and %d table names.", n, nnames),
				 errhint("Name one table for each target, in the same order.")));
	for (i = 0; i < n; i++)
	{
		if (tnulls[i] || nnulls[i])
			ereport(ERROR,
					(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
					 errmsg("arguments \"targets\" and \"table_names\" must not contain NULL")));
		defs[i] = table_by_name(TextDatumGetCString(names[i]), "table_names");
		if (defs[i]->pass == NULL)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("table \"%s\" in argument \"table_names\" is not made from orders or carts",
							defs[i]->name),
					 errdetail("load_together() loads orders, order_items, support_tickets, cart_abandonment and returns."),
					 errhint("Load \"%s\" with synthgen.load().", defs[i]->name)));
		for (j = 0; j < i; j++)
			if (defs[j] == defs[i] || DatumGetObjectId(targets[j]) == DatumGetObjectId(targets[i]))
				ereport(ERROR,
						(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
						 errmsg("argument \"%s\" names \"%s\" twice",
								defs[j] == defs[i] ? "table_names" : "targets",
								defs[j] == defs[i] ? defs[i]->name :
								get_rel_name(DatumGetObjectId(targets[i]))),
						 errhint("Each table and each target once.")));
		check_insert_right(DatumGetObjectId(targets[i]));
	}
	PreventCommandIfReadOnly("synthgen.load_together()");

	call = palloc(sizeof(SgCall));
	sg_call_start(call, fcinfo, "synthgen.load_together", &pos, true);
	for (i = 0; i < n; i++)
	{
		bulk_open(&bulks[i], DatumGetObjectId(targets[i]), defs[i], i == 0);
		sinks[i] = &bulks[i];
	}
	progress_start(DatumGetObjectId(targets[0]));
	sg_fill_together(call, n, defs, sinks, rows, seconds);
	for (i = 0; i < n; i++)
		bulk_close(&bulks[i]);
	pgstat_progress_end_command();
	sg_call_end(call);
	/* the setup (the window's events) and the last batches: the first table's */
	INSTR_TIME_SET_CURRENT(elapsed);
	INSTR_TIME_SUBTRACT(elapsed, started);
	for (i = 0; i < n; i++)
		sum += seconds[i];
	seconds[0] += Max(INSTR_TIME_GET_DOUBLE(elapsed) - sum, 0);

	InitMaterializedSRF(fcinfo, 0);
	for (i = 0; i < n; i++)
	{
		Datum		values[3];
		bool		nulls[3] = {0};

		values[0] = CStringGetTextDatum(defs[i]->name);
		values[1] = Int64GetDatum(rows[i]);
		values[2] = Float8GetDatum(seconds[i]);
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}
	return (Datum) 0;
}
