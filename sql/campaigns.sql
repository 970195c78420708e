-- synth_campaigns: inside the window, the scenario's event first.
SET synthgen.timing = off;
SET TimeZone = 'UTC';

-- the flash sale: campaign 1 is the sale, 36 h after the start, 4 hours long
SELECT * FROM synth_campaigns('flash_sale', '2025-12-01 00:00+00', 72);

-- a month of baseline: three regular campaigns
SELECT * FROM synth_campaigns('baseline', '2025-11-01 00:00+00', 720);

-- holiday: the gift event first, then regular ones
SELECT campaign_id, name, kind, starts_at, ends_at, discount_pct, category
FROM synth_campaigns('holiday_peak', '2025-12-01 00:00+00', 720) ORDER BY campaign_id LIMIT 3;

-- a window that ends before the sale has no sale
SELECT count(*) FROM synth_campaigns('flash_sale', '2025-12-01 00:00+00', 24);

-- rules over a long window: inside the window, start < end, sane discounts
SELECT count(*) AS campaigns,
       count(*) FILTER (WHERE starts_at < '2024-01-01 00:00+00' OR ends_at > '2024-01-01 00:00+00'::timestamptz + interval '8760 hours') AS outside,
       count(*) FILTER (WHERE starts_at >= ends_at) AS empty,
       count(*) FILTER (WHERE discount_pct < 5 OR discount_pct > 30) AS odd_discounts,
       count(*) FILTER (WHERE category IS NOT NULL AND category <> ALL (synthgen.category_names())) AS odd_categories,
       count(DISTINCT name) > 20 AS varied, count(DISTINCT channel) AS channels
FROM synth_campaigns('baseline', '2024-01-01 00:00+00', 8760);

-- windows differ: another start gives other campaigns
SELECT count(*) AS same_rows FROM (
    SELECT name, kind, ends_at - starts_at FROM synth_campaigns('baseline', '2024-01-01 00:00+00', 720)
    INTERSECT
    SELECT name, kind, ends_at - starts_at FROM synth_campaigns('baseline', '2024-02-01 00:00+00', 720)) s;

-- themes fit the month they start in; flash sales last hours, not days
SELECT count(*) AS campaigns,
       count(*) FILTER (WHERE name ~ '^Summer' AND extract(month FROM starts_at) NOT IN (5, 6, 7, 8, 9)) AS summer_off_season,
       count(*) FILTER (WHERE name ~ '^(Winter|Snow)' AND extract(month FROM starts_at) BETWEEN 3 AND 10) AS winter_off_season,
       count(*) FILTER (WHERE name = 'Black Friday' AND extract(month FROM starts_at) <> 11) AS black_friday_off_season,
       count(*) FILTER (WHERE kind = 'flash_sale' AND ends_at - starts_at > interval '12 hours') AS long_flash_sales,
       count(DISTINCT kind) AS kinds
FROM synth_campaigns('baseline', '2015-01-01 00:00+00', 87840);
