/* synthgen--1.2--2.0.sql */

-- complain if script is sourced in psql, rather than via ALTER EXTENSION
\echo Use "ALTER EXTENSION synthgen UPDATE TO '2.0'" to load this file. \quit

/*
 * 2.0: algorithm 2, one persistent world in absolute time (docs/design.md,
 * "The persistent world").  Every generated value changes.
 */

-- ---------------------------------------------------------------------
-- issue 16: generate()'s keys => and unlogged =>, and each table's key
-- and ANALYZE time in its result and in run_log
-- ---------------------------------------------------------------------

ALTER TABLE synthgen.run_log ADD COLUMN key_seconds float8, ADD COLUMN analyze_seconds float8;
COMMENT ON COLUMN synthgen.run_log.seconds IS
'the table''s load (with its CREATE TABLE)';
COMMENT ON COLUMN synthgen.run_log.key_seconds IS
'its primary key and the foreign keys on it, built and validated (NULL: a run before 2.0)';
COMMENT ON COLUMN synthgen.run_log.analyze_seconds IS
'its ANALYZE (NULL: a run before 2.0)';

/*
 * generate() takes two more arguments and returns two more columns: a new
 * signature, so the old function goes and the new one is created (a new
 * OID; nothing of the extension depends on it, and a user's object that
 * does makes the DROP, and so the update, fail rather than go with it).
 * The privileges granted or revoked on the old one carry over: it is
 * renamed out of the way first, its ACL copied, then dropped.
 */
ALTER FUNCTION synthgen.generate(text, timestamptz, integer, text[], name, bigint, integer, bigint, integer, integer, integer, text)
    RENAME TO generate_before_2_0;
CREATE FUNCTION synthgen.generate(scenario text, start timestamptz, hours integer,
                                  tables text[] DEFAULT NULL,
                                  target_schema name DEFAULT 'public',
                                  seed bigint DEFAULT 1,
                                  orders_per_day integer DEFAULT NULL,
                                  customers bigint DEFAULT NULL,
                                  products integer DEFAULT NULL,
                                  suppliers integer DEFAULT NULL,
                                  jobs integer DEFAULT 1,
                                  if_exists text DEFAULT 'error',
                                  keys text DEFAULT 'all',
                                  unlogged boolean DEFAULT false)
RETURNS TABLE (table_name text, rows bigint, seconds float8,
               key_seconds float8, analyze_seconds float8)
AS 'MODULE_PATHNAME', 'synthgen_generate'
LANGUAGE C VOLATILE
SET search_path = pg_catalog, pg_temp
SET synthgen.timing = off;
COMMENT ON FUNCTION synthgen.generate(text, timestamptz, integer, text[], name, bigint, integer, bigint, integer, integer, integer, text, text, boolean) IS
'the main job: create (or append to, or replace) the chosen tables in target_schema (unlogged => true: UNLOGGED), bulk-load them frozen (jobs => N: N background workers, each table in one, at most synthgen.max_jobs), add primary and foreign keys (keys => all, primary or none), analyze, log in run_log; one row per table with its load, key and ANALYZE time.  It marks what it creates (COMMENT ON) and replaces or appends only to tables it marked';
DO $acl$
DECLARE
    old pg_catalog.aclitem[];
    g record;
BEGIN
    SELECT p.proacl INTO old FROM pg_catalog.pg_proc p
    WHERE p.oid OPERATOR(pg_catalog.=) 'synthgen.generate_before_2_0(text, timestamptz, integer, text[], name, bigint, integer, bigint, integer, integer, integer, text)'::pg_catalog.regprocedure;
    -- NULL: nobody changed the default (EXECUTE for PUBLIC), nor must we
    IF old IS NOT NULL THEN
        REVOKE ALL ON FUNCTION synthgen.generate(text, timestamptz, integer, text[], name, bigint, integer, bigint, integer, integer, integer, text, text, boolean) FROM PUBLIC;
        FOR g IN SELECT x.grantee, x.is_grantable FROM pg_catalog.aclexplode(old) x
                 WHERE x.privilege_type OPERATOR(pg_catalog.=) 'EXECUTE'::pg_catalog.text
        LOOP
            EXECUTE pg_catalog.format('GRANT EXECUTE ON FUNCTION synthgen.generate(text, timestamptz, integer, text[], name, bigint, integer, bigint, integer, integer, integer, text, text, boolean) TO %s%s',
                                      CASE WHEN g.grantee OPERATOR(pg_catalog.=) '0'::pg_catalog.oid THEN 'PUBLIC'
                                           ELSE g.grantee::pg_catalog.regrole::pg_catalog.text END,
                                      CASE WHEN g.is_grantable THEN ' WITH GRANT OPTION' ELSE '' END);
        END LOOP;
    END IF;
END
$acl$;
DROP FUNCTION synthgen.generate_before_2_0(text, timestamptz, integer, text[], name, bigint, integer, bigint, integer, integer, integer, text);
