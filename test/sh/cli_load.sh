#!/bin/sh
# synthgen SCENARIO --load, run inside the pgenv / pg_virtualenv server
# (PGHOST/PGPORT/PGUSER set):
#   - --load into a schema gives the same tables as calling
#     synthgen.generate() directly with the same arguments: a digest of
#     every table's rows, and the same columns and keys;
#   - --jobs 2, --tables, the counts and --seed reach generate();
#   - the breakdown on stdout has a line per table with generate()'s rows;
#   - --if-exists, and the errors: existing tables (one line, exit 1, the
#     tables untouched), --load without a database, --load with --out;
#   - events: a window without its scenario's event gets the note on
#     stderr, one with events lists synthgen.events()'s after the
#     breakdown; no --seed is the scenario row's seed (generate() with
#     seed => 7 for a scenario of seed 7); --as-of reaches generate().
set -u
name=cli_load
. "$(dirname "$0")/lib/cli_common.sh"
dropall() {
	psql -X -q -c "DROP SCHEMA IF EXISTS cli_loaded CASCADE" -c "DROP SCHEMA IF EXISTS sql_loaded CASCADE" \
		-c "DROP SCHEMA IF EXISTS cli_part CASCADE" -c "DROP SCHEMA IF EXISTS sql_part CASCADE" \
		-c "DROP SCHEMA IF EXISTS cli_ev CASCADE" -c "DROP SCHEMA IF EXISTS cli_seed CASCADE" \
		-c "DROP SCHEMA IF EXISTS sql_seed CASCADE" -c "DROP SCHEMA IF EXISTS cli_asof CASCADE" \
		-c "DROP SCHEMA IF EXISTS sql_asof CASCADE" \
		-c "DELETE FROM synthgen.scenarios WHERE name = 'cli_load_seven'" >/dev/null 2>&1
}
trap 'rm -rf "$tmp"; dropall' EXIT
dropall
# every table: the extension's registry, in load order
TABLES=$(psql -X -At -c "SELECT string_agg(table_name, ' ' ORDER BY load_order) FROM synthgen.tables()")
[ -n "$TABLES" ] || fail "synthgen.tables() lists no tables"

q() {
	psql -X -q -At -v ON_ERROR_STOP=1 -c "SET client_min_messages = warning" -c "$1"
}
# the rows of schema.table, in a canonical order, as one md5
digest() {
	q "SELECT count(*) || ' ' || coalesce(md5(string_agg(t::text, E'\n' ORDER BY t::text)), '-') FROM $1.$2 t"
}
# columns with types, and constraints, of schema.table
shape() {
	q "SELECT string_agg(attname || ' ' || format_type(atttypid, atttypmod), ', ' ORDER BY attnum) FROM pg_attribute WHERE attrelid = '$1.$2'::regclass AND attnum > 0 AND NOT attisdropped"
	q "SELECT string_agg(conname || ' ' || pg_get_constraintdef(oid), ', ' ORDER BY conname) FROM pg_constraint WHERE conrelid = '$1.$2'::regclass"
}

# ---------------------------------------------------------------------
# all tables, --jobs 2, against generate() called directly
# ---------------------------------------------------------------------
"$bin" baseline --load --schema cli_loaded --days 2 --start "$START" --seed 3 \
	--customers 1500 --orders-per-day 2000 --products 300 --suppliers 20 --jobs 2 \
	>"$tmp/load.out" 2>"$tmp/load.err" || fail "--load: $(cat "$tmp/load.err")"
q "SELECT count(*) FROM synthgen.generate('baseline', '$START', 48, target_schema => 'sql_loaded', seed => 3,
	customers => 1500, orders_per_day => 2000, products => 300, suppliers => 20, jobs => 2)" >/dev/null ||
	fail "generate() directly failed"
for t in $TABLES; do
	a=$(digest cli_loaded "$t" 2>&1)
	b=$(digest sql_loaded "$t" 2>&1)
	[ -n "$b" ] && [ "$a" = "$b" ] || fail "--load: $t is '$a', generate() gives '$b'"
	[ "$(shape cli_loaded "$t" 2>&1 | sed 's/cli_loaded/S/g')" = "$(shape sql_loaded "$t" 2>&1 | sed 's/sql_loaded/S/g')" ] ||
		fail "--load: $t has other columns or keys than generate()'s"
	rows=$(q "SELECT count(*) FROM cli_loaded.$t" 2>/dev/null)
	got=$(awk -v t="$t" '$1 == t && $3 == "rows" { print $2 }' "$tmp/load.out")
	[ "$got" = "$rows" ] || fail "--load breakdown: $t '$got' rows, the table has $rows"
done
grep -q '^total ' "$tmp/load.out" || fail "--load: no total line: $(cat "$tmp/load.out")"
grep -q '^keys ' "$tmp/load.out" || fail "--load: no line for the keys"

# ---------------------------------------------------------------------
# --tables, -n, short flags; the default seed and counts
# ---------------------------------------------------------------------
"$bin" baseline --load -n cli_part -t orders,customers -H 6 --start "$START" \
	>"$tmp/part.out" 2>"$tmp/part.err" || fail "--load --tables: $(cat "$tmp/part.err")"
q "SELECT count(*) FROM synthgen.generate('baseline', '$START', 6, tables => '{orders,customers}', target_schema => 'sql_part')" >/dev/null
got=$(q "SELECT string_agg(tablename, ' ' ORDER BY tablename) FROM pg_tables WHERE schemaname = 'cli_part'")
[ "$got" = "customers orders" ] || fail "--load --tables orders,customers made: $got"
for t in orders customers; do
	[ "$(digest cli_part $t)" = "$(digest sql_part $t)" ] || fail "--load --tables: $t differs from generate()'s"
done

# ---------------------------------------------------------------------
# existing tables
# ---------------------------------------------------------------------
before=$(digest cli_part orders)
"$bin" baseline --load -n cli_part -t orders -H 6 --seed 9 --start "$START" >/dev/null 2>"$tmp/exists.err"
rc=$?
[ "$rc" = 1 ] && [ "$(wc -l <"$tmp/exists.err")" = 1 ] && grep -q 'already exists' "$tmp/exists.err" ||
	fail "--load onto an existing table: exit $rc, stderr: $(cat "$tmp/exists.err")"
[ "$(digest cli_part orders)" = "$before" ] || fail "--load onto an existing table changed it"
"$bin" baseline --load -n cli_part -t orders -H 6 --seed 9 --start "$START" --if-exists replace >/dev/null 2>"$tmp/replace.err" ||
	fail "--if-exists replace: $(cat "$tmp/replace.err")"
q "SELECT count(*) FROM synthgen.generate('baseline', '$START', 6, tables => '{orders}', target_schema => 'sql_part', seed => 9, if_exists => 'replace')" >/dev/null
[ "$(digest cli_part orders)" = "$(digest sql_part orders)" ] || fail "--if-exists replace: orders differ from generate()'s"

# ---------------------------------------------------------------------
# usage errors
# ---------------------------------------------------------------------
env -i PATH="$PATH" "$bin" baseline --load >/dev/null 2>"$tmp/nodb.err"
rc=$?
[ "$rc" = 2 ] && grep -q -- '--load needs a database' "$tmp/nodb.err" || fail "--load without a database: exit $rc: $(cat "$tmp/nodb.err")"
"$bin" baseline --load --out "$tmp/x" >/dev/null 2>"$tmp/out.err"
rc=$?
[ "$rc" = 2 ] && [ ! -e "$tmp/x" ] || fail "--load --out: exit $rc: $(cat "$tmp/out.err")"
"$bin" baseline --schema x >/dev/null 2>"$tmp/schema.err"
[ $? = 2 ] || fail "--schema without --load: not a usage error: $(cat "$tmp/schema.err")"

# ---------------------------------------------------------------------
# events: the note, the list
# ---------------------------------------------------------------------
MONDAY='2025-12-01 00:00+00'
"$bin" flash_sale --load -n cli_ev -t campaigns --days 1 --start "$MONDAY" >"$tmp/ev1.out" 2>"$tmp/ev1.err" ||
	fail "--load flash_sale --days 1: $(cat "$tmp/ev1.err")"
next=$(next_event_start flash_sale "$MONDAY" 24)
want="synthgen: note: flash_sale has no flash sale between 2025-12-01 00:00 and 2025-12-02 00:00 UTC; its next one starts $next UTC (see synthgen describe flash_sale)"
[ -n "$next" ] && [ "$(cat "$tmp/ev1.err")" = "$want" ] || fail "--load flash_sale on a Monday: stderr is not '$want': $(cat "$tmp/ev1.err")"
"$bin" flash_sale --load -n cli_ev -t campaigns --days 7 --start "$MONDAY" --if-exists replace >"$tmp/ev7.out" 2>"$tmp/ev7.err" ||
	fail "--load flash_sale --days 7: $(cat "$tmp/ev7.err")"
[ -s "$tmp/ev7.err" ] && fail "--load flash_sale --days 7: stderr is not empty: $(cat "$tmp/ev7.err")"
event_lines flash_sale "$MONDAY" 168 >"$tmp/ev7.want"
sed -n '/^events in the window (synthgen.events()):$/,$p' "$tmp/ev7.out" | sed 1d >"$tmp/ev7.got"
[ -s "$tmp/ev7.want" ] && cmp -s "$tmp/ev7.got" "$tmp/ev7.want" ||
	fail "--load flash_sale --days 7: the events listed are not synthgen.events()'s: $(diff "$tmp/ev7.want" "$tmp/ev7.got" | head -5)"

# ---------------------------------------------------------------------
# the scenario row's seed; --as-of
# ---------------------------------------------------------------------
q "INSERT INTO synthgen.scenarios (name, description, seed, orders_per_day, customers, products, suppliers,
	signups_from, signups_until, diurnal, weekly)
	SELECT 'cli_load_seven', 'baseline with seed 7', 7, 300, 200, 50, 5, signups_from, signups_until, diurnal, weekly
	FROM synthgen.scenarios WHERE name = 'baseline'" >/dev/null || fail "could not add the scenario cli_load_seven"
"$bin" cli_load_seven --load -n cli_seed -t customers,orders -H 12 --start "$MONDAY" >/dev/null 2>"$tmp/seed.err" ||
	fail "--load cli_load_seven: $(cat "$tmp/seed.err")"
q "SELECT count(*) FROM synthgen.generate('cli_load_seven', '$MONDAY', 12, tables => '{orders,customers}', target_schema => 'sql_seed', seed => 7)" >/dev/null
for t in orders customers; do
	[ "$(digest cli_seed $t)" = "$(digest sql_seed $t)" ] || fail "--load without --seed: $t differs from generate(seed => 7), the scenario's seed"
done
q "SELECT count(*) FROM synthgen.generate('cli_load_seven', '$MONDAY', 12, tables => '{orders,customers}', target_schema => 'sql_seed', seed => 1, if_exists => 'replace')" >/dev/null
[ "$(digest cli_seed orders)" = "$(digest sql_seed orders)" ] && fail "--load without --seed: the orders of seed 1, not the scenario's 7"

ASOF='2025-12-20 00:00+00'
"$bin" baseline --load -n cli_asof -t orders,returns -H 24 --start "$MONDAY" --customers 200 --orders-per-day 300 \
	--as-of "$ASOF" >/dev/null 2>"$tmp/asof.err" || fail "--load --as-of: $(cat "$tmp/asof.err")"
q "SELECT count(*) FROM synthgen.generate('baseline', '$MONDAY', 24, tables => '{orders,returns}', target_schema => 'sql_asof',
	customers => 200, orders_per_day => 300, as_of => '$ASOF')" >/dev/null
for t in orders returns; do
	[ "$(digest cli_asof $t)" = "$(digest sql_asof $t)" ] || fail "--load --as-of: $t differs from generate(as_of => '$ASOF')"
done
q "SELECT count(*) FROM synthgen.generate('baseline', '$MONDAY', 24, tables => '{orders,returns}', target_schema => 'sql_asof',
	customers => 200, orders_per_day => 300, if_exists => 'replace')" >/dev/null
[ "$(digest cli_asof orders)" = "$(digest sql_asof orders)" ] && fail "--load --as-of $ASOF: the orders as known at the window's end"

if [ "$failures" != 0 ]; then
	echo "cli_load.sh: $failures failure(s)"
	exit 1
fi
echo "cli_load.sh: ok"
