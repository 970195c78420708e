-- Event-table benchmark (issue 3), one server, interleaved rounds, medians.
--  1. count(*) over synth_orders vs generate_series of the same size
--  2. INSERT INTO an unlogged table: synth_orders vs the hand-written
--     random() SQL a user would write today vs COPY FROM a CSV of the rows
--  3. the old generator's workload: 15,000 customers + 30 days of orders
\set VERBOSITY terse
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS synthgen CASCADE;
SET synthgen.timing = off;
SET max_parallel_workers_per_gather = 0;

-- ~1.25 M orders: 100 days of baseline
\set big '''baseline'', ''2025-01-01 00:00+00'', 2400'
SELECT count(*) AS n FROM synth_orders(:big) \gset
CREATE UNLOGGED TABLE bench_orders OF synthgen.order_row;
CREATE UNLOGGED TABLE bench_customers OF synthgen.customer_row;
COPY (SELECT * FROM synth_orders(:big)) TO '/tmp/synthgen_bench_orders.csv' (FORMAT csv);

CREATE TEMP TABLE bench_case (name text PRIMARY KEY, query text, rows bigint, ord int, prep text);
INSERT INTO bench_case VALUES
 ('count generate_series', format('SELECT count(*) FROM generate_series(1, %s)', :n), :n, 1, NULL),
 ('count synth_orders', $$SELECT count(*) FROM synth_orders('baseline', '2025-01-01 00:00+00', 2400)$$, :n, 2, NULL),
 ('count synth_order_items', $$SELECT count(*) FROM synth_order_items('baseline', '2025-01-01 00:00+00', 2400)$$, NULL, 3, NULL),
 ('count synth_cart_abandonment', $$SELECT count(*) FROM synth_cart_abandonment('baseline', '2025-01-01 00:00+00', 2400)$$, NULL, 4, NULL),
 ('count synth_support_tickets', $$SELECT count(*) FROM synth_support_tickets('baseline', '2025-01-01 00:00+00', 2400)$$, NULL, 5, NULL),
 ('count synth_returns', $$SELECT count(*) FROM synth_returns('baseline', '2025-01-01 00:00+00', 2400)$$, NULL, 6, NULL),
 ('count synth_system_metrics', $$SELECT count(*) FROM synth_system_metrics('baseline', '2025-01-01 00:00+00', 2400)$$, NULL, 7, NULL),
 ('INSERT synth_orders', $$INSERT INTO bench_orders SELECT * FROM synth_orders('baseline', '2025-01-01 00:00+00', 2400)$$, :n, 10, 'TRUNCATE bench_orders'),
 ('INSERT hand-written random() SQL', format($$INSERT INTO bench_orders
    SELECT g, 1 + (random() * 14999)::int, '2025-01-01 00:00+00'::timestamptz + random() * interval '100 days',
           (ARRAY['processing','shipped','delivered','cancelled'])[1 + (random() * 3)::int],
           (ARRAY['web','mobile_app','marketplace','phone'])[1 + (random() * 3)::int],
           (ARRAY['card','paypal','apple_pay','google_pay','klarna','gift_card'])[1 + (random() * 5)::int],
           CASE WHEN random() < 0.1 THEN 1 + (random() * 2)::int END, 1 + (random() * 5)::int,
           s, 0, CASE WHEN s >= 50 THEN 0 ELSE 5.99 END, round(s * 0.08, 2),
           s + CASE WHEN s >= 50 THEN 0 ELSE 5.99 END + round(s * 0.08, 2),
           now() - random() * interval '10 days', CASE WHEN random() < 0.8 THEN now() END, NULL
    FROM (SELECT g, round((5 + random() * 500)::numeric, 2) AS s FROM generate_series(1, %s) g) x$$, :n), :n, 11, 'TRUNCATE bench_orders'),
 ('COPY FROM csv', $$COPY bench_orders FROM '/tmp/synthgen_bench_orders.csv' (FORMAT csv)$$, :n, 12, 'TRUNCATE bench_orders'),
 ('old workload: customers + 30 days of orders', $$INSERT INTO bench_customers SELECT * FROM synth_customers('baseline');
    INSERT INTO bench_orders SELECT * FROM synth_orders('baseline', '2025-10-01 00:00+00', 720)$$, NULL, 20, 'TRUNCATE bench_orders, bench_customers');

\ir rounds.sql

\echo
\echo 'synthgen event-table benchmark (medians over the rounds)'
WITH med AS (
    SELECT c.name, c.ord, max(t.rows) AS rows, percentile_cont(0.5) WITHIN GROUP (ORDER BY t.secs) AS secs, count(*) AS reps
    FROM bench_case c JOIN bench_time t USING (name) GROUP BY c.name, c.ord)
SELECT name AS "case", rows, reps, round(secs::numeric, 3) AS median_s,
       round((rows / secs / 1e6)::numeric, 2) AS "M rows/s",
       CASE WHEN ord < 10 THEN round(((rows / secs) / (SELECT g.rows / g.secs FROM med g WHERE g.ord = 1))::numeric, 3) END AS "ratio vs generate_series",
       CASE WHEN ord BETWEEN 11 AND 19 THEN round((secs / (SELECT g.secs FROM med g WHERE g.ord = 10))::numeric, 2) END AS "synth_orders INSERT speed-up"
FROM med ORDER BY ord;
\echo '(old workload rows = orders of the last statement; the 15,000 customers come on top)'
SELECT version();
