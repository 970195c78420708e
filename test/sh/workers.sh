#!/bin/sh
# The background workers of generate(jobs => N) (src/workers.c), run
# inside the pg_virtualenv server:
#   - they are the caller: logged in as the caller's session user (so
#     pg_stat_activity shows that user), then its role, current user and
#     settings (default_tablespace, search_path), never a role-level
#     setting of a role reached by SET ROLE (session_replication_role);
#   - they stop when their caller ends: pg_terminate_backend of the
#     caller, kill -9 of its client, statement_timeout; nothing commits;
#   - caller and workers are one lock group: a lock request queued between
#     them (LOCK TABLE, as DROP EXTENSION would take it) is resolved, not a
#     hang the deadlock detector cannot see;
#   - non-superusers together hold at most half the worker slots;
#   - a worker's error reaches the caller whole (DETAIL, HINT);
#   - bounded inputs, a dropped role: clean errors, up front.
set -u
cd "$(dirname "$0")/../.." || exit 1
db=synthgen_workers
failures=0
fail() {
	echo "workers.sh: FAIL: $*"
	failures=$((failures + 1))
}
q() { psql -X -q -At -v ON_ERROR_STOP=1 -d $db "$@"; }
tmp=
cleanup() {
	[ -n "${bg:-}" ] && kill "$bg" 2>/dev/null
	dropdb --if-exists $db >/dev/null 2>&1
	psql -X -q -c "DROP TABLESPACE IF EXISTS synthgen_ts" >/dev/null 2>&1
	for r in synthgen_w_carol synthgen_w_plain synthgen_w_gone; do
		psql -X -q -c "DROP ROLE IF EXISTS $r" >/dev/null 2>&1
	done
	[ -n "$tmp" ] && rm -rf "$tmp"
}
trap cleanup EXIT
cleanup
tmp=$(mktemp -d /tmp/synthgen_workers.XXXXXX)
chmod 755 "$tmp"
createdb $db
q -c "SET client_min_messages = warning" -c "CREATE EXTENSION synthgen CASCADE"
q <<'EOF'
CREATE ROLE synthgen_w_carol NOLOGIN;
CREATE ROLE synthgen_w_plain LOGIN PASSWORD 'plain';
GRANT synthgen_w_carol TO synthgen_w_plain;
GRANT CREATE ON DATABASE synthgen_workers TO synthgen_w_carol, synthgen_w_plain;
GRANT EXECUTE ON FUNCTION synthgen.run_parallel(text[], integer[]) TO synthgen_w_carol, synthgen_w_plain;
CREATE SCHEMA w AUTHORIZATION synthgen_w_carol;
CREATE TABLE w.seen (session_user_name name, current_user_name name, srr text, timeout text);
ALTER TABLE w.seen OWNER TO synthgen_w_carol;
-- what a superuser set for carol, the role reached by SET ROLE: a worker
-- that logged in as carol would skip triggers (foreign keys, audits)
ALTER ROLE synthgen_w_carol SET session_replication_role = 'replica';
CREATE TABLE w.t (x int);
ALTER TABLE w.t OWNER TO synthgen_w_carol;
EOF
mkdir "$tmp/ts" && chown postgres "$tmp/ts" && chmod 700 "$tmp/ts"
psql -X -q -c "CREATE TABLESPACE synthgen_ts LOCATION '$tmp/ts'" -c "GRANT CREATE ON TABLESPACE synthgen_ts TO synthgen_w_carol"

as_plain() { PGUSER=synthgen_w_plain PGPASSWORD=plain psql -X -q -At -v ON_ERROR_STOP=1 -d $db "$@"; }

# --- identity and settings ----------------------------------------------
# the plain user logs in, SET ROLE carol (NOLOGIN), sets its own settings
out=$(as_plain <<'EOF' 2>&1
SET ROLE synthgen_w_carol;
SET default_tablespace = synthgen_ts;
SET search_path = w;
SET statement_timeout = '17s';
SELECT rows FROM synthgen.run_parallel(ARRAY[
    'INSERT INTO seen SELECT session_user, current_user, current_setting(''session_replication_role''), current_setting(''statement_timeout'')',
    'CREATE TABLE made_here (x int)'], '{0,1}');
EOF
)
[ "$out" = "$(printf '1\n0')" ] || fail "run_parallel after SET ROLE to a NOLOGIN role: $out"
seen=$(q -c "SELECT session_user_name || ' ' || current_user_name || ' ' || srr || ' ' || timeout FROM w.seen")
[ "$seen" = "synthgen_w_plain synthgen_w_carol origin 17s" ] ||
	fail "a worker saw session_user, current_user, session_replication_role, statement_timeout = '$seen'"
placed=$(q -c "SELECT n.nspname || ' ' || coalesce(t.spcname, '-') || ' ' || pg_get_userbyid(c.relowner)
               FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
               LEFT JOIN pg_tablespace t ON t.oid = c.reltablespace WHERE c.relname = 'made_here'")
[ "$placed" = "w synthgen_ts synthgen_w_carol" ] ||
	fail "a worker's CREATE TABLE landed in (schema tablespace owner) '$placed', not the caller's settings"
echo "workers.sh: workers are the caller: $seen; table in $placed"

# while generate(jobs => 2) runs, pg_stat_activity shows the workers under
# the caller's session user
as_plain -c "SET ROLE synthgen_w_carol" -c "SET synthgen.timing = off" \
	-c "SELECT count(*) FROM synthgen.generate('baseline', '2025-12-01 00:00+00', 24 * 14, target_schema => 'g',
	        tables => '{orders,order_items}', jobs => 2)" >/dev/null 2>&1 &
bg=$!
users=""
for i in $(seq 1 100); do
	users=$(q -c "SELECT string_agg(DISTINCT usename, ',') FROM pg_stat_activity WHERE backend_type = 'synthgen worker'")
	[ -n "$users" ] && break
	sleep 0.1
done
wait $bg
bg=
[ "$users" = synthgen_w_plain ] || fail "pg_stat_activity showed the workers as '$users'"

# --- the caller ends: the workers stop, nothing commits ----------------
workers() { q -c "SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'synthgen worker'"; }
wait_workers() {	# $1: how many; within 5 s
	for i in $(seq 1 50); do [ "$(workers)" = "$1" ] && return 0; sleep 0.1; done
	return 1
}
slow="ARRAY['INSERT INTO w.t SELECT 1 FROM pg_sleep(20)', 'INSERT INTO w.t SELECT 2 FROM pg_sleep(20)'], '{0,1}'"
for how in terminate kill-client timeout; do
	# psql itself in the background (its pid in $bg), to kill it
	case $how in
	timeout) psql -X -q -d $db -c "SET statement_timeout = '1500ms'" -c "SELECT * FROM synthgen.run_parallel($slow)" >/dev/null 2>&1 & ;;
	*) psql -X -q -d $db -c "SELECT * FROM synthgen.run_parallel($slow)" >/dev/null 2>&1 & ;;
	esac
	bg=$!
	wait_workers 2 || fail "$how: the two workers did not start"
	t0=$(date +%s%N)
	case $how in
	terminate) q -c "SELECT pg_terminate_backend(pid) FROM pg_stat_activity
	                 WHERE query LIKE '%run_parallel(ARRAY[''INSERT INTO w.t%' AND pid <> pg_backend_pid()" >/dev/null ;;
	kill-client) kill -9 $bg ;;
	timeout) ;;
	esac
	if wait_workers 0; then
		ms=$(( ($(date +%s%N) - t0) / 1000000 ))
		limit=1500
		[ $how = kill-client ] && limit=2500	# the caller checks its client every second
		[ $how = timeout ] && limit=2500		# 1.5 s timeout from the start
		[ $ms -le $limit ] || fail "$how: the workers stopped only after $ms ms"
		echo "workers.sh: $how: workers gone after $ms ms"
	else
		fail "$how: the workers outlived their caller"
	fi
	wait $bg 2>/dev/null
	bg=
	# the caller's backend is gone too (kill -9 of the client: noticed)
	for i in $(seq 1 30); do
		n=$(q -c "SELECT count(*) FROM pg_stat_activity WHERE query LIKE '%run_parallel(ARRAY[''INSERT INTO w.t%' AND pid <> pg_backend_pid()")
		[ "$n" = 0 ] && break
		sleep 0.1
	done
	[ "$n" = 0 ] || fail "$how: the caller's backend is still there"
done
sleep 1
[ "$(q -c "SELECT count(*) FROM w.t")" = 0 ] || fail "a stopped worker's INSERT committed"

# --- one lock group: no invisible deadlock ------------------------------
# the caller holds a lock on a table, another session queues a conflicting
# request ($2), then a worker asks for the caller's lock: before, all three
# waited forever.  Sets $secs and $tmp/between.out (the caller's output).
queued_between() {
	table=$1
	(
		q <<EOF
SET statement_timeout = '20s';
BEGIN;
SELECT count(*) > 0 FROM $table;
SELECT rows FROM synthgen.run_parallel(ARRAY['SELECT pg_sleep(1.5)', 'SELECT count(*) FROM $table'], '{0,0}');
COMMIT;
EOF
	) > "$tmp/between.out" 2>&1 &
	bg=$!
	sleep 0.5
	q -c "SET lock_timeout = '30s'" -c "$2" > "$tmp/queued.out" 2>&1 &
	locker=$!
	t0=$(date +%s)
	wait $bg
	bg=
	wait $locker
	secs=$(( $(date +%s) - t0 ))
}
q -c "INSERT INTO w.seen (srr) VALUES ('x'), ('y')"
queued_between w.seen "LOCK TABLE w.seen IN ACCESS EXCLUSIVE MODE"
# (a one-bigint SELECT reports its value as rows: the 3 rows of w.seen)
[ "$(tr '\n' ' ' < "$tmp/between.out")" = "t 1 3 " ] && [ $secs -lt 10 ] ||
	fail "caller, worker and a queued lock: $(tr '\n' ' ' < "$tmp/between.out") after $secs s"
echo "workers.sh: a lock queued between caller and worker resolved in $secs s"

# --- the share of non-superusers ---------------------------------------
maxw=$(q -c "SHOW max_worker_processes")
share=$((maxw / 2))
groups=$(seq -s, 0 $((maxw - 1)))
stmts=$(for i in $(seq 1 $maxw); do printf "'SELECT pg_sleep(3)',"; done | sed 's/,$//')
as_plain -c "SELECT count(*) FROM synthgen.run_parallel(ARRAY[$stmts], '{$groups}')" > "$tmp/plain.out" 2>&1 &
bg=$!
peak=0
for i in $(seq 1 25); do
	n=$(workers)
	[ "$n" -gt "$peak" ] && peak=$n
	sleep 0.1
done
# a superuser still gets workers beside them
su=$(q -c "SELECT count(*) FROM synthgen.run_parallel(ARRAY['SELECT 1', 'SELECT 2'], '{0,1}')" 2>&1)
wait $bg
bg=
[ "$peak" -le "$share" ] && [ "$peak" -ge 1 ] || fail "a plain user's call ran $peak workers at once (share $share of $maxw)"
grep -q "^$maxw$" "$tmp/plain.out" || fail "the plain user's call: $(cat "$tmp/plain.out")"
[ "$su" = 2 ] || fail "a superuser beside them: $su"
echo "workers.sh: a plain user asking for $maxw workers ran $peak at once (share $share of $maxw)"

# --- errors --------------------------------------------------------------
err=$(q <<'EOF' 2>&1
\set VERBOSITY default
SELECT * FROM synthgen.run_parallel(ARRAY[$q$DO $d$BEGIN RAISE EXCEPTION 'boom' USING DETAIL = 'the detail', HINT = 'the hint', ERRCODE = '22012'; END$d$$q$], '{0}');
EOF
)
echo "$err" | grep -q "DETAIL:  the detail" && echo "$err" | grep -q "HINT:  the hint" ||
	fail "a worker's error lost its detail or hint: $err"
err=$(q -c "\\set VERBOSITY verbose" -c "SELECT * FROM synthgen.run_parallel(array_fill('SELECT 1'::text, ARRAY[5000]), array_fill(0, ARRAY[5000]))" 2>&1)
echo "$err" | grep -q "54000" || fail "5000 statements: $err"
err=$(q -c "\\set VERBOSITY verbose" -c "SELECT * FROM synthgen.run_parallel(ARRAY['SELECT ''' || repeat('x', 17000000) || ''''], '{0}')" 2>&1)
echo "$err" | grep -q "54000" || fail "a 17 MB statement: $err"
err=$(q <<'EOF' 2>&1
\set VERBOSITY verbose
CREATE ROLE synthgen_w_gone;
GRANT CREATE ON SCHEMA w TO synthgen_w_gone;
SET ROLE synthgen_w_gone;
\! psql -X -q -d synthgen_workers -c "DROP OWNED BY synthgen_w_gone" -c "DROP ROLE synthgen_w_gone"
SELECT * FROM synthgen.generate('baseline', '2025-12-01 00:00+00', 1, tables => '{system_metrics}',
                                target_schema => 'w', jobs => 2);
EOF
)
echo "$err" | grep -q "42704" || fail "a dropped role: $err"
echo "workers.sh: errors keep DETAIL and HINT; 5000 statements, 17 MB, a dropped role: clean errors"

# --- the same with DROP EXTENSION, last (it drops the extension here) -----
queued_between synthgen.scenarios "DROP EXTENSION synthgen CASCADE"
# (the 5 shipped scenarios)
[ "$(tr '\n' ' ' < "$tmp/between.out")" = "t 1 5 " ] && [ $secs -lt 10 ] ||
	fail "a DROP EXTENSION between caller and worker: $(tr '\n' ' ' < "$tmp/between.out") after $secs s"
[ -z "$(q -c "SELECT 1 FROM pg_extension WHERE extname = 'synthgen'")" ] ||
	fail "the DROP EXTENSION did not go through after the call: $(cat "$tmp/queued.out")"
echo "workers.sh: a DROP EXTENSION queued between caller and worker waited for the call ($secs s), then dropped"

if [ $failures -gt 0 ]; then
	echo "workers.sh: $failures failures"
	exit 1
fi
echo "workers.sh: ok"
