#!/bin/sh
# synthgen --list-scenarios and synthgen describe SCENARIO, run inside the
# pgenv / pg_virtualenv server (PGHOST/PGPORT/PGUSER set):
#   - --list-scenarios lists every row of synthgen.scenarios (a user's own
#     too) with its orders per day and counts;
#   - describe prints the parameters and the events in the window;
#   - under a pseudo-terminal (script(1)) of a set width the chart of orders
#     per hour fills that width, one column an hour, and the event hours
#     are marked under the axis: exactly the flash sale's four hours, and
#     the tallest bars stand above them;
#   - an unknown scenario is one line and exit 1.
set -u
name=cli_describe
. "$(dirname "$0")/lib/cli_common.sh"
trap 'rm -rf "$tmp"; psql -X -q -c "DELETE FROM synthgen.scenarios WHERE name = '"'"'my_test_scenario'"'"'" >/dev/null 2>&1' EXIT

# ---------------------------------------------------------------------
# --list-scenarios
# ---------------------------------------------------------------------
psql -X -q -v ON_ERROR_STOP=1 -c "INSERT INTO synthgen.scenarios
	(name, description, orders_per_day, customers, products, suppliers, signups_from, signups_until, diurnal, weekly)
	SELECT 'my_test_scenario', 'a scenario of this test', 777, 123, 45, 6, signups_from, signups_until, diurnal, weekly
	FROM synthgen.scenarios WHERE name = 'baseline'" >/dev/null || fail "could not add a scenario"
"$bin" --list-scenarios >"$tmp/list.out" 2>"$tmp/list.err" || fail "--list-scenarios: $(cat "$tmp/list.err")"
"$bin" -l >"$tmp/l.out" 2>&1 && cmp -s "$tmp/list.out" "$tmp/l.out" || fail "-l differs from --list-scenarios"
for name in $(psql -X -At -c "SELECT name FROM synthgen.scenarios ORDER BY name"); do
	want=$(psql -X -At -F ' ' -c "SELECT name, orders_per_day, customers, products, suppliers FROM synthgen.scenarios WHERE name = '$name'")
	got=$(awk -v n="$name" '$1 == n { print $1, $2, $3, $4, $5 }' "$tmp/list.out")
	[ "$got" = "$want" ] || fail "--list-scenarios: '$got' for $name, expected '$want'"
done
grep -q '^my_test_scenario .*a scenario of this test$' "$tmp/list.out" || fail "--list-scenarios: no description of my_test_scenario: $(cat "$tmp/list.out")"

# ---------------------------------------------------------------------
# describe: parameters and events
# ---------------------------------------------------------------------
"$bin" describe flash_sale --days 3 --start "$START" >"$tmp/d.out" 2>"$tmp/d.err" || fail "describe: $(cat "$tmp/d.err")"
grep -q '^scenario flash_sale: ' "$tmp/d.out" || fail "describe: no title line: $(head -3 "$tmp/d.out")"
grep -q 'orders per day *12500' "$tmp/d.out" || fail "describe: no orders per day"
grep -q 'customers *15000' "$tmp/d.out" || fail "describe: no customer count"
grep -q '^  flash_sale  *2025-12-02 12:00 \.\. 2025-12-02 16:00 UTC  (hours 36\.\.39 of the window, 4 h), orders x5\.00, category Electronics, discount 40\.00 %' "$tmp/d.out" ||
	fail "describe: the flash sale event is not listed as expected: $(grep -A2 '^events' "$tmp/d.out")"
# a window that ends before the event: no event, and no marks
"$bin" describe flash_sale --hours 30 --start "$START" >"$tmp/d2.out" 2>&1 || fail "describe --hours 30: $(cat "$tmp/d2.out")"
grep -A1 '^events' "$tmp/d2.out" | grep -q '^  none$' || fail "describe --hours 30: the flash sale at hour 36 is listed: $(grep -A1 '^events' "$tmp/d2.out")"
grep -q '\^' "$tmp/d2.out" && fail "describe --hours 30: event hours marked although none falls in the window"
# the chart's total is count(*) of synth_orders() with the same arguments
want=$(psql -X -At -c "SET synthgen.timing = off" -c "SELECT count(*) FROM synth_orders('flash_sale', '$START', 72)" | tail -1)
grep -q "^orders per hour, .*: $want orders, peak" "$tmp/d.out" || fail "describe: the chart does not count $want orders: $(grep '^orders per hour' "$tmp/d.out")"

# ---------------------------------------------------------------------
# the chart under a pseudo-terminal 100 columns wide
# ---------------------------------------------------------------------
script -qc "stty cols 100 rows 40; NO_COLOR=1 LC_ALL=C '$bin' describe flash_sale --days 3 --start '$START'" /dev/null \
	</dev/null >"$tmp/pty.raw" 2>&1 || fail "describe under script(1): $(cat "$tmp/pty.raw")"
tr -d '\r' <"$tmp/pty.raw" >"$tmp/pty.txt"
# the axis: "        +----...": one column an hour (72 fit in 100)
axis=$(grep '^ *+-*$' "$tmp/pty.txt" | head -1)
[ -n "$axis" ] || fail "pty: no axis line: $(cat "$tmp/pty.txt")"
ncols=$(printf '%s' "$axis" | tr -cd '-' | wc -c)
[ "$ncols" = 72 ] || fail "pty: $ncols columns for 72 hours"
[ "$(grep -c . "$tmp/pty.txt" | tr -d ' ')" -gt 10 ] || fail "pty: too little output"
# every line of the chart fits the width
long=$(awk '/[|^]|^ *[+]-/ && length($0) > 100' "$tmp/pty.txt" | head -1)
[ -z "$long" ] || fail "pty: a chart line is wider than the terminal: $long"
origin=$(printf '%s' "$axis" | awk '{ print index($0, "+") }')
marks=$(grep '^ *\^[ ^]*$' "$tmp/pty.txt" | grep -v 'event hours' | head -1)
[ -n "$marks" ] || fail "pty: no line marking the event hours: $(cat "$tmp/pty.txt")"
# columns (0-based hours) of the marks, and of the bars in the chart's top row
mark_hours=$(printf '%s\n' "$marks" | awk -v o="$origin" '{ for (i = 1; i <= length($0); i++) if (substr($0, i, 1) == "^") printf "%d ", i - o - 1 }')
[ "$mark_hours" = "36 37 38 39 " ] || fail "pty: event hours marked at '$mark_hours', expected 36 37 38 39"
top=$(grep '|' "$tmp/pty.txt" | head -1)
top_hours=$(printf '%s\n' "$top" | awk -v o="$origin" '{ for (i = o + 1; i <= length($0); i++) if (substr($0, i, 1) != " ") printf "%d ", i - o - 1 }')
[ -n "$top_hours" ] || fail "pty: the chart's top row is empty: $top"
for h in $top_hours; do
	case " $mark_hours" in
		*" $h "*) ;;
		*) fail "pty: the top row has a bar at hour $h, outside the event hours $mark_hours" ;;
	esac
done
# colour on a terminal: the event bars, unless NO_COLOR
script -qc "stty cols 100; LC_ALL=C '$bin' describe flash_sale --days 3 --start '$START'" /dev/null </dev/null >"$tmp/color.raw" 2>&1
grep -q "$(printf '\033\\[31m')" "$tmp/color.raw" || fail "pty: no coloured event bars without NO_COLOR"
# a 40-column terminal: several hours a column, still marked
script -qc "stty cols 40; NO_COLOR=1 LC_ALL=C '$bin' describe flash_sale --days 3 --start '$START'" /dev/null </dev/null 2>&1 | tr -d '\r' >"$tmp/narrow.txt"
grep -q '(3 hours a column)' "$tmp/narrow.txt" || fail "40 columns: not 3 hours a column: $(grep '^orders per hour' "$tmp/narrow.txt")"
awk '/[|^]|^ *[+]-/ && length($0) > 40' "$tmp/narrow.txt" | grep -q . && fail "40 columns: the chart is wider than the terminal: $(awk '/[|^]|^ *[+]-/ && length($0) > 40' "$tmp/narrow.txt" | head -1)"
grep -q '^ *\^' "$tmp/narrow.txt" || fail "40 columns: no event marks"

# ---------------------------------------------------------------------
# errors
# ---------------------------------------------------------------------
"$bin" describe no_such_scenario --days 1 >"$tmp/e.out" 2>"$tmp/e.err"
rc=$?
[ "$rc" = 1 ] && [ "$(wc -l <"$tmp/e.err")" = 1 ] && grep -q 'unknown scenario "no_such_scenario".*baseline' "$tmp/e.err" ||
	fail "describe no_such_scenario: exit $rc, stderr: $(cat "$tmp/e.err")"
"$bin" describe flash_sale --out "$tmp/x" >/dev/null 2>"$tmp/e2.err"
[ $? = 2 ] || fail "describe --out: not a usage error: $(cat "$tmp/e2.err")"

if [ "$failures" != 0 ]; then
	echo "cli_describe.sh: $failures failure(s)"
	exit 1
fi
echo "cli_describe.sh: ok"
