#!/bin/sh
# The customers' time zones against an independent reader: PostgreSQL's own
# time zone database.  test/unit/test_localtime --dump writes, for every zone
# of src/localtime.c, the switches of 2012-2040 (a microsecond before and
# at each) and an instant of every day, with the UTC offset synthgen gives;
# the server computes the offset of each zone at each instant itself,
# (instant AT TIME ZONE zone) - (instant AT TIME ZONE 'UTC'), and any
# difference fails.  Years from 2012 only: synthgen applies today's rules to
# every year (docs/design.md, "Local time"), the database its history
# (Newfoundland switched at 00:01 until 2011).
set -eu
cd "$(dirname "$0")/../.."
db=${PGDATABASE:-postgres}

fail() { echo "timezones.sh: $*"; exit 1; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
make -s test/unit/test_localtime >/dev/null || fail "cannot build test/unit/test_localtime"
test/unit/test_localtime --dump "$tmp/zones.txt" >/dev/null || fail "test_localtime --dump failed"
lines=$(wc -l < "$tmp/zones.txt")
[ "$lines" -gt 350000 ] || fail "only $lines lines from test_localtime --dump"

out=$(psql -X -q -At -v ON_ERROR_STOP=1 -d "$db" 2>&1 <<EOF
CREATE TEMP TABLE tz_lines (zone text, instant timestamptz, offset_min int);
\copy tz_lines FROM '$tmp/zones.txt' (FORMAT text, DELIMITER '|')
CREATE TEMP TABLE tz_checked AS
SELECT zone, instant, offset_min,
       (extract(epoch FROM (instant AT TIME ZONE zone) - (instant AT TIME ZONE 'UTC')) / 60)::int AS pg_min
FROM tz_lines;
SELECT 'lines ' || count(*) || ' zones ' || count(DISTINCT zone) ||
       ' mismatches ' || count(*) FILTER (WHERE offset_min <> pg_min) FROM tz_checked;
SELECT 'mismatch ' || zone || ' at ' || to_char(instant AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.US') ||
       ' UTC: synthgen ' || offset_min || ', PostgreSQL ' || pg_min
FROM tz_checked WHERE offset_min <> pg_min ORDER BY zone, instant LIMIT 20;
EOF
) || fail "psql failed: $out"

summary=$(echo "$out" | grep '^lines ') || fail "no summary: $out"
echo "timezones.sh: $summary"
echo "$summary" | grep -q "^lines $lines zones [0-9]* mismatches 0$" || {
	echo "$out" | grep '^mismatch ' || true
	fail "synthgen's offsets differ from PostgreSQL's time zone database"
}
echo "timezones.sh: ok"
