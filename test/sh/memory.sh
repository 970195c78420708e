#!/bin/sh
# Backend memory stays flat as the rows grow: the peak private memory of a
# fresh backend running each path at a small and a large size:
#   - SELECT count(*) FROM synth_orders(...) at the default work_mem (the
#     executor's tuplestore spills to a temporary file past work_mem),
#   - synthgen.generate() (bulk load, keys, ANALYZE),
#   - COPY (SELECT * FROM synth_orders(...)) TO file (FORMAT parquet).
# The large run's peak may exceed the small one's by at most 25 % + 16 MB.
# SYNTHGEN_SLOW=1 (make test-slow) compares 1 M with 20 M rows; the default
# suite 1 M with 3 M.  And the largest requests are refused before any row
# is made.
set -eu
db=${PGDATABASE:-postgres}
fail() { echo "memory.sh: $*"; exit 1; }
psql -X -q -d "$db" -c "CREATE EXTENSION IF NOT EXISTS synthgen CASCADE" >/dev/null 2>&1
dir=$(mktemp -d /tmp/synthgen_memory.XXXXXX)
chmod 777 "$dir"
trap 'rm -rf "$dir"; psql -X -q -d "$db" -c "DROP SCHEMA IF EXISTS memory_test CASCADE" >/dev/null 2>&1' EXIT

# baseline at 250 k orders per day: hours for the small and the large size
if [ "${SYNTHGEN_SLOW:-0}" = 1 ]; then small=96 large=1920; else small=96 large=288; fi

# $1 = statement; prints "<peak private MB> <rows>" of a fresh backend.
# Private memory is RssAnon, sampled every 20 ms from outside: VmHWM would
# also count the shared buffers the backend touched (ANALYZE's sample
# alone reads up to 30000 pages), which grows with the table up to
# shared_buffers and says nothing about our allocations.  The primary key's
# sort takes up to maintenance_work_mem (64 MB by default), by design: it is
# set to 16 MB here so that both sizes reach it.
peak() {
	rm -f "$dir/pid" "$dir/n"
	psql -X -q -At -v ON_ERROR_STOP=1 -d "$db" >/dev/null <<SQL &
SET synthgen.timing = off;
SET client_min_messages = warning;
SET maintenance_work_mem = '16MB';
SELECT pg_backend_pid() \g $dir/pid
$1 \gset
SELECT :'n' \g $dir/n
SQL
	job=$!
	max=0
	while kill -0 $job 2>/dev/null; do
		if [ -s "$dir/pid" ]; then
			kb=$(sed -n 's/^RssAnon:[[:space:]]*\([0-9]*\) kB/\1/p' "/proc/$(cat "$dir/pid")/status" 2>/dev/null || true)
			[ -n "$kb" ] && [ "$kb" -gt "$max" ] && max=$kb
		fi
		sleep 0.02
	done
	wait $job || fail "statement failed: $1"
	echo "$(awk -v k="$max" 'BEGIN { printf "%.1f", k / 1024 }') $(cat "$dir/n")"
}
orders() { echo "synth_orders('baseline', '2025-01-01 00:00+00', $1, orders_per_day => 250000)"; }
# the library loaded first (the COPY hook), rows counted by DuckDB's reader
# elsewhere; here the file's rows are the count of the same call
copy_parquet() {
	printf '%s\n' "SELECT synthgen.version() AS v \\gset" \
		"COPY (SELECT * FROM $(orders $1)) TO '$dir/f$1.parquet' (FORMAT parquet);" \
		"SELECT count(*) AS n FROM $(orders $1)"
}

check() {	# name, small statement, large statement
	a=$(peak "$2"); b=$(peak "$3")
	set -- "$1" $a $b
	echo "memory.sh: $1: $3 rows peak $2 MB, $5 rows peak $4 MB (private)"
	[ "$5" -gt "$3" ] || fail "$1: the large run made no more rows ($5) than the small one ($3)"
	awk -v s="$2" -v l="$4" 'BEGIN { exit !(l <= s * 1.25 + 16) }' ||
		fail "$1: peak private memory grew from $2 MB to $4 MB"
}

check "SRF in FROM" \
	"SELECT count(*) AS n FROM $(orders $small)" \
	"SELECT count(*) AS n FROM $(orders $large)"
check "generate()" \
	"SELECT rows AS n FROM synthgen.generate('baseline', '2025-01-01 00:00+00', $small, tables => '{orders}', target_schema => 'memory_test', orders_per_day => 250000, if_exists => 'replace') WHERE table_name = 'orders'" \
	"SELECT rows AS n FROM synthgen.generate('baseline', '2025-01-01 00:00+00', $large, tables => '{orders}', target_schema => 'memory_test', orders_per_day => 250000, if_exists => 'replace') WHERE table_name = 'orders'"
psql -X -q -d "$db" -c "DROP SCHEMA memory_test CASCADE"
check "COPY TO (FORMAT parquet)" \
	"$(copy_parquet $small)" "$(copy_parquet $large)"

# refused before anything is made: quickly, and with the limit named
t0=$(date +%s%N)
out=$(psql -X -q -d "$db" -c "SELECT count(*) FROM synth_orders('baseline', '2025-01-01', 87000, orders_per_day => 10000000)" 2>&1 || true)
ms=$(( ($(date +%s%N) - t0) / 1000000 ))
echo "$out" | grep -q "is too large for one call" || fail "a 36 billion order request was not refused: $out"
[ "$ms" -lt 1000 ] || fail "refusing the largest request took $ms ms"
echo "memory.sh: the largest request refused in $ms ms"
echo "memory.sh: ok"
