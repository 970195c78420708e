#!/bin/sh
# The synthgen command-line program (src/cli/synthgen), run inside the
# pg_virtualenv server (PGHOST/PGPORT/PGUSER/PGPASSWORD set):
#   - file names, CSV headers (= the SQL row types), row counts (= count(*)
#     of the SQL functions with the same arguments), content byte-identical
#     to psql's own COPY, --jobs 2 byte-identical to --jobs 1, --tables;
#   - errors: one line on stderr, the documented exit code, no *.csv and no
#     *.tmp left (also when SIGTERM arrives in the middle of a table);
#   - the throwaway-server mode (no --dsn, no PG* environment), which must
#     leave no server and no directory behind;
#   - DuckDB (test/duckdb/check_csv.mjs, an independent reader) reads the
#     files back: counts, exact money sums, total = subtotal - discount +
#     shipping + tax.
set -u
cd "$(dirname "$0")/../.." || exit 1

PGDATABASE=${PGDATABASE:-postgres}
export PGDATABASE
bin=src/cli/synthgen
failures=0
fail() {
	echo "cli.sh: FAIL: $*"
	failures=$((failures + 1))
}

if [ ! -x "$bin" ]; then
	make -s -f src/cli/cli.mk PG_CONFIG="${PG_CONFIG:-pg_config}" synthgen-cli >/dev/null ||
		{ echo "cli.sh: FAIL: $bin is missing and could not be built"; exit 1; }
fi
psql -X -q -v ON_ERROR_STOP=1 -c "CREATE EXTENSION IF NOT EXISTS synthgen CASCADE" >/dev/null 2>&1 ||
	{ echo "cli.sh: FAIL: cannot create the extension"; exit 1; }

tmp=$(mktemp -d "${TMPDIR:-/tmp}/synthgen-cli-test.XXXXXX") || exit 1
trap 'rm -rf "$tmp"; psql -X -q -c "DROP DATABASE IF EXISTS synthgen_cli_noext" >/dev/null 2>&1' EXIT
# a run started as root (pg_virtualenv's usual case) may hand the directory
# to other users below; keep it traversable
chmod 755 "$tmp"

# every table: the extension's registry, in load order
TABLES=$(psql -X -At -c "SELECT string_agg(table_name, ' ' ORDER BY load_order) FROM synthgen.tables()")
[ -n "$TABLES" ] || { echo "cli.sh: FAIL: synthgen.tables() lists no tables"; exit 1; }
NTABLES=$(echo $TABLES | wc -w)
START='2025-12-01 00:00+00'
DAYS=7
CUST=2000
OPD=3000

q() {
	psql -X -q -At -v ON_ERROR_STOP=1 -c "SET synthgen.timing = off" -c "$1"
}

# the SQL call of a table with the arguments of the main run
call() {
	case $1 in
		customers) echo "synth_customers('baseline', customers => $CUST)" ;;
		suppliers|products) echo "synth_$1('baseline')" ;;
		campaigns) echo "synth_campaigns('baseline', start => '$START', hours => $((DAYS * 24)))" ;;
		*) echo "synth_$1('baseline', start => '$START', hours => $((DAYS * 24)), orders_per_day => $OPD, customers => $CUST)" ;;
	esac
}

# the row type of table $1, as the registry names it (schema-qualified)
rowtype() {
	q "SELECT row_type FROM synthgen.tables() WHERE table_name = '$1'"
}

# the file of table $2 in directory $1 (empty if none)
file_of() {
	for f in "$1"/*_"$2".csv; do
		[ -f "$f" ] && echo "$f" && return
	done
}

# no .csv and no .tmp file (hidden or not) in directory $1
assert_empty() {
	[ -d "$1" ] || return 0
	left=$(find "$1" -type f \( -name '*.csv' -o -name '*.tmp' \) | tr '\n' ' ')
	[ -z "$left" ] || fail "$2: files left behind: $left"
}

# one version string, the control file's, in the command and the server
version=$(sed -n "s/^default_version[[:space:]]*=[[:space:]]*'\([^']*\)'.*/\1/p" synthgen.control)
[ "$($bin --version)" = "synthgen $version" ] || fail "synthgen --version says '$($bin --version)', the control file $version"
psql -X -At -c "SELECT synthgen.version()" | grep -q "^synthgen $version " ||
	fail "synthgen.version() says '$(psql -X -At -c "SELECT synthgen.version()")', the control file $version"

# ---------------------------------------------------------------------
# 1. the main run: names, headers, counts, content
# ---------------------------------------------------------------------
if ! "$bin" baseline --days $DAYS --customers $CUST --orders-per-day $OPD \
	--start "$START" --out "$tmp/a" >"$tmp/a.out" 2>"$tmp/a.err"; then
	fail "main run failed: $(cat "$tmp/a.err")"
fi

names=$(ls -A "$tmp/a" 2>/dev/null)
[ "$(echo "$names" | wc -l)" = $((NTABLES + 1)) ] || fail "expected $NTABLES CSV files (one per registry table) and schema.sql in the out dir, got: $names"
stamps=$(echo "$names" | sed -n 's/^baseline_\([0-9]\{8\}_[0-9]\{6\}\)_[a-z_]*\.csv$/\1/p' | sort -u)
[ "$(echo "$stamps" | wc -l)" = 1 ] || fail "files do not share one baseline_YYYYMMDD_HHMMSS_ stamp: $names"
for t in $TABLES; do
	echo "$names" | grep -qx "baseline_${stamps}_$t.csv" || fail "missing baseline_${stamps}_$t.csv"
done
echo "$names" | grep -qx "baseline_${stamps}_schema.sql" || fail "missing baseline_${stamps}_schema.sql"
# the CLI's tables are the registry's: with no --tables, one file for each
# table synthgen.tables() lists and for no other
got=$(echo "$names" | sed -n 's/^baseline_[0-9]\{8\}_[0-9]\{6\}_\([a-z_0-9]*\)\.csv$/\1/p' | LC_ALL=C sort | tr '\n' ' ')
want=$(for t in $TABLES; do echo "$t"; done | LC_ALL=C sort | tr '\n' ' ')
[ "$got" = "$want" ] || fail "the files are of the tables '$got', synthgen.tables() lists '$want'"
grep -q '^total ' "$tmp/a.out" || fail "no total line in the breakdown: $(cat "$tmp/a.out")"
for t in $TABLES; do
	grep -q "^$t  *[0-9][0-9]* rows " "$tmp/a.out" || fail "no breakdown line for $t"
done

# expected counts, all in one query
countsql="SELECT 1"
for t in $TABLES; do
	countsql="$countsql, (SELECT count(*) FROM $(call "$t"))"
done
counts=$(q "$countsql") || fail "count query failed"

i=2
for t in $TABLES; do
	f=$(file_of "$tmp/a" "$t")
	[ -n "$f" ] || { i=$((i + 1)); continue; }

	want=$(q "SELECT string_agg(attname, ',' ORDER BY attnum) FROM pg_attribute WHERE attrelid = '$(rowtype "$t")'::regclass AND attnum > 0 AND NOT attisdropped")
	got=$(head -n 1 "$f")
	[ "$got" = "$want" ] || fail "$t: header '$got', expected '$want'"

	# one row per line: no line may hold an odd number of quotes (a quoted
	# field spanning lines would)
	odd=$(awk '{ n = gsub(/"/, "\""); if (n % 2) c++ } END { print c + 0 }' "$f")
	[ "$odd" = 0 ] || fail "$t: $odd lines with an odd number of quotes (a field spans lines?)"

	want=$(echo "$counts" | cut -d'|' -f$i)
	got=$(($(wc -l <"$f") - 1))
	[ "$got" = "$want" ] || fail "$t: $got rows in the file, count(*) says $want"
	i=$((i + 1))

	# the same bytes psql's COPY gives in a UTC/ISO session
	PGTZ=UTC PGDATESTYLE='ISO, YMD' PGCLIENTENCODING=UTF8 psql -X -q -v ON_ERROR_STOP=1 \
		-c "SET synthgen.timing = off" \
		-c "COPY (SELECT * FROM $(call "$t")) TO STDOUT (FORMAT csv, HEADER)" >"$tmp/psql.csv" ||
		fail "$t: psql COPY failed"
	cmp -s "$f" "$tmp/psql.csv" || fail "$t: file differs from psql's COPY of the same call"
done

# ---------------------------------------------------------------------
# 2. --jobs 2 gives the same bytes; --tables writes exactly those
# ---------------------------------------------------------------------
if ! "$bin" baseline --days $DAYS --customers $CUST --orders-per-day $OPD \
	--start "$START" --out "$tmp/b" --jobs 2 >"$tmp/b.out" 2>"$tmp/b.err"; then
	fail "--jobs 2 run failed: $(cat "$tmp/b.err")"
fi
for t in $TABLES; do
	a=$(file_of "$tmp/a" "$t")
	b=$(file_of "$tmp/b" "$t")
	[ -n "$a" ] && [ -n "$b" ] && cmp -s "$a" "$b" || fail "$t: --jobs 2 file differs from --jobs 1"
done
[ "$(ls -A "$tmp/b" | wc -l)" = $((NTABLES + 1)) ] || fail "--jobs 2: unexpected files: $(ls -A "$tmp/b")"
# three slices, assembled in order
if ! "$bin" baseline --days $DAYS --customers $CUST --orders-per-day $OPD \
	--start "$START" --out "$tmp/b3" --jobs 3 --tables orders,order_items,system_metrics >/dev/null 2>"$tmp/b3.err"; then
	fail "--jobs 3 run failed: $(cat "$tmp/b3.err")"
fi
for t in orders order_items system_metrics; do
	a=$(file_of "$tmp/a" "$t")
	b=$(file_of "$tmp/b3" "$t")
	[ -n "$a" ] && [ -n "$b" ] && cmp -s "$a" "$b" || fail "$t: --jobs 3 file differs from --jobs 1"
done
# the breakdown reports the rows the files hold
for run in a b; do
	for t in $TABLES; do
		f=$(file_of "$tmp/$run" "$t")
		[ -n "$f" ] || continue
		want=$(($(wc -l <"$f") - 1))
		got=$(awk -v t="$t" '$1 == t && $3 == "rows" { print $2 }' "$tmp/$run.out")
		[ "$got" = "$want" ] || fail "run $run: the breakdown says $t has '$got' rows, the file $want"
	done
done

if ! "$bin" baseline --days 1 --customers 500 --orders-per-day 500 --start "$START" \
	--tables orders,customers --jobs 3 --out "$tmp/t" >/dev/null 2>"$tmp/t.err"; then
	fail "--tables run failed: $(cat "$tmp/t.err")"
fi
got=$(ls -A "$tmp/t" | sed 's/^baseline_[0-9]\{8\}_[0-9]\{6\}_//' | sort | tr '\n' ' ')
[ "$got" = "customers.csv orders.csv schema.sql " ] || fail "--tables orders,customers wrote: $got"

# ---------------------------------------------------------------------
# 3. errors: one line, the right exit code, nothing left behind
# ---------------------------------------------------------------------
touch "$tmp/regular"
psql -X -q -c "DROP DATABASE IF EXISTS synthgen_cli_noext" -c "CREATE DATABASE synthgen_cli_noext" >/dev/null 2>&1

n=0
expect_error() {
	code=$1
	pattern=$2
	shift 2
	n=$((n + 1))
	out="$tmp/err$n"
	"$bin" "$@" --out "$out" >"$tmp/err$n.stdout" 2>"$tmp/err$n.stderr"
	rc=$?
	lines=$(wc -l <"$tmp/err$n.stderr")
	if [ "$rc" != "$code" ]; then
		fail "synthgen $*: exit $rc, expected $code ($(cat "$tmp/err$n.stderr"))"
	elif [ "$lines" != 1 ]; then
		fail "synthgen $*: $lines lines on stderr, expected 1: $(cat "$tmp/err$n.stderr")"
	elif ! grep -q -- "$pattern" "$tmp/err$n.stderr"; then
		fail "synthgen $*: stderr does not mention '$pattern': $(cat "$tmp/err$n.stderr")"
	fi
	assert_empty "$out" "synthgen $*"
}

expect_error 1 'unknown scenario "no_such_scenario".*baseline' no_such_scenario --days 1
expect_error 2 'unknown table "bogus"' baseline --days 1 --tables orders,bogus
# ... and its error names exactly the registry's tables, in load order
"$bin" baseline --days 1 --tables nope --out "$tmp/nope" >/dev/null 2>"$tmp/nope.err"
rc=$?
known=$(sed -n 's/^synthgen: unknown table "nope"; known tables: \([a-z_0-9, ]*\).*$/\1/p' "$tmp/nope.err" | sed 's/, / /g')
[ "$rc" = 2 ] && [ "$known" = "$TABLES" ] ||
	fail "--tables nope: exit $rc, the error lists '$known', synthgen.tables() '$TABLES': $(cat "$tmp/nope.err")"
[ ! -e "$tmp/nope" ] || fail "--tables nope: left the output directory it created"
expect_error 2 'jobs' baseline --days 1 --jobs 0
expect_error 2 'jobs' baseline --days 1 --jobs 65
expect_error 2 'hours' baseline --hours 0
expect_error 2 'cannot be used together' baseline --hours 5 --days 1
expect_error 2 'customers' baseline --days 1 --customers abc
expect_error 2 'unknown option' baseline --days 1 --bogus
expect_error 2 'format must be csv or parquet' baseline --days 1 --format xml
expect_error 1 'could not connect' baseline --days 1 --dsn 'host=/nonexistent'
expect_error 1 'not installed in database "synthgen_cli_noext"; run CREATE EXTENSION synthgen CASCADE' baseline --days 1 --dsn dbname=synthgen_cli_noext
expect_error 1 'orders_per_day' baseline --days 1 --orders-per-day 99999999
expect_error 1 'start' baseline --days 1 --start 1900-01-01
# an out dir that cannot be created: a path under a regular file
"$bin" baseline --days 1 --out "$tmp/regular/sub" >/dev/null 2>"$tmp/unwritable.err"
rc=$?
[ "$rc" = 1 ] && [ "$(wc -l <"$tmp/unwritable.err")" = 1 ] ||
	fail "out dir under a regular file: exit $rc, stderr: $(cat "$tmp/unwritable.err")"
# an existing directory we may not write to (only meaningful for non-root)
if [ "$(id -u)" != 0 ]; then
	mkdir "$tmp/ro" && chmod 555 "$tmp/ro"
	"$bin" baseline --days 1 --out "$tmp/ro" >/dev/null 2>"$tmp/ro.err"
	rc=$?
	[ "$rc" = 1 ] && [ "$(wc -l <"$tmp/ro.err")" = 1 ] ||
		fail "read-only out dir: exit $rc, stderr: $(cat "$tmp/ro.err")"
	assert_empty "$tmp/ro" "read-only out dir"
	chmod 755 "$tmp/ro"
fi

# SIGTERM in the middle of a big table (two slices streaming)
"$bin" baseline --tables orders --days 365 --orders-per-day 20000 --jobs 2 \
	--start "$START" --out "$tmp/kill" >/dev/null 2>"$tmp/kill.err" &
pid=$!
sleep 1
kill -TERM $pid 2>/dev/null
wait $pid
rc=$?
[ "$rc" != 0 ] || fail "SIGTERM: exit 0"
grep -q 'interrupted' "$tmp/kill.err" || fail "SIGTERM: no 'interrupted' message: $(cat "$tmp/kill.err")"
assert_empty "$tmp/kill" "SIGTERM"

# ---------------------------------------------------------------------
# 4. the throwaway server: no --dsn, no PG* variables
# ---------------------------------------------------------------------
server_pids() {
	ps -eo pid=,args= | grep '[s]ynthgen-[A-Za-z0-9]\{6\}/data' | awk '{ print $1 }' | sort | tr '\n' ' '
}
dirs_before=$(ls -d /tmp/synthgen-?????? 2>/dev/null | sort | tr '\n' ' ')
pids_before=$(server_pids)
if ! env -i PATH="$PATH" "$bin" baseline --days 1 --customers 100 --orders-per-day 200 \
	--tables customers,orders --out "$tmp/c" >"$tmp/c.out" 2>"$tmp/c.err"; then
	fail "throwaway-server run failed: $(cat "$tmp/c.err")"
fi
got=$(ls -A "$tmp/c" | sed 's/^baseline_[0-9]\{8\}_[0-9]\{6\}_//' | sort | tr '\n' ' ')
[ "$got" = "customers.csv orders.csv schema.sql " ] || fail "throwaway server: files $got"
grep -q '^throwaway server ' "$tmp/c.out" || fail "throwaway server: no line for it in the breakdown"
# the same rows as the SQL functions here (default start: UTC midnight - 1 day)
want=$(q "SELECT count(*) FROM synth_orders('baseline', date_trunc('day', now(), 'UTC') - interval '1 day', 24, orders_per_day => 200, customers => 100)")
f=$(file_of "$tmp/c" orders)
[ -n "$f" ] && [ "$(($(wc -l <"$f") - 1))" = "$want" ] || fail "throwaway server: orders rows differ from count(*) = $want"
f=$(file_of "$tmp/c" customers)
[ -n "$f" ] && [ "$(($(wc -l <"$f") - 1))" = 100 ] || fail "throwaway server: expected 100 customers"
# pg_ctl stop -w has returned; give a slow exit a few seconds
tries=0
while [ "$(server_pids)" != "$pids_before" ] && [ $tries -lt 5 ]; do
	sleep 1
	tries=$((tries + 1))
done
[ "$(server_pids)" = "$pids_before" ] || fail "throwaway server still running: $(ps -eo pid=,args= | grep '[s]ynthgen-[A-Za-z0-9]\{6\}/data')"
[ "$(ls -d /tmp/synthgen-?????? 2>/dev/null | sort | tr '\n' ' ')" = "$dirs_before" ] ||
	fail "throwaway server directory left behind: $(ls -d /tmp/synthgen-?????? 2>/dev/null)"

# ---------------------------------------------------------------------
# 5. DuckDB reads the files back
# ---------------------------------------------------------------------
if ! command -v node >/dev/null 2>&1; then
	fail "node is not installed (test/deps.sh installs it)"
else
	if [ ! -d test/node_modules/@duckdb/node-api ]; then
		(cd test && npm ci --no-audit --no-fund >/dev/null 2>"$tmp/npm.err") ||
			fail "npm ci failed: $(tail -n 3 "$tmp/npm.err")"
	fi
	orders=$(call orders)
	items=$(call order_items)
	{
		for t in $TABLES; do
			echo "rows.$t $(q "SELECT count(*) FROM $(call "$t")")"
		done
		q "SELECT 'orders.sum_total ' || coalesce(sum(total)::text, 'NULL'),
		          'orders.sum_subtotal ' || coalesce(sum(subtotal)::text, 'NULL'),
		          'orders.formula_violations 0'
		   FROM $orders" | tr '|' '\n'
		q "SELECT 'order_items.sum_line_total ' || coalesce(sum(line_total)::text, 'NULL') FROM $items"
		q "SELECT 'orders.items_mismatch ' || count(*)
		   FROM $orders o
		   LEFT JOIN (SELECT order_id, sum(line_total) AS lines FROM $items GROUP BY order_id) i USING (order_id)
		   WHERE o.subtotal IS DISTINCT FROM coalesce(i.lines, 0)"
	} | LC_ALL=C sort >"$tmp/expected.txt"
	if node test/duckdb/check_csv.mjs "$tmp/a" >"$tmp/duckdb.out" 2>"$tmp/duckdb.err"; then
		LC_ALL=C sort "$tmp/duckdb.out" >"$tmp/duckdb.txt"
		if ! diff "$tmp/expected.txt" "$tmp/duckdb.txt" >"$tmp/duckdb.diff"; then
			fail "DuckDB's figures differ from PostgreSQL's (< psql, > DuckDB):"
			cat "$tmp/duckdb.diff"
		fi
		grep -qx 'orders.formula_violations 0' "$tmp/duckdb.txt" ||
			fail "DuckDB finds orders with total <> subtotal - discount + shipping + tax"
	else
		fail "check_csv.mjs failed: $(cat "$tmp/duckdb.err")"
	fi
fi

# --format parquet: one file per table, read by DuckDB, rows equal PostgreSQL's
"$bin" baseline --days 2 --customers 2000 --orders-per-day 3000 --start '2025-12-01 00:00+00' \
	--tables customers,orders --format parquet --jobs 2 --out "$tmp/pq" >/dev/null 2>"$tmp/pq.err" ||
	fail "--format parquet failed: $(cat "$tmp/pq.err")"
for t in customers orders; do
	f=$(ls "$tmp"/pq/baseline_*_"$t".parquet 2>/dev/null | head -1)
	[ -n "$f" ] || { fail "--format parquet wrote no $t file"; continue; }
	got=$(cd test && node duckdb/parquet_stats.mjs "$f" | head -1)
	if [ "$t" = customers ]; then call="synth_customers('baseline', customers => 2000)"
	else call="synth_orders('baseline', '2025-12-01 00:00+00', 48, customers => 2000, orders_per_day => 3000)"; fi
	want=$(psql -X -At -d "${PGDATABASE:-postgres}" -c "SET synthgen.timing = off" -c "SELECT 'rows ' || count(*) FROM $call" | tail -1)
	[ "$got" = "$want" ] || fail "--format parquet $t: DuckDB '$got', PostgreSQL '$want'"
done
[ -z "$(ls -A "$tmp/pq" | grep -v '[.]parquet$')" ] || fail "--format parquet left other files: $(ls -A "$tmp/pq")"

if [ "$failures" != 0 ]; then
	echo "cli.sh: $failures failure(s)"
	exit 1
fi
echo "cli.sh: ok"
