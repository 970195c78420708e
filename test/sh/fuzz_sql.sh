#!/bin/sh
# SQL fuzzing: test/fuzz/fuzz_sql drives every SQL function of synthgen
# with random and edge arguments (FUZZ_CALLS calls from FUZZ_SEED); each
# call must return rows or raise a sensible SQLSTATE within
# statement_timeout + 1 s.  Afterwards the postmaster must not have
# restarted and the server log must show no crash.
set -eu
cd "$(dirname "$0")/../.."
db=${PGDATABASE:-postgres}
# make test-slow: thirty times the calls, from a new seed each run (printed,
# so that a failure can be replayed with FUZZ_SEED)
if [ "${SYNTHGEN_SLOW:-0}" = 1 ]; then
	calls=${FUZZ_CALLS:-30000}
	seed=${FUZZ_SEED:-$(date +%s)}
else
	calls=${FUZZ_CALLS:-1000}
	seed=${FUZZ_SEED:-20251201}
fi
echo "fuzz_sql.sh: $calls calls from seed $seed"
fail() { echo "fuzz_sql.sh: $*"; exit 1; }

gcc -O2 -Wall -Wextra -Werror -I"$(pg_config --includedir)" \
	-o test/fuzz/fuzz_sql test/fuzz/fuzz_sql.c -lpq || fail "cannot build test/fuzz/fuzz_sql"
psql -X -q -d "$db" -c "SET client_min_messages = warning" \
	-c "CREATE EXTENSION IF NOT EXISTS synthgen CASCADE" >/dev/null || fail "cannot create the extension"
boot=$(psql -X -At -d "$db" -c "SELECT pg_postmaster_start_time()")

# the server log: the collector's file, or where pg_virtualenv puts it
log=$(psql -X -At -d "$db" -c "SELECT CASE WHEN pg_current_logfile() LIKE '/%' THEN pg_current_logfile()
	ELSE current_setting('data_directory') || '/' || pg_current_logfile() END" 2>/dev/null || true)
if [ -z "$log" ] || [ ! -r "$log" ]; then
	log=
	for f in "${PG_CLUSTER_CONF_ROOT:+${PG_CLUSTER_CONF_ROOT%/*}/log/postgresql-${PGVERSION:-15}-regress.log}" \
		"/var/log/postgresql/postgresql-${PGVERSION:-15}-regress.log"; do
		if [ -n "$f" ] && [ -r "$f" ]; then log=$f; break; fi
	done
fi
offset=0
[ -n "$log" ] && offset=$(wc -c < "$log")

status=0
PGDATABASE=$db test/fuzz/fuzz_sql "$seed" "$calls" || status=$?
[ "$status" = 0 ] || fail "fuzz_sql found forbidden outcomes (seed $seed, $calls calls; exit $status)"

[ "$(psql -X -At -d "$db" -c "SELECT pg_postmaster_start_time() = '$boot' AND NOT pg_is_in_recovery()")" = t ] ||
	fail "the postmaster restarted: a backend crashed"
if [ -n "$log" ]; then
	if tail -c +"$((offset + 1))" "$log" | grep -E "terminated by signal|PANIC|TRAP" >/dev/null; then
		tail -c +"$((offset + 1))" "$log" | grep -E -B2 -A2 "terminated by signal|PANIC|TRAP" | head -40
		fail "the server log shows a crash"
	fi
else
	echo "fuzz_sql.sh: server log not found, relying on pg_postmaster_start_time()"
fi
echo "fuzz_sql.sh: ok"
