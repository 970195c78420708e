#!/bin/sh
# The synthgen program's file habits (issue 17), run inside the pgenv /
# pg_virtualenv server (PGHOST/PGPORT/PGUSER set):
#   1. short flags (-t -D -H -s -j -o -F -d) give the files the long ones give;
#      --products and --suppliers reach the functions;
#   2. names: timestamped by default (a warning when an earlier run's files
#      are there), --overwrite writes stable names and replaces them;
#   3. schema.sql beside the CSV files: DuckDB runs it, loads the files into
#      its tables and gets DECIMAL(12,2) and TIMESTAMP WITH TIME ZONE, also
#      for a table without rows;
#   4. on a terminal (script(1)): a progress line with a percentage and an
#      ETA, no per-file "wrote" lines, one summary table;
#   5. --format parquet --jobs 3 writes tables in parallel (several COPY at
#      once in pg_stat_activity), the same files as --jobs 1;
#   6. failures: a bad scenario leaves no output directory it created;
#      SIGINT keeps the complete files, names them, removes the unfinished;
#   7. events: a window without its scenario's event (flash_sale on a
#      Monday) gets one note on stderr naming the next one as
#      synthgen.events() finds it; a window with events gets none, and the
#      events listed after the breakdown are synthgen.events()'s; baseline
#      and the master tables alone say nothing;
#   8. no --seed is the scenario row's seed (the same files as --seed 1 for
#      a shipped scenario, as --seed 7 for a scenario of seed 7; others with
#      another seed); --as-of reaches the event tables (psql's COPY with
#      as_of gives the same bytes) and one before the window's end is an
#      error.
# Outputs stay small (a few MB); the interrupted run is bounded by its window.
set -u
name=cli_files
. "$(dirname "$0")/lib/cli_common.sh"
trap 'rm -rf "$tmp"; psql -X -q -c "DELETE FROM synthgen.scenarios WHERE name = '"'"'cli_seven'"'"'" >/dev/null 2>&1' EXIT

q() {
	psql -X -q -At -v ON_ERROR_STOP=1 -c "SET synthgen.timing = off" -c "$1"
}
one() {
	ls "$1"/$2 2>/dev/null | head -1
}

# ---------------------------------------------------------------------
# 1. short flags, --products, --suppliers
# ---------------------------------------------------------------------
"$bin" baseline --tables orders,customers --days 1 --seed 7 --jobs 2 --out "$tmp/long" \
	--start "$START" --customers 300 --orders-per-day 400 --dsn "dbname=$PGDATABASE" >/dev/null 2>"$tmp/long.err" ||
	fail "long options: $(cat "$tmp/long.err")"
"$bin" baseline -t orders,customers -D 1 -s 7 -j2 -o "$tmp/short" \
	--start "$START" --customers 300 --orders-per-day 400 -d "$PGDATABASE" >/dev/null 2>"$tmp/short.err" ||
	fail "short flags: $(cat "$tmp/short.err")"
for t in orders customers; do
	a=$(one "$tmp/long" "*_$t.csv")
	b=$(one "$tmp/short" "*_$t.csv")
	[ -n "$a" ] && [ -n "$b" ] && cmp -s "$a" "$b" || fail "short flags: $t differs from the long options' file"
done
"$bin" baseline -H 24 -t orders -o "$tmp/hours" --start "$START" --orders-per-day 400 >/dev/null 2>&1 &&
	cmp -s "$(one "$tmp/hours" '*_orders.csv')" "$(one "$tmp/short" '*_orders.csv')" 2>/dev/null &&
	fail "-H 24 with another seed gave the same orders as seed 7"
"$bin" baseline -H 24 -s 7 -t orders -o "$tmp/hours7" --start "$START" --customers 300 --orders-per-day 400 >/dev/null 2>"$tmp/h.err" ||
	fail "-H: $(cat "$tmp/h.err")"
cmp -s "$(one "$tmp/hours7" '*_orders.csv')" "$(one "$tmp/long" '*_orders.csv')" 2>/dev/null ||
	fail "-H 24 differs from --days 1"

"$bin" baseline --products 50 --suppliers 5 -t suppliers,products,order_items -D 1 \
	--orders-per-day 300 --start "$START" -o "$tmp/ps" >/dev/null 2>"$tmp/ps.err" ||
	fail "--products/--suppliers: $(cat "$tmp/ps.err")"
for t in suppliers products order_items; do
	case $t in
		suppliers) call="synth_suppliers('baseline', suppliers => 5)" ;;
		products) call="synth_products('baseline', products => 50, suppliers => 5)" ;;
		*) call="synth_order_items('baseline', '$START', 24, orders_per_day => 300, products => 50, suppliers => 5)" ;;
	esac
	f=$(one "$tmp/ps" "*_$t.csv")
	PGTZ=UTC PGDATESTYLE='ISO, YMD' psql -X -q -c "SET synthgen.timing = off" \
		-c "COPY (SELECT * FROM $call) TO STDOUT (FORMAT csv, HEADER)" >"$tmp/ps.want" 2>&1
	[ -n "$f" ] && cmp -s "$f" "$tmp/ps.want" || fail "--products 50 --suppliers 5: $t differs from $call"
done

# ---------------------------------------------------------------------
# 2. names
# ---------------------------------------------------------------------
ARGS="--tables orders,suppliers --days 1 --orders-per-day 300 --start=2025-12-01T00:00+00"
"$bin" baseline $ARGS --out "$tmp/ow" --overwrite >"$tmp/ow1.out" 2>"$tmp/ow1.err" || fail "--overwrite: $(cat "$tmp/ow1.err")"
"$bin" baseline $ARGS --seed 2 --out "$tmp/ow" --overwrite >"$tmp/ow2.out" 2>"$tmp/ow2.err" || fail "--overwrite again: $(cat "$tmp/ow2.err")"
got=$(ls -A "$tmp/ow" | tr '\n' ' ')
[ "$got" = "baseline_orders.csv baseline_schema.sql baseline_suppliers.csv " ] ||
	fail "--overwrite twice: expected the stable names once, got: $got"
PGTZ=UTC PGDATESTYLE='ISO, YMD' psql -X -q -c "SET synthgen.timing = off" \
	-c "COPY (SELECT * FROM synth_orders('baseline', '$START', 24, seed => 2, orders_per_day => 300)) TO STDOUT (FORMAT csv, HEADER)" >"$tmp/ow.want"
cmp -s "$tmp/ow/baseline_orders.csv" "$tmp/ow.want" || fail "--overwrite: the second run (seed 2) did not replace baseline_orders.csv"
[ -s "$tmp/ow2.err" ] && fail "--overwrite over its own names warned: $(cat "$tmp/ow2.err")"
# the default: a new stamped set, and a warning that a glob reads both
"$bin" baseline $ARGS --out "$tmp/st" >/dev/null 2>"$tmp/st1.err" || fail "stamped run: $(cat "$tmp/st1.err")"
sleep 1
"$bin" baseline $ARGS --out "$tmp/st" >/dev/null 2>"$tmp/st2.err" || fail "stamped run again: $(cat "$tmp/st2.err")"
[ "$(ls "$tmp"/st/baseline_*_orders.csv | wc -l)" = 2 ] || fail "two stamped runs: expected two orders files: $(ls "$tmp/st")"
grep -q 'warning: .*earlier run.*--overwrite' "$tmp/st2.err" || fail "two stamped runs: no warning about the earlier run's files: $(cat "$tmp/st2.err")"

# ---------------------------------------------------------------------
# 3. schema.sql, read by DuckDB
# ---------------------------------------------------------------------
"$bin" baseline --tables orders,order_items,returns,system_metrics --hours 2 --orders-per-day 2000 --start "$START" \
	--out "$tmp/sch" >"$tmp/sch.out" 2>"$tmp/sch.err" || fail "schema run: $(cat "$tmp/sch.err")"
schema=$(one "$tmp/sch" '*_schema.sql')
returns=$(q "SELECT count(*) FROM synth_returns('baseline', '$START', 2, orders_per_day => 2000)")
[ "$returns" = 0 ] || fail "the test wants an empty returns table, the window has $returns returns"
if [ -z "$schema" ]; then
	fail "no schema file beside the CSV files: $(ls "$tmp/sch")"
elif ! command -v node >/dev/null 2>&1; then
	fail "node is not installed (test/deps.sh installs it)"
else
	[ -d test/node_modules/@duckdb/node-api ] || (cd test && npm ci --no-audit --no-fund >/dev/null 2>&1)
	if node test/sh/cli_schema.mjs "$schema" >"$tmp/duck.out" 2>"$tmp/duck.err"; then
		for want in "type.orders.total DECIMAL(12,2)" "type.orders.subtotal DECIMAL(12,2)" \
			"type.orders.ordered_at TIMESTAMP WITH TIME ZONE" "type.order_items.line_total DECIMAL(12,2)" \
			"type.returns.refunded_amount DECIMAL(12,2)" "type.returns.requested_at TIMESTAMP WITH TIME ZONE" \
			"type.system_metrics.ts TIMESTAMP WITH TIME ZONE" "type.orders.order_id BIGINT" \
			"rows.returns 0" \
			"rows.orders $(q "SELECT count(*) FROM synth_orders('baseline', '$START', 2, orders_per_day => 2000)")" \
			"sum.orders.total $(q "SELECT sum(total) FROM synth_orders('baseline', '$START', 2, orders_per_day => 2000)")"; do
			grep -qxF "$want" "$tmp/duck.out" || fail "DuckDB with schema.sql: no '$want' in: $(grep "^${want%% *} " "$tmp/duck.out")"
		done
		# every column of every table, as PostgreSQL declares it
		want=$(q "SELECT count(*) FROM pg_attribute WHERE attnum > 0 AND NOT attisdropped AND attrelid IN ('synthgen.order_row'::regclass, 'synthgen.order_item_row'::regclass, 'synthgen.return_row'::regclass, 'synthgen.system_metric_row'::regclass)")
		[ "$(grep -c '^type\.' "$tmp/duck.out")" = "$want" ] || fail "DuckDB sees $(grep -c '^type\.' "$tmp/duck.out") columns, PostgreSQL $want"
	else
		fail "DuckDB could not use the schema file: $(cat "$tmp/duck.err")"
	fi
fi
# PostgreSQL runs it too
psql -X -q -v ON_ERROR_STOP=1 -c "CREATE SCHEMA sch_test" -c "SET search_path = sch_test" -f "$schema" >/dev/null 2>"$tmp/pgsch.err" ||
	fail "PostgreSQL refuses the schema file: $(cat "$tmp/pgsch.err")"
psql -X -q -c "DROP SCHEMA IF EXISTS sch_test CASCADE" >/dev/null 2>&1
# Parquet files carry their types: no schema file
"$bin" baseline --tables suppliers --format parquet --out "$tmp/pqs" >/dev/null 2>&1
[ -z "$(ls "$tmp/pqs" | grep -v '[.]parquet$')" ] || fail "Parquet run wrote more than Parquet files: $(ls "$tmp/pqs")"

# ---------------------------------------------------------------------
# 4. on a terminal: progress with percentage and ETA, one summary
# ---------------------------------------------------------------------
script -qc "'$bin' baseline --tables customers,orders,order_items --days 7 --jobs 2 --start '$START' --out '$tmp/tty'" /dev/null \
	</dev/null >"$tmp/tty.raw" 2>&1 || fail "run under script(1) failed: $(tr '\r' '\n' <"$tmp/tty.raw" | tail -3)"
tr '\r' '\n' <"$tmp/tty.raw" >"$tmp/tty.txt"
grep -q '[0-9]%.*ETA' "$tmp/tty.txt" || fail "terminal: no progress line with a percentage and an ETA: $(head -c 600 "$tmp/tty.txt")"
grep -q 'wrote' "$tmp/tty.txt" && fail "terminal: per-file 'wrote' lines: $(grep wrote "$tmp/tty.txt" | head -3)"
[ "$(grep -c '^orders  *[0-9]* rows' "$tmp/tty.txt")" = 1 ] || fail "terminal: expected one summary line for orders: $(grep orders "$tmp/tty.txt")"
grep -q '^total ' "$tmp/tty.txt" || fail "terminal: no total line"
# not on a terminal: no progress at all, and nothing per file on stderr
"$bin" baseline --tables suppliers,orders --days 1 --orders-per-day 300 --start "$START" --out "$tmp/notty" >/dev/null 2>"$tmp/notty.err"
[ -s "$tmp/notty.err" ] && fail "not a terminal: stderr is not empty: $(cat "$tmp/notty.err")"

# ---------------------------------------------------------------------
# 5. --format parquet --jobs 3: tables in parallel
# ---------------------------------------------------------------------
# 125,000 orders: each COPY runs long enough (about a second) to be seen overlapping
PQARGS="--tables orders,order_items,cart_abandonment --days 10 --orders-per-day 12500 --start=2025-12-01T00:00+00 --format parquet"
"$bin" baseline $PQARGS --jobs 3 --out "$tmp/pq3" >/dev/null 2>"$tmp/pq3.err" &
pid=$!
most=0
while kill -0 $pid 2>/dev/null; do
	n=$(psql -X -At -c "SELECT count(*) FROM pg_stat_activity WHERE application_name = 'synthgen' AND state = 'active' AND query LIKE 'COPY%'" 2>/dev/null)
	[ "${n:-0}" -gt "$most" ] && most=$n
	sleep 0.05
done
wait $pid || fail "--format parquet --jobs 3: $(cat "$tmp/pq3.err")"
[ "$most" -ge 2 ] || fail "--format parquet --jobs 3: at most $most COPY ran at once"
"$bin" baseline $PQARGS --jobs 1 --out "$tmp/pq1" >/dev/null 2>"$tmp/pq1.err" || fail "--format parquet --jobs 1: $(cat "$tmp/pq1.err")"
for t in orders order_items cart_abandonment; do
	a=$(one "$tmp/pq1" "*_$t.parquet")
	b=$(one "$tmp/pq3" "*_$t.parquet")
	[ -n "$a" ] && [ -n "$b" ] && cmp -s "$a" "$b" || fail "--format parquet: $t of --jobs 3 differs from --jobs 1"
done

# ---------------------------------------------------------------------
# 6. failures
# ---------------------------------------------------------------------
"$bin" no_such_scenario --days 1 --out "$tmp/new/sub" >/dev/null 2>"$tmp/bad.err"
rc=$?
[ "$rc" = 1 ] || fail "bad scenario: exit $rc"
[ -e "$tmp/new" ] && fail "bad scenario: left the output directory it created: $(find "$tmp/new")"
mkdir "$tmp/keep"
"$bin" no_such_scenario --days 1 --out "$tmp/keep" >/dev/null 2>&1
[ -d "$tmp/keep" ] || fail "bad scenario: removed an output directory it had not created"

# SIGINT once suppliers is complete and orders is streaming (30 days of
# 20000 orders a day: the unfinished file cannot grow past ~100 MB)
"$bin" baseline --tables suppliers,orders --days 30 --orders-per-day 20000 --start "$START" \
	--out "$tmp/int" >/dev/null 2>"$tmp/int.err" &
pid=$!
tries=0
while [ -z "$(ls "$tmp"/int/baseline_*_suppliers.csv 2>/dev/null)" ] && [ $tries -lt 300 ] && kill -0 $pid 2>/dev/null; do
	sleep 0.02
	tries=$((tries + 1))
done
kill -INT $pid 2>/dev/null
wait $pid
rc=$?
sup=$(ls "$tmp"/int/baseline_*_suppliers.csv 2>/dev/null)
[ "$rc" = 1 ] || fail "SIGINT: exit $rc, expected 1"
[ "$(wc -l <"$tmp/int.err")" = 1 ] || fail "SIGINT: expected one line on stderr: $(cat "$tmp/int.err")"
grep -q "interrupted by SIGINT; kept 2 complete files in $tmp/int: baseline_[0-9_]*_suppliers.csv, baseline_[0-9_]*_schema.sql; removed 1 unfinished: baseline_[0-9_]*_orders.csv" "$tmp/int.err" ||
	fail "SIGINT: the message does not name the kept and removed files: $(cat "$tmp/int.err")"
[ -n "$sup" ] && [ "$(($(wc -l <"$sup") - 1))" = 100 ] || fail "SIGINT: the complete suppliers file was not kept whole"
left=$(find "$tmp/int" -name '*orders*' -o -name '*.tmp' | tr '\n' ' ')
[ -z "$left" ] || fail "SIGINT: unfinished files left: $left"

# ---------------------------------------------------------------------
# 7. events: the note when a window has none, the list when it has some
# ---------------------------------------------------------------------
MONDAY='2025-12-01 00:00+00'
[ "$(q "SELECT extract(isodow FROM timestamptz '$MONDAY')")" = 1 ] || fail "$MONDAY is not a Monday"
[ -z "$(event_lines flash_sale "$MONDAY" 24)" ] || fail "synthgen.events() lists an event for flash_sale on $MONDAY"
"$bin" flash_sale --days 1 --start "$MONDAY" -t campaigns,orders --orders-per-day 300 -o "$tmp/ev1" >"$tmp/ev1.out" 2>"$tmp/ev1.err" ||
	fail "flash_sale --days 1: $(cat "$tmp/ev1.err")"
next=$(next_event_start flash_sale "$MONDAY" 24)
want="synthgen: note: flash_sale has no flash sale between 2025-12-01 00:00 and 2025-12-02 00:00 UTC; its next one starts $next UTC (see synthgen describe flash_sale)"
[ -n "$next" ] && [ "$(cat "$tmp/ev1.err")" = "$want" ] ||
	fail "flash_sale --days 1 on a Monday: stderr is not the note '$want': $(cat "$tmp/ev1.err")"
grep -q '^events in the window' "$tmp/ev1.out" && fail "flash_sale --days 1 on a Monday: events listed: $(cat "$tmp/ev1.out")"
# a week holds the Friday sale: no note, and the events after the breakdown
"$bin" flash_sale --days 7 --start "$MONDAY" -t campaigns -o "$tmp/ev7" >"$tmp/ev7.out" 2>"$tmp/ev7.err" ||
	fail "flash_sale --days 7: $(cat "$tmp/ev7.err")"
[ -s "$tmp/ev7.err" ] && fail "flash_sale --days 7: stderr is not empty: $(cat "$tmp/ev7.err")"
event_lines flash_sale "$MONDAY" 168 >"$tmp/ev7.want"
[ -s "$tmp/ev7.want" ] || fail "synthgen.events() lists no flash sale in the week of $MONDAY"
sed -n '/^events in the window (synthgen.events()):$/,$p' "$tmp/ev7.out" | sed 1d >"$tmp/ev7.got"
cmp -s "$tmp/ev7.got" "$tmp/ev7.want" || fail "flash_sale --days 7: the events listed are not synthgen.events()'s: $(diff "$tmp/ev7.want" "$tmp/ev7.got" | head -5)"
# a year of weekly outages: ten lines, then how many more
"$bin" system_outage --days 365 --start '2025-01-01 00:00+00' -t campaigns -o "$tmp/ev365" >"$tmp/ev365.out" 2>"$tmp/ev365.err" ||
	fail "system_outage --days 365: $(cat "$tmp/ev365.err")"
n=$(event_lines system_outage '2025-01-01 00:00+00' 8760 | wc -l)
event_lines system_outage '2025-01-01 00:00+00' 8760 | head -10 >"$tmp/ev365.want"
echo "  ... and $((n - 10)) more (synthgen describe system_outage --start '2025-01-01 00:00+00' --hours 8760 lists them all)" >>"$tmp/ev365.want"
sed -n '/^events in the window (synthgen.events()):$/,$p' "$tmp/ev365.out" | sed 1d >"$tmp/ev365.got"
[ "$n" -gt 10 ] && cmp -s "$tmp/ev365.got" "$tmp/ev365.want" ||
	fail "system_outage --days 365: not the first ten of synthgen.events()'s $n events and the rest counted: $(diff "$tmp/ev365.want" "$tmp/ev365.got" | head -5)"
# the holiday calendar in June: the note names the next peak by its name
"$bin" holiday_peak --days 1 --start '2025-06-02 00:00+00' -t campaigns -o "$tmp/evh" >/dev/null 2>"$tmp/evh.err" ||
	fail "holiday_peak in June: $(cat "$tmp/evh.err")"
next=$(next_event_start holiday_peak '2025-06-02 00:00+00' 24)
nextname=$(q "SET TimeZone = 'UTC'; SELECT name FROM synthgen.events('holiday_peak', '2025-06-03 00:00+00', 87840) ORDER BY starts_at LIMIT 1")
want="synthgen: note: holiday_peak has no holiday peak or holiday lull between 2025-06-02 00:00 and 2025-06-03 00:00 UTC; the next, a holiday peak ($nextname), starts $next UTC (see synthgen describe holiday_peak)"
[ "$(cat "$tmp/evh.err")" = "$want" ] || fail "holiday_peak in June: stderr is not '$want': $(cat "$tmp/evh.err")"
# baseline has no events: nothing; nor has a run of the master tables only
"$bin" baseline --days 1 --start "$MONDAY" -t campaigns -o "$tmp/evb" >"$tmp/evb.out" 2>"$tmp/evb.err" || fail "baseline --days 1: $(cat "$tmp/evb.err")"
[ -s "$tmp/evb.err" ] && fail "baseline --days 1: stderr is not empty: $(cat "$tmp/evb.err")"
grep -q '^events' "$tmp/evb.out" && fail "baseline --days 1: events listed: $(cat "$tmp/evb.out")"
"$bin" flash_sale --days 1 --start "$MONDAY" -t suppliers,customers --customers 50 -o "$tmp/evm" >"$tmp/evm.out" 2>"$tmp/evm.err" || fail "flash_sale master tables: $(cat "$tmp/evm.err")"
[ -s "$tmp/evm.err" ] && fail "flash_sale --tables suppliers,customers: a note about events: $(cat "$tmp/evm.err")"

# ---------------------------------------------------------------------
# 8. the seed: none given is the scenario row's; --as-of
# ---------------------------------------------------------------------
q "INSERT INTO synthgen.scenarios (name, description, seed, orders_per_day, customers, products, suppliers,
	signups_from, signups_until, diurnal, weekly)
	SELECT 'cli_seven', 'baseline with seed 7', 7, 300, 200, 50, 5, signups_from, signups_until, diurnal, weekly
	FROM synthgen.scenarios WHERE name = 'baseline'" >/dev/null || fail "could not add the scenario cli_seven"
for sd in "flash_sale 1" "cli_seven 7"; do
	sc=${sd% *}; rowseed=${sd#* }
	[ "$(q "SELECT seed FROM synthgen.scenarios WHERE name = '$sc'")" = "$rowseed" ] || fail "$sc's seed is not $rowseed"
	for seed in none "$rowseed" $((rowseed + 1)); do
		if [ "$seed" = none ]; then opt=; else opt="--seed $seed"; fi
		"$bin" $sc --days 1 --start "$MONDAY" -t customers,orders --customers 200 --orders-per-day 300 $opt \
			--overwrite -o "$tmp/seed_${sc}_$seed" >/dev/null 2>"$tmp/seed.err" || fail "$sc $opt: $(cat "$tmp/seed.err")"
	done
	for t in customers orders; do
		cmp -s "$tmp/seed_${sc}_none/${sc}_$t.csv" "$tmp/seed_${sc}_$rowseed/${sc}_$t.csv" ||
			fail "$sc: $t without --seed differs from --seed $rowseed, the scenario's seed"
		cmp -s "$tmp/seed_${sc}_none/${sc}_$t.csv" "$tmp/seed_${sc}_$((rowseed + 1))/${sc}_$t.csv" &&
			fail "$sc: $t without --seed is the same as with --seed $((rowseed + 1))"
	done
done
# and the row's seed is the one the extension uses without a seed argument
PGTZ=UTC PGDATESTYLE='ISO, YMD' psql -X -q -c "SET synthgen.timing = off" \
	-c "COPY (SELECT * FROM synth_orders('cli_seven', '$MONDAY', 24, seed => 7, customers => 200, orders_per_day => 300)) TO STDOUT (FORMAT csv, HEADER)" >"$tmp/seven.csv"
cmp -s "$tmp/seven.csv" "$tmp/seed_cli_seven_none/cli_seven_orders.csv" || fail "cli_seven without --seed is not synth_orders(seed => 7)"

# --as-of: later than the window's end, the event tables as known then
ASOF='2025-12-20 00:00+00'
"$bin" baseline --days 1 --start "$MONDAY" -t customers,orders,returns --customers 200 --orders-per-day 300 \
	--as-of "$ASOF" --overwrite -o "$tmp/asof" >/dev/null 2>"$tmp/asof.err" || fail "--as-of: $(cat "$tmp/asof.err")"
for t in orders returns; do
	PGTZ=UTC PGDATESTYLE='ISO, YMD' psql -X -q -c "SET synthgen.timing = off" \
		-c "COPY (SELECT * FROM synth_$t('baseline', '$MONDAY', 24, customers => 200, orders_per_day => 300, as_of => '$ASOF')) TO STDOUT (FORMAT csv, HEADER)" >"$tmp/asof.want"
	cmp -s "$tmp/asof/baseline_$t.csv" "$tmp/asof.want" || fail "--as-of: $t differs from synth_$t(..., as_of => '$ASOF')"
done
"$bin" baseline --days 1 --start "$MONDAY" -t orders --customers 200 --orders-per-day 300 --overwrite -o "$tmp/noasof" >/dev/null 2>&1
cmp -s "$tmp/asof/baseline_orders.csv" "$tmp/noasof/baseline_orders.csv" && fail "--as-of $ASOF: the same orders as at the window's end"
"$bin" baseline --days 1 --start "$MONDAY" -t orders --as-of '2025-12-01 12:00+00' -o "$tmp/asof_bad" >/dev/null 2>"$tmp/asof_bad.err"
rc=$?
[ "$rc" = 1 ] && [ "$(wc -l <"$tmp/asof_bad.err")" = 1 ] && grep -q 'as_of' "$tmp/asof_bad.err" && [ ! -e "$tmp/asof_bad" ] ||
	fail "--as-of before the window's end: exit $rc, stderr: $(cat "$tmp/asof_bad.err")"

if [ "$failures" != 0 ]; then
	echo "cli_files.sh: $failures failure(s)"
	exit 1
fi
echo "cli_files.sh: ok"
