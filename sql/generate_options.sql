-- generate()'s keys => 'all' | 'primary' | 'none' and unlogged => true, in
-- both job modes, and the breakdown: each table's load, key and ANALYZE
-- time in the result and in run_log.
SET synthgen.timing = off;
SET client_min_messages = warning;

\set w '''baseline'', ''2025-12-01 00:00+00'', 48'
\set counts 'customers => 2000, products => 300, suppliers => 20, orders_per_day => 3000'

-- the keys each schema ends with, by kind
CREATE FUNCTION pg_temp.keys(nsp text) RETURNS TABLE (contype "char", n bigint, validated bool)
LANGUAGE sql AS $$
    SELECT k.contype, count(*), bool_and(k.convalidated) FROM pg_constraint k
    WHERE k.connamespace = nsp::regnamespace GROUP BY 1 ORDER BY 1
$$;

-- all (the default): 10 primary keys and the 12 foreign keys, validated
SELECT count(*) FROM synthgen.generate(:w, target_schema => 'k_all1', :counts);
SELECT * FROM pg_temp.keys('k_all1');
SELECT count(*) FROM synthgen.generate(:w, target_schema => 'k_all2', :counts, jobs => 2);
SELECT * FROM pg_temp.keys('k_all2');
-- the foreign keys hold (they would reject a stray row)
INSERT INTO k_all2.order_items (order_id, line_no, product_id, quantity, unit_price, discount, line_total)
VALUES (-1, 1, 1, 1, 1, 0, 1);

-- primary: the primary keys only
SELECT count(*) FROM synthgen.generate(:w, target_schema => 'k_pri1', :counts, keys => 'primary');
SELECT * FROM pg_temp.keys('k_pri1');
SELECT count(*) FROM synthgen.generate(:w, target_schema => 'k_pri2', :counts, keys => 'primary', jobs => 2);
SELECT * FROM pg_temp.keys('k_pri2');

-- none: no key, and no key time; still analyzed
SELECT table_name, key_seconds, analyze_seconds IS NOT NULL AS timed
FROM synthgen.generate(:w, target_schema => 'k_none1', :counts, keys => 'none')
WHERE rows IS NOT NULL ORDER BY 1;
SELECT * FROM pg_temp.keys('k_none1');
SELECT count(*) FROM synthgen.generate(:w, target_schema => 'k_none2', :counts, keys => 'none', jobs => 2);
SELECT * FROM pg_temp.keys('k_none2');
SELECT count(*) AS analyzed FROM pg_stat_user_tables WHERE schemaname = 'k_none2' AND last_analyze IS NOT NULL;

-- appending leaves the keys of the tables it appends to as they are,
-- whatever keys says: keys => 'none' keeps the primary key of
-- system_metrics in place (and it checks the appended rows) ...
SELECT table_name, rows FROM synthgen.generate('baseline', '2025-12-03 00:00+00', 48, tables => '{system_metrics}',
                                               target_schema => 'k_all1', :counts, if_exists => 'append', keys => 'none')
WHERE rows IS NOT NULL;
SELECT conname FROM pg_constraint WHERE conrelid = 'k_all1.system_metrics'::regclass;
-- ... and keys => 'all' adds none to the keyless tables of keys => 'none'
SELECT table_name, rows FROM synthgen.generate('baseline', '2025-12-03 00:00+00', 48, tables => '{system_metrics}',
                                               target_schema => 'k_none1', :counts, if_exists => 'append')
WHERE rows IS NOT NULL;
SELECT conname FROM pg_constraint WHERE conrelid = 'k_none1.system_metrics'::regclass;

-- every table the same rows whatever the keys and jobs
CREATE FUNCTION pg_temp.tables_differ(a text, b text) RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE n bigint := 0; d bigint; t text;
BEGIN
    FOR t IN SELECT table_name FROM synthgen.tables() WHERE table_name <> 'system_metrics' LOOP
        EXECUTE format('SELECT count(*) FROM ((TABLE %1$I.%3$I EXCEPT ALL TABLE %2$I.%3$I) UNION ALL
                                              (TABLE %2$I.%3$I EXCEPT ALL TABLE %1$I.%3$I)) d', a, b, t) INTO d;
        n := n + d;
    END LOOP;
    RETURN n;
END $$;
SELECT pg_temp.tables_differ('k_all1', 'k_pri2') AS all_vs_primary, pg_temp.tables_differ('k_all1', 'k_none2') AS all_vs_none;

-- unlogged: the tables and their indexes, in both job modes; the same rows
SELECT count(*) FROM synthgen.generate(:w, target_schema => 'u1', :counts, unlogged => true);
SELECT count(*) FROM synthgen.generate(:w, target_schema => 'u2', :counts, unlogged => true, jobs => 2);
SELECT n.nspname, c.relkind, c.relpersistence, count(*)
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname IN ('u1', 'u2', 'k_all1') AND c.relkind IN ('r', 'i')
GROUP BY 1, 2, 3 ORDER BY 1, 2, 3;
SELECT pg_temp.tables_differ('k_all2', 'u1') AS logged_vs_unlogged, pg_temp.tables_differ('u1', 'u2') AS jobs;

-- the breakdown: every table has its load, key and ANALYZE time; the two
-- rows after the tables sum the key and ANALYZE times
CREATE TEMP TABLE result AS
SELECT * FROM synthgen.generate(:w, target_schema => 'b1', :counts, jobs => 2);
SELECT table_name, rows IS NOT NULL AS has_rows, seconds >= 0 AS load,
       key_seconds >= 0 AS keys, analyze_seconds >= 0 AS analyze
FROM result;
-- (times round to the millisecond: the big tables' are not zero)
SELECT bool_and(seconds > 0 AND key_seconds > 0 AND analyze_seconds > 0) AS big_ones_timed
FROM result WHERE table_name IN ('orders', 'order_items', 'customers');
SELECT abs((SELECT seconds FROM result WHERE table_name = 'primary and foreign keys')
           - (SELECT sum(key_seconds) FROM result)) < 0.011 AS keys_add_up,
       abs((SELECT seconds FROM result WHERE table_name = 'analyze')
           - (SELECT sum(analyze_seconds) FROM result)) < 0.011 AS analyze_adds_up;
-- ... and run_log has them too, and the options in its arguments
SELECT l.table_name, l.key_seconds = r.key_seconds AS same_keys,
       l.analyze_seconds = r.analyze_seconds AS same_analyze, l.seconds = r.seconds AS same_load,
       l.arguments ->> 'keys' AS keys, l.arguments ->> 'unlogged' AS unlogged
FROM synthgen.run_log l JOIN result r USING (table_name)
WHERE l.run_id = (SELECT max(run_id) FROM synthgen.run_log) ORDER BY 1;

-- bad values: 22023 naming the argument and what it takes, with a hint
CREATE FUNCTION pg_temp.error_of(call text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE msg text; hint text; state text;
BEGIN
    EXECUTE call;
    RETURN 'no error';
EXCEPTION WHEN OTHERS THEN
    GET STACKED DIAGNOSTICS state = RETURNED_SQLSTATE, msg = MESSAGE_TEXT, hint = PG_EXCEPTION_HINT;
    RETURN state || ': ' || msg || ' / ' || coalesce(hint, 'no hint');
END $$;
SELECT pg_temp.error_of($$SELECT * FROM synthgen.generate('baseline', '2025-12-01', 1, target_schema => 'x', keys => 'some')$$);
SELECT pg_temp.error_of($$SELECT * FROM synthgen.generate('baseline', '2025-12-01', 1, target_schema => 'x', keys => 'ALL')$$);
SELECT pg_temp.error_of($$SELECT * FROM synthgen.generate('baseline', '2025-12-01', 1, target_schema => 'x', keys => NULL)$$);
SELECT pg_temp.error_of($$SELECT * FROM synthgen.generate('baseline', '2025-12-01', 1, target_schema => 'x', unlogged => NULL)$$);
SELECT to_regnamespace('x') AS nothing_made;

DROP SCHEMA k_all1, k_all2, k_pri1, k_pri2, k_none1, k_none2, u1, u2, b1 CASCADE;
