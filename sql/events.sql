-- The rules every output keeps (docs/design.md) over a generated week of baseline:
-- keys resolve, unique columns are unique, money adds up, time runs
-- forward, nothing happens after the window's end.
SET synthgen.timing = off;
SET TimeZone = 'UTC';

\set w '''baseline'', ''2025-12-01 00:00+00'', 168'
CREATE TEMP TABLE o AS SELECT * FROM synth_orders(:w);
CREATE TEMP TABLE i AS SELECT * FROM synth_order_items(:w);
CREATE TEMP TABLE t AS SELECT * FROM synth_support_tickets(:w);
CREATE TEMP TABLE a AS SELECT * FROM synth_cart_abandonment(:w);
CREATE TEMP TABLE r AS SELECT * FROM synth_returns(:w);
CREATE TEMP TABLE m AS SELECT * FROM synth_system_metrics(:w);
CREATE TEMP TABLE c AS SELECT * FROM synth_customers('baseline');
CREATE TEMP TABLE p AS SELECT * FROM synth_products('baseline');
CREATE TEMP TABLE k AS SELECT * FROM synth_campaigns(:w);
ANALYZE o, i, t, a, r, m, c, p, k;

-- a look at the rows
SELECT * FROM o ORDER BY order_id LIMIT 3;
SELECT * FROM i ORDER BY order_id, line_no LIMIT 4;

-- sizes: a week of 2,000 orders a day, 70 % of carts abandoned (2.3 per
-- order), a minute per row
SELECT (SELECT count(*) FROM o) BETWEEN 12000 AND 16000 AS orders,
       (SELECT count(*) FROM i) > (SELECT count(*) FROM o) AS lines,
       (SELECT count(*) FROM a) BETWEEN 28000 AND 38000 AS carts,
       (SELECT count(*) FROM t) > 0 AS tickets, (SELECT count(*) FROM r) > 0 AS returns,
       (SELECT count(*) FROM m) AS minutes;

-- unique keys
SELECT (SELECT count(*) = count(DISTINCT order_id) FROM o) AS orders,
       (SELECT count(*) = count(DISTINCT (order_id, line_no)) FROM i) AS lines,
       (SELECT count(*) = count(DISTINCT ticket_id) FROM t) AS tickets,
       (SELECT count(*) = count(DISTINCT cart_id) FROM a) AS carts,
       (SELECT count(*) = count(DISTINCT return_id) FROM r) AS returns,
       (SELECT count(*) = count(DISTINCT ts) FROM m) AS minutes,
       (SELECT max(order_id) - min(order_id) + 1 = count(*) FROM o) AS dense_order_ids;

-- foreign keys resolve
SELECT (SELECT count(*) FROM o WHERE customer_id NOT IN (SELECT customer_id FROM c)) AS order_customer,
       (SELECT count(*) FROM o WHERE campaign_id IS NOT NULL AND campaign_id NOT IN (SELECT campaign_id FROM k)) AS order_campaign,
       (SELECT count(*) FROM i WHERE order_id NOT IN (SELECT order_id FROM o)) AS item_order,
       (SELECT count(*) FROM i WHERE product_id NOT IN (SELECT product_id FROM p)) AS item_product,
       (SELECT count(*) FROM o WHERE order_id NOT IN (SELECT order_id FROM i)) AS order_without_lines,
       (SELECT count(*) FROM t WHERE order_id IS NOT NULL AND order_id NOT IN (SELECT order_id FROM o)) AS ticket_order,
       (SELECT count(*) FROM t WHERE customer_id NOT IN (SELECT customer_id FROM c)) AS ticket_customer,
       (SELECT count(*) FROM t JOIN o USING (order_id) WHERE t.customer_id <> o.customer_id) AS ticket_wrong_customer;
SELECT (SELECT count(*) FROM a WHERE customer_id IS NOT NULL AND customer_id NOT IN (SELECT customer_id FROM c)) AS cart_customer,
       (SELECT count(*) FROM a WHERE product_id NOT IN (SELECT product_id FROM p)) AS cart_product,
       (SELECT count(*) FROM a JOIN c USING (customer_id) WHERE c.created_at > a.abandoned_at) AS cart_before_signup,
       (SELECT count(*) FROM a WHERE recovered_order_id IS NOT NULL AND recovered_order_id NOT IN (SELECT order_id FROM o)) AS cart_order,
       (SELECT count(*) FROM a JOIN o ON o.order_id = a.recovered_order_id
         WHERE o.customer_id <> a.customer_id OR o.ordered_at <= a.abandoned_at) AS recovery_mismatch,
       (SELECT count(*) FROM a WHERE recovered <> (recovered_order_id IS NOT NULL)) AS recovered_flag,
       (SELECT count(*) FROM r WHERE order_id NOT IN (SELECT order_id FROM o)) AS return_order,
       (SELECT count(*) FROM r WHERE NOT EXISTS (SELECT 1 FROM i WHERE i.order_id = r.order_id AND i.product_id = r.product_id)) AS return_product;

-- money: lines add up to the subtotal, the total formula, line totals
SELECT (SELECT count(*) FROM o JOIN (SELECT order_id, sum(line_total) AS s, sum(quantity) AS q FROM i GROUP BY order_id) x USING (order_id)
         WHERE o.subtotal <> x.s OR o.item_count <> x.q) AS subtotal_mismatch,
       (SELECT count(*) FROM o WHERE total <> subtotal - discount + shipping + tax) AS total_mismatch,
       (SELECT count(*) FROM i WHERE line_total <> unit_price * quantity - discount OR discount < 0 OR line_total <= 0) AS line_mismatch,
       (SELECT count(*) FROM i JOIN p USING (product_id) WHERE i.unit_price <> p.list_price) AS price_not_list,
       (SELECT count(*) FROM o WHERE subtotal <= 0 OR tax < 0 OR shipping < 0 OR discount < 0) AS negative,
       (SELECT count(*) FROM r JOIN i USING (order_id, product_id) WHERE r.refunded_amount > i.line_total) AS over_refund;

-- campaign discounts: only inside a running campaign, on its category
SELECT count(*) AS discount_outside_campaign
FROM i JOIN o USING (order_id) JOIN p USING (product_id)
WHERE i.discount > 0 AND NOT EXISTS (
    SELECT 1 FROM k WHERE o.ordered_at >= k.starts_at AND o.ordered_at < k.ends_at
                      AND (k.category IS NULL OR k.category = p.category));

-- time runs forward, nothing after the window's end
SELECT (SELECT count(*) FROM o JOIN c USING (customer_id) WHERE c.created_at > o.ordered_at) AS ordered_before_signup,
       (SELECT count(*) FROM o WHERE shipped_at < ordered_at OR delivered_at < shipped_at
                                 OR cancelled_at <= ordered_at
                                 OR (delivered_at IS NOT NULL AND shipped_at IS NULL)) AS out_of_order,
       (SELECT count(*) FROM o WHERE (status = 'delivered') <> (delivered_at IS NOT NULL)
                                 OR (status = 'cancelled') <> (cancelled_at IS NOT NULL)
                                 OR (status = 'shipped' AND (shipped_at IS NULL OR delivered_at IS NOT NULL))
                                 OR (status = 'processing' AND shipped_at IS NOT NULL)) AS status_mismatch,
       (SELECT count(*) FROM r JOIN o USING (order_id) WHERE o.status <> 'delivered' OR r.requested_at <= o.delivered_at) AS return_not_after_delivery,
       (SELECT count(*) FROM t JOIN o USING (order_id) WHERE t.opened_at <= o.ordered_at) AS ticket_before_order,
       (SELECT count(*) FROM t WHERE resolved_at <= opened_at OR (resolved_at IS NULL AND satisfaction IS NOT NULL)) AS ticket_times;
SELECT greatest((SELECT max(greatest(ordered_at, shipped_at, delivered_at, cancelled_at)) FROM o),
                (SELECT max(greatest(opened_at, resolved_at)) FROM t),
                (SELECT max(abandoned_at) FROM a), (SELECT max(requested_at) FROM r),
                (SELECT max(ts) FROM m)) < '2025-12-08 00:00+00' AS nothing_after_end,
       least((SELECT min(ordered_at) FROM o), (SELECT min(abandoned_at) FROM a),
             (SELECT min(ts) FROM m)) >= '2025-12-01 00:00+00' AS nothing_before_start;

-- as of the end, recent orders are still open, old ones mostly delivered
SELECT ordered_at >= '2025-12-07 00:00+00' AS last_day,
       round(100.0 * avg((status IN ('processing', 'shipped'))::int)) AS open_pct,
       round(100.0 * avg((status = 'delivered')::int)) AS delivered_pct
FROM o GROUP BY 1 ORDER BY 1;

-- the diurnal curve: quiet at night, peaks midday and evening
-- in the customer's own local time: the customers of central Europe's
-- countries (all on Europe/Berlin's rules but the Canary Islands)
CREATE TEMP TABLE oc AS
SELECT extract(hour FROM o.ordered_at AT TIME ZONE 'Europe/Berlin')::int AS h
FROM o JOIN c USING (customer_id)
WHERE c.country IN ('DE', 'FR', 'IT', 'NL', 'BE', 'AT', 'CH', 'SE') OR (c.country = 'ES' AND c.region <> 'Canary Islands');
SELECT round(corr(n, w)::numeric, 2) > 0.95 AS follows_diurnal
FROM (SELECT h, count(*) AS n FROM oc GROUP BY 1) x
JOIN (SELECT h - 1 AS h, w FROM synthgen.scenarios s, unnest(s.diurnal) WITH ORDINALITY AS u(w, h)
      WHERE s.name = 'baseline') d USING (h);
SELECT (SELECT count(*) FROM oc WHERE h = 4) * 5 < (SELECT count(*) FROM oc WHERE h = 12) AS night_quiet;

-- popularity is skewed: the top tenth of products carry >= 40% of the items
SELECT round(100.0 * sum(q) FILTER (WHERE rk <= (SELECT count(*) FROM p) / 10) / sum(q)) >= 40 AS top_tenth_carries_40pct
FROM (SELECT product_id, sum(quantity) AS q, rank() OVER (ORDER BY sum(quantity) DESC) AS rk
      FROM i GROUP BY product_id) x;
-- and the best sellers are the products ranked most popular
SELECT avg(p.popularity_rank) < (SELECT count(*) FROM p) / 20 AS best_sellers_rank_high
FROM (SELECT product_id FROM i GROUP BY product_id ORDER BY sum(quantity) DESC LIMIT 20) x JOIN p USING (product_id);

-- baskets and their values are right-skewed
SELECT avg(item_count) > percentile_disc(0.5) WITHIN GROUP (ORDER BY item_count) AS skewed_items,
       avg(total) > percentile_disc(0.5) WITHIN GROUP (ORDER BY total) AS skewed_values,
       max(item_count) >= 10 AS long_tail
FROM o;

-- metrics follow the orders: per hour, requests against orders
SELECT corr(req, n) > 0.7 AS metrics_follow_orders
FROM (SELECT date_trunc('hour', ts) AS h, sum(requests) AS req FROM m GROUP BY 1) x
JOIN (SELECT date_trunc('hour', ordered_at) AS h, count(*) AS n FROM o GROUP BY 1) y USING (h);
