-- The persistent world (issue 12), one server, interleaved rounds, medians:
--  1. setting up a 1-hour window 0, 1, 5 and 10 years after the world
--     began (the O(days) pass over the days before the window), for a
--     large shop and for a small one (small days draw 64 Bernoulli trials)
--  2. count(*) over synth_orders (~1.25 M rows), with ids counted from the
--     world's first hour
\set VERBOSITY terse
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS synthgen CASCADE;
SET synthgen.timing = off;
SET max_parallel_workers_per_gather = 0;

DELETE FROM synthgen.scenarios WHERE name IN ('bench_decade', 'bench_small');
INSERT INTO synthgen.scenarios
SELECT (jsonb_populate_record(s, '{"name": "bench_decade", "shipped": false,
                                   "signups_from": "2016-01-01 00:00+00", "signups_until": "2020-01-01 00:00+00"}')).*
FROM synthgen.scenarios s WHERE name = 'flash_sale';
INSERT INTO synthgen.scenarios
SELECT (jsonb_populate_record(s, '{"name": "bench_small", "shipped": false, "orders_per_day": 100,
                                   "customers": 2000, "signups_from": "2016-01-01 00:00+00",
                                   "signups_until": "2020-01-01 00:00+00"}')).*
FROM synthgen.scenarios s WHERE name = 'system_outage';

CREATE FUNCTION pg_temp.median_ms(q text, reps int) RETURNS float8 LANGUAGE plpgsql AS $$
DECLARE t0 timestamptz; ms float8[] := '{}';
BEGIN
    FOR i IN 1 .. reps LOOP
        t0 := clock_timestamp();
        EXECUTE q;
        ms := ms || extract(epoch FROM clock_timestamp() - t0) * 1000;
    END LOOP;
    RETURN (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY x) FROM unnest(ms) x);
END $$;

SELECT s AS scenario, y AS years_after_start,
       round(pg_temp.median_ms(format($q$SELECT count(*) FROM synth_orders(%L, %L, 1)$q$, s,
                                      '2016-01-01 04:00+00'::timestamptz + make_interval(years => y)), 3 * :reps)::numeric, 2) AS setup_1h_ms
FROM unnest(ARRAY['bench_decade', 'bench_small']) s, unnest(ARRAY[0, 1, 5, 10]) y
ORDER BY 1, 2;

SELECT count(*) AS n FROM synth_orders('baseline', '2025-01-01 00:00+00', 2400) \gset
SELECT :n AS orders,
       round((:n / pg_temp.median_ms($q$SELECT count(*) FROM synth_orders('baseline', '2025-01-01 00:00+00', 2400)$q$, :reps) / 1000)::numeric, 2) AS count_synth_orders_m_rows_s,
       round((:n / pg_temp.median_ms(format('SELECT count(*) FROM generate_series(1, %s)', :n), :reps) / 1000)::numeric, 2) AS count_generate_series_m_rows_s;
DELETE FROM synthgen.scenarios WHERE name IN ('bench_decade', 'bench_small');
