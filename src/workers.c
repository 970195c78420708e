/*-------------------------------------------------------------------------
 *
 * workers.c
 *	  synthgen.run_parallel(): statements run by dynamic background workers,
 *	  one worker per group, each group in its own committed transaction.
 *
 * This is what generate(jobs => N) uses: parallel query workers may not
 * write, so loading in parallel needs background workers with their own
 * transactions (SPEC §9).  Each worker connects to the caller's database
 * as the caller's role (so privileges, row security and ownership are the
 * caller's), runs its statements through SPI, records rows, seconds or the
 * error message in shared memory, and commits.  The caller waits, and when
 * it is cancelled or fails, terminates the workers it started and waits
 * for them to exit, so that their slots are free again (generate() needs
 * one to drop what its workers committed).
 *
 * Worker slots (max_worker_processes) are shared with the whole server.
 * When fewer are free than there are groups, the workers that could be
 * started share the groups (group g goes to worker g mod n): the result is
 * the same, only slower.  With none free, the caller waits a little for
 * one (SG_SLOT_WAIT_MS), then gives up with an error.  Workers start only
 * once the caller has said how many there are.
 *
 *-------------------------------------------------------------------------
 */
#include "synthgen.h"

#include "access/xact.h"
#include "catalog/pg_authid.h"
#include "catalog/pg_type.h"
#include "executor/spi.h"
#include "funcapi.h"
#include "miscadmin.h"
#include "pgstat.h"
#include "postmaster/bgworker.h"
#include "storage/dsm.h"
#include "storage/ipc.h"
#include "storage/latch.h"
#include "storage/shm_toc.h"
#include "tcop/tcopprot.h"
#include "tcop/utility.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/memutils.h"
#include "utils/snapmgr.h"
#include "utils/syscache.h"

#define SG_WORKER_MAGIC		0x53594e47	/* "SYNG" */
#define SG_ERRMSG_LEN		1024
#define SG_SLOT_WAIT_MS		10000	/* for the first worker slot */
#define SG_POLL_MS			5

typedef enum SgStmtState
{
	SG_STMT_PENDING = 0,
	SG_STMT_DONE,
	SG_STMT_FAILED
} SgStmtState;

typedef struct SgStmtSlot
{
	int32		group;
	int32		state;			/* SgStmtState */
	int64		rows;
	double		seconds;
	Size		sql_offset;		/* into the segment */
	char		errmsg[SG_ERRMSG_LEN];
	char		sqlstate[6];
} SgStmtSlot;

typedef struct SgWorkerShared
{
	uint32		magic;
	Oid			database;
	Oid			role;
	int32		nstmts;
	int32		nworkers;		/* set by the caller once all are started */
	bool		abort;			/* set by the caller when it gives up */
	SgStmtSlot	slots[FLEXIBLE_ARRAY_MEMBER];
} SgWorkerShared;

PGDLLEXPORT void synthgen_worker_main(Datum main_arg);

/* ---------------------------------------------------------------------- */
/* the worker */

void
synthgen_worker_main(Datum main_arg)
{
	dsm_segment *seg;
	SgWorkerShared *shared;
	int32		me;
	int32		nworkers;
	int			i;
	volatile int current = -1;	/* read in PG_CATCH */

	/*
	 * The regular backend's SIGTERM handler: the default for background
	 * workers, bgworker_die, exits from the signal handler, which in a
	 * critical section (a buffer write) becomes a PANIC.  die() only sets a
	 * flag that CHECK_FOR_INTERRUPTS acts on.
	 */
	pqsignal(SIGTERM, die);
	BackgroundWorkerUnblockSignals();
	memcpy(&me, MyBgworkerEntry->bgw_extra, sizeof(int32));

	seg = dsm_attach(DatumGetUInt32(main_arg));
	if (seg == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
				 errmsg("synthgen worker could not map its shared memory")));
	shared = dsm_segment_address(seg);
	if (shared->magic != SG_WORKER_MAGIC)
		elog(ERROR, "synthgen worker: bad shared memory");

	BackgroundWorkerInitializeConnectionByOid(shared->database, shared->role, 0);
	pgstat_report_appname("synthgen worker");

	/*
	 * Which groups are mine depends on how many workers the caller got.  The
	 * caller says so within moments, or terminates us; should neither
	 * happen (it died), give up rather than wait forever.
	 */
	for (i = 0; (nworkers = *(volatile int32 *) &shared->nworkers) == 0; i++)
	{
		if (*(volatile bool *) &shared->abort || i * SG_POLL_MS > 2 * SG_SLOT_WAIT_MS)
			proc_exit(0);
		(void) WaitLatch(MyLatch, WL_LATCH_SET | WL_TIMEOUT | WL_EXIT_ON_PM_DEATH,
						 SG_POLL_MS, PG_WAIT_EXTENSION);
		ResetLatch(MyLatch);
		CHECK_FOR_INTERRUPTS();
	}
	pg_read_barrier();

	StartTransactionCommand();
	PG_TRY();
	{
		SPI_connect();
		for (i = 0; i < shared->nstmts; i++)
		{
			SgStmtSlot *slot = &shared->slots[i];
			const char *sql = (char *) shared + slot->sql_offset;
			instr_time	t0,
						t1;
			int			rc;

			if (slot->group % nworkers != me)
				continue;
			current = i;
			pgstat_report_activity(STATE_RUNNING, sql);
			INSTR_TIME_SET_CURRENT(t0);
			PushActiveSnapshot(GetTransactionSnapshot());
			rc = SPI_execute(sql, false, 0);
			if (rc == SPI_ERROR_TRANSACTION || rc == SPI_ERROR_COPY)
				ereport(ERROR,
						(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
						 errmsg("synthgen.run_parallel() statements cannot %s",
								rc == SPI_ERROR_COPY ? "copy to or from the client" :
								"control transactions"),
						 errdetail("Each worker runs its statements in one transaction it commits itself.")));
			if (rc < 0)
				elog(ERROR, "SPI_execute failed: %s", SPI_result_code_string(rc));
			/* a SELECT of one bigint (synthgen.load) reports rows written */
			if (rc == SPI_OK_SELECT && SPI_processed == 1 &&
				SPI_tuptable->tupdesc->natts == 1 &&
				TupleDescAttr(SPI_tuptable->tupdesc, 0)->atttypid == INT8OID)
			{
				bool		isnull;
				Datum		d = SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1, &isnull);

				slot->rows = isnull ? 0 : DatumGetInt64(d);
			}
			else
				slot->rows = (int64) SPI_processed;
			PopActiveSnapshot();
			CommandCounterIncrement();
			INSTR_TIME_SET_CURRENT(t1);
			INSTR_TIME_SUBTRACT(t1, t0);
			slot->seconds = INSTR_TIME_GET_DOUBLE(t1);
		}
		SPI_finish();
		CommitTransactionCommand();

		/* states only after the commit: DONE means committed */
		for (i = 0; i < shared->nstmts; i++)
			if (shared->slots[i].group % nworkers == me)
				shared->slots[i].state = SG_STMT_DONE;
	}
	PG_CATCH();
	{
		ErrorData  *edata;
		MemoryContext old = MemoryContextSwitchTo(TopMemoryContext);

		edata = CopyErrorData();
		MemoryContextSwitchTo(old);
		if (current >= 0)
		{
			SgStmtSlot *slot = &shared->slots[current];

			strlcpy(slot->errmsg, edata->message ? edata->message : "unknown error",
					SG_ERRMSG_LEN);
			memcpy(slot->sqlstate, unpack_sql_state(edata->sqlerrcode), 5);
			slot->sqlstate[5] = '\0';
			slot->state = SG_STMT_FAILED;
		}
		PG_RE_THROW();
	}
	PG_END_TRY();

	pgstat_report_activity(STATE_IDLE, NULL);
	dsm_detach(seg);
	proc_exit(0);
}

/* ---------------------------------------------------------------------- */
/* the caller */

static void
terminate_all(BackgroundWorkerHandle **handles, int n)
{
	int			i;

	for (i = 0; i < n; i++)
		if (handles[i])
			TerminateBackgroundWorker(handles[i]);
	/* their slots must be free again when we return */
	for (i = 0; i < n; i++)
		if (handles[i])
			(void) WaitForBackgroundWorkerShutdown(handles[i]);
}

/* whether a worker may connect as the role (rolcanlogin) */
static bool
role_can_login(Oid roleid)
{
	HeapTuple	tup = SearchSysCache1(AUTHOID, ObjectIdGetDatum(roleid));
	bool		can;

	if (!HeapTupleIsValid(tup))
		elog(ERROR, "cache lookup failed for role %u", roleid);
	can = ((Form_pg_authid) GETSTRUCT(tup))->rolcanlogin;
	ReleaseSysCache(tup);
	return can;
}

/*
 * sg_run_parallel: run nstmts statements in background workers; statement
 * i belongs to group groups[i] (0 .. max_worker_processes - 1); each group
 * runs in one worker (worker g mod n of the n started), whose statements
 * run in array order in one transaction it commits.  Fills rows[i] and
 * seconds[i].  Any failure raises the first failing statement's error here
 * (after all workers have stopped).  generate() calls this directly; the
 * SQL function synthgen.run_parallel() below is a thin wrapper.
 */
void
sg_run_parallel(int nstmts, const char *const *sqls, const int32 *groups_in,
				int64 *rows_out, double *seconds_out)
{
	volatile int ngroups = 0;
	volatile int nworkers = 0;	/* started; read in PG_CATCH */
	Size		size;
	dsm_segment *seg;
	SgWorkerShared *shared;
	BackgroundWorkerHandle **handles;
	char	   *strings;
	int			i;

	if (nstmts <= 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("\"statements\" and \"groups\" must be non-empty arrays of the same length")));
	for (i = 0; i < nstmts; i++)
	{
		int32		g = groups_in[i];

		if (g < 0 || g >= max_worker_processes)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("group %d is out of range: groups are 0 .. max_worker_processes - 1 (%d)",
							g, max_worker_processes - 1)));
		ngroups = Max(ngroups, g + 1);
	}

	/*
	 * The workers log in as the current role; PostgreSQL refuses a role
	 * without LOGIN (e.g. a group role reached by SET ROLE) in a worker as
	 * at a connection.  Say so now rather than as a worker's dying words.
	 */
	if (!role_can_login(GetUserId()))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_AUTHORIZATION_SPECIFICATION),
				 errmsg("role \"%s\" cannot log in, so background workers cannot run as it",
						GetUserNameFromId(GetUserId(), false)),
				 errhint("Use jobs => 1, or run as a role with LOGIN.")));

	/* shared memory: the header, the slots, then the statement texts */
	size = offsetof(SgWorkerShared, slots) + sizeof(SgStmtSlot) * nstmts;
	for (i = 0; i < nstmts; i++)
		size += strlen(sqls[i]) + 1;
	seg = dsm_create(size, 0);
	shared = dsm_segment_address(seg);
	memset(shared, 0, size);
	shared->magic = SG_WORKER_MAGIC;
	shared->database = MyDatabaseId;
	shared->role = GetUserId();
	shared->nstmts = nstmts;
	strings = (char *) &shared->slots[nstmts];
	for (i = 0; i < nstmts; i++)
	{
		size_t		len = strlen(sqls[i]);

		shared->slots[i].group = groups_in[i];
		shared->slots[i].sql_offset = strings - (char *) shared;
		memcpy(strings, sqls[i], len + 1);
		strings += len + 1;
	}

	handles = palloc0(sizeof(BackgroundWorkerHandle *) * ngroups);
	PG_TRY();
	{
		int			waited = 0;

		for (i = 0; i < ngroups; i++)
		{
			BackgroundWorker worker;
			int32		me = i;
			pid_t		pid;

			memset(&worker, 0, sizeof(worker));
			worker.bgw_flags = BGWORKER_SHMEM_ACCESS | BGWORKER_BACKEND_DATABASE_CONNECTION;
			worker.bgw_start_time = BgWorkerStart_RecoveryFinished;
			worker.bgw_restart_time = BGW_NEVER_RESTART;
			snprintf(worker.bgw_library_name, BGW_MAXLEN, "synthgen");
			snprintf(worker.bgw_function_name, BGW_MAXLEN, "synthgen_worker_main");
			snprintf(worker.bgw_name, BGW_MAXLEN, "synthgen worker %d", i);
			snprintf(worker.bgw_type, BGW_MAXLEN, "synthgen worker");
			worker.bgw_main_arg = UInt32GetDatum(dsm_segment_handle(seg));
			worker.bgw_notify_pid = MyProcPid;
			memcpy(worker.bgw_extra, &me, sizeof(int32));

			if (!RegisterDynamicBackgroundWorker(&worker, &handles[i]))
			{
				/* fewer workers share the groups; none: wait a little */
				if (nworkers > 0)
					break;
				if (waited >= SG_SLOT_WAIT_MS)
					ereport(ERROR,
							(errcode(ERRCODE_INSUFFICIENT_RESOURCES),
							 errmsg("no background worker slot became free in %d s",
									SG_SLOT_WAIT_MS / 1000),
							 errdetail("All max_worker_processes (%d) slots are in use.",
									   max_worker_processes),
							 errhint("Use jobs => 1, or raise max_worker_processes.")));
				(void) WaitLatch(MyLatch, WL_LATCH_SET | WL_TIMEOUT | WL_EXIT_ON_PM_DEATH,
								 SG_POLL_MS * 10, PG_WAIT_EXTENSION);
				ResetLatch(MyLatch);
				CHECK_FOR_INTERRUPTS();
				waited += SG_POLL_MS * 10;
				i--;
				continue;
			}
			nworkers++;
			if (WaitForBackgroundWorkerStartup(handles[i], &pid) != BGWH_STARTED)
				ereport(ERROR,
						(errcode(ERRCODE_INSUFFICIENT_RESOURCES),
						 errmsg("synthgen background worker %d did not start", i)));
		}
		if (nworkers < ngroups)
			ereport(NOTICE,
					(errmsg("synthgen: %d of %d background workers started, they share the work",
							(int) nworkers, (int) ngroups),
					 errdetail("The other max_worker_processes slots are in use.")));
		pg_write_barrier();
		shared->nworkers = nworkers;
		for (i = 0; i < nworkers; i++)
			(void) WaitForBackgroundWorkerShutdown(handles[i]);
	}
	PG_CATCH();
	{
		/* cancelled or failed: stop what we started, then report */
		shared->abort = true;
		terminate_all(handles, nworkers);
		PG_RE_THROW();
	}
	PG_END_TRY();

	/* a worker that died before recording anything also counts as failed */
	for (i = 0; i < nstmts; i++)
	{
		SgStmtSlot *slot = &shared->slots[i];

		if (slot->state == SG_STMT_FAILED)
			ereport(ERROR,
					(errcode(MAKE_SQLSTATE(slot->sqlstate[0], slot->sqlstate[1], slot->sqlstate[2],
										   slot->sqlstate[3], slot->sqlstate[4])),
					 errmsg("%s", slot->errmsg),
					 errcontext("synthgen.run_parallel() group %d, statement %d", slot->group, i + 1)));
	}
	for (i = 0; i < nstmts; i++)
		if (shared->slots[i].state != SG_STMT_DONE)
			ereport(ERROR,
					(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
					 errmsg("the synthgen background worker of group %d stopped before it finished",
							shared->slots[i].group),
					 errdetail("It could not connect or was terminated; the server log has its message.")));

	for (i = 0; i < nstmts; i++)
	{
		rows_out[i] = shared->slots[i].rows;
		seconds_out[i] = shared->slots[i].seconds;
	}
	dsm_detach(seg);
}

/*
 * synthgen.run_parallel(statements text[], groups int[])
 *	RETURNS TABLE (statement int, rows bigint, seconds float8)
 */
PG_FUNCTION_INFO_V1(synthgen_run_parallel);
Datum
synthgen_run_parallel(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	ArrayType  *stmts_arr,
			   *groups_arr;
	Datum	   *stmts,
			   *groups;
	bool	   *stmt_nulls,
			   *group_nulls;
	int			nstmts,
				ngroups_in,
				i;
	const char **sqls;
	int32	   *grp;
	int64	   *rows;
	double	   *seconds;

	if (PG_ARGISNULL(0) || PG_ARGISNULL(1))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("arguments \"statements\" and \"groups\" must not be NULL")));
	PreventCommandIfReadOnly("synthgen.run_parallel()");
	stmts_arr = PG_GETARG_ARRAYTYPE_P(0);
	groups_arr = PG_GETARG_ARRAYTYPE_P(1);
	deconstruct_array(stmts_arr, TEXTOID, -1, false, TYPALIGN_INT, &stmts, &stmt_nulls, &nstmts);
	deconstruct_array(groups_arr, INT4OID, 4, true, TYPALIGN_INT, &groups, &group_nulls, &ngroups_in);
	if (nstmts != ngroups_in || nstmts == 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("\"statements\" and \"groups\" must be non-empty arrays of the same length")));
	sqls = palloc(sizeof(char *) * nstmts);
	grp = palloc(sizeof(int32) * nstmts);
	rows = palloc(sizeof(int64) * nstmts);
	seconds = palloc(sizeof(double) * nstmts);
	for (i = 0; i < nstmts; i++)
	{
		if (stmt_nulls[i] || group_nulls[i])
			ereport(ERROR,
					(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
					 errmsg("statements and groups must not contain NULL")));
		sqls[i] = TextDatumGetCString(stmts[i]);
		grp[i] = DatumGetInt32(groups[i]);
	}

	sg_run_parallel(nstmts, sqls, grp, rows, seconds);

	InitMaterializedSRF(fcinfo, 0);
	for (i = 0; i < nstmts; i++)
	{
		Datum		values[3];
		bool		nulls[3] = {false, false, false};

		values[0] = Int32GetDatum(i + 1);
		values[1] = Int64GetDatum(rows[i]);
		values[2] = Float8GetDatum(seconds[i]);
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}
	return (Datum) 0;
}
