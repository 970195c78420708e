#!/bin/sh
# synthgen benchmark: runs test/bench/master.sql in a throwaway PostgreSQL 15
# (or, with PGHOST/PGDATABASE set, in that server) and prints rows/s and
# ratios against generate_series measured side by side in the same run.
# Speed is measured here, never asserted in tests.
set -eu
cd "$(dirname "$0")/../.."
REPS=${REPS:-7}
if [ -n "${PGHOST:-}" ]; then
	exec psql -X -q -v ON_ERROR_STOP=1 -v reps="$REPS" -f test/bench/master.sql
fi
exec pg_virtualenv -v 15 psql -X -q -v ON_ERROR_STOP=1 -v reps="$REPS" -d postgres -f test/bench/master.sql
