-- Believable operations (issue 15, points 1-3): fulfilment, returns and
-- tickets on 90 days of baseline at its default counts, as an analyst
-- would measure them, each against a band from the public source named
-- beside it.  Each check prints whether it is inside its band (the
-- numbers themselves are in docs/design.md, "Fulfilment, returns and
-- tickets").  The model before issue 15 failed every one of them (the
-- issue's table: median delivery 2.4 days for every country, 27 % of
-- shipments at night, returns 3.2-3.4 % of lines in every category,
-- refunds above what was paid, no promised date, WISMO after delivery,
-- CSAT 1-star 0.1 %, channels 25 % each); the survey check also fails on
-- the build before the survey answers (every resolved ticket rated).
SET synthgen.timing = off;

CREATE TEMP TABLE o AS
SELECT * FROM synth_orders('baseline', '2025-08-01 00:00+00', 2160);
CREATE TEMP TABLE li AS
SELECT order_id, product_id, quantity, line_total FROM synth_order_items('baseline', '2025-08-01 00:00+00', 2160);
CREATE TEMP TABLE t AS
SELECT * FROM synth_support_tickets('baseline', '2025-08-01 00:00+00', 2160);
CREATE TEMP TABLE r AS
SELECT * FROM synth_returns('baseline', '2025-08-01 00:00+00', 2160);
-- the customer's zone: their country's main one (within a few hours of
-- every city's, enough for "night" and "business hours")
CREATE TEMP TABLE cu AS
SELECT customer_id, country,
       CASE country WHEN 'US' THEN 'America/Chicago' WHEN 'CA' THEN 'America/Toronto'
                    WHEN 'GB' THEN 'Europe/London' WHEN 'IE' THEN 'Europe/Dublin'
                    WHEN 'AU' THEN 'Australia/Sydney' WHEN 'NZ' THEN 'Pacific/Auckland'
                    ELSE 'Europe/Berlin' END AS tz
FROM synth_customers('baseline');
CREATE TEMP TABLE pr AS
SELECT product_id, category FROM synth_products('baseline');
-- the orders with a return, and with a damage return
CREATE TEMP TABLE ro AS
SELECT order_id, bool_or(reason IN ('damaged_in_transit', 'defective')) AS damage
FROM r GROUP BY order_id;
CREATE TEMP TABLE d AS
SELECT o.*, cu.country, cu.tz, extract(epoch FROM delivered_at - ordered_at) / 86400 AS days
FROM o JOIN cu USING (customer_id) WHERE delivered_at IS NOT NULL;

-- ---------------------------------------------------------------------
-- Fulfilment
-- ---------------------------------------------------------------------

-- Delivery time has a long tail: median 3-10 days and p95 at least twice
-- the median (Olist, Brazilian E-Commerce Public Dataset 2016-2018:
-- median about 10 days from purchase to delivery, a tail past 30 days)
SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY days) BETWEEN 3 AND 10
       AND percentile_cont(0.95) WITHIN GROUP (ORDER BY days)
           >= 2 * percentile_cont(0.5) WITHIN GROUP (ORDER BY days) AS delivery_in_band
FROM d;
-- Domestic parcels are faster than international ones: the US median at
-- most 0.7 x that of overseas countries (carriers' service standards:
-- ground 2-5 days in the US, USPS Priority Mail International 6-10
-- business days)
SELECT (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY days) FROM d WHERE country = 'US')
       <= 0.7 * (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY days) FROM d
                 WHERE country NOT IN ('US', 'CA')) AS domestic_faster,
       (SELECT count(DISTINCT round(m::numeric, 0)) FROM
           (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY days) AS m FROM d GROUP BY country) x)
       >= 4 AS countries_differ;
-- Warehouses and carriers keep working hours: at most 5 % of shipments
-- between 00:00 and 06:00 of the store's clock (UTC for baseline) and of
-- deliveries between 00:00 and 06:00 of the customer's, none shipped or
-- delivered on a Sunday (carriers' published delivery days: USPS, UPS
-- and FedEx Ground deliver Monday-Saturday; issue 15 measured 27 % / 25 %
-- at night before)
SELECT avg((extract(hour FROM shipped_at AT TIME ZONE 'UTC') < 6)::int) <= 0.05 AS shipments_by_day,
       count(*) FILTER (WHERE extract(isodow FROM shipped_at AT TIME ZONE 'UTC') = 7) AS shipped_sunday
FROM o WHERE shipped_at IS NOT NULL;
SELECT avg((extract(hour FROM delivered_at AT TIME ZONE tz) < 6)::int) <= 0.05 AS deliveries_by_day,
       avg((extract(isodow FROM delivered_at AT TIME ZONE tz) = 7)::int) <= 0.01 AS no_sunday_deliveries
FROM d;
-- "Late" is defined by the promise: every order has promised_at after it
-- was placed, and 5-12 % of delivered orders arrive after it (Olist: 8.1 %
-- of delivered orders after the estimated delivery date)
SELECT count(*) FILTER (WHERE promised_at IS NULL OR promised_at <= ordered_at) AS bad_promises
FROM o;
SELECT avg((delivered_at > promised_at)::int) BETWEEN 0.05 AND 0.12 AS late_in_band
FROM d;

-- ---------------------------------------------------------------------
-- Returns
-- ---------------------------------------------------------------------

-- lines of orders delivered in the window's first 60 days: their return
-- window has passed by its end
CREATE TEMP TABLE rl AS
SELECT li.order_id, li.product_id, li.quantity, pr.category, r.quantity AS returned,
       r.reason, r.return_id IS NOT NULL AS is_returned
FROM li JOIN d USING (order_id) JOIN pr USING (product_id)
LEFT JOIN r ON r.order_id = li.order_id AND r.product_id = li.product_id
WHERE d.delivered_at < '2025-09-30 00:00+00';

-- Return rates depend on the category (return benchmarks by category,
-- e.g. Corso and Red Stag Fulfillment 2024: apparel 25-40 %, electronics
-- 8-15 %, consumables a few %): Clothing and Shoes lines 25-40 % and at
-- least 2 x Electronics, Electronics 8-15 %, Grocery at most 2 %
SELECT avg(is_returned::int) FILTER (WHERE category IN ('Clothing', 'Shoes')) BETWEEN 0.25 AND 0.40
           AS apparel_in_band,
       avg(is_returned::int) FILTER (WHERE category = 'Electronics') BETWEEN 0.08 AND 0.15
           AS electronics_in_band,
       avg(is_returned::int) FILTER (WHERE category IN ('Clothing', 'Shoes'))
       >= 2 * avg(is_returned::int) FILTER (WHERE category = 'Electronics') AS apparel_twice,
       avg(is_returned::int) FILTER (WHERE category = 'Grocery') <= 0.02 AS grocery_rare
FROM rl;
-- ... and overall 12-25 % of delivered orders come back (NRF and Appriss
-- Retail, 2023: 17.6 % of merchandise bought online was returned; 20.4 %
-- of e-commerce orders in 2024)
SELECT avg((ro.order_id IS NOT NULL)::int) BETWEEN 0.12 AND 0.25 AS return_share_in_band
FROM d LEFT JOIN ro USING (order_id) WHERE delivered_at < '2025-09-30 00:00+00';
-- Reasons belong to the category: wrong_size only for Clothing and Shoes
-- (size is the first reason for apparel, 30-40 %; issue 15 found it on a
-- quarter of Books and Grocery returns)
SELECT count(*) FILTER (WHERE category NOT IN ('Clothing', 'Shoes') AND reason = 'wrong_size')
           AS wrong_size_elsewhere,
       avg((reason = 'wrong_size')::int) FILTER (WHERE category IN ('Clothing', 'Shoes')) >= 0.30
           AS size_leads_apparel
FROM rl WHERE is_returned;
-- Partial returns: of multi-unit lines sent back, at least 20 % return
-- fewer units than were bought, and never more
SELECT avg((returned < quantity)::int) FILTER (WHERE quantity > 1) >= 0.20 AS partial_returns,
       count(*) FILTER (WHERE returned > quantity OR returned < 1) AS bad_quantities
FROM rl WHERE is_returned;
-- Refunds are what was paid for the units sent back (their share of the
-- line less the line's share of the coupon; tax and shipping are not
-- goods): no order gets back more than it paid for its goods (issue 15:
-- 770 orders did), and a partial return less than the line
SELECT count(*) AS refunded_more_than_paid
FROM (SELECT order_id, sum(refunded_amount) AS refunded FROM r GROUP BY 1) x JOIN o USING (order_id)
WHERE refunded > o.subtotal - o.discount;
SELECT count(*) FILTER (WHERE r.refunded_amount > 0 AND r.quantity < li.quantity
                        AND r.refunded_amount >= li.line_total) AS partial_refunded_whole
FROM r JOIN li USING (order_id, product_id);
-- Returns come soon after delivery: at least 85 % within two weeks, none
-- before (retailers' return windows are 30 days; most requests come in
-- the first days after delivery, Narvar's consumer studies); and
-- arrived_late only on late orders (issue 15: 2,567 on orders delivered
-- within three days)
SELECT avg((requested_at <= o.delivered_at + interval '14 days')::int) >= 0.85 AS soon_after_delivery,
       count(*) FILTER (WHERE requested_at <= o.delivered_at) AS before_delivery,
       count(*) FILTER (WHERE reason = 'arrived_late' AND o.delivered_at <= o.promised_at) AS late_reason_on_time,
       count(*) FILTER (WHERE reason = 'arrived_late') > 0 AS some_late_reasons
FROM r JOIN o USING (order_id);

-- ---------------------------------------------------------------------
-- Tickets
-- ---------------------------------------------------------------------

CREATE TEMP TABLE tk AS
SELECT t.*, o.ordered_at, o.shipped_at, o.delivered_at, o.promised_at, cu.tz,
       extract(epoch FROM resolved_at - opened_at) / 3600 AS hours
FROM t LEFT JOIN o ON o.order_id = t.ticket_id / 4 AND t.ticket_id % 4 <> 3
JOIN cu ON cu.customer_id = t.customer_id;

-- Support load: 5-12 tickets per 100 orders, 25-55 % of them "where is
-- my order" (Gorgias's benchmark: 6.7 tickets per 100 orders, a 4-7 %
-- median contact rate and 10-15 % in troubled categories; vendors'
-- benchmarks put WISMO at 30-50 % of post-purchase tickets)
SELECT count(*)::numeric / (SELECT count(*) FROM o) BETWEEN 0.05 AND 0.12 AS load_in_band,
       avg((category = 'where_is_my_order')::int) BETWEEN 0.25 AND 0.55 AS wismo_share_in_band
FROM tk;
-- WISMO comes while an order is late or in transit: at least 80 % of
-- them (issue 15: 40 % were opened after delivery); damaged_item only
-- after delivery, at least 90 % with the order's damage return; most
-- return_refund tickets (>= 70 %) about an order with a return (issue 15:
-- 62 % of damage tickets before delivery, 7 % of return tickets with one)
SELECT avg((opened_at >= shipped_at AND (delivered_at IS NULL OR opened_at < delivered_at))::int) >= 0.80
           AS wismo_while_waiting
FROM tk WHERE category = 'where_is_my_order';
SELECT count(*) FILTER (WHERE delivered_at IS NULL OR opened_at <= delivered_at) AS damage_before_delivery,
       avg(coalesce(ro.damage, false)::int) >= 0.90 AS with_damage_return
FROM tk LEFT JOIN ro USING (order_id) WHERE category = 'damaged_item';
SELECT avg((ro.order_id IS NOT NULL)::int) >= 0.70 AS returns_have_returns
FROM tk LEFT JOIN ro USING (order_id) WHERE category = 'return_refund';
-- Channels and hours: email and chat at least 60 % (support benchmarks:
-- email and chat carry most e-commerce tickets, phone a minority), at
-- least 70 % opened between 08:00 and 20:00 of the customer's day
SELECT avg((channel IN ('email', 'chat'))::int) >= 0.60 AS mostly_email_chat,
       avg((extract(hour FROM opened_at AT TIME ZONE tz) BETWEEN 8 AND 19)::int) >= 0.70 AS business_hours
FROM tk;
-- Resolution depends on priority, with a long tail: the urgent median at
-- most a third of the low one, p99 at least 5 x the median, the median
-- 4-24 hours (Gorgias: median resolution 8.3 hours)
SELECT (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY hours) FROM tk WHERE priority = 'urgent')
       <= (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY hours) FROM tk WHERE priority = 'low') / 3
           AS priority_matters,
       percentile_cont(0.99) WITHIN GROUP (ORDER BY hours)
       >= 5 * percentile_cont(0.5) WITHIN GROUP (ORDER BY hours)
       AND percentile_cont(0.5) WITHIN GROUP (ORDER BY hours) BETWEEN 4 AND 24 AS long_tail_in_band
FROM tk WHERE resolved_at IS NOT NULL;
-- CSAT is J-shaped: 1 star 3-15 %, 5 stars the most common, 2 stars
-- rarer than 1 (Hu, Pavlou and Zhang, "Overcoming the J-shaped
-- distribution of product reviews", CACM 2009); lower on late orders by
-- at least half a star (Olist: 2.55 stars late vs 4.28 on time)
SELECT avg((satisfaction = 1)::int) BETWEEN 0.03 AND 0.15
       AND mode() WITHIN GROUP (ORDER BY satisfaction) = 5
       AND count(*) FILTER (WHERE satisfaction = 2) < count(*) FILTER (WHERE satisfaction = 1) AS j_shaped,
       avg(satisfaction) FILTER (WHERE delivered_at > promised_at)
       <= avg(satisfaction) FILTER (WHERE delivered_at <= promised_at) - 0.5 AS late_is_unhappy
FROM tk WHERE satisfaction IS NOT NULL;
-- Only some customers answer the survey: 10-40 % of resolved tickets have
-- a CSAT (Sonassi publishes its own: 20.09 % over the last 30 days;
-- support-desk guides call 10-20 % typical and 20-30 % good), fewer of
-- the tickets resolved in the last day (the answer takes its time), and
-- none of an unresolved one
SELECT avg((satisfaction IS NOT NULL)::int) BETWEEN 0.10 AND 0.40 AS some_answer,
       avg((satisfaction IS NOT NULL)::int) FILTER (WHERE resolved_at >= '2025-10-29 00:00+00')
       < avg((satisfaction IS NOT NULL)::int) FILTER (WHERE resolved_at < '2025-10-29 00:00+00') / 2
           AS answers_take_time,
       (SELECT count(*) FROM tk WHERE resolved_at IS NULL AND satisfaction IS NOT NULL) = 0
           AS only_resolved_rated
FROM tk WHERE resolved_at IS NOT NULL;

-- ---------------------------------------------------------------------
-- Scenarios are baseline plus their events
-- ---------------------------------------------------------------------

-- With the same seed and counts, outside a scenario's event periods (and
-- the two hours of pent-up demand after an outage), tickets per 100
-- orders and the share of orders returned are baseline's within 3 %
-- (issue 15: flash_sale had 4.46 vs 3.58 tickets per 100 orders and
-- 9.0 vs 8.0 % returns, from the scenario rows' own rates); and the
-- outages bring payment tickets (a design band: checkouts that fail are
-- what customers write about).  Another scenario's ids shift after its
-- first event, so its orders are another sample of the same world: 90
-- days of orders, with their tickets and returns as known two months
-- later, keep that noise near 1 %.
CREATE TEMP TABLE sc AS SELECT name FROM synthgen.scenarios WHERE shipped;
CREATE TEMP TABLE se AS
SELECT sc.name, e.kind, e.starts_at, e.ends_at
FROM sc, synthgen.events(sc.name, '2025-08-01 00:00+00', 2160) e;
-- the minutes of each scenario's events and their tails
CREATE TEMP TABLE sx AS
SELECT DISTINCT name, m
FROM se, generate_series(date_trunc('minute', starts_at), ends_at + interval '2 hours', interval '1 minute') m;
CREATE TEMP TABLE so AS
SELECT sc.name, x.order_id
FROM sc, synth_orders(sc.name, '2025-08-01 00:00+00', 2160) x
WHERE NOT EXISTS (SELECT 1 FROM sx WHERE sx.name = sc.name AND sx.m = date_trunc('minute', x.ordered_at));
-- known two months after the window: every order's tickets and returns
CREATE TEMP TABLE st AS
SELECT sc.name, x.ticket_id / 4 AS order_id, count(*) AS n
FROM sc, synth_support_tickets(sc.name, '2025-08-01 00:00+00', 2160, as_of => '2025-12-29 00:00+00') x
WHERE x.ticket_id % 4 <> 3 GROUP BY 1, 2;
CREATE TEMP TABLE sr AS
SELECT DISTINCT sc.name, x.order_id
FROM sc, synth_returns(sc.name, '2025-08-01 00:00+00', 2160, as_of => '2025-12-29 00:00+00') x;
CREATE TEMP TABLE sm AS
SELECT so.name, count(*) AS orders, coalesce(sum(st.n), 0) AS tickets, count(sr.order_id) AS returned
FROM so
LEFT JOIN st ON st.name = so.name AND st.order_id = so.order_id
LEFT JOIN sr ON sr.name = so.name AND sr.order_id = so.order_id
GROUP BY so.name;
SELECT s.name,
       abs(s.tickets::numeric / s.orders / (b.tickets::numeric / b.orders) - 1) <= 0.03 AS tickets_as_baseline,
       abs(s.returned::numeric / s.orders / (b.returned::numeric / b.orders) - 1) <= 0.03 AS returns_as_baseline
FROM sm s, sm b WHERE b.name = 'baseline' ORDER BY s.name;
SELECT count(*) > 0 AS outage_payment_tickets
FROM synth_support_tickets('system_outage', '2025-08-01 00:00+00', 720) x
JOIN se ON se.name = 'system_outage' AND se.kind = 'system_outage'
WHERE x.category = 'payment' AND x.opened_at >= se.starts_at AND x.opened_at < se.ends_at + interval '1 day';
