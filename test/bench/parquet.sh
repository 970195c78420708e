#!/bin/sh
# Parquet export benchmark (issue 5), in the server of PGHOST/PGDATABASE:
# ~2 M orders through COPY TO parquet (zstd, snappy, none) vs COPY TO csv,
# server-side files; medians of REPS rounds; sizes; backend peak RSS.
set -eu
REPS=${REPS:-3}
W="'baseline', '2025-01-01 00:00+00', 4000"
dir=$(mktemp -d /tmp/synthgen_pqbench.XXXXXX); chmod 777 "$dir"; trap 'rm -rf "$dir"' EXIT
q() { psql -X -q -At -c "SET client_min_messages = warning" -c "SET synthgen.timing = off" -c "SELECT synthgen.version()" -c "$1" | tail -1; }
psql -X -q -c "CREATE EXTENSION IF NOT EXISTS synthgen CASCADE" >/dev/null 2>&1
q "CREATE UNLOGGED TABLE IF NOT EXISTS bench_pq AS SELECT * FROM synth_orders($W)" >/dev/null
N=$(q "SELECT count(*) FROM bench_pq")
t() {	# seconds of one COPY, in the server
	q "CREATE FUNCTION pg_temp.t() RETURNS float8 LANGUAGE plpgsql AS \$f\$ DECLARE t0 timestamptz := clock_timestamp();
	   BEGIN EXECUTE \$x\$$1\$x\$; RETURN extract(epoch FROM clock_timestamp() - t0); END \$f\$; SELECT pg_temp.t()"
}
: > "$dir/times"
r=0
while [ $r -le "$REPS" ]; do
	for c in csv zstd snappy none; do
		if [ $c = csv ]; then s=$(t "COPY bench_pq TO '$dir/o.csv' (FORMAT csv, HEADER)")
		else s=$(t "COPY bench_pq TO '$dir/o_$c.parquet' (FORMAT parquet, COMPRESSION $c)"); fi
		[ $r -gt 0 ] && echo "$c $s" >> "$dir/times"
	done
	r=$((r + 1))
done
med() { awk -v k="$1" '$1 == k { print $2 }' "$dir/times" | sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
csvsize=$(stat -c %s "$dir/o.csv")
echo
echo "Parquet export benchmark: $N orders from an unlogged table, server-side files, medians of $REPS rounds"
for c in csv zstd snappy none; do
	f="$dir/o_$c.parquet"; [ $c = csv ] && f="$dir/o.csv"
	awk -v c="$c" -v s="$(med $c)" -v n="$N" -v b="$(stat -c %s "$f")" -v cb="$csvsize" 'BEGIN {
		printf "  %-8s %7.3f s %6.2f M rows/s %8.1f MB  %5.1f%% of CSV\n", c, s, n / s / 1e6, b / 1048576, 100 * b / cb }'
done
[ -d test/node_modules ] || (cd test && npm ci --no-audit --no-fund >/dev/null)
duck=$(cd test && node duckdb/csv_to_parquet.mjs "$dir/o.csv" "$dir/o_duckdb.parquet")
awk -v s="$duck" -v n="$N" -v b="$(stat -c %s "$dir/o_duckdb.parquet")" -v cb="$csvsize" 'BEGIN {
	printf "  %-8s %7.3f s %6.2f M rows/s %8.1f MB  %5.1f%% of CSV   (DuckDB: our CSV -> Parquet zstd, 1 run)\n", "duckdb", s, n / s / 1e6, b / 1048576, 100 * b / cb }'
for n in 2000000 10000000; do
	psql -X -q -At <<SQL
SET synthgen.timing = off;
SELECT synthgen.version() \gset
COPY (SELECT * FROM synth_orders('baseline', '2025-01-01 00:00+00', 4000, orders_per_day => $((n / 4000 * 24 / 1)))) TO '$dir/m.parquet' (FORMAT parquet);
SELECT format('  peak backend RSS exporting about %s orders: %s MB', $n,
              round(substring(pg_read_file('/proc/' || pg_backend_pid() || '/status') FROM 'VmHWM:\s*(\d+)')::numeric / 1024, 1));
SQL
done
q "DROP TABLE bench_pq" >/dev/null
