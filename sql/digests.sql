-- Golden digests: an accidental change to generation shows up here.  A
-- change on purpose bumps SG_ALGORITHM_VERSION (synthgen.version()) and
-- these digests together.  Text forms are made under fixed settings.
SET synthgen.timing = off;
SET TimeZone = 'UTC';
SET DateStyle = 'ISO, YMD';
SET extra_float_digits = 1;

SELECT synthgen.version();

SELECT 'customers' AS t, md5(string_agg(x::text, E'\n' ORDER BY customer_id)) FROM synth_customers('baseline', customers => 2000) x
UNION ALL
SELECT 'customers seed 99', md5(string_agg(x::text, E'\n' ORDER BY customer_id)) FROM synth_customers('flash_sale', seed => 99, customers => 2000) x
UNION ALL
SELECT 'suppliers', md5(string_agg(x::text, E'\n' ORDER BY supplier_id)) FROM synth_suppliers('baseline') x
UNION ALL
SELECT 'products', md5(string_agg(x::text, E'\n' ORDER BY product_id)) FROM synth_products('baseline') x
UNION ALL
SELECT 'campaigns', md5(string_agg(x::text, E'\n' ORDER BY campaign_id)) FROM synth_campaigns('holiday_peak', '2025-11-20 00:00+00', 1000) x;

-- and what they digest, to read
SELECT * FROM synth_customers('baseline', customers => 2000) ORDER BY customer_id LIMIT 3;
SELECT * FROM synth_suppliers('baseline') ORDER BY supplier_id LIMIT 3;
SELECT * FROM synth_products('baseline') ORDER BY product_id LIMIT 3;
