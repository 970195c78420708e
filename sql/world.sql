-- One persistent world (docs/design.md, "The persistent world"): what
-- happens at an instant depends on the instant, never on the window.
SET synthgen.timing = off;
SET TimeZone = 'UTC';

-- f(a, b-a, as_of => c) UNION ALL f(b, c-b, as_of => c) = f(a, c-a, as_of => c),
-- both ways, ids included; campaigns (the calendar: a campaign spanning two
-- windows is listed by both) compose as a set union.  Returns the number of
-- rows that differ over every event table.
CREATE FUNCTION pg_temp.compose(scenario text, a timestamptz, h1 int, h2 int,
                                as_of timestamptz, extra text DEFAULT '')
RETURNS TABLE (fn text, rows bigint, differ bigint)
LANGUAGE plpgsql AS $$
DECLARE
    b timestamptz := a + make_interval(hours => h1);
    f text;
    args text;
BEGIN
    FOREACH f IN ARRAY ARRAY['synth_orders', 'synth_order_items', 'synth_support_tickets',
                             'synth_cart_abandonment', 'synth_returns', 'synth_system_metrics']
    LOOP
        args := format('%L, %%L, %%s, as_of => %L%s', scenario, as_of, extra);
        fn := f;
        EXECUTE format($q$
            WITH whole AS (SELECT * FROM %1$s(%2$s)),
                 parts AS (SELECT * FROM %1$s(%3$s) UNION ALL SELECT * FROM %1$s(%4$s))
            SELECT (SELECT count(*) FROM whole),
                   (SELECT count(*) FROM (SELECT * FROM whole EXCEPT ALL SELECT * FROM parts) x)
                 + (SELECT count(*) FROM (SELECT * FROM parts EXCEPT ALL SELECT * FROM whole) y)$q$,
            f, format(args, a, h1 + h2), format(args, a, h1), format(args, b, h2))
        INTO rows, differ;
        RETURN NEXT;
    END LOOP;
    fn := 'synth_campaigns';
    EXECUTE format($q$
        WITH whole AS (SELECT * FROM synth_campaigns(%1$L, %2$L, %3$s)),
             parts AS (SELECT * FROM synth_campaigns(%1$L, %2$L, %4$s)
                       UNION SELECT * FROM synth_campaigns(%1$L, %5$L, %6$s))
        SELECT (SELECT count(*) FROM whole),
               (SELECT count(*) FROM (SELECT * FROM whole EXCEPT SELECT * FROM parts) x)
             + (SELECT count(*) FROM (SELECT * FROM parts EXCEPT SELECT * FROM whole) y)$q$,
        scenario, a, h1 + h2, h1, b, h2)
    INTO rows, differ;
    RETURN NEXT;
END $$;

-- windows spanning a flash sale (Friday 2025-12-05 12:00-16:00 UTC)
SELECT fn, rows > 0 AS some, differ FROM pg_temp.compose('flash_sale', '2025-12-05 10:00+00', 3, 21, '2025-12-06 10:00+00');
-- an outage (2025-12-02 21:31-23:39 UTC), split inside it, with a start
-- that is not on the hour, known as of ten days later
SELECT fn, rows > 0 AS some, differ FROM pg_temp.compose('system_outage', '2025-12-02 19:17:23.5+00', 3, 5,
                                   '2025-12-12 00:00+00', ', orders_per_day => 3000');
-- a year boundary in the holiday calendar
SELECT fn, rows > 0 AS some, differ FROM pg_temp.compose('holiday_peak', '2025-12-31 18:00+00', 9, 17, '2026-01-01 20:00+00',
                                   ', orders_per_day => 3000');
-- a change of daylight-saving time in the session's zone (the world is in
-- UTC; the session's zone only formats)
SET TimeZone = 'Europe/Berlin';
SELECT fn, rows > 0 AS some, differ FROM pg_temp.compose('supply_disruption', '2025-10-25 20:00+00', 9, 21, '2025-10-27 05:00+00',
                                   ', orders_per_day => 3000');
SET TimeZone = 'UTC';
-- pseudo-random triples (a fixed seed: the same triples every run)
SELECT setseed(0.42);
SELECT s.scenario, c.fn, c.differ
FROM (SELECT (ARRAY['baseline', 'flash_sale', 'system_outage', 'supply_disruption', 'holiday_peak'])[1 + (random() * 4.999)::int] AS scenario,
             '2024-01-01 00:00+00'::timestamptz + make_interval(secs => (random() * 3 * 365 * 86400)::int) AS a,
             1 + (random() * 30)::int AS h1, 1 + (random() * 30)::int AS h2,
             (random() * 100)::int AS later
      FROM generate_series(1, 4)) s,
     LATERAL pg_temp.compose(s.scenario, s.a, s.h1, s.h2,
                             s.a + make_interval(hours => s.h1 + s.h2 + s.later),
                             ', orders_per_day => 2000') c
WHERE c.differ <> 0;

-- as_of cuts, it does not change: an order's own columns are the same
-- under any as_of, its life only moves forward
CREATE TEMP TABLE early AS SELECT * FROM synth_orders('baseline', '2025-12-01 00:00+00', 24);
CREATE TEMP TABLE later AS SELECT * FROM synth_orders('baseline', '2025-12-01 00:00+00', 24, as_of => '2025-12-04 00:00+00');
CREATE TEMP TABLE much_later AS SELECT * FROM synth_orders('baseline', '2025-12-01 00:00+00', 24, as_of => '2026-02-01 00:00+00');
SELECT count(*) AS orders,
       count(*) FILTER (WHERE (e.customer_id, e.ordered_at, e.channel, e.payment_method, e.campaign_id,
                               e.item_count, e.subtotal, e.discount, e.shipping, e.tax, e.total)
                              IS DISTINCT FROM
                              (l.customer_id, l.ordered_at, l.channel, l.payment_method, l.campaign_id,
                               l.item_count, l.subtotal, l.discount, l.shipping, l.tax, l.total)) AS own_columns_changed,
       count(*) FILTER (WHERE e.status = 'delivered' AND l.status <> 'delivered'
                           OR e.status = 'cancelled' AND l.status <> 'cancelled'
                           OR e.status = 'shipped' AND l.status NOT IN ('shipped', 'delivered')) AS went_back,
       count(*) FILTER (WHERE e.shipped_at IS NOT NULL AND e.shipped_at IS DISTINCT FROM l.shipped_at
                           OR e.delivered_at IS NOT NULL AND e.delivered_at IS DISTINCT FROM l.delivered_at
                           OR e.cancelled_at IS NOT NULL AND e.cancelled_at IS DISTINCT FROM l.cancelled_at) AS instants_moved,
       count(*) FILTER (WHERE l.status = 'delivered' AND (l.shipped_at IS DISTINCT FROM m.shipped_at
                                                       OR l.delivered_at IS DISTINCT FROM m.delivered_at)) AS delivered_moved,
       count(*) FILTER (WHERE e.status IN ('processing', 'shipped')) > count(*) FILTER (WHERE l.status IN ('processing', 'shipped')) AS fewer_open_later,
       count(*) FILTER (WHERE m.status IN ('processing', 'shipped')) AS open_two_months_later
FROM early e JOIN later l USING (order_id) JOIN much_later m USING (order_id);
-- tickets, returns and cart recoveries known early are there later, the same
SELECT (SELECT count(*) FROM (SELECT ticket_id, order_id, customer_id, opened_at, category, priority, channel
                              FROM synth_support_tickets('baseline', '2025-12-01 00:00+00', 24)
                              EXCEPT SELECT ticket_id, order_id, customer_id, opened_at, category, priority, channel
                              FROM synth_support_tickets('baseline', '2025-12-01 00:00+00', 24, as_of => '2025-12-20 00:00+00')) x) AS tickets_lost,
       (SELECT count(*) FROM synth_support_tickets('baseline', '2025-12-01 00:00+00', 24, as_of => '2025-12-20 00:00+00')) >
       (SELECT count(*) FROM synth_support_tickets('baseline', '2025-12-01 00:00+00', 24)) AS more_tickets_later,
       (SELECT count(*) FROM synth_returns('baseline', '2025-12-01 00:00+00', 24, as_of => '2025-12-05 00:00+00')) <
       (SELECT count(*) FROM synth_returns('baseline', '2025-12-01 00:00+00', 24, as_of => '2026-01-15 00:00+00')) AS more_returns_later,
       (SELECT count(*) FROM (SELECT cart_id FROM synth_cart_abandonment('baseline', '2025-12-01 00:00+00', 24) WHERE recovered
                              EXCEPT SELECT cart_id FROM synth_cart_abandonment('baseline', '2025-12-01 00:00+00', 24, as_of => '2025-12-05 00:00+00') WHERE recovered) x) AS recoveries_lost,
       (SELECT count(*) FILTER (WHERE recovered) FROM synth_cart_abandonment('baseline', '2025-12-01 00:00+00', 24, as_of => '2025-12-05 00:00+00')) >
       (SELECT count(*) FILTER (WHERE recovered) FROM synth_cart_abandonment('baseline', '2025-12-01 00:00+00', 24)) AS more_recoveries_later;

-- global dense ids: consecutive windows continue each other's ids
SELECT (SELECT max(order_id) FROM synth_orders('baseline', '2025-12-01 00:00+00', 24)) + 1 =
       (SELECT min(order_id) FROM synth_orders('baseline', '2025-12-02 00:00+00', 24)) AS orders_continue,
       (SELECT max(cart_id) FROM synth_cart_abandonment('baseline', '2025-12-01 00:00+00', 24)) + 1 =
       (SELECT min(cart_id) FROM synth_cart_abandonment('baseline', '2025-12-02 00:00+00', 24)) AS carts_continue,
       (SELECT min(order_id) FROM synth_orders('baseline', '2021-01-01 00:00+00', 24 * 365)) AS first_order_id,
       (SELECT min(ordered_at) FROM synth_orders('baseline', '2021-01-01 00:00+00', 24 * 365)) >=
       (SELECT min(created_at) FROM synth_customers('baseline')) AS first_order_after_first_signup;
-- windows before the world began are empty, not errors
SELECT (SELECT count(*) FROM synth_orders('baseline', '2020-06-01 00:00+00', 24)) AS orders,
       (SELECT count(*) FROM synth_cart_abandonment('baseline', '2020-06-01 00:00+00', 24)) AS carts,
       (SELECT count(*) FROM synth_campaigns('baseline', '2020-06-01 00:00+00', 24)) AS campaigns,
       (SELECT count(*) FROM synthgen.events('flash_sale', '2020-06-01 00:00+00', 24 * 30)) AS events;

-- synthgen.events() agrees with the data: every flash sale it lists has
-- several times the orders of the same hours a week earlier, every outage
-- the error spike, in the tables
SELECT e.starts_at, e.multiplier,
       round((SELECT count(*) FROM synth_orders('flash_sale', e.starts_at, 4))::numeric /
             (SELECT count(*) FROM synth_orders('flash_sale', e.starts_at - interval '6 days', 4)), 1) >= 3 AS sale_shows
FROM synthgen.events('flash_sale', '2025-12-01 00:00+00', 24 * 21) e ORDER BY e.starts_at;
SELECT e.starts_at, e.ends_at,
       (SELECT avg(error_rate) FROM synth_system_metrics('system_outage', date_trunc('hour', e.starts_at) - interval '3 hours', 3)) < 0.01 AS calm_before,
       -- the outage degrades, fails, recovers (docs/design.md, "Event shapes, metrics and days")
       (SELECT max(error_rate) > 0.2 AND min(error_rate) < max(error_rate) / 2
        FROM synth_system_metrics('system_outage', e.starts_at, 24) m WHERE m.ts < e.ends_at) AS errors_inside,
       (SELECT count(*) FROM synth_orders('system_outage', e.starts_at - interval '1 day', 48) o
         WHERE o.ordered_at >= e.starts_at AND o.ordered_at < e.ends_at) * 60.0 / extract(epoch FROM e.ends_at - e.starts_at) <
       (SELECT count(*) FROM synth_orders('system_outage', e.starts_at - interval '7 days', 48) o
         WHERE o.ordered_at >= e.starts_at - interval '7 days' AND o.ordered_at < e.ends_at - interval '7 days') * 60.0 / extract(epoch FROM e.ends_at - e.starts_at) / 2 AS orders_collapse
FROM synthgen.events('system_outage', '2025-12-01 00:00+00', 24 * 21) e ORDER BY e.starts_at;
-- a supply disruption: the supplier's lines are cancelled more while it runs
SELECT e.supplier_id IS NOT NULL AS has_supplier, e.ends_at - e.starts_at >= interval '5 days' AS long_enough
FROM synthgen.events('supply_disruption', '2025-12-01 00:00+00', 24 * 60) e;
-- the holiday calendar follows the date, every year
SELECT extract(year FROM starts_at) AS year, name, to_char(starts_at, 'Dy Mon DD') AS starts, multiplier
FROM synthgen.events('holiday_peak', '2024-11-01 00:00+00', 24 * 450) ORDER BY starts_at;
-- a window of a week or more holds its scenario's events
SELECT scenario, min(n) AS fewest_in_any_two_weeks
FROM (SELECT s AS scenario, d, (SELECT count(*) FROM synthgen.events(s, '2025-01-06 00:00+00'::timestamptz + d * interval '1 day', 24 * 14)) AS n
      FROM unnest(ARRAY['flash_sale', 'system_outage']) s, generate_series(0, 300, 7) d) x
GROUP BY scenario ORDER BY scenario;

-- a scenario row is a whole world: a derived one is one statement
INSERT INTO synthgen.scenarios
SELECT (jsonb_populate_record(s, '{"name": "tiny", "description": "baseline, smaller", "shipped": false,
                                   "seed": 7, "customers": 2000, "products": 200, "suppliers": 20,
                                   "orders_per_day": 400}')).*
FROM synthgen.scenarios s WHERE name = 'baseline';
SELECT (SELECT max(product_id) FROM synth_order_items('tiny', '2025-12-01 00:00+00', 48)) <= 200 AS products_of_the_world,
       (SELECT max(customer_id) FROM synth_orders('tiny', '2025-12-01 00:00+00', 48)) <= 2000 AS customers_of_the_world,
       (SELECT count(*) FROM synth_orders('tiny', '2025-12-01 00:00+00', 24)) BETWEEN 300 AND 500 AS its_rate,
       (SELECT count(*) FROM (SELECT * FROM synth_orders('tiny', '2025-12-01 00:00+00', 24)
                              EXCEPT ALL SELECT * FROM synth_orders('tiny', '2025-12-01 00:00+00', 24, seed => 7)) x) AS seed_is_the_rows;

SET client_min_messages = warning;
-- a dev database grows day by day: 7 appends of a day equal one 7-day
-- generate, both known as of the week's end
SELECT count(*) FROM synthgen.generate('tiny', '2025-12-01 00:00+00', 24 * 7, target_schema => 'week',
                                       as_of => '2025-12-08 00:00+00');
SELECT count(*) FROM synthgen.generate('tiny', '2025-12-01 00:00+00', 24, target_schema => 'days',
                                       as_of => '2025-12-08 00:00+00');
CREATE TEMP TABLE keys_first AS
SELECT oid, conname FROM pg_constraint WHERE connamespace = 'days'::regnamespace;
SELECT sum(rows) > 0 AS appended
FROM generate_series(1, 6) d,
     LATERAL synthgen.generate('tiny', '2025-12-01 00:00+00'::timestamptz + d * interval '1 day', 24,
                               target_schema => 'days', if_exists => 'append', as_of => '2025-12-08 00:00+00');
CREATE FUNCTION pg_temp.same(a text, b text) RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE n bigint;
BEGIN
    EXECUTE format('SELECT (SELECT count(*) FROM (TABLE %s EXCEPT ALL TABLE %s) x) + (SELECT count(*) FROM (TABLE %s EXCEPT ALL TABLE %s) y)', a, b, b, a) INTO n;
    RETURN n;
END $$;
SELECT t.table_name, pg_temp.same('week.' || t.table_name, 'days.' || t.table_name) AS differ,
       (SELECT count(*) FROM pg_constraint WHERE conrelid = ('days.' || t.table_name)::regclass) =
       (SELECT count(*) FROM pg_constraint WHERE conrelid = ('week.' || t.table_name)::regclass) AS same_keys
FROM synthgen.tables() t ORDER BY t.load_order;
-- jobs => 2 loads the same world, as_of included
SELECT count(*) FROM synthgen.generate('tiny', '2025-12-01 00:00+00', 24 * 7, target_schema => 'week2',
                                       as_of => '2025-12-08 00:00+00', jobs => 2);
SELECT t.table_name, pg_temp.same('week.' || t.table_name, 'week2.' || t.table_name) AS differ_jobs_2
FROM synthgen.tables() t ORDER BY t.load_order;
DROP SCHEMA week2 CASCADE;
-- appending costs the window: the keys stayed in place (the same constraints)
SELECT (SELECT count(*) FROM keys_first) AS keys,
       (SELECT count(*) FROM (SELECT oid, conname FROM pg_constraint WHERE connamespace = 'days'::regnamespace
                              EXCEPT SELECT * FROM keys_first) x) AS keys_rebuilt;
-- another world is refused, and nothing is written
\set VERBOSITY terse
SELECT count(*) FROM synthgen.generate('tiny', '2025-12-08 00:00+00', 24, target_schema => 'days',
                                       if_exists => 'append', seed => 8);
SELECT count(*) FROM synthgen.generate('tiny', '2025-12-08 00:00+00', 24, target_schema => 'days',
                                       if_exists => 'append', orders_per_day => 401);
SELECT count(*) AS orders_after_refusal FROM days.orders WHERE ordered_at >= '2025-12-08';
-- a window already loaded is a duplicate, not silently doubled
SELECT count(*) FROM synthgen.generate('tiny', '2025-12-03 00:00+00', 24, target_schema => 'days',
                                       if_exists => 'append', as_of => '2025-12-08 00:00+00');
\set VERBOSITY default
DROP SCHEMA week CASCADE;
DROP SCHEMA days CASCADE;
DELETE FROM synthgen.scenarios WHERE name = 'tiny';
RESET client_min_messages;

-- as_of before the window's end is an error
SELECT count(*) FROM synth_orders('baseline', '2025-12-01 00:00+00', 24, as_of => '2025-12-01 12:00+00');
SELECT count(*) FROM synthgen.generate('baseline', '2025-12-01 00:00+00', 24, as_of => '2025-12-01 12:00+00');
SELECT count(*) FROM synth_returns('baseline', '2025-12-01 00:00+00', 24, as_of => 'infinity');
