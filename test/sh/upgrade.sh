#!/bin/sh
# The upgrade path: a database that installed an older synthgen and ran
# ALTER EXTENSION synthgen UPDATE ends up with exactly the catalog objects
# of a fresh install of the current version (members, definitions, CHECK
# constraints, comments, privileges, pg_dump configuration), keeps the
# scenarios its users added (converted to 2.0's columns, with a NOTICE
# each), and then behaves like a fresh install under the whole pg_regress
# suite.  Every older version (1.0, 1.1, 1.2) is updated; 1.0 and 1.1 go
# through 1.2.  Also:
#   - before the update, the 2.0 library refuses to generate for the old
#     SQL objects (55000, with the fix in the hint), through every
#     generating function, without crashing;
#   - the update refuses, naming them, users' objects over what it drops
#     (views, a materialized view, a BEGIN ATOMIC function, an index, a
#     column of the catalog's row type), and a user's scenario named like
#     a shipped one, and changes nothing; shipped scenarios changed in
#     place are named in a NOTICE;
#   - it keeps users' tables OF the row types, views over the master-data
#     functions and the catalog's kept columns, and foreign keys to the
#     catalog; it warns about privileges changed on recreated functions;
#   - 1.0 and 1.1 are no longer trusted: a superuser installs them, the
#     owner's refusal is checked; databases whose owner installed them
#     while they were trusted (the extension owned by the database owner,
#     its objects by the bootstrap superuser) are updated by their owner,
#     and so is a 1.2 the owner installed.
set -eu
cd "$(dirname "$0")/../.."
fail() { echo "upgrade.sh: $*"; exit 1; }
current=$(sed -n "s/^default_version[[:space:]]*=[[:space:]]*'\([^']*\)'.*/\1/p" synthgen.control)
first=1.0
out=$(mktemp -d /tmp/synthgen_upgrade.XXXXXX)
trap 'rm -rf "$out"; for d in synthgen_fresh synthgen_fresh_owner synthgen_from $up; do dropdb --if-exists $d; done;
      psql -X -q -c "DROP ROLE IF EXISTS synthgen_owner"' EXIT
# pg_regress's own database name: expected outputs mention it
up=contrib_regression
q() { _qdb=$1; shift; psql -X -q -At -v ON_ERROR_STOP=1 -d "$_qdb" "$@"; }
as_owner="SET SESSION AUTHORIZATION synthgen_owner"

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

# $1 updated to $current must list exactly the facts of a fresh install
# ($2), and hold the shipped scenarios of a fresh install
same_catalog() {
	describe "$1" > "$out/updated.txt"
	grep -q "^extension synthgen $current " "$out/updated.txt" || fail "$3: the update did not reach $current"
	if ! diff -u "$2" "$out/updated.txt" > "$out/diff.txt"; then
		cat "$out/diff.txt"
		fail "$3 differs from a fresh $current install (above: - fresh, + updated)"
	fi
	shipped "$1" > "$out/shipped.txt"
	if ! diff -u "$out/shipped.expected" "$out/shipped.txt"; then
		fail "$3: the shipped scenarios differ from a fresh $current install's (above: - fresh, + updated)"
	fi
}
# the scenario catalog's columns in a fresh install's order
scenario_columns() {
	q synthgen_fresh -c "SELECT string_agg(quote_ident(attname), ', ' ORDER BY attnum) FROM pg_attribute
	    WHERE attrelid = 'synthgen.scenarios'::regclass AND attnum > 0 AND NOT attisdropped"
}
shipped() { q "$1" -c "COPY (SELECT $(scenario_columns) FROM synthgen.scenarios WHERE shipped ORDER BY name) TO STDOUT"; }

version_of() { q "$1" -c "SELECT extversion FROM pg_extension WHERE extname = 'synthgen'"; }

# Before ALTER EXTENSION UPDATE the SQL objects are 1.x's, with fewer
# arguments than the 2.0 library reads: every generating function must
# refuse with 55000 naming the fix, in one session that stays up.
refuses_before_update() {
	db=$1 v=$2
	psql -X -q -At -v VERBOSITY=verbose -d "$db" > "$out/before.out" 2> "$out/before.err" <<'EOF' || true
SET synthgen.timing = off;
CREATE TEMP TABLE load_target (LIKE synthgen.customer_row);
SELECT count(*) FROM synth_customers('baseline');
SELECT count(*) FROM synth_suppliers('baseline');
SELECT count(*) FROM synth_products('baseline');
SELECT count(*) FROM synth_campaigns('baseline', '2025-12-01 00:00+00', 24);
SELECT count(*) FROM synth_orders('baseline', '2025-12-01 00:00+00', 24);
SELECT count(*) FROM synth_order_items('flash_sale', '2025-12-01 00:00+00', 24, seed => 7);
SELECT count(*) FROM synth_support_tickets('baseline', '2025-12-01 00:00+00', 24);
SELECT count(*) FROM synth_cart_abandonment('baseline', '2025-12-01 00:00+00', 24);
SELECT count(*) FROM synth_returns('baseline', '2025-12-01 00:00+00', 24);
SELECT count(*) FROM synth_system_metrics('system_outage', '2025-12-01 00:00+00', 24, part => 1, parts => 2);
SELECT synthgen.load('load_target', 'customers', 'baseline', NULL, NULL, 1, NULL, NULL, NULL, NULL);
SELECT count(*) FROM synthgen.generate('baseline', '2025-12-01 00:00+00', 1, target_schema => 'never_made');
SELECT 'still connected';
EOF
	n=$(grep -c "^ERROR:  55000: synthgen's SQL objects in this database are version $v, but the installed library is $current\$" "$out/before.err" || true)
	h=$(grep -c "^HINT:  Run ALTER EXTENSION synthgen UPDATE to use algorithm" "$out/before.err" || true)
	if [ "$n" != 12 ] || [ "$h" != 12 ] || ! grep -qx 'still connected' "$out/before.out"; then
		cat "$out/before.err"
		fail "$v with the $current library: expected 12 errors 55000 with the hint and a live session, got $n errors, $h hints"
	fi
	[ "$(q "$db" -c "SELECT count(*) FROM pg_namespace WHERE nspname = 'never_made'")" = 0 ] ||
		fail "$v with the $current library: generate() created its schema before refusing"
}

# users' scenarios of every 1.x event kind, with 1.x's columns
add_user_scenarios() {
	q "$1" -c "INSERT INTO synthgen.scenarios (name, description, orders_per_day, customers, products,
        suppliers, signups_from, signups_until, utc_offset_hours, diurnal, weekly, cancel_rate_pct,
        event_kind, event_offset_hours, event_hours, event_order_multiplier, event_discount_pct, event_category)
    SELECT v.name, 'added under $2', 900, 700, 80, 9, s.signups_from, s.signups_until, v.utc,
           s.diurnal, s.weekly, 12.5, v.kind, v.off, v.hrs, v.mult, v.disc, v.cat
    FROM synthgen.scenarios s, (VALUES
        ('users_flash',        0, 'flash_sale',        36,   4, 4.5, 25, 'Books'),
        ('users_flash_long',  -5, 'flash_sale',         2, 100, 3,   10, NULL),
        ('users_holiday',      0, 'holiday_peak',       0, 240, 2.5, 15, 'Toys & Games'),
        ('users_holiday_flat', 0, 'holiday_peak',      12,  24, 0.5,  0, NULL),
        ('users_outage',       0, 'system_outage',     30,   3, 0.2,  0, NULL),
        ('users_outage_long',  0, 'system_outage',      0,  30, 1.5,  0, NULL),
        ('users_disruption',   0, 'supply_disruption', 24, 121, 1,    0, NULL),
        ('users_own',          0, 'none',               0,   0, 1,    0, NULL))
        AS v(name, utc, kind, off, hrs, mult, disc, cat)
    WHERE s.name = 'baseline'"
}

# ... and what they must have become (the conversions of synthgen--1.2--2.0.sql)
cat > "$out/converted.expected" <<'EOF'
users_disruption|1|flash 0 12 4 5.00 40.00 -|holiday 1.00 0.00|outage 0 60 240 0.10|disruption 30 6 6|12.50 added
users_flash|1|flash 7 12 4 4.50 25.00 Books|holiday 1.00 0.00|outage 0 60 240 0.10|disruption 0 5 21|12.50 added
users_flash_long|1|flash 7 21 72 3.00 10.00 -|holiday 1.00 0.00|outage 0 60 240 0.10|disruption 0 5 21|12.50 added
users_holiday|1|flash 0 12 4 5.00 40.00 -|holiday 2.50 15.00|outage 0 60 240 0.10|disruption 0 5 21|12.50 added
users_holiday_flat|1|flash 0 12 4 5.00 40.00 -|holiday 1.00 0.00|outage 0 60 240 0.10|disruption 0 5 21|12.50 added
users_outage|1|flash 0 12 4 5.00 40.00 -|holiday 1.00 0.00|outage 7 180 180 0.20|disruption 0 5 21|12.50 added
users_outage_long|1|flash 0 12 4 5.00 40.00 -|holiday 1.00 0.00|outage 7 1440 1440 1.00|disruption 0 5 21|12.50 added
users_own|1|flash 0 12 4 5.00 40.00 -|holiday 1.00 0.00|outage 0 60 240 0.10|disruption 0 5 21|12.50 added
EOF
converted() {
	q "$1" -c "SELECT concat_ws('|', name, seed,
            concat_ws(' ', 'flash', flash_sale_every_days, flash_sale_start_hour, flash_sale_hours,
                      flash_sale_multiplier, flash_sale_discount_pct, coalesce(flash_sale_category, '-')),
            concat_ws(' ', 'holiday', holiday_multiplier, holiday_discount_pct),
            concat_ws(' ', 'outage', outage_every_days, outage_minutes_min, outage_minutes_max, outage_order_multiplier),
            concat_ws(' ', 'disruption', disruption_every_days, disruption_days_min, disruption_days_max),
            concat_ws(' ', cancel_rate_pct, split_part(description, ' ', 1)))
        FROM synthgen.scenarios WHERE NOT shipped ORDER BY name"
}

# the NOTICEs the update gave ($2: its stderr) say what each became and what was lost
cat > "$out/notices.expected" <<'EOF'
NOTICE:  scenario users_disruption: its supply disruption now happens once in every 30 days, a random supplier's products running out for 6 days
DETAIL:  event_offset_hours 24 has no absolute meaning (it counted from each window's start): each 30-day period draws its disruption's start and supplier from the seed; event_hours 121 is rounded up to whole days; seed 1, 1.x's default seed
NOTICE:  scenario users_flash: its flash sale now runs every 7 days at 12:00 local time for 4 hours (x4.50, 25.00% off Books)
DETAIL:  event_offset_hours 36 has no absolute meaning (it counted from each window's start): the sale keeps the hour of day it had in windows starting at midnight UTC, and repeats every 7 days from the local day of the first sign-up (signups_from); seed 1, 1.x's default seed
NOTICE:  scenario users_flash_long: its flash sale now runs every 7 days at 21:00 local time for 72 hours (x3.00, 10.00% off every category)
DETAIL:  event_offset_hours 2 has no absolute meaning (it counted from each window's start): the sale keeps the hour of day it had in windows starting at midnight UTC, and repeats every 7 days from the local day of the first sign-up (signups_from); event_hours 100 is cut to 72, the longest flash sale; seed 1, 1.x's default seed
NOTICE:  scenario users_holiday: its holiday peak now follows the retail calendar, Black Friday at x2.50 of a normal day, 15.00% off in the Black Friday Weekend and Holiday Gift Event campaigns
DETAIL:  event_offset_hours 0 and event_hours 240 have no absolute meaning: the calendar (Black Friday to Cyber Monday, the December ramp, the January lull) decides when and how long; event_category Toys & Games is lost: the holiday campaigns cover every category; seed 1, 1.x's default seed
NOTICE:  scenario users_holiday_flat: its holiday peak now follows the retail calendar, without peaks (holiday_multiplier 1)
DETAIL:  event_offset_hours 12 and event_hours 24 have no absolute meaning: the calendar (Black Friday to Cyber Monday, the December ramp, the January lull) decides when and how long; event_order_multiplier 0.50 was below 1, so there are no holiday peaks; seed 1, 1.x's default seed
NOTICE:  scenario users_outage: its outage now happens once in every 7 days at a random instant, for 180 minutes, with 0.20 of the orders still placed
DETAIL:  event_offset_hours 30 has no absolute meaning (it counted from each window's start): each 7-day period draws its outage's start from the seed; seed 1, 1.x's default seed
NOTICE:  scenario users_outage_long: its outage now happens once in every 7 days at a random instant, for 1440 minutes, with 1.00 of the orders still placed
DETAIL:  event_offset_hours 0 has no absolute meaning (it counted from each window's start): each 7-day period draws its outage's start from the seed; event_hours 30 is cut to 24, the longest outage; event_order_multiplier 1.50 was above 1 and is now 1; seed 1, 1.x's default seed
NOTICE:  scenario users_own: it had no event and has none
DETAIL:  seed 1, 1.x's default seed
NOTICE:  synthgen 2.0 generates algorithm 2: every row differs from 1.x's for the same arguments
DETAIL:  Your scenarios converted (above): 8; the shipped ones are 2.0's.
EOF
check_conversions() {
	db=$1 what=$2 err=$3
	converted "$db" > "$out/converted.txt"
	if ! diff -u "$out/converted.expected" "$out/converted.txt"; then
		fail "$what: users' scenarios were not converted as documented (above: - expected, + got)"
	fi
	grep -E '^(NOTICE|DETAIL):  (scenario users_|event_|seed 1|synthgen 2\.0|Your scenarios converted)' "$err" > "$out/notices.txt" || true
	if ! diff -u "$out/notices.expected" "$out/notices.txt"; then
		fail "$what: the update's NOTICEs do not say what each scenario became (above: - expected, + got)"
	fi
	# shipped rows changed in place ($4, none by default) are named, no others
	changed=$(sed -n "s/^NOTICE:  shipped scenario \([a-z_]*\) had been changed in this database; 2.0's \1 replaces it\$/\1/p" "$err" | tr '\n' ' ')
	[ "$changed" = "${4:-}" ] ||
		fail "$what: the update names the shipped scenarios changed in place as '$changed', not '${4:-}'"
}

# the converted scenarios are the worlds their columns say: the events
# where the conversion put them, and the same rows as a fresh 2.0 install
# given the same rows
check_converted_worlds() {
	db=$1 what=$2
	got=$(q "$db" 2>&1 <<'EOF' || true
SET synthgen.timing = off;
SELECT string_agg(format('%s %s %s %s %s', scenario, to_char(starts_at AT TIME ZONE 'UTC', 'Dy HH24:MI'),
                         ends_at - starts_at, coalesce(category, '-'), multiplier), '; ' ORDER BY scenario)
FROM (VALUES ('users_flash'), ('users_flash_long')) v(scenario),
     synthgen.events(v.scenario, '2025-12-01 00:00+00', 7 * 24) e
WHERE e.kind = 'flash_sale' AND e.starts_at >= '2025-12-01 00:00+00';
SELECT 'outages ' || (count(*) >= 4 AND bool_and(ends_at - starts_at = '180 min'))
FROM synthgen.events('users_outage', '2025-12-01 00:00+00', 28 * 24) WHERE kind = 'system_outage';
SELECT 'long outages ' || (count(*) >= 4 AND bool_and(ends_at - starts_at = '1 day'))
FROM synthgen.events('users_outage_long', '2025-12-01 00:00+00', 28 * 24) WHERE kind = 'system_outage';
SELECT 'disruptions ' || (count(*) >= 3 AND bool_and(ends_at - starts_at = '6 days'))
FROM synthgen.events('users_disruption', '2025-12-01 00:00+00', 90 * 24) WHERE kind = 'supply_disruption';
SELECT 'black friday ' || max(multiplier)
FROM synthgen.events('users_holiday', '2025-11-20 00:00+00', 20 * 24) WHERE kind = 'holiday_peak';
SELECT 'flat holidays ' || count(*)
FROM synthgen.events('users_holiday_flat', '2025-11-20 00:00+00', 20 * 24) WHERE kind = 'holiday_peak';
SELECT 'no events ' || count(*) FROM synthgen.events('users_own', '2025-06-01 00:00+00', 30 * 24);
EOF
)
	want="users_flash Fri 12:00 04:00:00 Books 4.50; users_flash_long Fri 02:00 3 days - 3.00
outages true
long outages true
disruptions true
black friday 2.50
flat holidays 0
no events 0"
	[ "$got" = "$want" ] || fail "$what: the converted scenarios' events are not where the conversion put them:
$got
expected:
$want"
	# the same rows as in a fresh install that was given the same scenario rows
	dropdb --if-exists synthgen_from
	createdb synthgen_from
	q synthgen_from -c "CREATE EXTENSION synthgen CASCADE" 2>/dev/null
	cols=$(scenario_columns)
	q "$db" -c "COPY (SELECT $cols FROM synthgen.scenarios WHERE NOT shipped) TO STDOUT" |
		q synthgen_from -c "COPY synthgen.scenarios ($cols) FROM STDIN"
	digest="SET synthgen.timing = off;
	    SELECT string_agg(s || ' ' || (SELECT md5(string_agg(o::text, ',' ORDER BY order_id))
	                                   FROM synth_orders(s, '2025-11-27 00:00+00', 48) o)
	                        || ' ' || (SELECT md5(string_agg(m::text, ',' ORDER BY ts))
	                                   FROM synth_system_metrics(s, '2025-11-27 00:00+00', 48) m), '; ' ORDER BY s)
	    FROM unnest(ARRAY(SELECT name FROM synthgen.scenarios WHERE NOT shipped)) s"
	a=$(q "$db" -c "$digest" 2>&1 || true)
	b=$(q synthgen_from -c "$digest" 2>&1 || true)
	dropdb synthgen_from
	[ -n "$a" ] && [ "$a" = "$b" ] ||
		fail "$what: users' converted scenarios generate other rows than the same rows in a fresh install:
$a
fresh:
$b"
}

# users' objects, made under the old version: some must block the update
# (they depend on what it drops), the others must survive it
add_user_objects() {
	q "$1" <<'EOF'
CREATE SCHEMA dash;
-- blocking
CREATE VIEW public.recent_orders AS
    SELECT order_id, total FROM synth_orders('baseline', '2025-12-01 00:00+00', 24);
CREATE MATERIALIZED VIEW dash.outage_minutes AS
    SELECT ts, error_rate FROM synth_system_metrics('system_outage', '2025-12-01 00:00+00', 24) WITH NO DATA;
CREATE FUNCTION dash.refill() RETURNS bigint LANGUAGE sql
BEGIN ATOMIC
    SELECT sum(rows)::bigint FROM synthgen.generate('baseline', '2025-12-01 00:00+00', 1, target_schema => 'fill');
END;
CREATE VIEW dash.scenario_events AS SELECT name, event_kind, event_offset_hours FROM synthgen.scenarios;
CREATE INDEX scenarios_by_event ON synthgen.scenarios (event_kind);
CREATE TABLE dash.saved_scenarios (id int, s synthgen.scenarios);
-- kept
CREATE TABLE public.user_orders OF synthgen.order_row (PRIMARY KEY (order_id));
CREATE TABLE public.user_customers OF synthgen.customer_row;
CREATE VIEW public.customer_emails AS SELECT customer_id, email FROM synth_customers('users_own');
CREATE VIEW public.scenario_sizes AS SELECT name, customers, products FROM synthgen.scenarios;
CREATE TABLE public.fixtures (id int PRIMARY KEY, scenario text NOT NULL REFERENCES synthgen.scenarios (name));
INSERT INTO public.fixtures VALUES (1, 'baseline'), (2, 'users_flash');
CREATE FUNCTION public.orders_of(s text) RETURNS bigint LANGUAGE plpgsql
    AS $$BEGIN RETURN (SELECT count(*) FROM synth_orders(s, '2025-12-01 00:00+00', 24)); END$$;
EOF
}

refuses_blockers() {
	db=$1 v=$2
	if psql -X -q -v ON_ERROR_STOP=1 -v VERBOSITY=verbose -d "$db" -c "ALTER EXTENSION synthgen UPDATE" 2> "$out/refused.err"; then
		fail "$v -> $current: the update went through although users' objects depend on what it drops"
	fi
	# every blocker, by its schema-qualified name, in one error
	for want in \
		"^ERROR:  2BP01: cannot update extension synthgen to 2.0: 6 of your objects depend on what the update replaces\$" \
		"^DETAIL:  column s of table dash.saved_scenarios (uses type synthgen.scenarios)\$" \
		"^function dash.refill() (uses function synthgen.generate(text,timestamp with time zone,integer,text\[\],name,bigint,integer,bigint,integer,integer,integer,text))\$" \
		"^index synthgen.scenarios_by_event (uses column event_kind of table synthgen.scenarios)\$" \
		"^materialized view dash.outage_minutes (uses function public.synth_system_metrics(text,timestamp with time zone,integer,bigint,integer,bigint,integer,integer,integer,integer))\$" \
		"^view dash.scenario_events (uses column event_kind of table synthgen.scenarios, column event_offset_hours of table synthgen.scenarios)\$" \
		"^view public.recent_orders (uses function public.synth_orders(text,timestamp with time zone,integer,bigint,integer,bigint,integer,integer,integer,integer))\$" \
		"^HINT:  Drop them, run ALTER EXTENSION synthgen UPDATE, then create them again: .* take a new last argument as_of, and the event_\* columns of synthgen.scenarios become"; do
		grep -q "$want" "$out/refused.err" || { cat "$out/refused.err"; fail "$v -> $current: the refusal does not match: $want"; }
	done
	[ "$(version_of "$db")" = "$v" ] || fail "$v -> $current: the refused update left version $(version_of "$db")"
	[ "$(q "$db" -c "SELECT count(*) FROM synthgen.scenarios WHERE name LIKE 'users_%' AND event_kind <> 'none'")" = 7 ] ||
		fail "$v -> $current: the refused update changed the users' scenarios"
	echo "upgrade.sh: $v -> $current refused, naming the 6 objects over what it drops"
	q "$db" -c "DROP VIEW public.recent_orders" -c "DROP MATERIALIZED VIEW dash.outage_minutes" \
		-c "DROP FUNCTION dash.refill()" -c "DROP VIEW dash.scenario_events" \
		-c "DROP INDEX synthgen.scenarios_by_event" -c "DROP TABLE dash.saved_scenarios"
}

kept_user_objects() {
	db=$1 v=$2
	got=$(q "$db" 2>&1 <<'EOF' || true
SET synthgen.timing = off;
INSERT INTO public.user_orders SELECT * FROM synth_orders('users_flash', '2025-12-01 00:00+00', 24);
INSERT INTO public.user_customers SELECT * FROM synth_customers('users_own');
SELECT (SELECT count(*) > 0 FROM public.user_orders) AND (SELECT count(*) = 700 FROM public.user_customers);
SELECT count(*) FROM public.customer_emails;
SELECT string_agg(name || ' ' || customers, ',' ORDER BY name) FROM public.scenario_sizes WHERE name LIKE 'users_f%';
SELECT string_agg(f.scenario || ' ' || s.shipped, ',' ORDER BY f.id)
FROM public.fixtures f JOIN synthgen.scenarios s ON s.name = f.scenario;
SELECT count(*) FROM pg_constraint WHERE conrelid = 'public.fixtures'::regclass AND contype = 'f' AND convalidated;
SELECT public.orders_of('users_flash') > 0;
EOF
)
	want="t
700
users_flash 700,users_flash_long 700
baseline true,users_flash false
1
t"
	[ "$got" = "$want" ] || fail "$v -> $current: users' typed tables, views, foreign keys or functions did not survive:
$got
expected:
$want"
}

psql -X -q -c "DROP ROLE IF EXISTS synthgen_owner" -c "CREATE ROLE synthgen_owner"
createdb -O synthgen_owner synthgen_fresh
q synthgen_fresh -c "CREATE EXTENSION synthgen CASCADE" 2>/dev/null
describe synthgen_fresh > "$out/fresh.txt"
shipped synthgen_fresh > "$out/shipped.expected"
[ "$(wc -l < "$out/shipped.expected")" = 5 ] || fail "a fresh install does not ship 5 scenarios"
grep -q "^constraint synthgen.scenarios scenarios_cancel_rate_pct_check CHECK" "$out/fresh.txt" ||
	fail "the listing misses the catalog's constraints"
# what a database owner's own install consists of (trusted: @extowner@ is the owner)
createdb -O synthgen_owner synthgen_fresh_owner
q synthgen_fresh_owner -c "$as_owner" -c "CREATE EXTENSION synthgen CASCADE" 2>/dev/null
describe synthgen_fresh_owner > "$out/fresh_owner.txt"
dropdb synthgen_fresh_owner

# ---------------------------------------------------------------------
# 1.0 -> 1.2 -> 2.0, with users' scenarios and objects: the main path
# ---------------------------------------------------------------------
dropdb --if-exists $up
createdb -O synthgen_owner $up
if q $up -c "$as_owner" -c "CREATE EXTENSION synthgen VERSION '$first' CASCADE" 2>/dev/null; then
	fail "the database owner could install $first, which is not trusted"
fi
q $up -c "CREATE EXTENSION synthgen VERSION '$first' CASCADE" 2>/dev/null
[ "$(version_of $up)" = "$first" ] || fail "could not install version $first"
refuses_before_update $up $first
echo "upgrade.sh: $first with the $current library: every generating function refuses (55000, the fix in the hint)"
add_user_scenarios $up $first
add_user_objects $up
# a shipped scenario changed in place: replaced, with a NOTICE
q $up -c "UPDATE synthgen.scenarios SET orders_per_day = 999 WHERE name = 'holiday_peak'"
refuses_blockers $up $first
psql -X -q -v ON_ERROR_STOP=1 -d $up -c "ALTER EXTENSION synthgen UPDATE" 2> "$out/update.err" ||
	{ cat "$out/update.err"; fail "$first -> $current failed"; }
same_catalog $up "$out/fresh.txt" "$first updated to $current"
echo "upgrade.sh: $first -> $current gives the catalog of a fresh install ($(wc -l < "$out/fresh.txt") facts compared)"
check_conversions $up "$first -> $current" "$out/update.err" "holiday_peak "
check_converted_worlds $up "$first -> $current"
echo "upgrade.sh: $first -> $current converted the users' scenarios of every event kind as documented, a NOTICE each"
kept_user_objects $up $first
echo "upgrade.sh: $first -> $current kept the users' typed tables, views, foreign keys and functions"
# the CHECK constraints hold, the new ones too
for bad in "cancel_rate_pct = 101" "flash_sale_hours = 73" "outage_minutes_min = 200, outage_minutes_max = 100" \
	"flash_sale_category = 'Spaceships'" "holiday_multiplier = 0.5"; do
	if q $up -c "UPDATE synthgen.scenarios SET $bad WHERE name = 'users_flash'" 2>/dev/null; then
		fail "the updated catalog's CHECK constraints accept $bad"
	fi
done

# ---------------------------------------------------------------------
# every later version (installed by a superuser) updates to the same
# catalog, converting its users' scenarios; 1.2 also warns about
# privileges changed on the functions it recreates
# ---------------------------------------------------------------------
for v in $(ls synthgen--*.sql | sed -n 's/^synthgen--\([0-9.]*\)\.sql$/\1/p' | sort -V); do
	[ "$v" = "$first" ] || [ "$v" = "$current" ] && continue
	dropdb --if-exists synthgen_from
	createdb -O synthgen_owner synthgen_from
	q synthgen_from -c "CREATE EXTENSION synthgen VERSION '$v' CASCADE" 2>/dev/null
	refuses_before_update synthgen_from $v
	add_user_scenarios synthgen_from $v
	if [ "$v" = 1.1 ]; then
		# a user's scenario in the place of a deleted shipped one is
		# refused; without it, the update brings the shipped one back
		q synthgen_from -c "DELETE FROM synthgen.scenarios WHERE name = 'flash_sale'" \
			-c "INSERT INTO synthgen.scenarios (name, description, orders_per_day, customers, products,
			        suppliers, signups_from, signups_until, diurnal, weekly)
			    SELECT 'flash_sale', 'mine', 900, 700, 80, 9, signups_from, signups_until, diurnal, weekly
			    FROM synthgen.scenarios WHERE name = 'baseline'"
		if psql -X -q -v ON_ERROR_STOP=1 -d synthgen_from -c "ALTER EXTENSION synthgen UPDATE" 2> "$out/refused.err"; then
			fail "$v -> $current: the update took over a user's scenario named flash_sale"
		fi
		grep -q "^ERROR:  cannot update extension synthgen to 2.0: scenarios of yours have the names of shipped ones: flash_sale\$" "$out/refused.err" ||
			{ cat "$out/refused.err"; fail "$v -> $current: the refusal does not name the user's scenario flash_sale"; }
		q synthgen_from -c "DELETE FROM synthgen.scenarios WHERE name = 'flash_sale'"
	fi
	if [ "$v" = 1.2 ]; then
		q synthgen_from -c "REVOKE EXECUTE ON FUNCTION synthgen.generate(text, timestamptz, integer, text[], name, bigint, integer, bigint, integer, integer, integer, text) FROM PUBLIC" \
			-c "GRANT EXECUTE ON FUNCTION synth_orders(text, timestamptz, integer, bigint, integer, bigint, integer, integer, integer, integer) TO synthgen_owner WITH GRANT OPTION"
	fi
	psql -X -q -v ON_ERROR_STOP=1 -d synthgen_from -c "ALTER EXTENSION synthgen UPDATE" 2> "$out/update.err" ||
		{ cat "$out/update.err"; fail "$v -> $current failed"; }
	same_catalog synthgen_from "$out/fresh.txt" "$v updated to $current"
	check_conversions synthgen_from "$v -> $current" "$out/update.err"
	if [ "$v" = 1.2 ]; then
		grep -q '^WARNING:  the update recreates function synthgen.generate with the default privileges, not the ones you gave it$' "$out/update.err" &&
		grep -q '^WARNING:  the update recreates function public.synth_orders with the default privileges' "$out/update.err" ||
			{ cat "$out/update.err"; fail "$v -> $current: no warning about the privileges it does not carry over"; }
		# the hints are the statements that restore them
		sed -n 's/^HINT:  After the update, run: //p' "$out/update.err" > "$out/regrant.sql"
		grep -q "^REVOKE EXECUTE ON FUNCTION synthgen.generate(scenario text, .*, as_of timestamp with time zone) FROM PUBLIC;\$" "$out/regrant.sql" &&
		grep -q "^GRANT EXECUTE ON FUNCTION public.synth_orders(scenario text, .*, as_of timestamp with time zone) TO synthgen_owner WITH GRANT OPTION;\$" "$out/regrant.sql" ||
			{ cat "$out/update.err"; fail "$v -> $current: the warnings do not give the statements that restore the privileges"; }
		q synthgen_from -f "$out/regrant.sql"
		privs=$(q synthgen_from -c "SELECT has_function_privilege('public', 'synthgen.generate(text, timestamptz, integer, text[], name, bigint, integer, bigint, integer, integer, integer, text, text, boolean, timestamptz)', 'EXECUTE')
		    || ' ' || has_function_privilege('synthgen_owner', 'synth_orders(text, timestamptz, integer, bigint, integer, bigint, integer, integer, integer, integer, timestamptz)', 'EXECUTE WITH GRANT OPTION')")
		[ "$privs" = "false true" ] ||
			fail "$v -> $current: the statements of the warnings do not restore the privileges (PUBLIC, synthgen_owner: $privs)"
	fi
	dropdb synthgen_from
	echo "upgrade.sh: $v -> $current gives the catalog of a fresh install and converts the users' scenarios"
done

# ---------------------------------------------------------------------
# the whole regression suite, against the updated database (skipped with
# SYNTHGEN_UPGRADE_QUICK=1, for quick iterations on the update script)
# ---------------------------------------------------------------------
q $up -c "DROP SCHEMA dash CASCADE" -c "DROP TABLE public.user_orders, public.user_customers, public.fixtures" \
	-c "DROP VIEW public.customer_emails, public.scenario_sizes" -c "DROP FUNCTION public.orders_of(text)" \
	-c "DELETE FROM synthgen.scenarios WHERE NOT shipped"
pgxs=$(dirname "$(${PG_CONFIG:-pg_config} --pgxs)")
# all of it but the realism bands (commerce, operations, shapes: the
# generator on the shipped rows, which the update compared fact by fact
# with a fresh install above); make test-slow runs those too
tests=$(ls sql/*.sql | sed 's|sql/\(.*\)\.sql|\1|')
[ "${SYNTHGEN_SLOW:-0}" = 1 ] || tests=$(echo "$tests" | grep -vxE 'commerce|operations|shapes')
regress() {
	mkdir -p "$1"
	# shellcheck disable=SC2086
	"$pgxs/../../src/test/regress/pg_regress" --inputdir=. --outputdir="$1" \
		--bindir="$(${PG_CONFIG:-pg_config} --bindir)" --use-existing --dbname=$up \
		$tests > "$1/regress.log" 2>&1
}
if [ "${SYNTHGEN_UPGRADE_QUICK:-0}" = 1 ]; then
	echo "upgrade.sh: pg_regress skipped (SYNTHGEN_UPGRADE_QUICK=1)"
elif regress "$out/updated"; then
	echo "upgrade.sh: pg_regress on the updated database: $(grep -c '\.\.\. ok' "$out/updated/regress.log") tests ok"
else
	# expected/ may lag behind the model; then the updated database must
	# give exactly what a fresh install gives
	dropdb $up
	createdb -O synthgen_owner $up
	q $up -c "CREATE EXTENSION synthgen CASCADE" 2>/dev/null
	regress "$out/fresh" || true
	# (generate()'s seconds column is a measurement, not a result)
	for d in fresh updated; do
		mkdir -p "$out/$d/masked"
		for f in "$out/$d/results/"*.out; do
			awk '/\| *seconds *$/ { t = 1; print; next }
			     t && /^\(/ { t = 0 }
			     t && /\|/ { sub(/\| *[0-9][0-9.e+-]* *$/, "| <seconds>") }
			     { print }' "$f" > "$out/$d/masked/$(basename "$f")"
		done
	done
	if ! diff -r -u "$out/fresh/masked" "$out/updated/masked" > "$out/results.diff"; then
		head -c 20000 "$out/results.diff"
		fail "pg_regress gives other results on the updated database than on a fresh install (above: - fresh, + updated)"
	fi
	echo "upgrade.sh: pg_regress on the updated database: the same results as on a fresh install;" \
		"against expected/, both fail $(grep -cE '\.\.\. (FAILED|failed)' "$out/updated/regress.log") tests:" \
		"$(grep -E '\.\.\. (FAILED|failed)' "$out/updated/regress.log" | awk '{print $2}' | tr '\n' ' ')"
fi

# ---------------------------------------------------------------------
# databases whose owner installed 1.0 or 1.1 while it was trusted: only
# the extension's owner differs from a superuser's install (a trusted
# install runs the script as the bootstrap superuser, who owns the
# objects); and a 1.2 its owner installed, as 1.2 still may be
# ---------------------------------------------------------------------
for v in 1.0 1.1; do
	dropdb $up
	createdb -O synthgen_owner $up
	q $up -c "CREATE EXTENSION synthgen VERSION '$v' CASCADE" 2>/dev/null
	q $up -c "UPDATE pg_catalog.pg_extension SET extowner = 'synthgen_owner'::regrole WHERE extname = 'synthgen'" \
		-c "UPDATE pg_catalog.pg_shdepend SET refobjid = 'synthgen_owner'::regrole
		    WHERE classid = 'pg_extension'::regclass AND deptype = 'o'
		      AND objid = (SELECT oid FROM pg_extension WHERE extname = 'synthgen')"
	# 1.1's script granted the catalog to @extowner@, the owner then
	if [ "$v" = 1.1 ]; then
		q $up -c "GRANT INSERT, UPDATE, DELETE ON synthgen.scenarios TO synthgen_owner" \
			-c "GRANT DELETE ON synthgen.run_log TO synthgen_owner"
	fi
	q $up -c "$as_owner" -c "ALTER EXTENSION synthgen UPDATE" 2>/dev/null ||
		fail "the owner of a $v installed while it was trusted could not update it"
	[ "$(version_of $up)" = "$current" ] || fail "the owner's $v did not update to $current"
	q $up -c "$as_owner" -c "UPDATE synthgen.scenarios SET description = description WHERE name = 'baseline'" ||
		fail "the owner does not manage the scenario catalog after the update"
	echo "upgrade.sh: an owner's $v (installed while trusted) updated by the owner to $current"
done
dropdb $up
createdb -O synthgen_owner $up
q $up -c "$as_owner" -c "CREATE EXTENSION synthgen VERSION '1.2' CASCADE" 2>/dev/null ||
	fail "the database owner could not install 1.2"
add_user_scenarios $up 1.2
q $up -c "$as_owner" -c "ALTER EXTENSION synthgen UPDATE" 2> "$out/update.err" ||
	{ cat "$out/update.err"; fail "the owner could not update their 1.2"; }
same_catalog $up "$out/fresh_owner.txt" "the owner's 1.2 updated by the owner to $current"
check_conversions $up "the owner's 1.2 -> $current" "$out/update.err"
echo "upgrade.sh: an owner's 1.2 updated by the owner gives the catalog of the owner's fresh install"
echo "upgrade.sh: ok"
