-- synthgen.generate(): creates the tables, bulk-loads them, adds keys,
-- analyzes, logs; its tables equal the functions' output.
SET synthgen.timing = off;
SET client_min_messages = warning;	-- the breakdown NOTICE carries timings

\set w '''baseline'', ''2025-12-01 00:00+00'', 48'
\set counts 'customers => 2000, products => 300, suppliers => 20, orders_per_day => 3000'

SELECT table_name, rows > 0 AS has_rows, seconds >= 0 AS timed
FROM synthgen.generate(:w, target_schema => 'g1', :counts);

-- every table, with its primary key and the foreign keys among them
SELECT c.relname, string_agg(k.conname, ', ' ORDER BY k.conname) AS constraints
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_constraint k ON k.conrelid = c.oid
WHERE n.nspname = 'g1' AND c.relkind = 'r'
GROUP BY c.relname ORDER BY c.relname;

-- analyzed
SELECT count(*) AS analyzed FROM pg_stat_user_tables
WHERE schemaname = 'g1' AND (last_analyze IS NOT NULL OR last_autoanalyze IS NOT NULL);

CREATE FUNCTION pg_temp.tables_differ(a text, b text, t text) RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE n bigint;
BEGIN
    EXECUTE format('SELECT count(*) FROM ((TABLE %1$I.%3$I EXCEPT ALL TABLE %2$I.%3$I) UNION ALL
                                          (TABLE %2$I.%3$I EXCEPT ALL TABLE %1$I.%3$I)) d', a, b, t) INTO n;
    RETURN n;
END $$;

-- the tables equal the functions' output, row for row
CREATE FUNCTION pg_temp.differs(tbl text, call text) RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE n bigint;
BEGIN
    EXECUTE format('SELECT (SELECT count(*) FROM (TABLE g1.%1$I EXCEPT ALL SELECT * FROM %2$s) a)
                         + (SELECT count(*) FROM (SELECT * FROM %2$s EXCEPT ALL TABLE g1.%1$I) b)', tbl, call)
    INTO n;
    RETURN n;
END $$;
SELECT t, pg_temp.differs(t, format('%s(%s)', f, a)) AS differ
FROM (VALUES
    ('customers', 'synth_customers', $$'baseline', customers => 2000$$),
    ('suppliers', 'synth_suppliers', $$'baseline', suppliers => 20$$),
    ('products', 'synth_products', $$'baseline', products => 300, suppliers => 20$$),
    ('campaigns', 'synth_campaigns', $$'baseline', '2025-12-01 00:00+00', 48$$),
    ('orders', 'synth_orders', $$'baseline', '2025-12-01 00:00+00', 48, customers => 2000, products => 300, suppliers => 20, orders_per_day => 3000$$),
    ('order_items', 'synth_order_items', $$'baseline', '2025-12-01 00:00+00', 48, customers => 2000, products => 300, suppliers => 20, orders_per_day => 3000$$),
    ('support_tickets', 'synth_support_tickets', $$'baseline', '2025-12-01 00:00+00', 48, customers => 2000, products => 300, suppliers => 20, orders_per_day => 3000$$),
    ('cart_abandonment', 'synth_cart_abandonment', $$'baseline', '2025-12-01 00:00+00', 48, customers => 2000, products => 300, suppliers => 20, orders_per_day => 3000$$),
    ('returns', 'synth_returns', $$'baseline', '2025-12-01 00:00+00', 48, customers => 2000, products => 300, suppliers => 20, orders_per_day => 3000$$),
    ('system_metrics', 'synth_system_metrics', $$'baseline', '2025-12-01 00:00+00', 48, customers => 2000, products => 300, suppliers => 20, orders_per_day => 3000$$)
) v(t, f, a);

-- jobs => 1 loads the tables made from orders and carts from one pass
-- over them (synthgen.load_together()); as of three weeks later every one
-- of them has rows (returns too), and each holds its function's rows in
-- the function's order (a seq scan of a table one backend filled reads
-- them back in the order they were written)
\set wa '''baseline'', ''2025-12-01 00:00+00'', 48, as_of => ''2025-12-22 00:00+00'''
SELECT table_name, rows > 0 AS has_rows
FROM synthgen.generate(:wa, target_schema => 'g5', :counts,
                       tables => '{customers,suppliers,products,campaigns,orders,order_items,support_tickets,cart_abandonment,returns}')
WHERE rows IS NOT NULL;
CREATE FUNCTION pg_temp.same_rows_in_order(tbl text) RETURNS boolean LANGUAGE plpgsql AS $$
DECLARE a text; b text;
BEGIN
    EXECUTE format('SELECT md5(string_agg(x::text, E''\n'')) FROM g5.%I x', tbl) INTO a;
    EXECUTE format('SELECT md5(string_agg(x::text, E''\n'')) FROM synth_%s(''baseline'', ''2025-12-01 00:00+00'', 48,
                    customers => 2000, products => 300, suppliers => 20, orders_per_day => 3000,
                    as_of => ''2025-12-22 00:00+00'') x', tbl) INTO b;
    RETURN a = b;
END $$;
SELECT t, pg_temp.same_rows_in_order(t) AS same
FROM unnest('{orders,order_items,support_tickets,cart_abandonment,returns}'::text[]) t;
DROP SCHEMA g5 CASCADE;

-- jobs => 2: two background workers load the slices; the tables are the same
SELECT table_name, rows FROM synthgen.generate(:w, target_schema => 'g3', jobs => 2, :counts)
WHERE rows IS NOT NULL;
SELECT c.relname AS t,
       pg_temp.tables_differ('g1', 'g3', c.relname) AS differ
FROM pg_class c WHERE c.relnamespace = 'g1'::regnamespace AND c.relkind = 'r' ORDER BY 1;
SELECT count(*) AS g3_keys FROM pg_constraint WHERE connamespace = 'g3'::regnamespace;
-- a worker fails: what the workers committed is dropped again
\set VERBOSITY terse
SELECT * FROM synthgen.generate('baseline', '2025-01-01', 87840, orders_per_day => 10000000,
                                target_schema => 'g4', jobs => 2);
\set VERBOSITY default
SELECT to_regnamespace('g4') AS g4_left_behind;
DROP SCHEMA g3 CASCADE;

-- the run log: one row per table of each run
SELECT table_name, rows, arguments ->> 'target_schema' AS target, (arguments ->> 'jobs')::int AS jobs,
       backend_pid = pg_backend_pid() AS this_backend
FROM synthgen.run_log WHERE run_id >= (SELECT max(run_id) - 1 FROM synthgen.run_log) ORDER BY run_id, table_name;

-- a subset: only the keys among the chosen tables
SELECT table_name FROM synthgen.generate(:w, tables => '{orders,customers}', target_schema => 'g2', :counts);
SELECT c.relname, string_agg(k.conname, ', ' ORDER BY k.conname) AS constraints
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_constraint k ON k.conrelid = c.oid
WHERE n.nspname = 'g2' AND c.relkind = 'r' GROUP BY c.relname ORDER BY c.relname;

-- if_exists: error (the default) refuses, and leaves nothing half-made
SELECT * FROM synthgen.generate(:w, tables => '{suppliers,orders}', target_schema => 'g2', :counts);
SELECT to_regclass('g2.suppliers') AS suppliers_left_behind;
-- replace starts over
SELECT table_name, rows FROM synthgen.generate(:w, tables => '{customers}', target_schema => 'g2',
                                               customers => 500, if_exists => 'replace')
WHERE rows IS NOT NULL;
SELECT count(*) FROM g2.customers;
SELECT count(*) AS orders_fk_left FROM pg_constraint WHERE conrelid = 'g2.orders'::regclass AND contype = 'f';
-- append adds rows of the same world: the next two days of metrics, the
-- keys stay in place ...
SELECT table_name, rows FROM synthgen.generate('baseline', '2025-12-03 00:00+00', 48, tables => '{system_metrics}',
                                               target_schema => 'g1', :counts, if_exists => 'append')
WHERE rows IS NOT NULL;
SELECT count(*), count(DISTINCT ts), min(ts) < '2025-12-02' AND max(ts) > '2025-12-04' AS both_windows FROM g1.system_metrics;
SELECT count(*) AS keys_kept FROM pg_constraint WHERE conrelid = 'g1.system_metrics'::regclass;
-- appending campaigns (referenced by orders): the foreign key stays, and
-- only the campaigns not yet loaded come (the calendar is loaded once)
SELECT table_name, rows FROM synthgen.generate('baseline', '2025-12-03 00:00+00', 24 * 30, tables => '{campaigns}',
                                               target_schema => 'g1', :counts, if_exists => 'append')
WHERE rows IS NOT NULL;
SELECT conname FROM pg_constraint WHERE confrelid = 'g1.campaigns'::regclass ORDER BY 1;
SELECT table_name, rows FROM synthgen.generate('baseline', '2025-12-03 00:00+00', 24 * 30, tables => '{campaigns}',
                                               target_schema => 'g1', :counts, if_exists => 'append')
WHERE rows IS NOT NULL;
SELECT count(*), count(DISTINCT campaign_id) FROM g1.campaigns;
-- ... while the same window of orders twice breaks the primary key, and
-- another world is refused: the table is unchanged
\set VERBOSITY terse
SELECT * FROM synthgen.generate('baseline', '2025-12-02 00:00+00', 24, tables => '{orders}',
                                target_schema => 'g1', :counts, if_exists => 'append');
SELECT * FROM synthgen.generate('flash_sale', '2026-01-01 00:00+00', 48, tables => '{campaigns}',
                                target_schema => 'g1', if_exists => 'append');
\set VERBOSITY default
SELECT count(*) FROM g1.campaigns;

-- errors
\set VERBOSITY terse
SELECT * FROM synthgen.generate('nope', '2025-12-01', 24);
SELECT * FROM synthgen.generate(:w, tables => '{customers,sales}');
SELECT * FROM synthgen.generate(:w, if_exists => 'overwrite');
SELECT * FROM synthgen.generate(:w, jobs => 0);
SELECT * FROM synthgen.generate(:w, jobs => 100000);
SELECT * FROM synthgen.generate(:w, jobs => 2, if_exists => 'append');
SELECT * FROM synthgen.generate(:w, target_schema => NULL);
SELECT * FROM synthgen.generate('baseline', '2025-12-01', 0);
SELECT * FROM synthgen.generate(:w, tables => '{}');
\set VERBOSITY default
-- synthgen.max_jobs (superuser) caps jobs, and says so
SET synthgen.max_jobs = 2;
SELECT * FROM synthgen.generate(:w, jobs => 3);
RESET synthgen.max_jobs;

-- synthgen.load() writes only tables shaped like the row type, without indexes
CREATE TABLE g1.wrong (customer_id bigint, first_name text);
SELECT synthgen.load('g1.wrong', 'customers', 'baseline', NULL, NULL, 1, NULL, 10, NULL, NULL);
CREATE TABLE g1.indexed (LIKE synthgen.customer_row);
CREATE INDEX ON g1.indexed (customer_id);
SELECT synthgen.load('g1.indexed', 'customers', 'baseline', NULL, NULL, 1, NULL, 10, NULL, NULL);
CREATE TABLE g1.short (LIKE synthgen.customer_row);
ALTER TABLE g1.short DROP COLUMN phone;
SELECT synthgen.load('g1.short', 'customers', 'baseline', NULL, NULL, 1, NULL, 10, NULL, NULL);
-- dropped columns are skipped
CREATE TABLE g1.fine (LIKE synthgen.customer_row, extra int);
ALTER TABLE g1.fine DROP COLUMN extra;
SELECT synthgen.load('g1.fine', 'customers', 'baseline', NULL, NULL, 1, NULL, 10, NULL, NULL);
SELECT count(*) FROM (TABLE g1.fine EXCEPT ALL SELECT * FROM synth_customers('baseline', customers => 10)) d;
CREATE TABLE g1.fine2 (LIKE synthgen.supplier_row);
SELECT synthgen.load('g1.fine2', 'suppliers', 'baseline', NULL, NULL, 1, NULL, NULL, NULL, 7, 1, 2) AS half_of_7;
SELECT synthgen.load('g1.fine2', 'planets', 'baseline', NULL, NULL, 1, NULL, NULL, NULL, NULL);

-- what a user without privileges may do: sql/privileges.sql
DROP SCHEMA g1, g2 CASCADE;
