-- synth_customers: integrity and realism at 100k customers.
SET synthgen.timing = off;
SET TimeZone = 'UTC';

CREATE TEMP TABLE c AS SELECT * FROM synth_customers('baseline', customers => 100000);

-- a look at the rows themselves
SELECT * FROM c ORDER BY customer_id LIMIT 5;

-- ids are 1..n, unique
SELECT count(*), count(DISTINCT customer_id) AS ids, min(customer_id), max(customer_id) FROM c;

-- e-mails unique and well-formed (sql/people.sql checks them further)
SELECT count(DISTINCT email) AS emails,
       count(*) FILTER (WHERE email !~ '^[a-z][a-z0-9._]*@[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$') AS malformed
FROM c;

-- no column is NULL except password_hash (synthgen.dev_password unset)
SELECT count(*) FILTER (WHERE c IS NULL) AS all_null,
       count(*) FILTER (WHERE password_hash IS NOT NULL) AS hashes,
       count(*) FILTER (WHERE first_name IS NULL OR last_name IS NULL OR phone IS NULL
                         OR address IS NULL OR city IS NULL OR region IS NULL
                         OR country IS NULL OR postal_code IS NULL OR segment IS NULL
                         OR marketing_opt_in IS NULL OR created_at IS NULL) AS nulls
FROM c;

-- variety: hundreds of first names, last names and cities
SELECT count(DISTINCT first_name) >= 300 AS first_names,
       count(DISTINCT last_name) >= 300 AS last_names,
       count(DISTINCT (first_name, last_name)) > 50000 AS full_names,
       count(DISTINCT city) >= 250 AS cities,
       count(DISTINCT country) >= 8 AS countries,
       count(DISTINCT address) > 90000 AS addresses
FROM c;

-- patterns are filled: no '#' or '@' placeholders left, ISO country codes
SELECT count(*) FILTER (WHERE postal_code ~ '[#@]' OR phone ~ '[#@]') AS unfilled,
       count(*) FILTER (WHERE phone !~ '^\+[0-9]{1,3} [0-9 ()-]+$') AS bad_phones,
       count(*) FILTER (WHERE country !~ '^[A-Z]{2}$') AS bad_countries,
       count(*) FILTER (WHERE address !~ '[0-9]') AS addresses_without_number
FROM c;

-- segments follow their weights (62/20/6/12), opt-in about 58%
SELECT segment, round(100.0 * count(*) / sum(count(*)) OVER ()) AS pct
FROM c GROUP BY segment ORDER BY segment;
SELECT round(100.0 * avg(marketing_opt_in::int)) AS opt_in_pct FROM c;

-- big cities are bigger: the most common city has several times the median share
SELECT max(n) > 4 * percentile_disc(0.5) WITHIN GROUP (ORDER BY n) AS skewed_cities
FROM (SELECT count(*) AS n FROM c GROUP BY city, country) s;

-- sign-ups lie in the scenario's range, grow with customer_id (a serial
-- key), and accelerate: a quarter of them in the first half of the range
SELECT min(created_at) >= s.signups_from AS after_from,
       max(created_at) < s.signups_until AS before_until,
       round(100.0 * avg((created_at < s.signups_from + (s.signups_until - s.signups_from) / 2)::int)) AS first_half_pct
FROM c, synthgen.scenarios s WHERE s.name = 'baseline'
GROUP BY s.signups_from, s.signups_until;
SELECT count(*) AS out_of_order
FROM (SELECT created_at < lag(created_at) OVER (ORDER BY customer_id) AS back FROM c) s
WHERE back;

-- the scenario's default count
SELECT count(*) FROM synth_customers('baseline');
