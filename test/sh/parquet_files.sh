#!/bin/sh
# Server files written by COPY ... TO 'file' (FORMAT parquet) and by
# synthgen.export_parquet(), beyond what parquet_export.sh reads back:
#   - a file planted at the temporary name the export used to choose
#     (.synthgen.<pid>.<n>.tmp) neither blocks the export nor is touched;
#   - exporting over an existing file keeps its mode (0600 stays 0600), as
#     core COPY, which truncates the file in place; a new file is 0644;
#   - a terminated export leaves no temporary file (cancel.sh checks the
#     same for long exports; here one that is between two rows).
set -eu
db=${PGDATABASE:-postgres}
fail() { echo "parquet_files.sh: $*"; exit 1; }
psql -X -q -d "$db" -c "CREATE EXTENSION IF NOT EXISTS synthgen CASCADE" >/dev/null 2>&1
dir=$(mktemp -d /tmp/synthgen_pqfiles.XXXXXX)
chmod 777 "$dir"
trap 'rm -rf "$dir"' EXIT
q() { psql -X -q -At -d "$db" -c "SET synthgen.timing = off" -c "SELECT synthgen.version()" -c "$1"; }

# the old predictable names of a session's first exports, planted
psql -X -q -At -d "$db" >"$dir/planted.out" 2>&1 <<SQL || fail "export beside planted files failed: $(cat "$dir/planted.out")"
\set ON_ERROR_STOP on
SET synthgen.timing = off;
SELECT synthgen.version();
SELECT pg_backend_pid() \g $dir/pid
\! for n in 1 2 3; do echo planted > $dir/.synthgen.\$(cat $dir/pid).\$n.tmp; done
COPY (SELECT 1 AS a) TO '$dir/planted1.parquet' (FORMAT parquet);
SELECT synthgen.export_parquet('SELECT 1 AS a', '$dir/planted2.parquet');
SQL
[ -s "$dir/planted1.parquet" ] && [ -s "$dir/planted2.parquet" ] || fail "no files beside the planted ones"
[ "$(cat "$dir"/.synthgen.*.tmp | sort -u)" = planted ] && [ "$(ls -A "$dir" | grep -c '\.tmp$')" = 3 ] ||
	fail "the planted files were changed: $(ls -A "$dir")"
rm -f "$dir"/.synthgen.*.tmp "$dir/pid" "$dir/planted.out"
echo "parquet_files.sh: a file at the old predictable temporary name blocks nothing"

# modes: a new file 0644, an existing 0600 file stays 0600
q "COPY (SELECT 1 AS a) TO '$dir/new.parquet' (FORMAT parquet)" >/dev/null
[ "$(stat -c %a "$dir/new.parquet")" = 644 ] || fail "a new file has mode $(stat -c %a "$dir/new.parquet")"
for how in copy function; do
	f="$dir/existing_$how.parquet"
	q "COPY (SELECT 1) TO '$f'" >/dev/null	# owned by the server's user
	chmod 600 "$f"
	if [ $how = copy ]; then
		q "COPY (SELECT 2 AS a) TO '$f' (FORMAT parquet)" >/dev/null
	else
		q "SELECT synthgen.export_parquet('SELECT 2 AS a', '$f')" >/dev/null
	fi
	[ "$(head -c 4 "$f")" = PAR1 ] || fail "$how: the existing file was not replaced"
	mode=$(stat -c %a "$f")
	[ "$mode" = 600 ] || fail "$how: exporting over a 0600 file left mode $mode"
	# core COPY keeps the mode too
	q "COPY (SELECT 3) TO '$f'" >/dev/null
	[ "$(stat -c %a "$f")" = 600 ] || fail "core COPY changed the mode"
done
echo "parquet_files.sh: a new file is 0644, an existing 0600 file stays 0600"

# terminated between rows: no temporary file once the backend is gone
for how in copy function; do
	app=synthgen_pqfiles_$how
	if [ $how = copy ]; then
		sql="COPY (SELECT g, pg_sleep(0.01) FROM generate_series(1, 100000) g) TO '$dir/term.parquet' (FORMAT parquet)"
	else
		sql="SELECT synthgen.export_parquet('SELECT g, pg_sleep(0.01) FROM generate_series(1, 100000) g', '$dir/term.parquet')"
	fi
	PGAPPNAME=$app psql -X -q -d "$db" -c "SET synthgen.timing = off" -c "SELECT synthgen.version()" -c "$sql" >/dev/null 2>&1 &
	bg=$!
	i=0
	until ls -A "$dir" | grep -q '\.tmp$'; do
		i=$((i + 1)); [ $i -lt 200 ] || fail "$how: no temporary file appeared"
		sleep 0.05
	done
	psql -X -q -At -d "$db" -c "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = '$app'" >/dev/null
	wait $bg || true
	while [ "$(psql -X -q -At -d "$db" -c "SELECT count(*) FROM pg_stat_activity WHERE application_name = '$app'")" != 0 ]; do
		sleep 0.01
	done
	left=$(ls -A "$dir" | grep '\.tmp$' || true)
	[ -z "$left" ] || fail "$how: a terminated export left $left"
	[ ! -e "$dir/term.parquet" ] || fail "$how: a terminated export left its file"
done
echo "parquet_files.sh: a terminated export leaves no temporary file"
echo "parquet_files.sh: ok"
