#!/bin/sh
# generate(jobs => 2) whose caller dies leaves nothing behind (issue 10,
# item 8).  Its background workers commit the tables on their own, so when
# the caller is terminated (pg_terminate_backend) while they load, or while
# they build the keys, or when its client is killed (kill -9 of psql, noticed
# at once with client_connection_check_interval, otherwise when the
# result is sent), the exiting caller stops its workers and drops what the
# call committed: afterwards no schema, no table, no synthgen worker, no
# server restart.  The tables of an earlier call in the same schema, which
# the dying call did not create, stay.
set -eu
db=${PGDATABASE:-postgres}
psql -X -q -d "$db" -c "CREATE EXTENSION IF NOT EXISTS synthgen CASCADE" >/dev/null 2>&1
fail() { echo "orphans.sh: $*"; exit 1; }
q() { psql -X -q -At -d "$db" -c "$1"; }
dir=$(mktemp -d /tmp/synthgen_orphans.XXXXXX)
trap 'rm -rf "$dir"' EXIT
boot=$(q "SELECT pg_postmaster_start_time()")
crashes() { q "SELECT pg_postmaster_start_time() <> '$boot' OR pg_is_in_recovery()"; }
# $1 what, $2 a query that becomes true; 20 s at most
wait_until() {
	i=0
	until [ "$(q "$2")" = t ]; do
		i=$((i + 1)); [ $i -lt 400 ] || fail "$1: timed out"
		sleep 0.05
	done
}

# $1 name, $2 schema, $3 window, $4 what shows the moment (load | keys),
# $5 how (terminate | kill | kill-slow)
die_during() {
	name=$1 schema=$2 window=$3 moment=$4 how=$5
	app=synthgen_orphan_$schema
	opts="-c synthgen.timing=off -c client_min_messages=warning"
	[ "$how" = kill ] && opts="$opts -c client_connection_check_interval=100ms"
	PGOPTIONS="$opts" PGAPPNAME=$app psql -X -q -d "$db" \
		-c "SELECT count(*) FROM synthgen.generate($window, tables => '{orders,order_items}', target_schema => '$schema', jobs => 2)" \
		>"$dir/$app.out" 2>&1 &
	client=$!
	leader=
	wait_until "$name: start" "SELECT count(*) = 1 FROM pg_stat_activity WHERE application_name = '$app' AND backend_type = 'client backend'"
	leader=$(q "SELECT pid FROM pg_stat_activity WHERE application_name = '$app' AND backend_type = 'client backend'")
	if [ "$moment" = load ]; then
		wait_until "$name: loading" "SELECT count(*) = 2 FROM pg_stat_progress_copy p JOIN pg_stat_activity a USING (pid)
		                             WHERE a.backend_type = 'synthgen worker' AND p.tuples_processed > 0"
	else
		# (the workers build the primary keys, each after loading its table)
		wait_until "$name: keys" "SELECT count(*) > 0 FROM pg_stat_progress_create_index p JOIN pg_stat_activity a USING (pid)
		                          WHERE a.backend_type = 'synthgen worker'"
	fi
	t0=$(date +%s%N)
	case $how in
	terminate) q "SELECT pg_terminate_backend($leader)" >/dev/null ;;
	kill*) kill -9 $client ;;
	esac
	wait $client 2>/dev/null || true
	limit=400
	[ "$how" = kill-slow ] && limit=2400
	i=0
	until [ "$(q "SELECT count(*) FROM pg_stat_activity WHERE pid = $leader OR backend_type = 'synthgen worker'")" = 0 ]; do
		i=$((i + 1)); [ $i -lt $limit ] || fail "$name: the caller or its workers are still running"
		sleep 0.05
	done
	ms=$(( ($(date +%s%N) - t0) / 1000000 ))
	[ "$(q "SELECT count(*) FROM pg_namespace WHERE nspname = '$schema'")" = 0 ] ||
		fail "$name: left behind: $(q "SELECT string_agg(relname, ', ') FROM pg_class WHERE relnamespace = '$schema'::regnamespace")"
	[ "$(crashes)" = f ] || fail "$name: the server restarted"
	echo "orphans.sh: $name: nothing left, $ms ms after the $how"
}

# ~10 M orders: the loading outlasts the waits
big="'baseline', '2025-01-01', 19200, orders_per_day => 12500, customers => 15000"
# ~1.2 M orders, ~2.8 M items: loaded in seconds, keyed in about a second
mid="'baseline', '2025-01-01', 2400, orders_per_day => 12500, customers => 15000"
# ~0.4 M orders: done within seconds, so a dead client is noticed soon
small="'baseline', '2025-01-01', 720, orders_per_day => 12500, customers => 15000"

die_during "terminated while loading" orphan_load "$big" load terminate
die_during "terminated while adding keys" orphan_keys "$mid" keys terminate
die_during "client killed while loading" orphan_kill "$big" load kill
die_during "client killed, noticed at the end" orphan_slow "$small" load kill-slow

# a schema with tables of an earlier call: only what the dying call made goes
q "SET client_min_messages = warning; SELECT count(*) FROM synthgen.generate('baseline', '2025-01-01', 720, tables => '{customers}', target_schema => 'orphan_kept', customers => 100)" >/dev/null
app=synthgen_orphan_kept
# (each table is created, loaded and keyed by one worker in one transaction:
# the dying call is terminated once one of its tables has committed)
PGOPTIONS="-c synthgen.timing=off -c client_min_messages=warning" PGAPPNAME=$app psql -X -q -d "$db" \
	-c "SELECT count(*) FROM synthgen.generate($mid, tables => '{orders,order_items}', target_schema => 'orphan_kept', jobs => 2)" >/dev/null 2>&1 &
client=$!
wait_until "kept: a table committed" "SELECT to_regclass('orphan_kept.orders') IS NOT NULL OR to_regclass('orphan_kept.order_items') IS NOT NULL"
q "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = '$app'" >/dev/null
wait $client 2>/dev/null || true
wait_until "kept: stopped" "SELECT count(*) = 0 FROM pg_stat_activity WHERE application_name = '$app' OR backend_type = 'synthgen worker'"
[ "$(q "SELECT string_agg(relname, ',' ORDER BY relname) FROM pg_class WHERE relnamespace = 'orphan_kept'::regnamespace AND relkind = 'r'")" = customers ] ||
	fail "kept: the schema holds $(q "SELECT string_agg(relname, ',' ORDER BY relname) FROM pg_class WHERE relnamespace = 'orphan_kept'::regnamespace AND relkind = 'r'")"
q "SET client_min_messages = warning; DROP SCHEMA orphan_kept CASCADE" >/dev/null
echo "orphans.sh: the earlier call's table stayed, the dying call's went"
echo "orphans.sh: ok"
