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

SELECT 'orders' AS t, md5(string_agg(x::text, E'\n' ORDER BY order_id)) FROM synth_orders('flash_sale', '2025-12-01 00:00+00', 48) x
UNION ALL
SELECT 'order_items', md5(string_agg(x::text, E'\n' ORDER BY order_id, line_no)) FROM synth_order_items('flash_sale', '2025-12-01 00:00+00', 48) x
UNION ALL
SELECT 'support_tickets', md5(string_agg(x::text, E'\n' ORDER BY ticket_id)) FROM synth_support_tickets('system_outage', '2025-12-01 00:00+00', 240) x
UNION ALL
SELECT 'cart_abandonment', md5(string_agg(x::text, E'\n' ORDER BY cart_id)) FROM synth_cart_abandonment('system_outage', '2025-12-01 00:00+00', 48) x
UNION ALL
SELECT 'returns', md5(string_agg(x::text, E'\n' ORDER BY return_id)) FROM synth_returns('holiday_peak', '2025-12-01 00:00+00', 480) x
UNION ALL
SELECT 'system_metrics', md5(string_agg(x::text, E'\n' ORDER BY ts)) FROM synth_system_metrics('system_outage', '2025-12-01 00:00+00', 48) x;

SELECT * FROM synth_support_tickets('system_outage', '2025-12-01 00:00+00', 240) ORDER BY ticket_id LIMIT 3;
SELECT * FROM synth_cart_abandonment('system_outage', '2025-12-01 00:00+00', 48) ORDER BY cart_id LIMIT 3;
SELECT * FROM synth_returns('holiday_peak', '2025-12-01 00:00+00', 480) ORDER BY return_id LIMIT 3;
SELECT * FROM synth_system_metrics('system_outage', '2025-12-01 00:00+00', 48) ORDER BY ts LIMIT 3;
