-- Every bad argument is an ERROR with its SQLSTATE, naming the argument and
-- its range; never a crash, a hang or silent nonsense.
SET synthgen.timing = off;

CREATE FUNCTION pg_temp.try(q text) RETURNS text LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE q;
    RETURN 'no error';
EXCEPTION WHEN OTHERS THEN
    RETURN SQLSTATE || ': ' || SQLERRM;
END $$;

-- the full message once, with detail and hint
SELECT count(*) FROM synth_customers('nope');
SELECT count(*) FROM synth_customers('baseline', customers => 0);
SELECT count(*) FROM synth_campaigns('baseline', 'infinity', 24);
SELECT count(*) FROM synth_orders('baseline', '2025-12-01', 87840, orders_per_day => 10000000);

SELECT q, pg_temp.try(q) FROM (VALUES
    -- unknown or NULL scenario
    ($$SELECT count(*) FROM synth_suppliers('')$$),
    ($$SELECT count(*) FROM synth_suppliers(repeat('x', 10000))$$),
    ($$SELECT count(*) FROM synth_suppliers(NULL)$$),
    ($$SELECT count(*) FROM synth_products('Baseline')$$),
    -- counts: <= 0, too large, NULL means the scenario's
    ($$SELECT count(*) FROM synth_customers('baseline', customers => -1)$$),
    ($$SELECT count(*) FROM synth_customers('baseline', customers => 1000000001)$$),
    ($$SELECT count(*) FROM synth_customers('baseline', customers => 9223372036854775807)$$),
    ($$SELECT count(*) FROM synth_customers('baseline', customers => NULL)$$),
    ($$SELECT count(*) FROM synth_suppliers('baseline', suppliers => 0)$$),
    ($$SELECT count(*) FROM synth_suppliers('baseline', suppliers => 1000001)$$),
    ($$SELECT count(*) FROM synth_products('baseline', products => 0)$$),
    ($$SELECT count(*) FROM synth_products('baseline', products => 10000001)$$),
    ($$SELECT count(*) FROM synth_products('baseline', suppliers => -2147483648)$$),
    -- seed: any bigint, but not NULL
    ($$SELECT count(*) FROM synth_suppliers('baseline', seed => NULL)$$),
    ($$SELECT count(*) > 0 FROM synth_suppliers('baseline', seed => -9223372036854775808)$$),
    -- part / parts
    ($$SELECT count(*) FROM synth_customers('baseline', parts => 0)$$),
    ($$SELECT count(*) FROM synth_customers('baseline', parts => 65537)$$),
    ($$SELECT count(*) FROM synth_customers('baseline', part => 3, parts => 3)$$),
    ($$SELECT count(*) FROM synth_customers('baseline', part => -1, parts => 3)$$),
    ($$SELECT count(*) FROM synth_customers('baseline', part => NULL)$$),
    ($$SELECT count(*) FROM synth_customers('baseline', parts => NULL)$$),
    ($$SELECT count(*) FROM synth_suppliers('baseline', part => 2147483647, parts => 2147483647)$$),
    -- the campaign window
    ($$SELECT count(*) FROM synth_campaigns('baseline', NULL, 24)$$),
    ($$SELECT count(*) FROM synth_campaigns('baseline', '-infinity', 24)$$),
    ($$SELECT count(*) FROM synth_campaigns('baseline', '1900-01-01 00:00+00', 24)$$),
    ($$SELECT count(*) FROM synth_campaigns('baseline', '2199-12-31 00:00+00', 48)$$),
    ($$SELECT count(*) FROM synth_campaigns('baseline', '294276-12-31 00:00+00', 1)$$),
    ($$SELECT count(*) FROM synth_campaigns('baseline', '2025-01-01 00:00+00', 0)$$),
    ($$SELECT count(*) FROM synth_campaigns('baseline', '2025-01-01 00:00+00', -5)$$),
    ($$SELECT count(*) FROM synth_campaigns('baseline', '2025-01-01 00:00+00', 87841)$$),
    ($$SELECT count(*) FROM synth_campaigns('baseline', '2025-01-01 00:00+00', NULL)$$),
    ($$SELECT count(*) FROM synth_campaigns('baseline', '2025-01-01 00:00+00', 87840)$$),
    -- the event tables
    ($$SELECT count(*) FROM synth_orders('baseline', '2025-12-01', 0)$$),
    ($$SELECT count(*) FROM synth_orders('baseline', '2025-12-01', 87841)$$),
    ($$SELECT count(*) FROM synth_orders('baseline', 'infinity', 24)$$),
    ($$SELECT count(*) FROM synth_orders('baseline', '2025-12-01', 24, orders_per_day => 0)$$),
    ($$SELECT count(*) FROM synth_orders('baseline', '2025-12-01', 24, orders_per_day => 10000001)$$),
    ($$SELECT count(*) FROM synth_orders('baseline', '2025-12-01', 87840, orders_per_day => 10000000)$$),
    ($$SELECT count(*) FROM synth_order_items('baseline', '2025-12-01', 24, products => 0)$$),
    ($$SELECT count(*) FROM synth_support_tickets('baseline', '2025-12-01', 24, customers => 0)$$),
    ($$SELECT count(*) FROM synth_cart_abandonment('baseline', '2025-12-01', 24, suppliers => 0)$$),
    ($$SELECT count(*) FROM synth_returns('baseline', '2025-12-01', 24, seed => NULL)$$),
    ($$SELECT count(*) FROM synth_system_metrics('baseline', '2025-12-01', 24, part => 5, parts => 5)$$),
    ($$SELECT count(*) FROM synth_system_metrics('nope', '2025-12-01', 24)$$),
    -- a window before the first customer signs up: no orders, not an error
    ($$SELECT count(*) = 0 OR NULL FROM synth_orders('baseline', '2019-01-01', 24)$$),
    -- run_parallel(): a worker's statements cannot end its transaction
    ($$SELECT * FROM synthgen.run_parallel(ARRAY['BEGIN'], ARRAY[0])$$),
    ($$SELECT * FROM synthgen.run_parallel(ARRAY['SELECT 1', 'COMMIT'], ARRAY[0, 0])$$),
    ($$SELECT * FROM synthgen.run_parallel(ARRAY['COPY (SELECT 1) TO STDOUT'], ARRAY[0])$$),
    -- the setting
    ($$SET synthgen.timing = 'loud'$$)
) AS t(q);

-- a custom scenario's real peak bounds a call, not its daily average: all
-- demand in one hour of one weekday (Monday 00:00 UTC) puts a week's orders
-- in that hour; at 10 M orders per day and a x100 flash sale (every
-- day at midnight), 7 billion
INSERT INTO synthgen.scenarios (name, description, orders_per_day, customers, products, suppliers,
                                signups_from, signups_until, diurnal, weekly,
                                flash_sale_every_days, flash_sale_start_hour, flash_sale_hours,
                                flash_sale_multiplier)
SELECT 'spike', 'all demand in one hour', 10000000, 1000, 50, 5, signups_from, signups_until,
       '{1000,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}', '{1000,0,0,0,0,0,0}',
       1, 0, 1, 100
FROM synthgen.scenarios WHERE name = 'baseline';
SELECT count(*) FROM synth_orders('spike', '2025-12-01 00:00+00', 1);
SELECT f, pg_temp.try(format('SELECT count(*) FROM %s(''spike'', ''2025-12-01 00:00+00'', 1)', f))
FROM unnest(ARRAY['synth_orders', 'synth_order_items', 'synth_support_tickets',
                  'synth_cart_abandonment', 'synth_returns', 'synth_system_metrics']) AS f;
-- a quiet day of the same scenario is fine (customers order in their own
-- local time, Monday 00:00 local falls between Sunday 10:00 and Monday
-- 14:00 UTC; Tuesday afternoon UTC is Tuesday or Wednesday everywhere)
SELECT count(*) FROM synth_orders('spike', '2025-12-02 14:00+00', 1);
-- just under the hourly limit (7 M a day, a week's worth in the local
-- midnights of Monday): in every hour metrics fit their columns, and the
-- busiest hour's last orders keep their instants in their hour
UPDATE synthgen.scenarios SET orders_per_day = 7000000, flash_sale_every_days = 0
WHERE name = 'spike';
SELECT max(requests) > 50000000 AS requests_fit, bool_and(active_sessions >= requests) AS sessions_fit,
       bool_and(p50_ms < p95_ms AND p95_ms < p99_ms) AS latencies_ordered
FROM generate_series(0, 23) h,
     synth_system_metrics('spike', '2025-11-30 12:00+00'::timestamptz + h * interval '1 hour', 1);
CREATE TEMP TABLE spike_hours AS
SELECT '2025-11-30 12:00+00'::timestamptz + h * interval '1 hour' AS hour_start,
       (SELECT max(order_id) FROM synth_orders('spike', '2025-11-30 12:00+00'::timestamptz + h * interval '1 hour', 1,
                                               part => 65535, parts => 65536))
       - (SELECT min(order_id) FROM synth_orders('spike', '2025-11-30 12:00+00'::timestamptz + h * interval '1 hour', 1,
                                                 part => 0, parts => 65536)) AS span
FROM generate_series(0, 23) h;
SELECT max(span) > 5000000 AS busy_hour FROM spike_hours;
SELECT count(*) > 0 AS some, bool_and(ordered_at >= s.hour_start AND ordered_at < s.hour_start + interval '1 hour') AS in_hour
FROM (SELECT hour_start FROM spike_hours ORDER BY span DESC NULLS LAST LIMIT 1) s,
     synth_orders('spike', s.hour_start, 1, part => 65535, parts => 65536);
DELETE FROM synthgen.scenarios WHERE name = 'spike';
