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
