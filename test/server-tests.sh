#!/bin/sh
# The tests that need a server; run by test/run-tests.sh inside
# pg_virtualenv, which exports PGHOST/PGPORT/PGUSER/PGPASSWORD.
set -u
cd "$(dirname "$0")/.."
passed=0
failed=0

t0=$(date +%s)
make -s PG_CONFIG="$PG_CONFIG" installcheck > regress.log 2>&1
status=$?
echo "installcheck: $(($(date +%s) - t0)) s"
cat regress.log
ok=$(grep -cE '^(test| )? *[a-z_0-9]+ +\.\.\. ok' regress.log)
bad=$(grep -cE '\.\.\. (FAILED|failed)' regress.log)
passed=$((passed + ok))
failed=$((failed + bad))
if [ "$status" != 0 ]; then
	[ "$bad" != 0 ] || failed=$((failed + 1))
	[ -f regression.diffs ] && cat regression.diffs
fi
rm -f regress.log

for t in test/sh/*.sh; do
	[ -e "$t" ] || continue
	echo "=== $t"
	t0=$(date +%s)
	if sh "$t"; then
		passed=$((passed + 1))
		echo "ok: $t ($(($(date +%s) - t0)) s)"
	else
		failed=$((failed + 1))
		echo "FAILED: $t ($(($(date +%s) - t0)) s)"
	fi
done

echo "server: $passed passed, $failed failed"
[ "$failed" = 0 ]
