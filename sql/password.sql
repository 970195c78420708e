-- synthgen.dev_password: one bcrypt hash per call, made by pgcrypto's crypt()
-- with a salt from the seed, so seeded users can log in.
SET synthgen.timing = off;

SELECT count(*) FILTER (WHERE password_hash IS NULL) AS null_hashes
FROM synth_customers('baseline', customers => 10);

SET synthgen.dev_password = 'letmein';
CREATE TEMP TABLE h AS SELECT customer_id, password_hash FROM synth_customers('baseline', customers => 1000);
SELECT count(DISTINCT password_hash) AS distinct_hashes, count(*) AS rows FROM h;
-- bcrypt is slow by design: check the one distinct hash
SELECT password_hash LIKE '$2a$06$%' AS bcrypt,
       crypt('letmein', password_hash) = password_hash AS logs_in,
       crypt('letmeout', password_hash) = password_hash AS wrong_password_logs_in
FROM (SELECT DISTINCT password_hash FROM h) d;

-- deterministic: same seed, same hash; other seed, other salt
SELECT (SELECT password_hash FROM h LIMIT 1) =
       (SELECT password_hash FROM synth_customers('baseline', customers => 1) LIMIT 1) AS same_seed_same_hash,
       (SELECT password_hash FROM h LIMIT 1) <>
       (SELECT password_hash FROM synth_customers('baseline', seed => 2, customers => 1) LIMIT 1) AS other_seed_other_hash;

-- pgcrypto in another schema, not on the search_path, is still found
CREATE SCHEMA crypto_elsewhere;
ALTER EXTENSION pgcrypto SET SCHEMA crypto_elsewhere;
SELECT count(DISTINCT password_hash) FROM synth_customers('baseline', customers => 3);
ALTER EXTENSION pgcrypto SET SCHEMA public;
DROP SCHEMA crypto_elsewhere;

RESET synthgen.dev_password;
SELECT count(*) FILTER (WHERE password_hash IS NULL) AS null_hashes
FROM synth_customers('baseline', customers => 10);
