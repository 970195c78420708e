-- What a plain user (no superuser, no predefined roles) can and cannot do
-- with synthgen.  The extension is marked trusted because nothing here
-- goes beyond what the same user could do with core SQL:
--   can:    call every synth_* function, generate() into a schema they may
--           create in, load() into tables they may INSERT into (only when
--           INSERT would accept the rows), COPY ... TO STDOUT (FORMAT parquet)
--           and so \copy, read the run log
--   cannot: write server files without pg_write_server_files, create schemas
--           or tables where they have no CREATE, change the scenario catalog
--           (its owner can), read tables they have no SELECT on, write the
--           run log (only generate() does, as its owner) or draw its run
--           ids, call run_parallel() (internal since 1.2), raise
--           synthgen.max_jobs
SET synthgen.timing = off;
SET client_min_messages = warning;
CREATE ROLE synthgen_user LOGIN;
CREATE ROLE synthgen_group;		-- NOLOGIN
GRANT synthgen_group TO synthgen_user;
CREATE SCHEMA granted;
GRANT CREATE, USAGE ON SCHEMA granted TO synthgen_user, synthgen_group;
CREATE TABLE secret (x int);
INSERT INTO secret VALUES (42);
REVOKE ALL ON secret FROM PUBLIC;
SET ROLE synthgen_user;
\set VERBOSITY terse

-- generating is reading: every function works
SELECT count(*) AS customers FROM synth_customers('baseline', customers => 50);
SELECT count(*) > 0 AS orders FROM synth_orders('baseline', '2025-12-01', 2);

-- generate(): into a schema the user may create in, not elsewhere
SELECT table_name, rows FROM synthgen.generate('baseline', '2025-12-01', 2, tables => '{suppliers}',
                                               target_schema => 'granted');
SELECT * FROM synthgen.generate('baseline', '2025-12-01', 2, tables => '{suppliers}',
                                target_schema => 'public');
SELECT * FROM synthgen.generate('baseline', '2025-12-01', 2, tables => '{suppliers}',
                                target_schema => 'new_schema');
SELECT count(*) AS logged FROM synthgen.run_log WHERE arguments->>'target_schema' = 'granted';

-- the catalog is read-only to everybody but its owner
SELECT count(*) AS scenarios FROM synthgen.scenarios;
INSERT INTO synthgen.scenarios (name, description, orders_per_day, customers, products, suppliers,
                                signups_from, signups_until, diurnal, weekly)
SELECT 'mine', 'a user''s scenario', orders_per_day, customers, products, suppliers,
       signups_from, signups_until, diurnal, weekly
FROM synthgen.scenarios WHERE name = 'baseline';
UPDATE synthgen.scenarios SET orders_per_day = 1;
DELETE FROM synthgen.run_log;

-- server files need pg_write_server_files, whatever the path
SELECT synthgen.export_parquet('SELECT 1', '/tmp/synthgen_privileges.parquet');
COPY (SELECT * FROM synth_suppliers('baseline')) TO '/tmp/synthgen_privileges.parquet' (FORMAT parquet);
COPY (SELECT * FROM synth_suppliers('baseline')) TO '/tmp/synthgen_privileges.csv' (FORMAT csv);

-- client-side Parquet is allowed (\copy is COPY ... TO STDOUT); the query
-- runs with the user's rights
-- (into a private directory of the client's: no fixed path, so runs against
-- a shared server do not meet)
\set client_dir `mktemp -d "${TMPDIR:-/tmp}/synthgen_privileges.XXXXXX"`
\cd :client_dir
\copy (SELECT * FROM synth_suppliers('baseline', suppliers => 3)) TO 'client.parquet' (FORMAT parquet)
\! head -c 4 client.parquet; echo
\copy (SELECT * FROM secret) TO 'secret.parquet' (FORMAT parquet)
\! ls; rm -rf "$PWD"

-- load(): only where INSERT is allowed and would accept the rows
CREATE TABLE granted.mine (LIKE synthgen.supplier_row);
SELECT synthgen.load('granted.mine', 'suppliers', 'baseline', NULL, NULL, 1, NULL, NULL, NULL, 5);
SELECT synthgen.load('secret', 'suppliers', 'baseline', NULL, NULL, 1, NULL, NULL, NULL, 5);
-- a CHECK constraint, a NOT NULL column that some rows leave NULL, a
-- generated column, a trigger (foreign keys are triggers), a partition:
-- INSERT would check or run them, load() refuses
CREATE TABLE granted.checked (LIKE synthgen.supplier_row, CHECK (lead_time_days < 3));
SELECT synthgen.load('granted.checked', 'suppliers', 'baseline', NULL, NULL, 1, NULL, NULL, NULL, 5);
CREATE TABLE granted.notnull (LIKE synthgen.campaign_row);
ALTER TABLE granted.notnull ALTER COLUMN category SET NOT NULL;
SELECT synthgen.load('granted.notnull', 'campaigns', 'baseline', '2025-12-01', 24 * 60, 1, NULL, NULL, NULL, NULL);
SELECT count(*) AS nothing_stored FROM granted.notnull;
ALTER TABLE granted.notnull ALTER COLUMN category DROP NOT NULL, ALTER COLUMN campaign_id SET NOT NULL;
SELECT synthgen.load('granted.notnull', 'campaigns', 'baseline', '2025-12-01', 24 * 60, 1, NULL, NULL, NULL, NULL) > 0 AS ids_never_null;
CREATE TABLE granted.gen (supplier_id int, name text, country text, contact_email text,
                          lead_time_days int GENERATED ALWAYS AS (1) STORED, reliability numeric(4,3));
SELECT synthgen.load('granted.gen', 'suppliers', 'baseline', NULL, NULL, 1, NULL, NULL, NULL, 5);
CREATE TABLE granted.parent (LIKE synthgen.supplier_row) PARTITION BY RANGE (supplier_id);
CREATE TABLE granted.part1 PARTITION OF granted.parent FOR VALUES FROM (1) TO (3);
SELECT synthgen.load('granted.part1', 'suppliers', 'baseline', NULL, NULL, 1, NULL, NULL, NULL, 5);
CREATE TABLE granted.mine_keyed (id int PRIMARY KEY);
CREATE TABLE granted.referencing (LIKE synthgen.supplier_row);
ALTER TABLE granted.referencing ADD FOREIGN KEY (supplier_id) REFERENCES granted.mine_keyed (id);
SELECT synthgen.load('granted.referencing', 'suppliers', 'baseline', NULL, NULL, 1, NULL, NULL, NULL, 5);
-- load_together(): the same for each of its targets, checked before a
-- row is written to any of them
CREATE TABLE granted.lt_orders (LIKE synthgen.order_row);
SELECT * FROM synthgen.load_together('{granted.lt_orders,secret}', '{orders,returns}',
                                     'baseline', '2025-12-01', 2, 1, NULL, NULL, NULL, NULL);
CREATE TABLE granted.lt_items (LIKE synthgen.order_item_row, CHECK (quantity < 2));
SELECT * FROM synthgen.load_together('{granted.lt_orders,granted.lt_items}', '{orders,order_items}',
                                     'baseline', '2025-12-01', 2, 1, NULL, NULL, NULL, NULL);
SELECT count(*) AS nothing_stored FROM granted.lt_orders;

-- run_parallel() is internal: generate() calls its C entry
SELECT * FROM synthgen.run_parallel(ARRAY['DELETE FROM secret'], '{0}');
-- generate(jobs => 2): its background workers run as the caller, nothing more
SELECT table_name, rows FROM synthgen.generate('baseline', '2025-12-01', 2, tables => '{suppliers,products}',
                                               target_schema => 'granted', if_exists => 'replace', jobs => 2)
WHERE rows IS NOT NULL;
-- a role without LOGIN reached by SET ROLE: the workers run as it, as
-- parallel query's do (they log in as the session's user, then SET ROLE)
SET ROLE synthgen_group;
SELECT table_name, rows FROM synthgen.generate('baseline', '2025-12-01', 2, tables => '{system_metrics}',
                                               target_schema => 'granted', jobs => 2)
WHERE rows IS NOT NULL;
SELECT tableowner AS made_by FROM pg_tables WHERE schemaname = 'granted' AND tablename = 'system_metrics';
SET ROLE synthgen_user;

-- the run log: everybody reads it, nobody but generate() writes it, so
-- nobody can forge a run, or take the run id of a future call (which made
-- every later generate() fail in 1.1, the superuser's too)
SELECT count(*) > 0 AS reads_the_log FROM synthgen.run_log;
INSERT INTO synthgen.run_log VALUES ((SELECT max(run_id) + 1 FROM synthgen.run_log), now(), 'baseline',
                                     '{}', 'customers', 1, 1, 1, 1);
SELECT nextval('synthgen.run_log_run_id_seq');
SELECT setval('synthgen.run_log_run_id_seq', 1000000);
UPDATE synthgen.run_log SET rows = 0;
-- generate() itself still logs the user's run, as the user's
SELECT count(*) AS tables FROM synthgen.generate('baseline', '2025-12-01', 2, tables => '{campaigns}',
                                                  target_schema => 'granted') WHERE rows IS NOT NULL;
SELECT table_name, rows, arguments->>'target_schema' AS target, backend_pid = pg_backend_pid() AS mine
FROM synthgen.run_log WHERE run_id = (SELECT max(run_id) FROM synthgen.run_log);

-- the cap on jobs is the superuser's
SET synthgen.max_jobs = 16;
\set VERBOSITY default
RESET ROLE;
SELECT x AS secret_untouched FROM secret;
SELECT to_regclass('public.planted') IS NULL AS nothing_planted;

-- the owner (here the superuser who created the extension) manages the catalog
INSERT INTO synthgen.scenarios (name, description, orders_per_day, customers, products, suppliers,
                                signups_from, signups_until, diurnal, weekly)
SELECT 'owners', 'the owner''s scenario', orders_per_day, customers, products, suppliers,
       signups_from, signups_until, diurnal, weekly
FROM synthgen.scenarios WHERE name = 'baseline';
DELETE FROM synthgen.scenarios WHERE name = 'owners';

DROP SCHEMA granted CASCADE;
DROP TABLE secret;
DELETE FROM synthgen.run_log WHERE arguments->>'target_schema' = 'granted';
DROP ROLE synthgen_user, synthgen_group;
