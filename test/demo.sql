-- synthgen demo: the main job on the old Python generator's largest
-- workload (baseline with its counts: 15,000 customers, 12,500 orders a
-- day, ~374,000 orders over 30 days, 144 s there; the catalog's own shop is
-- 250,000 customers and 2,000 orders a day), then a client-side CSV
-- export, with the timing breakdown.
\set VERBOSITY terse
SET client_min_messages = notice;
CREATE EXTENSION synthgen CASCADE;

\echo
\echo '== synthgen.generate(): baseline, 30 days, customers and orders (bulk path, keys, analyze)'
SELECT table_name, rows, round(seconds::numeric, 3) AS seconds
FROM synthgen.generate('baseline', '2025-10-01 00:00+00', 720, tables => '{customers,orders}',
                       customers => 15000, orders_per_day => 12500);

\echo
\echo '== CSV export, client side (psql \\copy), into demo-out/'
\timing on
\copy customers TO 'demo-out/baseline_20251001_000000_customers.csv' (FORMAT csv, HEADER)
\copy orders TO 'demo-out/baseline_20251001_000000_orders.csv' (FORMAT csv, HEADER)
\timing off

\echo
\echo '== a few rows'
SELECT order_id, customer_id, ordered_at, status, item_count, total FROM orders ORDER BY order_id LIMIT 5;
SELECT status, count(*), round(avg(total), 2) AS avg_total FROM orders GROUP BY 1 ORDER BY 2 DESC;

\echo '== the run, as synthgen.run_log keeps it'
SELECT table_name, rows, round(seconds::numeric, 3) AS seconds, round(rows_per_second) AS rows_per_second
FROM synthgen.run_log ORDER BY run_id, table_name;
