#!/bin/sh
# synthgen.timing: each function reports "name(scenario): N rows in S s (R rows/s)"
# when it finishes, to the client (notice), the log (log), or nowhere (off).
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

echo "timing.sh: ok"
