-- synth_products: integrity, price rules, popularity ranks.
SET synthgen.timing = off;
SET TimeZone = 'UTC';

CREATE TEMP TABLE p AS SELECT * FROM synth_products('baseline', products => 100000, suppliers => 300);

SELECT * FROM p ORDER BY product_id LIMIT 5;

SELECT count(*), count(DISTINCT product_id) AS ids, min(product_id), max(product_id),
       count(DISTINCT sku) AS skus
FROM p;

-- the price rules: list_price > unit_cost > 0
SELECT count(*) FILTER (WHERE NOT (list_price > unit_cost AND unit_cost > 0)) AS bad_prices,
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

-- weights positive; stock_qty is the restock level (units on hand right
-- after a restock), never 0: being out of stock is an episode in time
-- (world.c, sg_product_stock_at); prices right-skewed (mean > median)
SELECT min(weight_kg) > 0 AS weights, min(stock_qty) > 0 AS restock_levels,
       avg(list_price) > percentile_disc(0.5) WITHIN GROUP (ORDER BY list_price) AS skewed_prices
FROM p;

-- prices belong to the kind of product (bands per noun, src/words.c): the
-- median of each noun where an analyst knows the price.  Design bands from
-- US online retail list prices.
SELECT b.noun, count(*) > 20 AS enough,
       percentile_disc(0.5) WITHIN GROUP (ORDER BY p.list_price) BETWEEN b.lo AND b.hi AS plausible_median
FROM (VALUES ('Lawn Mower', 100, 800), ('OLED TV', 900, 3500), ('Laptop', 350, 2500),
             ('Standing Desk', 250, 1200), ('Sleeping Bag', 35, 300), ('Crew Socks', 5, 30),
             ('Ankle Socks', 5, 30), ('Potato Chips', 1, 10), ('Paperback', 5, 25)) b (noun, lo, hi)
     JOIN p ON p.name LIKE '% ' || b.noun
GROUP BY b.noun, b.lo, b.hi ORDER BY b.noun;

-- price endings are varied: 9 is the most frequent ending of the penny and
-- dime digits in US scanner and Internet prices (Levy, Lee, Chen, Kauffman
-- and Bergen, "Price Points and Price Rigidity", Review of Economics and
-- Statistics 93(4), 2011), yet far from the only one; .99 on 20-70 % of
-- prices, no ending on more than 60 %, round .00 prices among dear items
-- (design bands)
SELECT avg((list_price % 1 = 0.99)::int) BETWEEN 0.2 AND 0.7 AS share_99,
       (SELECT max(c) FROM (SELECT count(*) c FROM p GROUP BY list_price % 1) e) <= 0.6 * count(*) AS no_dominant_ending,
       (SELECT count(*) FROM (SELECT 1 FROM p GROUP BY list_price % 1 HAVING count(*) > 0.03 * (SELECT count(*) FROM p)) e) >= 4 AS varied_endings,
       avg((list_price % 1 = 0)::int) FILTER (WHERE list_price >= 100) > 0.2 AS round_dear_prices
FROM p;

-- popularity depends on price and category: popularity_rank 1 is the best
-- seller, so ln(price) grows with ln(rank); groceries and beauty carry
-- more of the expected units (1 / rank under the Zipf draw of orders) than
-- their share of the catalog, garden tools less
SELECT corr(ln(list_price), ln(popularity_rank)) > 0.2 AS cheaper_sells_more,
       sum(1.0 / popularity_rank) FILTER (WHERE category IN ('Grocery', 'Beauty & Personal Care')) / sum(1.0 / popularity_rank)
         > 1.5 * avg((category IN ('Grocery', 'Beauty & Personal Care'))::int) AS groceries_beauty_sell,
       sum(1.0 / popularity_rank) FILTER (WHERE category = 'Garden & Tools') / sum(1.0 / popularity_rank)
         < avg((category = 'Garden & Tools')::int) AS garden_tools_sell_less
FROM p;

-- the same at the default catalog size, and on 90 days of orders: cheaper
-- items sell more (issue 14: corr(ln price, ln units) <= -0.2, measured
-- about -0.38) and no product carries more than 5 % of revenue (measured
-- about 2 %)
CREATE TEMP TABLE p2 AS SELECT * FROM synth_products('baseline', products => 2000);
SELECT avg((list_price % 1 = 0.99)::int) BETWEEN 0.2 AND 0.7 AS share_99,
       corr(ln(list_price), ln(popularity_rank)) > 0.2 AS cheaper_ranks_better
FROM p2;
CREATE TEMP TABLE units AS
SELECT product_id, sum(quantity) AS units, sum(line_total) AS revenue
FROM synth_order_items('baseline', '2025-09-01 00:00+00', 2160, orders_per_day => 2000, products => 2000)
GROUP BY product_id;
SELECT corr(ln(p2.list_price), ln(u.units)) <= -0.2 AS cheaper_sells_more,
       max(u.revenue) / sum(u.revenue) <= 0.05 AS no_dominant_product,
       count(*) > 1900 AS most_products_sell
FROM units u JOIN p2 USING (product_id);

-- created before the first customer sign-up, within 180 days of it
SELECT min(created_at) >= s.signups_from - interval '180 days' AS after,
       max(created_at) < s.signups_from AS before_signups
FROM p, synthgen.scenarios s WHERE s.name = 'baseline' GROUP BY s.signups_from;

SELECT count(*) FROM synth_products('baseline');
