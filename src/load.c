/*-------------------------------------------------------------------------
 *
 * load.c
 *	  The bulk path of generate(): synthgen.load() fills a table with one
 *	  generator's rows through the table AM's multi-insert, as COPY FROM
 *	  does (see src/backend/commands/copyfrom.c), skipping the executor and
 *	  the tuplestore a FROM-clause function is materialized into.
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
#include "miscadmin.h"
#include "pgstat.h"
#include "utils/acl.h"
#include "utils/builtins.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/rel.h"
#include "utils/rls.h"
#include "utils/syscache.h"
#include "utils/typcache.h"

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
	char	   *name;
	const SgTableDef *def;
	SgCall	   *call;
	SgBulk		bulk;
	AclResult	aclresult;
	int			i;

	if (PG_ARGISNULL(0) || PG_ARGISNULL(1))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("arguments \"target\" and \"table_name\" must not be NULL")));
	relid = PG_GETARG_OID(0);
	name = text_to_cstring(PG_GETARG_TEXT_PP(1));
	def = sg_table_def(name);
	if (def == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("unknown synthgen table \"%s\"", name),
				 errhint("Known tables: customers, suppliers, products, campaigns, orders, order_items, support_tickets, cart_abandonment, returns, system_metrics.")));
	if (!def->window)
		pos.start = pos.hours = 0;

	/* the same rights INSERT needs */
	aclresult = pg_class_aclcheck(relid, GetUserId(), ACL_INSERT);
	if (aclresult != ACLCHECK_OK)
		aclcheck_error(aclresult, get_relkind_objtype(get_rel_relkind(relid)),
					   get_rel_name(relid));
	PreventCommandIfReadOnly("synthgen.load()");

	call = palloc(sizeof(SgCall));
	sg_call_start(call, fcinfo, def->function, &pos, def->events);

	memset(&bulk, 0, sizeof(bulk));
	bulk.rel = table_open(relid, RowExclusiveLock);
	check_target(&bulk, def);
	bulk.slots = palloc(sizeof(TupleTableSlot *) * BULK_MAX_ROWS);
	for (i = 0; i < BULK_MAX_ROWS; i++)
	{
		bulk.slots[i] = table_slot_create(bulk.rel, NULL);
		/* once per slot: sg_bulk_put() sets only the generator's columns */
		memset(bulk.slots[i]->tts_isnull, true, sizeof(bool) * bulk.natts);
	}
	bulk.bistate = GetBulkInsertState();
	bulk.flushctx = AllocSetContextCreate(CurrentMemoryContext, "synthgen bulk batch",
										  ALLOCSET_DEFAULT_SIZES);
	bulk.cid = GetCurrentCommandId(true);
	/* as COPY FROM: a table created in this (sub)transaction needs no FSM */
	if (bulk.rel->rd_createSubid != InvalidSubTransactionId ||
		bulk.rel->rd_firstRelfilenodeSubid != InvalidSubTransactionId)
		bulk.ti_options |= TABLE_INSERT_SKIP_FSM;
	if (load_frozen(bulk.rel))
		bulk.ti_options |= TABLE_INSERT_FROZEN;

	pgstat_progress_start_command(PROGRESS_COMMAND_COPY, relid);
	pgstat_progress_update_param(PROGRESS_COPY_COMMAND, PROGRESS_COPY_COMMAND_FROM);
	pgstat_progress_update_param(PROGRESS_COPY_TYPE, PROGRESS_COPY_TYPE_CALLBACK);

	call->bulk = &bulk;
	def->fill(call);
	bulk_flush(&bulk);

	pgstat_progress_end_command();
	FreeBulkInsertState(bulk.bistate);
	table_finish_bulk_insert(bulk.rel, bulk.ti_options);
	for (i = 0; i < BULK_MAX_ROWS; i++)
		ExecDropSingleTupleTableSlot(bulk.slots[i]);
	table_close(bulk.rel, NoLock);

	sg_call_end(call);
	PG_RETURN_INT64(bulk.done);
}
