-- Each scenario's signature is visible in the data and in the correlated
-- tables: compared against the same hours of day outside the
-- event, in the same window.
SET synthgen.timing = off;
SET TimeZone = 'UTC';

-- flash_sale: every Friday 12:00-16:00 UTC, 40% off Electronics; the
-- window holds the one synthgen.events() lists
SELECT starts_at AS flash_start, ends_at AS flash_end
FROM synthgen.events('flash_sale', '2025-12-03 00:00+00', 96) \gset
SELECT :'flash_start' AS flash_sale_starts, :'flash_end' AS flash_sale_ends;
CREATE TEMP TABLE fo AS SELECT * FROM synth_orders('flash_sale', '2025-12-03 00:00+00', 96);
CREATE TEMP TABLE fi AS SELECT * FROM synth_order_items('flash_sale', '2025-12-03 00:00+00', 96);
CREATE TEMP TABLE fa AS SELECT * FROM synth_cart_abandonment('flash_sale', '2025-12-03 00:00+00', 96);
CREATE TEMP TABLE fm AS SELECT * FROM synth_system_metrics('flash_sale', '2025-12-03 00:00+00', 96);
CREATE TEMP VIEW fwin AS SELECT tstzrange(:'flash_start', :'flash_end') AS w;

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

-- system_outage: the outage synthgen.events() lists on 2025-12-02, compared
-- with the same minutes of the day on the other three days
SELECT starts_at AS out_start, ends_at AS out_end
FROM synthgen.events('system_outage', '2025-12-01 00:00+00', 72) \gset
SELECT :'out_start' AS outage_starts, :'out_end' AS outage_ends;
CREATE TEMP TABLE oo AS SELECT * FROM synth_orders('system_outage', '2025-12-01 00:00+00', 96);
CREATE TEMP TABLE oa AS SELECT * FROM synth_cart_abandonment('system_outage', '2025-12-01 00:00+00', 96);
CREATE TEMP TABLE ot AS SELECT * FROM synth_support_tickets('system_outage', '2025-12-01 00:00+00', 96);
CREATE TEMP TABLE om AS SELECT * FROM synth_system_metrics('system_outage', '2025-12-01 00:00+00', 96);
CREATE TEMP VIEW owin AS SELECT tstzrange(:'out_start', :'out_end') AS w,
    (:'out_start'::timestamptz)::time AS t0, (:'out_end'::timestamptz)::time AS t1;

SELECT (SELECT avg(error_rate) FROM om, owin WHERE ts <@ w) >=
       5 * (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY error_rate) FROM om) AS errors_5x_median,
       (SELECT avg(p99_ms) FROM om, owin WHERE ts <@ w) > 10 * (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY p99_ms) FROM om) AS latency_spike,
       (SELECT count(*) FROM oo, owin WHERE ordered_at <@ w) * 3 <
       (SELECT count(*) / 3.0 FROM oo, owin WHERE NOT ordered_at <@ w AND ordered_at::time >= t0 AND ordered_at::time < t1) AS orders_collapse,
       (SELECT count(*) FROM oa, owin WHERE abandoned_at <@ w) >
       1.5 * (SELECT count(*) / 3.0 FROM oa, owin WHERE NOT abandoned_at <@ w AND abandoned_at::time >= t0 AND abandoned_at::time < t1) AS abandonment_spike,
       (SELECT count(*) FROM ot, owin WHERE category = 'payment' AND opened_at <@ tstzrange(lower(w), upper(w) + interval '3 hours')) >
       5 * (SELECT count(*) / 3.0 FROM ot, owin WHERE category = 'payment' AND NOT opened_at <@ tstzrange(lower(w), upper(w) + interval '3 hours')
              AND opened_at::time >= t0 AND opened_at::time < t1) AS payment_tickets_spike;
-- and it recovers: the two hours after are back to (or above) normal
SELECT (SELECT count(*) FROM oo, owin WHERE ordered_at >= upper(w) AND ordered_at < upper(w) + interval '2 hours') >=
       (SELECT count(*) / 3.0 FROM oo, owin WHERE ordered_at::time >= t1 AND ordered_at::time < t1 + interval '2 hours'
          AND NOT ordered_at <@ tstzrange(upper(w), upper(w) + interval '2 hours')) AS recovers,
       (SELECT max(error_rate) FROM om, owin WHERE ts >= upper(w)) < 0.05 AS errors_recover;

-- holiday_peak: the retail calendar (Black Friday 2025-11-28, Cyber Monday
-- 2025-12-01, the December ramp), gift-heavy baskets, slower shipping,
-- where-is-my-order tickets
CREATE TEMP TABLE ho AS SELECT * FROM synth_orders('holiday_peak', '2025-11-14 00:00+00', 24 * 35);
CREATE TEMP TABLE ht AS SELECT * FROM synth_support_tickets('holiday_peak', '2025-11-14 00:00+00', 24 * 35);
CREATE TEMP TABLE bo AS SELECT * FROM synth_orders('baseline', '2025-11-14 00:00+00', 24 * 35);
SELECT (SELECT count(*) FROM ho WHERE ordered_at::date = '2025-11-28') >
       2.5 * (SELECT count(*) FROM ho WHERE ordered_at::date = '2025-11-21') AS black_friday,
       (SELECT count(*) FROM ho WHERE ordered_at::date = '2025-12-01') >
       2 * (SELECT count(*) FROM ho WHERE ordered_at::date = '2025-11-17') AS cyber_monday,
       (SELECT count(*) FROM ho WHERE ordered_at::date = '2025-12-18') >
       (SELECT count(*) FROM ho WHERE ordered_at::date = '2025-12-04') AS december_ramp,
       (SELECT avg(item_count) FROM ho WHERE ordered_at >= '2025-12-02') >
       1.2 * (SELECT avg(item_count) FROM bo WHERE ordered_at >= '2025-12-02') AS gift_baskets,
       (SELECT avg(delivered_at - ordered_at) FROM ho WHERE ordered_at BETWEEN '2025-12-02' AND '2025-12-08') >
       (SELECT avg(delivered_at - ordered_at) + interval '1 day' FROM bo WHERE ordered_at BETWEEN '2025-12-02' AND '2025-12-08') AS shipping_delays,
       (SELECT count(*) FROM ht WHERE category = 'where_is_my_order') >
       2 * (SELECT count(*) FROM synth_support_tickets('baseline', '2025-11-14 00:00+00', 24 * 35) WHERE category = 'where_is_my_order') AS wismo_tickets;

-- supply_disruption: the supplier synthgen.events() names has its
-- products cancelled and late while its disruption runs
SELECT supplier_id AS dis_supplier, starts_at AS dis_start, ends_at AS dis_end
FROM synthgen.events('supply_disruption', '2025-12-01 00:00+00', 24 * 30) LIMIT 1 \gset
SELECT :dis_supplier > 0 AS named_supplier, :'dis_end'::timestamptz - :'dis_start'::timestamptz AS lasts;
CREATE TEMP TABLE so AS SELECT * FROM synth_orders('supply_disruption', :'dis_start', 24 * 5);
CREATE TEMP TABLE si AS SELECT * FROM synth_order_items('supply_disruption', :'dis_start', 24 * 5);
CREATE TEMP TABLE sp AS SELECT * FROM synth_products('supply_disruption');
CREATE TEMP TABLE by_supplier AS
    SELECT p.supplier_id, count(DISTINCT o.order_id) AS orders,
           avg((o.status = 'cancelled')::int) AS cancel_rate
    FROM so o JOIN si i USING (order_id) JOIN sp p USING (product_id)
    GROUP BY p.supplier_id;
SELECT (SELECT max(cancel_rate) FROM by_supplier) >
       10 * (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY cancel_rate) FROM by_supplier) AS one_supplier_cancelled,
       (SELECT supplier_id FROM by_supplier ORDER BY cancel_rate DESC LIMIT 1) = :dis_supplier AS the_named_one,
       (SELECT count(*) FROM by_supplier WHERE cancel_rate > 0.2) = 1 AS only_one,
       (SELECT count(*) FROM synth_support_tickets('supply_disruption', :'dis_start', 24 * 5)
         WHERE category = 'order_cancelled') >
       3 * (SELECT count(*) FROM synth_support_tickets('baseline', :'dis_start', 24 * 5)
            WHERE category = 'order_cancelled') AS cancellation_tickets;
