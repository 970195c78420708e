#!/bin/sh
# Every install and update script is safe to run as a superuser in a schema
# that a plain user prepared (PostgreSQL docs, "Security Considerations for
# Extension Scripts"): a database owner who is no superuser plants
# look-alike operators and functions in the schema the extension goes
# into; then, for every version that has a full install script,
#   - a trusted version is installed by the owner (the script runs as the
#     bootstrap superuser), an untrusted one is refused to the owner and
#     installed by a superuser;
#   - it is updated to the current version (ALTER EXTENSION ... UPDATE runs
#     every update script on the way, as a superuser too);
# and after each step nothing planted may be bound into the extension's
# objects (pg_depend records every binding to a non-built-in object);
# then nothing planted may run when anyone uses the extension, and the
# planter stays a plain role.  The planted operators cover =, <>, <, <=, >,
# >=, ~ and the arithmetic +, -, *, /, % (the update scripts compute with
# them) on every pair of the types the extension's catalog uses (read
# from an install, so a new column type is covered without editing this
# file) and the types of the scripts' literals.  Also checked statically:
# every SQL or PL/pgSQL function pins its search_path, none is SECURITY
# DEFINER, and no install script uses CREATE OR REPLACE.
set -eu
cd "$(dirname "$0")/../.."
fail() { echo "install_capture.sh: $*"; exit 1; }
tpl=synthgen_capture_tpl
db=synthgen_capture
trap 'dropdb --if-exists $db; dropdb --if-exists $tpl; dropdb --if-exists synthgen_types;
      psql -X -q -c "DROP ROLE IF EXISTS synthgen_planter"' EXIT
current=$(sed -n "s/^default_version[[:space:]]*=[[:space:]]*'\([^']*\)'.*/\1/p" synthgen.control)
versions=$(ls synthgen--*.sql | sed -n 's/^synthgen--\([0-9.]*\)\.sql$/\1/p' | sort -V)
[ -n "$versions" ] || fail "no install script found"
echo "$versions" | grep -qx "$current" || fail "no install script for the default version $current"

for f in synthgen--*.sql; do
	case $f in *--*--*) continue ;; esac
	! grep -in "create or replace" "$f" || fail "$f uses CREATE OR REPLACE"
done

# trusted = the control file's setting, unless the version's own control
# file (synthgen--V.control) overrides it
trusted() {
	tv=$(sed -n "s/^trusted[[:space:]]*=[[:space:]]*\([a-z]*\).*/\1/p" "synthgen--$1.control" 2>/dev/null)
	[ -n "$tv" ] || tv=$(sed -n "s/^trusted[[:space:]]*=[[:space:]]*\([a-z]*\).*/\1/p" synthgen.control)
	[ "$tv" = true ]
}
trusted "$current" || fail "the current version $current is not trusted: the owner tests below would not run"

psql -X -q -c "DROP ROLE IF EXISTS synthgen_planter" -c "CREATE ROLE synthgen_planter"
q() { d=$1; shift; psql -X -q -At -v ON_ERROR_STOP=1 -d "$d" "$@"; }
# the test's own look-ups, which must not be captured either: only
# pg_catalog on their search_path
qc() { PGOPTIONS="${PGOPTIONS:-} -c search_path=pg_catalog" q "$@"; }

# the types to plant operators for: every type a column, row type, argument
# or result of any version's objects uses (installed in a scratch database),
# and those of the literals the scripts compare with
createdb synthgen_types
types="integer bigint smallint numeric text name boolean timestamptz interval double_precision
       real date character_varying regclass oid"
for v in $versions; do
	q synthgen_types -c "CREATE EXTENSION synthgen VERSION '$v' CASCADE" 2>/dev/null
	types="$types $(qc synthgen_types <<'EOF'
WITH member AS (
    SELECT d.classid, d.objid FROM pg_depend d
    WHERE d.refclassid = 'pg_extension'::regclass AND d.deptype = 'e'
      AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'synthgen')),
used AS (
    SELECT a.atttypid AS t FROM pg_attribute a
    JOIN pg_class c ON c.oid = a.attrelid
    JOIN member m ON (m.classid = 'pg_class'::regclass AND m.objid = c.oid)
                  OR (m.classid = 'pg_type'::regclass AND m.objid = c.reltype)
    WHERE a.attnum > 0 AND NOT a.attisdropped
    UNION
    SELECT unnest(p.proargtypes::oid[] || p.prorettype) FROM pg_proc p
    JOIN member m ON m.classid = 'pg_proc'::regclass AND m.objid = p.oid)
SELECT string_agg(DISTINCT replace(format_type(t.oid, NULL), ' ', '_'), ' ')
FROM used JOIN pg_type t ON t.oid = used.t
WHERE t.typtype <> 'p' AND t.typtype <> 'c' AND t.typnamespace = 'pg_catalog'::regnamespace
EOF
)"
	q synthgen_types -c "DROP EXTENSION synthgen"
done
dropdb synthgen_types
types=$(echo $types | tr ' ' '\n' | sort -u | tr '\n' ' ')
echo "install_capture.sh: operators planted for the types: $types"

# the planted schema, made once as a template
createdb -O synthgen_planter $tpl
# every trap logs its call and tries to make its owner a superuser (which
# only works when a superuser runs it)
q $tpl -v types="$types" <<'EOF'
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
-- comparison operators for every pair of types: a pair without an exact
-- built-in operator (numeric >= integer) would pick the planted one when a
-- script leaves its operators unqualified
SELECT set_config('synthgen_capture.types', :'types', false);
DO $$
DECLARE
    types text[] := ARRAY(
        SELECT DISTINCT pg_catalog.format_type(pg_catalog.replace(x, '_', ' ')::regtype, NULL)
        FROM pg_catalog.unnest(pg_catalog.string_to_array(
                 pg_catalog.btrim(current_setting('synthgen_capture.types')), ' ')) x
        WHERE x <> '');
    ops text[] := ARRAY['=', '<>', '<', '<=', '>', '>=', '~', '+', '-', '*', '/', '%'];
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
CREATE FUNCTION public.trap_concat(text, text) RETURNS text LANGUAGE plpgsql
    AS $f$BEGIN PERFORM public.sprung('||'); RETURN $1; END$f$;
CREATE OPERATOR public.|| (LEFTARG = text, RIGHTARG = text, FUNCTION = public.trap_concat);
-- functions the scripts call, with signatures that match better than the
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
CREATE FUNCTION public.concat_ws(text, text, text) RETURNS text LANGUAGE plpgsql
    AS $f$BEGIN PERFORM public.sprung('concat_ws'); RETURN ''; END$f$;
CREATE FUNCTION public.array_to_string(text[], text) RETURNS text LANGUAGE plpgsql
    AS $f$BEGIN PERFORM public.sprung('array_to_string'); RETURN ''; END$f$;
CREATE FUNCTION public.ceil(numeric) RETURNS numeric LANGUAGE plpgsql
    AS $f$BEGIN PERFORM public.sprung('ceil'); RETURN 0; END$f$;
-- and a look-alike of the catalog, in case anything looks it up by name
CREATE TABLE public.scenarios (name text);
EOF
planted=$(qc $tpl -c "SELECT count(*) FROM pg_operator WHERE oprnamespace = 'public'::regnamespace")
functions=$(qc $tpl -c "SELECT count(*) FROM pg_proc WHERE pronamespace = 'public'::regnamespace
                        AND proname NOT LIKE 'trap\_%' AND proname <> 'sprung'")
[ "$planted" -gt 1500 ] || fail "only $planted operators planted"

# what the extension's objects (and their constraints, defaults, indexes)
# are bound to among the planter's objects; empty when nothing was captured
bound() {
	qc $db <<'EOF'
WITH member AS (
    SELECT d.classid, d.objid FROM pg_depend d
    WHERE d.refclassid = 'pg_extension'::regclass AND d.deptype = 'e'
      AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'synthgen')),
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
}

# the static rules, on the installed catalog
loose() {
	qc $db <<'EOF'
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
}

# then use everything, with public (and its traps) on the search_path
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
UPDATE synthgen.scenarios SET flash_sale_discount_pct = 10, flash_sale_every_days = 7 WHERE name = 'planted_$1';
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

as_owner="SET SESSION AUTHORIZATION synthgen_planter"
steps=0
for v in $versions; do
	dropdb --if-exists $db
	createdb -O synthgen_planter -T $tpl $db
	if trusted "$v"; then
		q $db -c "$as_owner" -c "CREATE EXTENSION synthgen VERSION '$v' CASCADE" 2>/dev/null ||
			fail "the database owner could not install the trusted version $v"
		by="the owner"
	else
		if q $db -c "$as_owner" -c "CREATE EXTENSION synthgen VERSION '$v' CASCADE" 2>/dev/null; then
			fail "the database owner could install version $v, which is not trusted"
		fi
		q $db -c "CREATE EXTENSION synthgen VERSION '$v' CASCADE" 2>/dev/null ||
			fail "a superuser could not install version $v"
		by="a superuser"
	fi
	b=$(bound)
	[ -z "$b" ] || fail "installing $v (by $by) bound planted objects: $b"
	steps=$((steps + 1))
	if [ "$v" != "$current" ]; then
		# users' scenarios of every 1.x event kind, so that every
		# conversion of the update scripts runs among the traps
		qc $db -c "INSERT INTO synthgen.scenarios (name, description, orders_per_day, customers, products,
		        suppliers, signups_from, signups_until, diurnal, weekly, event_kind, event_offset_hours,
		        event_hours, event_order_multiplier, event_discount_pct, event_category)
		    SELECT 'users_' || k, 'x', 500, 300, 50, 5, signups_from, signups_until, diurnal, weekly, k, 30,
		           CASE WHEN k = 'none' THEN 0 ELSE 100 END,
		           CASE WHEN k = 'holiday_peak' THEN 0.5 ELSE 1.5 END, 10, 'Books'
		    FROM synthgen.scenarios,
		         unnest('{none,flash_sale,holiday_peak,system_outage,supply_disruption}'::text[]) AS k
		    WHERE name = 'baseline'"
		# the update scripts run as a superuser, whoever owns the extension
		if trusted "$v"; then
			q $db -c "$as_owner" -c "ALTER EXTENSION synthgen UPDATE"
		else
			q $db -c "ALTER EXTENSION synthgen UPDATE"
		fi
		[ "$(qc $db -c "SELECT extversion FROM pg_extension WHERE extname = 'synthgen'")" = "$current" ] ||
			fail "$v did not update to $current"
		b=$(bound)
		[ -z "$b" ] || fail "updating $v to $current bound planted objects: $b"
		[ "$(qc $db -c "SELECT count(*) FROM synthgen.scenarios WHERE name LIKE 'users\_%' AND NOT shipped")" = 5 ] ||
			fail "updating $v to $current lost users' scenarios"
		steps=$((steps + 1))
	fi
	l=$(loose)
	[ -z "$l" ] || fail "functions without a pinned search_path, or SECURITY DEFINER (from $v): $l"

	use_it super | q $db > /dev/null
	if trusted "$v"; then
		q $db -c "ALTER ROLE synthgen_planter LOGIN"
		{ echo "$as_owner;"; use_it owner; } | q $db > /dev/null ||
			fail "the owner could not use the extension (from $v)"
		q $db -c "ALTER ROLE synthgen_planter NOLOGIN"
	fi
	dir=$(mktemp -d /tmp/synthgen_capture.XXXXXX)
	chmod 777 "$dir"
	q $db -c "SELECT synthgen.export_parquet('SELECT * FROM synth_suppliers(''baseline'')', '$dir/s.parquet')" >/dev/null
	rm -rf "$dir"

	sprung=$(qc $db -c "SELECT string_agg(trap || ' by ' || run_by, ', ') FROM public.trap_log")
	[ -z "$sprung" ] || fail "planted objects ran (from $v): $sprung"
	[ "$(qc $db -c "SELECT rolsuper FROM pg_roles WHERE rolname = 'synthgen_planter'")" = f ] ||
		fail "the planter became a superuser (from $v)"
	echo "install_capture.sh: $v installed by $by$( [ "$v" = "$current" ] || echo ", updated to $current"): nothing bound, nothing run by use"
done
echo "install_capture.sh: $planted planted operators and $functions functions, $steps install/update scripts checked"
echo "install_capture.sh: ok"
