#!/bin/sh
# A cancelled generate() stops promptly and leaves nothing behind: with
# jobs => 1 the transaction rolls back; with jobs => 2 the workers are
# terminated and the tables they committed are dropped again.
set -eu
db=${PGDATABASE:-postgres}
psql -X -q -d "$db" -c "CREATE EXTENSION IF NOT EXISTS synthgen CASCADE" >/dev/null 2>&1
fail() { echo "cancel.sh: $*"; exit 1; }
# a crash of any backend restarts the postmaster's children: watch for it
boot=$(psql -X -At -d "$db" -c "SELECT pg_postmaster_start_time()")
# wait (up to 10 s) until some COPY-like command has written rows
wait_for_rows() {
	i=0
	while [ $i -lt 200 ]; do
		n=$(psql -X -At -d "$db" -c "SELECT count(*) FROM pg_stat_progress_copy WHERE tuples_processed > 0")
		[ "$n" -gt 0 ] && return 0
		i=$((i + 1)); sleep 0.05
	done
	fail "$1 never started"
}
crashes() { psql -X -At -d "$db" -c "SELECT pg_postmaster_start_time() <> '$boot' OR pg_is_in_recovery()"; }

for jobs in 1 2; do
	schema=cancel_$jobs
	# ~10 M orders: far longer than the wait below
	psql -X -q -d "$db" -c "SET client_min_messages = warning" \
		-c "SELECT count(*) FROM synthgen.generate('baseline', '2025-01-01', 19200, tables => '{orders,order_items}', target_schema => '$schema', jobs => $jobs)" \
		>/tmp/synthgen_cancel_$jobs.out 2>&1 &
	bg=$!
	wait_for_rows "jobs $jobs: the load"
	t0=$(date +%s%N)
	psql -X -q -At -d "$db" -c "SELECT pg_cancel_backend(pid) FROM pg_stat_activity WHERE query LIKE '%synthgen.generate(%$schema%' AND pid <> pg_backend_pid() AND backend_type = 'client backend'" >/dev/null
	wait $bg || true
	ms=$(( ($(date +%s%N) - t0) / 1000000 ))
	grep -q "canceling statement due to user request" /tmp/synthgen_cancel_$jobs.out ||
		fail "jobs $jobs: no cancel error: $(cat /tmp/synthgen_cancel_$jobs.out)"
	[ "$ms" -lt 2000 ] || fail "jobs $jobs: the cancel took $ms ms"
	# nothing left: no schema, no table, no worker still running
	left=$(psql -X -At -d "$db" -c "SELECT count(*) FROM pg_namespace WHERE nspname = '$schema'")
	[ "$left" = 0 ] || fail "jobs $jobs: schema $schema was left behind"
	sleep 0.2
	workers=$(psql -X -At -d "$db" -c "SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'synthgen worker'")
	[ "$workers" = 0 ] || fail "jobs $jobs: $workers synthgen workers still running"
	[ "$(crashes)" = f ] || fail "jobs $jobs: the server restarted (a backend or worker crashed)"
	echo "cancel.sh: jobs $jobs cancelled in $ms ms, nothing left"
	rm -f /tmp/synthgen_cancel_$jobs.out
done
# a cancelled Parquet export leaves no file, not even a temporary one
dir=$(mktemp -d /tmp/synthgen_cancel.XXXXXX)
chmod 777 "$dir"
psql -X -q -d "$db" -c "SET synthgen.timing = off" -c "SELECT synthgen.version()" \
	-c "COPY (SELECT * FROM synth_orders('baseline', '2025-01-01', 19200)) TO '$dir/big.parquet' (FORMAT parquet)" \
	>/tmp/synthgen_cancel_pq.out 2>&1 &
bg=$!
wait_for_rows "parquet: the export"
psql -X -q -At -d "$db" -c "SELECT pg_cancel_backend(pid) FROM pg_stat_activity WHERE query LIKE 'COPY (SELECT * FROM synth_orders%' AND pid <> pg_backend_pid()" >/dev/null
wait $bg || true
grep -q "canceling statement due to user request" /tmp/synthgen_cancel_pq.out ||
	fail "parquet: no cancel error: $(cat /tmp/synthgen_cancel_pq.out)"
[ -z "$(ls -A "$dir")" ] || fail "parquet: a cancelled export left $(ls -A "$dir")"
rm -rf "$dir" /tmp/synthgen_cancel_pq.out
echo "cancel.sh: a cancelled Parquet export left no file"

echo "cancel.sh: ok"
