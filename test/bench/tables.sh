#!/bin/sh
# Each table's bulk-load rows/s in generate(), several builds side by side:
#
#	test/bench/tables.sh LABEL=HOST:PORT LABEL=HOST:PORT ...
#
# Each build runs in its own server with its own install script (the row
# types change between versions).  Rounds alternate between the servers;
# each round is one generate() of ARGS (default: issue 16's world, 30 days
# of baseline at 15,000 customers, 12,500 orders a day, 2,000 products,
# 100 suppliers) with jobs => 1, and reads the per-table load seconds of
# its result.  Prints per table the rows and the median rows/s of every
# build, and the last build's rows/s as a ratio of each earlier one.
# The issues' "each table's bulk-load rows/s within 10 % of today" is
# that ratio >= 0.9.  REPS rounds (default 4).
set -eu
REPS=${REPS:-4}
ARGS=${ARGS:-"'baseline', '2025-12-01 00:00+00', 720, customers => 15000, orders_per_day => 12500, products => 2000, suppliers => 100"}
out=$(mktemp)
trap 'rm -f "$out"' EXIT
round=0
while [ "$round" -lt "$REPS" ]; do
	for s in "$@"; do
		label=${s%%=*}
		hp=${s#*=}
		PGHOST=${hp%:*} PGPORT=${hp##*:} psql -X -At -q -F'|' -v ON_ERROR_STOP=1 \
			-c "SET client_min_messages = warning" \
			-c "CREATE EXTENSION IF NOT EXISTS synthgen CASCADE" \
			-c "SELECT '$label', table_name, rows, seconds FROM synthgen.generate($ARGS, jobs => 1, if_exists => 'replace') WHERE rows IS NOT NULL" >>"$out"
	done
	round=$((round + 1))
done

python3 - "$out" "$(nproc) CPU, $(uptime | sed 's/.*load/load/')" "$@" <<'EOF'
import sys, statistics, collections
labels = [a.split('=')[0] for a in sys.argv[3:]]
d = collections.defaultdict(list)
tables = []
for l in open(sys.argv[1]):
    b, t, n, s = l.strip().split('|')
    d[(t, b)].append((int(n), float(s)))
    if t not in tables:
        tables.append(t)
last = labels[-1]
print(f"# {sys.argv[2]}, medians of {len(d[(tables[0], last)])} rounds")
head = f"{'table':<18}" + ''.join(f"{b + ' rows':>14}{b + ' rows/s':>15}" for b in labels)
head += ''.join(f"{last + '/' + b:>16}" for b in labels[:-1])
print(head)
for t in tables:
    rate = {}
    line = f"{t:<18}"
    for b in labels:
        xs = d.get((t, b))
        if not xs:
            line += f"{'-':>14}{'-':>15}"
            continue
        rate[b] = xs[0][0] / statistics.median(x[1] for x in xs)
        line += f"{xs[0][0]:>14}{rate[b]:>15.0f}"
    for b in labels[:-1]:
        line += f"{rate[last] / rate[b]:>16.2f}" if b in rate and last in rate else f"{'-':>16}"
    print(line)
EOF
