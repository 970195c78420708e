-- synth_suppliers: integrity and realism.
SET synthgen.timing = off;

CREATE TEMP TABLE s AS SELECT * FROM synth_suppliers('baseline', suppliers => 5000);

SELECT * FROM s ORDER BY supplier_id LIMIT 5;

SELECT count(*), count(DISTINCT supplier_id) AS ids, min(supplier_id), max(supplier_id),
       count(DISTINCT name) AS names
FROM s;

SELECT count(*) FILTER (WHERE s IS NULL OR name IS NULL OR country IS NULL
                         OR contact_email IS NULL OR lead_time_days IS NULL
                         OR reliability IS NULL) AS nulls,
       count(*) FILTER (WHERE contact_email !~ '^[a-z]+(\.[a-z0-9]+)?@[a-z0-9]+\.[a-z.]+$') AS bad_emails,
       count(*) FILTER (WHERE country !~ '^[A-Z]{2}$') AS bad_countries
FROM s;

-- lead times 2..60 days, right-skewed; reliability 0.700..0.999, mostly high
SELECT min(lead_time_days), max(lead_time_days),
       percentile_disc(0.5) WITHIN GROUP (ORDER BY lead_time_days) < 31 AS skewed_lead,
       min(reliability) >= 0.700 AS rel_min, max(reliability) <= 0.999 AS rel_max,
       percentile_disc(0.5) WITHIN GROUP (ORDER BY reliability) > 0.9 AS mostly_reliable
FROM s;

-- beyond the name combinations, names stay unique with a number
SELECT count(*) = count(DISTINCT name) AS unique_names
FROM synth_suppliers('baseline', suppliers => 100000);

SELECT count(*) FROM synth_suppliers('baseline');
