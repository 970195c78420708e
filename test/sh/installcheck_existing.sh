#!/bin/sh
# make installcheck against a server that is already running and is not
# pg_virtualenv's: a plain initdb'd cluster of another user's, on its own
# port and socket directory, as a packaged server would be.  The suite must
# need nothing of the test harness (no fixed /tmp paths, no environment of
# its own): only PGHOST/PGPORT/PGUSER pointing at the server.
set -u
cd "$(dirname "$0")/../.." || exit 1
fail() { echo "installcheck_existing.sh: FAIL: $*"; exit 1; }
bindir=$(${PG_CONFIG:-pg_config} --bindir)
owner=postgres
id "$owner" >/dev/null 2>&1 || fail "no user $owner to run a server as"
dir=$(mktemp -d /tmp/synthgen_existing.XXXXXX)
chown "$owner" "$dir"
port=$((54000 + $$ % 1000))
as_owner() { if [ "$(id -u)" = 0 ]; then su "$owner" -s /bin/sh -c "$1"; else sh -c "$1"; fi; }
cleanup() {
	as_owner "'$bindir/pg_ctl' -D '$dir/data' -m immediate stop" >/dev/null 2>&1
	rm -rf "$dir"
}
trap cleanup EXIT
as_owner "'$bindir/initdb' -D '$dir/data' -U $owner --auth=trust -E UTF8 --locale=C.UTF-8" > "$dir/initdb.log" 2>&1 ||
	{ cat "$dir/initdb.log"; fail "initdb"; }
as_owner "'$bindir/pg_ctl' -D '$dir/data' -l '$dir/server.log' -w -o \"-p $port -k $dir -c listen_addresses=''\" start" >/dev/null ||
	{ cat "$dir/server.log"; fail "the server did not start"; }
# The tests that touch the world outside SQL (server files, roles,
# settings, the library's load): the rest of the suite is plain SQL that
# pg_virtualenv's server runs already; make test-slow runs all of it here.
if [ "${SYNTHGEN_SLOW:-0}" = 1 ]; then
	regress=
else
	regress="REGRESS=errors markers parquet privileges settings password capture load"
fi
# only the connection: none of pg_virtualenv's variables
out=$(env -u PGDATABASE -u PGPASSWORD -u PGSYSCONFDIR -u PG_CLUSTER_CONF_ROOT \
	PGHOST="$dir" PGPORT=$port PGUSER=$owner \
	make -s installcheck ${regress:+"$regress"} PG_CONFIG="${PG_CONFIG:-pg_config}" 2>&1)
status=$?
echo "$out" | grep -E "tests passed|failed|FAILED" | head -5
[ $status = 0 ] || { [ -f regression.diffs ] && head -60 regression.diffs; fail "make installcheck against the running server"; }
echo "installcheck_existing.sh: ok"
