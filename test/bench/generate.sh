#!/bin/sh
# Bulk-path benchmark (issue 4), in the server of PGHOST/PGDATABASE:
#   generate() of ~2 M orders + ~4.6 M items (bulk path into logged tables
#   created in the same transaction) vs INSERT ... SELECT * FROM synth_* vs
#   COPY FROM CSV of the same rows vs pgbench -i -I dtG (server-side
#   generation) at a similar row count.  Interleaved rounds, medians.
set -eu
REPS=${REPS:-5}
W="'baseline', '2025-01-01 00:00+00', 4000"
q() { psql -X -q -At -v ON_ERROR_STOP=1 -c "SET client_min_messages = warning" -c "SET synthgen.timing = off" -c "$1"; }

q "CREATE EXTENSION IF NOT EXISTS synthgen CASCADE" >/dev/null
ROWS=$(q "SELECT (SELECT count(*) FROM synth_orders($W)) + (SELECT count(*) FROM synth_order_items($W))")
ORDERS=$(q "SELECT count(*) FROM synth_orders($W)")
q "COPY (SELECT * FROM synth_orders($W)) TO '/tmp/synthgen_bench_o.csv' (FORMAT csv)" >/dev/null
q "COPY (SELECT * FROM synth_order_items($W)) TO '/tmp/synthgen_bench_i.csv' (FORMAT csv)" >/dev/null

prep="DROP SCHEMA IF EXISTS b CASCADE; CREATE SCHEMA b;"
mk="CREATE TABLE b.orders (LIKE synthgen.order_row); CREATE TABLE b.order_items (LIKE synthgen.order_item_row);"
t_case() {	# seconds of one transaction, measured in the server
	q "$prep" >/dev/null
	q "CREATE FUNCTION pg_temp.t() RETURNS float8 LANGUAGE plpgsql AS \$f\$
	   DECLARE t0 timestamptz := clock_timestamp(); BEGIN $1; RETURN extract(epoch FROM clock_timestamp() - t0); END \$f\$;
	   SELECT pg_temp.t()"
}

# generate(jobs => $1) minus its keys and ANALYZE: the load, wall time
g_case() {
	q "$prep" >/dev/null
	q "CREATE FUNCTION pg_temp.t() RETURNS float8 LANGUAGE plpgsql AS \$f\$
	   DECLARE t0 timestamptz := clock_timestamp(); ka float8;
	   BEGIN
	     SELECT sum(seconds) INTO ka FROM synthgen.generate($W, tables => '{orders,order_items}',
	                                                        target_schema => 'b', jobs => $1) WHERE rows IS NULL;
	     RETURN extract(epoch FROM clock_timestamp() - t0) - ka;
	   END \$f\$;
	   SELECT pg_temp.t()"
}

: > /tmp/synthgen_bench_times
r=0
while [ $r -le "$REPS" ]; do
	g=$(t_case "PERFORM * FROM synthgen.generate($W, tables => '{orders,order_items}', target_schema => 'b')")
	gl=$(g_case 1)
	gl2=$(g_case 2)
	i=$(t_case "$mk INSERT INTO b.orders SELECT * FROM synth_orders($W); INSERT INTO b.order_items SELECT * FROM synth_order_items($W)")
	c=$(t_case "$mk COPY b.orders FROM '/tmp/synthgen_bench_o.csv' (FORMAT csv); COPY b.order_items FROM '/tmp/synthgen_bench_i.csv' (FORMAT csv)")
	p=$(pgbench -i -I dtG -s 60 -q 2>&1 | sed -n 's/.*server-side generate \([0-9.]*\) s.*/\1/p')
	if [ $r -gt 0 ]; then
		echo "generate_total $g" >> /tmp/synthgen_bench_times
		echo "generate_load $gl" >> /tmp/synthgen_bench_times
		echo "generate_load_jobs2 $gl2" >> /tmp/synthgen_bench_times
		echo "insert_select $i" >> /tmp/synthgen_bench_times
		echo "copy_from $c" >> /tmp/synthgen_bench_times
		echo "pgbench_G $p" >> /tmp/synthgen_bench_times
	fi
	r=$((r + 1))
done
q "DROP SCHEMA IF EXISTS b CASCADE" >/dev/null
pgbench -i -I d -q >/dev/null 2>&1 || true

med() { awk -v k="$1" '$1 == k { print $2 }' /tmp/synthgen_bench_times | sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
G=$(med generate_total); GL=$(med generate_load); GL2=$(med generate_load_jobs2); I=$(med insert_select); C=$(med copy_from); P=$(med pgbench_G)
echo
echo "bulk-path benchmark: $ORDERS orders + $((ROWS - ORDERS)) items = $ROWS rows, logged tables created in the transaction; medians of $REPS rounds"
awk -v n="$ROWS" -v g="$G" -v gl="$GL" -v gl2="$GL2" -v i="$I" -v c="$C" -v p="$P" 'BEGIN {
	printf "  %-44s %8.3f s %6.2f M rows/s\n", "generate(): load only", gl, n / gl / 1e6;
	printf "  %-44s %8.3f s %6.2f M rows/s\n", "generate(jobs => 2): load only", gl2, n / gl2 / 1e6;
	printf "  %-44s %8.3f s %6.2f M rows/s\n", "generate(): with keys and analyze", g, n / g / 1e6;
	printf "  %-44s %8.3f s %6.2f M rows/s\n", "INSERT ... SELECT * FROM synth_*", i, n / i / 1e6;
	printf "  %-44s %8.3f s %6.2f M rows/s\n", "COPY FROM csv", c, n / c / 1e6;
	printf "  %-44s %8.3f s %6.2f M rows/s\n", "pgbench -i -I dtG -s 60 (6 M accounts)", p, 6000000 / p / 1e6;
	printf "  load vs INSERT ... SELECT: %.2fx   load vs COPY FROM: %.2fx   load rows/s vs pgbench G: %.2fx   jobs 2 vs 1: %.2fx\n",
		i / gl, c / gl, (n / gl) / (6000000 / p), gl / gl2;
}'
