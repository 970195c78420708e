#!/bin/sh
# parquet_writer.sh
#	  Writes the Parquet writer's sample files and has DuckDB check them.
#	  Run from the repo root; needs no server.  The writer's unit test,
#	  plain and under ASan/UBSan, is test/run-tests.sh's "unit: parquet"
#	  and "unit: ASan/UBSan" steps (make unittest, make unittest-sanitize).
set -u
fail() { echo "parquet_writer.sh: FAILED: $*"; exit 1; }

make -s -f src/parquet/parquet.mk test/parquet/write_samples || fail "build"

if [ ! -d test/node_modules/@duckdb/node-api ]; then
	(cd test && npm ci --no-audit --no-fund) || fail "npm ci"
fi
dir=$(mktemp -d) || fail "mktemp"
trap 'rm -rf "$dir"' EXIT
test/parquet/write_samples "$dir" || fail "write_samples"
node test/parquet/check_samples.mjs "$dir" || fail "check_samples"
echo "parquet_writer.sh: ok"
