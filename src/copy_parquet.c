/*-------------------------------------------------------------------------
 *
 * copy_parquet.c
 *	  COPY ... TO ... (FORMAT parquet) through a ProcessUtility hook.
 *
 * Core COPY rejects FORMAT parquet while processing options, so a Parquet
 * COPY is caught before standard_ProcessUtility: the query (or the table,
 * as SELECT * FROM ONLY it) is planned and run as COPY TO does, with the
 * caller's rights, into a DestReceiver that feeds the Parquet writer.
 * Options follow core COPY's rules too: each at most once, and COPY table
 * TO only for a plain table (views, partitioned tables and the like are
 * refused with core's messages and its hint, COPY (SELECT ...) TO).
 * TO 'file' follows core COPY's rules (pg_write_server_files, absolute
 * path) and writes a temporary file renamed when complete; TO STDOUT
 * streams the file as binary COPY data, so psql's \copy works for anyone.
 * Every other statement goes to the standard path untouched.  The hook
 * exists once the library is loaded in the session (preloaded, or by any
 * synthgen call); synthgen.parquet_copy = off switches it off.
 *
 *-------------------------------------------------------------------------
 */
#include "synthgen.h"

#include "access/table.h"
#include "catalog/pg_class.h"
#include "commands/copy.h"
#include "commands/defrem.h"
#include "commands/progress.h"
#include "executor/executor.h"
#include "libpq/pqformat.h"
#include "miscadmin.h"
#include "nodes/makefuncs.h"
#include "parser/parse_node.h"
#include "parser/parser.h"
#include "pgstat.h"
#include "tcop/tcopprot.h"
#include "tcop/utility.h"
#include "utils/builtins.h"
#include "utils/guc.h"
#include "utils/lsyscache.h"
#include "utils/rel.h"
#include "utils/snapmgr.h"

bool		sg_copy_hook_enabled = true;

static ProcessUtility_hook_type prev_process_utility = NULL;

/* COPY TO STDOUT: the file as CopyData messages; ctx counts the bytes */
static int
stdout_write(void *ctx, const void *data, size_t len)
{
	StringInfoData buf;

	*(int64 *) ctx += len;
	pq_beginmessage(&buf, 'd');
	pq_sendbytes(&buf, data, len);
	pq_endmessage(&buf);
	return 0;
}

/* a target-list entry naming one column (or *) */
static ResTarget *
column_target(Node *field)
{
	ColumnRef  *cr = makeNode(ColumnRef);
	ResTarget  *rt = makeNode(ResTarget);

	cr->fields = list_make1(field);
	cr->location = -1;
	rt->val = (Node *) cr;
	rt->location = -1;
	return rt;
}

/* the options this COPY accepts: FORMAT, COMPRESSION, COMPRESSION_LEVEL, ROW_GROUP_SIZE */
static bool
is_parquet_copy(CopyStmt *stmt)
{
	ListCell   *lc;

	if (stmt->is_from)
		return false;
	foreach(lc, stmt->options)
	{
		DefElem    *opt = lfirst_node(DefElem, lc);

		if (strcmp(opt->defname, "format") == 0 &&
			pg_strcasecmp(defGetString(opt), "parquet") == 0)
			return true;
	}
	return false;
}

/* COPY table TO: what core COPY copies from (BeginCopyTo's checks) */
static void
check_copy_relation(RangeVar *rv)
{
	Relation	rel = table_openrv(rv, AccessShareLock);
	char		relkind = rel->rd_rel->relkind;
	char	   *name = pstrdup(RelationGetRelationName(rel));

	table_close(rel, NoLock);
	switch (relkind)
	{
		case RELKIND_RELATION:
			return;
		case RELKIND_VIEW:
			ereport(ERROR,
					(errcode(ERRCODE_WRONG_OBJECT_TYPE),
					 errmsg("cannot copy from view \"%s\"", name),
					 errhint("Try the COPY (SELECT ...) TO variant.")));
			break;
		case RELKIND_MATVIEW:
			ereport(ERROR,
					(errcode(ERRCODE_WRONG_OBJECT_TYPE),
					 errmsg("cannot copy from materialized view \"%s\"", name),
					 errhint("Try the COPY (SELECT ...) TO variant.")));
			break;
		case RELKIND_FOREIGN_TABLE:
			ereport(ERROR,
					(errcode(ERRCODE_WRONG_OBJECT_TYPE),
					 errmsg("cannot copy from foreign table \"%s\"", name),
					 errhint("Try the COPY (SELECT ...) TO variant.")));
			break;
		case RELKIND_SEQUENCE:
			ereport(ERROR,
					(errcode(ERRCODE_WRONG_OBJECT_TYPE),
					 errmsg("cannot copy from sequence \"%s\"", name)));
			break;
		case RELKIND_PARTITIONED_TABLE:
			ereport(ERROR,
					(errcode(ERRCODE_WRONG_OBJECT_TYPE),
					 errmsg("cannot copy from partitioned table \"%s\"", name),
					 errhint("Try the COPY (SELECT ...) TO variant.")));
			break;
		default:
			ereport(ERROR,
					(errcode(ERRCODE_WRONG_OBJECT_TYPE),
					 errmsg("cannot copy from non-table relation \"%s\"", name)));
			break;
	}
}

static void
copy_parquet(CopyStmt *stmt, PlannedStmt *pstmt, const char *queryString,
			 QueryCompletion *qc)
{
	DestReceiver *dest;
	int64		stdout_bytes = 0;
	ListCell   *lc;
	const char *codec = "zstd";
	int			level = 0;
	int64		row_group_size = 1000000;
	Node	   *query;
	RawStmt    *raw;
	List	   *rewritten;
	Query	   *volatile q;
	PlannedStmt *plan;
	QueryDesc  *qd;
	SgParquetFile *volatile file = NULL;
	instr_time	t0;
	int64		rows;
	ParseState *pstate = make_parsestate(NULL);
	bool		format_seen = false,
				codec_seen = false,
				level_seen = false,
				rgs_seen = false;

	/* as core COPY's options: each once, "conflicting or redundant" else */
	pstate->p_sourcetext = queryString;
	foreach(lc, stmt->options)
	{
		DefElem    *opt = lfirst_node(DefElem, lc);

		if (strcmp(opt->defname, "format") == 0)
		{
			if (format_seen)
				errorConflictingDefElem(opt, pstate);
			format_seen = true;
		}
		else if (strcmp(opt->defname, "compression") == 0)
		{
			if (codec_seen)
				errorConflictingDefElem(opt, pstate);
			codec_seen = true;
			codec = defGetString(opt);
		}
		else if (strcmp(opt->defname, "row_group_size") == 0)
		{
			if (rgs_seen)
				errorConflictingDefElem(opt, pstate);
			rgs_seen = true;
			row_group_size = defGetInt64(opt);
		}
		else if (strcmp(opt->defname, "compression_level") == 0)
		{
			if (level_seen)
				errorConflictingDefElem(opt, pstate);
			level_seen = true;
			level = (int) defGetInt32(opt);
		}
		else
			ereport(ERROR,
					(errcode(ERRCODE_SYNTAX_ERROR),
					 errmsg("option \"%s\" is not valid with FORMAT parquet", opt->defname),
					 errhint("Parquet COPY takes COMPRESSION (zstd, snappy, gzip, none), COMPRESSION_LEVEL and ROW_GROUP_SIZE.")));
	}
	if (level_seen)
		sg_parquet_check_level(codec, level);
	if (stmt->is_program)
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("COPY TO PROGRAM is not supported with FORMAT parquet")));

	/* COPY table TO: that table's rows only, as SELECT cols FROM ONLY table */
	if (stmt->query)
		query = copyObject(stmt->query);
	else
	{
		SelectStmt *select = makeNode(SelectStmt);
		RangeVar   *rv = copyObject(stmt->relation);

		check_copy_relation(stmt->relation);
		rv->inh = false;
		if (stmt->attlist == NIL)
			select->targetList = list_make1(column_target((Node *) makeNode(A_Star)));
		else
		{
			foreach(lc, stmt->attlist)
				select->targetList = lappend(select->targetList, column_target(lfirst(lc)));
		}
		select->fromClause = list_make1(rv);
		query = (Node *) select;
	}

	raw = makeNode(RawStmt);
	raw->stmt = query;
	raw->stmt_location = pstmt->stmt_location;
	raw->stmt_len = pstmt->stmt_len;
	rewritten = pg_analyze_and_rewrite_fixedparams(raw, queryString, NULL, 0, NULL);
	if (list_length(rewritten) != 1)
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("COPY (query) TO with FORMAT parquet needs a single query that returns rows")));
	q = linitial_node(Query, rewritten);
	if (q->utilityStmt != NULL || (q->commandType != CMD_SELECT && q->returningList == NIL))
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("COPY (query) TO with FORMAT parquet needs a query that returns rows")));


	INSTR_TIME_SET_CURRENT(t0);
	if (stmt->filename)
	{
		file = sg_parquet_file_open(stmt->filename);
		dest = sg_parquet_dest_create(codec, level, row_group_size, sg_parquet_file_write, file,
									  psprintf("\"%s\"", stmt->filename));
	}
	else
	{
		StringInfoData buf;

		/* binary COPY data, one column: the file */
		pq_beginmessage(&buf, 'H');
		pq_sendbyte(&buf, 1);
		pq_sendint16(&buf, 1);
		pq_sendint16(&buf, 1);
		pq_endmessage(&buf);
		dest = sg_parquet_dest_create(codec, level, row_group_size, stdout_write, &stdout_bytes,
									  "COPY TO STDOUT");
	}
	pgstat_progress_start_command(PROGRESS_COMMAND_COPY, InvalidOid);
	pgstat_progress_update_param(PROGRESS_COPY_COMMAND, PROGRESS_COPY_COMMAND_TO);
	pgstat_progress_update_param(PROGRESS_COPY_TYPE, stmt->filename ? PROGRESS_COPY_TYPE_FILE : PROGRESS_COPY_TYPE_PIPE);

	PG_TRY();
	{
		plan = pg_plan_query(q, queryString, CURSOR_OPT_PARALLEL_OK, NULL);
		PushCopiedSnapshot(GetActiveSnapshot());
		UpdateActiveSnapshotCommandId();
		qd = CreateQueryDesc(plan, queryString, GetActiveSnapshot(), InvalidSnapshot,
							 dest, NULL, NULL, 0);
		ExecutorStart(qd, 0);
		ExecutorRun(qd, ForwardScanDirection, 0L, true);
		ExecutorFinish(qd);
		ExecutorEnd(qd);
		FreeQueryDesc(qd);
		PopActiveSnapshot();
		rows = sg_parquet_dest_finish(dest);
		if (file)
			sg_parquet_file_commit(file);
		else
		{
			StringInfoData buf;

			pq_beginmessage(&buf, 'c');	/* CopyDone */
			pq_endmessage(&buf);
		}
	}
	PG_CATCH();
	{
		if (file)
			sg_parquet_file_abort(file);
		PG_RE_THROW();
	}
	PG_END_TRY();

	pgstat_progress_end_command();
	if (qc)
		SetQueryCompletion(qc, CMDTAG_COPY, rows);
	sg_parquet_report("COPY TO parquet", rows, file ? sg_parquet_file_bytes(file) : stdout_bytes, t0);
}

static void
sg_process_utility(PlannedStmt *pstmt, const char *queryString, bool readOnlyTree,
				   ProcessUtilityContext context, ParamListInfo params,
				   QueryEnvironment *queryEnv, DestReceiver *dest, QueryCompletion *qc)
{
	Node	   *parsetree = pstmt->utilityStmt;

	if (sg_copy_hook_enabled && IsA(parsetree, CopyStmt) &&
		is_parquet_copy((CopyStmt *) parsetree))
	{
		copy_parquet((CopyStmt *) parsetree, pstmt, queryString, qc);
		return;
	}
	if (prev_process_utility)
		prev_process_utility(pstmt, queryString, readOnlyTree, context, params,
							 queryEnv, dest, qc);
	else
		standard_ProcessUtility(pstmt, queryString, readOnlyTree, context, params,
								queryEnv, dest, qc);
}

void
SgCopyParquetInit(void)
{
	DefineCustomBoolVariable("synthgen.parquet_copy",
							 "Whether COPY ... (FORMAT parquet) is handled by synthgen.",
							 "Off: such COPY statements go to core COPY, which rejects the format.",
							 &sg_copy_hook_enabled,
							 true,
							 PGC_USERSET,
							 0,
							 NULL, NULL, NULL);
	prev_process_utility = ProcessUtility_hook;
	ProcessUtility_hook = sg_process_utility;
}
