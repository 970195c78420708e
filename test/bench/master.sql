-- Master-data benchmark (issue 2): count(*) over the SRFs next to
-- generate_series, interleaved, :reps rounds, medians and ratios.
\set VERBOSITY terse
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS synthgen CASCADE;
SET synthgen.timing = off;
SET max_parallel_workers_per_gather = 0;

CREATE TEMP TABLE bench_case (name text PRIMARY KEY, query text, rows bigint, ord int, prep text);
INSERT INTO bench_case VALUES
    ('generate_series 1M', 'SELECT count(*) FROM generate_series(1, 1000000)', 1000000, 1, NULL),
    ('synth_customers 1M', $$SELECT count(*) FROM synth_customers('baseline', customers => 1000000)$$, 1000000, 2, NULL),
    ('synth_products 100k', $$SELECT count(*) FROM synth_products('baseline', products => 100000)$$, 100000, 3, NULL),
    ('synth_suppliers 100k', $$SELECT count(*) FROM synth_suppliers('baseline', suppliers => 100000)$$, 100000, 4, NULL),
    ('synth_campaigns 10y', $$SELECT count(*) FROM synth_campaigns('baseline', '2020-01-01', 87840)$$, 366, 5, NULL);

\ir rounds.sql

\echo
\echo 'synthgen master-data benchmark (medians; ratio = rows/s over generate_series rows/s)'
WITH med AS (
    SELECT c.name, c.ord, c.rows, percentile_cont(0.5) WITHIN GROUP (ORDER BY t.secs) AS secs,
           min(t.secs) AS best, max(t.secs) AS worst, count(*) AS reps
    FROM bench_case c JOIN bench_time t USING (name) GROUP BY c.name, c.ord, c.rows)
SELECT name AS "case", rows, reps,
       round(secs::numeric, 4) AS median_s,
       round((rows / secs / 1e6)::numeric, 2) AS "M rows/s",
       round(((rows / secs) / (SELECT g.rows / g.secs FROM med g WHERE g.ord = 1))::numeric, 3) AS ratio,
       round(best::numeric, 4) AS best_s, round(worst::numeric, 4) AS worst_s
FROM med ORDER BY ord;
SELECT version();
