#!/bin/sh
# 16 sessions generating and exporting at once (pgbench, a custom script,
# a fixed number of transactions per client so every count is exact):
#   - pgbench exits 0, no client failed or aborted, every transaction ran;
#   - every session got the same digests of synth_orders/order_items/customers
#     as one lone session running the same script first, and generate()'s
#     orders table hashes like synth_orders() itself;
#   - the 10 tables of the 16 schemas generate() filled are identical to the
#     lone session's (rows and keys);
#   - synthgen.run_log holds one row per table and generate() call, each
#     with the lone session's row count;
#   - all Parquet files, from export_parquet() and from COPY ... (FORMAT
#     parquet), are byte-identical to the lone session's, and DuckDB reads
#     them back row for row;
#   - nothing crashed, no synthgen worker and no temporary file is left.
# Then generate(..., jobs => 2) from a few sessions at once (fits in
# max_worker_processes) and from 16 (does not): every call succeeds with the
# right tables, those short of worker slots with fewer workers; never a
# hang or a crash.
set -eu
cd "$(dirname "$0")/../.."
db=${PGDATABASE:-postgres}
[ -d test/node_modules ] || (cd test && npm ci --no-audit --no-fund >/dev/null)
psql -X -q -d "$db" -c "CREATE EXTENSION IF NOT EXISTS synthgen CASCADE" >/dev/null 2>&1
dir=$(mktemp -d /tmp/synthgen_conc.XXXXXX)
chmod 777 "$dir"
trap 'rm -rf "$dir"' EXIT
fail() { echo "concurrency.sh: $*"; exit 1; }
q() { psql -X -q -At -v ON_ERROR_STOP=1 -d "$db" -c "SET client_min_messages = warning" -c "$1"; }
CLIENTS=16
TX=3
TABLES=10
# small enough to be quick, large enough to hold every kind of row
# (a campaign: Friday's flash sale; returns): ~5.7 k orders, ~40 k rows per
# generate()
# as of two weeks after its start: returns need a delivery first
W="'flash_sale', '2025-12-03 00:00+00', 72, as_of => '2025-12-17 00:00+00', seed => 7, orders_per_day => 1500, customers => 3000, products => 300, suppliers => 30"
export PGOPTIONS="-c synthgen.timing=off -c client_min_messages=warning -c statement_timeout=60s"
boot=$(q "SELECT pg_postmaster_start_time()")
crashes() { q "SELECT pg_postmaster_start_time() <> '$boot' OR pg_is_in_recovery()"; }
drop_schemas() {	# regex
	for s in $(q "SELECT nspname FROM pg_namespace WHERE nspname ~ '$1'"); do
		q "DROP SCHEMA $s CASCADE"
	done
}
# schema $1's tables $3.. equal the lone session's, or fail with $2
same_as_ref() {
	s=$1 what=$2
	shift 2
	for t in "$@"; do
		[ "$(q "SELECT count(*) FROM (TABLE $s.$t EXCEPT ALL TABLE conc_ref0.$t) a") $(q "SELECT count(*) FROM $s.$t")" = \
		  "0 $(q "SELECT count(*) FROM conc_ref0.$t")" ] || fail "$what: $s.$t differs from the lone session's"
	done
}
drop_schemas '^conc_(ref|run|j)[0-9]+$'
q "DROP TABLE IF EXISTS conc_results; CREATE TABLE conc_results (phase text, client int, kind text, digest text, rows bigint)"

# One transaction: three digests of synth_* calls, a generate() into the
# client's own schema and the digest of its orders, an export_parquet() of
# them and a COPY ... (FORMAT parquet) of order items. synthgen.version()
# loads the library first, which installs the COPY hook. :phase is ref (the
# lone session) or run; pgbench replaces :phase and :client_id everywhere.
cat > "$dir/tx.sql" <<EOF
SELECT synthgen.version();
INSERT INTO conc_results SELECT ':phase', :client_id, 'orders', md5(string_agg(o::text, chr(10) ORDER BY o.order_id)), count(*) FROM synth_orders($W) o;
INSERT INTO conc_results SELECT ':phase', :client_id, 'order_items', md5(string_agg(i::text, chr(10) ORDER BY i.order_id, i.line_no)), count(*) FROM synth_order_items($W) i;
INSERT INTO conc_results SELECT ':phase', :client_id, 'customers', md5(string_agg(c::text, chr(10) ORDER BY c.customer_id)), count(*) FROM synth_customers('flash_sale', seed => 7, customers => 3000) c;
INSERT INTO conc_results SELECT ':phase', :client_id, 'generate', string_agg(table_name || '=' || rows, ',' ORDER BY table_name), sum(rows) FROM synthgen.generate($W, target_schema => 'conc_:phase:client_id', if_exists => 'replace') WHERE rows IS NOT NULL;
INSERT INTO conc_results SELECT ':phase', :client_id, 'generated_orders', md5(string_agg(o::text, chr(10) ORDER BY o.order_id)), count(*) FROM conc_:phase:client_id.orders o;
INSERT INTO conc_results SELECT ':phase', :client_id, 'export', NULL, synthgen.export_parquet('SELECT * FROM conc_:phase:client_id.orders ORDER BY order_id', '$dir/export_:phase:client_id.parquet');
COPY (SELECT * FROM synth_order_items($W)) TO '$dir/copy_:phase:client_id.parquet' (FORMAT parquet);
EOF
KINDS="orders order_items customers generate generated_orders export"

# the lone session: the answers every concurrent session must give
run0=$(q "SELECT coalesce(max(run_id), 0) FROM synthgen.run_log")
pgbench -n -c 1 -t 1 -D phase=ref -f "$dir/tx.sql" -d "$db" >"$dir/ref.out" 2>&1 ||
	{ cat "$dir/ref.out"; fail "the lone session failed"; }
[ "$(q "SELECT count(*) FROM conc_results WHERE phase = 'ref'")" = 6 ] || fail "the lone session recorded $(q "SELECT count(*) FROM conc_results WHERE phase = 'ref'") results, not 6"
[ "$(q "SELECT count(DISTINCT digest) FROM conc_results WHERE phase = 'ref' AND kind IN ('orders', 'generated_orders')")" = 1 ] ||
	fail "generate()'s orders table differs from synth_orders() with the same arguments"

# the 16 sessions at once
t0=$(date +%s%N)
rc=0
timeout 90 pgbench -n -c $CLIENTS -j 2 -t $TX -D phase=run -f "$dir/tx.sql" -d "$db" >"$dir/run.out" 2>&1 || rc=$?
ms=$(( ($(date +%s%N) - t0) / 1000000 ))
[ "$rc" = 0 ] || { cat "$dir/run.out"; fail "pgbench exited with $rc after $ms ms (124: timed out)"; }
grep -q "^number of transactions actually processed: $((CLIENTS * TX))/$((CLIENTS * TX))\$" "$dir/run.out" ||
	{ cat "$dir/run.out"; fail "not every transaction was processed"; }
grep -q "^number of failed transactions: 0 " "$dir/run.out" || { cat "$dir/run.out"; fail "some transactions failed"; }
! grep -qi "abort\|error" "$dir/run.out" || { cat "$dir/run.out"; fail "pgbench reported errors"; }
tps=$(sed -n 's/^tps = \([0-9.]*\) .*/\1/p' "$dir/run.out")
echo "concurrency.sh: $CLIENTS clients x $TX transactions in $ms ms ($tps tps)"

# every session, every transaction: the lone session's answers
for k in $KINDS; do
	got=$(q "SELECT count(*) || ' ' || count(DISTINCT client) || ' ' || count(DISTINCT (r.digest, r.rows))
	           || ' ' || bool_and(r.digest IS NOT DISTINCT FROM ref.digest AND r.rows = ref.rows)
	         FROM conc_results r JOIN (SELECT kind, digest, rows FROM conc_results WHERE phase = 'ref') ref USING (kind)
	         WHERE r.phase = 'run' AND kind = '$k'")
	[ "$got" = "$((CLIENTS * TX)) $CLIENTS 1 true" ] ||
		fail "$k: results, clients, distinct answers, all equal to the lone session's: $got"
done

# the tables the 16 sessions left: the lone session's rows and keys
diffs=$(psql -X -q -At -v ON_ERROR_STOP=1 -d "$db" <<'EOF'
CREATE FUNCTION pg_temp.tdigest(s text, t text) RETURNS text LANGUAGE plpgsql AS $f$
DECLARE d text;
BEGIN
    EXECUTE format('SELECT count(*) || '':'' || md5(coalesce(string_agg(x::text, chr(10) ORDER BY x::text), '''')) FROM %I.%I x', s, t) INTO d;
    RETURN d || ':' || (SELECT string_agg(conname || ' ' || replace(pg_get_constraintdef(oid), s || '.', ''), ', ' ORDER BY conname)
                        FROM pg_constraint WHERE conrelid = format('%I.%I', s, t)::regclass);
END
$f$;
SELECT count(*) FILTER (WHERE s.d IS DISTINCT FROM r.d) || ' of ' || count(*)
FROM (SELECT nspname, relname, pg_temp.tdigest(nspname, relname) d
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE nspname ~ '^conc_run[0-9]+$' AND relkind = 'r') s
LEFT JOIN (SELECT relname, pg_temp.tdigest('conc_ref0', relname) d
           FROM pg_class WHERE relnamespace = 'conc_ref0'::regnamespace AND relkind = 'r') r USING (relname);
EOF
)
[ "$diffs" = "0 of $((CLIENTS * TABLES))" ] || fail "generated tables that differ from the lone session's: $diffs"

# run_log: one row per table and call, each with the lone session's count
got=$(q "WITH ref AS (SELECT table_name, rows FROM synthgen.run_log WHERE run_id > $run0 AND arguments->>'target_schema' = 'conc_ref0')
         SELECT count(*) || ' ' || count(DISTINCT run_id) || ' ' || count(DISTINCT arguments->>'target_schema')
                || ' ' || count(DISTINCT backend_pid) || ' ' || bool_and(l.rows = ref.rows AND l.rows > 0)
         FROM synthgen.run_log l LEFT JOIN ref USING (table_name)
         WHERE run_id > $run0 AND arguments->>'target_schema' <> 'conc_ref0'")
[ "$got" = "$((CLIENTS * TX * TABLES)) $((CLIENTS * TX)) $CLIENTS $CLIENTS true" ] ||
	fail "run_log rows, runs, schemas, backends, all with the lone session's counts: $got"
got=$(q "SELECT count(*) FROM synthgen.run_log WHERE run_id > $run0 AND arguments->>'target_schema' = 'conc_ref0'")
[ "$got" = "$TABLES" ] || fail "run_log has $got rows of the lone session's call, not $TABLES"

# Parquet: the same bytes everywhere, and DuckDB reads the rows PostgreSQL has
i=0
while [ $i -lt $CLIENTS ]; do
	for f in export copy; do
		cmp -s "$dir/${f}_ref0.parquet" "$dir/${f}_run$i.parquet" || fail "${f}_run$i.parquet differs from the lone session's"
	done
	i=$((i + 1))
done
q "COPY (SELECT * FROM conc_ref0.orders) TO '$dir/orders.csv' (FORMAT csv, HEADER)"
q "COPY (SELECT * FROM synth_order_items($W)) TO '$dir/items.csv' (FORMAT csv, HEADER)"
same=$(cd test && node duckdb/same_rows.mjs "$dir/export_ref0.parquet" "$dir/orders.csv")
[ "$same" = 0 ] || fail "export_parquet(): DuckDB finds $same rows that differ from PostgreSQL's"
same=$(cd test && node duckdb/same_rows.mjs "$dir/copy_ref0.parquet" "$dir/items.csv")
[ "$same" = 0 ] || fail "COPY (FORMAT parquet): DuckDB finds $same rows that differ from PostgreSQL's"
duck=$(cd test && node duckdb/parquet_stats.mjs "$dir/export_run$((CLIENTS - 1)).parquet" total:num | tr '\n' ' ')
pg=$(q "SELECT 'rows ' || count(*) || ' total ' || count(total) || ' ' || count(DISTINCT total) || ' ' || sum(total) || ' ' FROM conc_ref0.orders")
[ "$duck" = "$pg" ] || fail "DuckDB reads '$duck', PostgreSQL has '$pg'"
left=$(find "$dir" -name '.*.tmp' | wc -l)
[ "$left" = 0 ] || fail "$left temporary files left behind"

[ "$(q "SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'synthgen worker' OR application_name = 'pgbench'")" = 0 ] ||
	fail "synthgen workers or pgbench sessions are still running"
[ "$(crashes)" = f ] || fail "the server restarted (a backend crashed)"
echo "concurrency.sh: all answers identical, $((CLIENTS * TX * TABLES)) run_log rows, $((CLIENTS * 2 + 2)) identical Parquet files"
drop_schemas '^conc_run[0-9]+$'

# jobs => 2 from a few sessions at once: n x (1 setup worker, then 2 loading)
# fits in max_worker_processes beside the logical replication launcher
few=$(( ($(q "SHOW max_worker_processes") - 1) / 2 ))
[ "$few" -ge 1 ] || fail "max_worker_processes is too small for jobs => 2"
cat > "$dir/jobs.sql" <<EOF
SET client_min_messages = notice;
SELECT count(*) FROM synthgen.generate($W, target_schema => 'conc_j:client_id', if_exists => 'replace', jobs => 2);
EOF
rc=0
timeout 60 pgbench -n -c $few -t 2 -f "$dir/jobs.sql" -d "$db" >"$dir/jobs.out" 2>&1 || rc=$?
[ "$rc" = 0 ] || { cat "$dir/jobs.out"; fail "jobs => 2 from $few sessions: pgbench exited with $rc"; }
grep -q "^number of transactions actually processed: $((few * 2))/$((few * 2))\$" "$dir/jobs.out" ||
	{ cat "$dir/jobs.out"; fail "jobs => 2 from $few sessions: not every call ran"; }
for s in $(q "SELECT nspname FROM pg_namespace WHERE nspname ~ '^conc_j[0-9]+\$'"); do
	same_as_ref $s "jobs => 2" orders order_items
done
[ "$(q "SELECT count(*) FROM pg_namespace WHERE nspname ~ '^conc_j[0-9]+\$'")" = "$few" ] || fail "jobs => 2: not $few schemas"
drop_schemas '^conc_j[0-9]+$'

# jobs => 2 from 16 sessions: more workers than slots.  A call that gets
# fewer workers than it asked for shares the work among those it got (and
# waits a little for the first), so every call succeeds with the very same
# tables; nothing hangs, nothing crashes, no worker is left behind, and
# run_log has every call with the right counts.
run0=$(q "SELECT coalesce(max(run_id), 0) FROM synthgen.run_log")
t0=$(date +%s%N)
rc=0
timeout 90 pgbench -n -c $CLIENTS -j 2 -t 2 -f "$dir/jobs.sql" -d "$db" >"$dir/jobs.out" 2>&1 || rc=$?
ms=$(( ($(date +%s%N) - t0) / 1000000 ))
[ "$rc" = 0 ] || { cat "$dir/jobs.out"; fail "jobs => 2 from $CLIENTS sessions: pgbench exited with $rc after $ms ms (124: timed out)"; }
grep -q "^number of transactions actually processed: $((CLIENTS * 2))/$((CLIENTS * 2))\$" "$dir/jobs.out" ||
	{ cat "$dir/jobs.out"; fail "jobs => 2 from $CLIENTS sessions: not every call ran"; }
shared=$(grep -c "background workers started, they share the work" "$dir/jobs.out" || true)
for s in $(q "SELECT nspname FROM pg_namespace WHERE nspname ~ '^conc_j[0-9]+\$'"); do
	same_as_ref $s "jobs => 2 from $CLIENTS sessions" orders order_items
done
[ "$(q "SELECT count(*) FROM pg_namespace WHERE nspname ~ '^conc_j[0-9]+\$'")" = "$CLIENTS" ] ||
	fail "jobs => 2 from $CLIENTS sessions: not $CLIENTS schemas"
calls=$((CLIENTS * 2))
got=$(q "WITH ref AS (SELECT x.table_name, x.rows FROM conc_results r, LATERAL (SELECT split_part(e, '=', 1) AS table_name, split_part(e, '=', 2)::bigint AS rows
                                                                      FROM unnest(string_to_array(r.digest, ',')) e) x
                      WHERE phase = 'ref' AND kind = 'generate')
         SELECT count(DISTINCT run_id) || ' ' || count(*) || ' ' || coalesce(bool_and(l.rows = ref.rows), true)
         FROM synthgen.run_log l LEFT JOIN ref USING (table_name)
         WHERE run_id > $run0 AND arguments->>'target_schema' ~ '^conc_j[0-9]+\$'")
[ "$got" = "$calls $((calls * TABLES)) true" ] || fail "jobs => 2 from $CLIENTS sessions: run_log has (runs, rows, right counts): $got"
sleep 0.2
workers=$(q "SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'synthgen worker'")
[ "$workers" = 0 ] || fail "jobs => 2 under contention: $workers synthgen workers still running"
[ "$(crashes)" = f ] || fail "jobs => 2 under contention: the server restarted"
echo "concurrency.sh: jobs => 2 from $CLIENTS sessions: all $calls calls right, $shared of them with fewer workers, in $ms ms"
# one slot left: long jobs => 2 calls hold all others (each loading two
# big tables, one per worker); a jobs => 2 call
# then runs with one worker, says so, and makes the same tables; the holders,
# cancelled, leave nothing behind
holds=$(( ($(q "SHOW max_worker_processes") - 2) / 2 ))
for h in $(seq 1 $holds); do
	psql -X -q -d "$db" -c "SET client_min_messages = warning" \
		-c "SELECT count(*) FROM synthgen.generate('baseline', '2025-01-01', 19200, tables => '{orders,order_items}', target_schema => 'conc_hold$h', jobs => 2, orders_per_day => 12500, customers => 15000)" \
		>/dev/null 2>&1 &
done
i=0
until [ "$(q "SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'synthgen worker' AND query LIKE '%synthgen.load%'")" = $((holds * 2)) ]; do
	i=$((i + 1)); [ $i -lt 400 ] || fail "the holding calls never started their workers"; sleep 0.05
done
psql -X -q -d "$db" -c "SET client_min_messages = notice" -c "SELECT count(*) FROM synthgen.generate($W, target_schema => 'conc_one', jobs => 2)" >"$dir/one.out" 2>&1 ||
	{ cat "$dir/one.out"; fail "jobs => 2 with one free slot failed"; }
grep -q "NOTICE:  synthgen: 1 of 2 background workers started, they share the work" "$dir/one.out" ||
	{ cat "$dir/one.out"; fail "jobs => 2 with one free slot: no notice of the shared work"; }
same_as_ref conc_one "jobs => 2 with one free slot" orders order_items customers
q "SELECT pg_cancel_backend(pid) FROM pg_stat_activity WHERE query LIKE '%conc_hold%' AND pid <> pg_backend_pid() AND backend_type = 'client backend'" >/dev/null
wait
sleep 0.2
[ "$(q "SELECT count(*) FROM pg_namespace WHERE nspname ~ '^conc_hold'")" = 0 ] || fail "cancelled holders left their schemas"
[ "$(q "SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'synthgen worker'")" = 0 ] || fail "cancelled holders left workers"
echo "concurrency.sh: jobs => 2 with one free worker slot: one worker did all the work, same tables"
drop_schemas '^conc_one$'
drop_schemas '^conc_(ref|j)[0-9]+$'
q "DROP TABLE conc_results"

echo "concurrency.sh: ok"
