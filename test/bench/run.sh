#!/bin/sh
# synthgen benchmarks, in a throwaway PostgreSQL 15 (or, with PGHOST set,
# in that server): test/bench/master.sql (issue 2), test/bench/events.sql
# (issue 3), test/bench/world.sql (issue 12) and the backend peak-memory runs of test/bench/memory.sh.
# Speed is measured here, never asserted in tests.  REPS rounds (default 5).
set -eu
cd "$(dirname "$0")/../.."
REPS=${REPS:-5}
export REPS
if [ -z "${PGHOST:-}" ]; then
	exec pg_virtualenv -t -v 15 "$0" "$@"
fi
export PGDATABASE=${PGDATABASE:-postgres}
for f in ${BENCH:-master events world generate after_load parquet}; do
	if [ -x "test/bench/$f.sh" ]; then sh "test/bench/$f.sh"; continue; fi
	psql -X -q -v ON_ERROR_STOP=1 -v reps="$REPS" -f "test/bench/$f.sql"
done
sh test/bench/memory.sh
