/*-------------------------------------------------------------------------
 *
 * generate.c
 *	  synthgen.generate(): the main job.  Creates (or replaces, or appends
 *	  to) the chosen tables in a schema, bulk-loads them with
 *	  synthgen.load(), adds their primary and foreign keys, analyzes them,
 *	  logs the run in synthgen.run_log and reports it once, with each
 *	  table's load, key and ANALYZE time.
 *
 * What a table is (name, row type, keys, load order) comes from the
 * registry (tables.c).  Everything runs with the caller's rights: the DDL
 * goes through SPI, every name quoted and schema-qualified, and catalog
 * look-ups are syscache look-ups, so nothing depends on search_path.  Only
 * the run log is written as its owner (see log_run), so nobody can write
 * or forge its rows but generate() itself.
 *
 * What generate() creates carries a marker that survives pg_dump: a
 * COMMENT ON TABLE (and ON SCHEMA, ON CONSTRAINT for the keys) beginning
 * "synthgen.generate()" and naming the run, the scenario and the world's
 * arguments.  replace and append act only on tables that carry it and
 * belong to the caller (or to a role the caller is a member of), and drop
 * and re-add only the constraints generate() marked; anything else in the
 * schema is never dropped or altered.
 *
 * A table's primary key is built, and the table analyzed, right after it
 * is loaded (while its pages are recent); the foreign
 * keys come last, once both sides have their keys and statistics.  A
 * table created in the call is loaded frozen (load.c), so the key builds,
 * the validations and ANALYZE read all-visible pages (docs/design.md,
 * "After the load").
 *
 * jobs => 1 is one transaction.  jobs > 1 runs a graph of tasks in
 * background workers (workers.c), each task a transaction of its own: the
 * schema and what replace drops first, then per table one task that
 * creates it, loads it (frozen: created in the same transaction), builds
 * its primary key and analyzes it (the tables made from orders and carts:
 * two such tasks of several tables, each loaded from one pass, see
 * build_tasks); then per foreign key a task adding it
 * NOT VALID once both tables are committed, and one validating it, so the
 * validations run side by side (VALIDATE CONSTRAINT does not take the
 * lock ADD FOREIGN KEY takes on both tables).  The workers are one lock
 * group with the caller, so PostgreSQL's locks do not keep them apart:
 * the tasks that change the same table's catalog rows (adding a foreign
 * key touches both tables) share a resource and never run at once.  What
 * the workers committed must never outlive a failure of the call:
 *
 *	- an error, a cancel or statement_timeout: the caller's work (the run
 *	  log) runs in a subtransaction; it is rolled back (releasing the
 *	  caller's locks), then a worker drops what this run created (the
 *	  tables and schema carrying this run's marker: every table is created
 *	  and marked in one transaction) with a short lock_timeout, and a
 *	  WARNING says what is left if that fails;
 *	- the caller's death (pg_terminate_backend, or a lost client noticed
 *	  at the next message): a FATAL error does not unwind to PG_CATCH, so
 *	  a before_shmem_exit callback does the same clean-up in the exiting
 *	  backend, in its own transaction, as core drops a session's temporary
 *	  tables.  The callback stays armed until the calling transaction
 *	  ends, so a death between generate()'s return and the commit (while
 *	  the result is sent) is covered too.
 *
 * The workers themselves are stopped by workers.c: a caller that exits
 * inside sg_run_parallel() terminates the workers it started and waits for
 * them (its own exit callback, registered later, runs before this one), and
 * a worker started after its caller is gone cannot join the caller's lock
 * group and exits before running anything.  So no worker commits after the
 * clean-up.  Only a crash of the whole server (or kill -9 of the backend,
 * which restarts it) can still leave tables behind; they carry the marker.
 *
 *-------------------------------------------------------------------------
 */
#include "synthgen.h"

#include <math.h>

#include "access/xact.h"
#include "catalog/namespace.h"
#include "catalog/pg_class.h"
#include "catalog/pg_constraint.h"
#include "catalog/pg_namespace.h"
#include "catalog/pg_type.h"
#include "commands/comment.h"
#include "commands/sequence.h"
#include "executor/spi.h"
#include "funcapi.h"
#include "miscadmin.h"
#include "postmaster/bgworker.h"
#include "storage/ipc.h"
#include "storage/proc.h"
#include "tcop/tcopprot.h"
#include "utils/acl.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/datetime.h"
#include "utils/guc.h"
#include "utils/inval.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/resowner.h"
#include "utils/snapmgr.h"
#include "utils/syscache.h"
#include "utils/timeout.h"
#include "utils/timestamp.h"

/* the markers: every comment generate() writes begins with SG_MARK */
#define SG_MARK				"synthgen.generate()"
#define SG_MARK_KEY			SG_MARK " key"

/*
 * The clean-up of what workers committed waits this long for a lock (a
 * session reading a new table, say) before it gives up and says what is
 * left.  Above deadlock_timeout (1 s by default), after which a lock wait
 * cancels an autovacuum that holds the lock.
 */
#define SG_CLEANUP_LOCK_TIMEOUT	"2s"

#define SG_MAX_TABLES		16

/* the arguments after if_exists, in synthgen--2.0.sql's order */
#define SG_ARG_KEYS			12
#define SG_ARG_UNLOGGED		13
#define SG_ARG_AS_OF		14

typedef enum SgIfExists
{
	SG_IF_EXISTS_ERROR,
	SG_IF_EXISTS_APPEND,
	SG_IF_EXISTS_REPLACE
} SgIfExists;

/* keys => ...: which keys generate() adds */
typedef enum SgKeys
{
	SG_KEYS_ALL,				/* primary keys, and foreign keys among the tables */
	SG_KEYS_PRIMARY,
	SG_KEYS_NONE
} SgKeys;

typedef struct GenTable
{
	const SgTableDef *def;
	bool		exists;			/* before the call */
	bool		create;			/* this call creates it */
	bool		pkey;			/* gets its primary key */
	bool		append;			/* this call appends to it, keys in place */
	bool		together;		/* jobs => 1: loaded in the orders' one pass */
	Oid			relid;			/* once it exists */
	int64		rows;
	double		seconds;		/* the load (with CREATE TABLE) */
	double		key_seconds;	/* its primary key and its foreign keys */
	double		analyze_seconds;
} GenTable;

/*
 * What one task loads: a table, or (jobs > 1) the tables loaded together
 * from one pass, in registry order, with their work summed.
 */
typedef struct GenUnit
{
	GenTable   *members[SG_MAX_TABLES];
	int			n;
	int			work;
} GenUnit;

/* a foreign key generate() adds after loading */
typedef struct GenFkey
{
	const SgTableDef *def;
	const SgForeignKey *fk;
	GenTable   *timed;			/* the chosen table its time goes to */
} GenFkey;

#define SG_MAX_FKEYS	(SG_MAX_TABLES * SG_MAX_FOREIGN_KEYS)

typedef struct Gen
{
	/* arguments */
	char	   *scenario;
	TimestampTz start;
	int32		hours;
	int64		seed;			/* the scenario's when NULL */
	TimestampTz as_of;
	bool		as_of_null;
	char		world[17];		/* the world's fingerprint, hex */
	Datum		orders_per_day,
				customers,
				products,
				suppliers;
	bool		orders_per_day_null,
				customers_null,
				products_null,
				suppliers_null;
	char	   *schema;
	int32		jobs;
	SgIfExists	if_exists;
	const char *if_exists_name;
	SgKeys		keys;
	const char *keys_name;
	bool		unlogged;

	/* the plan */
	GenTable	tables[SG_MAX_TABLES];
	int			ntables;
	bool		make_schema;
	List	   *setup;			/* DDL before loading, in order */
	GenFkey		fkeys[SG_MAX_FKEYS];	/* what is added after loading */
	int			nfkeys;
	int64		run_id;
	char	   *arguments;		/* jsonb, as text */
	char	   *marker;			/* this run's table comment */
	char	   *run_mark;		/* its prefix "synthgen.generate() run N:" */

	/* the outcome */
	TimestampTz started;
} Gen;

/*
 * What a jobs > 1 call has committed through its workers, for the exit
 * callback: in static memory, as it must outlive any memory context.
 */
typedef struct SgPending
{
	bool		active;			/* workers may have committed for this call */
	bool		call_done;		/* generate() returned; its transaction runs on */
	char		run_mark[64];
	char		schema[NAMEDATALEN];
	bool		make_schema;
	int			ntables;
	char		tables[SG_MAX_TABLES][NAMEDATALEN];
} SgPending;

static SgPending pending;
static bool callbacks_registered = false;

static char *qualified(const Gen *g, const char *table);
static void log_run(Gen *g);
static void client_still_there(void);

/* ---------------------------------------------------------------------- */
/* small helpers */

static double
seconds_since(instr_time t0)
{
	instr_time	t1;

	INSTR_TIME_SET_CURRENT(t1);
	INSTR_TIME_SUBTRACT(t1, t0);
	return INSTR_TIME_GET_DOUBLE(t1);
}

/* to the millisecond, as reported */
static double
round_ms(double s)
{
	return rint(s * 1000.0) / 1000.0;
}

static void
spi_exec(const char *sql)
{
	int			rc = SPI_execute(sql, false, 0);

	if (rc < 0)
		elog(ERROR, "SPI_execute failed: %s: %s", SPI_result_code_string(rc), sql);
}

/* the start instant as a literal any session reads the same: UTC, ISO */
static char *
utc_literal(TimestampTz ts)
{
	char		buf[MAXDATELEN + 1];
	struct pg_tm tm;
	fsec_t		fsec;

	if (TIMESTAMP_NOT_FINITE(ts))
		EncodeSpecialTimestamp(ts, buf);
	else if (timestamp2tm(ts, NULL, &tm, &fsec, NULL, NULL) != 0)
		ereport(ERROR,
				(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
				 errmsg("argument \"start\" is out of range")));
	else if (tm.tm_year > 0)
		snprintf(buf, sizeof(buf), "%04d-%02d-%02d %02d:%02d:%02d.%06d+00",
				 tm.tm_year, tm.tm_mon, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec,
				 (int) fsec);
	else
		snprintf(buf, sizeof(buf), "%04d-%02d-%02d %02d:%02d:%02d.%06d+00 BC",
				 1 - tm.tm_year, tm.tm_mon, tm.tm_mday, tm.tm_hour, tm.tm_min,
				 tm.tm_sec, (int) fsec);
	return quote_literal_cstr(buf);
}

static Oid
schema_oid(const Gen *g)
{
	return get_namespace_oid(g->schema, true);
}

static Oid
table_oid(const Gen *g, const char *table)
{
	Oid			nsp = schema_oid(g);

	return OidIsValid(nsp) ? get_relname_relid(table, nsp) : InvalidOid;
}

static Oid
rel_owner(Oid relid)
{
	HeapTuple	tup = SearchSysCache1(RELOID, ObjectIdGetDatum(relid));
	Oid			owner;

	if (!HeapTupleIsValid(tup))
		elog(ERROR, "cache lookup failed for relation %u", relid);
	owner = ((Form_pg_class) GETSTRUCT(tup))->relowner;
	ReleaseSysCache(tup);
	return owner;
}

static bool
has_prefix(const char *s, const char *prefix)
{
	return s != NULL && strncmp(s, prefix, strlen(prefix)) == 0;
}

/*
 * Whether generate() made this table: a plain table carrying the marker,
 * owned by the caller or a role the caller is a member of (superuser or
 * not: a superuser's generate() does not take over another role's table).
 */
static bool
made_by_synthgen(Oid relid)
{
	HeapTuple	tup = SearchSysCache1(RELOID, ObjectIdGetDatum(relid));
	Form_pg_class rel;
	bool		ours;

	if (!HeapTupleIsValid(tup))
		return false;
	rel = (Form_pg_class) GETSTRUCT(tup);
	ours = rel->relkind == RELKIND_RELATION &&
		is_member_of_role_nosuper(GetUserId(), rel->relowner);
	ReleaseSysCache(tup);
	return ours && has_prefix(GetComment(relid, RelationRelationId, 0), SG_MARK " run ");
}

/* the named constraint on relid, if generate() added (and marked) it */
static bool
key_made_by_synthgen(Oid relid, const char *conname)
{
	Oid			conoid = get_relation_constraint_oid(relid, conname, true);

	return OidIsValid(conoid) &&
		has_prefix(GetComment(conoid, ConstraintRelationId, 0), SG_MARK_KEY);
}

static char *
pkey_name(const SgTableDef *def)
{
	return psprintf("%s_pkey", def->name);
}

static char *
fkey_name(const SgTableDef *def, const SgForeignKey *fk)
{
	return psprintf("%s_%s_fkey", def->name, fk->column);
}

static char *
qualified(const Gen *g, const char *table)
{
	return quote_qualified_identifier(g->schema, table);
}

static GenTable *
chosen(Gen *g, const char *name)
{
	int			i;

	for (i = 0; i < g->ntables; i++)
		if (strcmp(g->tables[i].def->name, name) == 0)
			return &g->tables[i];
	return NULL;
}

/* ---------------------------------------------------------------------- */
/* arguments */

static const char *
known_tables(void)
{
	StringInfoData s;
	int			i;

	initStringInfo(&s);
	for (i = 0; i < sg_n_table_defs; i++)
		appendStringInfo(&s, "%s%s", i ? ", " : "", sg_table_defs[i].name);
	return s.data;
}

/* check everything before creating anything */
static void
read_arguments(Gen *g, FunctionCallInfo fcinfo)
{
	SgScenario	sc;
	char	   *if_exists;
	char	   *keys;
	int			max_jobs = Min(sg_max_jobs, max_worker_processes);
	bool		want[SG_MAX_TABLES] = {false};
	int			i;

	if (PG_ARGISNULL(0) || PG_ARGISNULL(1) || PG_ARGISNULL(2) || PG_ARGISNULL(4) ||
		PG_ARGISNULL(10) || PG_ARGISNULL(11) ||
		PG_ARGISNULL(SG_ARG_KEYS) || PG_ARGISNULL(SG_ARG_UNLOGGED))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("arguments scenario, start, hours, target_schema, jobs, if_exists, keys and unlogged must not be NULL")));
	g->scenario = text_to_cstring(PG_GETARG_TEXT_PP(0));
	g->start = PG_GETARG_TIMESTAMPTZ(1);
	g->hours = PG_GETARG_INT32(2);
	g->schema = pstrdup(NameStr(*PG_GETARG_NAME(4)));
	g->orders_per_day = PG_GETARG_DATUM(6);
	g->orders_per_day_null = PG_ARGISNULL(6);
	g->customers = PG_GETARG_DATUM(7);
	g->customers_null = PG_ARGISNULL(7);
	g->products = PG_GETARG_DATUM(8);
	g->products_null = PG_ARGISNULL(8);
	g->suppliers = PG_GETARG_DATUM(9);
	g->suppliers_null = PG_ARGISNULL(9);
	g->jobs = PG_GETARG_INT32(10);
	if_exists = text_to_cstring(PG_GETARG_TEXT_PP(11));
	keys = text_to_cstring(PG_GETARG_TEXT_PP(SG_ARG_KEYS));
	g->unlogged = PG_GETARG_BOOL(SG_ARG_UNLOGGED);

	/* an unknown scenario is an error listing the known ones */
	sg_scenario_lookup(g->scenario, &sc);
	g->seed = PG_ARGISNULL(5) ? (int64) sc.seed : PG_GETARG_INT64(5);
	g->as_of_null = PG_ARGISNULL(SG_ARG_AS_OF);
	g->as_of = g->as_of_null ? 0 : PG_GETARG_TIMESTAMPTZ(SG_ARG_AS_OF);
	if (!g->as_of_null && g->as_of < g->start + (int64) g->hours * USECS_PER_HOUR)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("argument \"as_of\" must not be before the window's end %s",
						timestamptz_to_str(g->start + (int64) g->hours * USECS_PER_HOUR)),
				 errdetail("Got %s; what happens inside the window is known only at its end.",
						   timestamptz_to_str(g->as_of)),
				 errhint("Pass NULL (or omit it) for the window's end, or a later instant.")));
	snprintf(g->world, sizeof(g->world), "%016llx", (unsigned long long)
			 sg_world_fingerprint(&sc, (uint64) g->seed,
								  g->orders_per_day_null ? sc.orders_per_day : DatumGetInt32(g->orders_per_day),
								  g->customers_null ? sc.customers : DatumGetInt64(g->customers),
								  g->products_null ? sc.products : DatumGetInt32(g->products),
								  g->suppliers_null ? sc.suppliers : DatumGetInt32(g->suppliers)));

	if (strcmp(if_exists, "error") == 0)
		g->if_exists = SG_IF_EXISTS_ERROR;
	else if (strcmp(if_exists, "append") == 0)
		g->if_exists = SG_IF_EXISTS_APPEND;
	else if (strcmp(if_exists, "replace") == 0)
		g->if_exists = SG_IF_EXISTS_REPLACE;
	else
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("argument \"if_exists\" must be error, append or replace"),
				 errdetail("Got %s.", quote_literal_cstr(if_exists)),
				 errhint("error refuses existing tables, append adds rows to them, replace drops and recreates them.")));
	g->if_exists_name = if_exists;

	if (strcmp(keys, "all") == 0)
		g->keys = SG_KEYS_ALL;
	else if (strcmp(keys, "primary") == 0)
		g->keys = SG_KEYS_PRIMARY;
	else if (strcmp(keys, "none") == 0)
		g->keys = SG_KEYS_NONE;
	else
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("argument \"keys\" must be all, primary or none"),
				 errdetail("Got %s.", quote_literal_cstr(keys)),
				 errhint("all adds the primary keys and the foreign keys among the tables, primary only the primary keys, none no key (the keys an append took off come back in every case).")));
	g->keys_name = keys;

	if (g->jobs < 1 || g->jobs > max_jobs)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("argument \"jobs\" must be between 1 and %d (%s)", max_jobs,
						max_jobs == sg_max_jobs ? "synthgen.max_jobs" : "max_worker_processes"),
				 errdetail("Got %d.", g->jobs),
				 errhint("Each job is a background worker from the server's max_worker_processes; a superuser may change synthgen.max_jobs.")));
	if (g->jobs > 1 && g->if_exists == SG_IF_EXISTS_APPEND)
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("jobs > 1 cannot append: workers commit on their own, so a failure could not be undone"),
				 errhint("Append with jobs => 1, or generate into new tables with jobs > 1.")));

	if (sg_n_table_defs > SG_MAX_TABLES)
		elog(ERROR, "too many registered tables");
	if (PG_ARGISNULL(3))
		memset(want, true, sizeof(want));
	else
	{
		Datum	   *names;
		bool	   *nulls;
		int			n;

		deconstruct_array(PG_GETARG_ARRAYTYPE_P(3), TEXTOID, -1, false, TYPALIGN_INT,
						  &names, &nulls, &n);
		for (i = 0; i < n; i++)
		{
			char	   *name = nulls[i] ? NULL : TextDatumGetCString(names[i]);
			const SgTableDef *def = name ? sg_table_def(name) : NULL;

			if (def == NULL)
				ereport(ERROR,
						(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
						 errmsg("unknown table \"%s\"", name ? name : "<NULL>"),
						 errdetail("Known tables: %s.", known_tables())));
			want[def - sg_table_defs] = true;
		}
		if (n == 0)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("argument \"tables\" must name at least one table"),
					 errdetail("Known tables: %s.", known_tables()),
					 errhint("Pass NULL (the default) for all of them.")));
	}
	/* in the registry's order (referenced tables first), each once */
	for (i = 0; i < sg_n_table_defs; i++)
		if (want[i])
			g->tables[g->ntables++].def = &sg_table_defs[i];
}

/* ---------------------------------------------------------------------- */
/* the run's id, arguments and marker */

static Oid
synthgen_relid(const char *name)
{
	Oid			relid = get_relname_relid(name, get_namespace_oid("synthgen", false));

	if (!OidIsValid(relid))
		elog(ERROR, "synthgen.%s is missing", name);
	return relid;
}

/*
 * Run ids come from run_log's sequence, which (like the table) only its
 * owner may use: generate() draws as the owner, so nobody can take ids
 * ahead of it.
 */
static int64
next_run_id(void)
{
	Oid			seq = synthgen_relid("run_log_run_id_seq");
	Oid			save_userid;
	int			save_sec;
	int64		id;

	GetUserIdAndSecContext(&save_userid, &save_sec);
	SetUserIdAndSecContext(rel_owner(seq), save_sec | SECURITY_LOCAL_USERID_CHANGE);
	id = nextval_internal(seq, true);
	SetUserIdAndSecContext(save_userid, save_sec);
	return id;
}

/*
 * The world's arguments of load(), load_together() and the synth_*
 * functions, as nine SPI parameters from types[0], values[0], nulls[0]:
 * scenario, start, hours, seed, orders_per_day, customers, products,
 * suppliers, as_of.
 */
static void
world_params(const Gen *g, Oid *types, Datum *values, char *nulls)
{
	static const Oid world_types[9] = {TEXTOID, TIMESTAMPTZOID, INT4OID, INT8OID, INT4OID,
	INT8OID, INT4OID, INT4OID, TIMESTAMPTZOID};

	memcpy(types, world_types, sizeof(world_types));
	values[0] = CStringGetTextDatum(g->scenario);
	values[1] = TimestampTzGetDatum(g->start);
	values[2] = Int32GetDatum(g->hours);
	values[3] = Int64GetDatum(g->seed);
	values[4] = g->orders_per_day;
	values[5] = g->customers;
	values[6] = g->products;
	values[7] = g->suppliers;
	values[8] = TimestampTzGetDatum(g->as_of);
	memset(nulls, ' ', 9);
	nulls[4] = g->orders_per_day_null ? 'n' : ' ';
	nulls[5] = g->customers_null ? 'n' : ' ';
	nulls[6] = g->products_null ? 'n' : ' ';
	nulls[7] = g->suppliers_null ? 'n' : ' ';
	nulls[8] = g->as_of_null ? 'n' : ' ';
}

static void
describe_run(Gen *g, MemoryContext mcxt)
{
	Oid			types[14] = {[9] = NAMEOID, INT4OID, TEXTOID, TEXTOID, BOOLOID};
	Datum		values[14];
	char		nulls[14];
	NameData	schema;
	int			rc;

	/* $1 (the scenario) is named in the marker, not among the arguments */
	world_params(g, types, values, nulls);
	namestrcpy(&schema, g->schema);
	values[9] = NameGetDatum(&schema);
	values[10] = Int32GetDatum(g->jobs);
	values[11] = CStringGetTextDatum(g->if_exists_name);
	values[12] = CStringGetTextDatum(g->keys_name);
	values[13] = BoolGetDatum(g->unlogged);
	memset(nulls + 9, ' ', 5);
	rc = SPI_execute_with_args("SELECT pg_catalog.jsonb_build_object("
							   "'start', $2, 'hours', $3, 'seed', $4, 'orders_per_day', $5, "
							   "'customers', $6, 'products', $7, 'suppliers', $8, "
							   "'target_schema', $10, 'jobs', $11, 'if_exists', $12, "
							   "'keys', $13, 'unlogged', $14, 'as_of', $9)::pg_catalog.text",
							   14, types, values, nulls, true, 1);
	if (rc != SPI_OK_SELECT || SPI_processed != 1)
		elog(ERROR, "could not describe the run's arguments");
	g->arguments = MemoryContextStrdup(mcxt, SPI_getvalue(SPI_tuptable->vals[0],
														  SPI_tuptable->tupdesc, 1));
	g->run_id = next_run_id();
	g->run_mark = MemoryContextStrdup(mcxt, psprintf(SG_MARK " run " INT64_FORMAT ":", g->run_id));
	g->marker = MemoryContextStrdup(mcxt, psprintf("%s scenario %s, world %s, arguments %s",
												   g->run_mark, g->scenario, g->world,
												   g->arguments));
}

/* ---------------------------------------------------------------------- */
/* the plan: DDL statements, checked against what exists */

static void
refuse_foreign_table(const Gen *g, const char *table)
{
	ereport(ERROR,
			(errcode(ERRCODE_DUPLICATE_TABLE),
			 errmsg("table %s.%s was not created by synthgen.generate()", g->schema, table),
			 errdetail("if_exists => '%s' replaces or appends to only the tables generate() created and marked (COMMENT ON TABLE), owned by you or a role you are a member of; tables made before synthgen 1.2 carry no marker.",
					   g->if_exists_name),
			 errhint("Drop or rename %s yourself, or generate into another schema with target_schema.",
					 qualified(g, table))));
}

/*
 * Appending adds a window of the same world: the table's marker names the
 * world's fingerprint (scenario parameters, seed, counts, algorithm), which
 * must be this call's.
 */
static void
check_same_world(const Gen *g, const GenTable *t)
{
	Oid			relid = table_oid(g, t->def->name);
	char	   *comment = GetComment(relid, RelationRelationId, 0);
	char	   *want = psprintf(", world %s, ", g->world);

	if (comment == NULL || strstr(comment, want) == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
				 errmsg("table %s holds rows of another world", qualified(g, t->def->name)),
				 errdetail("Its marker reads: %s.  This call's world is %s (scenario %s with its seed and counts, algorithm %d).",
						   comment ? comment : "(none)", g->world, g->scenario,
						   SG_ALGORITHM_VERSION),
				 errhint("Append with the scenario, seed and counts the table was made with, or generate into another schema.")));
}

static void
plan_fkey_off(Gen *g, const SgTableDef *def, const SgForeignKey *fk)
{
	Oid			relid = table_oid(g, def->name);
	char	   *name = fkey_name(def, fk);

	/* only what generate() added, on a table it made */
	if (!OidIsValid(relid) || !made_by_synthgen(relid) || !key_made_by_synthgen(relid, name))
		return;
	g->setup = lappend(g->setup, psprintf("ALTER TABLE %s DROP CONSTRAINT %s",
										  qualified(g, def->name), quote_identifier(name)));
}

static void
plan_fkey_add(Gen *g, const SgTableDef *def, const SgForeignKey *fk)
{
	GenFkey    *k = &g->fkeys[g->nfkeys++];
	k->def = def;
	k->fk = fk;
	k->timed = chosen(g, def->name);
}

static void
plan(Gen *g)
{
	int			i,
				j;

	g->make_schema = !OidIsValid(schema_oid(g));
	for (i = 0; i < g->ntables; i++)
	{
		GenTable   *t = &g->tables[i];
		Oid			relid = table_oid(g, t->def->name);

		t->exists = OidIsValid(relid);
		if (!t->exists)
			continue;
		if (g->if_exists == SG_IF_EXISTS_ERROR)
			ereport(ERROR,
					(errcode(ERRCODE_DUPLICATE_TABLE),
					 errmsg("table %s.%s already exists", g->schema, t->def->name),
					 errhint("Pass if_exists => 'append' to add rows, or 'replace' to start over.")));
		if (!made_by_synthgen(relid))
			refuse_foreign_table(g, t->def->name);
	}

	if (g->make_schema)
	{
		g->setup = lappend(g->setup, psprintf("CREATE SCHEMA %s", quote_identifier(g->schema)));
		g->setup = lappend(g->setup, psprintf("COMMENT ON SCHEMA %s IS %s", quote_identifier(g->schema),
											  quote_literal_cstr(g->marker)));
	}

	/*
	 * Replacing: the foreign keys generate() made that point at a chosen
	 * table come off first (from any table of the schema).  Appending keeps
	 * every key in place, so an append costs the appended rows, not the
	 * table.
	 */
	if (g->if_exists == SG_IF_EXISTS_REPLACE)
		for (i = 0; i < sg_n_table_defs; i++)
		{
			const SgTableDef *def = &sg_table_defs[i];

			for (j = 0; def->foreign_keys[j].column; j++)
			{
				const SgForeignKey *fk = &def->foreign_keys[j];

				if (chosen(g, fk->references))
					plan_fkey_off(g, def, fk);
			}
		}

	if (g->if_exists == SG_IF_EXISTS_REPLACE)
		for (i = g->ntables - 1; i >= 0; i--)
			if (g->tables[i].exists)
				g->setup = lappend(g->setup, psprintf("DROP TABLE %s",
													  qualified(g, g->tables[i].def->name)));
	for (i = 0; i < g->ntables; i++)
	{
		GenTable   *t = &g->tables[i];

		if (g->if_exists == SG_IF_EXISTS_REPLACE || !t->exists)
			t->create = true;	/* by create_statements(), with the load */
		else
		{
			check_same_world(g, t);
			t->append = true;	/* its keys stay as they are */
		}
		t->pkey = t->create && g->keys != SG_KEYS_NONE;
	}

	/* the foreign keys to add: from the tables this call creates to the chosen ones */
	if (g->keys == SG_KEYS_ALL)
		for (i = 0; i < g->ntables; i++)
		{
			const SgTableDef *def = g->tables[i].def;

			if (!g->tables[i].create)
				continue;
			for (j = 0; def->foreign_keys[j].column; j++)
				if (chosen(g, def->foreign_keys[j].references))
					plan_fkey_add(g, def, &def->foreign_keys[j]);
		}
}

/* ---------------------------------------------------------------------- */
/* the statements of one table: create, load, key, analyze */

/*
 * CREATE TABLE and its marker; when the table gets its primary key, its
 * key columns are made NOT NULL while the table is still empty: ADD
 * PRIMARY KEY would otherwise set them NOT NULL itself and scan the whole
 * loaded table to verify it (one pass over the table for nothing: load()
 * checks NOT NULL per value as it writes).  The catalog ends the same.
 */
static List *
create_statements(Gen *g, GenTable *t)
{
	char	   *name = qualified(g, t->def->name);
	List	   *stmts;

	stmts = list_make2(psprintf("CREATE %sTABLE %s (LIKE synthgen.%s)", g->unlogged ? "UNLOGGED " : "",
								name, quote_identifier(t->def->rowtype)),
					   psprintf("COMMENT ON TABLE %s IS %s", name, quote_literal_cstr(g->marker)));
	if (t->pkey)
	{
		StringInfoData alter;
		int			j;

		initStringInfo(&alter);
		appendStringInfo(&alter, "ALTER TABLE %s", name);
		for (j = 0; t->def->primary_key[j]; j++)
			appendStringInfo(&alter, "%s ALTER COLUMN %s SET NOT NULL", j ? "," : "",
							 quote_identifier(t->def->primary_key[j]));
		stmts = lappend(stmts, alter.data);
	}
	return stmts;
}

static List *
pkey_statements(Gen *g, GenTable *t)
{
	const SgTableDef *def = t->def;
	char	   *table = qualified(g, def->name);
	const char *name = quote_identifier(pkey_name(def));
	StringInfoData cols;
	int			j;

	initStringInfo(&cols);
	for (j = 0; def->primary_key[j]; j++)
		appendStringInfo(&cols, "%s%s", j ? ", " : "", quote_identifier(def->primary_key[j]));
	return list_make2(psprintf("ALTER TABLE %s ADD CONSTRAINT %s PRIMARY KEY (%s)", table, name, cols.data),
					  psprintf("COMMENT ON CONSTRAINT %s ON %s IS %s", name, table,
							   quote_literal_cstr(SG_MARK_KEY)));
}

static char *
analyze_statement(Gen *g, GenTable *t)
{
	return psprintf("ANALYZE %s", qualified(g, t->def->name));
}

/*
 * A foreign key: added (not_valid: NOT VALID, checked by validate_statement
 * later) and marked.
 */
static List *
fkey_statements(Gen *g, const GenFkey *k, bool not_valid)
{
	const char *name = quote_identifier(fkey_name(k->def, k->fk));
	char	   *table = qualified(g, k->def->name);

	return list_make2(psprintf("ALTER TABLE %s ADD CONSTRAINT %s FOREIGN KEY (%s) REFERENCES %s (%s)%s",
							   table, name, quote_identifier(k->fk->column),
							   qualified(g, k->fk->references), quote_identifier(k->fk->ref_column),
							   not_valid ? " NOT VALID" : ""),
					  psprintf("COMMENT ON CONSTRAINT %s ON %s IS %s", name, table,
							   quote_literal_cstr(SG_MARK_KEY)));
}

/*
 * Whether the key's column leads its table's primary key (order_items'
 * order_id): then both sides come in key order out of their primary keys,
 * and a merge of the two (index-only scans: the pages are all-visible)
 * checks the key in one pass, where the planner, costing the check query
 * of RI_Initial_Check(), builds a hash table of the whole referenced
 * table: 2-3 times faster for order_items -> orders (test/bench/RESULTS.md,
 * issue 16).  So that check runs with enable_hashjoin off.
 */
static bool
fkey_merges(Gen *g, const GenFkey *k)
{
	GenTable   *t = chosen(g, k->def->name);

	return t != NULL && t->pkey && strcmp(k->def->primary_key[0], k->fk->column) == 0;
}

static char *
validate_statement(Gen *g, const GenFkey *k)
{
	return psprintf("ALTER TABLE %s VALIDATE CONSTRAINT %s", qualified(g, k->def->name),
					quote_identifier(fkey_name(k->def, k->fk)));
}

/* ---------------------------------------------------------------------- */
/* jobs => 1: everything here, in one transaction */

static void
load_here(Gen *g, GenTable *t)
{
	Oid			types[11] = {REGCLASSOID, TEXTOID};
	Datum		values[11];
	char		nulls[11] = {' ', ' '};
	bool		isnull;
	int			rc;

	values[0] = ObjectIdGetDatum(t->relid);
	values[1] = CStringGetTextDatum(t->def->name);
	world_params(g, types + 2, values + 2, nulls + 2);

	rc = SPI_execute_with_args("SELECT synthgen.load($1, $2, $3, $4, $5, $6, $7, $8, $9, $10,"
							   " 0, 1, $11)",
							   11, types, values, nulls, false, 1);
	if (rc != SPI_OK_SELECT || SPI_processed != 1)
		elog(ERROR, "synthgen.load() failed: %s", SPI_result_code_string(rc));
	t->rows = DatumGetInt64(SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1,
										  &isnull));
	SPI_freetuptable(SPI_tuptable);
}

/*
 * The tables made from orders and carts that this call creates, loaded
 * from one pass (synthgen.load_together(), order_pass.c): each order and
 * cart is computed once instead of once per table.  Each table's load
 * time is its own rows' (the orders' computation under orders, the carts'
 * under cart_abandonment, when they are among them), plus its CREATE
 * TABLE.
 */
static void
load_together(Gen *g)
{
	Oid			types[11] = {REGCLASSARRAYOID, TEXTARRAYOID};
	Datum		values[11];
	char		nulls[11] = {' ', ' '};
	Datum		relids[SG_MAX_TABLES];
	Datum		names[SG_MAX_TABLES];
	GenTable   *which[SG_MAX_TABLES];
	int			n = 0,
				i,
				rc;

	for (i = 0; i < g->ntables; i++)
		if (g->tables[i].together)
		{
			which[n] = &g->tables[i];
			relids[n] = ObjectIdGetDatum(g->tables[i].relid);
			names[n] = CStringGetTextDatum(g->tables[i].def->name);
			n++;
		}
	values[0] = PointerGetDatum(construct_array(relids, n, REGCLASSOID, sizeof(Oid), true,
												TYPALIGN_INT));
	values[1] = PointerGetDatum(construct_array(names, n, TEXTOID, -1, false, TYPALIGN_INT));
	world_params(g, types + 2, values + 2, nulls + 2);

	rc = SPI_execute_with_args("SELECT rows, seconds FROM synthgen.load_together($1, $2, $3, $4,"
							   " $5, $6, $7, $8, $9, $10, $11)",
							   11, types, values, nulls, false, 0);
	if (rc != SPI_OK_SELECT || SPI_processed != (uint64) n)
		elog(ERROR, "synthgen.load_together() failed: %s", SPI_result_code_string(rc));
	for (i = 0; i < n; i++)
	{
		HeapTuple	tup = SPI_tuptable->vals[i];
		bool		isnull;

		which[i]->rows = DatumGetInt64(SPI_getbinval(tup, SPI_tuptable->tupdesc, 1, &isnull));
		which[i]->seconds += DatumGetFloat8(SPI_getbinval(tup, SPI_tuptable->tupdesc, 2, &isnull));
	}
	SPI_freetuptable(SPI_tuptable);
}

/*
 * Appending: the rows go through the executor, so the keys in place check
 * them (a window already loaded is a duplicate key) and the cost is the
 * window's.  Master tables of the same world are already there, whole;
 * campaigns are the shop's calendar, so only those not yet loaded come.
 */
static void
load_append(Gen *g, GenTable *t)
{
	Oid			types[9];
	Datum		values[9];
	char		nulls[9];
	char	   *fn;
	char	   *sql;
	int			rc;

	t->rows = 0;
	if (!t->def->window)
		return;
	/* the synth_* functions live in the extension's schema */
	if (SPI_execute("SELECT pg_catalog.quote_ident(n.nspname) FROM pg_catalog.pg_extension e"
					" JOIN pg_catalog.pg_namespace n ON n.oid OPERATOR(pg_catalog.=) e.extnamespace"
					" WHERE e.extname OPERATOR(pg_catalog.=) 'synthgen'", true, 1) != SPI_OK_SELECT ||
		SPI_processed != 1)
		elog(ERROR, "could not find the schema of extension synthgen");
	fn = psprintf("%s.%s", SPI_getvalue(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1),
				  quote_identifier(t->def->function));
	world_params(g, types, values, nulls);

	if (t->def->events)
		sql = psprintf("INSERT INTO %s SELECT * FROM %s($1, $2, $3, $4, $5, $6, $7, $8, 0, 1, $9)",
					   qualified(g, t->def->name), fn);
	else
		sql = psprintf("INSERT INTO %s SELECT * FROM %s($1, $2, $3, $4) AS c"
					   " WHERE NOT EXISTS (SELECT FROM %s AS x"
					   " WHERE x.%s OPERATOR(pg_catalog.=) c.%s)",
					   qualified(g, t->def->name), fn, qualified(g, t->def->name),
					   quote_identifier(t->def->primary_key[0]),
					   quote_identifier(t->def->primary_key[0]));
	rc = SPI_execute_with_args(sql, t->def->events ? 9 : 4, types, values, nulls, false, 0);
	if (rc != SPI_OK_INSERT)
		elog(ERROR, "appending to %s failed: %s", qualified(g, t->def->name),
			 SPI_result_code_string(rc));
	t->rows = (int64) SPI_processed;
}

static void
spi_exec_list(List *stmts)
{
	ListCell   *lc;

	foreach(lc, stmts)
		spi_exec(lfirst(lc));
}

static void
look_up_table(Gen *g, GenTable *t)
{
	t->relid = table_oid(g, t->def->name);
	if (!OidIsValid(t->relid))
		elog(ERROR, "table %s was not created", qualified(g, t->def->name));
}

/*
 * Table by table: created, loaded, its primary key built and ANALYZE
 * while its pages are recent; then the foreign keys, validated
 * at once (one backend gains nothing from NOT VALID first), planned with
 * both sides' statistics.  When two or more tables made from orders and
 * carts are loaded (not appended), they are created when the first of
 * them comes and loaded together from one pass; each then gets its key
 * and ANALYZE in its turn.
 */
static void
run_here(Gen *g)
{
	instr_time	t0;
	int			i,
				together = 0;
	bool		loaded_together = false;

	for (i = 0; i < g->ntables; i++)
		if (g->tables[i].def->pass && !g->tables[i].append)
			together++;
	for (i = 0; i < g->ntables; i++)
		g->tables[i].together = together > 1 && g->tables[i].def->pass &&
			!g->tables[i].append;

	spi_exec_list(g->setup);
	for (i = 0; i < g->ntables; i++)
	{
		GenTable   *t = &g->tables[i];

		if (t->together && !loaded_together)
		{
			int			j;

			for (j = i; j < g->ntables; j++)
			{
				GenTable   *u = &g->tables[j];

				if (!u->together)
					continue;
				INSTR_TIME_SET_CURRENT(t0);
				if (u->create)
					spi_exec_list(create_statements(g, u));
				look_up_table(g, u);
				u->seconds = seconds_since(t0);
			}
			load_together(g);
			loaded_together = true;
		}
		else if (!t->together)
		{
			INSTR_TIME_SET_CURRENT(t0);
			if (t->create)
				spi_exec_list(create_statements(g, t));
			look_up_table(g, t);
			if (t->append)
				load_append(g, t);
			else
				load_here(g, t);
			t->seconds = seconds_since(t0);
		}
		CHECK_FOR_INTERRUPTS();
		if (t->pkey)
		{
			INSTR_TIME_SET_CURRENT(t0);
			spi_exec_list(pkey_statements(g, t));
			t->key_seconds += seconds_since(t0);
		}
		INSTR_TIME_SET_CURRENT(t0);
		spi_exec(analyze_statement(g, t));
		t->analyze_seconds = seconds_since(t0);
	}
	client_still_there();
	for (i = 0; i < g->nfkeys; i++)
	{
		int			nest = NewGUCNestLevel();

		if (fkey_merges(g, &g->fkeys[i]))
			(void) set_config_option("enable_hashjoin", "off", PGC_USERSET, PGC_S_SESSION,
									 GUC_ACTION_SAVE, true, 0, false);
		INSTR_TIME_SET_CURRENT(t0);
		spi_exec_list(fkey_statements(g, &g->fkeys[i], false));
		g->fkeys[i].timed->key_seconds += seconds_since(t0);
		AtEOXact_GUC(true, nest);
		CHECK_FOR_INTERRUPTS();
	}
	log_run(g);
	client_still_there();
}

/* ---------------------------------------------------------------------- */
/* jobs > 1: tasks for background workers */

static char *
int_literal(Datum d, bool isnull, bool int8)
{
	if (isnull)
		return int8 ? "NULL::pg_catalog.int8" : "NULL::pg_catalog.int4";
	if (int8)
		return psprintf("'" INT64_FORMAT "'::pg_catalog.int8", DatumGetInt64(d));
	return psprintf("'%d'::pg_catalog.int4", DatumGetInt32(d));
}

/*
 * The world's arguments as literals, for the statements of workers:
 * scenario, start, hours, seed, orders_per_day, customers, products,
 * suppliers (as_of apart: world_as_of_literal)
 */
static char *
world_literals(const Gen *g)
{
	return psprintf("%s::pg_catalog.text, %s::pg_catalog.timestamptz, '%d'::pg_catalog.int4, "
					"'" INT64_FORMAT "'::pg_catalog.int8, %s, %s, %s, %s",
					quote_literal_cstr(g->scenario), utc_literal(g->start), g->hours, g->seed,
					int_literal(g->orders_per_day, g->orders_per_day_null, false),
					int_literal(g->customers, g->customers_null, true),
					int_literal(g->products, g->products_null, false),
					int_literal(g->suppliers, g->suppliers_null, false));
}

static char *
world_as_of_literal(const Gen *g)
{
	return g->as_of_null ? "NULL::pg_catalog.timestamptz" :
		psprintf("%s::pg_catalog.timestamptz", utc_literal(g->as_of));
}

/* the statement loading a table a worker has just created: literals only */
static char *
load_sql(Gen *g, GenTable *t)
{
	return psprintf("SELECT synthgen.load(%s::pg_catalog.regclass, %s::pg_catalog.text, %s, 0, 1, %s)",
					quote_literal_cstr(qualified(g, t->def->name)), quote_literal_cstr(t->def->name),
					world_literals(g), world_as_of_literal(g));
}

/* the statement loading the tables of a unit from one pass: literals only */
static char *
load_together_sql(Gen *g, const GenUnit *u)
{
	StringInfoData targets,
				names;
	int			i;

	initStringInfo(&targets);
	initStringInfo(&names);
	for (i = 0; i < u->n; i++)
	{
		appendStringInfo(&targets, "%s%s::pg_catalog.regclass", i ? ", " : "",
						 quote_literal_cstr(qualified(g, u->members[i]->def->name)));
		appendStringInfo(&names, "%s%s::pg_catalog.text", i ? ", " : "",
						 quote_literal_cstr(u->members[i]->def->name));
	}
	return psprintf("SELECT rows, seconds FROM synthgen.load_together(ARRAY[%s], ARRAY[%s], %s, %s)",
					targets.data, names.data, world_literals(g), world_as_of_literal(g));
}

/* statements in one worker, in one transaction it commits */
static void
run_in_worker(List *stmts)
{
	int			n = list_length(stmts);
	const char **sqls = palloc(sizeof(char *) * n);
	int32	   *groups = palloc0(sizeof(int32) * n);
	int64	   *rows = palloc(sizeof(int64) * n);
	double	   *seconds = palloc(sizeof(double) * n);
	ListCell   *lc;
	int			i = 0;

	foreach(lc, stmts)
		sqls[i++] = lfirst(lc);
	sg_run_parallel(n, sqls, groups, rows, seconds);
}

/* the tasks being built, and what each statement's time counts for */
typedef enum GenPhase
{
	GEN_SETUP,
	GEN_LOAD,
	GEN_KEY,
	GEN_ANALYZE
} GenPhase;

typedef struct GenTasks
{
	List	   *sqls;
	int			nstmts;
	GenPhase   *phase;			/* per statement */
	GenTable  **table;			/* per statement, NULL: none */
	int		   *load_stmt;		/* per table: its load statement */
	SgTask	   *tasks;
	int			ntasks;
} GenTasks;

/* a task whose statements' times go to timed[i] each (NULL: to none) */
static int
add_task_each(GenTasks *gt, List *stmts, GenPhase *phases, GenTable **timed, uint32 resources,
			  int ndeps, const int *deps)
{
	SgTask	   *task = &gt->tasks[gt->ntasks];
	int		   *copy = palloc(sizeof(int) * Max(ndeps, 1));
	ListCell   *lc;
	int			i = 0;

	memcpy(copy, deps, sizeof(int) * ndeps);
	task->first = gt->nstmts;
	task->count = list_length(stmts);
	task->resources = resources;
	task->ndeps = ndeps;
	task->deps = copy;
	task->label = gt->ntasks;
	foreach(lc, stmts)
	{
		gt->sqls = lappend(gt->sqls, lfirst(lc));
		gt->phase[gt->nstmts] = phases[i];
		gt->table[gt->nstmts] = timed[i];
		gt->nstmts++;
		i++;
	}
	return gt->ntasks++;
}

/* a task whose statements' times all go to timed (or none) */
static int
add_task(GenTasks *gt, List *stmts, GenPhase *phases, GenTable *timed, uint32 resources,
		 int ndeps, const int *deps)
{
	int			n = list_length(stmts),
				i;
	GenTable  **each = palloc(sizeof(GenTable *) * Max(n, 1));

	for (i = 0; i < n; i++)
		each[i] = timed;
	return add_task_each(gt, stmts, phases, each, resources, ndeps, deps);
}

/* the biggest units first (the registry's work), else in load order */
static int
cmp_work(const void *a, const void *b)
{
	const GenUnit *x = (const GenUnit *) a;
	const GenUnit *y = (const GenUnit *) b;

	if (x->work != y->work)
		return y->work - x->work;
	return x->members[0]->def - y->members[0]->def;
}

/* validations: the biggest referencing table first, else in registry order */
static int
cmp_fkey_work(const void *a, const void *b, void *arg)
{
	const GenFkey *x = &((const GenFkey *) arg)[*(const int *) a];
	const GenFkey *y = &((const GenFkey *) arg)[*(const int *) b];

	if (x->def->work != y->def->work)
		return y->def->work - x->def->work;
	return *(const int *) a - *(const int *) b;
}

/*
 * The graph: the setup (schema, what replace drops), then one task per
 * table (create, load, primary key, ANALYZE: one transaction, so the rows
 * are written frozen), biggest first, the tables made from orders and
 * carts in (up to) two tasks that each load theirs from one pass (orders,
 * order_items and returns; cart_abandonment and support_tickets) where
 * that leaves the workers enough to share; then
 * per foreign key one task that
 * adds it NOT VALID once both tables have committed, and one that
 * validates it.  A table's bit is the resource of every task that changes
 * its catalog rows: its own task, and the adding of a key on or to it
 * (which updates both tables' pg_class rows); validations change only
 * their constraint's row and run side by side.
 */
static void
build_tasks(Gen *g, GenTasks *gt)
{
	int			maxstmts = list_length(g->setup) + g->ntables * 7 + g->nfkeys * 3;
	GenUnit    *units = palloc0(sizeof(GenUnit) * g->ntables);
	int			nunits = 0;
	int			pass_unit[2] = {-1, -1};
	int			pass_work[2] = {0, 0};
	int			total_work = 0;
	int			table_task[SG_MAX_TABLES];
	int			added[SG_MAX_FKEYS];
	int			korder[SG_MAX_FKEYS];
	int			setup = -1;
	int			i;

	gt->phase = palloc(sizeof(GenPhase) * maxstmts);
	gt->table = palloc(sizeof(GenTable *) * maxstmts);
	gt->load_stmt = palloc(sizeof(int) * g->ntables);
	gt->tasks = palloc0(sizeof(SgTask) * (1 + g->ntables + 2 * g->nfkeys));

	if (g->setup != NIL)
	{
		GenPhase   *phases = palloc0(sizeof(GenPhase) * list_length(g->setup));

		setup = add_task(gt, g->setup, phases, NULL, 0, 0, NULL);
	}

	/*
	 * The units: a table each, but the tables made from orders and carts
	 * may come in two passes: the orders' (orders, order_items, returns:
	 * rows for orders only) and the carts' (cart_abandonment, and
	 * support_tickets, which also has rows for carts).  A pass saves
	 * computing the same orders again, but its tables then share one
	 * worker: so a pass is used only where its work stays within a
	 * worker's share of the whole (with tables => '{orders,order_items}'
	 * the two load side by side instead); a pass of one table is a plain
	 * load.
	 */
	for (i = 0; i < g->ntables; i++)
	{
		const SgPassTable *pt = g->tables[i].def->pass;
		int			p = pt == NULL ? -1 : pt->cart_rows ? 1 : 0;

		Assert(g->tables[i].create);	/* jobs > 1 does not append */
		total_work += g->tables[i].def->work;
		if (p >= 0)
			pass_work[p] += g->tables[i].def->work;
	}
	for (i = 0; i < g->ntables; i++)
	{
		GenTable   *t = &g->tables[i];
		int			p = t->def->pass == NULL ? -1 : t->def->pass->cart_rows ? 1 : 0;
		GenUnit    *u;

		if (p >= 0 && pass_work[p] * g->jobs > total_work)
			p = -1;
		if (p >= 0 && pass_unit[p] >= 0)
			u = &units[pass_unit[p]];
		else
		{
			if (p >= 0)
				pass_unit[p] = nunits;
			u = &units[nunits++];
		}
		u->members[u->n++] = t;
		u->work += t->def->work;
	}
	qsort(units, nunits, sizeof(GenUnit), cmp_work);
	for (i = 0; i < nunits; i++)
	{
		GenUnit    *u = &units[i];
		List	   *stmts = NIL;
		GenPhase	phases[7 * SG_MAX_TABLES];
		GenTable   *timed[7 * SG_MAX_TABLES];
		uint32		resources = 0;
		int			n = 0,
					m,
					task;

		for (m = 0; m < u->n; m++)
		{
			GenTable   *t = u->members[m];
			List	   *create = create_statements(g, t);
			int			k;

			for (k = 0; k < list_length(create); k++)
			{
				phases[n] = GEN_LOAD;
				timed[n++] = t;
			}
			stmts = list_concat(stmts, create);
			resources |= 1u << (t - g->tables);
		}
		if (u->n == 1)
		{
			gt->load_stmt[u->members[0] - g->tables] = gt->nstmts + n;
			stmts = lappend(stmts, load_sql(g, u->members[0]));
			phases[n] = GEN_LOAD;
			timed[n++] = u->members[0];
		}
		else
		{
			/* one statement; its rows fill the empty statements after it */
			for (m = 0; m < u->n; m++)
			{
				gt->load_stmt[u->members[m] - g->tables] = gt->nstmts + n;
				stmts = lappend(stmts, m == 0 ? load_together_sql(g, u) : "");
				phases[n] = GEN_LOAD;
				timed[n++] = u->members[m];
			}
		}
		for (m = 0; m < u->n; m++)
		{
			GenTable   *t = u->members[m];

			if (t->pkey)
			{
				stmts = list_concat(stmts, pkey_statements(g, t));
				phases[n] = GEN_KEY;
				timed[n++] = t;
				phases[n] = GEN_KEY;
				timed[n++] = t;
			}
			stmts = lappend(stmts, analyze_statement(g, t));
			phases[n] = GEN_ANALYZE;
			timed[n++] = t;
		}
		Assert(n == list_length(stmts));
		task = add_task_each(gt, stmts, phases, timed, resources, setup >= 0 ? 1 : 0, &setup);
		for (m = 0; m < u->n; m++)
			table_task[u->members[m] - g->tables] = task;
	}

	/* the keys added NOT VALID (moments each) ... */
	for (i = 0; i < g->nfkeys; i++)
	{
		GenFkey    *k = &g->fkeys[i];
		GenTable   *a = chosen(g, k->def->name);
		GenTable   *b = chosen(g, k->fk->references);
		GenPhase	phases[2] = {GEN_KEY, GEN_KEY};
		int			deps[2];

		/* jobs > 1 creates every table: both sides are among the chosen */
		if (a == NULL || b == NULL)
			elog(ERROR, "foreign key %s refers to a table not generated", fkey_name(k->def, k->fk));
		deps[0] = table_task[a - g->tables];
		deps[1] = table_task[b - g->tables];
		added[i] = add_task(gt, fkey_statements(g, k, true), phases, k->timed,
							(1u << (a - g->tables)) | (1u << (b - g->tables)), 2, deps);
	}
	/* ... then validated, the keys of the biggest tables first */
	for (i = 0; i < g->nfkeys; i++)
		korder[i] = i;
	qsort_arg(korder, g->nfkeys, sizeof(int), cmp_fkey_work, g->fkeys);
	for (i = 0; i < g->nfkeys; i++)
	{
		GenFkey    *k = &g->fkeys[korder[i]];
		GenPhase	phases[2] = {GEN_KEY, GEN_KEY};

		add_task(gt, fkey_merges(g, k) ?
				 list_make2("SET LOCAL enable_hashjoin = off", validate_statement(g, k)) :
				 list_make1(validate_statement(g, k)),
				 phases, k->timed, 0, 1, &added[korder[i]]);
	}
}

/* run the graph; each table's times from its statements */
static void
run_tasks(Gen *g)
{
	GenTasks	gt;
	const char **sqls;
	int64	   *rows;
	double	   *seconds;
	ListCell   *lc;
	int			i = 0;

	memset(&gt, 0, sizeof(gt));
	build_tasks(g, &gt);
	sqls = palloc(sizeof(char *) * gt.nstmts);
	rows = palloc(sizeof(int64) * gt.nstmts);
	seconds = palloc(sizeof(double) * gt.nstmts);
	foreach(lc, gt.sqls)
		sqls[i++] = lfirst(lc);
	sg_run_tasks(gt.nstmts, sqls, gt.ntasks, gt.tasks, g->jobs, rows, seconds);
	for (i = 0; i < gt.nstmts; i++)
	{
		GenTable   *t = gt.table[i];

		if (t == NULL)
			continue;
		switch (gt.phase[i])
		{
			case GEN_LOAD:
				t->seconds += seconds[i];
				break;
			case GEN_KEY:
				t->key_seconds += seconds[i];
				break;
			case GEN_ANALYZE:
				t->analyze_seconds += seconds[i];
				break;
			case GEN_SETUP:
				break;
		}
	}
	for (i = 0; i < g->ntables; i++)
		g->tables[i].rows = rows[gt.load_stmt[i]];
}

/*
 * run_log: written as its owner, the only role allowed to, for the time of
 * the insert (SECURITY_LOCAL_USERID_CHANGE, as core does for index
 * builds); the statement names everything with its schema.
 */
static void
log_run(Gen *g)
{
	Oid			log = synthgen_relid("run_log");
	Oid			types[11] = {INT8OID, TIMESTAMPTZOID, TEXTOID, TEXTOID, TEXTOID, INT8OID,
	FLOAT8OID, FLOAT8OID, INT4OID, FLOAT8OID, FLOAT8OID};
	Oid			save_userid;
	int			save_sec;
	SPIPlanPtr	plan;
	int			i;

	GetUserIdAndSecContext(&save_userid, &save_sec);
	SetUserIdAndSecContext(rel_owner(log),
						   save_sec | SECURITY_LOCAL_USERID_CHANGE | SECURITY_RESTRICTED_OPERATION);
	plan = SPI_prepare("INSERT INTO synthgen.run_log (run_id, started_at, scenario, arguments, "
					   "table_name, rows, seconds, rows_per_second, backend_pid, key_seconds, "
					   "analyze_seconds) "
					   "VALUES ($1, $2, $3, $4::pg_catalog.jsonb, $5, $6, $7, $8, $9, $10, $11)",
					   11, types);
	if (plan == NULL)
		elog(ERROR, "SPI_prepare failed: %s", SPI_result_code_string(SPI_result));
	for (i = 0; i < g->ntables; i++)
	{
		GenTable   *t = &g->tables[i];
		Datum		values[11];
		char		nulls[11];

		memset(nulls, ' ', sizeof(nulls));
		values[0] = Int64GetDatum(g->run_id);
		values[1] = TimestampTzGetDatum(g->started);
		values[2] = CStringGetTextDatum(g->scenario);
		values[3] = CStringGetTextDatum(g->arguments);
		values[4] = CStringGetTextDatum(t->def->name);
		values[5] = Int64GetDatum(t->rows);
		values[6] = Float8GetDatum(round_ms(t->seconds));
		/* whole rows per second: the digits beyond mean nothing */
		values[7] = Float8GetDatum(t->seconds > 0 ? rint(t->rows / t->seconds) : 0);
		nulls[7] = t->seconds > 0 ? ' ' : 'n';
		values[8] = Int32GetDatum(MyProcPid);
		values[9] = Float8GetDatum(round_ms(t->key_seconds));
		values[10] = Float8GetDatum(round_ms(t->analyze_seconds));
		if (SPI_execute_plan(plan, values, nulls, false, 0) != SPI_OK_INSERT)
			elog(ERROR, "could not log the run");
	}
	SPI_freeplan(plan);
	SetUserIdAndSecContext(save_userid, save_sec);
}

/* ---------------------------------------------------------------------- */
/* clean-up of what workers committed (jobs > 1) */

/*
 * The statements that drop what this run's workers committed: the
 * created tables and schema that carry this run's marker, nothing else,
 * and without CASCADE, so that whatever someone else built on them stays
 * (and the drop fails, with a warning).  Read from the committed catalog.
 */
static List *
cleanup_statements(void)
{
	List	   *stmts = NIL;
	StringInfoData drop;
	Oid			nsp;
	int			i;

	AcceptInvalidationMessages();
	nsp = get_namespace_oid(pending.schema, true);
	if (!OidIsValid(nsp))
		return NIL;
	initStringInfo(&drop);
	for (i = 0; i < pending.ntables; i++)
	{
		Oid			relid = get_relname_relid(pending.tables[i], nsp);

		if (OidIsValid(relid) &&
			has_prefix(GetComment(relid, RelationRelationId, 0), pending.run_mark))
			appendStringInfo(&drop, "%s%s", drop.len ? ", " : "DROP TABLE ",
							 quote_qualified_identifier(pending.schema, pending.tables[i]));
	}
	if (drop.len)
		stmts = lappend(stmts, drop.data);
	if (pending.make_schema &&
		has_prefix(GetComment(nsp, NamespaceRelationId, 0), pending.run_mark))
		stmts = lappend(stmts, psprintf("DROP SCHEMA %s", quote_identifier(pending.schema)));
	return stmts;
}

static char *
join_statements(List *stmts)
{
	StringInfoData s;
	ListCell   *lc;

	initStringInfo(&s);
	foreach(lc, stmts)
		appendStringInfo(&s, "%s%s", s.len ? "; " : "", (char *) lfirst(lc));
	return s.data;
}

static void
warn_left_behind(const char *why, List *stmts)
{
	ereport(WARNING,
			(errmsg("could not drop what synthgen.generate() created: %s", why),
			 errdetail("Left behind: %s.", join_statements(stmts)),
			 errhint("Run these statements yourself.")));
}

/* after an error of the call: a worker commits the drops */
static void
cleanup_by_worker(void)
{
	MemoryContext mcxt = CurrentMemoryContext;
	List	   *stmts = cleanup_statements();

	if (stmts == NIL)
		return;
	PG_TRY();
	{
		run_in_worker(lcons(psprintf("SET LOCAL lock_timeout = '%s'", SG_CLEANUP_LOCK_TIMEOUT),
							list_copy(stmts)));
	}
	PG_CATCH();
	{
		ErrorData  *edata;

		/* the first error is the one to report; say what is left */
		MemoryContextSwitchTo(mcxt);
		edata = CopyErrorData();
		FlushErrorState();
		warn_left_behind(edata->message, stmts);
	}
	PG_END_TRY();
}

/*
 * before_shmem_exit: the caller is exiting (FATAL) during a jobs > 1 call,
 * or before the transaction that made the call ended.
 */
static void
generate_on_exit(int code, Datum arg)
{
	List	   *stmts = NIL;

	if (!pending.active)
		return;
	pending.active = false;
	AbortOutOfAnyTransaction();
	StartTransactionCommand();
	PG_TRY();
	{
		ListCell   *lc;

		(void) set_config_option("lock_timeout", SG_CLEANUP_LOCK_TIMEOUT, PGC_USERSET, PGC_S_SESSION,
								 GUC_ACTION_LOCAL, true, 0, false);
		stmts = cleanup_statements();
		SPI_connect();
		foreach(lc, stmts)
		{
			PushActiveSnapshot(GetTransactionSnapshot());
			spi_exec(lfirst(lc));
			PopActiveSnapshot();
			CommandCounterIncrement();
		}
		SPI_finish();
		CommitTransactionCommand();
	}
	PG_CATCH();
	{
		ErrorData  *edata;

		MemoryContextSwitchTo(TopMemoryContext);
		edata = CopyErrorData();
		FlushErrorState();
		AbortCurrentTransaction();
		warn_left_behind(edata->message, stmts);
	}
	PG_END_TRY();
}

static void
generate_xact_callback(XactEvent event, void *arg)
{
	if (!pending.active || !pending.call_done)
		return;
	switch (event)
	{
		case XACT_EVENT_COMMIT:
		case XACT_EVENT_PARALLEL_COMMIT:
		case XACT_EVENT_PREPARE:
			pending.active = false;
			break;
		case XACT_EVENT_ABORT:
		case XACT_EVENT_PARALLEL_ABORT:
			pending.active = false;
			ereport(WARNING,
					(errmsg("the tables synthgen.generate() loaded in background workers into schema %s outlive this rolled-back transaction",
							pending.schema),
					 errdetail("Background workers created and loaded them in transactions of their own."),
					 errhint("Drop them yourself, or call generate(jobs > 1) in a transaction of its own.")));
			break;
		default:
			break;
	}
}

static void
arm_cleanup(Gen *g)
{
	int			i;

	if (!callbacks_registered)
	{
		before_shmem_exit(generate_on_exit, (Datum) 0);
		RegisterXactCallback(generate_xact_callback, NULL);
		callbacks_registered = true;
	}
	memset(&pending, 0, sizeof(pending));
	strlcpy(pending.run_mark, g->run_mark, sizeof(pending.run_mark));
	strlcpy(pending.schema, g->schema, sizeof(pending.schema));
	pending.make_schema = g->make_schema;
	for (i = 0; i < g->ntables; i++)
		if (g->tables[i].create)
			strlcpy(pending.tables[pending.ntables++], g->tables[i].def->name, NAMEDATALEN);
	pending.active = true;
}

/*
 * A client that has gone would never see the result, and a server notices
 * only when it next talks to it (or every client_connection_check_interval,
 * when set): by then the call may have committed a world nobody asked
 * for.  So between the long steps, as ProcessInterrupts does, a lost
 * client ends the session, and what the call made goes with it.
 */

/* libpq/libpq.h; not included, as it needs the GSSAPI headers */
extern bool pq_check_connection(void);

static void
client_still_there(void)
{
	if (whereToSendOutput == DestRemote && !pq_check_connection())
		ereport(FATAL,
				(errcode(ERRCODE_CONNECTION_FAILURE),
				 errmsg("connection to client lost")));
}

/* ---------------------------------------------------------------------- */
/* jobs > 1, and what it leaves if it fails */

/*
 * jobs > 1: the tasks in workers, then the log in a subtransaction of the
 * caller, so that after a failure the caller can still have a worker drop
 * what was committed, and only then report the error.
 */
static void
run_parallel(Gen *g)
{
	MemoryContext oldcontext = CurrentMemoryContext;
	ResourceOwner oldowner = CurrentResourceOwner;

	arm_cleanup(g);
	BeginInternalSubTransaction(NULL);
	MemoryContextSwitchTo(oldcontext);
	PG_TRY();
	{
		run_tasks(g);
		AcceptInvalidationMessages();
		client_still_there();
		log_run(g);
		client_still_there();
		ReleaseCurrentSubTransaction();
		MemoryContextSwitchTo(oldcontext);
		CurrentResourceOwner = oldowner;
	}
	PG_CATCH();
	{
		ErrorData  *edata;

		MemoryContextSwitchTo(oldcontext);
		edata = CopyErrorData();
		FlushErrorState();
		RollbackAndReleaseCurrentSubTransaction();
		MemoryContextSwitchTo(oldcontext);
		CurrentResourceOwner = oldowner;

		/*
		 * A cancel may come before the statement's timeout, which would
		 * then stop the clean-up too; its lock wait is bounded anyway.
		 */
		if (get_timeout_active(STATEMENT_TIMEOUT))
			disable_timeout(STATEMENT_TIMEOUT, false);
		cleanup_by_worker();
		pending.active = false;
		ReThrowError(edata);
	}
	PG_END_TRY();
	pending.call_done = true;
}

/* ---------------------------------------------------------------------- */
/* the report and the result */

static void
put_row(ReturnSetInfo *rsinfo, const char *name, const int64 *rows, double seconds,
		const double *key_seconds, const double *analyze_seconds)
{
	Datum		values[5];
	bool		nulls[5] = {false, rows == NULL, false, key_seconds == NULL,
	analyze_seconds == NULL};

	values[0] = CStringGetTextDatum(name);
	values[1] = rows ? Int64GetDatum(*rows) : (Datum) 0;
	values[2] = Float8GetDatum(round_ms(seconds));
	values[3] = key_seconds ? Float8GetDatum(round_ms(*key_seconds)) : (Datum) 0;
	values[4] = analyze_seconds ? Float8GetDatum(round_ms(*analyze_seconds)) : (Datum) 0;
	tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
}

/*
 * One NOTICE: per table its rows, load, key and ANALYZE times (with
 * jobs > 1 each in the worker that did it, side by side with others) and
 * its load rate; then the sums and the wall-clock total.  The result: a
 * row per table, then the sums of the key and ANALYZE times in rows of
 * their own (as before 2.0, for callers that read only the first three
 * columns).
 */
static void
report(Gen *g, ReturnSetInfo *rsinfo)
{
	StringInfoData s;
	int64		total = 0;
	double		load = 0,
				keys = 0,
				analyzed = 0;
	int			i;

	initStringInfo(&s);
	appendStringInfo(&s, "synthgen.generate(%s) into schema %s (jobs %d, keys %s%s):",
					 g->scenario, g->schema, g->jobs, g->keys_name, g->unlogged ? ", unlogged" : "");
	appendStringInfo(&s, "\n  %-18s %12s %11s %11s %11s %12s", "table", "rows", "load", "keys",
					 "analyze", "rows/s");
	for (i = 0; i < g->ntables; i++)
	{
		GenTable   *t = &g->tables[i];
		char		rate[32] = "";

		if (t->seconds > 0)
			snprintf(rate, sizeof(rate), "%.0f", rint(t->rows / t->seconds));
		appendStringInfo(&s, "\n  %-18s %12lld %9.3f s %9.3f s %9.3f s %12s",
						 t->def->name, (long long) t->rows, t->seconds, t->key_seconds,
						 t->analyze_seconds, rate);
		total += t->rows;
		load += t->seconds;
		keys += t->key_seconds;
		analyzed += t->analyze_seconds;
		put_row(rsinfo, t->def->name, &t->rows, t->seconds, &t->key_seconds, &t->analyze_seconds);
	}
	appendStringInfo(&s, "\n  %-18s %12lld %9.3f s %9.3f s %9.3f s", "sum", (long long) total,
					 load, keys, analyzed);
	appendStringInfo(&s, "\n  %-18s %12s %9.3f s", "total (wall clock)", "",
					 (double) (GetCurrentTimestamp() - g->started) / USECS_PER_SEC);
	ereport(NOTICE, (errmsg_internal("%s", s.data)));

	put_row(rsinfo, "primary and foreign keys", NULL, keys, NULL, NULL);
	put_row(rsinfo, "analyze", NULL, analyzed, NULL, NULL);
}

/*
 * synthgen.generate(scenario text, start timestamptz, hours int,
 *		tables text[], target_schema name, seed bigint, orders_per_day int,
 *		customers bigint, products int, suppliers int, jobs int,
 *		if_exists text, keys text, unlogged boolean)
 *	RETURNS TABLE (table_name text, rows bigint, seconds float8,
 *		key_seconds float8, analyze_seconds float8)
 */
PG_FUNCTION_INFO_V1(synthgen_generate);
Datum
synthgen_generate(PG_FUNCTION_ARGS)
{
	MemoryContext mcxt = CurrentMemoryContext;
	Gen		   *g = palloc0(sizeof(Gen));

	g->started = GetCurrentTimestamp();

	/*
	 * a library newer than the installed SQL would read arguments that are
	 * not there: say which versions disagree (55000), as every function does
	 */
	if (PG_NARGS() <= SG_ARG_AS_OF)
		sg_require_installed_version();
	if (PG_NARGS() <= SG_ARG_AS_OF)
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("synthgen.generate() of the installed extension version does not match the library"),
				 errhint("ALTER EXTENSION synthgen UPDATE;")));
	read_arguments(g, fcinfo);
	PreventCommandIfReadOnly("synthgen.generate()");
	InitMaterializedSRF(fcinfo, 0);

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	describe_run(g, mcxt);
	plan(g);
	if (g->jobs == 1)
		run_here(g);
	else
		run_parallel(g);
	SPI_finish();

	report(g, (ReturnSetInfo *) fcinfo->resultinfo);
	return (Datum) 0;
}
