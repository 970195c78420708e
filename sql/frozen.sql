-- Frozen loading: a table created (or truncated) in the transaction that
-- fills it is written as COPY ... FREEZE writes it: tuples frozen, every
-- page all-visible and all-frozen in the visibility map, so the first
-- reader sets no hint bits and VACUUM has nothing to do.  Shown with
-- pg_visibility for generate() (both job modes) and synthgen.load(), and
-- refused where it would not be safe (a subtransaction that could roll
-- back, a table that was there before).
SET synthgen.timing = off;
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS pg_visibility;
CREATE EXTENSION IF NOT EXISTS pageinspect;

-- as of three weeks later, so that the returns table has rows too
\set w '''baseline'', ''2025-12-01 00:00+00'', 48, as_of => ''2025-12-22 00:00+00'''
\set counts 'customers => 2000, products => 300, suppliers => 20, orders_per_day => 3000'

-- pages of each non-empty table: all of them all-visible and all-frozen,
-- no tuple on an all-frozen page that is not frozen; ANALYZE (inside
-- generate()) saw the visibility map too
CREATE FUNCTION pg_temp.frozen(nsp text) RETURNS TABLE (t name, pages bigint, all_visible bool,
    all_frozen bool, relallvisible bool, not_frozen bigint) LANGUAGE sql AS $$
    SELECT c.relname, pg_relation_size(c.oid) / current_setting('block_size')::int,
           v.all_visible = pg_relation_size(c.oid) / current_setting('block_size')::int,
           v.all_frozen = pg_relation_size(c.oid) / current_setting('block_size')::int,
           c.relallvisible = c.relpages,
           (SELECT count(*) FROM pg_check_frozen(c.oid))
    FROM pg_class c, pg_visibility_map_summary(c.oid) v
    WHERE c.relnamespace = nsp::regnamespace AND c.relkind = 'r' AND pg_relation_size(c.oid) > 0
    ORDER BY 1
$$;

SELECT count(*) FROM synthgen.generate(:w, target_schema => 'f1', :counts);
SELECT * FROM pg_temp.frozen('f1');
-- every tuple frozen (t_infomask HEAP_XMIN_FROZEN = 0x0300), not only the map
SELECT count(*) AS tuples, count(*) FILTER (WHERE (t_infomask & 768) = 768) AS frozen
FROM generate_series(0, pg_relation_size('f1.orders') / current_setting('block_size')::int - 1) b,
     LATERAL heap_page_items(get_raw_page('f1.orders', b::int)) h;

-- jobs => 2: each table created and loaded by one worker in one transaction
SELECT count(*) FROM synthgen.generate(:w, target_schema => 'f2', :counts, jobs => 2);
SELECT * FROM pg_temp.frozen('f2');

-- appending to a table made before is an ordinary insert: the new pages
-- are not frozen (nor all-visible until VACUUM)
SELECT count(*) FROM synthgen.generate('baseline', '2025-12-03 00:00+00', 48, tables => '{system_metrics}',
                                       target_schema => 'f1', if_exists => 'append');
SELECT pages, all_visible, all_frozen FROM pg_temp.frozen('f1') WHERE t = 'system_metrics';
SELECT pg_visibility_map_summary('f1.system_metrics') AS visible_frozen;

-- synthgen.load(): created in this transaction, frozen ...
BEGIN;
CREATE TABLE f1.direct (LIKE synthgen.customer_row);
SELECT synthgen.load('f1.direct', 'customers', 'baseline', NULL, NULL, 1, NULL, 1000, NULL, NULL);
SELECT all_visible, all_frozen FROM pg_temp.frozen('f1') WHERE t = 'direct';
COMMIT;
-- ... truncated in this transaction, frozen ...
BEGIN;
TRUNCATE f1.direct;
SELECT synthgen.load('f1.direct', 'customers', 'baseline', NULL, NULL, 1, NULL, 1000, NULL, NULL);
SELECT all_visible, all_frozen FROM pg_temp.frozen('f1') WHERE t = 'direct';
COMMIT;
-- ... but not in a subtransaction of the one that created it: rolled back,
-- frozen rows would stay visible in a table that stays
BEGIN;
CREATE TABLE f1.sub (LIKE synthgen.customer_row);
SAVEPOINT s;
SELECT synthgen.load('f1.sub', 'customers', 'baseline', NULL, NULL, 1, NULL, 1000, NULL, NULL);
SELECT pg_visibility_map_summary('f1.sub') AS visible_frozen;
ROLLBACK TO s;
SELECT count(*) AS after_rollback FROM f1.sub;
COMMIT;
-- nor into a table that was there before
SELECT synthgen.load('f1.sub', 'customers', 'baseline', NULL, NULL, 1, NULL, 1000, NULL, NULL);
SELECT pg_visibility_map_summary('f1.sub') AS visible_frozen;

DROP SCHEMA f1, f2 CASCADE;
DROP EXTENSION pg_visibility, pageinspect;
