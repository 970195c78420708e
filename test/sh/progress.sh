#!/bin/sh
# generate() reports its bulk loads in pg_stat_progress_copy while it runs.
set -eu
db=${PGDATABASE:-postgres}
psql -X -q -d "$db" -c "CREATE EXTENSION IF NOT EXISTS synthgen CASCADE" >/dev/null 2>&1
psql -X -q -d "$db" -c "DROP SCHEMA IF EXISTS progress_test CASCADE" >/dev/null 2>&1

# about 2.5 M orders: long enough to be watched
psql -X -q -d "$db" -c "SET client_min_messages = warning" \
	-c "SELECT count(*) FROM synthgen.generate('baseline', '2025-01-01', 4800, tables => '{orders}', target_schema => 'progress_test', orders_per_day => 12500)" >/dev/null &
bg=$!

seen=""
i=0
while [ $i -lt 200 ]; do
	# the table is not committed yet: other sessions see its OID, not its name
	seen=$(psql -X -At -d "$db" -c "SELECT p.command || ' ' || p.type || ' ' || p.tuples_processed FROM pg_stat_progress_copy p JOIN pg_stat_activity a USING (pid) WHERE a.query LIKE '%synthgen.generate(%progress_test%' AND p.tuples_processed > 0 LIMIT 1")
	[ -n "$seen" ] && break
	i=$((i + 1))
	sleep 0.05
done
wait $bg
psql -X -q -d "$db" -c "DROP SCHEMA IF EXISTS progress_test CASCADE" >/dev/null 2>&1

case "$seen" in
	"COPY FROM CALLBACK "*) echo "progress.sh: ok ($seen)" ;;
	*) echo "progress.sh: pg_stat_progress_copy never showed the load (got '$seen')"; exit 1 ;;
esac
