-- Believable commerce (issue 14): 90 days of the shipped scenarios at their
-- default counts, measured as an analyst would, each against a band from
-- a public source named beside it.  Each check prints its measure and
-- whether it is inside the band.  The 1.x/early-2.0 model failed every
-- one of them (issue 14's table: 0 % one-order buyers, 0 % customers who
-- never buy, top decile 14 %, mean/median 3.05, corr 0.002, one product
-- 23 % of revenue, 0.70 carts per order, 3.5 % of recovered carts with
-- their product, a sitewide campaign 0.999x, 37 % of AU/NZ orders at night).
SET synthgen.timing = off;

CREATE TEMP TABLE o AS
SELECT * FROM synth_orders('baseline', '2025-08-01 00:00+00', 2160);
CREATE TEMP TABLE li AS
SELECT * FROM synth_order_items('baseline', '2025-08-01 00:00+00', 2160);
CREATE TEMP TABLE ca AS
SELECT * FROM synth_cart_abandonment('baseline', '2025-08-01 00:00+00', 2160);
CREATE TEMP TABLE cu AS
SELECT customer_id, segment, country, created_at FROM synth_customers('baseline');
CREATE TEMP TABLE pr AS
SELECT product_id, category, subcategory, list_price FROM synth_products('baseline');
CREATE TEMP TABLE per AS
SELECT customer_id, count(*) AS n, sum(total) AS revenue FROM o GROUP BY 1;

-- Customers.  Olist (Brazilian E-Commerce Public Dataset, 2016-2018):
-- 96,096 customers placed 99,441 orders, 97 % of them once in two years;
-- shops' repeat-customer rates are 20-30 % (Shopify and Metrilo
-- benchmarks), so over 90 days 45-80 % of buyers bought once.
SELECT round(100.0 * avg((n = 1)::int), 1) AS one_order_pct,
       avg((n = 1)::int) BETWEEN 0.45 AND 0.80 AS in_band
FROM per;
-- Many accounts never buy: of the customers signed up before the window
-- ends, at least 20 % ordered nothing in it.  Olist again: 97 % of its
-- 96,096 customers bought once in two years, so in any one quarter well
-- over 80 % of a shop's accounts place no order; 20 % is a floor any shop
-- with more than a season of accounts clears
SELECT round(100.0 * avg((per.customer_id IS NULL)::int), 1) AS no_order_pct,
       avg((per.customer_id IS NULL)::int) >= 0.20 AS in_band
FROM cu LEFT JOIN per USING (customer_id)
WHERE cu.created_at < '2025-10-30 00:00+00';
-- Pareto: the top 10 % of buyers carry at least 35 % of revenue (UCI
-- Online Retail II, 2009-2011: the top decile of customers is about 60 %
-- of sales; consumer shops are less concentrated)
SELECT round(100 * sum(revenue) / (SELECT sum(revenue) FROM per), 1) AS top_decile_pct,
       sum(revenue) / (SELECT sum(revenue) FROM per) >= 0.35 AS in_band
FROM (SELECT revenue FROM per ORDER BY revenue DESC LIMIT (SELECT count(*) / 10 FROM per)) t;
-- purchase frequency is overdispersed: repeat buying follows a negative
-- binomial, not a Poisson law (Ehrenberg, "Repeat-Buying", 1988): the
-- variance of orders per customer is at least 1.5 x their mean
SELECT round(var_pop(coalesce(n, 0)) / avg(coalesce(n, 0)), 1) AS variance_over_mean,
       var_pop(coalesce(n, 0)) / avg(coalesce(n, 0)) >= 1.5 AS in_band
FROM cu LEFT JOIN per USING (customer_id)
WHERE cu.created_at < '2025-08-01 00:00+00';
-- segments mean something: vip customers order several times as often as
-- regular ones (>= 3x: the segment's own definition), business customers
-- spend more per order (>= 1.5x: B2B orders average about 3x B2C ones,
-- $491 against $147 in Shopify's figures quoted by cleverbridge, "7 Key
-- Differences Between B2C and B2B Ecommerce Models")
SELECT round((SELECT count(*) FROM o JOIN cu USING (customer_id) WHERE segment = 'vip')::numeric
             / (SELECT count(*) FROM cu WHERE segment = 'vip')
             / ((SELECT count(*) FROM o JOIN cu USING (customer_id) WHERE segment = 'regular')::numeric
                / (SELECT count(*) FROM cu WHERE segment = 'regular')), 1) AS vip_vs_regular_orders,
       round((SELECT avg(total) FROM o JOIN cu USING (customer_id) WHERE segment = 'business')
             / (SELECT avg(total) FROM o JOIN cu USING (customer_id) WHERE segment <> 'business'), 1)
           AS business_vs_consumer_aov;
SELECT (SELECT count(*) FROM o JOIN cu USING (customer_id) WHERE segment = 'vip')::numeric
       / (SELECT count(*) FROM cu WHERE segment = 'vip')
       >= 3 * (SELECT count(*) FROM o JOIN cu USING (customer_id) WHERE segment = 'regular')::numeric
          / (SELECT count(*) FROM cu WHERE segment = 'regular') AS vip_in_band,
       (SELECT avg(total) FROM o JOIN cu USING (customer_id) WHERE segment = 'business')
       >= 1.5 * (SELECT avg(total) FROM o JOIN cu USING (customer_id) WHERE segment <> 'business')
           AS business_in_band;
-- first-time buyers order soon after signing up: of the customers who
-- signed up in the window's first two months and bought, most bought
-- within two weeks of signing up (design band: at least half)
SELECT avg((first_order - created_at < interval '14 days')::int) >= 0.5 AS new_buyers_soon
FROM (SELECT cu.created_at, min(o.ordered_at) AS first_order
      FROM cu JOIN o USING (customer_id)
      WHERE cu.created_at >= '2025-08-01 00:00+00' AND cu.created_at < '2025-10-01 00:00+00'
      GROUP BY cu.customer_id, cu.created_at) t;
-- and never before: no order precedes its customer's sign-up
SELECT count(*) AS orders_before_signup FROM o JOIN cu USING (customer_id) WHERE o.ordered_at < cu.created_at;

-- Order values are lognormal-like: Olist's payments have mean/median 1.54
-- and sd of ln 0.96; bands mean/median 1.4-2.2, sd(ln total) 0.8-1.2
SELECT round(avg(total) / percentile_cont(0.5) WITHIN GROUP (ORDER BY total)::numeric, 2) AS mean_over_median,
       avg(total) / percentile_cont(0.5) WITHIN GROUP (ORDER BY total)::numeric BETWEEN 1.4 AND 2.2 AS in_band,
       round(stddev(ln(total))::numeric, 2) AS sd_ln_total,
       stddev(ln(total)) BETWEEN 0.8 AND 1.2 AS sd_in_band
FROM o WHERE total > 0;
-- Baskets: Olist, 90 % of orders hold one product; general retail holds a
-- few more: 55-90 % of orders with one product
SELECT round(100.0 * avg((k = 1)::int), 1) AS one_product_pct, avg((k = 1)::int) BETWEEN 0.55 AND 0.90 AS in_band
FROM (SELECT order_id, count(*) AS k FROM li GROUP BY 1) t;
-- quantities depend on the kind of product: a television is bought one at
-- a time (at most 1 % of TV lines hold 3 or more), groceries in multiples
-- (at least 30 % of Grocery lines hold 2 or more); design bands
SELECT round(100.0 * avg((quantity >= 3)::int) FILTER (WHERE subcategory = 'Televisions'), 1) AS tv_lines_3plus_pct,
       coalesce(avg((quantity >= 3)::int) FILTER (WHERE subcategory = 'Televisions') <= 0.01, true) AS tv_in_band,
       avg((quantity >= 2)::int) FILTER (WHERE category = 'Grocery') >= 0.30 AS grocery_in_band
FROM li JOIN pr USING (product_id);

-- Prices and popularity: cheaper products sell more (a demand curve:
-- corr(ln price, ln units) <= -0.2 over the products sold) and no single
-- product carries more than 5 % of revenue in a 2,000-product shop
SELECT round(corr(ln(list_price), ln(units))::numeric, 2) AS corr_ln_price_units,
       corr(ln(list_price), ln(units)) <= -0.2 AS in_band
FROM (SELECT product_id, sum(quantity) AS units FROM li GROUP BY 1) s JOIN pr USING (product_id);
SELECT round(100 * max(revenue) / sum(revenue), 1) AS top_product_pct, max(revenue) / sum(revenue) <= 0.05 AS in_band
FROM (SELECT product_id, sum(line_total) AS revenue FROM li GROUP BY 1) t;

-- Carts.  Baymard Institute (49 studies, 2024): 70.19 % of shopping carts
-- are abandoned, 2.35 abandoned carts per order; band 1.9-3.0
SELECT round((SELECT count(*) FROM ca)::numeric / (SELECT count(*) FROM o), 2) AS carts_per_order,
       (SELECT count(*) FROM ca)::numeric / (SELECT count(*) FROM o) BETWEEN 1.9 AND 3.0 AS in_band;
-- recovery is the same customer buying the cart: every recovered cart's
-- order is that customer's, placed later, and holds the cart's product
SELECT count(*) AS recovered,
       count(*) FILTER (WHERE o.customer_id = ca.customer_id AND o.ordered_at > ca.abandoned_at
                          AND l.order_id IS NOT NULL) AS consistent
FROM ca JOIN o ON o.order_id = ca.recovered_order_id
LEFT JOIN (SELECT DISTINCT order_id, product_id FROM li) l
       ON l.order_id = ca.recovered_order_id AND l.product_id = ca.product_id
WHERE ca.recovered;
-- and carts that got further recover more (payment more than browse);
-- guests are never recovered
SELECT (SELECT avg(recovered::int) FROM ca WHERE stage = 'payment')
       > 3 * (SELECT avg(recovered::int) FROM ca WHERE stage = 'browse') AS payment_recovers_most,
       (SELECT count(*) FROM ca WHERE customer_id IS NULL AND recovered) AS recovered_guests;

-- Campaigns lift demand: the hours of a sitewide regular campaign of 10 %
-- off or more hold at least 1.15 x the orders of the same hours one week
-- before and after (Bijmolt, van Heerde and Pieters, "New Empirical
-- Generalizations on the Determinants of Price Elasticity", Journal of
-- Marketing Research 42(2), 2005: a meta-analysis of 1,851 elasticities,
-- mean -2.62, so 10 % off sells about 1.26x)
CREATE TEMP TABLE ol AS
SELECT ordered_at FROM synth_orders('baseline', '2025-07-10 00:00+00', 46 * 24);
SELECT count(*) > 0 AS some_campaign, bool_and(lift >= 1.15) AS sitewide_lift_ok
FROM (SELECT c.campaign_id,
             (SELECT count(*) FROM ol WHERE ordered_at >= c.starts_at AND ordered_at < c.ends_at)::numeric
             / nullif(((SELECT count(*) FROM ol WHERE ordered_at >= c.starts_at - interval '7 days'
                                                 AND ordered_at < c.ends_at - interval '7 days')
                       + (SELECT count(*) FROM ol WHERE ordered_at >= c.starts_at + interval '7 days'
                                                   AND ordered_at < c.ends_at + interval '7 days')) / 2.0, 0) AS lift
      FROM synth_campaigns('baseline', '2025-07-17 00:00+00', 24 * 24) c
      WHERE c.category IS NULL AND c.kind NOT IN ('flash_sale', 'holiday') AND c.discount_pct >= 10
        AND c.ends_at - c.starts_at <= interval '8 days'
        AND c.starts_at >= '2025-07-17 00:00+00' AND c.ends_at <= '2025-08-18 00:00+00') t;

-- ... and through its channel: social and SMS campaigns bring their extra
-- customers through the app, the others through the web shop (Adobe
-- Digital Insights, Q1 2019, via eMarketer: 70.5 % of US social referrals
-- to retail sites come from smartphones).  Orders placed while only
-- sitewide app-channel (or only web-channel) campaigns run, against the
-- hours of the same five weeks with no regular campaign at all; bands
-- 1.15x (app share) and 1.10x (web share)
CREATE TEMP TABLE och AS
SELECT ordered_at, channel FROM synth_orders('baseline', '2024-12-27 00:00+00', 30 * 24);
CREATE TEMP TABLE cch AS
SELECT * FROM synth_campaigns('baseline', '2024-12-01 00:00+00', 60 * 24)
WHERE kind NOT IN ('flash_sale', 'holiday');
WITH k AS (
    SELECT o.channel,
           CASE WHEN NOT EXISTS (SELECT FROM cch c WHERE o.ordered_at >= c.starts_at AND o.ordered_at < c.ends_at)
                THEN 'none'
                WHEN NOT EXISTS (SELECT FROM cch c WHERE o.ordered_at >= c.starts_at AND o.ordered_at < c.ends_at
                                 AND (c.category IS NOT NULL OR c.channel NOT IN ('social', 'sms')))
                THEN 'app'
                WHEN NOT EXISTS (SELECT FROM cch c WHERE o.ordered_at >= c.starts_at AND o.ordered_at < c.ends_at
                                 AND (c.category IS NOT NULL OR c.channel IN ('social', 'sms')))
                THEN 'web' END AS running
    FROM och o),
s AS (SELECT running, count(*) AS n, avg((channel = 'mobile_app')::int) AS app, avg((channel = 'web')::int) AS web
      FROM k GROUP BY running)
SELECT (SELECT n FROM s WHERE running = 'app') >= 1000 AS enough_app_hours,
       (SELECT n FROM s WHERE running = 'web') >= 1000 AS enough_web_hours,
       (SELECT app FROM s WHERE running = 'app') / (SELECT app FROM s WHERE running = 'none') >= 1.15 AS app_lift_ok,
       (SELECT web FROM s WHERE running = 'web') / (SELECT web FROM s WHERE running = 'none') >= 1.10 AS web_lift_ok;

-- Customers weigh price differently, and loyalty lowers price sensitivity
-- (Krishnamurthi and Raj, Marketing Science 10(2), 1991: loyal buyers'
-- price elasticity is lower); coupon use concentrates in a coupon-prone
-- minority (Bawa and Shoemaker, Journal of Marketing 51(4), 1987).  Design
-- bands: vip customers pay >= 1.15x regular customers' average unit
-- price, regular customers use coupons >= 1.5x as often as vip ones
WITH s AS (
    SELECT cu.segment, avg(i.unit_price) AS unit_price
    FROM synth_order_items('baseline', '2025-08-01 00:00+00', 2160) i
    JOIN o USING (order_id) JOIN cu USING (customer_id) GROUP BY cu.segment),
c AS (SELECT cu.segment, avg((o.discount > 0)::int) AS coupons FROM o JOIN cu USING (customer_id) GROUP BY cu.segment)
SELECT (SELECT unit_price FROM s WHERE segment = 'vip') / (SELECT unit_price FROM s WHERE segment = 'regular') >= 1.15
         AS vip_buy_dearer,
       (SELECT coupons FROM c WHERE segment = 'regular') / (SELECT coupons FROM c WHERE segment = 'vip') >= 1.5
         AS regular_use_coupons;

-- Local time: each customer orders in their own; per country at most 10 %
-- of orders fall between 00:00 and 06:00 local (US: Census Bureau's
-- quarterly e-commerce reports and Adobe's hourly shares put the night at
-- a few %); the zone of the customer's city, checked with PostgreSQL's
-- own time zone database
SELECT country, count(*) >= 100 AS enough,
       avg((extract(hour FROM o.ordered_at AT TIME ZONE
                    CASE country WHEN 'US' THEN 'America/Chicago' WHEN 'CA' THEN 'America/Toronto'
                                 WHEN 'GB' THEN 'Europe/London' WHEN 'IE' THEN 'Europe/Dublin'
                                 WHEN 'AU' THEN 'Australia/Sydney' WHEN 'NZ' THEN 'Pacific/Auckland'
                                 ELSE 'Europe/Berlin' END) < 6)::int) <= 0.10 AS night_in_band
FROM o JOIN cu USING (customer_id)
GROUP BY country ORDER BY country;

-- Carts are priced at their instant: a one-item cart costs its product's
-- list price less the best discount running then for its category (the
-- flash sale, or a regular campaign), as the order would
CREATE TEMP TABLE fsc AS
SELECT * FROM synth_campaigns('flash_sale', '2025-12-04 00:00+00', 72);
SELECT count(*) >= 50 AS enough_single_carts,
       count(*) FILTER (WHERE best > 0) >= 10 AS some_discounted,
       count(*) FILTER (WHERE a.cart_value <> (p.list_price * 100 - floor(p.list_price * 100 * best / 100)) / 100)
         AS mispriced
FROM synth_cart_abandonment('flash_sale', '2025-12-05 00:00+00', 24) a
JOIN synth_products('flash_sale') p USING (product_id)
CROSS JOIN LATERAL (SELECT coalesce(max(c.discount_pct), 0) AS best FROM fsc c
                    WHERE a.abandoned_at >= c.starts_at AND a.abandoned_at < c.ends_at
                      AND (c.category IS NULL OR c.category = p.category)) d
WHERE a.quantity = 1;

-- Stock: products out of stock are sold only as visible backorders, which
-- wait for the restock (no ship date yet)
SELECT count(*) > 0 AS some_backorders,
       count(*) FILTER (WHERE shipped_at IS NOT NULL OR delivered_at IS NOT NULL) AS backorders_shipped
FROM o WHERE status = 'backordered';

-- Every shipped scenario is a believable shop outside its events too:
-- carts per order (30 days) and one-order buyers (90 days) in their bands
SELECT s.name,
       (SELECT count(*) FROM synth_cart_abandonment(s.name, '2025-09-01 00:00+00', 720))::numeric
       / (SELECT count(*) FROM synth_orders(s.name, '2025-09-01 00:00+00', 720)) BETWEEN 1.9 AND 3.0 AS carts_in_band,
       (SELECT avg((n = 1)::int) FROM (SELECT count(*) AS n FROM synth_orders(s.name, '2025-08-01 00:00+00', 2160)
                                       GROUP BY customer_id) t) BETWEEN 0.45 AND 0.80 AS one_order_in_band
FROM synthgen.scenarios s WHERE s.shipped AND s.name <> 'baseline' ORDER BY s.name;
