#!/bin/sh
# The install script is safe to run for a trusted install (PostgreSQL docs,
# "Security Considerations for Extension Scripts"): a database owner who is
# no superuser plants look-alike operators and functions in the schema the
# extension goes into, then runs CREATE EXTENSION, which executes the script
# as a superuser.  Nothing planted may be bound into the extension's objects
# (pg_depend records every binding to a non-built-in object), nothing
# planted may run when anyone later uses the extension, and the planter
# stays a plain role.  Also checked statically: every SQL or PL/pgSQL
# function pins its search_path, none is SECURITY DEFINER, and no install
# script uses CREATE OR REPLACE.
set -eu
cd "$(dirname "$0")/../.."
fail() { echo "install_capture.sh: $*"; exit 1; }
db=synthgen_capture
trap 'dropdb --if-exists $db; psql -X -q -c "DROP ROLE IF EXISTS synthgen_planter"' EXIT

for f in synthgen--*.sql; do
	case $f in *--*--*) continue ;; esac
	! grep -in "create or replace" "$f" || fail "$f uses CREATE OR REPLACE"
done

psql -X -q -c "DROP ROLE IF EXISTS synthgen_planter" -c "CREATE ROLE synthgen_planter"
createdb -O synthgen_planter $db
q() { psql -X -q -At -v ON_ERROR_STOP=1 -d $db "$@"; }

# every trap logs its call and tries to make its owner a superuser (which
# only works when a superuser runs it)
q <<'EOF'
SET SESSION AUTHORIZATION synthgen_planter;
CREATE TABLE public.trap_log (trap text, run_by name DEFAULT current_user);
GRANT INSERT ON public.trap_log TO PUBLIC;
CREATE FUNCTION public.sprung(name text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO public.trap_log (trap) VALUES (name);
    BEGIN
        ALTER ROLE synthgen_planter SUPERUSER;
    EXCEPTION WHEN insufficient_privilege THEN NULL;
    END;
END $$;
-- comparison operators for every pair of the types the script uses: a
-- pair without an exact built-in operator (numeric >= integer) would pick
-- the planted one when the script leaves its operators unqualified
DO $$
DECLARE
    types text[] := ARRAY['integer', 'bigint', 'smallint', 'numeric', 'text', 'name', 'boolean',
                          'timestamptz', 'interval', 'double precision', 'character varying'];
    ops text[] := ARRAY['=', '<>', '<', '<=', '>', '>=', '~'];
    a text; b text; op text; n int := 0;
BEGIN
    FOREACH a IN ARRAY types LOOP
        FOREACH b IN ARRAY types LOOP
            n := n + 1;
            EXECUTE format('CREATE FUNCTION public.trap_cmp_%s(%s, %s) RETURNS boolean LANGUAGE plpgsql
                            AS $f$BEGIN PERFORM public.sprung(%L); RETURN true; END$f$', n, a, b,
                           'comparison ' || a || ', ' || b);
            FOREACH op IN ARRAY ops LOOP
                EXECUTE format('CREATE OPERATOR public.%s (LEFTARG = %s, RIGHTARG = %s, FUNCTION = public.trap_cmp_%s)',
                               op, a, b, n);
            END LOOP;
        END LOOP;
    END LOOP;
END $$;
CREATE FUNCTION public.trap_plus(timestamptz, interval) RETURNS timestamptz LANGUAGE plpgsql
    AS $f$BEGIN PERFORM public.sprung('+'); RETURN $1; END$f$;
CREATE OPERATOR public.+ (LEFTARG = timestamptz, RIGHTARG = interval, FUNCTION = public.trap_plus);
CREATE FUNCTION public.trap_concat(text, text) RETURNS text LANGUAGE plpgsql
    AS $f$BEGIN PERFORM public.sprung('||'); RETURN $1; END$f$;
CREATE OPERATOR public.|| (LEFTARG = text, RIGHTARG = text, FUNCTION = public.trap_concat);
-- functions the script calls, with signatures that match better than the
-- built-in polymorphic or regclass ones
CREATE FUNCTION public.array_ndims(integer[]) RETURNS integer LANGUAGE plpgsql
    AS $f$BEGIN PERFORM public.sprung('array_ndims'); RETURN 1; END$f$;
CREATE FUNCTION public.cardinality(integer[]) RETURNS integer LANGUAGE plpgsql
    AS $f$BEGIN PERFORM public.sprung('cardinality'); RETURN 24; END$f$;
CREATE FUNCTION public.array_position(integer[], integer) RETURNS integer LANGUAGE plpgsql
    AS $f$BEGIN PERFORM public.sprung('array_position'); RETURN NULL; END$f$;
CREATE FUNCTION public.pg_extension_config_dump(text, text) RETURNS void LANGUAGE plpgsql
    AS $f$BEGIN PERFORM public.sprung('pg_extension_config_dump'); END$f$;
CREATE FUNCTION public.category_names() RETURNS text[] LANGUAGE plpgsql
    AS $f$BEGIN PERFORM public.sprung('category_names'); RETURN '{}'; END$f$;
CREATE FUNCTION public.format(text, VARIADIC text[]) RETURNS text LANGUAGE plpgsql
    AS $f$BEGIN PERFORM public.sprung('format'); RETURN ''; END$f$;
CREATE FUNCTION public.to_regclass(text) RETURNS regclass LANGUAGE plpgsql
    AS $f$BEGIN PERFORM public.sprung('to_regclass'); RETURN NULL; END$f$;
CREATE FUNCTION public.clock_timestamp() RETURNS timestamptz LANGUAGE plpgsql
    AS $f$BEGIN PERFORM public.sprung('clock_timestamp'); RETURN now(); END$f$;
CREATE FUNCTION public.nextval(text) RETURNS bigint LANGUAGE plpgsql
    AS $f$BEGIN PERFORM public.sprung('nextval'); RETURN 1; END$f$;
-- and a look-alike of the catalog, in case anything looks it up by name
CREATE TABLE public.scenarios (name text);
EOF
planted=$(q -c "SELECT count(*) FROM pg_operator WHERE oprnamespace = 'public'::regnamespace")
[ "$planted" -gt 800 ] || fail "only $planted operators planted"

# the trusted install, by the database owner
q -c "SET SESSION AUTHORIZATION synthgen_planter" -c "CREATE EXTENSION synthgen CASCADE" 2>/dev/null ||
	fail "the database owner could not install synthgen (is it marked trusted?)"

bound=$(q <<'EOF'
WITH member AS (
    SELECT d.classid, d.objid FROM pg_depend d
    WHERE d.refclassid = 'pg_extension'::regclass AND d.deptype = 'e'
      AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'synthgen')),
-- the extension's objects and their parts: constraints, defaults, indexes
part AS (
    SELECT classid, objid FROM member
    UNION ALL
    SELECT 'pg_constraint'::regclass, co.oid FROM pg_constraint co
    JOIN member m ON m.classid = 'pg_class'::regclass AND m.objid = co.conrelid
    UNION ALL
    SELECT 'pg_attrdef'::regclass, ad.oid FROM pg_attrdef ad
    JOIN member m ON m.classid = 'pg_class'::regclass AND m.objid = ad.adrelid
    UNION ALL
    SELECT 'pg_class'::regclass, i.indexrelid FROM pg_index i
    JOIN member m ON m.classid = 'pg_class'::regclass AND m.objid = i.indrelid)
SELECT string_agg(pg_describe_object(d.classid, d.objid, d.objsubid) || ' -> '
                  || pg_describe_object(d.refclassid, d.refobjid, 0), '; ')
FROM pg_depend d JOIN part p ON p.classid = d.classid AND p.objid = d.objid
WHERE d.refobjid IN (SELECT oid FROM pg_proc WHERE proowner = 'synthgen_planter'::regrole)
   OR d.refobjid IN (SELECT oid FROM pg_operator WHERE oprowner = 'synthgen_planter'::regrole)
   OR d.refobjid IN (SELECT oid FROM pg_class WHERE relowner = 'synthgen_planter'::regrole)
EOF
)
[ -z "$bound" ] || fail "the install bound planted objects: $bound"

# the static rules, on the installed catalog
loose=$(q <<'EOF'
SELECT string_agg(p.oid::regprocedure::text, ', ')
FROM pg_depend d JOIN pg_proc p ON d.classid = 'pg_proc'::regclass AND d.objid = p.oid
JOIN pg_language l ON l.oid = p.prolang
WHERE d.refclassid = 'pg_extension'::regclass AND d.deptype = 'e'
  AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'synthgen')
  AND (p.prosecdef
       OR (l.lanname IN ('sql', 'plpgsql')
           AND NOT EXISTS (SELECT 1 FROM unnest(p.proconfig) c WHERE c LIKE 'search\_path=%')
           AND p.prosqlbody IS NULL))
EOF
)
[ -z "$loose" ] || fail "functions without a pinned search_path, or SECURITY DEFINER: $loose"

# now use everything, as a superuser and as the owner, with public (and
# its traps) on the search_path
dir=$(mktemp -d /tmp/synthgen_capture.XXXXXX)
chmod 777 "$dir"
use_it() {
	cat <<EOF
SET search_path = public;
SET synthgen.timing = off;
SET client_min_messages = warning;
SET synthgen.dev_password = 'secret';
SELECT count(*) FROM synth_customers('baseline', customers => 20);
RESET synthgen.dev_password;
INSERT INTO synthgen.scenarios (name, description, orders_per_day, customers, products, suppliers,
                                signups_from, signups_until, diurnal, weekly, cancel_rate_pct)
SELECT 'planted_$1', 'x', 500, 300, 50, 5, signups_from, signups_until, diurnal, weekly, 3.5
FROM synthgen.scenarios WHERE name = 'baseline';
UPDATE synthgen.scenarios SET event_discount_pct = 10 WHERE name = 'planted_$1';
SELECT count(*) FROM synth_orders('planted_$1', '2025-12-01', 24);
SELECT count(*) FROM synthgen.generate('flash_sale', '2025-12-01', 12, target_schema => 'out_$1',
                                       customers => 500, products => 50);
SELECT count(*) FROM synthgen.generate('baseline', '2025-12-01', 12, target_schema => 'out_$1',
                                       tables => '{orders,order_items}', customers => 500, products => 50,
                                       if_exists => 'replace', jobs => 2);
COPY (SELECT * FROM synth_suppliers('baseline')) TO STDOUT (FORMAT parquet);
DELETE FROM synthgen.scenarios WHERE name = 'planted_$1';
DELETE FROM synthgen.run_log;
EOF
}
use_it super | q > /dev/null
q -c "ALTER ROLE synthgen_planter LOGIN"
{ echo "SET SESSION AUTHORIZATION synthgen_planter;"; use_it owner; } | q > /dev/null ||
	fail "the owner could not use the extension"
q -c "SELECT synthgen.export_parquet('SELECT * FROM synth_suppliers(''baseline'')', '$dir/s.parquet')" >/dev/null
rm -rf "$dir"

sprung=$(q -c "SELECT string_agg(trap || ' by ' || run_by, ', ') FROM public.trap_log")
[ -z "$sprung" ] || fail "planted objects ran: $sprung"
[ "$(q -c "SELECT rolsuper FROM pg_roles WHERE rolname = 'synthgen_planter'")" = f ] ||
	fail "the planter became a superuser"
echo "install_capture.sh: $planted planted operators and 9 functions: none bound by the install, none run by use"
echo "install_capture.sh: ok"
