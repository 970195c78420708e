#!/bin/sh
# synthgen --list-scenarios and synthgen describe SCENARIO, run inside the
# pgenv / pg_virtualenv server (PGHOST/PGPORT/PGUSER set):
#   - --list-scenarios lists every row of synthgen.scenarios (a user's own
#     too) with its orders per day, counts and event processes;
#   - describe prints the parameters (the seed, the events as processes)
#     and exactly the events synthgen.events() returns for the window, for
#     one window of every shipped scenario (compared with psql's own call,
#     not with text written here), and the next event when the window has
#     none;
#   - no --seed is the scenario row's seed: the same output as --seed 1 for
#     a shipped scenario (seed 1), as --seed 7 for a scenario of seed 7,
#     other events with another seed;
#   - under a pseudo-terminal (script(1)) of a set width the chart of orders
#     per hour fills that width, one column an hour, and the event hours
#     are marked under the axis: exactly the flash sale's four hours, and
#     the tallest bars stand above them;
#   - an unknown scenario is one line and exit 1.
set -u
name=cli_describe
. "$(dirname "$0")/lib/cli_common.sh"
trap 'rm -rf "$tmp"; psql -X -q -c "DELETE FROM synthgen.scenarios WHERE name = '"'"'my_test_scenario'"'"'" >/dev/null 2>&1' EXIT

# the lines of describe's event list (file $1), up to the blank line after it
events_of() {
	awk '/^events in the window/ { f = 1; next } f && /^$/ { exit } f' "$1"
}
# describe's output without its seed line (which names where the seed came from)
no_seed_line() {
	grep -v '^  seed ' "$1"
}

# ---------------------------------------------------------------------
# --list-scenarios
# ---------------------------------------------------------------------
psql -X -q -v ON_ERROR_STOP=1 -c "INSERT INTO synthgen.scenarios
	(name, description, seed, orders_per_day, customers, products, suppliers, signups_from, signups_until, diurnal, weekly,
	 outage_every_days)
	SELECT 'my_test_scenario', 'a scenario of this test', 7, 777, 123, 45, 6, signups_from, signups_until, diurnal, weekly, 3
	FROM synthgen.scenarios WHERE name = 'baseline'" >/dev/null || fail "could not add a scenario"
"$bin" --list-scenarios >"$tmp/list.out" 2>"$tmp/list.err" || fail "--list-scenarios: $(cat "$tmp/list.err")"
"$bin" -l >"$tmp/l.out" 2>&1 && cmp -s "$tmp/list.out" "$tmp/l.out" || fail "-l differs from --list-scenarios"
for sc in $(psql -X -At -c "SELECT name FROM synthgen.scenarios ORDER BY name"); do
	want=$(psql -X -At -F ' ' -c "SELECT name, orders_per_day, customers, products, suppliers FROM synthgen.scenarios WHERE name = '$sc'")
	got=$(awk -v n="$sc" '$1 == n { print $1, $2, $3, $4, $5 }' "$tmp/list.out")
	[ "$got" = "$want" ] || fail "--list-scenarios: '$got' for $sc, expected '$want'"
done
grep -q '^my_test_scenario .*a scenario of this test$' "$tmp/list.out" || fail "--list-scenarios: no description of my_test_scenario: $(cat "$tmp/list.out")"
grep -q '^my_test_scenario .* outage every 3 d  ' "$tmp/list.out" || fail "--list-scenarios: no outage process for my_test_scenario: $(grep my_test "$tmp/list.out")"
grep -q '^baseline .* none  ' "$tmp/list.out" || fail "--list-scenarios: baseline has events: $(grep baseline "$tmp/list.out")"

# ---------------------------------------------------------------------
# describe: parameters
# ---------------------------------------------------------------------
"$bin" describe flash_sale --days 3 --start "$START" >"$tmp/d.out" 2>"$tmp/d.err" || fail "describe: $(cat "$tmp/d.err")"
grep -q '^scenario flash_sale: ' "$tmp/d.out" || fail "describe: no title line: $(head -3 "$tmp/d.out")"
opd=$(psql -X -At -c "SELECT orders_per_day FROM synthgen.scenarios WHERE name = 'flash_sale'")
ncust=$(psql -X -At -c "SELECT customers FROM synthgen.scenarios WHERE name = 'flash_sale'")
grep -q "orders per day *$opd " "$tmp/d.out" || fail "describe: no orders per day ($opd)"
grep -q "customers *$ncust\$" "$tmp/d.out" || fail "describe: no customer count ($ncust)"
want=$(psql -X -At -c "SELECT seed FROM synthgen.scenarios WHERE name = 'flash_sale'")
grep -q "^  seed  *$want\$" "$tmp/d.out" || fail "describe: no seed line '$want': $(grep seed "$tmp/d.out")"
# the flash sale as a process, in the words of its columns
want=$(psql -X -At -c "SELECT format('flash sale every %s days at %s:00 local for %s h, orders x%s, %s%% off %s',
	flash_sale_every_days, lpad(flash_sale_start_hour::text, 2, '0'), flash_sale_hours, flash_sale_multiplier,
	trim_scale(flash_sale_discount_pct), flash_sale_category) FROM synthgen.scenarios WHERE name = 'flash_sale'")
grep -qF "  events              $want" "$tmp/d.out" || fail "describe: the flash sale process is not '$want': $(grep -A1 '^  events' "$tmp/d.out")"
want=$(psql -X -At -c "SELECT format('outage once every %s days, %s-%s min, orders x%s', outage_every_days,
	outage_minutes_min, outage_minutes_max, outage_order_multiplier) FROM synthgen.scenarios WHERE name = 'system_outage'")
"$bin" describe system_outage --days 1 --start "$START" --orders-per-day 500 >"$tmp/po.out" 2>&1 || fail "describe system_outage: $(cat "$tmp/po.out")"
grep -qF "  events              $want" "$tmp/po.out" || fail "describe: the outage process is not '$want': $(grep -A1 '^  events' "$tmp/po.out")"

# ---------------------------------------------------------------------
# describe: the events of a window are synthgen.events()'s, for one
# window of every shipped scenario (and a seed, and a user's scenario)
# ---------------------------------------------------------------------
for w in "baseline|2025-12-01 00:00+00|336|" \
	"flash_sale|2025-12-01 00:00+00|336|" \
	"holiday_peak|2025-11-20 00:00+00|1224|" \
	"system_outage|2025-12-01 00:00+00|336|" \
	"system_outage|2025-12-01 00:00+00|336|2" \
	"supply_disruption|2025-12-01 00:00+00|1440|" \
	"my_test_scenario|2025-12-01 00:00+00|336|" \
	"my_test_scenario|2025-12-01 00:00+00|336|1"; do
	sc=${w%%|*}; rest=${w#*|}; st=${rest%%|*}; rest=${rest#*|}; h=${rest%%|*}; seed=${rest#*|}
	if [ -n "$seed" ]; then seedopt="--seed $seed"; seedarg=", seed => $seed"; else seedopt=; seedarg=; fi
	"$bin" describe "$sc" --hours "$h" --start "$st" --orders-per-day 200 $seedopt >"$tmp/ev.out" 2>"$tmp/ev.err" ||
		fail "describe $sc $seedopt: $(cat "$tmp/ev.err")"
	event_lines "$sc" "$st" "$h" "$seedarg" >"$tmp/ev.want" || fail "event_lines $sc failed"
	[ -s "$tmp/ev.want" ] || [ "$sc" = baseline ] || fail "synthgen.events() lists no event for $sc $st $h h $seedopt"
	if [ -s "$tmp/ev.want" ]; then
		events_of "$tmp/ev.out" >"$tmp/ev.got"
	else
		# none in the window (baseline: none ever), so no "next" either
		events_of "$tmp/ev.out" | grep -v '^  none$' >"$tmp/ev.got"
		events_of "$tmp/ev.out" | grep -qx '  none' || fail "describe $sc: no 'none' line: $(events_of "$tmp/ev.out")"
	fi
	cmp -s "$tmp/ev.got" "$tmp/ev.want" ||
		fail "describe $sc $st $h h $seedopt lists other events than synthgen.events(): $(diff "$tmp/ev.want" "$tmp/ev.got" | head -6)"
done

# a window without its scenario's event: none, then the next one, as
# synthgen.events() finds it after the window; and no event hours marked
START2='2025-12-04 00:00+00'	# a Thursday: the Friday sale is at hours 36..39
"$bin" describe flash_sale --hours 30 --start "$START2" >"$tmp/d2.out" 2>&1 || fail "describe --hours 30: $(cat "$tmp/d2.out")"
[ -z "$(event_lines flash_sale "$START2" 30)" ] || fail "synthgen.events() lists a flash sale in the first 30 hours from $START2"
events_of "$tmp/d2.out" | head -1 | grep -qx '  none; the next after the window:' ||
	fail "describe --hours 30: the window's events are not 'none': $(events_of "$tmp/d2.out")"
want=$(event_lines flash_sale "2025-12-05 06:00+00" 87840 | head -1)
got=$(events_of "$tmp/d2.out" | sed -n 2p)
[ "$got" = "$want" ] || fail "describe --hours 30: the next event is '$got', synthgen.events() says '$want'"
grep -q '\^' "$tmp/d2.out" && fail "describe --hours 30: event hours marked although none falls in the window"
# the chart's total is count(*) of synth_orders() with the same arguments
want=$(psql -X -At -c "SET synthgen.timing = off" -c "SELECT count(*) FROM synth_orders('flash_sale', '$START', 72)" | tail -1)
grep -q "^orders per hour, .*: $want orders, peak" "$tmp/d.out" || fail "describe: the chart does not count $want orders: $(grep '^orders per hour' "$tmp/d.out")"

# ---------------------------------------------------------------------
# --seed omitted is the scenario's seed
# ---------------------------------------------------------------------
for sc in system_outage my_test_scenario; do
	rowseed=$(psql -X -At -c "SELECT seed FROM synthgen.scenarios WHERE name = '$sc'")
	other=$((rowseed + 1))
	"$bin" describe $sc --days 14 --start "$START" --orders-per-day 200 >"$tmp/s0.out" 2>&1 || fail "describe $sc: $(cat "$tmp/s0.out")"
	"$bin" describe $sc --days 14 --start "$START" --orders-per-day 200 --seed "$rowseed" >"$tmp/s1.out" 2>&1 || fail "describe $sc --seed $rowseed: $(cat "$tmp/s1.out")"
	"$bin" describe $sc --days 14 --start "$START" --orders-per-day 200 --seed "$other" >"$tmp/s2.out" 2>&1 || fail "describe $sc --seed $other: $(cat "$tmp/s2.out")"
	[ "$(no_seed_line "$tmp/s0.out")" = "$(no_seed_line "$tmp/s1.out")" ] ||
		fail "describe $sc: no --seed differs from --seed $rowseed (the scenario's): $(diff "$tmp/s0.out" "$tmp/s1.out" | head -6)"
	[ "$(events_of "$tmp/s0.out")" != "$(events_of "$tmp/s2.out")" ] ||
		fail "describe $sc: --seed $other lists the same events as the scenario's seed $rowseed"
	grep -q "^  seed  *$rowseed\$" "$tmp/s0.out" || fail "describe $sc: the seed line is not the scenario's $rowseed: $(grep '^  seed' "$tmp/s0.out")"
done

# ---------------------------------------------------------------------
# the chart under a pseudo-terminal 100 columns wide
# ---------------------------------------------------------------------
script -qc "stty cols 100 rows 40; NO_COLOR=1 LC_ALL=C '$bin' describe flash_sale --days 3 --start '$START2'" /dev/null \
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
# the hours of the window that an event of synthgen.events() overlaps
want=$(psql -X -At -c "SET synthgen.timing = off" -c "SELECT string_agg(h::text || ' ', '' ORDER BY h) FROM generate_series(0, 71) h
	WHERE EXISTS (SELECT FROM synthgen.events('flash_sale', '$START2', 72) e
		WHERE e.starts_at < '$START2'::timestamptz + interval '1 hour' * (h + 1)
		AND e.ends_at > '$START2'::timestamptz + interval '1 hour' * h)" | tail -1)
[ "$want" = "36 37 38 39 " ] || fail "synthgen.events() puts the flash sale of $START2 at hours '$want', not 36..39"
[ "$mark_hours" = "$want" ] || fail "pty: event hours marked at '$mark_hours', expected $want"
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
script -qc "stty cols 100; LC_ALL=C '$bin' describe flash_sale --days 3 --start '$START2'" /dev/null </dev/null >"$tmp/color.raw" 2>&1
grep -q "$(printf '\033\\[31m')" "$tmp/color.raw" || fail "pty: no coloured event bars without NO_COLOR"
# a 40-column terminal: several hours a column, still marked
script -qc "stty cols 40; NO_COLOR=1 LC_ALL=C '$bin' describe flash_sale --days 3 --start '$START2'" /dev/null </dev/null 2>&1 | tr -d '\r' >"$tmp/narrow.txt"
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
"$bin" describe flash_sale --as-of "$START" >/dev/null 2>"$tmp/e3.err"
[ $? = 2 ] || fail "describe --as-of: not a usage error: $(cat "$tmp/e3.err")"

if [ "$failures" != 0 ]; then
	echo "cli_describe.sh: $failures failure(s)"
	exit 1
fi
echo "cli_describe.sh: ok"
