#!/bin/sh
# The main job at the speed of the load (issue 16), in the server of
# PGHOST/PGDATABASE: the whole world (30 days of baseline, customers
# 15,000, orders_per_day 12,500, products 2,000, suppliers 100: 2.12 M
# rows since issues 14-15, 1.56 M before) with jobs => 1 and 2, each
# call's wall time beside its load time; the user's first count(*) after
# generate() beside the second; the old generator's workload (customers
# and orders, generate + CSV export of both); keys => 'none' and
# unlogged => true.  REPS interleaved rounds
# (round 0 a warm-up, dropped), a CHECKPOINT before each call; medians.
#
# Before/after: AB="OLD NEW", two directories each holding a build
# (synthgen.so and the synthgen*.sql/.control files, as `make` leaves
# them): the two are installed alternately into the server's directories
# (each call in a fresh database), so both see the same machine.
set -eu
REPS=${REPS:-5}
W="'baseline', '2025-12-01 00:00+00', 720"
COUNTS="customers => 15000, orders_per_day => 12500, products => 2000, suppliers => 100"
dir=$(mktemp -d /tmp/synthgen_afterload.XXXXXX); chmod 777 "$dir"; trap 'rm -rf "$dir"' EXIT
PG_CONFIG=${PG_CONFIG:-pg_config}
q() { psql -X -q -At -v ON_ERROR_STOP=1 -d "$db" -c "SET client_min_messages = warning" -c "SET synthgen.timing = off" -c "$1" | tail -1; }

# install build $1 (a directory), atomically file by file (running
# backends keep the library they mapped)
install_build() {
	lib=$($PG_CONFIG --pkglibdir) share=$($PG_CONFIG --sharedir)/extension
	for f in "$1"/synthgen*.sql "$1"/synthgen*.control; do
		cp "$f" "$share/.tmp.$$" && mv "$share/.tmp.$$" "$share/$(basename "$f")"
	done
	cp "$1/synthgen.so" "$lib/.tmp.$$.so" && mv "$lib/.tmp.$$.so" "$lib/synthgen.so"
}
fresh_db() {
	db=synthgen_afterload
	dropdb --if-exists "$db" >/dev/null 2>&1
	createdb "$db"
	psql -X -q -d "$db" -c "CREATE EXTENSION synthgen CASCADE" >/dev/null 2>&1
}

# one generate() of the whole world: wall s, sum of the tables' load s,
# keys s, analyze s (the result's rows), then the first and the second
# count(*) of orders and of order_items in a new session
world() {	# $1 label, $2 extra arguments
	q "CHECKPOINT" >/dev/null
	res=$(q "CREATE FUNCTION pg_temp.t() RETURNS text LANGUAGE plpgsql AS \$f\$
	       DECLARE t0 timestamptz := clock_timestamp(); l float8; k float8; a float8;
	       BEGIN
	         SELECT sum(seconds) FILTER (WHERE rows IS NOT NULL),
	                sum(seconds) FILTER (WHERE table_name = 'primary and foreign keys'),
	                sum(seconds) FILTER (WHERE table_name = 'analyze')
	         INTO l, k, a FROM synthgen.generate($W, target_schema => 'w', $COUNTS$2);
	         RETURN concat_ws(' ', extract(epoch FROM clock_timestamp() - t0), l, k, a);
	       END \$f\$;
	       SELECT pg_temp.t()" 2>/dev/null) || true
	[ -n "$res" ] || return 0	# a build without these arguments
	c=$(psql -X -q -At -d "$db" -c "\\timing on" -c "SELECT count(*) FROM w.orders" -c "SELECT count(*) FROM w.orders" \
	        -c "SELECT count(*) FROM w.order_items" -c "SELECT count(*) FROM w.order_items" |
	    sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p' | tr '\n' ' ')
	echo "$label $1 $res $c" >> "$dir/times"
	q "DROP SCHEMA w CASCADE" >/dev/null
}

# the ten tables loaded (created and filled, frozen) without keys or
# ANALYZE: one transaction, or two workers with the tables shared out by
# their work (as generate(jobs => 2) starts them)
load_only() {	# $1 jobs
	q "CHECKPOINT" >/dev/null
	args="'baseline', '2025-12-01 00:00+00', 720, 1, 12500, 15000, 2000, 100"
	q "CREATE SCHEMA w" >/dev/null
	stmts="" groups=""
	g=0
	for t in order_items orders cart_abandonment customers support_tickets returns products suppliers campaigns system_metrics; do
		rt=$(q "SELECT row_type::text FROM synthgen.tables() WHERE table_name = '$t'")
		stmts="$stmts\$s\$CREATE TABLE w.$t (LIKE $rt)\$s\$, \$s\$SELECT synthgen.load('w.$t', '$t', $args)\$s\$, "
		[ "$1" = 1 ] && g=0
		groups="$groups$g, $g, "
		g=$((1 - g))
	done
	s=$(q "CREATE FUNCTION pg_temp.t() RETURNS float8 LANGUAGE plpgsql AS \$f\$
	       DECLARE t0 timestamptz := clock_timestamp();
	       BEGIN PERFORM * FROM synthgen.run_parallel(ARRAY[${stmts%, }], ARRAY[${groups%, }]);
	             RETURN extract(epoch FROM clock_timestamp() - t0); END \$f\$;
	       SELECT pg_temp.t()")
	echo "$label load_only_jobs$1 $s" >> "$dir/times"
	q "DROP SCHEMA w CASCADE" >/dev/null
}

# the alternative to whole tables per worker (issue 16, item 2): the tables
# committed first, each loaded in two slices by two workers (not frozen:
# not created in the loading transaction), then frozen by VACUUM (FREEZE);
# the load and the freeze timed apart
sliced_freeze() {
	q "CHECKPOINT" >/dev/null
	args="'baseline', '2025-12-01 00:00+00', 720, 1, 12500, 15000, 2000, 100"
	q "CREATE SCHEMA w" >/dev/null
	stmts="" groups=""
	for t in $(q "SELECT string_agg(table_name, ' ') FROM synthgen.tables()"); do
		rt=$(q "SELECT row_type::text FROM synthgen.tables() WHERE table_name = '$t'")
		q "CREATE TABLE w.$t (LIKE $rt)" >/dev/null
		for p in 0 1; do
			stmts="$stmts\$s\$SELECT synthgen.load('w.$t', '$t', $args, $p, 2)\$s\$, "
			groups="$groups$p, "
		done
	done
	s=$(q "CREATE FUNCTION pg_temp.t() RETURNS float8 LANGUAGE plpgsql AS \$f\$
	       DECLARE t0 timestamptz := clock_timestamp();
	       BEGIN PERFORM * FROM synthgen.run_parallel(ARRAY[${stmts%, }], ARRAY[${groups%, }]);
	             RETURN extract(epoch FROM clock_timestamp() - t0); END \$f\$;
	       SELECT pg_temp.t()")
	t0=$(date +%s%N)
	psql -X -q -d "$db" -c "VACUUM (FREEZE) w.customers, w.suppliers, w.products, w.campaigns, w.orders, w.order_items,
	                        w.support_tickets, w.cart_abandonment, w.returns, w.system_metrics"
	f=$(( ($(date +%s%N) - t0) / 1000 ))
	echo "$label sliced_load_jobs2 $s" >> "$dir/times"
	echo "$label sliced_freeze ${f}e-6" >> "$dir/times"
	q "DROP SCHEMA w CASCADE" >/dev/null
}

# the old generator's workload: customers and orders, then a client-side
# CSV export of both, wall time from the client
old_workload() {	# $1 case, $2 extra arguments
	q "CHECKPOINT" >/dev/null
	t0=$(date +%s%N)
	psql -X -q -d "$db" -v ON_ERROR_STOP=1 -c "SET client_min_messages = warning" \
		-c "SELECT count(*) FROM synthgen.generate($W, tables => '{customers,orders}', target_schema => 'w', $COUNTS$2)" \
		-c "\\copy w.customers TO '$dir/customers.csv' (FORMAT csv, HEADER)" \
		-c "\\copy w.orders TO '$dir/orders.csv' (FORMAT csv, HEADER)" >/dev/null 2>&1 || return 0
	t1=$(date +%s%N)
	echo "$label $1 $(( (t1 - t0) / 1000 ))e-6" >> "$dir/times"
	q "DROP SCHEMA w CASCADE" >/dev/null
}

# the same workload as the old generator ran it: CSV files straight from
# the functions, no tables (the synthgen command, two connections)
cli_csv() {
	[ -x src/cli/synthgen ] || return 0
	rm -rf "$dir/cli"
	t0=$(date +%s%N)
	src/cli/synthgen baseline --start '2025-12-01 00:00+00' --days 30 --customers 15000 --orders-per-day 12500 \
		--products 2000 --suppliers 100 -t customers,orders -o "$dir/cli" -j 2 -d "$db" >/dev/null 2>&1 || return 0
	t1=$(date +%s%N)
	echo "$label cli_csv_j2 $(( (t1 - t0) / 1000 ))e-6" >> "$dir/times"
	rm -rf "$dir/cli"
}

builds=${AB:-current}
: > "$dir/times"
round=0
while [ $round -le "$REPS" ]; do
	for b in $builds; do
		label=$(basename "$b")
		[ "$b" = current ] || install_build "$b"
		fresh_db
		world jobs1 ""
		world jobs2 ", jobs => 2"
		world jobs1_none_unlogged ", keys => 'none', unlogged => true"
		world jobs2_none_unlogged ", jobs => 2, keys => 'none', unlogged => true"
		load_only 1
		load_only 2
		sliced_freeze
		old_workload old_jobs1 ""
		old_workload old_jobs2 ", jobs => 2"
		old_workload old_none_unlogged ", keys => 'none', unlogged => true"
		old_workload old_jobs2_none_unlogged ", jobs => 2, keys => 'none', unlogged => true"
		cli_csv
	done
	[ $round -eq 0 ] && : > "$dir/times"	# the warm-up round
	round=$((round + 1))
done
dropdb --if-exists "$db" >/dev/null 2>&1

# medians, per build and case, of each column
med() {	# $1 build, $2 case, $3 column (3 = the first number)
	awk -v b="$1" -v c="$2" -v k="$3" '$1 == b && $2 == c && NF >= k { print $k }' "$dir/times" |
		sort -g | awk '{ v[NR] = $1 } END { if (NR) printf "%.3f", v[int((NR + 1) / 2)]; else printf "-" }'
}
echo
echo "issue 16 benchmark: 30 days of baseline (2.12 M rows), medians of $REPS rounds; $(nproc) CPUs, load average $(cut -d' ' -f1-3 /proc/loadavg)"
for b in $builds; do
	label=$(basename "$b")
	echo "== $label"
	printf "  %-34s %8s %8s %8s %8s %10s %14s %14s\n" case wall load keys analyze wall/load "orders 1st/2nd" "items 1st/2nd"
	for c in jobs1 jobs2 jobs1_none_unlogged jobs2_none_unlogged; do
		w=$(med "$label" $c 3) l=$(med "$label" $c 4) k=$(med "$label" $c 5) a=$(med "$label" $c 6)
		o1=$(med "$label" $c 7) o2=$(med "$label" $c 8) i1=$(med "$label" $c 9) i2=$(med "$label" $c 10)
		[ "$w" = - ] && continue
		lo=$l
		[ $c = jobs2 ] && lo=$(med "$label" load_only_jobs2 3)
		[ $c = jobs1 ] && lo=$(med "$label" load_only_jobs1 3)
		awk -v c="$c" -v w="$w" -v l="$l" -v k="$k" -v a="$a" -v lo="$lo" -v o1="$o1" -v o2="$o2" -v i1="$i1" -v i2="$i2" 'BEGIN {
			printf "  %-34s %8.3f %8.3f %8.3f %8.3f %10.2f %8.1f/%-5.1f %8.1f/%-5.1f\n", "generate(" c ")", w, l, k, a, w / lo, o1, o2, i1, i2 }'
	done
	printf "  %-34s %8s\n" "load only, jobs 1 (one transaction)" "$(med "$label" load_only_jobs1 3)"
	printf "  %-34s %8s\n" "load only, jobs 2 (two workers)" "$(med "$label" load_only_jobs2 3)"
	printf "  %-34s %8s + VACUUM (FREEZE) %s\n" "sliced load, jobs 2" "$(med "$label" sliced_load_jobs2 3)" "$(med "$label" sliced_freeze 3)"
	for c in old_jobs1 old_jobs2 old_none_unlogged old_jobs2_none_unlogged; do
		printf "  %-34s %8s\n" "old workload ($c), + CSV" "$(med "$label" $c 3)"
	done
	printf "  %-34s %8s\n" "old workload as CSV files (synthgen -j 2)" "$(med "$label" cli_csv_j2 3)"
done
echo "  (wall/load: the call's wall time over the load-only time of the same build and jobs; first/second count(*) in ms)"
