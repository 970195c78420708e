#!/bin/sh
# COPY ... (FORMAT parquet) for every session of a database, enabled by its
# owner without a superuser: make install links the library into
# $libdir/plugins, from where local_preload_libraries may load it;
# CREATE EXTENSION says how, and the owner runs
# synthgen.enable_parquet_copy() (ALTER DATABASE ... SET
# local_preload_libraries, keeping what is there).
# A fresh session of the owner then exports Parquet at once (COPY TO STDOUT
# and psql's \copy); without the setting, the same fresh session gets
# core's "not recognized".
set -u
cd "$(dirname "$0")/../.." || exit 1
db=synthgen_preload
fail() { echo "local_preload.sh: FAIL: $*"; exit 1; }
tmp=$(mktemp -d /tmp/synthgen_preload.XXXXXX)
trap 'rm -rf "$tmp"; dropdb --if-exists $db >/dev/null 2>&1; psql -X -q -c "DROP ROLE IF EXISTS synthgen_dbowner" >/dev/null 2>&1' EXIT
dropdb --if-exists $db >/dev/null 2>&1
psql -X -q -c "DROP ROLE IF EXISTS synthgen_dbowner" -c "CREATE ROLE synthgen_dbowner LOGIN PASSWORD 'owner'" || exit 1
createdb -O synthgen_dbowner $db || exit 1
owner() { PGUSER=synthgen_dbowner PGPASSWORD=owner psql -X -q -At -v ON_ERROR_STOP=1 -d $db "$@"; }

[ -e "$(pg_config --pkglibdir)/plugins/synthgen.so" ] || fail "no synthgen.so in \$libdir/plugins"
out=$(owner -c "CREATE EXTENSION synthgen CASCADE" 2>&1) || fail "the owner cannot install synthgen: $out"
# the install says how to enable it
echo "$out" | grep -q "NOTICE:  COPY ... (FORMAT parquet) needs synthgen loaded in the session" ||
	fail "CREATE EXTENSION did not say how to enable COPY (FORMAT parquet): $out"
copy="COPY (SELECT * FROM synth_suppliers('baseline', suppliers => 3)) TO STDOUT (FORMAT parquet)"

# a fresh session without the setting: core COPY refuses the format
out=$(owner -c "$copy" 2>&1 >/dev/null)
echo "$out" | grep -q 'format "parquet" not recognized' || fail "without the setting: $out"

# the owner's helper: ALTER DATABASE ... SET local_preload_libraries, once
out=$(owner -c "SELECT synthgen.enable_parquet_copy()") || fail "the owner cannot enable it: $out"
echo "$out" | grep -q "new sessions of database $db load synthgen" || fail "enable_parquet_copy(): $out"
out=$(owner -c "SELECT synthgen.enable_parquet_copy()")
echo "$out" | grep -q "already loads synthgen" || fail "enable_parquet_copy() a second time: $out"
[ "$(owner -c "SHOW local_preload_libraries")" = synthgen ] ||
	fail "local_preload_libraries of a new session: $(owner -c "SHOW local_preload_libraries")"
owner -c "$copy" > "$tmp/s.parquet" 2>"$tmp/err" || fail "COPY in a fresh session: $(cat "$tmp/err")"
[ "$(head -c 4 "$tmp/s.parquet")" = PAR1 ] && [ "$(tail -c 4 "$tmp/s.parquet")" = PAR1 ] ||
	fail "COPY TO STDOUT (FORMAT parquet) did not write a Parquet file"
owner -c "\\copy (SELECT * FROM synth_customers('baseline', customers => 5)) TO '$tmp/c.parquet' (FORMAT parquet)" ||
	fail "\\copy in a fresh session"
[ "$(head -c 4 "$tmp/c.parquet")" = PAR1 ] || fail "\\copy did not write a Parquet file"
# loaded once, though reached through the link and through $libdir
n=$(owner -c "SELECT count(*) FROM pg_settings WHERE name = 'synthgen.timing'" -c "SELECT synthgen.version()" | head -1)
[ "$n" = 1 ] || fail "synthgen.timing defined $n times"
echo "local_preload.sh: a database owner enabled COPY (FORMAT parquet) for fresh sessions with local_preload_libraries"
echo "local_preload.sh: ok"
