-- synth_products: integrity, price rules, popularity ranks.
SET synthgen.timing = off;
SET TimeZone = 'UTC';

CREATE TEMP TABLE p AS SELECT * FROM synth_products('baseline', products => 100000, suppliers => 300);

SELECT * FROM p ORDER BY product_id LIMIT 5;

SELECT count(*), count(DISTINCT product_id) AS ids, min(product_id), max(product_id),
       count(DISTINCT sku) AS skus
FROM p;

-- the price rules: list_price > unit_cost > 0, at .99
SELECT count(*) FILTER (WHERE NOT (list_price > unit_cost AND unit_cost > 0)) AS bad_prices,
       count(*) FILTER (WHERE list_price % 1 <> 0.99) AS not_99,
       min(round(100 * (1 - unit_cost / list_price))) AS min_margin_pct,
       max(round(100 * (1 - unit_cost / list_price))) AS max_margin_pct
FROM p;

-- every supplier_id is a supplier of synth_suppliers with the same arguments
SELECT count(*) AS dangling
FROM p LEFT JOIN synth_suppliers('baseline', suppliers => 300) s USING (supplier_id)
WHERE s.supplier_id IS NULL;
SELECT count(DISTINCT supplier_id) = 300 AS all_suppliers_used FROM p;

-- popularity_rank is a permutation of 1..n
SELECT count(DISTINCT popularity_rank) AS ranks, min(popularity_rank), max(popularity_rank) FROM p;

-- categories come from the catalog, each subcategory in one category
SELECT count(*) FILTER (WHERE category <> ALL (synthgen.category_names())) AS unknown_categories,
       count(DISTINCT category) AS categories,
       count(DISTINCT subcategory) >= 50 AS many_subcategories
FROM p;
SELECT count(*) AS subcategories_in_two_categories
FROM (SELECT subcategory FROM p GROUP BY subcategory HAVING count(DISTINCT category) > 1) s;

-- skus carry the category code; names read "Brand Adjective Noun" (each
-- brand and adjective its category's, sql/people.sql)
SELECT count(*) FILTER (WHERE sku !~ '^[A-Z]{3}-[0-9]{6,}$') AS bad_skus,
       count(*) FILTER (WHERE name !~ '^[A-Z][a-zA-Z]+ [A-Z][A-Za-z-]* [A-Z0-9]') AS odd_names,
       count(DISTINCT name) > 30000 AS varied_names
FROM p;

-- weights positive; about 4% out of stock; prices right-skewed (mean > median)
SELECT min(weight_kg) > 0 AS weights, round(100.0 * avg((stock_qty = 0)::int)) AS out_of_stock_pct,
       min(stock_qty) >= 0 AS stock_ok,
       avg(list_price) > percentile_disc(0.5) WITHIN GROUP (ORDER BY list_price) AS skewed_prices
FROM p;

-- created before the first customer sign-up, within 180 days of it
SELECT min(created_at) >= s.signups_from - interval '180 days' AS after,
       max(created_at) < s.signups_from AS before_signups
FROM p, synthgen.scenarios s WHERE s.name = 'baseline' GROUP BY s.signups_from;

SELECT count(*) FROM synth_products('baseline');
