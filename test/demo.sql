-- synthgen demo: the master tables of the baseline scenario, each loaded
-- with INSERT ... SELECT; every function prints its own timing NOTICE.
\set VERBOSITY terse
CREATE EXTENSION synthgen CASCADE;
SET client_min_messages = notice;
SET synthgen.timing = notice;

CREATE UNLOGGED TABLE customers OF synthgen.customer_row;
CREATE UNLOGGED TABLE suppliers OF synthgen.supplier_row;
CREATE UNLOGGED TABLE products  OF synthgen.product_row;
CREATE UNLOGGED TABLE campaigns OF synthgen.campaign_row;

\echo
\echo '== generating baseline: 1,000,000 customers, 100 suppliers, 2,000 products, 30 days of campaigns'
\timing on
INSERT INTO customers SELECT * FROM synth_customers('baseline', customers => 1000000);
INSERT INTO suppliers SELECT * FROM synth_suppliers('baseline');
INSERT INTO products  SELECT * FROM synth_products('baseline');
INSERT INTO campaigns SELECT * FROM synth_campaigns('baseline', '2025-11-01 00:00+00', 720);
\timing off

\echo
\echo '== a few rows'
SELECT customer_id, first_name, last_name, email, city, country, segment, created_at
FROM customers ORDER BY customer_id LIMIT 5;
SELECT product_id, sku, name, category, list_price, popularity_rank FROM products
ORDER BY popularity_rank LIMIT 5;
SELECT * FROM campaigns;

\echo '== rows per table'
SELECT 'customers' AS "table", count(*) AS rows FROM customers
UNION ALL SELECT 'suppliers', count(*) FROM suppliers
UNION ALL SELECT 'products', count(*) FROM products
UNION ALL SELECT 'campaigns', count(*) FROM campaigns;
