-- generate() never touches what it did not create: it marks its
-- tables, schema and keys with a COMMENT that survives pg_dump and
-- replaces or appends only to tables it marked, owned by the caller or a
-- role the caller is a member of.  A user's own tables that happen to have
-- synthgen's names (here "returns" and "orders") survive every if_exists
-- mode untouched, and so do their constraints.
SET synthgen.timing = off;
SET client_min_messages = warning;
\set w '''baseline'', ''2025-12-01 00:00+00'', 24'
\set small 'customers => 300, products => 50, suppliers => 5, orders_per_day => 200'

-- what generate() creates carries the marker: the run, the scenario, the arguments
SELECT count(*) FROM synthgen.generate(:w, tables => '{customers,orders,system_metrics}', target_schema => 'm1', :small);
SELECT c.relname, regexp_replace(obj_description(c.oid, 'pg_class'), 'run [0-9]+:', 'run N:') AS marker
FROM pg_class c WHERE c.relnamespace = 'm1'::regnamespace AND c.relkind = 'r' ORDER BY 1;
SELECT regexp_replace(obj_description('m1'::regnamespace, 'pg_namespace'), ' run [0-9]+:.*', '') AS schema_marker;
SELECT conrelid::regclass, conname, obj_description(oid, 'pg_constraint') AS marker
FROM pg_constraint WHERE connamespace = 'm1'::regnamespace ORDER BY 1, 2;
-- the marker names the run of run_log
SELECT count(*) AS same_run FROM synthgen.run_log l
WHERE obj_description('m1.orders'::regclass, 'pg_class') LIKE 'synthgen.generate() run ' || l.run_id || ':%';

-- a user's own tables, with synthgen's names, keys and foreign keys
CREATE SCHEMA mine;
CREATE TABLE mine.orders (order_id bigint PRIMARY KEY, note text);
CREATE TABLE mine.returns (return_id bigint PRIMARY KEY,
                           order_id bigint CONSTRAINT returns_order_id_fkey REFERENCES mine.orders);
INSERT INTO mine.orders VALUES (1, 'mine');
INSERT INTO mine.returns VALUES (10, 1);
CREATE FUNCTION pg_temp.untouched() RETURNS text LANGUAGE sql AS $$
    SELECT (SELECT string_agg(o::text, ',') FROM mine.orders o) || ' ' ||
           (SELECT string_agg(r::text, ',') FROM mine.returns r) || ' ' ||
           (SELECT string_agg(conname || ' ' || pg_get_constraintdef(oid), ', ' ORDER BY conname)
            FROM pg_constraint WHERE conrelid IN ('mine.orders'::regclass, 'mine.returns'::regclass)) || ' ' ||
           (SELECT string_agg(conname, ', ' ORDER BY conname) FROM pg_constraint
            WHERE confrelid IN ('mine.orders'::regclass, 'mine.returns'::regclass)) || ' ' ||
           coalesce(obj_description('mine.orders'::regclass, 'pg_class'), 'no comment')
$$;
SELECT pg_temp.untouched() AS before;
\set VERBOSITY terse
SELECT * FROM synthgen.generate(:w, tables => '{orders,returns}', target_schema => 'mine', :small);
\set VERBOSITY default
SELECT * FROM synthgen.generate(:w, tables => '{orders}', target_schema => 'mine', :small, if_exists => 'replace');
\set VERBOSITY terse
SELECT * FROM synthgen.generate(:w, tables => '{returns}', target_schema => 'mine', :small, if_exists => 'replace');
SELECT * FROM synthgen.generate(:w, tables => '{orders}', target_schema => 'mine', :small, if_exists => 'append');
SELECT * FROM synthgen.generate(:w, tables => '{returns}', target_schema => 'mine', :small, if_exists => 'append');
SELECT * FROM synthgen.generate(:w, tables => '{returns}', target_schema => 'mine', :small, if_exists => 'replace', jobs => 2);
-- generating other tables beside them: the foreign keys into "orders" are
-- not made (it is not synthgen's), and the user's tables keep theirs
SELECT count(*) FROM synthgen.generate(:w, tables => '{customers,products,suppliers,order_items,system_metrics}',
                                       target_schema => 'mine', :small);
SELECT count(*) FROM synthgen.generate(:w, tables => '{customers}', target_schema => 'mine', :small,
                                       if_exists => 'replace');
SELECT count(*) FROM synthgen.generate('baseline', '2025-12-02 00:00+00', 24, tables => '{system_metrics}',
                                       target_schema => 'mine', :small, if_exists => 'append');
\set VERBOSITY default
SELECT pg_temp.untouched() AS after;

-- a user's own constraint on a table generate() made is never dropped or
-- altered: append loads through the executor, which enforces it, and
-- leaves it
ALTER TABLE m1.orders ADD CONSTRAINT users_check CHECK (total >= 0);
\set VERBOSITY terse
SELECT table_name, rows FROM synthgen.generate('baseline', '2025-12-02 00:00+00', 24, tables => '{orders}',
                                target_schema => 'm1', :small, if_exists => 'append');
\set VERBOSITY default
SELECT conname FROM pg_constraint WHERE conrelid = 'm1.orders'::regclass ORDER BY 1;
ALTER TABLE m1.orders DROP CONSTRAINT users_check;
-- a user's foreign key into a table generate() made: replace refuses (the
-- table has dependents), and the key stays
CREATE TABLE mine.notes (order_id bigint REFERENCES m1.orders);
\set VERBOSITY terse
SELECT * FROM synthgen.generate(:w, tables => '{orders}', target_schema => 'm1', :small, if_exists => 'replace');
\set VERBOSITY default
SELECT count(*) AS users_fkey_kept FROM pg_constraint WHERE conrelid = 'mine.notes'::regclass;
DROP TABLE mine.notes;
-- and without it: replace and append work on generate()'s own tables
SELECT count(*) FROM synthgen.generate(:w, tables => '{orders}', target_schema => 'm1', :small, if_exists => 'replace');
SELECT count(*) FROM synthgen.generate('baseline', '2025-12-02 00:00+00', 24, tables => '{system_metrics}',
                                       target_schema => 'm1', :small, if_exists => 'append');
SELECT count(*), count(DISTINCT ts) FROM m1.system_metrics;
SELECT conname, obj_description(oid, 'pg_constraint') AS marker FROM pg_constraint
WHERE connamespace = 'm1'::regnamespace ORDER BY 1;

-- a marker alone is not enough: the table must be the caller's (or a role's
-- the caller is a member of), superuser or not
CREATE ROLE synthgen_other;
CREATE TABLE m1.suppliers (LIKE synthgen.supplier_row);
COMMENT ON TABLE m1.suppliers IS 'synthgen.generate() run 1: forged';
ALTER TABLE m1.suppliers OWNER TO synthgen_other;
\set VERBOSITY terse
SELECT * FROM synthgen.generate(:w, tables => '{suppliers}', target_schema => 'm1', :small, if_exists => 'replace');
\set VERBOSITY default
SELECT obj_description('m1.suppliers'::regclass, 'pg_class') AS still_forged;

DROP SCHEMA m1, mine CASCADE;
DROP ROLE synthgen_other;
