#!/bin/sh
# synthgen.timing: each function reports "name(scenario): N rows in S s (R rows/s)"
# when it finishes, to the client (notice), the log (log), or nowhere (off).
# generate()'s one NOTICE: a line per table with its rows, load, key and
# ANALYZE times and rows/s, the sums, the wall-clock total.
set -eu
db=${PGDATABASE:-postgres}
psql -X -q -v ON_ERROR_STOP=1 -d "$db" -c "CREATE EXTENSION IF NOT EXISTS synthgen CASCADE" >/dev/null 2>&1

fail() { echo "timing.sh: $*"; exit 1; }

out=$(psql -X -q -d "$db" -c "SELECT count(*) FROM synth_customers('baseline', customers => 20000)" 2>&1)
echo "$out" | grep -Eq '^NOTICE:  synth_customers\(baseline\): 20000 rows in [0-9]+\.[0-9]{3} s \([0-9.]+ (M |k )?rows/s\)$' ||
	fail "no NOTICE in the promised shape: $out"

out=$(psql -X -q -d "$db" -c "SELECT count(*) FROM synth_products('baseline', part => 1, parts => 4)" 2>&1)
echo "$out" | grep -Eq '^NOTICE:  synth_products\(baseline, part 1/4\): 500 rows in ' ||
	fail "no part in the NOTICE of a slice: $out"

# the consumer stops early: the report still comes, for the rows produced
out=$(psql -X -q -d "$db" -c "SELECT * FROM synth_suppliers('baseline') LIMIT 1" 2>&1)
echo "$out" | grep -Eq '^NOTICE:  synth_suppliers\(baseline\): 100 rows in ' ||
	fail "no NOTICE when the consumer stops early: $out"

out=$(psql -X -q -d "$db" -c "SET synthgen.timing = log; SET client_min_messages = log; SELECT count(*) FROM synth_suppliers('baseline')" 2>&1)
echo "$out" | grep -Eq '^LOG:  synth_suppliers\(baseline\): 100 rows in ' ||
	fail "synthgen.timing = log does not log: $out"

out=$(psql -X -q -d "$db" -c "SET synthgen.timing = off; SELECT count(*) FROM synth_suppliers('baseline')" 2>&1)
echo "$out" | grep -q 'rows in' && fail "synthgen.timing = off still reports: $out"

for jobs in 1 2; do
	out=$(psql -X -q -d "$db" -c "SELECT count(*) FROM synthgen.generate('baseline', '2025-12-01 00:00+00', 24,
	          tables => '{customers,orders}', target_schema => 'timing_sh', customers => 500, jobs => $jobs)" \
	          -c "DROP SCHEMA timing_sh CASCADE" 2>&1)
	t='[0-9]+\.[0-9]{3} s'
	echo "$out" | grep -Eq "^NOTICE:  synthgen.generate\(baseline\) into schema timing_sh \(jobs $jobs, keys all\):$" ||
		fail "generate(jobs => $jobs): no NOTICE head: $out"
	for table in customers orders; do
		echo "$out" | grep -Eq "^  $table +[0-9]+ +$t +$t +$t +[0-9]+$" ||
			fail "generate(jobs => $jobs): no line with load, key and ANALYZE times for $table: $out"
	done
	echo "$out" | grep -Eq "^  sum +[0-9]+ +$t +$t +$t$" && echo "$out" | grep -Eq "^  total \(wall clock\) +$t$" ||
		fail "generate(jobs => $jobs): no sums or total: $out"
done

echo "timing.sh: ok"
