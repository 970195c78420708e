#!/bin/sh
# How far a synth_* count(*) is from its floor, in one run:
#
#	test/bench/floor.sh
#
# Builds test/bench/floor.c (a set-returning function that returns n
# copies of one row through the same materialize-mode tuplestore as ours)
# and times, in rounds that alternate the cases, count(*) over
# generate_series (the spec's yardstick, §9), over the floor with one
# real row of synthgen.order_row / order_item_row repeated as many times
# as the window has rows, and over the synth_* function itself.  Prints
# each case's median wall and backend CPU time (/proc/self/schedstat),
# rows per CPU second, and its rate as a share of generate_series'.
# Needs a server in PGHOST/PGPORT with synthgen installed, superuser (the
# floor is a C function loaded from a file), REPS rounds (default 5).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
. "$here/timed_query.sh"
REPS=${REPS:-5}
ARGS=${ARGS:-"'baseline', '2025-12-01 00:00+00', 720, customers => 15000, orders_per_day => 12500"}
export PGDATABASE=${PGDATABASE:-postgres}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
chmod 755 "$work"
cc -O2 -fPIC -shared -I"$(pg_config --includedir-server)" -o "$work/floor.so" "$here/floor.c"

psql -X -q -v ON_ERROR_STOP=1 <<EOF >/dev/null
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS synthgen CASCADE;
SET synthgen.timing = off;
DROP TABLE IF EXISTS floor_sample;
CREATE TABLE floor_sample AS
  SELECT (SELECT o FROM synth_orders($ARGS) o WHERE discount > 0 AND delivered_at IS NOT NULL LIMIT 1) AS o,
         (SELECT i FROM synth_order_items($ARGS) i WHERE discount > 0 LIMIT 1) AS i,
         (SELECT count(*) FROM synth_orders($ARGS)) AS orders,
         (SELECT count(*) FROM synth_order_items($ARGS)) AS items;
EOF
orders=$(psql -X -At -c 'SELECT orders FROM floor_sample')
items=$(psql -X -At -c 'SELECT items FROM floor_sample')

CASES="generate_series|SELECT count(*) FROM generate_series(1, 1000000)
floor order_row|SELECT count(*) FROM pg_temp.floor_rows($orders, (SELECT o FROM floor_sample))
synth_orders|SELECT count(*) FROM synth_orders($ARGS)
floor order_item_row|SELECT count(*) FROM pg_temp.floor_rows($items, (SELECT i FROM floor_sample))
synth_order_items|SELECT count(*) FROM synth_order_items($ARGS)"
out=$work/times
round=0
while [ "$round" -lt "$REPS" ]; do
	echo "$CASES" | while IFS='|' read -r name query; do
		r=$(timed_query "CREATE FUNCTION pg_temp.floor_rows(bigint, anyelement) RETURNS SETOF anyelement
  AS '$work/floor.so', 'floor_rows' LANGUAGE C STRICT" "$query" | psql -X -q -At -v ON_ERROR_STOP=1 | tail -n 1)
		echo "$name|$r" >>"$out"
	done
	round=$((round + 1))
done
psql -X -q -c 'DROP TABLE floor_sample'

python3 - "$out" "$(nproc) CPU, $(uptime | sed 's/.*load/load/')" <<'EOF'
import sys, statistics
rows = [l.strip().split('|') for l in open(sys.argv[1]) if l.strip()]
names = []
for r in rows:
    if r[0] not in names:
        names.append(r[0])
rate = {}
print(f"# {sys.argv[2]}")
print(f"{'case':<22} {'n':>2} {'wall med':>9} {'cpu med':>8} {'cpu best':>8} {'rows':>9} {'M rows/cpu s':>12} {'of gen_series':>13}")
for n in names:
    xs = [r for r in rows if r[0] == n]
    wall = statistics.median(float(r[1]) for r in xs)
    cpus = sorted(float(r[2]) for r in xs)
    count = int(xs[0][3])
    rate[n] = count / statistics.median(cpus)
    share = rate[n] / rate['generate_series']
    print(f"{n:<22} {len(xs):>2} {wall:9.4f} {statistics.median(cpus):8.4f} {cpus[0]:8.4f} {count:>9} {rate[n] / 1e6:12.3f} {share:13.3f}")
for t, f in (('synth_orders', 'floor order_row'), ('synth_order_items', 'floor order_item_row')):
    print(f"{t} / its floor: {rate[t] / rate[f]:.3f} of the floor's rows/s")
EOF
