#!/bin/sh
# A/B benchmark of two builds of the library in one server:
#
#	test/bench/ab.sh OLD.so NEW.so
#
# Each round installs one build as $libdir/synthgen.so (a rename, so no
# running backend's mapping is touched), then a fresh connection warms up
# and times every case once; the builds alternate round by round (ABAB…),
# so both see the same machine noise.  Prints each build's median, best
# and worst per case, and the ratio of medians, of the wall time and of
# the backend's own CPU time (/proc/self/schedstat, Linux: on a shared
# machine it moves much less than the wall time; NaN elsewhere), with the
# rows per CPU second (the query's count).  The build last installed
# is NEW.  Needs write access to $libdir (root in the test containers) and
# a server in PGHOST/PGPORT (e.g. under /opt/pgenv or pg_virtualenv);
# REPS rounds per build (default 7).  The cases are lines of CASES
# ("name|setup|query"), by default the customers' count with both e-mail
# modes; a setup naming a setting the old build lacks is skipped for it.
#
#	test/bench/ab.sh --servers OLDHOST:OLDPORT NEWHOST:NEWPORT
#
# compares two servers instead, each with its own build and its own
# install script already installed (when the SQL surface changed between
# the builds, e.g. a row type gained a column); the rounds alternate
# between the servers the same way.
set -eu
. "$(dirname "$0")/timed_query.sh"
servers=
if [ "$1" = --servers ]; then
	servers=1
	shift
fi
old=$1
new=$2
REPS=${REPS:-7}
[ -n "$servers" ] || libdir=$(pg_config --pkglibdir)
export PGDATABASE=${PGDATABASE:-postgres}
CASES=${CASES:-"customers 1M|SET synthgen.email_domains = realistic|SELECT count(*) FROM synth_customers('baseline', customers => 1000000)
customers 1M reserved|SET synthgen.email_domains = reserved|SELECT count(*) FROM synth_customers('baseline', customers => 1000000)
suppliers 100k||SELECT count(*) FROM synth_suppliers('baseline', suppliers => 100000)
products 100k||SELECT count(*) FROM synth_products('baseline', products => 100000)
generate_series 1M||SELECT count(*) FROM generate_series(1, 1000000)"}
out=$(mktemp)
trap 'rm -f "$out"' EXIT

# point psql at a build: its server, or this server with its library
use() {
	eval lib=\$$1
	if [ -n "$servers" ]; then
		PGHOST=${lib%:*}
		PGPORT=${lib##*:}
		export PGHOST PGPORT
	else
		cp "$lib" "$libdir/synthgen.so.ab"
		mv "$libdir/synthgen.so.ab" "$libdir/synthgen.so"
	fi
}
for build in old new; do
	[ -n "$servers" ] || [ $build = new ] || continue
	use $build
	psql -X -q -c 'CREATE EXTENSION IF NOT EXISTS synthgen CASCADE' >/dev/null
done

round=0
while [ "$round" -lt "$REPS" ]; do
	for build in old new; do
		use $build
		echo "$CASES" | while IFS='|' read -r name setup query; do
			[ -n "$name" ] || continue
			secs=$(timed_query "$setup" "$query" | psql -X -q -At -v ON_ERROR_STOP=1 2>/dev/null || echo skip)
			secs=$(echo "$secs" | tail -n 1)
			[ "$secs" = skip ] || echo "$build|$name|$secs" >>"$out"
		done
	done
	round=$((round + 1))
done

python3 - "$out" <<'EOF'
import sys, statistics
rows = [l.strip().split('|') for l in open(sys.argv[1]) if l.strip()]
names = []
for r in rows:
    if r[1] not in names:
        names.append(r[1])
print(f"{'case':<24} {'build':<5} {'n':>2} {'wall med':>9} {'best':>8} {'worst':>8} {'cpu med':>8} {'best':>8} {'rows':>9} {'M rows/cpu s':>12}")
for n in names:
    med = {}
    for b in ('old', 'new'):
        xs = [r for r in rows if r[0] == b and r[1] == n]
        if not xs:
            continue
        walls = sorted(float(r[2]) for r in xs)
        cpus = sorted(float(r[3]) for r in xs)
        med[b] = (statistics.median(walls), statistics.median(cpus))
        count = int(xs[0][4])
        print(f"{n:<24} {b:<5} {len(xs):>2} {med[b][0]:9.4f} {walls[0]:8.4f} {walls[-1]:8.4f} "
              f"{med[b][1]:8.4f} {cpus[0]:8.4f} {count:>9} {count / med[b][1] / 1e6:12.3f}")
    if len(med) == 2:
        print(f"{n:<24} new/old ratio: wall {med['new'][0] / med['old'][0]:.3f}, cpu {med['new'][1] / med['old'][1]:.3f}")
EOF
