#!/bin/sh
# The upgrade path: a database that installed synthgen 1.0 and ran
# ALTER EXTENSION synthgen UPDATE ends up with exactly the catalog objects
# of a fresh install of the current version (members, definitions, CHECK
# constraints, comments, privileges, pg_dump configuration), keeps the
# scenarios its users added, and then passes the whole pg_regress suite.
# 1.0 is no longer trusted (synthgen--1.0.control): a superuser installs
# it here, and the owner's refusal is checked.  Databases whose owner
# installed 1.0 while it was trusted still exist; such a database (the
# extension owned by the database owner, its objects by the bootstrap
# superuser) is reproduced at the end and updated by its owner.
set -eu
cd "$(dirname "$0")/../.."
fail() { echo "upgrade.sh: $*"; exit 1; }
current=$(sed -n "s/^default_version[[:space:]]*=[[:space:]]*'\([^']*\)'.*/\1/p" synthgen.control)
first=1.0
out=$(mktemp -d /tmp/synthgen_upgrade.XXXXXX)
trap 'rm -rf "$out"; dropdb --if-exists synthgen_fresh; dropdb --if-exists synthgen_acl; dropdb --if-exists $up; psql -X -q -c "DROP ROLE IF EXISTS synthgen_owner" -c "DROP ROLE IF EXISTS synthgen_gen_user"' EXIT
# pg_regress's own database name: expected outputs mention it
up=contrib_regression
q() { db=$1; shift; psql -X -q -At -v ON_ERROR_STOP=1 -d "$db" "$@"; }

# everything an install consists of, one line per fact, sorted
describe() {
	q "$1" <<'EOF'
WITH ext AS (SELECT oid FROM pg_extension WHERE extname = 'synthgen'),
member AS (
    SELECT d.classid, d.objid FROM pg_depend d, ext
    WHERE d.refclassid = 'pg_extension'::regclass AND d.refobjid = ext.oid AND d.deptype = 'e')
SELECT 'member ' || pg_describe_object(classid, objid, 0) FROM member
UNION ALL
SELECT 'function ' || p.oid::regprocedure || E'\n' || pg_get_functiondef(p.oid)
       || E'\n  acl ' || coalesce(p.proacl::text, 'default')
       || E'\n  comment ' || coalesce(obj_description(p.oid, 'pg_proc'), '-')
FROM pg_proc p JOIN member m ON m.classid = 'pg_proc'::regclass AND m.objid = p.oid
UNION ALL
SELECT 'relation ' || c.oid::regclass || ' ' || c.relkind::text || ' acl ' || coalesce(c.relacl::text, 'default')
       || ' comment ' || coalesce(obj_description(c.oid, 'pg_class'), '-')
FROM pg_class c JOIN member m ON m.classid = 'pg_class'::regclass AND m.objid = c.oid
UNION ALL
SELECT 'column ' || c.oid::regclass || '.' || a.attname || ' ' || format_type(a.atttypid, a.atttypmod)
       || CASE WHEN a.attnotnull THEN ' not null' ELSE '' END
       || coalesce(' default ' || pg_get_expr(ad.adbin, ad.adrelid), '')
       || ' comment ' || coalesce(col_description(c.oid, a.attnum), '-')
FROM pg_class c
JOIN member m ON m.classid = 'pg_class'::regclass AND m.objid = c.oid
JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
LEFT JOIN pg_attrdef ad ON ad.adrelid = c.oid AND ad.adnum = a.attnum
UNION ALL
SELECT 'column ' || t.oid::regtype || '.' || a.attname || ' ' || format_type(a.atttypid, a.atttypmod)
FROM pg_type t
JOIN member m ON m.classid = 'pg_type'::regclass AND m.objid = t.oid
JOIN pg_attribute a ON a.attrelid = t.typrelid AND a.attnum > 0
UNION ALL
SELECT 'type ' || t.oid::regtype || ' comment ' || coalesce(obj_description(t.oid, 'pg_type'), '-')
FROM pg_type t JOIN member m ON m.classid = 'pg_type'::regclass AND m.objid = t.oid
UNION ALL
SELECT 'constraint ' || co.conrelid::regclass || ' ' || co.conname || ' ' || pg_get_constraintdef(co.oid)
FROM pg_constraint co JOIN member m ON m.classid = 'pg_class'::regclass AND m.objid = co.conrelid
UNION ALL
SELECT 'constraint ' || co.conname || ' depends on '
       || pg_describe_object(d.refclassid, d.refobjid, d.refobjsubid) || ' ' || d.deptype::text
FROM pg_constraint co
JOIN member m ON m.classid = 'pg_class'::regclass AND m.objid = co.conrelid
JOIN pg_depend d ON d.classid = 'pg_constraint'::regclass AND d.objid = co.oid
UNION ALL
SELECT 'index ' || pg_get_indexdef(i.indexrelid)
FROM pg_index i JOIN member m ON m.classid = 'pg_class'::regclass AND m.objid = i.indrelid
UNION ALL
SELECT 'schema ' || n.nspname || ' acl ' || coalesce(n.nspacl::text, 'default')
       || ' comment ' || coalesce(obj_description(n.oid, 'pg_namespace'), '-')
FROM pg_namespace n JOIN member m ON m.classid = 'pg_namespace'::regclass AND m.objid = n.oid
UNION ALL
SELECT 'dumped ' || cfg::regclass || ' ' || coalesce(e.extcondition[i], '')
FROM pg_extension e, unnest(e.extconfig) WITH ORDINALITY AS u(cfg, i)
WHERE e.extname = 'synthgen'
UNION ALL
SELECT 'extension ' || extname || ' ' || extversion || ' relocatable ' || extrelocatable
FROM pg_extension WHERE extname = 'synthgen'
ORDER BY 1;
EOF
}

psql -X -q -c "DROP ROLE IF EXISTS synthgen_owner" -c "CREATE ROLE synthgen_owner"
as_owner="SET SESSION AUTHORIZATION synthgen_owner"
createdb -O synthgen_owner synthgen_fresh
q synthgen_fresh -c "CREATE EXTENSION synthgen CASCADE" 2>/dev/null
describe synthgen_fresh > "$out/fresh.txt"

dropdb --if-exists $up
createdb -O synthgen_owner $up
if q $up -c "$as_owner" -c "CREATE EXTENSION synthgen VERSION '$first' CASCADE" 2>/dev/null; then
	fail "the database owner could install $first, which is not trusted"
fi
q $up -c "CREATE EXTENSION synthgen VERSION '$first' CASCADE" 2>/dev/null
[ "$(q $up -c "SELECT extversion FROM pg_extension WHERE extname = 'synthgen'")" = "$first" ] ||
	fail "could not install version $first"
# a user's scenario, added under the old version
q $up -c "INSERT INTO synthgen.scenarios (name, description, orders_per_day, customers, products,
        suppliers, signups_from, signups_until, diurnal, weekly, cancel_rate_pct)
    SELECT 'users_own', 'added under $first', 900, 700, 80, 9, signups_from, signups_until, diurnal, weekly, 12.5
    FROM synthgen.scenarios WHERE name = 'baseline'"
digest="SELECT md5(string_agg(o::text, ',' ORDER BY order_id)) FROM synth_orders('users_own', '2025-12-01 00:00+00', 48) o"
before=$(q $up -c "SET synthgen.timing = off" -c "$digest")
q $up -c "ALTER EXTENSION synthgen UPDATE"
describe $up > "$out/upgraded.txt"

grep -q "^extension synthgen $current " "$out/upgraded.txt" || fail "the update did not reach $current"
grep -q "^constraint synthgen.scenarios scenarios_cancel_rate_pct_check CHECK" "$out/fresh.txt" ||
	fail "the listing misses the catalog's constraints"
if ! diff -u "$out/fresh.txt" "$out/upgraded.txt" > "$out/diff.txt"; then
	cat "$out/diff.txt"
	fail "$first updated to $current differs from a fresh $current install (above: - fresh, + updated)"
fi
echo "upgrade.sh: $first -> $current gives the catalog of a fresh install ($(wc -l < "$out/fresh.txt") facts compared)"

# every later version (installed by a superuser) updates to the same catalog
for v in $(ls synthgen--*.sql | sed -n 's/^synthgen--\([0-9.]*\)\.sql$/\1/p' | sort -V); do
	[ "$v" = "$first" ] || [ "$v" = "$current" ] && continue
	dropdb --if-exists synthgen_from
	createdb synthgen_from
	q synthgen_from -c "CREATE EXTENSION synthgen VERSION '$v' CASCADE" 2>/dev/null
	q synthgen_from -c "ALTER EXTENSION synthgen UPDATE"
	describe synthgen_from > "$out/from_$v.txt"
	dropdb synthgen_from
	if ! diff -u "$out/fresh.txt" "$out/from_$v.txt" > "$out/diff.txt"; then
		cat "$out/diff.txt"
		fail "$v updated to $current differs from a fresh $current install (above: - fresh, + updated)"
	fi
	echo "upgrade.sh: $v -> $current gives the catalog of a fresh install"
done

# 2.0's generate() takes more arguments, so the update makes it anew: the
# privileges someone granted and revoked on 1.2's come along
old_gen="synthgen.generate(text, timestamptz, integer, text[], name, bigint, integer, bigint, integer, integer, integer, text)"
acl_of() { q synthgen_acl -c "SELECT p.proacl::text FROM pg_proc p WHERE p.proname = 'generate' AND p.pronamespace = 'synthgen'::regnamespace"; }
dropdb --if-exists synthgen_acl
createdb synthgen_acl
psql -X -q -c "DROP ROLE IF EXISTS synthgen_gen_user" -c "CREATE ROLE synthgen_gen_user"
q synthgen_acl -c "CREATE EXTENSION synthgen VERSION '1.2' CASCADE" 2>/dev/null
q synthgen_acl -c "REVOKE EXECUTE ON FUNCTION $old_gen FROM PUBLIC" \
	-c "GRANT EXECUTE ON FUNCTION $old_gen TO synthgen_gen_user WITH GRANT OPTION"
acl_before=$(acl_of)
q synthgen_acl -c "ALTER EXTENSION synthgen UPDATE"
acl_after=$(acl_of)
[ "$(q synthgen_acl -c "SELECT pronargs FROM pg_proc WHERE proname = 'generate' AND pronamespace = 'synthgen'::regnamespace")" = 14 ] ||
	fail "after the update generate() does not take its 2.0 arguments"
case "$acl_before" in *synthgen_gen_user=X*) ;; *) fail "the grant did not take: $acl_before" ;; esac
[ "$acl_after" = "$acl_before" ] || fail "generate()'s privileges changed in the update: $acl_before -> $acl_after"
dropdb synthgen_acl
echo "upgrade.sh: 1.2 -> $current keeps the privileges on generate() ($acl_after)"

# the user's scenario survived, still passes the rebuilt constraints and
# generates the very same rows
after=$(q $up -c "SET synthgen.timing = off" -c "$digest")
[ -n "$before" ] && [ "$before" = "$after" ] || fail "the user's scenario generates other rows after the update"
q $up -c "UPDATE synthgen.scenarios SET cancel_rate_pct = 101 WHERE name = 'users_own'" 2>/dev/null &&
	fail "the rebuilt CHECK constraints accept cancel_rate_pct 101"
q $up -c "DELETE FROM synthgen.scenarios WHERE name = 'users_own'"

# the whole regression suite, against the updated database
pgxs=$(dirname "$(${PG_CONFIG:-pg_config} --pgxs)")
tests=$(ls sql/*.sql | sed 's|sql/\(.*\)\.sql|\1|')
# shellcheck disable=SC2086
if ! "$pgxs/../../src/test/regress/pg_regress" --inputdir=. --outputdir="$out" \
	--bindir="$(${PG_CONFIG:-pg_config} --bindir)" --use-existing --dbname=$up \
	$tests > "$out/regress.log" 2>&1; then
	cat "$out/regress.log"
	[ -f "$out/regression.diffs" ] && cat "$out/regression.diffs"
	fail "pg_regress failed on the updated database"
fi
echo "upgrade.sh: pg_regress on the updated database: $(grep -c '\.\.\. ok' "$out/regress.log") tests ok"

# a database whose owner installed 1.0 while it was trusted: only the
# extension's owner differs from a superuser's install (a trusted install
# runs the script as the bootstrap superuser, who owns the objects)
dropdb $up
createdb -O synthgen_owner $up
q $up -c "CREATE EXTENSION synthgen VERSION '$first' CASCADE" 2>/dev/null
q $up -c "UPDATE pg_catalog.pg_extension SET extowner = 'synthgen_owner'::regrole WHERE extname = 'synthgen'" \
	-c "UPDATE pg_catalog.pg_shdepend SET refobjid = 'synthgen_owner'::regrole
	    WHERE classid = 'pg_extension'::regclass AND deptype = 'o'
	      AND objid = (SELECT oid FROM pg_extension WHERE extname = 'synthgen')"
q $up -c "$as_owner" -c "ALTER EXTENSION synthgen UPDATE" ||
	fail "the owner of a $first installed while it was trusted could not update it"
q $up -c "$as_owner" -c "UPDATE synthgen.scenarios SET description = description WHERE name = 'baseline'" ||
	fail "the owner does not manage the scenario catalog after the update"
echo "upgrade.sh: an owner's $first (installed while trusted) updated by the owner to $current"
echo "upgrade.sh: ok"
