#!/bin/sh
# The synthgen command-line program against a hostile neighbourhood, run
# inside the pgenv/pg_virtualenv server (PGHOST/PGPORT/PGUSER set), as root
# where possible (the case that matters):
#   1. temporary files: symlinks planted at every temporary name the CLI
#      used to pick (DIR/.<scenario>_<stamp>_<table>.csv[.<slice>].tmp for
#      the next seconds, the probe's .synthgen-probe-<pid>.tmp for the next
#      pids), at guessed names of the current pattern and at the final
#      names must not make it write through them; regular files planted
#      there must neither block the run nor become its output;
#   2. SIGQUIT and SIGHUP are handled like SIGTERM: exit 1, a message, no
#      temporary file left;
#   3. SIGKILL of the CLI in throwaway-server mode leaves no postmaster and
#      no directory behind within a few seconds;
#   4. look-alikes: a plain role with CREATE on the extension's schema
#      plants overloads of every function the CLI calls (int4 and numeric
#      arguments, text timestamps, the real parameters less seed or as_of,
#      which the CLI passes as NULL when not given), version(), tables()
#      and operators; none of them may run under the CLI (files, describe,
#      --list-scenarios, --load), nor make its calls ambiguous, and the
#      files stay the same.
set -u
cd "$(dirname "$0")/../.." || exit 1

PGDATABASE=${PGDATABASE:-postgres}
export PGDATABASE
bin=${SYNTHGEN_CLI:-src/cli/synthgen}	# another build can be tested
failures=0
fail() {
	echo "cli_security.sh: FAIL: $*"
	failures=$((failures + 1))
}

if [ ! -x "$bin" ]; then
	make -s -f src/cli/cli.mk PG_CONFIG="${PG_CONFIG:-pg_config}" synthgen-cli >/dev/null ||
		{ echo "cli_security.sh: FAIL: $bin is missing and could not be built"; exit 1; }
fi

pgbin=$(${PG_CONFIG:-pg_config} --bindir)
DB=synthgen_cli_sec
ROLE=synthgen_cli_planter
tmp=$(mktemp -d "${TMPDIR:-/tmp}/synthgen-cli-sec.XXXXXX") || exit 1
chmod 755 "$tmp"
leftover_servers=""
cleanup() {
	for d in $leftover_servers; do
		[ -d "$d/data" ] && su postgres -s /bin/sh -c "'$pgbin/pg_ctl' -D '$d/data' -m immediate -w stop" >/dev/null 2>&1
		rm -rf "$d"
	done
	rm -rf "$tmp"
	psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $DB" -c "DROP ROLE IF EXISTS $ROLE" >/dev/null 2>&1
}
trap cleanup EXIT

psql -X -q -v ON_ERROR_STOP=1 -d postgres \
	-c "DROP DATABASE IF EXISTS $DB" -c "DROP ROLE IF EXISTS $ROLE" \
	-c "CREATE DATABASE $DB" >/dev/null 2>&1 &&
	psql -X -q -v ON_ERROR_STOP=1 -d $DB -c "CREATE EXTENSION synthgen CASCADE" >/dev/null 2>&1 ||
	{ echo "cli_security.sh: FAIL: cannot create database $DB with the extension"; exit 1; }

START='2025-12-01 00:00+00'
ARGS="--days 1 --customers 300 --orders-per-day 400 --start"

# what the other user plants is nobody's when we are root, else ours (which
# is still enough to show a write through a symlink)
if [ "$(id -u)" = 0 ]; then
	give() { chown -h nobody "$@"; }
else
	give() { :; }
fi
umask 022

# ---------------------------------------------------------------------
# 1. temporary files
# ---------------------------------------------------------------------
TMPTABLES="customers suppliers orders"

# names the CLI used to pick for a run starting in the next seconds,
# guesses at today's pattern, and the final names (which rename() replaces,
# never follows), each as KIND:NAME; every kind gets its own target, so that
# a CLI writing through them does not append a file to itself
KINDS="main s1 s2 s3 guess final"
old_names() {
	now=$(date +%s)
	for s in -1 0 1 2 3 4 5 6 7 8; do
		stamp=$(date -d "@$((now + s))" +%Y%m%d_%H%M%S)
		for t in $TMPTABLES; do
			f="baseline_${stamp}_$t.csv"
			echo "main:.$f.tmp s1:.$f.1.tmp s2:.$f.2.tmp s3:.$f.3.tmp final:$f"
			echo "guess:.$f.000000.tmp guess:.$f.XXXXXX.tmp guess:.$f.aaaaaaaaaaaa.tmp"
		done
	done
}

for k in $KINDS; do
	printf 'root-only secret %s\n' "$k" >"$tmp/secret.$k"
	chmod 600 "$tmp/secret.$k"
done

# a reference run in a clean directory
"$bin" baseline $ARGS "$START" --tables customers,suppliers,orders --jobs 3 --dsn "dbname=$DB" \
	--out "$tmp/ref" >/dev/null 2>"$tmp/ref.err" || fail "reference run failed: $(cat "$tmp/ref.err")"

# the files of a run (the stamp is in the last line of its output) are the
# same as the reference's, regular, ours, mode 0644 (umask 022)
check_outputs() {
	what=$1
	dir=$2
	stamp=$(sed -n 's/^files: .*baseline_\([0-9_]*\)_<table>.*/\1/p' "$dir.out")
	for t in $TMPTABLES; do
		f=$dir/baseline_${stamp}_$t.csv
		[ -n "$stamp" ] && [ -e "$f" ] || f=
		r=$(ls "$tmp"/ref/baseline_*_"$t".csv 2>/dev/null | head -1)
		if [ -z "$f" ] || [ -z "$r" ]; then
			fail "$what: no $t file"
			continue
		fi
		[ -f "$f" ] && [ ! -L "$f" ] || fail "$what: $f is not a regular file"
		[ "$(stat -c %u "$f")" = "$(id -u)" ] || fail "$what: $f belongs to uid $(stat -c %u "$f"), not to the user who ran synthgen"
		[ "$(stat -c %a "$f")" = 644 ] || fail "$what: $f has mode $(stat -c %a "$f"), expected 644 under umask 022"
		cmp -s "$f" "$r" || fail "$what: $t differs from the reference run"
	done
}

# 1a. symlinks to a root-owned 0600 file at every name
mkdir "$tmp/sym" && give "$tmp/sym"
for kn in $(old_names); do
	ln -s "$tmp/secret.${kn%%:*}" "$tmp/sym/${kn#*:}"
	give "$tmp/sym/${kn#*:}"
done
timeout 120 "$bin" baseline $ARGS "$START" --tables customers,suppliers,orders --jobs 3 --dsn "dbname=$DB" \
	--out "$tmp/sym" >"$tmp/sym.out" 2>"$tmp/sym.err" || fail "symlinks planted: the run failed: $(cat "$tmp/sym.err")"
for k in $KINDS; do
	if [ "$(cat "$tmp/secret.$k" 2>/dev/null)" != "root-only secret $k" ]; then
		fail "symlinks planted: the run wrote through a symlink at a $k name into $tmp/secret.$k ($(stat -c %s "$tmp/secret.$k" 2>&1) bytes)"
	fi
	[ "$(stat -c %a "$tmp/secret.$k" 2>&1)" = 600 ] || fail "symlinks planted: $tmp/secret.$k changed mode"
done
check_outputs "symlinks planted" "$tmp/sym"
n=$(find "$tmp/sym" -name '*.tmp' ! -type l | wc -l)
[ "$n" = 0 ] || fail "symlinks planted: $n temporary files left: $(find "$tmp/sym" -name '*.tmp' ! -type l)"

# 1b. regular files of the other user at every name
mkdir "$tmp/reg" && give "$tmp/reg"
for kn in $(old_names); do
	printf 'planted\n' >"$tmp/reg/${kn#*:}"
	chmod 666 "$tmp/reg/${kn#*:}"
	give "$tmp/reg/${kn#*:}"
done
planted_tmp=$(find "$tmp/reg" -name '*.tmp' | sort)
"$bin" baseline $ARGS "$START" --tables customers,suppliers,orders --jobs 3 --dsn "dbname=$DB" \
	--out "$tmp/reg" >"$tmp/reg.out" 2>"$tmp/reg.err" || fail "files planted: the run failed: $(cat "$tmp/reg.err")"
check_outputs "files planted" "$tmp/reg"
for f in $planted_tmp; do
	if [ ! -f "$f" ] || [ "$(cat "$f")" != planted ]; then
		fail "files planted: $f was taken over or removed"
		break
	fi
done
[ "$(find "$tmp/reg" -name '*.tmp' | sort)" = "$planted_tmp" ] ||
	fail "files planted: temporary files left: $(find "$tmp/reg" -name '*.tmp' -newer "$tmp/ref.err")"

# 1c. files at the names the write probe of the output directory used
# (.synthgen-probe-<pid>.tmp) for the next pids: planted with shell
# builtins only, so that no process of ours uses up those pids
mkdir "$tmp/probe"
last=$(cat /proc/sys/kernel/ns_last_pid 2>/dev/null || echo $$)
p=$((last + 1))
while [ $p -le $((last + 200)) ]; do
	: >"$tmp/probe/.synthgen-probe-$p.tmp"
	p=$((p + 1))
done
"$bin" baseline $ARGS "$START" --tables suppliers --dsn "dbname=$DB" \
	--out "$tmp/probe" >/dev/null 2>"$tmp/probe.err" || fail "probe names taken: the run failed: $(cat "$tmp/probe.err")"
[ -n "$(ls "$tmp"/probe/baseline_*_suppliers.csv 2>/dev/null)" ] || fail "probe names taken: no suppliers file"

# ---------------------------------------------------------------------
# 2. SIGQUIT and SIGHUP in the middle of a table
# ---------------------------------------------------------------------
# a background job of a non-interactive shell starts with SIGINT and SIGQUIT
# ignored; give the CLI the dispositions an interactive user's would have
defsig=
env --default-signal=INT,QUIT true 2>/dev/null && defsig="env --default-signal=INT,QUIT"
for sig in QUIT HUP; do
	out="$tmp/sig$sig"
	$defsig "$bin" baseline --tables orders --days 365 --orders-per-day 20000 --jobs 2 \
		--start "$START" --dsn "dbname=$DB" --out "$out" >/dev/null 2>"$out.err" &
	pid=$!
	tries=0
	while [ -z "$(find "$out" -name '*.tmp' 2>/dev/null)" ] && [ $tries -lt 300 ] && kill -0 $pid 2>/dev/null; do
		sleep 0.1
		tries=$((tries + 1))
	done
	kill -$sig $pid 2>/dev/null
	wait $pid
	rc=$?
	[ "$rc" = 1 ] || fail "SIG$sig: exit $rc, expected 1"
	grep -q "interrupted by SIG$sig" "$out.err" || fail "SIG$sig: no 'interrupted by SIG$sig' message: $(cat "$out.err")"
	left=$(find "$out" -type f \( -name '*.csv' -o -name '*.tmp' \) 2>/dev/null | tr '\n' ' ')
	[ -z "$left" ] || fail "SIG$sig: files left behind: $left"
done

# ---------------------------------------------------------------------
# 3. SIGKILL in throwaway-server mode
# ---------------------------------------------------------------------
# /tmp is shared: only the directory that appears while our CLI starts,
# and a server running from it, are ours
server_dirs() {
	ls -d /tmp/synthgen-?????? 2>/dev/null | sort
}
server_of() {
	ps -eo pid=,args= | grep -F -- "$1/data" | grep -v grep
}
dirs_before=$(server_dirs)
env -i PATH="$PATH" "$bin" baseline --tables orders --days 365 --orders-per-day 20000 \
	--start "$START" --out "$tmp/kill9" >/dev/null 2>"$tmp/kill9.err" &
pid=$!
# wait until the export runs (a temporary file exists): the server is up
tries=0
while [ -z "$(find "$tmp/kill9" -name '*.tmp' 2>/dev/null)" ] && [ $tries -lt 300 ] && kill -0 $pid 2>/dev/null; do
	sleep 0.1
	tries=$((tries + 1))
done
ours=$(server_dirs | grep -vxF -- "$dirs_before")
if [ "$(echo "$ours" | wc -w)" != 1 ]; then
	fail "SIGKILL: expected one new /tmp/synthgen-XXXXXX directory while the CLI ran, found '$ours': $(cat "$tmp/kill9.err")"
	kill -KILL $pid 2>/dev/null
	wait $pid 2>/dev/null
else
	[ -n "$(server_of "$ours")" ] || fail "SIGKILL: no throwaway server seen while the CLI ran: $(cat "$tmp/kill9.err")"
	kill -KILL $pid 2>/dev/null
	wait $pid 2>/dev/null
	tries=0
	while { [ -n "$(server_of "$ours")" ] || [ -d "$ours" ]; } && [ $tries -lt 100 ]; do
		sleep 0.1
		tries=$((tries + 1))
	done
	[ -z "$(server_of "$ours")" ] ||
		fail "SIGKILL: the throwaway server still runs 10 s after the CLI was killed: $(server_of "$ours" | head -1)"
	if [ -d "$ours" ]; then
		fail "SIGKILL: directory $ours left behind"
		leftover_servers=$ours
	fi
fi

# ---------------------------------------------------------------------
# 4. look-alikes planted by a plain role with CREATE on public
# ---------------------------------------------------------------------
"$bin" baseline $ARGS "$START" --jobs 2 --dsn "dbname=$DB" --out "$tmp/clean" \
	>/dev/null 2>"$tmp/clean.err" || fail "run before planting failed: $(cat "$tmp/clean.err")"

# the row type of table $1, as the registry names it (schema-qualified)
rowtype() {
	psql -X -At -d $DB -c "SELECT row_type FROM synthgen.tables() WHERE table_name = '$1'"
}

# a function that records that it ran, warns, and returns nothing
plant() {
	name=$1
	args=$2
	returns=$3
	case $returns in
		SETOF*) ret="RETURN;" ;;
		*) ret="RETURN NULL;" ;;
	esac
	cat <<EOF
CREATE FUNCTION public.$name($args) RETURNS $returns LANGUAGE plpgsql AS \$f\$
BEGIN
	INSERT INTO public.planted_log VALUES ('$name($args)', current_user);
	RAISE WARNING 'planted %(%) ran as %', '$name', '$args', current_user;
	$ret
END
\$f\$;
EOF
}

{
	echo "CREATE ROLE $ROLE;"
	echo "GRANT CREATE ON SCHEMA public TO $ROLE;"
	echo "SET ROLE $ROLE;"
	echo "CREATE TABLE public.planted_log (fn text, by_user text);"
	echo "GRANT INSERT ON public.planted_log TO PUBLIC;"
	for t in customers suppliers products; do
		case $t in
			customers) extra="customers integer DEFAULT NULL" extran="customers numeric DEFAULT NULL" ;;
			suppliers) extra="suppliers integer DEFAULT NULL" extran="suppliers numeric DEFAULT NULL" ;;
			products) extra="products integer DEFAULT NULL, suppliers integer DEFAULT NULL" extran="products numeric DEFAULT NULL, suppliers numeric DEFAULT NULL" ;;
		esac
		plant "synth_$t" "scenario text, seed integer" "SETOF $(rowtype $t)"
		plant "synth_$t" "scenario text, seed integer, $extra, part integer DEFAULT 0, parts integer DEFAULT 1" "SETOF $(rowtype $t)"
		plant "synth_$t" "scenario text, seed numeric, $extran, part numeric DEFAULT 0, parts numeric DEFAULT 1" "SETOF $(rowtype $t)"
		plant "synth_$t" "scenario varchar, seed integer DEFAULT 1, $extra, part integer DEFAULT 0, parts integer DEFAULT 1" "SETOF $(rowtype $t)"
	done
	plant synth_campaigns "scenario text, start timestamptz, hours integer, seed integer DEFAULT 1, part integer DEFAULT 0, parts integer DEFAULT 1" "SETOF synthgen.campaign_row"
	plant synth_campaigns "scenario text, start text, hours numeric, seed numeric DEFAULT 1, part numeric DEFAULT 0, parts numeric DEFAULT 1" "SETOF synthgen.campaign_row"
	# the real parameters less the one the CLI leaves at its default: a call
	# that left seed (or as_of) out would match both, and be ambiguous
	plant synth_campaigns "scenario text, start timestamptz, hours integer, part integer DEFAULT 0, parts integer DEFAULT 1" "SETOF synthgen.campaign_row"
	for t in customers suppliers; do
		plant "synth_$t" "scenario text, $t bigint DEFAULT NULL, part integer DEFAULT 0, parts integer DEFAULT 1" "SETOF $(rowtype $t)"
	done
	# the event tables: those whose function takes orders_per_day
	for t in $(psql -X -At -d $DB -c "SELECT string_agg(t.table_name, ' ' ORDER BY t.load_order) FROM synthgen.tables() t JOIN pg_proc p ON p.proname = t.function_name AND p.pronamespace = 'public'::regnamespace WHERE 'orders_per_day' = ANY (p.proargnames)"); do
		plant "synth_$t" "scenario text, start timestamptz, hours integer, seed integer DEFAULT 1, orders_per_day integer DEFAULT NULL, customers integer DEFAULT NULL, products integer DEFAULT NULL, suppliers integer DEFAULT NULL, part integer DEFAULT 0, parts integer DEFAULT 1" "SETOF $(rowtype $t)"
		plant "synth_$t" "scenario text, start text, hours numeric, seed numeric DEFAULT 1, orders_per_day numeric DEFAULT NULL, customers numeric DEFAULT NULL, products numeric DEFAULT NULL, suppliers numeric DEFAULT NULL, part numeric DEFAULT 0, parts numeric DEFAULT 1" "SETOF $(rowtype $t)"
		plant "synth_$t" "scenario text, start timestamptz, hours integer, seed bigint DEFAULT NULL, orders_per_day integer DEFAULT NULL, customers bigint DEFAULT NULL, products integer DEFAULT NULL, suppliers integer DEFAULT NULL, part integer DEFAULT 0, parts integer DEFAULT 1" "SETOF $(rowtype $t)"
	done
	plant version "" "SETOF text"
	plant tables "" "SETOF text"
	plant count "" "SETOF bigint"
	plant set_config "a text, b text, c boolean" "SETOF text"
	# the operators a catalog lookup might use
	plant planted_name_eq "a name, b text" "boolean"
	echo "CREATE OPERATOR public.= (LEFTARG = name, RIGHTARG = text, FUNCTION = public.planted_name_eq);"
	plant planted_oid_eq "a oid, b oid" "boolean"
	echo "CREATE OPERATOR public.= (LEFTARG = oid, RIGHTARG = oid, FUNCTION = public.planted_oid_eq);"
	plant planted_neg "a bigint" "bigint"
	echo "CREATE OPERATOR public.- (RIGHTARG = bigint, FUNCTION = public.planted_neg);"
	echo "RESET ROLE;"
} >"$tmp/plant.sql"
psql -X -q -v ON_ERROR_STOP=1 -d $DB -f "$tmp/plant.sql" >"$tmp/plant.out" 2>&1 ||
	fail "could not plant the look-alikes: $(cat "$tmp/plant.out")"

"$bin" baseline $ARGS "$START" --jobs 2 --dsn "dbname=$DB" --out "$tmp/planted" \
	>/dev/null 2>"$tmp/planted.err" || fail "run with look-alikes planted failed: $(cat "$tmp/planted.err")"
"$bin" baseline $ARGS "$START" --tables suppliers,customers --seed -5 --dsn "dbname=$DB" --out "$tmp/planted2" \
	>/dev/null 2>"$tmp/planted2.err" || fail "run with a negative seed and look-alikes planted failed: $(cat "$tmp/planted2.err")"
"$bin" baseline $ARGS "$START" --tables suppliers --format parquet --dsn "dbname=$DB" --out "$tmp/planted3" \
	>/dev/null 2>"$tmp/planted3.err" || fail "Parquet run with look-alikes planted failed: $(cat "$tmp/planted3.err")"
# the other modes' queries keep the same habits
"$bin" describe flash_sale --days 2 --start "$START" --dsn "dbname=$DB" >/dev/null 2>"$tmp/planted4.err" ||
	fail "describe with look-alikes planted failed: $(cat "$tmp/planted4.err")"
"$bin" --list-scenarios --dsn "dbname=$DB" >/dev/null 2>"$tmp/planted5.err" ||
	fail "--list-scenarios with look-alikes planted failed: $(cat "$tmp/planted5.err")"
"$bin" baseline $ARGS "$START" --load --schema loaded --jobs 2 --dsn "dbname=$DB" >/dev/null 2>"$tmp/planted6.err" ||
	fail "--load with look-alikes planted failed: $(cat "$tmp/planted6.err")"
ran=$(psql -X -At -d $DB -c "SELECT string_agg(DISTINCT fn || ' as ' || by_user, '; ') FROM public.planted_log")
[ -z "$ran" ] || fail "planted look-alikes ran under the CLI: $ran"
grep -h 'planted .* ran as' "$tmp"/planted*.err >/dev/null && fail "planted look-alikes warned: $(grep -h 'planted .* ran as' "$tmp"/planted*.err | head -3)"
for f in "$tmp"/clean/*.csv; do
	t=$(basename "$f" | sed 's/^baseline_[0-9]\{8\}_[0-9]\{6\}_//')
	g=$(ls "$tmp"/planted/baseline_*_"$t" 2>/dev/null | head -1)
	[ -n "$g" ] && cmp -s "$f" "$g" || fail "look-alikes planted: $t differs from the run before planting"
done
ntables=$(psql -X -At -d $DB -c "SELECT count(*) FROM synthgen.tables()")
[ "$(ls "$tmp/clean" | wc -l)" = $((ntables + 1)) ] ||
	fail "the run before planting wrote $(ls "$tmp/clean" | wc -l) files, not $((ntables + 1)) (one per synthgen.tables() row and schema.sql)"

if [ "$failures" != 0 ]; then
	echo "cli_security.sh: $failures failure(s)"
	exit 1
fi
echo "cli_security.sh: ok"
