-- Each scenario's signature is visible in the data and in the correlated
-- tables: compared against the same hours of day outside the
-- event, in the same window.
SET synthgen.timing = off;
SET TimeZone = 'UTC';

-- flash_sale: 4 hours from 2025-12-02 12:00 (36 h after the start), 40% off Electronics
CREATE TEMP TABLE fo AS SELECT * FROM synth_orders('flash_sale', '2025-12-01 00:00+00', 96);
CREATE TEMP TABLE fi AS SELECT * FROM synth_order_items('flash_sale', '2025-12-01 00:00+00', 96);
CREATE TEMP TABLE fa AS SELECT * FROM synth_cart_abandonment('flash_sale', '2025-12-01 00:00+00', 96);
CREATE TEMP TABLE fm AS SELECT * FROM synth_system_metrics('flash_sale', '2025-12-01 00:00+00', 96);
CREATE TEMP VIEW fwin AS SELECT tstzrange('2025-12-02 12:00+00', '2025-12-02 16:00+00') AS w;

SELECT round((SELECT count(*) FROM fo, fwin WHERE ordered_at <@ w)::numeric /
             (SELECT count(*) / 3.0 FROM fo, fwin WHERE NOT ordered_at <@ w
                AND extract(hour FROM ordered_at) BETWEEN 12 AND 15), 1) >= 3 AS rate_3x_outside,
       (SELECT avg((stage = 'payment')::int) FROM fa, fwin WHERE abandoned_at <@ w) >
       2 * (SELECT avg((stage = 'payment')::int) FROM fa, fwin WHERE NOT abandoned_at <@ w) AS payment_abandonment_up,
       (SELECT percentile_disc(0.5) WITHIN GROUP (ORDER BY p95_ms) FROM fm, fwin WHERE ts <@ w) >
       2 * (SELECT percentile_disc(0.5) WITHIN GROUP (ORDER BY p95_ms) FROM fm, fwin WHERE NOT ts <@ w
              AND extract(hour FROM ts) BETWEEN 12 AND 15) AS latency_up;
-- the sale's category sells, at 40% off
SELECT p.category = 'Electronics' AS top_category_in_sale, round(100 * sum(i.discount) / sum(i.unit_price * i.quantity)) AS discount_pct
FROM fi i JOIN fo o USING (order_id), fwin,
     synth_products('flash_sale') p
WHERE i.product_id = p.product_id AND o.ordered_at <@ w
GROUP BY p.category ORDER BY sum(i.quantity) DESC LIMIT 1;

-- system_outage: 3 hours from 2025-12-02 06:00
CREATE TEMP TABLE oo AS SELECT * FROM synth_orders('system_outage', '2025-12-01 00:00+00', 96);
CREATE TEMP TABLE oa AS SELECT * FROM synth_cart_abandonment('system_outage', '2025-12-01 00:00+00', 96);
CREATE TEMP TABLE ot AS SELECT * FROM synth_support_tickets('system_outage', '2025-12-01 00:00+00', 96);
CREATE TEMP TABLE om AS SELECT * FROM synth_system_metrics('system_outage', '2025-12-01 00:00+00', 96);
CREATE TEMP VIEW owin AS SELECT tstzrange('2025-12-02 06:00+00', '2025-12-02 09:00+00') AS w;

SELECT (SELECT avg(error_rate) FROM om, owin WHERE ts <@ w) >=
       5 * (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY error_rate) FROM om) AS errors_5x_median,
       (SELECT avg(p99_ms) FROM om, owin WHERE ts <@ w) > 10 * (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY p99_ms) FROM om) AS latency_spike,
       (SELECT count(*) FROM oo, owin WHERE ordered_at <@ w) * 3 <
       (SELECT count(*) / 3.0 FROM oo, owin WHERE NOT ordered_at <@ w AND extract(hour FROM ordered_at) BETWEEN 6 AND 8) AS orders_collapse,
       (SELECT count(*) FROM oa, owin WHERE abandoned_at <@ w) >
       1.5 * (SELECT count(*) / 3.0 FROM oa, owin WHERE NOT abandoned_at <@ w AND extract(hour FROM abandoned_at) BETWEEN 6 AND 8) AS abandonment_spike,
       (SELECT count(*) FROM ot, owin WHERE category = 'payment' AND opened_at <@ tstzrange(lower(w), upper(w) + interval '3 hours')) >
       5 * (SELECT count(*) / 3.0 FROM ot, owin WHERE category = 'payment' AND opened_at < lower(w) - interval '12 hours'
              AND extract(hour FROM opened_at) BETWEEN 6 AND 11) AS payment_tickets_spike;
-- and it recovers: the hours after the window are back to (or above) normal
SELECT (SELECT count(*) FROM oo WHERE ordered_at >= '2025-12-02 09:00+00' AND ordered_at < '2025-12-02 11:00+00') >=
       (SELECT count(*) / 3.0 FROM oo WHERE extract(hour FROM ordered_at) IN (9, 10)
          AND NOT ordered_at::date = '2025-12-02') AS recovers,
       (SELECT max(error_rate) FROM om WHERE ts >= '2025-12-02 09:00+00') < 0.05 AS errors_recover;

-- holiday_peak: a ten-day ramp to the peak, gift-heavy baskets, slower shipping, where-is-my-order tickets
CREATE TEMP TABLE ho AS SELECT * FROM synth_orders('holiday_peak', '2025-12-01 00:00+00', 336);
CREATE TEMP TABLE ht AS SELECT * FROM synth_support_tickets('holiday_peak', '2025-12-01 00:00+00', 336);
CREATE TEMP TABLE bo AS SELECT * FROM synth_orders('baseline', '2025-12-01 00:00+00', 336);
SELECT (SELECT count(*) FROM ho WHERE ordered_at::date = '2025-12-10') >
       2 * (SELECT count(*) FROM ho WHERE ordered_at::date = '2025-12-01') AS ramp,
       (SELECT count(*) FROM ho WHERE ordered_at::date = '2025-12-05') >
       (SELECT count(*) FROM ho WHERE ordered_at::date = '2025-12-01') AS ramp_midway,
       (SELECT avg(item_count) FROM ho WHERE ordered_at < '2025-12-11') >
       1.2 * (SELECT avg(item_count) FROM bo) AS gift_baskets,
       (SELECT avg(delivered_at - ordered_at) FROM ho WHERE ordered_at < '2025-12-05') >
       (SELECT avg(delivered_at - ordered_at) + interval '1 day' FROM bo WHERE ordered_at < '2025-12-05') AS shipping_delays,
       (SELECT count(*) FROM ht WHERE category = 'where_is_my_order') >
       2 * (SELECT count(*) FROM synth_support_tickets('baseline', '2025-12-01 00:00+00', 336) WHERE category = 'where_is_my_order') AS wismo_tickets;

-- supply_disruption: one supplier's products are cancelled and late in the event
CREATE TEMP TABLE so AS SELECT * FROM synth_orders('supply_disruption', '2025-12-01 00:00+00', 336);
CREATE TEMP TABLE si AS SELECT * FROM synth_order_items('supply_disruption', '2025-12-01 00:00+00', 336);
CREATE TEMP TABLE sp AS SELECT * FROM synth_products('supply_disruption');
CREATE TEMP TABLE by_supplier AS
    SELECT p.supplier_id, count(DISTINCT o.order_id) AS orders,
           avg((o.status = 'cancelled')::int) AS cancel_rate
    FROM so o JOIN si i USING (order_id) JOIN sp p USING (product_id)
    WHERE o.ordered_at >= '2025-12-02 00:00+00' AND o.ordered_at < '2025-12-07 00:00+00'
    GROUP BY p.supplier_id;
SELECT (SELECT max(cancel_rate) FROM by_supplier) >
       10 * (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY cancel_rate) FROM by_supplier) AS one_supplier_cancelled,
       (SELECT count(*) FROM by_supplier WHERE cancel_rate > 0.2) = 1 AS only_one,
       (SELECT count(*) FROM synth_support_tickets('supply_disruption', '2025-12-01 00:00+00', 336)
         WHERE category = 'order_cancelled') > 20 AS cancellation_tickets;
