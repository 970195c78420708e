/* synthgen--1.1--1.2.sql */

-- complain if script is sourced in psql, rather than via ALTER EXTENSION
\echo Use "ALTER EXTENSION synthgen UPDATE TO '1.2'" to load this file. \quit

/*
 * 1.2, a security and reliability release:
 *
 * - generate() is C (src/generate.c), same signature, defaults and result.
 *   It is replaced in place, so its OID, privileges and dependencies stay.
 *   It marks what it creates (COMMENT ON TABLE/SCHEMA/CONSTRAINT) and
 *   replaces or appends only to tables it marked, owned by the caller;
 *   jobs is capped by the new setting synthgen.max_jobs (superuser); what
 *   its workers committed is dropped when the call fails, is cancelled or
 *   its caller dies.
 * - run_parallel() is internal: generate() calls its C entry, so PUBLIC
 *   loses EXECUTE.
 * - run_log is written only by generate(), as the table's owner: PUBLIC
 *   keeps SELECT but loses INSERT and the sequence, so nobody can forge a
 *   run or take the run ids of future calls.
 *
 * Generation itself is unchanged: the algorithm version stays 1.
 */
CREATE OR REPLACE FUNCTION synthgen.generate(scenario text, start timestamptz, hours integer,
                                  tables text[] DEFAULT NULL,
                                  target_schema name DEFAULT 'public',
                                  seed bigint DEFAULT 1,
                                  orders_per_day integer DEFAULT NULL,
                                  customers bigint DEFAULT NULL,
                                  products integer DEFAULT NULL,
                                  suppliers integer DEFAULT NULL,
                                  jobs integer DEFAULT 1,
                                  if_exists text DEFAULT 'error')
RETURNS TABLE (table_name text, rows bigint, seconds float8)
AS 'MODULE_PATHNAME', 'synthgen_generate'
LANGUAGE C VOLATILE
SET search_path = pg_catalog, pg_temp
SET synthgen.timing = off;
COMMENT ON FUNCTION synthgen.generate(text, timestamptz, integer, text[], name, bigint, integer, bigint, integer, integer, integer, text) IS
'the main job: create (or append to, or replace) the chosen tables in target_schema, bulk-load them (jobs => N: in N background workers, at most synthgen.max_jobs), add primary and foreign keys, analyze, log in run_log; one row per table with its time.  It marks what it creates (COMMENT ON) and replaces or appends only to tables it marked';

REVOKE EXECUTE ON FUNCTION synthgen.run_parallel(text[], integer[]) FROM PUBLIC;
COMMENT ON FUNCTION synthgen.run_parallel(text[], integer[]) IS
'internal (superusers only): run statements in dynamic background workers as the calling role, the statements of group g in one transaction of one worker (with fewer free worker slots than groups, the started workers share the groups); waits for all and raises the first error';

REVOKE INSERT ON synthgen.run_log FROM PUBLIC;
REVOKE ALL ON SEQUENCE synthgen.run_log_run_id_seq FROM PUBLIC;
COMMENT ON TABLE synthgen.run_log IS
'one row per table and generate() run: what was generated, how many rows, how long it took; written only by generate(), readable by everyone';

CREATE FUNCTION synthgen.tables()
RETURNS TABLE (table_name text, function_name text, row_type regtype, needs_window boolean,
               load_order integer, primary_key text[], foreign_keys text[])
AS 'MODULE_PATHNAME', 'synthgen_tables'
LANGUAGE C STABLE PARALLEL SAFE ROWS 10;
COMMENT ON FUNCTION synthgen.tables() IS
'the registry of synthgen''s tables in load order: the table generate() creates, its function and row type, whether it takes a time window, its primary key and foreign keys ("column -> table(column)")';

-- ---------------------------------------------------------------------
-- COPY ... (FORMAT parquet) in every session
-- ---------------------------------------------------------------------

CREATE FUNCTION synthgen.enable_parquet_copy() RETURNS text
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $enable$
DECLARE
    libs text[];
BEGIN
    -- the database's own setting (what ALTER DATABASE keeps), not the session's
    SELECT array_agg(btrim(x, ' "')) INTO libs
    FROM pg_db_role_setting s, unnest(s.setconfig) AS c,
         LATERAL regexp_split_to_table(substr(c, length('local_preload_libraries=') + 1), ',') AS x
    WHERE s.setdatabase = (SELECT d.oid FROM pg_database d WHERE d.datname = current_database())
      AND s.setrole = 0 AND c LIKE 'local\_preload\_libraries=%';
    IF 'synthgen' = ANY (coalesce(libs, '{}')) THEN
        RETURN format('database %s already loads synthgen in every new session', current_database());
    END IF;
    libs := array_remove(coalesce(libs, '{}'), '') || 'synthgen'::text;
    -- the database owner's right, as for ALTER DATABASE itself
    EXECUTE format('ALTER DATABASE %I SET local_preload_libraries = %s', current_database(),
                   (SELECT string_agg(quote_literal(l), ', ') FROM unnest(libs) AS l));
    RETURN format('new sessions of database %s load synthgen: COPY ... (FORMAT parquet) works there',
                  current_database());
END
$enable$;
COMMENT ON FUNCTION synthgen.enable_parquet_copy() IS
'for the database owner: add synthgen to this database''s local_preload_libraries (keeping what is there), so that COPY ... (FORMAT parquet) works in every new session without a superuser';

-- say how, unless the library is preloaded already.  An extension script
-- runs with client_min_messages raised to warning; the notice is let
-- through when the session's own level would show notices.
DO $notice$
BEGIN
    IF pg_catalog.strpos(pg_catalog.concat_ws(',', pg_catalog.current_setting('shared_preload_libraries'),
                                              pg_catalog.current_setting('session_preload_libraries'),
                                              pg_catalog.current_setting('local_preload_libraries')),
                         'synthgen') OPERATOR(pg_catalog.=) 0
       AND (SELECT s.reset_val FROM pg_catalog.pg_settings s
            WHERE s.name OPERATOR(pg_catalog.=) 'client_min_messages')
           OPERATOR(pg_catalog.=) ANY ('{debug5,debug4,debug3,debug2,debug1,log,notice}'::text[]) THEN
        PERFORM pg_catalog.set_config('client_min_messages', 'notice', true);
        RAISE NOTICE 'COPY ... (FORMAT parquet) needs synthgen loaded in the session'
            USING HINT = 'The database owner runs SELECT synthgen.enable_parquet_copy(); for new sessions of this database (or a superuser adds synthgen to shared_preload_libraries). synthgen.export_parquet() works everywhere.';
        PERFORM pg_catalog.set_config('client_min_messages', 'warning', true);
    END IF;
END
$notice$;
