-- Objects a user creates earlier on the search_path cannot capture
-- synthgen's lookups: the scenario query uses pg_catalog operators and
-- qualified names, crypt() is found in pgcrypto's own schema, and
-- generate() pins its search_path.
SET synthgen.timing = off;
SET client_min_messages = warning;	-- generate() prints timings
CREATE SCHEMA trap;
SET search_path = trap, public;

-- an "=" on text that says yes to everything, a crypt() that leaks, and
-- look-alike tables
CREATE FUNCTION trap.always(text, text) RETURNS boolean LANGUAGE sql AS 'SELECT true';
CREATE OPERATOR trap.= (LEFTARG = text, RIGHTARG = text, FUNCTION = trap.always);
CREATE FUNCTION trap.crypt(text, text) RETURNS text LANGUAGE sql AS $$SELECT 'captured:' || $1$$;
CREATE TABLE trap.scenarios (LIKE synthgen.scenarios);
CREATE FUNCTION trap.to_regclass(text) RETURNS regclass LANGUAGE sql AS 'SELECT NULL::regclass';

-- unknown scenarios stay unknown
\set VERBOSITY terse
SELECT count(*) FROM synth_customers('no_such_scenario');
SELECT * FROM synthgen.generate('no_such_scenario', '2025-12-01', 24);
\set VERBOSITY default
-- the password hash is pgcrypto's bcrypt, not the trap's
SET synthgen.dev_password = 'secret';
SELECT password_hash LIKE '$2a$06$%' AS bcrypt, password_hash NOT LIKE 'captured%' AS not_captured
FROM synth_customers('baseline', customers => 1);
RESET synthgen.dev_password;
-- generate() still finds existing tables (to_regclass is pg_catalog's)
SELECT count(*) > 0 AS generated FROM synthgen.generate('baseline', '2025-12-01', 24, tables => '{suppliers}',
                                                      target_schema => 'trap_out');
\set VERBOSITY terse
SELECT * FROM synthgen.generate('baseline', '2025-12-01', 24, tables => '{suppliers}', target_schema => 'trap_out');
\set VERBOSITY default

RESET search_path;
DROP SCHEMA trap, trap_out CASCADE;
