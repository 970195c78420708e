#!/bin/sh
# The whole test suite (README's second command runs it through `make test`):
#   1. build with every warning an error, install
#   2. C unit tests of the PostgreSQL-free modules, plain and sanitized
#   3. in a throwaway PostgreSQL 15 (pg_virtualenv): pg_regress via
#      `make installcheck`, then the shell tests test/sh/*.sh
# Prints regression.diffs on failure, ends with "N passed, M failed", and
# exits non-zero when anything failed.
set -u
cd "$(dirname "$0")/.."

PG_CONFIG=${PG_CONFIG:-/usr/lib/postgresql/15/bin/pg_config}
export PG_CONFIG
passed=0
failed=0

step() {
	name=$1
	shift
	echo "=== $name"
	if "$@"; then
		passed=$((passed + 1))
	else
		failed=$((failed + 1))
		echo "FAILED: $name"
	fi
}

make -s clean
if ! make -s PG_CONFIG="$PG_CONFIG" werror ||
	! make -s PG_CONFIG="$PG_CONFIG" install >/dev/null; then
	echo "build failed"
	echo "0 passed, 1 failed"
	exit 1
fi

step "unit: rng" sh -c 'make -s test/unit/test_rng && test/unit/test_rng'
step "unit: words" sh -c 'make -s test/unit/test_words && test/unit/test_words'
step "unit: parquet" sh -c 'make -s test/unit/test_parquet && test/unit/test_parquet'
step "unit: ASan/UBSan" make -s unittest-sanitize

# Everything that needs a server runs inside one throwaway cluster.
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

echo "synthgen tests: $passed passed, $failed failed"
[ "$failed" = 0 ]
