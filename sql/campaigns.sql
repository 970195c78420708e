-- synth_campaigns: the shop's calendar.  Regular campaigns are keyed by
-- calendar month, flash sales and holiday campaigns come from the
-- scenario's schedule; a window lists every campaign running in it.
SET synthgen.timing = off;
SET TimeZone = 'UTC';

-- the first December week of flash_sale: Friday's sale (November's
-- regular campaigns are over by then)
SELECT * FROM synth_campaigns('flash_sale', '2025-12-01 00:00+00', 24 * 7);

-- a month of baseline: its three regular campaigns
SELECT * FROM synth_campaigns('baseline', '2025-11-01 00:00+00', 720);

-- holiday: Black Friday Weekend and the Holiday Gift Event
SELECT campaign_id, name, kind, starts_at, ends_at, discount_pct, category
FROM synth_campaigns('holiday_peak', '2025-11-20 00:00+00', 24 * 40) WHERE kind = 'holiday' ORDER BY campaign_id;

-- a window between two sales has none
SELECT count(*) FROM synth_campaigns('flash_sale', '2025-12-01 00:00+00', 24) WHERE kind = 'flash_sale';

-- rules over a long window: running in the window, start < end, sane discounts
SELECT count(*) AS campaigns,
       count(*) FILTER (WHERE ends_at <= '2024-01-01 00:00+00' OR starts_at >= '2024-01-01 00:00+00'::timestamptz + interval '8760 hours') AS outside,
       count(*) FILTER (WHERE starts_at >= ends_at) AS empty,
       count(*) FILTER (WHERE discount_pct < 5 OR discount_pct > 30) AS odd_discounts,
       count(*) FILTER (WHERE category IS NOT NULL AND category <> ALL (synthgen.category_names())) AS odd_categories,
       count(DISTINCT name) > 20 AS varied, count(DISTINCT channel) AS channels,
       count(*) FILTER (WHERE extract(month FROM starts_at) = 6) AS june_campaigns
FROM synth_campaigns('baseline', '2024-01-01 00:00+00', 8760);

-- one calendar: a campaign is the same row in every window that sees it
SELECT count(*) AS in_both, count(*) FILTER (WHERE a IS DISTINCT FROM b) AS differ
FROM (SELECT c AS a, campaign_id FROM synth_campaigns('baseline', '2024-01-01 00:00+00', 24 * 45) c) x
JOIN (SELECT c AS b, campaign_id FROM synth_campaigns('baseline', '2024-02-01 00:00+00', 720) c) y USING (campaign_id);

-- themes fit the month they start in; flash sales last hours, not days
SELECT count(*) AS campaigns,
       count(*) FILTER (WHERE name ~ '^Summer' AND extract(month FROM starts_at) NOT IN (5, 6, 7, 8, 9)) AS summer_off_season,
       count(*) FILTER (WHERE name ~ '^(Winter|Snow)' AND extract(month FROM starts_at) BETWEEN 3 AND 10) AS winter_off_season,
       count(*) FILTER (WHERE name = 'Black Friday' AND extract(month FROM starts_at) <> 11) AS black_friday_off_season,
       count(*) FILTER (WHERE kind = 'flash_sale' AND ends_at - starts_at > interval '12 hours') AS long_flash_sales,
       count(DISTINCT kind) AS kinds
FROM synth_campaigns('baseline', '2015-01-01 00:00+00', 87840);

-- a busy calendar: dated themes start on their days (store's local time)
-- and end at most a day after their last one, and a theme promotes the
-- categories it is about (no "Christmas Countdown" on Books only from
-- November 1, no "Garden Season" for books, no "Weekend Reads" for shoes)
INSERT INTO synthgen.scenarios
SELECT * FROM jsonb_populate_record(NULL::synthgen.scenarios,
       (SELECT to_jsonb(s) || '{"name": "busy_calendar", "campaigns_per_month": 40}'
        FROM synthgen.scenarios s WHERE name = 'baseline'));
CREATE TEMP TABLE busy AS
SELECT c.*, (c.starts_at AT TIME ZONE 'UTC') + make_interval(hours => s.utc_offset_hours) AS local_start,
       (c.ends_at AT TIME ZONE 'UTC') + make_interval(hours => s.utc_offset_hours) AS local_end
FROM synth_campaigns('busy_calendar', '2015-01-01 00:00+00', 87840) c, synthgen.scenarios s
WHERE s.name = 'busy_calendar' AND c.campaign_id % 2048 < 1000;	-- regular ones
WITH d AS (SELECT *, to_char(local_start, 'MMDD')::int AS md FROM busy)
SELECT count(*) AS campaigns, count(*) FILTER (WHERE name = 'Christmas Countdown') AS countdowns,
       count(*) FILTER (WHERE name = 'Christmas Countdown' AND (md NOT BETWEEN 1201 AND 1220
                                                                OR local_end > date_trunc('day', local_start) + (1221 - md) * interval '1 day' + interval '1 day')) AS countdown_off_days,
       count(*) FILTER (WHERE name = 'Black Friday' AND md NOT BETWEEN 1117 AND 1127) AS black_friday_off_days,
       count(*) FILTER (WHERE name = 'Halloween Treats' AND md NOT BETWEEN 1010 AND 1028) AS halloween_off_days,
       count(*) FILTER (WHERE name = 'Valentine''s Day Gifts' AND md NOT BETWEEN 128 AND 212) AS valentine_off_days,
       count(*) FILTER (WHERE name = 'Garden Season' AND category IS DISTINCT FROM 'Garden & Tools') AS garden_not_garden,
       count(*) FILTER (WHERE name = 'Weekend Reads' AND category IS DISTINCT FROM 'Books') AS reads_not_books,
       count(*) FILTER (WHERE name = 'Back to School' AND category NOT IN ('Office Products', 'Electronics', 'Clothing', 'Shoes', 'Books')) AS school_off_topic
FROM d;
DELETE FROM synthgen.scenarios WHERE name = 'busy_calendar';
