/*-------------------------------------------------------------------------
 *
 * export_parquet.c
 *	  synthgen.export_parquet(query, path, compression, row_group_size):
 *	  runs a query with the caller's rights and writes its result as a
 *	  Parquet file on the server through the PostgreSQL-free writer of
 *	  src/parquet/.
 *
 * Privileges are core COPY's: a server file needs superuser or
 * pg_write_server_files, and only absolute paths are accepted.  The file
 * appears whole or not at all: rows go to a temporary name in the same
 * directory (random, created exclusively, never through a symbolic link),
 * which is fsynced, given the mode of the file it replaces, and renamed
 * when complete; it is removed on any error or cancel, and at process exit
 * when the backend is terminated.  The query's rows reach the writer one at
 * a time through a DestReceiver (as COPY's do), and the writer flushes
 * bounded row groups, so memory does not grow with the result.  The query
 * may modify data if it returns rows (INSERT ... RETURNING), as with COPY
 * (query) TO.  Progress shows in pg_stat_progress_copy.
 *
 *-------------------------------------------------------------------------
 */
#include "synthgen.h"

#include "commands/progress.h"
#include "executor/spi.h"
#include "miscadmin.h"
#include "pgstat.h"
#include "tcop/dest.h"
#include "utils/builtins.h"
#include "utils/memutils.h"

/*
 * synthgen.export_parquet(query text, path text, compression text,
 *						   row_group_size int) RETURNS bigint
 *
 * The query runs with the caller's rights (ACLs and row security apply) and
 * may be any single statement that returns rows, data-modifying ones with
 * RETURNING included (the function is volatile; their changes stay with
 * the caller's transaction, the file is there once the function returns).
 */
PG_FUNCTION_INFO_V1(synthgen_export_parquet);
Datum
synthgen_export_parquet(PG_FUNCTION_ARGS)
{
	char	   *query,
			   *path,
			   *codec;
	int32		row_group_size;
	SgParquetFile *file;
	DestReceiver *dest;
	int64		rows = 0;
	instr_time	t0;

	if (PG_ARGISNULL(0) || PG_ARGISNULL(1) || PG_ARGISNULL(2) || PG_ARGISNULL(3))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("arguments of synthgen.export_parquet must not be NULL")));
	query = text_to_cstring(PG_GETARG_TEXT_PP(0));
	path = text_to_cstring(PG_GETARG_TEXT_PP(1));
	codec = text_to_cstring(PG_GETARG_TEXT_PP(2));
	row_group_size = PG_GETARG_INT32(3);
	sg_parquet_check_codec(codec);
	if (row_group_size < 1 || row_group_size > 100000000)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("argument \"row_group_size\" must be between 1 and 100000000"),
				 errdetail("Got %d.", row_group_size)));

	INSTR_TIME_SET_CURRENT(t0);
	file = sg_parquet_file_open(path);
	pgstat_progress_start_command(PROGRESS_COMMAND_COPY, InvalidOid);
	pgstat_progress_update_param(PROGRESS_COPY_COMMAND, PROGRESS_COPY_COMMAND_TO);
	pgstat_progress_update_param(PROGRESS_COPY_TYPE, PROGRESS_COPY_TYPE_FILE);

	dest = sg_parquet_dest_create(codec, 0, row_group_size, sg_parquet_file_write, file, path);

	PG_TRY();
	{
		SPIPlanPtr	plan;
		SPIExecuteOptions xopts;
		int			rc;

		SPI_connect();
		plan = SPI_prepare(query, 0, NULL);
		if (plan == NULL)
			elog(ERROR, "could not prepare the export query: %s", SPI_result_code_string(SPI_result));
		if (!SPI_is_cursor_plan(plan))
			ereport(ERROR,
					(errcode(ERRCODE_WRONG_OBJECT_TYPE),
					 errmsg("the export query must return rows"),
					 errhint("Give one SELECT, VALUES or TABLE statement, or INSERT, UPDATE or DELETE with RETURNING.")));
		memset(&xopts, 0, sizeof(xopts));
		xopts.read_only = false;	/* INSERT ... RETURNING may modify data */
		xopts.dest = dest;
		rc = SPI_execute_plan_extended(plan, &xopts);
		if (rc < 0)
			elog(ERROR, "could not run the export query: %s", SPI_result_code_string(rc));
		SPI_finish();
		rows = sg_parquet_dest_finish(dest);
		sg_parquet_file_commit(file);
	}
	PG_CATCH();
	{
		sg_parquet_file_abort(file);
		PG_RE_THROW();
	}
	PG_END_TRY();

	pgstat_progress_end_command();
	sg_parquet_report("synthgen.export_parquet", rows, sg_parquet_file_bytes(file), t0);
	PG_RETURN_INT64(rows);
}
