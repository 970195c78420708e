-- People and places that fit their country (issue 13): 100k customers in
-- both e-mail modes, suppliers and products, against the national rules.
-- Each band names its source; test/unit/test_words.c checks the word lists
-- themselves (every city's codes and numbers against its country's plan).
SET synthgen.timing = off;

SET synthgen.email_domains = realistic;
CREATE TEMP TABLE c AS SELECT * FROM synth_customers('baseline', customers => 100000);
CREATE TEMP TABLE s AS SELECT * FROM synth_suppliers('baseline', suppliers => 5000);
SET synthgen.email_domains = reserved;
CREATE TEMP TABLE cr AS SELECT * FROM synth_customers('baseline', customers => 100000);
RESET synthgen.email_domains;
CREATE TEMP TABLE p AS SELECT * FROM synth_products('baseline', products => 20000, suppliers => 300);

-- the default is reserved: a development database never mails a stranger
SHOW synthgen.email_domains;

-- a look at the rows
SELECT customer_id, first_name, last_name, email, phone, address, city, country, postal_code
FROM c WHERE customer_id IN (1, 2, 3, 5, 8, 13, 21, 34, 55, 89) ORDER BY customer_id;

-- names fit the country: at least 90 % of each country's customers have
-- a given name and a surname of the country's own pools (the national
-- name statistics of words_people.c: SSA and Census 2010 surnames, ONS,
-- CSO, destatis/DFD, INSEE, INE, ISTAT, Meertens/CBS, Statbel, SCB ...);
-- the rest is the documented share of foreign-born customers.
CREATE TEMP TABLE native AS
SELECT DISTINCT country, kind, name FROM synthgen.name_pools() WHERE native;
SELECT c.country, count(*) >= 500 AS enough,
       round(100.0 * avg((f.name IS NOT NULL AND l.name IS NOT NULL)::int)) AS native_pct,
       avg((f.name IS NOT NULL AND l.name IS NOT NULL)::int) >= 0.90 AS fits
FROM c
LEFT JOIN native f ON f.country = c.country AND f.kind = 'first' AND f.name = c.first_name
LEFT JOIN native l ON l.country = c.country AND l.kind = 'last' AND l.name = c.last_name
GROUP BY c.country ORDER BY c.country;
-- and a German is not as likely to be called Schulz in Swansea as in Berlin
SELECT round(100.0 * avg((last_name IN ('Mueller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Meyer',
                                          'Wagner', 'Becker', 'Schulz', 'Hoffmann'))::int)
             FILTER (WHERE country = 'DE'), 1) AS top10_german_surnames_in_de_pct,
       round(100.0 * avg((last_name IN ('Mueller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Meyer',
                                          'Wagner', 'Becker', 'Schulz', 'Hoffmann'))::int)
             FILTER (WHERE country = 'GB'), 1) AS in_gb_pct
FROM c;

-- postal codes.  Royal Mail, PAF Programmer's Guide (edition 7): the
-- outward code is A9, A99, A9A, AA9, AA99 or AA9A with Q, V, X never
-- first, I, J, Z never second, the third letter of A9A one of
-- ABCDEFGHJKPSTUW and the fourth of AA9A one of ABEHMNPRVWXY; the inward
-- code is a digit and two letters without C, I, K, M, O, V.
SELECT count(*) FILTER (WHERE postal_code !~ ('^([A-PR-UWYZ][0-9][0-9]?|[A-PR-UWYZ][A-HK-Y][0-9][0-9]?'
                                          '|[A-PR-UWYZ][0-9][A-HJKPSTUW]|[A-PR-UWYZ][A-HK-Y][0-9][ABEHMNPRVWXY])'
                                          ' [0-9][ABD-HJLNP-UW-Z]{2}$')) AS invalid_uk_postcodes,
       count(*) AS uk_customers
FROM c WHERE country = 'GB';
-- La Poste: Paris is 75001-75020 (the arrondissements) and 75116
SELECT count(*) FILTER (WHERE postal_code NOT IN ('75001', '75002', '75003', '75004', '75005', '75006',
                                                  '75007', '75008', '75009', '75010', '75011', '75012',
                                                  '75013', '75014', '75015', '75016', '75017', '75018',
                                                  '75019', '75020', '75116')) AS paris_codes_outside,
       count(DISTINCT postal_code) AS paris_codes
FROM c WHERE city = 'Paris';
-- Canada Post: FSA letter digit letter, LDU digit letter digit; D, F, I,
-- O, Q, U never, W and Z never first; the first letter is the province's
SELECT count(*) FILTER (WHERE postal_code !~ '^[ABCEGHJ-NPRSTVXY][0-9][ABCEGHJ-NPRSTV-Z] [0-9][ABCEGHJ-NPRSTV-Z][0-9]$') AS invalid_ca,
       count(*) FILTER (WHERE region = 'Quebec' AND postal_code !~ '^[GHJ]') +
       count(*) FILTER (WHERE region = 'Ontario' AND postal_code !~ '^[KLMNP]') +
       count(*) FILTER (WHERE region = 'British Columbia' AND postal_code !~ '^V') AS wrong_province
FROM c WHERE country = 'CA';
-- USPS: five digits whose first three are the state's (DMM L002: NY
-- 100-149, CA 900-961, TX 750-799 ...)
SELECT count(*) FILTER (WHERE postal_code !~ '^[0-9]{5}$') AS bad_zip,
       count(*) FILTER (WHERE (region = 'NY' AND substr(postal_code, 1, 3)::int NOT BETWEEN 100 AND 149)
                          OR (region = 'CA' AND substr(postal_code, 1, 3)::int NOT BETWEEN 900 AND 961)
                          OR (region = 'TX' AND substr(postal_code, 1, 3)::int NOT BETWEEN 750 AND 799)
                          OR (region = 'IL' AND substr(postal_code, 1, 3)::int NOT BETWEEN 600 AND 629)
                          OR (region = 'FL' AND substr(postal_code, 1, 3)::int NOT BETWEEN 320 AND 349)) AS zip_outside_state
FROM c WHERE country = 'US';
-- PostNL: four digits (no leading zero) and two letters, never SA, SD or SS;
-- Deutsche Post: five digits (Postleitzahlen directory); Eircode: routing key and four characters
SELECT count(*) FILTER (WHERE country = 'NL' AND (postal_code !~ '^[1-9][0-9]{3} [A-Z]{2}$'
                                                  OR right(postal_code, 2) IN ('SA', 'SD', 'SS'))) AS bad_nl,
       count(*) FILTER (WHERE country = 'DE' AND postal_code !~ '^[0-9]{5}$') AS bad_de,
       -- Berlin delivers to 10115-10999, 12043-12689, 13051-13629 and
       -- 14050-14199; 11xxx are large customers' and PO box codes
       count(*) FILTER (WHERE city = 'Berlin' AND postal_code BETWEEN '11000' AND '12042') AS berlin_box_codes,
       count(*) FILTER (WHERE country = 'IE' AND postal_code !~ '^([AC-FHKNPRTV-Y][0-9]{2}|D6W) [AC-FHKNPRTV-Y][0-9AC-FHKNPRTV-Y]{3}$') AS bad_ie
FROM c;

-- telephone numbers.  NANPA: NPA-NXX-XXXX, the central office code NXX
-- starts with 2-9 and is never N11 (Central Office Code Assignment
-- Guidelines); numbers in E.164 written as the country writes them.
SELECT count(*) FILTER (WHERE phone !~ '^\+1 [2-9][0-9]{2}-[0-9]{3}-[0-9]{4}$') AS bad_nanp_format,
       count(*) FILTER (WHERE substr(phone, 8, 1) IN ('0', '1')) AS exchange_0_or_1,
       count(*) FILTER (WHERE substr(phone, 9, 2) = '11') AS exchange_n11
FROM c WHERE country IN ('US', 'CA');
-- Ofcom: mobiles +44 7, geographic +44 1 and +44 2 numbers, ten digits
-- after 44; Bundesnetzagentur: mobiles 15x, 16x, 17x; ARCEP: geographic
-- zones 1-5 (Paris 1), mobiles 6 and 7, nine digits; ACMA: 04 mobiles,
-- 02/03/07/08 geographic, nine digits
SELECT count(*) FILTER (WHERE country = 'GB' AND (phone !~ '^\+44 [127]' OR length(regexp_replace(phone, '[^0-9]', '', 'g')) <> 12)) AS bad_gb,
       count(*) FILTER (WHERE country = 'DE' AND phone !~ '^\+49 (1[5-7][0-9]|[2-9][0-9]{1,3}) [0-9]{6,8}$') AS bad_de,
       count(*) FILTER (WHERE country = 'FR' AND phone !~ '^\+33 [1-7]( [0-9]{2}){4}$') AS bad_fr,
       count(*) FILTER (WHERE city = 'Paris' AND phone !~ '^\+33 [167] ') AS paris_not_zone_1,
       count(*) FILTER (WHERE country = 'AU' AND (phone !~ '^\+61 [2-478]' OR length(regexp_replace(phone, '[^0-9]', '', 'g')) <> 11)) AS bad_au,
       round(100.0 * avg((phone ~ '^\+44 7')::int) FILTER (WHERE country = 'GB')) AS gb_mobile_pct
FROM c;

-- addresses: street then number where that is the custom
SELECT country,
       round(100.0 * avg((address ~ '^[0-9]')::int)) AS number_first_pct
FROM c WHERE country IN ('US', 'GB', 'DE', 'FR', 'ES', 'IT', 'NL', 'SE', 'AU') GROUP BY country ORDER BY country;
SELECT count(*) FILTER (WHERE country = 'DE' AND address !~ '^[A-Z][a-z]+(strasse|weg|allee|platz|ring|gasse|steig) [0-9]+[a-c]?$') AS odd_de,
       count(*) FILTER (WHERE country = 'FR' AND address !~ '^[0-9]+( bis)? (rue|avenue|boulevard|place|allee|impasse|chemin|quai) ') AS odd_fr,
       count(*) FILTER (WHERE country = 'US' AND address ~ '(strasse|rue |Calle|Via )') AS foreign_streets_in_us,
       count(*) FILTER (WHERE address ~ ', (Apt|app\.|lgh) |^Flat |^[0-9]+/| bus | bte ') AS unit_lines
FROM c;

-- e-mail: unique in both modes; at most 30 % with a digit in realistic
-- mode (name-shaped local parts, digits only where a name is taken or
-- someone adds a year); domains by country; reserved mode uses only
-- RFC 2606's example.com, example.net and example.org
SELECT count(DISTINCT email) = count(*) AS unique_realistic,
       round(100.0 * avg((split_part(email, '@', 1) ~ '[0-9]')::int)) AS with_digit_pct,
       avg((split_part(email, '@', 1) ~ '[0-9]')::int) <= 0.30 AS digits_ok,
       count(*) FILTER (WHERE email !~ '^[a-z][a-z0-9._]*@[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$') AS malformed
FROM c;
SELECT count(DISTINCT email) = count(*) AS unique_reserved,
       count(*) FILTER (WHERE split_part(email, '@', 2) NOT IN ('example.com', 'example.net', 'example.org')) AS not_reserved
FROM cr;
-- consumers write from example.com and example.net, business customers
-- from example.org
SELECT split_part(email, '@', 2) AS domain, segment = 'business' AS business, count(*)
FROM cr GROUP BY 1, 2 ORDER BY 1, 2;
SELECT round(100.0 * avg((split_part(email, '@', 1) ~ '[0-9]')::int)) AS reserved_with_digit_pct FROM cr;
-- the modes differ in the domain and the digits only
SELECT count(*) FILTER (WHERE (c.first_name, c.last_name, c.city, c.phone, c.address, c.segment)
                         IS DISTINCT FROM (cr.first_name, cr.last_name, cr.city, cr.phone, cr.address, cr.segment)) AS other_differences,
       count(*) FILTER (WHERE regexp_replace(split_part(c.email, '@', 1), '[0-9]+$', '')
                         <> regexp_replace(split_part(cr.email, '@', 1), '[0-9]+$', '')) AS other_local_parts
FROM c JOIN cr USING (customer_id);
-- providers fit the country: no German provider outside the German-speaking
-- countries, no British one outside Britain and Ireland
SELECT count(*) FILTER (WHERE email ~ '@(gmx\.de|web\.de|t-online\.de)$' AND country NOT IN ('DE', 'AT', 'CH')) AS german_mail_elsewhere,
       count(*) FILTER (WHERE email ~ '@(btinternet\.com|hotmail\.co\.uk|sky\.com)$' AND country NOT IN ('GB', 'IE')) AS british_mail_elsewhere,
       count(*) FILTER (WHERE email ~ '@(orange|free|sfr)\.fr$' AND country <> 'FR') AS french_mail_elsewhere
FROM c;
-- business customers write from their company's domain in their country
SELECT count(*) FILTER (WHERE segment = 'business') AS business,
       count(*) FILTER (WHERE segment = 'business' AND email !~ '@[a-z]+-[a-z]+\.') AS business_consumer_mail,
       count(*) FILTER (WHERE segment <> 'business' AND email ~ '@[a-z]{2,}-[a-z]+\.') AS consumers_company_mail
FROM c;

-- suppliers: legal forms of the supplier's country (Companies House,
-- Handelsregister, INSEE Sirene, KvK, Bolagsverket, ASIC ...)
SELECT country, count(*) AS suppliers,
       count(*) FILTER (WHERE NOT (name ~ CASE country
            WHEN 'US' THEN ' (LLC|Inc\.|Corp\.|Co\.)$'
            WHEN 'CA' THEN ' (Inc\.|Ltd\.|Corp\.)$'
            WHEN 'GB' THEN ' (Ltd|PLC|LLP)$'
            WHEN 'IE' THEN ' (Ltd|DAC)$'
            WHEN 'DE' THEN ' (GmbH|GmbH & Co\. KG|AG|KG|e\.K\.)$'
            WHEN 'AT' THEN ' (GmbH|KG|AG|OG)$'
            WHEN 'CH' THEN ' (AG|GmbH|SA|Sarl)$'
            WHEN 'FR' THEN ' (SAS|SARL|SA|EURL)$'
            WHEN 'BE' THEN ' (BV|SRL|NV|SA)$'
            WHEN 'NL' THEN ' (B\.V\.|V\.O\.F\.|N\.V\.)$'
            WHEN 'ES' THEN ' (S\.L\.|S\.A\.|S\.L\.U\.)$'
            WHEN 'IT' THEN ' (S\.r\.l\.|S\.p\.A\.|S\.n\.c\.|S\.a\.s\.)$'
            WHEN 'SE' THEN ' (AB|HB|KB)$'
            WHEN 'AU' THEN ' (Pty Ltd|Ltd)$'
            WHEN 'NZ' THEN ' (Limited|Ltd)$'
            WHEN 'JP' THEN ' (Co\., Ltd\.|K\.K\.|Inc\.)$'
            WHEN 'CN' THEN ' (Co\., Ltd\.|Ltd\.)$'
            WHEN 'KR' THEN ' (Co\., Ltd\.|Corp\.)$'
            WHEN 'TW' THEN ' (Co\., Ltd\.|Corp\.)$'
            WHEN 'IN' THEN ' (Pvt\. Ltd\.|Ltd\.|LLP)$'
            WHEN 'VN' THEN ' (Co\., Ltd\.|JSC)$'
            ELSE '^$' END)) AS wrong_legal_form
FROM s GROUP BY country ORDER BY country;
-- and in reserved mode they write from example.org, nothing else changes
SET synthgen.email_domains = reserved;
SELECT count(*) FILTER (WHERE r.contact_email !~ '@example\.org$') AS not_example_org,
       count(*) FILTER (WHERE (s.name, s.country, s.lead_time_days, s.reliability)
                         IS DISTINCT FROM (r.name, r.country, r.lead_time_days, r.reliability)) AS other_differences
FROM s JOIN synth_suppliers('baseline', suppliers => 5000) r USING (supplier_id);
RESET synthgen.email_domains;
SELECT count(*) FILTER (WHERE name ~ ' (LLC|Inc\.)$' AND country NOT IN ('US', 'CA', 'JP')) AS american_forms_abroad,
       count(*) FILTER (WHERE name ~ ' GmbH' AND country NOT IN ('DE', 'AT', 'CH')) AS gmbh_abroad
FROM s;

-- brands make products in one or two categories; names agree with the
-- subcategory (nothing heavy-duty or rugged in books, groceries or beauty)
SELECT count(*) AS brands,
       count(*) FILTER (WHERE ncat > 2) AS brands_in_more_than_two_categories,
       max(ncat) AS most_categories
FROM (SELECT split_part(name, ' ', 1) AS brand, count(DISTINCT category) AS ncat FROM p GROUP BY 1) b;
SELECT count(*) FILTER (WHERE category IN ('Books', 'Grocery', 'Beauty & Personal Care', 'Pet Supplies')
                          AND name ~ ' (Heavy-Duty|Rugged|Ergonomic|Ultra-Light|Wireless) ') AS misfit_adjectives,
       count(*) FILTER (WHERE category = 'Books' AND name ~ ' (Compact|Sleek|Slim|Portable|Durable) ') AS misfit_books
FROM p;
