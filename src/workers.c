/*-------------------------------------------------------------------------
 *
 * workers.c
 *	  sg_run_tasks(): statements run by dynamic background workers as a
 *	  graph of tasks, each task one committed transaction; sg_run_parallel()
 *	  and synthgen.run_parallel(), its simpler form of independent groups.
 *
 * This is what generate(jobs => N) uses: parallel query workers may not
 * write, so loading in parallel needs background workers with their own
 * transactions (docs/design.md, "Parallel loading").  A worker is the
 * caller in the way PostgreSQL's own parallel workers are: it connects as
 * the caller's authenticated user, then takes the caller's session user,
 * role (SET ROLE, so a NOLOGIN role reached that way works), current user
 * and security context, and the caller's settings (search_path,
 * default_tablespace, session_replication_role, ...) as they are at the
 * call, and nothing else: no role-level settings of a role reached by SET
 * ROLE.  It joins the caller's lock group, so that the deadlock detector
 * sees caller and workers as one (a DROP EXTENSION queued between them is
 * resolved, not a silent hang), and it runs under what is left of the
 * caller's statement_timeout.  It runs its statements through SPI,
 * records rows, seconds or the first error (message, detail, hint, context
 * whole) in shared memory, and commits.
 *
 * The tasks: the caller lists them in order of priority; each has its
 * statements, the tasks that must have committed before it starts, and a
 * set of resources (bits) no two tasks running at once may share.  Each
 * worker takes the first task that is ready, runs it in a transaction of
 * its own, commits, and takes the next, until none is left; a worker with
 * nothing ready sleeps on a condition variable until a task commits.  The
 * resources are there because the workers are one lock group: locks
 * held by members of a group never conflict with each other, so two
 * workers could run DDL that PostgreSQL's locks would otherwise have
 * serialised (two ALTER TABLEs updating the same pg_class row); the
 * caller gives such tasks a common resource (generate.c does).  For the
 * same reason a worker never starts parallel query or a parallel index
 * build: a lock group member cannot lead parallel workers.
 *
 * The caller waits, checking its client connection every second; when it
 * is cancelled, fails, or exits (pg_terminate_backend, a lost client), it
 * terminates the workers it started (and on error waits for them, so that
 * their slots are free again: generate() needs one to drop what its
 * workers committed).  When one task fails, the others stop: the workers
 * take no new task and the caller terminates those still running.
 *
 * Worker slots (max_worker_processes) are shared with the whole server.
 * Non-superusers together hold at most half of them (SG_USER_SLOT_SHARE),
 * counted with cluster-wide advisory locks used as tokens, so they cannot
 * starve parallel query, logical replication or each other.  When fewer
 * slots (or tokens) are free than workers asked for, the workers that
 * could be started share the tasks: the result is the same, only slower.
 * With none free, the caller waits a little for one (SG_SLOT_WAIT_MS),
 * then gives up with an error.  Workers start only once the caller has
 * said how many there are.  A call takes at most SG_MAX_STMTS statements
 * of SG_MAX_STMT_BYTES in all.
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
#include "port/atomics.h"
#include "postmaster/bgworker.h"
#include "storage/dsm.h"
#include "storage/ipc.h"
#include "storage/latch.h"
#include "storage/condition_variable.h"
#include "storage/lock.h"
#include "storage/proc.h"
#include "storage/spin.h"
#include "tcop/tcopprot.h"
#include "tcop/utility.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/guc.h"
#include "utils/memutils.h"
#include "utils/snapmgr.h"
#include "utils/syscache.h"
#include "utils/timeout.h"

/*
 * From libpq/libpq.h, which cannot be included here: it pulls in
 * libpq-be.h and with it the GSSAPI headers the server was built with.
 */
extern bool pq_check_connection(void);

#define SG_WORKER_MAGIC		0x53594e48	/* "SYNH" */
#define SG_SLOT_WAIT_MS		10000	/* for the first worker slot */
#define SG_POLL_MS			5
#define SG_CONN_CHECK_MS	1000	/* how often a waiting caller checks its client */
#define SG_EXIT_WAIT_MS		5000	/* an exiting caller waits this long for its workers */
#define SG_MAX_STMTS		4096
#define SG_MAX_STMT_BYTES	(16 * 1024 * 1024)
/* non-superusers together: at most this share of max_worker_processes */
#define SG_USER_SLOT_SHARE	2	/* 1/2 */
/* the advisory lock space of the tokens: (database 0, "synthgen", slot) */
#define SG_TOKEN_KEY		0x53594e47

#define SG_ERR_MSG_LEN		4096
#define SG_ERR_DETAIL_LEN	4096
#define SG_ERR_HINT_LEN		1024
#define SG_ERR_CONTEXT_LEN	2048

typedef enum SgTaskState
{
	SG_TASK_PENDING = 0,
	SG_TASK_RUNNING,
	SG_TASK_DONE,				/* committed */
	SG_TASK_FAILED
} SgTaskState;

typedef struct SgStmtSlot
{
	int32		task;
	int32		label;			/* the caller's number for it, in messages */
	int64		rows;
	double		seconds;
	Size		sql_offset;		/* into the segment */
} SgStmtSlot;

typedef struct SgTaskSlot
{
	int32		first;			/* its statements, in order */
	int32		count;
	uint32		resources;
	int32		ndeps;
	Size		deps_offset;	/* int32[ndeps], into the segment */
	int32		label;			/* the caller's number for it, in messages */
	int32		state;			/* SgTaskState, under the mutex */
	int32		worker;			/* which worker took it, -1: none yet */
} SgTaskSlot;

/* the first error any worker raised, whole */
typedef struct SgWorkerError
{
	pg_atomic_flag taken;		/* set by the worker that writes it */
	int32		stmt;			/* -1: none */
	int			sqlerrcode;
	char		message[SG_ERR_MSG_LEN];
	char		detail[SG_ERR_DETAIL_LEN];
	char		hint[SG_ERR_HINT_LEN];
	char		context[SG_ERR_CONTEXT_LEN];
} SgWorkerError;

typedef struct SgWorkerShared
{
	uint32		magic;
	Oid			database;
	/* the caller's identity, restored in this order */
	Oid			authenticated_user; /* to connect as */
	Oid			outer_user;		/* SET ROLE, or InvalidOid */
	bool		outer_is_superuser;
	Oid			current_user;
	int			sec_context;
	/* the caller's lock group */
	PGPROC	   *leader_proc;
	int			leader_pid;
	TimestampTz deadline;		/* the caller's statement_timeout, 0: none */
	Size		guc_offset;		/* the caller's settings (SerializeGUCState) */
	Size		guc_size;
	int32		nstmts;
	int32		ntasks;
	Size		tasks_offset;	/* SgTaskSlot[ntasks], into the segment */
	int32		nworkers;		/* set by the caller once all are started */
	bool		abort;			/* set when the call gives up: take no task */
	slock_t		mutex;			/* the tasks' states and busy */
	uint32		busy;			/* resources of the running tasks */
	ConditionVariable task_done;	/* a task committed, or the call gave up */
	SgWorkerError error;
	SgStmtSlot	slots[FLEXIBLE_ARRAY_MEMBER];
} SgWorkerShared;

PGDLLEXPORT void synthgen_worker_main(Datum main_arg);

static inline SgTaskSlot *
task_slots(SgWorkerShared *shared)
{
	return (SgTaskSlot *) ((char *) shared + shared->tasks_offset);
}

/* ---------------------------------------------------------------------- */
/* the worker */

/* keep the first error of all workers, whole */
static void
record_error(SgWorkerShared *shared, int stmt, ErrorData *edata)
{
	SgWorkerError *e = &shared->error;

	if (!pg_atomic_test_set_flag(&e->taken))
		return;
	e->sqlerrcode = edata->sqlerrcode;
	strlcpy(e->message, edata->message ? edata->message : "unknown error", SG_ERR_MSG_LEN);
	strlcpy(e->detail, edata->detail ? edata->detail : "", SG_ERR_DETAIL_LEN);
	strlcpy(e->hint, edata->hint ? edata->hint : "", SG_ERR_HINT_LEN);
	strlcpy(e->context, edata->context ? edata->context : "", SG_ERR_CONTEXT_LEN);
	pg_write_barrier();
	e->stmt = stmt;
}

/* become the caller: who it is, what it has set, how long it may run */
static void
adopt_caller(SgWorkerShared *shared)
{
	StartTransactionCommand();
	/* session_authorization among them, checked as SET would check it */
	RestoreGUCState((char *) shared + shared->guc_offset);
	/* the caller's application_name came along: say at once what we are */
	pgstat_report_appname("synthgen worker");

	/*
	 * A lock group member cannot lead parallel workers of its own
	 * (LaunchParallelWorkers would make it the leader of a second group):
	 * no parallel query, no parallel index build, whatever a statement
	 * sets.
	 */
	(void) set_config_option("max_parallel_workers_per_gather", "0", PGC_USERSET,
							 PGC_S_OVERRIDE, GUC_ACTION_SET, true, 0, false);
	(void) set_config_option("max_parallel_maintenance_workers", "0", PGC_USERSET,
							 PGC_S_OVERRIDE, GUC_ACTION_SET, true, 0, false);
	CommitTransactionCommand();

	/*
	 * The role and the current user as the caller has them, without
	 * checking again whether the session user may become that role (as
	 * parallel workers do: the caller was checked when it did SET ROLE).
	 */
	SetCurrentRoleId(shared->outer_user, shared->outer_is_superuser);
	SetUserIdAndSecContext(shared->current_user, shared->sec_context);

	if (shared->deadline != 0)
	{
		long		secs;
		int			usecs;
		TimestampTz now = GetCurrentTimestamp();

		if (now >= shared->deadline)
			ereport(ERROR,
					(errcode(ERRCODE_QUERY_CANCELED),
					 errmsg("canceling statement due to statement timeout")));
		TimestampDifference(now, shared->deadline, &secs, &usecs);
		enable_timeout_after(STATEMENT_TIMEOUT, (int) Min(secs * 1000 + usecs / 1000 + 1, INT_MAX));
	}
}

/*
 * The first task that is pending, whose prerequisites have committed and
 * whose resources are free: taken by worker me.  -1 when none is ready;
 * *left says whether any task is still pending at all.
 */
static int
take_task(SgWorkerShared *shared, int32 me, bool *left)
{
	SgTaskSlot *tasks = task_slots(shared);
	int			found = -1;
	int			i,
				d;

	*left = false;
	SpinLockAcquire(&shared->mutex);
	for (i = 0; i < shared->ntasks && found < 0; i++)
	{
		SgTaskSlot *t = &tasks[i];
		const int32 *deps = (const int32 *) ((char *) shared + t->deps_offset);

		if (t->state != SG_TASK_PENDING)
			continue;
		*left = true;
		if (t->resources & shared->busy)
			continue;
		for (d = 0; d < t->ndeps; d++)
			if (tasks[deps[d]].state != SG_TASK_DONE)
				break;
		if (d < t->ndeps)
			continue;
		t->state = SG_TASK_RUNNING;
		t->worker = me;
		shared->busy |= t->resources;
		found = i;
	}
	SpinLockRelease(&shared->mutex);
	return found;
}

static void
finish_task(SgWorkerShared *shared, int task, SgTaskState state)
{
	SgTaskSlot *t = &task_slots(shared)[task];

	SpinLockAcquire(&shared->mutex);
	t->state = state;
	shared->busy &= ~t->resources;
	if (state == SG_TASK_FAILED)
		shared->abort = true;
	SpinLockRelease(&shared->mutex);
	ConditionVariableBroadcast(&shared->task_done);
}

/* one task: its statements in one transaction, committed */
static void
run_task(SgWorkerShared *shared, int task, volatile int *current)
{
	SgTaskSlot *t = &task_slots(shared)[task];
	int			i;

	StartTransactionCommand();
	SPI_connect();
	for (i = t->first; i < t->first + t->count; i++)
	{
		SgStmtSlot *slot = &shared->slots[i];
		const char *sql = (char *) shared + slot->sql_offset;
		instr_time	t0,
					t1;
		int			rc;

		/* an empty statement: its slot is filled by the one before it */
		if (*sql == '\0')
			continue;
		*current = i;
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

		/*
		 * A SELECT of rows (bigint, float8), as synthgen.load_together()
		 * returns one per table, followed by as many empty statements:
		 * each row is the rows and seconds of its own slot.
		 */
		if (rc == SPI_OK_SELECT && SPI_processed > 1 &&
			i + (int) SPI_processed <= t->first + t->count &&
			SPI_tuptable->tupdesc->natts == 2 &&
			TupleDescAttr(SPI_tuptable->tupdesc, 0)->atttypid == INT8OID &&
			TupleDescAttr(SPI_tuptable->tupdesc, 1)->atttypid == FLOAT8OID)
		{
			uint64		k;
			bool		empty = true;

			for (k = 1; k < SPI_processed; k++)
				empty &= *((char *) shared + shared->slots[i + k].sql_offset) == '\0';
			for (k = 0; empty && k < SPI_processed; k++)
			{
				bool		isnull;
				Datum		r = SPI_getbinval(SPI_tuptable->vals[k], SPI_tuptable->tupdesc, 1, &isnull);
				Datum		sec = SPI_getbinval(SPI_tuptable->vals[k], SPI_tuptable->tupdesc, 2, &isnull);

				shared->slots[i + k].rows = DatumGetInt64(r);
				shared->slots[i + k].seconds = DatumGetFloat8(sec);
			}
		}
	}
	SPI_finish();
	CommitTransactionCommand();
	*current = -1;
	pgstat_report_activity(STATE_IDLE, NULL);
}

/*
 * A worker stopped (FATAL) while it waits for a task is still on the
 * condition variable's wait list, and ProcKill() would take it off after
 * the segment holding the variable is unmapped: take it off first.
 */
static void
leave_task_done(dsm_segment *seg, Datum arg)
{
	ConditionVariableCancelSleep();
}

void
synthgen_worker_main(Datum main_arg)
{
	dsm_segment *seg;
	SgWorkerShared *shared;
	int32		me;
	int			i;
	volatile int current = -1;	/* read in PG_CATCH */
	volatile int task = -1;

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
	on_dsm_detach(seg, leave_task_done, (Datum) 0);

	/* before taking any lock; the caller is gone if this fails */
	if (!BecomeLockGroupMember(shared->leader_proc, shared->leader_pid))
		proc_exit(0);

	BackgroundWorkerInitializeConnectionByOid(shared->database, shared->authenticated_user,
											  BGWORKER_BYPASS_ALLOWCONN);
	pgstat_report_appname("synthgen worker");

	/*
	 * The caller says within moments how many workers it got (its go), or
	 * terminates us; should neither happen (it died), give up rather than
	 * wait forever.
	 */
	for (i = 0; *(volatile int32 *) &shared->nworkers == 0; i++)
	{
		if (*(volatile bool *) &shared->abort || i * SG_POLL_MS > 2 * SG_SLOT_WAIT_MS)
			proc_exit(0);
		(void) WaitLatch(MyLatch, WL_LATCH_SET | WL_TIMEOUT | WL_EXIT_ON_PM_DEATH,
						 SG_POLL_MS, PG_WAIT_EXTENSION);
		ResetLatch(MyLatch);
		CHECK_FOR_INTERRUPTS();
	}
	pg_read_barrier();

	PG_TRY();
	{
		adopt_caller(shared);
		for (;;)
		{
			bool		left;

			if (*(volatile bool *) &shared->abort)
				break;
			task = take_task(shared, me, &left);
			if (task < 0)
			{
				if (!left)
					break;
				/* woken when a task commits; the timeout is only a safety net */
				(void) ConditionVariableTimedSleep(&shared->task_done, 100, PG_WAIT_EXTENSION);
				continue;
			}
			ConditionVariableCancelSleep();
			run_task(shared, task, &current);
			/* DONE means committed */
			finish_task(shared, task, SG_TASK_DONE);
			task = -1;
		}
		ConditionVariableCancelSleep();
		disable_timeout(STATEMENT_TIMEOUT, false);
	}
	PG_CATCH();
	{
		ErrorData  *edata;
		MemoryContext old = MemoryContextSwitchTo(TopMemoryContext);

		edata = CopyErrorData();
		MemoryContextSwitchTo(old);
		ConditionVariableCancelSleep();
		record_error(shared, current, edata);
		if (task >= 0)
			finish_task(shared, task, SG_TASK_FAILED);
		else
		{
			SpinLockAcquire(&shared->mutex);
			shared->abort = true;
			SpinLockRelease(&shared->mutex);
			ConditionVariableBroadcast(&shared->task_done);
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

/* what the clean-up needs, also when the caller exits */
typedef struct SgLeaderState
{
	BackgroundWorkerHandle **handles;
	int			nworkers;		/* started */
	int		   *tokens;			/* slot tokens held (non-superusers) */
	int			ntokens;
	SgWorkerShared *shared;
} SgLeaderState;

static void
token_tag(LOCKTAG *tag, int slot)
{
	/* database 0: the tokens count for the whole cluster */
	SET_LOCKTAG_ADVISORY(*tag, InvalidOid, SG_TOKEN_KEY, (uint32) slot, 3);
}

/*
 * A non-superuser's worker slot: one of max_worker_processes /
 * SG_USER_SLOT_SHARE session-level advisory locks, taken without waiting
 * (released when the call ends, or with the session).  Returns false when
 * all are held, by this or other sessions.
 */
static bool
take_token(SgLeaderState *st)
{
	int			ntok = Max(1, max_worker_processes / SG_USER_SLOT_SHARE);
	int			i;

	for (i = 0; i < ntok; i++)
	{
		LOCKTAG		tag;

		token_tag(&tag, i);
		switch (LockAcquire(&tag, ExclusiveLock, true, true))
		{
			case LOCKACQUIRE_OK:
				st->tokens[st->ntokens++] = i;
				return true;
			case LOCKACQUIRE_ALREADY_HELD:
			case LOCKACQUIRE_ALREADY_CLEAR:
				/* this call's, or this session's: not a free one */
				LockRelease(&tag, ExclusiveLock, true);
				break;
			default:
				break;
		}
	}
	return false;
}

/* release the last n tokens taken */
static void
release_tokens(SgLeaderState *st, int n)
{
	while (n-- > 0 && st->ntokens > 0)
	{
		LOCKTAG		tag;

		token_tag(&tag, st->tokens[--st->ntokens]);
		LockRelease(&tag, ExclusiveLock, true);
	}
}

/*
 * The clean-up of a failed, cancelled or exiting call (PG_ENSURE_ERROR_CLEANUP
 * runs it for ERROR and at process exit): stop every worker started, give
 * back the slot tokens, and wait until the workers are gone, so that their
 * slots are free when the error reaches the caller and nothing a worker
 * does outlives the call (generate()'s own exit callback, which runs after
 * this one, drops what the workers committed).  The wait is bounded:
 * SIGTERM ends a worker at its next interrupt check.
 */
static void
stop_workers(int code, Datum arg)
{
	SgLeaderState *st = (SgLeaderState *) DatumGetPointer(arg);
	int			i;

	st->shared->abort = true;
	for (i = 0; i < st->nworkers; i++)
		if (st->handles[i])
			TerminateBackgroundWorker(st->handles[i]);
	/* session-level locks: they would outlive the failed call */
	release_tokens(st, st->ntokens);

	/*
	 * A second cancel or timeout must not cut the wait short (the slots
	 * would still be taken when the error arrives): hold interrupts, and
	 * bound the wait instead.
	 */
	HOLD_INTERRUPTS();
	for (i = 0; i < st->nworkers; i++)
	{
		int			waited;
		pid_t		pid;

		for (waited = 0; st->handles[i] && waited < SG_EXIT_WAIT_MS; waited += 10)
		{
			BgwHandleStatus status = GetBackgroundWorkerPid(st->handles[i], &pid);

			if (status == BGWH_STOPPED || status == BGWH_POSTMASTER_DIED)
				break;
			pg_usleep(10000L);
		}
	}
	RESUME_INTERRUPTS();
}

/* one task a stopped worker had taken and not finished: the call fails */
static bool
task_left_running(SgWorkerShared *shared, int worker)
{
	SgTaskSlot *tasks = task_slots(shared);
	bool		left = false;
	int			i;

	SpinLockAcquire(&shared->mutex);
	for (i = 0; i < shared->ntasks; i++)
		if (tasks[i].state == SG_TASK_RUNNING && tasks[i].worker == worker)
		{
			tasks[i].state = SG_TASK_FAILED;
			left = true;
		}
	if (left)
		shared->abort = true;
	SpinLockRelease(&shared->mutex);
	return left;
}

/*
 * Wait for the workers to stop, checking for interrupts and, every second,
 * whether the caller's client is still there (a vanished client is
 * otherwise noticed only at the next socket I/O, after the workers
 * finished and committed).  When a task fails, or a worker stops in the
 * middle of one, the call has failed: the workers still running are
 * terminated rather than left to finish what nobody will keep.
 */
static void
wait_workers(SgLeaderState *st)
{
	SgWorkerShared *shared = st->shared;
	bool	   *stopped = palloc0(sizeof(bool) * st->nworkers);
	bool		terminated = false;
	TimestampTz last_check = GetCurrentTimestamp();

	for (;;)
	{
		int			running = 0;
		int			i;

		for (i = 0; i < st->nworkers; i++)
		{
			pid_t		pid;
			BgwHandleStatus status;

			if (stopped[i])
				continue;
			status = GetBackgroundWorkerPid(st->handles[i], &pid);
			if (status == BGWH_STOPPED || status == BGWH_POSTMASTER_DIED)
			{
				stopped[i] = true;
				if (task_left_running(shared, i))
					ConditionVariableBroadcast(&shared->task_done);
			}
			else
				running++;
		}
		if (running == 0)
			break;
		if (!terminated && *(volatile bool *) &shared->abort)
		{
			for (i = 0; i < st->nworkers; i++)
				if (!stopped[i])
					TerminateBackgroundWorker(st->handles[i]);
			terminated = true;
		}
		(void) WaitLatch(MyLatch, WL_LATCH_SET | WL_TIMEOUT | WL_EXIT_ON_PM_DEATH,
						 100, PG_WAIT_EXTENSION);
		ResetLatch(MyLatch);
		CHECK_FOR_INTERRUPTS();
		if (MyProcPort != NULL &&
			TimestampDifferenceExceeds(last_check, GetCurrentTimestamp(), SG_CONN_CHECK_MS))
		{
			last_check = GetCurrentTimestamp();
			if (!pq_check_connection())
			{
				/* as ProcessInterrupts does for client_connection_check_interval */
				ClientConnectionLost = 1;
				InterruptPending = 1;
				CHECK_FOR_INTERRUPTS();
			}
		}
	}
	pfree(stopped);
}

/* the roles the workers become must still exist (one may have been dropped) */
static void
check_role_exists(Oid roleid, const char *what)
{
	if (OidIsValid(roleid) && !SearchSysCacheExists1(AUTHOID, ObjectIdGetDatum(roleid)))
		ereport(ERROR,
				(errcode(ERRCODE_UNDEFINED_OBJECT),
				 errmsg("the %s (OID %u) no longer exists, so background workers cannot run as it",
						what, roleid),
				 errdetail("It was dropped after this session started using it."),
				 errhint("RESET ROLE or SET ROLE to an existing role, or use jobs => 1.")));
}

/*
 * sg_run_tasks: run ntasks tasks in up to nworkers background workers.
 * Task i runs statements tasks[i].first .. first + count - 1 of sqls, in
 * order, in one transaction it commits, once every task of its deps has
 * committed and while no running task shares one of its resources; among
 * the tasks ready, the first in array order goes first.  Fills rows[s]
 * and seconds[s] for every statement.  Any failure raises the first
 * failing statement's error here, after all workers have stopped; the
 * tasks committed before stay committed (the caller undoes them).
 */
static void
run_tasks(int nstmts, const char *const *sqls, const int *labels, int ntasks,
		  const SgTask *tasks_in, int want_workers, int64 *rows_out, double *seconds_out)
{
	int			nwanted;
	Size		size,
				deps_bytes = 0,
				text_bytes = 0,
				guc_size,
				offset;
	dsm_segment *seg;
	SgWorkerShared *shared;
	SgTaskSlot *tasks;
	SgLeaderState *st;
	char	   *strings;
	bool		limited = !superuser();
	int			i,
				d;

	if (nstmts <= 0 || ntasks <= 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("\"statements\" and \"groups\" must be non-empty arrays of the same length")));
	if (nstmts > SG_MAX_STMTS || ntasks > SG_MAX_STMTS)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("too many statements for background workers: %d, the limit is %d",
						nstmts, SG_MAX_STMTS)));
	for (i = 0; i < nstmts; i++)
	{
		text_bytes += strlen(sqls[i]) + 1;
		if (text_bytes > SG_MAX_STMT_BYTES)
			ereport(ERROR,
					(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
					 errmsg("the statements for background workers exceed %d MB",
							SG_MAX_STMT_BYTES / (1024 * 1024))));
	}
	/* the caller's own mistakes */
	for (i = 0; i < ntasks; i++)
	{
		if (tasks_in[i].first < 0 || tasks_in[i].count < 1 ||
			tasks_in[i].first + tasks_in[i].count > nstmts)
			elog(ERROR, "task %d has no statements", i);
		for (d = 0; d < tasks_in[i].ndeps; d++)
			if (tasks_in[i].deps[d] < 0 || tasks_in[i].deps[d] >= i)
				elog(ERROR, "task %d depends on task %d, not an earlier one", i,
					 tasks_in[i].deps[d]);
		deps_bytes += sizeof(int32) * tasks_in[i].ndeps;
	}
	nwanted = Min(want_workers, ntasks);
	if (nwanted < 1 || nwanted > max_worker_processes)
		elog(ERROR, "cannot run %d background workers", nwanted);

	/* who the workers will be: every role on the way must still exist */
	check_role_exists(GetSessionUserId(), "session user");
	check_role_exists(GetCurrentRoleId(), "current role (SET ROLE)");
	check_role_exists(GetUserId(), "current user");

	/*
	 * Shared memory: the header, the statement slots, the tasks, their
	 * prerequisites, the statement texts, then the caller's settings.
	 */
	guc_size = EstimateGUCStateSpace();
	offset = MAXALIGN(offsetof(SgWorkerShared, slots) + sizeof(SgStmtSlot) * nstmts);
	size = MAXALIGN(offset + sizeof(SgTaskSlot) * ntasks + deps_bytes + text_bytes);
	seg = dsm_create(size + guc_size, 0);
	shared = dsm_segment_address(seg);
	memset(shared, 0, size);
	shared->magic = SG_WORKER_MAGIC;
	shared->database = MyDatabaseId;
	shared->authenticated_user = GetAuthenticatedUserId();
	shared->outer_user = GetCurrentRoleId();
	shared->outer_is_superuser = superuser_arg(GetOuterUserId());
	GetUserIdAndSecContext(&shared->current_user, &shared->sec_context);
	shared->leader_proc = MyProc;
	shared->leader_pid = MyProcPid;

	/*
	 * The caller's own statement_timeout timer, if it is running: not when
	 * it has already fired and the caller is cleaning up after it.
	 */
	if (get_timeout_active(STATEMENT_TIMEOUT))
		shared->deadline = get_timeout_finish_time(STATEMENT_TIMEOUT);
	shared->nstmts = nstmts;
	shared->ntasks = ntasks;
	shared->tasks_offset = offset;
	SpinLockInit(&shared->mutex);
	ConditionVariableInit(&shared->task_done);
	shared->error.stmt = -1;
	pg_atomic_init_flag(&shared->error.taken);
	tasks = task_slots(shared);
	strings = (char *) &tasks[ntasks];
	for (i = 0; i < ntasks; i++)
	{
		SgTaskSlot *t = &tasks[i];
		int			s;

		t->first = tasks_in[i].first;
		t->count = tasks_in[i].count;
		t->resources = tasks_in[i].resources;
		t->label = tasks_in[i].label;
		t->state = SG_TASK_PENDING;
		t->worker = -1;
		t->ndeps = tasks_in[i].ndeps;
		t->deps_offset = strings - (char *) shared;
		for (d = 0; d < t->ndeps; d++)
		{
			int32		dep = tasks_in[i].deps[d];

			memcpy(strings, &dep, sizeof(int32));
			strings += sizeof(int32);
		}
		for (s = t->first; s < t->first + t->count; s++)
			shared->slots[s].task = i;
	}
	for (i = 0; i < nstmts; i++)
	{
		size_t		len = strlen(sqls[i]);

		shared->slots[i].label = labels ? labels[i] : i;
		shared->slots[i].sql_offset = strings - (char *) shared;
		memcpy(strings, sqls[i], len + 1);
		strings += len + 1;
	}
	shared->guc_offset = size;
	shared->guc_size = guc_size;
	SerializeGUCState(guc_size, (char *) shared + size);

	/* the workers join the caller's lock group */
	BecomeLockGroupLeader();

	st = palloc0(sizeof(SgLeaderState));
	st->handles = palloc0(sizeof(BackgroundWorkerHandle *) * nwanted);
	st->tokens = palloc0(sizeof(int) * nwanted);
	st->shared = shared;
	PG_ENSURE_ERROR_CLEANUP(stop_workers, PointerGetDatum(st));
	{
		int			waited = 0;

		for (i = 0; i < nwanted; i++)
		{
			BackgroundWorker worker;
			int32		me = i;
			pid_t		pid;
			bool		have_token = !limited || take_token(st);

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

			if (!have_token || !RegisterDynamicBackgroundWorker(&worker, &st->handles[i]))
			{
				if (have_token && limited)
					release_tokens(st, 1);	/* the one just taken */
				/* fewer workers share the tasks; none: wait a little */
				if (st->nworkers > 0)
					break;
				if (waited >= SG_SLOT_WAIT_MS)
					ereport(ERROR,
							(errcode(ERRCODE_INSUFFICIENT_RESOURCES),
							 errmsg("no background worker slot became free in %d s",
									SG_SLOT_WAIT_MS / 1000),
							 limited ?
							 errdetail("Non-superusers together may use %d of the %d max_worker_processes slots; they are in use.",
									   Max(1, max_worker_processes / SG_USER_SLOT_SHARE), max_worker_processes) :
							 errdetail("All max_worker_processes (%d) slots are in use.",
									   max_worker_processes),
							 errhint("Use jobs => 1, or try again later.")));
				(void) WaitLatch(MyLatch, WL_LATCH_SET | WL_TIMEOUT | WL_EXIT_ON_PM_DEATH,
								 SG_POLL_MS * 10, PG_WAIT_EXTENSION);
				ResetLatch(MyLatch);
				CHECK_FOR_INTERRUPTS();
				waited += SG_POLL_MS * 10;
				i--;
				continue;
			}
			st->nworkers++;
			if (WaitForBackgroundWorkerStartup(st->handles[i], &pid) != BGWH_STARTED)
				ereport(ERROR,
						(errcode(ERRCODE_INSUFFICIENT_RESOURCES),
						 errmsg("synthgen background worker %d did not start", i)));
		}
		if (st->nworkers < nwanted)
			ereport(NOTICE,
					(errmsg("synthgen: %d of %d background workers started, they share the work",
							st->nworkers, nwanted),
					 errdetail("The other worker slots are in use%s.",
							   limited ? " or reserved for superusers" : "")));
		pg_write_barrier();
		shared->nworkers = st->nworkers;
		wait_workers(st);
	}
	PG_END_ENSURE_ERROR_CLEANUP(stop_workers, PointerGetDatum(st));
	release_tokens(st, st->ntokens);

	/* the first error of any worker, whole */
	pg_read_barrier();
	if (!pg_atomic_unlocked_test_flag(&shared->error.taken))
	{
		SgWorkerError *e = &shared->error;
		char	   *where;

		/* (errcontext() is a macro with a comma: no ?: around it) */
		if (e->stmt >= 0)
			where = psprintf("synthgen.run_parallel() group %d, statement %d",
							 tasks[shared->slots[e->stmt].task].label,
							 shared->slots[e->stmt].label + 1);
		else
			where = pstrdup("a synthgen background worker, before or between its tasks");
		if (e->context[0])
			where = psprintf("%s\n%s", e->context, where);
		ereport(ERROR,
				(errcode(e->sqlerrcode),
				 errmsg_internal("%s", e->message),
				 e->detail[0] ? errdetail_internal("%s", e->detail) : 0,
				 e->hint[0] ? errhint("%s", e->hint) : 0,
				 errcontext("%s", where)));
	}
	/* a worker that died before recording anything also counts as failed */
	for (i = 0; i < ntasks; i++)
		if (tasks[i].state != SG_TASK_DONE)
			ereport(ERROR,
					(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
					 errmsg("the synthgen background worker of group %d stopped before it finished",
							tasks[i].label),
					 errdetail("It could not connect or was terminated; the server log has its message.")));

	for (i = 0; i < nstmts; i++)
	{
		rows_out[i] = shared->slots[i].rows;
		seconds_out[i] = shared->slots[i].seconds;
	}
	dsm_detach(seg);
}

void
sg_run_tasks(int nstmts, const char *const *sqls, int ntasks, const SgTask *tasks,
			 int nworkers, int64 *rows, double *seconds)
{
	run_tasks(nstmts, sqls, NULL, ntasks, tasks, nworkers, rows, seconds);
}

/*
 * sg_run_parallel: statement i belongs to group groups[i] (0 ..
 * max_worker_processes - 1); the statements of a group run in array order
 * in one transaction, groups in as many workers as there are groups (or
 * fewer, when slots are short: they share the groups).  generate() uses it
 * for the DDL it commits and drops; the SQL function synthgen.run_parallel()
 * below is a thin wrapper.
 */
void
sg_run_parallel(int nstmts, const char *const *sqls, const int32 *groups_in,
				int64 *rows_out, double *seconds_out)
{
	int			ngroups = 0;
	const char **sorted;
	int		   *order;
	int64	   *rows;
	double	   *seconds;
	SgTask	   *tasks;
	int			ntasks = 0;
	int			i,
				g,
				n = 0;

	if (nstmts <= 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("\"statements\" and \"groups\" must be non-empty arrays of the same length")));
	if (nstmts > SG_MAX_STMTS)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("too many statements for background workers: %d, the limit is %d",
						nstmts, SG_MAX_STMTS)));
	for (i = 0; i < nstmts; i++)
	{
		if (groups_in[i] < 0 || groups_in[i] >= max_worker_processes)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("group %d is out of range: groups are 0 .. max_worker_processes - 1 (%d)",
							groups_in[i], max_worker_processes - 1)));
		ngroups = Max(ngroups, groups_in[i] + 1);
	}

	/* a task per group that has statements, its statements together */
	sorted = palloc(sizeof(char *) * nstmts);
	order = palloc(sizeof(int) * nstmts);
	rows = palloc(sizeof(int64) * nstmts);
	seconds = palloc(sizeof(double) * nstmts);
	tasks = palloc0(sizeof(SgTask) * ngroups);
	for (g = 0; g < ngroups; g++)
	{
		int			first = n;

		for (i = 0; i < nstmts; i++)
			if (groups_in[i] == g)
			{
				order[n] = i;
				sorted[n++] = sqls[i];
			}
		if (n == first)
			continue;
		tasks[ntasks].first = first;
		tasks[ntasks].count = n - first;
		tasks[ntasks].label = g;
		ntasks++;
	}
	run_tasks(nstmts, sorted, order, ntasks, tasks, ngroups, rows, seconds);
	for (i = 0; i < nstmts; i++)
	{
		rows_out[order[i]] = rows[i];
		seconds_out[order[i]] = seconds[i];
	}
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
