#!/bin/sh
# Parquet export benchmark (issues 5 and 16), in the server of
# PGHOST/PGDATABASE: ~2 M orders through COPY TO parquet (zstd, snappy,
# none) vs COPY TO csv, server-side files, and DuckDB converting that CSV
# to zstd Parquet (2 threads); REPS interleaved rounds (round 0 a warm-up),
# medians and best; sizes; backend peak RSS.
#
# Before/after: AB="OLD NEW", two directories each holding a build
# (synthgen.so, synthgen*.sql, synthgen*.control): installed alternately
# into the server's directories within each round, the extension made
# anew, so both see the same machine.
set -eu
REPS=${REPS:-3}
W="'baseline', '2025-01-01 00:00+00', 4000"
PG_CONFIG=${PG_CONFIG:-pg_config}
dir=$(mktemp -d /tmp/synthgen_pqbench.XXXXXX); chmod 777 "$dir"; trap 'rm -rf "$dir"' EXIT
q() { psql -X -q -At -c "SET client_min_messages = warning" -c "SET synthgen.timing = off" -c "SELECT synthgen.version()" -c "$1" | tail -1; }
install_build() {
	lib=$($PG_CONFIG --pkglibdir) share=$($PG_CONFIG --sharedir)/extension
	for f in "$1"/synthgen*.sql "$1"/synthgen*.control; do
		cp "$f" "$share/.tmp.$$" && mv "$share/.tmp.$$" "$share/$(basename "$f")"
	done
	cp "$1/synthgen.so" "$lib/.tmp.$$.so" && mv "$lib/.tmp.$$.so" "$lib/synthgen.so"
	psql -X -q -c "DROP EXTENSION IF EXISTS synthgen" -c "CREATE EXTENSION synthgen CASCADE" >/dev/null 2>&1
}
psql -X -q -c "CREATE EXTENSION IF NOT EXISTS synthgen CASCADE" >/dev/null 2>&1
q "CREATE UNLOGGED TABLE IF NOT EXISTS bench_pq AS SELECT * FROM synth_orders($W)" >/dev/null
q "VACUUM FREEZE bench_pq" >/dev/null
N=$(q "SELECT count(*) FROM bench_pq")
t() {	# seconds of one COPY, in the server
	q "CREATE FUNCTION pg_temp.t() RETURNS float8 LANGUAGE plpgsql AS \$f\$ DECLARE t0 timestamptz := clock_timestamp();
	   BEGIN EXECUTE \$x\$$1\$x\$; RETURN extract(epoch FROM clock_timestamp() - t0); END \$f\$; SELECT pg_temp.t()"
}
[ -d test/node_modules ] || (cd test && npm ci --no-audit --no-fund >/dev/null)
builds=${AB:-current}
: > "$dir/times"
r=0
while [ $r -le "$REPS" ]; do
	for b in $builds; do
		label=$(basename "$b")
		[ "$b" = current ] || install_build "$b"
		for c in csv zstd snappy none; do
			if [ $c = csv ]; then s=$(t "COPY bench_pq TO '$dir/o.csv' (FORMAT csv, HEADER)")
			else s=$(t "COPY bench_pq TO '$dir/o_$c.parquet' (FORMAT parquet, COMPRESSION $c)"); fi
			[ $r -gt 0 ] && echo "$label $c $s" >> "$dir/times"
		done
	done
	s=$(cd test && node duckdb/csv_to_parquet.mjs "$dir/o.csv" "$dir/o_duckdb.parquet")
	[ $r -gt 0 ] && echo "duckdb duckdb $s" >> "$dir/times"
	r=$((r + 1))
done
stat_of() {	# $1 build, $2 case, $3 median | best
	awk -v b="$1" -v c="$2" '$1 == b && $2 == c { print $3 }' "$dir/times" | sort -g |
		awk -v k="$3" '{ v[NR] = $1 } END { print (k == "best" ? v[1] : v[int((NR + 1) / 2)]) }'
}
csvsize=$(stat -c %s "$dir/o.csv")
echo
echo "Parquet export benchmark: $N orders from an unlogged table, server-side files, $REPS rounds; $(nproc) CPUs, load average $(cut -d' ' -f1-3 /proc/loadavg)"
for b in $builds duckdb; do
	label=$(basename "$b")
	[ "$label" = duckdb ] && cases=duckdb || cases="csv zstd snappy none"
	echo "== $label"
	for c in $cases; do
		f="$dir/o_$c.parquet"; [ $c = csv ] && f="$dir/o.csv"
		awk -v c="$c" -v s="$(stat_of "$label" $c median)" -v best="$(stat_of "$label" $c best)" -v n="$N" \
		    -v b="$(stat -c %s "$f")" -v cb="$csvsize" -v csv="$(stat_of "$label" csv median)" 'BEGIN {
			printf "  %-8s median %7.3f s (best %7.3f) %6.2f M rows/s %8.1f MB  %5.1f%% of CSV", c, s, best, n / s / 1e6, b / 1048576, 100 * b / cb;
			if (csv != "") printf "  %.2fx CSV", csv / s;
			printf "\n" }'
	done
done
echo "  (duckdb: DuckDB converting our CSV to Parquet zstd, once a round)"
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
