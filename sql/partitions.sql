-- part/parts: the union of the slices is the whole, with the same ids, and
-- the slices are balanced.
SET synthgen.timing = off;

CREATE TEMP TABLE whole_c AS SELECT * FROM synth_customers('baseline', customers => 10000);
CREATE TEMP TABLE parts_c AS
    SELECT p AS part, c.* FROM generate_series(0, 2) p,
    LATERAL synth_customers('baseline', customers => 10000, part => p, parts => 3) c;
CREATE TEMP TABLE whole_s AS SELECT * FROM synth_suppliers('baseline', suppliers => 1000);
CREATE TEMP TABLE parts_s AS
    SELECT p AS part, s.* FROM generate_series(0, 2) p,
    LATERAL synth_suppliers('baseline', suppliers => 1000, part => p, parts => 3) s;
CREATE TEMP TABLE whole_p AS SELECT * FROM synth_products('baseline', products => 5000);
CREATE TEMP TABLE parts_p AS
    SELECT p AS part, x.* FROM generate_series(0, 2) p,
    LATERAL synth_products('baseline', products => 5000, part => p, parts => 3) x;
CREATE TEMP TABLE whole_k AS SELECT * FROM synth_campaigns('baseline', '2025-01-01 00:00+00', 7200);
CREATE TEMP TABLE parts_k AS
    SELECT p AS part, k.* FROM generate_series(0, 2) p,
    LATERAL synth_campaigns('baseline', '2025-01-01 00:00+00', 7200, part => p, parts => 3) k;

SELECT 'customers' AS t,
       (SELECT count(*) FROM whole_c) AS rows,
       (SELECT count(*) FROM (SELECT * FROM whole_c EXCEPT ALL SELECT customer_id, first_name, last_name, email, phone, address, city, region, country, postal_code, segment, marketing_opt_in, created_at, password_hash FROM parts_c) d) +
       (SELECT count(*) FROM (SELECT customer_id, first_name, last_name, email, phone, address, city, region, country, postal_code, segment, marketing_opt_in, created_at, password_hash FROM parts_c EXCEPT ALL SELECT * FROM whole_c) d) AS differ,
       (SELECT array_agg(n ORDER BY part) FROM (SELECT part, count(*) AS n FROM parts_c GROUP BY part) s) AS slice_rows
UNION ALL
SELECT 'suppliers', (SELECT count(*) FROM whole_s),
       (SELECT count(*) FROM (SELECT * FROM whole_s EXCEPT ALL SELECT supplier_id, name, country, contact_email, lead_time_days, reliability FROM parts_s) d) +
       (SELECT count(*) FROM (SELECT supplier_id, name, country, contact_email, lead_time_days, reliability FROM parts_s EXCEPT ALL SELECT * FROM whole_s) d),
       (SELECT array_agg(n ORDER BY part) FROM (SELECT part, count(*) AS n FROM parts_s GROUP BY part) s)
UNION ALL
SELECT 'products', (SELECT count(*) FROM whole_p),
       (SELECT count(*) FROM (SELECT * FROM whole_p EXCEPT ALL SELECT product_id, sku, name, category, subcategory, supplier_id, unit_cost, list_price, weight_kg, stock_qty, popularity_rank, created_at FROM parts_p) d) +
       (SELECT count(*) FROM (SELECT product_id, sku, name, category, subcategory, supplier_id, unit_cost, list_price, weight_kg, stock_qty, popularity_rank, created_at FROM parts_p EXCEPT ALL SELECT * FROM whole_p) d),
       (SELECT array_agg(n ORDER BY part) FROM (SELECT part, count(*) AS n FROM parts_p GROUP BY part) s)
UNION ALL
SELECT 'campaigns', (SELECT count(*) FROM whole_k),
       (SELECT count(*) FROM (SELECT * FROM whole_k EXCEPT ALL SELECT campaign_id, name, kind, starts_at, ends_at, discount_pct, category, channel FROM parts_k) d) +
       (SELECT count(*) FROM (SELECT campaign_id, name, kind, starts_at, ends_at, discount_pct, category, channel FROM parts_k EXCEPT ALL SELECT * FROM whole_k) d),
       (SELECT array_agg(n ORDER BY part) FROM (SELECT part, count(*) AS n FROM parts_k GROUP BY part) s);

-- slices are contiguous id ranges in order
SELECT part, min(customer_id), max(customer_id) FROM parts_c GROUP BY part ORDER BY part;

-- more parts than rows: some slices are empty, the union still exact
SELECT sum(n) AS rows, count(*) FILTER (WHERE n = 0) AS empty_slices
FROM (SELECT p, (SELECT count(*) FROM synth_suppliers('baseline', suppliers => 5, part => p, parts => 8)) AS n
      FROM generate_series(0, 7) p) s;

-- the event tables: three slices, for every function, equal the whole
CREATE FUNCTION pg_temp.slices_differ(fn text, parts int) RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
    n bigint;
BEGIN
    EXECUTE format($q$
        WITH whole AS (SELECT x::text AS r FROM %1$s('holiday_peak', '2025-12-01 00:00+00', 72) x),
             sliced AS (SELECT x::text AS r FROM generate_series(0, %2$s - 1) p,
                        LATERAL %1$s('holiday_peak', '2025-12-01 00:00+00', 72, part => p, parts => %2$s) x)
        SELECT (SELECT count(*) FROM (SELECT r FROM whole EXCEPT ALL SELECT r FROM sliced) d) +
               (SELECT count(*) FROM (SELECT r FROM sliced EXCEPT ALL SELECT r FROM whole) d)$q$, fn, parts)
    INTO n;
    RETURN n;
END $$;
SELECT fn, pg_temp.slices_differ(fn, 3) AS differ_3, pg_temp.slices_differ(fn, 7) AS differ_7
FROM unnest(ARRAY['synth_orders', 'synth_order_items', 'synth_support_tickets',
                  'synth_cart_abandonment', 'synth_returns', 'synth_system_metrics']) fn;

-- balanced: order slices differ by at most one order
SELECT max(n) - min(n) <= 1 AS balanced
FROM (SELECT p, (SELECT count(*) FROM synth_orders('baseline', '2025-12-01 00:00+00', 48, part => p, parts => 5)) AS n
      FROM generate_series(0, 4) p) s;
