#!/bin/sh
# The README's first command ends here: the main job into a throwaway
# PostgreSQL 15 (pg_virtualenv), a client-side CSV export into demo-out/,
# and the timing breakdown.
set -eu
cd "$(dirname "$0")/.."
mkdir -p demo-out
start=$(date +%s.%N)
pg_virtualenv -t -v 15 psql -X -q -v ON_ERROR_STOP=1 -d postgres -f test/demo.sql
end=$(date +%s.%N)
echo
ls -l demo-out
echo "demo: generate + CSV export finished; wall time including the throwaway server: $(awk "BEGIN { printf \"%.2f\", $end - $start }") s"
