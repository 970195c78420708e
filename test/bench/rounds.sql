-- The interleaved rounds shared by the benchmarks (\ir rounds.sql): every
-- case of bench_case (name, query, rows, ord, prep) once per round, in
-- ord order, after its prep statement; round 0 warms up and is dropped.
-- A case with rows set must return that many (a count, or ROW_COUNT).
-- Times go to bench_time (name, rep, secs, rows).
CREATE TEMP TABLE bench_time (name text, rep int, secs float8, rows bigint);

CREATE FUNCTION pg_temp.bench(reps int) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    c record;
    t0 timestamptz;
    n bigint;
BEGIN
    FOR r IN 0 .. reps LOOP
        FOR c IN SELECT * FROM bench_case ORDER BY ord LOOP
            IF c.prep IS NOT NULL THEN EXECUTE c.prep; END IF;
            t0 := clock_timestamp();
            IF c.query LIKE 'SELECT%' THEN
                EXECUTE c.query INTO n;
            ELSE
                EXECUTE c.query;
                GET DIAGNOSTICS n = ROW_COUNT;
            END IF;
            IF n <> c.rows THEN
                RAISE EXCEPTION '% returned % rows, expected %', c.name, n, c.rows;
            END IF;
            IF r > 0 THEN
                INSERT INTO bench_time VALUES (c.name, r, extract(epoch FROM clock_timestamp() - t0), n);
            END IF;
        END LOOP;
    END LOOP;
END $$;

SELECT pg_temp.bench(:reps);
