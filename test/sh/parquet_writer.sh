#!/bin/sh
# parquet_writer.sh
#	  Builds and runs the Parquet writer's unit test (plain and under
#	  ASan/UBSan), writes the sample files and has DuckDB check them.
#	  Run from the repo root; needs no server.
set -u
fail() { echo "parquet_writer.sh: FAILED: $*"; exit 1; }

make -s -f src/parquet/parquet.mk test/unit/test_parquet test/unit/test_parquet_san \
	test/parquet/write_samples || fail "build"
test/unit/test_parquet || fail "unit test"
test/unit/test_parquet_san || fail "sanitized unit test"

if [ ! -d test/node_modules/@duckdb/node-api ]; then
	(cd test && npm ci --no-audit --no-fund) || fail "npm ci"
fi
dir=$(mktemp -d) || fail "mktemp"
trap 'rm -rf "$dir"' EXIT
test/parquet/write_samples "$dir" || fail "write_samples"
node test/parquet/check_samples.mjs "$dir" || fail "check_samples"
echo "parquet_writer.sh: ok"
