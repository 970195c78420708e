-- The scenario catalog, version and categories.
SET synthgen.timing = off;

SELECT synthgen.version();
SELECT synthgen.category_names();

SELECT name, seed, orders_per_day, customers, products, suppliers, campaigns_per_month, shipped
FROM synthgen.scenarios ORDER BY name;
-- each shipped scenario's events, as processes in absolute time
SELECT name, flash_sale_every_days AS flash_every, flash_sale_start_hour AS at, flash_sale_hours AS h,
       flash_sale_multiplier AS x, flash_sale_discount_pct AS off, flash_sale_category AS category,
       holiday_multiplier AS holiday_x, holiday_discount_pct AS holiday_off,
       outage_every_days AS outage_every, outage_minutes_min AS min, outage_minutes_max AS max,
       outage_order_multiplier AS outage_x, disruption_every_days AS disruption_every,
       disruption_days_min AS dmin, disruption_days_max AS dmax
FROM synthgen.scenarios ORDER BY name;

-- the curves sum to something positive and have the promised shapes:
-- quiet at night, peaks at midday and in the evening
SELECT name,
       diurnal[4] < diurnal[13] AND diurnal[4] < diurnal[20] AS night_quiet,
       diurnal[13] > diurnal[16] AND diurnal[20] > diurnal[16] AS two_peaks
FROM synthgen.scenarios ORDER BY name;

-- pg_dump keeps user-added scenarios (not the shipped ones) and the whole run log
SELECT x.cfg::regclass AS config_table, x.cond AS dumped_rows
FROM pg_extension e, unnest(e.extconfig, e.extcondition) AS x(cfg, cond)
WHERE e.extname = 'synthgen' ORDER BY x.cfg::regclass::text;

-- a user's own scenario works at once ...
INSERT INTO synthgen.scenarios
    (name, description, orders_per_day, customers, products, suppliers,
     signups_from, signups_until, diurnal, weekly)
VALUES ('tiny_shop', 'a small shop', 100, 50, 20, 3,
        '2024-01-01 00:00+00', '2025-01-01 00:00+00',
        '{1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1}', '{1,1,1,1,1,1,1}');
SELECT count(*) AS customers, min(created_at) >= '2024-01-01 00:00+00' AS after_from,
       max(created_at) < '2025-01-01 00:00+00' AS before_until
FROM synth_customers('tiny_shop');
SELECT count(*) AS products, max(supplier_id) <= 3 AS suppliers_ok FROM synth_products('tiny_shop');

-- ... and bad rows are refused by CHECK constraints, not at generation time
\set VERBOSITY terse
\set cols '(name, description, orders_per_day, customers, products, suppliers, signups_from, signups_until, diurnal, weekly'
\set ok_d '''{1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1}'''
\set ok_w '''{1,1,1,1,1,1,1}'''
INSERT INTO synthgen.scenarios :cols) VALUES ('Bad Name', 'x', 100, 50, 20, 3, '2024-01-01', '2025-01-01', :ok_d, :ok_w);
INSERT INTO synthgen.scenarios :cols) VALUES ('bad', 'x', 0, 50, 20, 3, '2024-01-01', '2025-01-01', :ok_d, :ok_w);
INSERT INTO synthgen.scenarios :cols) VALUES ('bad', 'x', 100, 0, 20, 3, '2024-01-01', '2025-01-01', :ok_d, :ok_w);
INSERT INTO synthgen.scenarios :cols) VALUES ('bad', 'x', 100, 50, 20000000, 3, '2024-01-01', '2025-01-01', :ok_d, :ok_w);
INSERT INTO synthgen.scenarios :cols) VALUES ('bad', 'x', 100, 50, 20, -1, '2024-01-01', '2025-01-01', :ok_d, :ok_w);
INSERT INTO synthgen.scenarios :cols) VALUES ('bad', 'x', 100, 50, 20, 3, '2025-01-01', '2024-01-01', :ok_d, :ok_w);
INSERT INTO synthgen.scenarios :cols) VALUES ('bad', 'x', 100, 50, 20, 3, '2024-01-01', '2099-01-01', :ok_d, :ok_w);
INSERT INTO synthgen.scenarios :cols) VALUES ('bad', 'x', 100, 50, 20, 3, '2024-01-01', 'infinity', :ok_d, :ok_w);
INSERT INTO synthgen.scenarios :cols) VALUES ('bad', 'x', 100, 50, 20, 3, '-infinity', '2024-01-01', :ok_d, :ok_w);
INSERT INTO synthgen.scenarios :cols) VALUES ('bad', 'x', 100, 50, 20, 3, '2024-01-01', '2025-01-01', '{1,1,1}', :ok_w);
INSERT INTO synthgen.scenarios :cols) VALUES ('bad', 'x', 100, 50, 20, 3, '2024-01-01', '2025-01-01', '{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}', :ok_w);
INSERT INTO synthgen.scenarios :cols) VALUES ('bad', 'x', 100, 50, 20, 3, '2024-01-01', '2025-01-01', '{1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,-1}', :ok_w);
INSERT INTO synthgen.scenarios :cols) VALUES ('bad', 'x', 100, 50, 20, 3, '2024-01-01', '2025-01-01', '{1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,NULL}', :ok_w);
INSERT INTO synthgen.scenarios :cols) VALUES ('bad', 'x', 100, 50, 20, 3, '2024-01-01', '2025-01-01', :ok_d, '{{1,1,1,1,1,1,1}}');
INSERT INTO synthgen.scenarios :cols, seed) VALUES ('bad', 'x', 100, 50, 20, 3, '2024-01-01', '2025-01-01', :ok_d, :ok_w, NULL);
INSERT INTO synthgen.scenarios :cols, flash_sale_every_days) VALUES ('bad', 'x', 100, 50, 20, 3, '2024-01-01', '2025-01-01', :ok_d, :ok_w, -7);
INSERT INTO synthgen.scenarios :cols, flash_sale_every_days, flash_sale_hours) VALUES ('bad', 'x', 100, 50, 20, 3, '2024-01-01', '2025-01-01', :ok_d, :ok_w, 1, 25);
INSERT INTO synthgen.scenarios :cols, flash_sale_start_hour) VALUES ('bad', 'x', 100, 50, 20, 3, '2024-01-01', '2025-01-01', :ok_d, :ok_w, 24);
INSERT INTO synthgen.scenarios :cols, flash_sale_multiplier) VALUES ('bad', 'x', 100, 50, 20, 3, '2024-01-01', '2025-01-01', :ok_d, :ok_w, 0);
INSERT INTO synthgen.scenarios :cols, flash_sale_discount_pct) VALUES ('bad', 'x', 100, 50, 20, 3, '2024-01-01', '2025-01-01', :ok_d, :ok_w, 95);
INSERT INTO synthgen.scenarios :cols, flash_sale_category) VALUES ('bad', 'x', 100, 50, 20, 3, '2024-01-01', '2025-01-01', :ok_d, :ok_w, 'Spaceships');
INSERT INTO synthgen.scenarios :cols, holiday_multiplier) VALUES ('bad', 'x', 100, 50, 20, 3, '2024-01-01', '2025-01-01', :ok_d, :ok_w, 0.5);
INSERT INTO synthgen.scenarios :cols, outage_every_days, outage_minutes_max) VALUES ('bad', 'x', 100, 50, 20, 3, '2024-01-01', '2025-01-01', :ok_d, :ok_w, 1, 1441);
INSERT INTO synthgen.scenarios :cols, outage_minutes_min, outage_minutes_max) VALUES ('bad', 'x', 100, 50, 20, 3, '2024-01-01', '2025-01-01', :ok_d, :ok_w, 90, 60);
INSERT INTO synthgen.scenarios :cols, outage_order_multiplier) VALUES ('bad', 'x', 100, 50, 20, 3, '2024-01-01', '2025-01-01', :ok_d, :ok_w, 1.5);
INSERT INTO synthgen.scenarios :cols, disruption_days_min, disruption_days_max) VALUES ('bad', 'x', 100, 50, 20, 3, '2024-01-01', '2025-01-01', :ok_d, :ok_w, 10, 5);
INSERT INTO synthgen.scenarios :cols, disruption_every_days) VALUES ('bad', 'x', 100, 50, 20, 3, '2024-01-01', '2025-01-01', :ok_d, :ok_w, 4000);
INSERT INTO synthgen.scenarios :cols, utc_offset_hours) VALUES ('bad', 'x', 100, 50, 20, 3, '2024-01-01', '2025-01-01', :ok_d, :ok_w, 15);
INSERT INTO synthgen.scenarios :cols, cancel_rate_pct) VALUES ('bad', 'x', 100, 50, 20, 3, '2024-01-01', '2025-01-01', :ok_d, :ok_w, 101);
\set VERBOSITY default
SELECT count(*) AS bad_rows FROM synthgen.scenarios WHERE name = 'bad';

DELETE FROM synthgen.scenarios WHERE name = 'tiny_shop';
