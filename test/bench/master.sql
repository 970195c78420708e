-- Master-data benchmark (issue 2): count(*) over the SRFs next to
-- generate_series, interleaved, :reps rounds, medians and ratios.
\set VERBOSITY terse
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS synthgen CASCADE;
SET synthgen.timing = off;
SET max_parallel_workers_per_gather = 0;

CREATE TEMP TABLE bench_case (name text PRIMARY KEY, query text, rows bigint, ord int);
INSERT INTO bench_case VALUES
    ('generate_series 1M', 'SELECT count(*) FROM generate_series(1, 1000000)', 1000000, 1),
    ('synth_customers 1M', $$SELECT count(*) FROM synth_customers('baseline', customers => 1000000)$$, 1000000, 2),
    ('synth_products 100k', $$SELECT count(*) FROM synth_products('baseline', products => 100000)$$, 100000, 3),
    ('synth_suppliers 100k', $$SELECT count(*) FROM synth_suppliers('baseline', suppliers => 100000)$$, 100000, 4),
    ('synth_campaigns 10y', $$SELECT count(*) FROM synth_campaigns('baseline', '2020-01-01', 87840)$$, 366, 5);

CREATE TEMP TABLE bench_time (name text, rep int, secs float8);

CREATE FUNCTION pg_temp.bench(reps int) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    c record;
    t0 timestamptz;
    n bigint;
BEGIN
    FOR r IN 0 .. reps LOOP            -- round 0 warms up and is dropped
        FOR c IN SELECT * FROM bench_case ORDER BY ord LOOP
            t0 := clock_timestamp();
            EXECUTE c.query INTO n;
            IF n <> c.rows THEN
                RAISE EXCEPTION '% returned % rows, expected %', c.name, n, c.rows;
            END IF;
            IF r > 0 THEN
                INSERT INTO bench_time VALUES (c.name, r,
                    extract(epoch FROM clock_timestamp() - t0));
            END IF;
        END LOOP;
    END LOOP;
END $$;

SELECT pg_temp.bench(:reps);

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
