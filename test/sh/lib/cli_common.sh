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

# The lines the CLI prints for the events of a window, made by psql from
# synthgen.events() itself (so a test compares the CLI with the extension,
# not with text of its own): event_lines SCENARIO START HOURS [ARGS], ARGS
# being more named arguments of synthgen.events(), e.g. ", seed => 2".
event_lines() {
	psql -X -q -At -v ON_ERROR_STOP=1 -c "SET synthgen.timing = off" -c "SET TimeZone = 'UTC'" -c "
	SELECT format('  %-17s %s .. %s UTC  %s%s%s', e.kind,
		to_char(e.starts_at, 'YYYY-MM-DD HH24:MI'), to_char(e.ends_at, 'YYYY-MM-DD HH24:MI'),
		concat_ws(', ', e.name, e.category, 'supplier ' || e.supplier_id,
			'orders x' || e.multiplier, 'campaign ' || e.campaign_id),
		CASE WHEN e.starts_at < '$2'::timestamptz THEN ' (began before the window)' ELSE '' END,
		CASE WHEN e.ends_at > '$2'::timestamptz + interval '1 hour' * $3 THEN ' (runs past the window)' ELSE '' END)
	FROM synthgen.events('$1', '$2', $3${4:-}) e ORDER BY e.starts_at, e.kind, e.name"
}

# The instant (YYYY-MM-DD HH:MI, UTC) the first event after the window
# starts, by synthgen.events() over the ten years after it.
next_event_start() {
	psql -X -q -At -v ON_ERROR_STOP=1 -c "SET synthgen.timing = off" -c "SET TimeZone = 'UTC'" -c "
	SELECT to_char(min(e.starts_at), 'YYYY-MM-DD HH24:MI')
	FROM synthgen.events('$1', '$2'::timestamptz + interval '1 hour' * $3, 87840${4:-}) e"
}
