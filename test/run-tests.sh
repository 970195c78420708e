#!/bin/sh
# The whole test suite (README's second command runs it through `make test`):
#   1. build with every warning an error, install
#   2. C unit tests of the PostgreSQL-free modules, plain and sanitized;
#      the Parquet writer fuzzed (libFuzzer, ASan+UBSan) for FUZZ_SECONDS,
#      its regressions and 600 random inputs replayed (test-slow: 2000), 200 random files
#      read back by DuckDB
#   3. in a throwaway PostgreSQL 15 (pg_virtualenv): pg_regress via
#      `make installcheck`, then the shell tests test/sh/*.sh (the SQL
#      fuzzer, cancellation, memory, concurrency, install safety, upgrade...)
# SYNTHGEN_SLOW=1 (make test-slow): fuzz for 5 minutes, 30000 SQL calls,
# memory from 1 M to 20 M rows.
# Prints regression.diffs on failure, ends with "N passed, M failed", and
# exits non-zero when anything failed.
set -u
cd "$(dirname "$0")/.."

PG_CONFIG=${PG_CONFIG:-/usr/lib/postgresql/15/bin/pg_config}
export PG_CONFIG
SYNTHGEN_SLOW=${SYNTHGEN_SLOW:-0}
export SYNTHGEN_SLOW
if [ "$SYNTHGEN_SLOW" = 1 ]; then
	FUZZ_SECONDS=${FUZZ_SECONDS:-300}
	FUZZ_REPLAY_RANDOM=${FUZZ_REPLAY_RANDOM:-2000}
else
	FUZZ_SECONDS=${FUZZ_SECONDS:-15}
	FUZZ_REPLAY_RANDOM=${FUZZ_REPLAY_RANDOM:-600}
fi
passed=0
failed=0

step() {
	name=$1
	shift
	echo "=== $name"
	t0=$(date +%s)
	if "$@"; then
		passed=$((passed + 1))
		echo "ok: $name ($(($(date +%s) - t0)) s)"
	else
		failed=$((failed + 1))
		echo "FAILED: $name ($(($(date +%s) - t0)) s)"
	fi
}

make -s clean
if ! make -s -j2 PG_CONFIG="$PG_CONFIG" werror ||
	! make -s PG_CONFIG="$PG_CONFIG" install >/dev/null; then
	echo "build failed"
	echo "0 passed, 1 failed"
	exit 1
fi

# the unit tests' binaries two at a time (a failure shows in its step)
make -s -j2 test/unit/test_rng test/unit/test_words test/unit/test_world test/unit/test_products \
	test/unit/test_localtime test/unit/test_parquet >/dev/null 2>&1
step "unit: rng" sh -c 'make -s test/unit/test_rng && test/unit/test_rng'
step "unit: words" sh -c 'make -s test/unit/test_words && test/unit/test_words'
step "unit: world" sh -c 'make -s test/unit/test_world && test/unit/test_world'
step "unit: products" sh -c 'make -s test/unit/test_products && test/unit/test_products'
step "unit: local time" sh -c 'make -s test/unit/test_localtime && test/unit/test_localtime'
step "unit: parquet" sh -c 'make -s test/unit/test_parquet && test/unit/test_parquet'
step "unit: ASan/UBSan" make -s -j2 unittest-sanitize
[ -d test/node_modules/@duckdb/node-api ] && [ -d test/node_modules/ajv ] ||
	(cd test && npm ci --no-audit --no-fund >/dev/null)
step "packaging: META.json (PGXN meta-spec 1.0.0)" node test/pgxn/check_meta.mjs
step "fuzz: Parquet writer, libFuzzer ${FUZZ_SECONDS} s" \
	sh -c "make -s fuzz-parquet FUZZ_SECONDS=$FUZZ_SECONDS > test/fuzz/fuzz.log 2>&1 || { tail -40 test/fuzz/fuzz.log; exit 1; }; grep '^Done' test/fuzz/fuzz.log"
step "fuzz: Parquet writer, replay" make -s fuzz-parquet-replay FUZZ_REPLAY_RANDOM=$FUZZ_REPLAY_RANDOM
step "fuzz: Parquet writer, DuckDB read-back" make -s fuzz-parquet-emit

# Everything that needs a server runs inside one throwaway cluster.
t0=$(date +%s)
pg_virtualenv -t -v 15 sh test/server-tests.sh > test/server-tests.log 2>&1
status=$?
cat test/server-tests.log
server_passed=$(sed -n 's/^server: \([0-9]*\) passed, \([0-9]*\) failed$/\1/p' test/server-tests.log)
server_failed=$(sed -n 's/^server: \([0-9]*\) passed, \([0-9]*\) failed$/\2/p' test/server-tests.log)
if [ -z "$server_passed" ]; then
	echo "FAILED: the server tests did not run (pg_virtualenv exit $status)"
	failed=$((failed + 1))
else
	passed=$((passed + server_passed))
	failed=$((failed + server_failed))
	[ "$status" = 0 ] || [ "$server_failed" != 0 ] || failed=$((failed + 1))
fi
rm -f test/server-tests.log
echo "server tests: $(($(date +%s) - t0)) s"

echo "synthgen tests: $passed passed, $failed failed"
[ "$failed" = 0 ]
