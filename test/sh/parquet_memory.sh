#!/bin/sh
# The Parquet writer's memory stays within the bound documented at the top
# of src/parquet/writer.c, measured as the peak private memory (RssAnon,
# sampled from /proc every 20 ms, as test/sh/memory.sh does) of a fresh
# backend running COPY ... TO STDOUT (FORMAT parquet) above its idle level:
#   - 70 rows of 1 MB values in 1, 8, 16 and 64 columns, COMPRESSION none
#     (the writer's buffers used to keep their largest size: 157 MB for one
#     column, 3.5 GB for 64);
#   - 200 columns of 32767 one-row row groups (ROW_GROUP_SIZE 1): the
#     footer is capped, the COPY refused with 54000 and a hint before it
#     gets there (it used to reach 2.1 GB);
# and 50 failing zstd COPYs and exports in one session leave its private
# memory flat (the zstd context was malloc'd and leaked on every error).
set -eu
db=${PGDATABASE:-postgres}
fail() { echo "parquet_memory.sh: $*"; exit 1; }
psql -X -q -d "$db" -c "CREATE EXTENSION IF NOT EXISTS synthgen CASCADE" >/dev/null 2>&1
dir=$(mktemp -d /tmp/synthgen_pqmem.XXXXXX)
chmod 777 "$dir"
trap 'rm -rf "$dir"' EXIT

# The bound (writer.c), in kB: B + R + ncols * C + K + F, where the row
# group budget B is 64 MB, R the row in flight (ncols MB here), the page and
# dictionary limits P = D = 64 MB / (4 ncols) within [8 kB, 1 MB], C = 2 P +
# 3 D + 128 kB per column, K = 4 P + 256 kB (no codec state: none, snappy)
# and F the footer (64 MB at most, a few kB but in the 200-column case).
# PostgreSQL holds the row too (another R) and a fresh backend's first COPY
# adds its caches: 12 MB of slack.
bound() {	# ncols, MB per row, footer MB; prints MB
	awk -v n="$1" -v r="$2" -v f="$3" 'BEGIN {
		p = 65536 / (4 * n); if (p > 1024) p = 1024; if (p < 8) p = 8
		kb = 65536 + r * 1024 + n * (5 * p + 128) + 4 * p + 256 + f * 1024 + r * 1024 + 12 * 1024
		printf "%d", kb / 1024 }'
}

# $1 = statement (its output discarded); prints "<peak MB above idle> <exit status>"
# of a fresh backend that has loaded the library
peak() {
	rm -f "$dir/pid" "$dir/err"
	psql -X -q -At -v ON_ERROR_STOP=1 -d "$db" >/dev/null 2>"$dir/err" <<SQL &
SET synthgen.timing = off;
SET client_min_messages = warning;
SELECT synthgen.version();
SELECT pg_backend_pid() \g $dir/pid
SELECT pg_sleep(0.3);
\o /dev/null
$1
SQL
	job=$!
	base=0 max=0 n=0
	while kill -0 $job 2>/dev/null; do
		if [ -s "$dir/pid" ]; then
			kb=$(sed -n 's/^RssAnon:[[:space:]]*\([0-9]*\) kB/\1/p' "/proc/$(cat "$dir/pid")/status" 2>/dev/null || true)
			if [ -n "$kb" ]; then
				# the idle level: the first samples, during pg_sleep
				n=$((n + 1))
				[ $n -le 3 ] && [ "$kb" -gt "$base" ] && base=$kb
				[ "$kb" -gt "$max" ] && max=$kb
			fi
		fi
		sleep 0.02
	done
	rc=0
	wait $job || rc=$?
	echo "$(awk -v k="$max" -v b="$base" 'BEGIN { printf "%d", (k - b) / 1024 }') $rc"
}

# ncols columns of 1 MB each, 70 rows: one value per row (made once, OFFSET 0
# keeps the subquery from being flattened into ncols calls of repeat())
# in every column
cols() {
	i=1 list=""
	while [ $i -le "$1" ]; do
		list="$list${list:+, }v AS c$i"
		i=$((i + 1))
	done
	echo "SELECT $list FROM (SELECT repeat(chr(65 + g % 26), 1048576) AS v FROM generate_series(1, 70) g OFFSET 0) s"
}
for n in 1 8 16 64; do
	set -- $(peak "COPY ($(cols $n)) TO STDOUT (FORMAT parquet, COMPRESSION none);")
	[ "$2" = 0 ] || fail "COPY, $n columns of 1 MB: failed: $(cat "$dir/err")"
	b=$(bound $n $n 0)
	echo "parquet_memory.sh: COPY, 70 rows x $n columns of 1 MB: peak $1 MB above idle (bound $b MB)"
	[ "$1" -le "$b" ] || fail "COPY, $n columns of 1 MB: peak private memory $1 MB is over the bound of $b MB"
	# export_parquet(): the same rows (snappy keeps the file small), which
	# must not be fetched in batches of many rows either
	set -- $(peak "SELECT synthgen.export_parquet('$(cols $n | sed "s/'/''/g")', '$dir/wide.parquet', 'snappy');")
	[ "$2" = 0 ] || fail "export_parquet(), $n columns of 1 MB: failed: $(cat "$dir/err")"
	rm -f "$dir/wide.parquet"
	echo "parquet_memory.sh: export_parquet(), 70 rows x $n columns of 1 MB: peak $1 MB above idle (bound $b MB)"
	[ "$1" -le "$b" ] || fail "export_parquet(), $n columns of 1 MB: peak private memory $1 MB is over the bound of $b MB"
done

# 200 integer columns, one row per row group: the footer grows by one
# RowGroup of 200 ColumnChunks per row
list=$(i=1; while [ $i -le 200 ]; do printf '%sg AS c%d' "$([ $i = 1 ] || echo ', ')" $i; i=$((i + 1)); done)
t0=$(date +%s)
set -- $(peak "\\set VERBOSITY verbose
COPY (SELECT $list FROM generate_series(1, 32767) g) TO STDOUT (FORMAT parquet, ROW_GROUP_SIZE 1);")
secs=$(($(date +%s) - t0))
b=$(bound 200 0 64)
echo "parquet_memory.sh: 200 columns x 32767 row groups: peak $1 MB above idle (bound $b MB), $secs s: $(head -c 300 "$dir/err")"
[ "$2" != 0 ] || fail "200 columns x 32767 row groups: the footer was not refused"
grep -q "ERROR:  54000" "$dir/err" ||
	fail "200 columns x 32767 row groups: not refused as a program limit: $(cat "$dir/err")"
grep -q "HINT:" "$dir/err" || fail "200 columns x 32767 row groups: refused without a hint"
[ "$1" -le "$b" ] || fail "200 columns x 32767 row groups: peak private memory $1 MB is over the bound of $b MB"

# 50 failing zstd COPYs and exports: private memory stays flat (a failure
# after compressed row groups, whose zstd context must go with the error)
failing="SELECT md5(g::text) AS s, 1 / (30000 - g) AS z FROM generate_series(1, 30000) g"
rss_to() { printf '%s\n' "\\! sed -n 's/^RssAnon:[[:space:]]*\\([0-9]*\\) kB/\\1/p' /proc/\$(cat $dir/pid2)/status > $dir/$1"; }
{
	printf '%s\n' "SET synthgen.timing = off;" "SELECT synthgen.version();" \
		"SELECT pg_backend_pid() \\g $dir/pid2" "\\o /dev/null"
	k=0
	while [ $k -lt 55 ]; do
		if [ $k = 5 ]; then rss_to rss0; fi
		printf '%s\n' "COPY ($failing) TO STDOUT (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE 1000);" \
			"SELECT synthgen.export_parquet('$failing', '$dir/fail.parquet', 'zstd', 1000);"
		k=$((k + 1))
	done
	rss_to rss1
} > "$dir/failing.sql"
psql -X -q -At -d "$db" -f "$dir/failing.sql" 2>"$dir/err2" >/dev/null || true
nerr=$(grep -c "division by zero" "$dir/err2" || true)
[ "$nerr" = 110 ] || fail "expected 110 failing statements, saw $nerr: $(head -5 "$dir/err2")"
r0=$(cat "$dir/rss0") r1=$(cat "$dir/rss1")
[ -n "$r0" ] && [ -n "$r1" ] || fail "could not read the backend's private memory"
grow=$(( (r1 - r0) / 1024 ))
echo "parquet_memory.sh: 50 failing zstd COPYs and 50 failing exports: private memory $((r0 / 1024)) MB -> $((r1 / 1024)) MB"
[ "$grow" -le 4 ] || fail "50 failing zstd COPYs and exports grew private memory by $grow MB"
[ -z "$(ls -A "$dir" | grep -v '^pid\|^err\|^rss\|^failing' || true)" ] || fail "files left: $(ls -A "$dir")"
echo "parquet_memory.sh: ok"
