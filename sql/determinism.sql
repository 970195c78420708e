-- Same arguments, same rows: whatever TimeZone, DateStyle, lc_monetary or
-- extra_float_digits say; other seeds give other rows.
SET synthgen.timing = off;

CREATE TEMP TABLE a_cust AS SELECT * FROM synth_customers('baseline', seed => 42, customers => 20000);
CREATE TEMP TABLE a_supp AS SELECT * FROM synth_suppliers('baseline', seed => 42);
CREATE TEMP TABLE a_prod AS SELECT * FROM synth_products('baseline', seed => 42);
CREATE TEMP TABLE a_camp AS SELECT * FROM synth_campaigns('flash_sale', '2025-12-01 00:00+00', 2000, seed => 42);

SET TimeZone = 'Pacific/Chatham';
SET DateStyle = 'SQL, DMY';
SET lc_monetary = 'C';
SET extra_float_digits = -3;
SET IntervalStyle = 'sql_standard';

CREATE TEMP TABLE b_cust AS SELECT * FROM synth_customers('baseline', seed => 42, customers => 20000);
CREATE TEMP TABLE b_supp AS SELECT * FROM synth_suppliers('baseline', seed => 42);
CREATE TEMP TABLE b_prod AS SELECT * FROM synth_products('baseline', seed => 42);
CREATE TEMP TABLE b_camp AS SELECT * FROM synth_campaigns('flash_sale', '2025-12-01 00:00+00', 2000, seed => 42);

RESET ALL;
SET synthgen.timing = off;

-- differences both ways, row for row (EXCEPT ALL)
SELECT 'customers' AS t, (SELECT count(*) FROM a_cust) AS rows,
       (SELECT count(*) FROM (TABLE a_cust EXCEPT ALL TABLE b_cust) d) +
       (SELECT count(*) FROM (TABLE b_cust EXCEPT ALL TABLE a_cust) d) AS differ
UNION ALL
SELECT 'suppliers', (SELECT count(*) FROM a_supp),
       (SELECT count(*) FROM (TABLE a_supp EXCEPT ALL TABLE b_supp) d) +
       (SELECT count(*) FROM (TABLE b_supp EXCEPT ALL TABLE a_supp) d)
UNION ALL
SELECT 'products', (SELECT count(*) FROM a_prod),
       (SELECT count(*) FROM (TABLE a_prod EXCEPT ALL TABLE b_prod) d) +
       (SELECT count(*) FROM (TABLE b_prod EXCEPT ALL TABLE a_prod) d)
UNION ALL
SELECT 'campaigns', (SELECT count(*) FROM a_camp),
       (SELECT count(*) FROM (TABLE a_camp EXCEPT ALL TABLE b_camp) d) +
       (SELECT count(*) FROM (TABLE b_camp EXCEPT ALL TABLE a_camp) d);

-- the same call twice in one statement
SELECT count(*) AS differ FROM (
    SELECT * FROM synth_customers('baseline', seed => 7, customers => 5000)
    EXCEPT ALL
    SELECT * FROM synth_customers('baseline', seed => 7, customers => 5000)) d;

-- other seeds: other people, other products (a few coincidences are fine)
SELECT count(*) < 50 AS mostly_different FROM (
    SELECT first_name, last_name, city FROM synth_customers('baseline', seed => 1, customers => 5000)
    INTERSECT ALL
    SELECT first_name, last_name, city FROM synth_customers('baseline', seed => 2, customers => 5000)) d;
SELECT count(*) < 20 AS mostly_different FROM (
    SELECT product_id, name, list_price FROM synth_products('baseline', seed => 1)
    INTERSECT
    SELECT product_id, name, list_price FROM synth_products('baseline', seed => 2)) d;
SELECT count(*) < 5 AS mostly_different FROM (
    SELECT supplier_id, name FROM synth_suppliers('baseline', seed => 1)
    INTERSECT
    SELECT supplier_id, name FROM synth_suppliers('baseline', seed => 2)) d;

-- the event tables: a day of each scenario under two sets of settings
CREATE TEMP TABLE ev_a AS
SELECT s.name AS scenario,
       (SELECT md5(string_agg(x::text, '|' ORDER BY x.order_id)) FROM synth_orders(s.name, '2025-12-01 00:00+00', 48, seed => 3) x) AS orders,
       (SELECT md5(string_agg(x::text, '|' ORDER BY x.order_id, x.line_no)) FROM synth_order_items(s.name, '2025-12-01 00:00+00', 48, seed => 3) x) AS items,
       (SELECT md5(string_agg(x::text, '|' ORDER BY x.ticket_id)) FROM synth_support_tickets(s.name, '2025-12-01 00:00+00', 48, seed => 3) x) AS tickets,
       (SELECT md5(string_agg(x::text, '|' ORDER BY x.cart_id)) FROM synth_cart_abandonment(s.name, '2025-12-01 00:00+00', 48, seed => 3) x) AS carts,
       (SELECT md5(string_agg(x::text, '|' ORDER BY x.return_id)) FROM synth_returns(s.name, '2025-12-01 00:00+00', 48, seed => 3) x) AS returns,
       (SELECT md5(string_agg(x::text, '|' ORDER BY x.ts)) FROM synth_system_metrics(s.name, '2025-12-01 00:00+00', 48, seed => 3) x) AS metrics
FROM synthgen.scenarios s WHERE s.shipped;

-- the digests above are of text forms, which follow the settings: store
-- the rows instead, and compare them under one setting
CREATE TEMP TABLE ev_rows_a AS SELECT * FROM synth_orders('system_outage', '2025-12-01 00:00+00', 48, seed => 3);
CREATE TEMP TABLE ev_met_a AS SELECT * FROM synth_system_metrics('system_outage', '2025-12-01 00:00+00', 48, seed => 3);
SET TimeZone = 'America/St_Johns';
SET DateStyle = 'German';
SET lc_monetary = 'C';
CREATE TEMP TABLE ev_rows_b AS SELECT * FROM synth_orders('system_outage', '2025-12-01 00:00+00', 48, seed => 3);
CREATE TEMP TABLE ev_met_b AS SELECT * FROM synth_system_metrics('system_outage', '2025-12-01 00:00+00', 48, seed => 3);
RESET TimeZone;
RESET DateStyle;
SELECT (SELECT count(*) FROM ev_rows_a) AS orders,
       (SELECT count(*) FROM (TABLE ev_rows_a EXCEPT ALL TABLE ev_rows_b) d) +
       (SELECT count(*) FROM (TABLE ev_rows_b EXCEPT ALL TABLE ev_rows_a) d) AS orders_differ,
       (SELECT count(*) FROM (TABLE ev_met_a EXCEPT ALL TABLE ev_met_b) d) +
       (SELECT count(*) FROM (TABLE ev_met_b EXCEPT ALL TABLE ev_met_a) d) AS metrics_differ;

-- recomputed, the same: every table twice in one session
SELECT count(*) AS scenarios_that_differ FROM ev_a s
WHERE (s.orders, s.items, s.tickets, s.carts, s.returns, s.metrics) IS DISTINCT FROM (
       (SELECT md5(string_agg(x::text, '|' ORDER BY x.order_id)) FROM synth_orders(s.scenario, '2025-12-01 00:00+00', 48, seed => 3) x),
       (SELECT md5(string_agg(x::text, '|' ORDER BY x.order_id, x.line_no)) FROM synth_order_items(s.scenario, '2025-12-01 00:00+00', 48, seed => 3) x),
       (SELECT md5(string_agg(x::text, '|' ORDER BY x.ticket_id)) FROM synth_support_tickets(s.scenario, '2025-12-01 00:00+00', 48, seed => 3) x),
       (SELECT md5(string_agg(x::text, '|' ORDER BY x.cart_id)) FROM synth_cart_abandonment(s.scenario, '2025-12-01 00:00+00', 48, seed => 3) x),
       (SELECT md5(string_agg(x::text, '|' ORDER BY x.return_id)) FROM synth_returns(s.scenario, '2025-12-01 00:00+00', 48, seed => 3) x),
       (SELECT md5(string_agg(x::text, '|' ORDER BY x.ts)) FROM synth_system_metrics(s.scenario, '2025-12-01 00:00+00', 48, seed => 3) x));

-- other seeds, other orders
SELECT count(*) < 10 AS mostly_different FROM (
    SELECT order_id, customer_id, total FROM synth_orders('baseline', '2025-12-01 00:00+00', 24, seed => 1)
    INTERSECT
    SELECT order_id, customer_id, total FROM synth_orders('baseline', '2025-12-01 00:00+00', 24, seed => 2)) d;
