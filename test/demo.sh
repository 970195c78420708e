#!/bin/sh
# The README's first command ends here: generate a scenario into a
# throwaway PostgreSQL 15 (pg_virtualenv) and print the timing breakdown.
set -eu
cd "$(dirname "$0")/.."
exec pg_virtualenv -v 15 psql -X -q -v ON_ERROR_STOP=1 -d postgres -f test/demo.sql
