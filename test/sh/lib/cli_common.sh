# Sourced by the test/sh/cli_*.sh tests (set "name" first): the database,
# the program under test (SYNTHGEN_CLI, else src/cli/synthgen, built when
# missing), fail() counting failures, the extension created, and a private
# directory $tmp removed at exit (a test may set its own trap after this).
cd "$(dirname "$0")/../.." || exit 1

PGDATABASE=${PGDATABASE:-postgres}
export PGDATABASE
bin=${SYNTHGEN_CLI:-src/cli/synthgen}
failures=0
fail() {
	echo "$name.sh: FAIL: $*"
	failures=$((failures + 1))
}

if [ ! -x "$bin" ]; then
	make -s -f src/cli/cli.mk PG_CONFIG="${PG_CONFIG:-pg_config}" synthgen-cli >/dev/null ||
		{ echo "$name.sh: FAIL: $bin is missing and could not be built"; exit 1; }
fi
psql -X -q -v ON_ERROR_STOP=1 -c "CREATE EXTENSION IF NOT EXISTS synthgen CASCADE" >/dev/null 2>&1 ||
	{ echo "$name.sh: FAIL: cannot create the extension"; exit 1; }

tmp=$(mktemp -d "${TMPDIR:-/tmp}/synthgen-$name.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT
chmod 755 "$tmp"
START='2025-12-01 00:00+00'
