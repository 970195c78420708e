-- synthgen.export_parquet(): privileges, paths and bad input.  The files
-- themselves are read back by DuckDB in test/sh/parquet_export.sh.
SET synthgen.timing = off;
SELECT current_setting('data_directory') || '/synthgen_regress.parquet' AS f \gset

SELECT synthgen.export_parquet($$SELECT * FROM synth_suppliers('baseline')$$, :'f');
SELECT (pg_stat_file(:'f')).size > 1000 AS written;

\set VERBOSITY terse
-- bad input: nothing is written
SELECT synthgen.export_parquet('SELECT 1', 'relative.parquet');
SELECT synthgen.export_parquet('SELECT 1', :'f' || '.2', 'lz4');
SELECT synthgen.export_parquet('SELECT 1', :'f' || '.2', 'zstd', 0);
SELECT synthgen.export_parquet('SELECT ARRAY[1, 2]', :'f' || '.2');
SELECT synthgen.export_parquet($$SELECT 'NaN'::numeric(10,2)$$, :'f' || '.2');
SELECT synthgen.export_parquet($$SELECT 12345678901234567890123456789012345::numeric$$, :'f' || '.2');
SELECT synthgen.export_parquet($$SELECT 1.005::numeric$$, :'f' || '.6', 'zstd', 10);
SELECT synthgen.export_parquet($$SELECT 0.00000000001::numeric$$, :'f' || '.2');
SELECT synthgen.export_parquet($$SELECT 'infinity'::timestamptz$$, :'f' || '.2');
SELECT synthgen.export_parquet('CREATE TABLE nope (a int)', :'f' || '.2');
SELECT synthgen.export_parquet('SELECT * FROM no_such_table', :'f' || '.2');
SELECT synthgen.export_parquet(NULL, :'f' || '.2');
SELECT pg_stat_file(:'f' || '.2', true) IS NULL AS nothing_written;
-- a 250-byte file name works (the temporary name is short); 256 bytes is
-- refused as too long, before anything is opened
SELECT synthgen.export_parquet('SELECT 1 AS a', current_setting('data_directory') || '/' || repeat('n', 250)) AS long_name_rows;
SELECT (pg_stat_file(repeat('n', 250))).size > 0 AS long_name_written;
-- (errors shown with the data directory masked, with their hints)
CREATE FUNCTION pg_temp.try(q text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
    msg text; hint text;
BEGIN
    EXECUTE q;
    RETURN 'no error';
EXCEPTION WHEN OTHERS THEN
    GET STACKED DIAGNOSTICS msg = MESSAGE_TEXT, hint = PG_EXCEPTION_HINT;
    RETURN SQLSTATE || ': ' || replace(msg, current_setting('data_directory'), '$PGDATA')
           || coalesce(' HINT: ' || nullif(hint, ''), '');
END $$;
SELECT pg_temp.try($$SELECT synthgen.export_parquet('SELECT 1 AS a', current_setting('data_directory') || '/' || repeat('n', 256))$$);
-- a file holds at most 32767 row groups: past that, a limit error with a hint
SELECT pg_temp.try(format($$SELECT synthgen.export_parquet('SELECT g FROM generate_series(1, 40000) g', %L, 'none', 1)$$,
                          :'f' || '.7'));
SELECT pg_stat_file(:'f' || '.7', true) IS NULL AS nothing_written;

-- other types map too; unconstrained numeric fits DECIMAL(38,10)
SELECT synthgen.export_parquet($$SELECT 1::int2 AS a, 2.5::float4 AS b, 2.25::float8 AS c,
    '2024-02-29'::date AS d, '1969-07-20 20:17:40'::timestamp AS e,
    'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'::uuid AS f, '\xdeadbeef'::bytea AS g,
    '{"a": 1}'::jsonb AS h, 1.5::numeric AS i, interval '1 day' AS j, true AS k, NULL::text AS l$$,
    :'f' || '.3', 'none');

-- a user without pg_write_server_files is refused, as by COPY TO a file
CREATE ROLE synthgen_exporter;
SET ROLE synthgen_exporter;
SELECT synthgen.export_parquet('SELECT 1', :'f' || '.4');
RESET ROLE;
GRANT pg_write_server_files TO synthgen_exporter;
SET ROLE synthgen_exporter;
-- ... and with it, the query still runs with the user's rights
RESET ROLE;
CREATE TABLE secret AS SELECT 1 AS x;
REVOKE ALL ON secret FROM PUBLIC;
SET ROLE synthgen_exporter;
SELECT synthgen.export_parquet('SELECT * FROM secret', :'f' || '.5');
RESET ROLE;
\set VERBOSITY default
SELECT pg_stat_file(:'f' || '.4', true) IS NULL AND pg_stat_file(:'f' || '.5', true) IS NULL AS refused_nothing_written;
DROP TABLE secret;
DROP ROLE synthgen_exporter;

-- COPY ... (FORMAT parquet): each option at most once, as core COPY's
\set VERBOSITY terse
COPY (SELECT 1 AS a) TO STDOUT (FORMAT parquet, COMPRESSION zstd, COMPRESSION snappy);
COPY (SELECT 1 AS a) TO STDOUT (FORMAT parquet, FORMAT parquet);
COPY (SELECT 1 AS a) TO STDOUT (FORMAT csv, FORMAT parquet);
COPY (SELECT 1 AS a) TO STDOUT (FORMAT parquet, ROW_GROUP_SIZE 5, ROW_GROUP_SIZE 5);
COPY (SELECT 1 AS a) TO STDOUT (FORMAT parquet, COMPRESSION_LEVEL 3, COMPRESSION_LEVEL 4);
-- compression levels: named with their range, and a hint
\set VERBOSITY default
COPY (SELECT 1 AS a) TO STDOUT (FORMAT parquet, COMPRESSION zstd, COMPRESSION_LEVEL 22);
COPY (SELECT 1 AS a) TO STDOUT (FORMAT parquet, COMPRESSION_LEVEL 0);
COPY (SELECT 1 AS a) TO STDOUT (FORMAT parquet, COMPRESSION gzip, COMPRESSION_LEVEL 10);
COPY (SELECT 1 AS a) TO STDOUT (FORMAT parquet, COMPRESSION snappy, COMPRESSION_LEVEL 1);
COPY (SELECT 1 AS a) TO STDOUT (FORMAT parquet, COMPRESSION_LEVEL 3, COMPRESSION none);
\set VERBOSITY terse
SELECT pg_temp.try(format($$COPY (SELECT 1 AS a) TO %L (FORMAT parquet, COMPRESSION zstd, COMPRESSION_LEVEL 19)$$, :'f' || '.8'));
SELECT pg_temp.try(format($$COPY (SELECT 1 AS a) TO %L (FORMAT parquet, COMPRESSION gzip, COMPRESSION_LEVEL 1)$$, :'f' || '.8'));

-- COPY table TO refuses what core COPY refuses, with its hint
CREATE TABLE parted (a int) PARTITION BY RANGE (a);
CREATE TABLE parted_1 PARTITION OF parted FOR VALUES FROM (0) TO (10);
INSERT INTO parted VALUES (1), (2);
CREATE VIEW parted_v AS SELECT * FROM parted;
SELECT pg_temp.try(format($$COPY parted TO %L (FORMAT parquet)$$, :'f' || '.9'));
SELECT pg_temp.try(format($$COPY parted_v TO %L (FORMAT parquet)$$, :'f' || '.9'));
-- (core COPY's own refusal, for comparison)
COPY parted TO STDOUT;
SELECT pg_stat_file(:'f' || '.9', true) IS NULL AS nothing_written;
SELECT pg_temp.try(format($$COPY (SELECT * FROM parted) TO %L (FORMAT parquet)$$, :'f' || '.11'));
SELECT pg_temp.try(format($$COPY parted_1 TO %L (FORMAT parquet)$$, :'f' || '.10'));
DROP VIEW parted_v;
DROP TABLE parted;

-- export_parquet() runs data-modifying statements with RETURNING, as COPY
-- (INSERT ... RETURNING ...) TO does; without RETURNING they are refused
CREATE TABLE returned (a int);
SELECT synthgen.export_parquet('INSERT INTO returned VALUES (1), (2), (3) RETURNING a', :'f' || '.11');
SELECT synthgen.export_parquet('WITH d AS (DELETE FROM returned WHERE a = 1 RETURNING a) SELECT a FROM d', :'f' || '.12');
SELECT pg_temp.try(format($$SELECT synthgen.export_parquet('UPDATE returned SET a = 0', %L)$$, :'f' || '.13'));
SELECT array_agg(a ORDER BY a) FROM returned;
DROP TABLE returned;
\set VERBOSITY default
