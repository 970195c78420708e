#!/bin/sh
# Every long call stops within 1 s of pg_cancel_backend() or of its
# statement_timeout, and leaves nothing behind: the set-returning function
# in FROM (its tuplestore spilled to temporary files), generate() with
# jobs => 1 (the transaction rolls back) and jobs => 2 (the workers are
# terminated and the tables they committed dropped again), and a Parquet
# export by COPY and by export_parquet() (no file, not even a temporary
# one).  Afterwards: no schema, no synthgen worker, no temporary file in
# pgsql_tmp, no server restart.
# The Parquet paths also stop within 1 s while the writer compresses one
# large value (32 MB of hex digits per row, at the highest level each codec
# takes): COPY TO a file, COPY TO STDOUT and export_parquet(), for every
# codec (one zstd call on such a value took 327 s at level 22), and when
# the backend is terminated (pg_terminate_backend): no temporary file left.
# Last, generate(jobs => 2) stopped by its statement_timeout while another
# session holds a lock on a table it created: the clean-up waits a short
# lock_timeout, not 10 s, and a WARNING says what is left.
# generate(jobs => 2) is also stopped in its key phase, when tables with
# their keys have committed: cancelled while a worker builds a primary key
# and while one validates a foreign key, and by a statement_timeout timed
# (from the cancelled run) to fire while a worker builds or validates keys.
set -eu
db=${PGDATABASE:-postgres}
psql -X -q -d "$db" -c "CREATE EXTENSION IF NOT EXISTS synthgen CASCADE" >/dev/null 2>&1
fail() { echo "cancel.sh: $*"; exit 1; }
q() { psql -X -q -At -d "$db" -c "$1"; }
dir=$(mktemp -d /tmp/synthgen_cancel.XXXXXX)
chmod 777 "$dir"
trap 'rm -rf "$dir"' EXIT
TIMEOUT_MS=1500
LIMIT_MS=1000
# a crash of any backend restarts the postmaster's children: watch for it
boot=$(q "SELECT pg_postmaster_start_time()")
crashes() { q "SELECT pg_postmaster_start_time() <> '$boot' OR pg_is_in_recovery()"; }

# ~10 M orders: far longer than any wait below
big="'baseline', '2025-01-01', 19200, orders_per_day => 12500, customers => 15000"
name_of() { echo "$1" | tr -c 'a-z0-9_\n' '_'; }

# a worker of generate() running a key statement: $1 a regular expression
key_running() {
	q "SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'synthgen worker' AND query ~ '$1'"
}
KEY_RE='^ALTER TABLE .* (PRIMARY KEY|FOREIGN KEY|VALIDATE CONSTRAINT)'

# nothing left by the call $1: no schema, no worker, no temporary file, no
# file, no crash
nothing_left() {
	name=$1
	sleep 0.1
	[ "$(q "SELECT count(*) FROM pg_namespace WHERE nspname LIKE 'cancel\_%'")" = 0 ] ||
		fail "$name: a schema was left behind: $(q "SELECT string_agg(nspname, ', ') FROM pg_namespace WHERE nspname LIKE 'cancel\_%'")"
	[ "$(q "SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'synthgen worker'")" = 0 ] ||
		fail "$name: synthgen workers still running"
	[ "$(q "SELECT count(*) FROM pg_ls_tmpdir()")" = 0 ] ||
		fail "$name: temporary files left: $(q "SELECT string_agg(name, ', ') FROM pg_ls_tmpdir()")"
	[ -z "$(ls -A "$dir" | grep -v '\.out$' || true)" ] || fail "$name: files left: $(ls -A "$dir")"
	[ "$(crashes)" = f ] || fail "$name: the server restarted (a backend or worker crashed)"
}

# $1 name, $2 how (cancel | timeout | terminate), $3 what shows the call at
# work: "copy" (pg_stat_progress_copy), "spill" (a file in pgsql_tmp),
# "busy" (active for 600 ms: one large value is being written), "pkey" or
# "validate" (a worker builds a primary key, validates a foreign key), $4
# the statement (what it sends to the client is discarded).  Sets $ms_in:
# how long after its start the call was stopped.
stop_one() {
	name=$1 how=$2 progress=$3 sql=$4
	app=$(printf '%.63s' "synthgen_cancel_$(name_of "$name")")	# NAMEDATALEN
	out="$dir/$app.out"
	settings="SET synthgen.timing = off; SET client_min_messages = warning"
	[ "$how" = timeout ] && settings="$settings; SET statement_timeout = '${TIMEOUT_MS}ms'"
	t_start=$(date +%s%N)
	PGAPPNAME=$app psql -X -q -o /dev/null -d "$db" -c "$settings" -c "SELECT synthgen.version()" -c "$sql" >"$out" 2>&1 &
	bg=$!
	if [ "$how" != timeout ]; then
		# wait (up to 30 s: a loaded machine) until the call is at work
		i=0
		while :; do
			if [ "$progress" = copy ]; then
				n=$(q "SELECT count(*) FROM pg_stat_progress_copy p JOIN pg_stat_activity a USING (pid)
				       WHERE (a.application_name = '$app' OR a.backend_type = 'synthgen worker')
				         AND p.tuples_processed > 0")
			elif [ "$progress" = pkey ]; then
				n=$(key_running '^ALTER TABLE .* PRIMARY KEY')
			elif [ "$progress" = validate ]; then
				n=$(key_running '^ALTER TABLE .* VALIDATE CONSTRAINT')
			elif [ "$progress" = busy ]; then
				n=$(q "SELECT count(*) FROM pg_stat_activity WHERE application_name = '$app'
				       AND state = 'active' AND query NOT LIKE 'SELECT synthgen.version()%'
				       AND now() - query_start > interval '600 ms'")
			else
				# the tuplestore has spilled: the temporary file must go too
				n=$(q "SELECT count(*) FROM pg_ls_tmpdir()")
			fi
			[ "$n" -gt 0 ] && break
			i=$((i + 1)); [ $i -lt 600 ] || fail "$name: never started (30 s): $(cat "$out")"
			sleep 0.05
		done
		t0=$(date +%s%N)
		ms_in=$(( (t0 - t_start) / 1000000 ))
		q "SELECT pg_${how}_backend(pid) FROM pg_stat_activity WHERE application_name = '$app' AND backend_type = 'client backend'" >/dev/null
		rc=0
		wait $bg || rc=$?
		if [ -n "${EARLY_OK:-}" ] && [ "$how" = cancel ] && [ $rc = 0 ] && [ ! -s "$out" ]; then
			# the step was over before the cancel arrived: the caller retries
			early=1
			return 0
		fi
		if [ "$how" = terminate ]; then
			# until the backend is gone (its exit callbacks have run)
			while [ "$(q "SELECT count(*) FROM pg_stat_activity WHERE application_name = '$app'")" != 0 ]; do
				sleep 0.01
			done
		fi
		ms=$(( ($(date +%s%N) - t0) / 1000000 ))
		if [ "$how" = cancel ]; then
			grep -q "canceling statement due to user request" "$out" || fail "$name: no cancel error: $(cat "$out")"
		else
			grep -q "terminating connection due to administrator command" "$out" || fail "$name: no termination: $(cat "$out")"
		fi
	else
		wait $bg || true
		ms=$(( ($(date +%s%N) - t_start) / 1000000 - TIMEOUT_MS ))
		grep -q "canceling statement due to statement timeout" "$out" || fail "$name: no timeout error: $(cat "$out")"
	fi
	[ "$ms" -lt "$LIMIT_MS" ] || fail "$name: stopping took $ms ms after the $how"
	rm -f "$out"
	nothing_left "$name"
	echo "cancel.sh: $name stopped $ms ms after the $how, nothing left"
}

# generate(jobs => 2)'s key phase: orders and order_items (about 0.5 M and
# 1.2 M rows) load side by side, then each builds its primary key (with
# maintenance_work_mem at its 1 MB minimum: an external sort, seconds
# long, with temporary files to remove), then the foreign key is
# validated: cancelled in each step, then stopped by a statement_timeout
# that fires while a worker builds or validates keys, timed between when
# the cancelled runs reached the first primary key and the validation;
# retried (up to 3 times) when a noisy machine made it miss.
keys_phase() {
	sql="SET maintenance_work_mem = '1MB'; SELECT count(*) FROM synthgen.generate('baseline', '2025-01-01', 1000, tables => '{orders,order_items}', target_schema => 'cancel_keys', jobs => 2, orders_per_day => 12500, customers => 15000)"
	stop_one "generate() jobs 2, a primary key (cancel)" cancel pkey "$sql"
	pkey_in=$ms_in
	# a validation lasts a few hundred ms: the cancel may come after it
	for try in 1 2 3; do
		early=
		EARLY_OK=1
		stop_one "generate() jobs 2, validating a foreign key (cancel)" cancel validate "$sql"
		EARLY_OK=
		[ -z "$early" ] && break
		q "DROP SCHEMA cancel_keys CASCADE" >/dev/null 2>&1
		echo "cancel.sh: the validation ended before the cancel arrived: again"
		[ $try = 3 ] && fail "generate() jobs 2, validating a foreign key (cancel): over before the cancel, 3 times"
	done
	timeout_ms=$(( (pkey_in + ms_in) / 2 - 300 ))
	for try in 1 2 3; do
		app=synthgen_cancel_keys_timeout
		out="$dir/$app.out"
		t_start=$(date +%s%N)
		PGAPPNAME=$app psql -X -q -o /dev/null -d "$db" -c "SET synthgen.timing = off; SET client_min_messages = warning; SET statement_timeout = '${timeout_ms}ms'" \
			-c "$sql" >"$out" 2>&1 &
		bg=$!
		# which statements the workers ran, every 20 ms, until the call ends
		: > "$dir/phases.out"
		while kill -0 $bg 2>/dev/null; do
			q "SELECT coalesce(string_agg(CASE WHEN query ~ '$KEY_RE' THEN 'key' ELSE 'other' END, ' '), '-')
			   FROM pg_stat_activity WHERE backend_type = 'synthgen worker' AND state = 'active'" >> "$dir/phases.out"
			sleep 0.02
		done
		rc=0
		wait $bg || rc=$?
		ms=$(( ($(date +%s%N) - t_start) / 1000000 - timeout_ms ))
		if [ $rc = 0 ] && [ ! -s "$out" ]; then
			# faster than the calibration: done before the timeout
			q "DROP SCHEMA cancel_keys CASCADE" >/dev/null 2>&1
			echo "cancel.sh: the call finished within its $timeout_ms ms timeout: again"
			stop_one "generate() jobs 2, a primary key (cancel, again)" cancel pkey "$sql"
			pkey_in=$ms_in
			stop_one "generate() jobs 2, validating a foreign key (cancel, again)" cancel validate "$sql"
			timeout_ms=$(( (pkey_in + ms_in) / 2 - 300 ))
			continue
		fi
		grep -q "canceling statement due to statement timeout" "$out" || fail "keys (timeout): no timeout error: $(cat "$out")"
		[ "$ms" -lt "$LIMIT_MS" ] || fail "keys (timeout): stopping took $ms ms after the timeout"
		rm -f "$out"
		# the last look at the workers before they stopped
		last=$(grep -v '^-$' "$dir/phases.out" | tail -1)
		rm -f "$dir/phases.out"
		nothing_left "generate() jobs 2, keys (timeout)"
		case " $last " in
		*" key "*)
			echo "cancel.sh: generate() jobs 2 timed out after $timeout_ms ms while a worker built keys ($last), stopped $ms ms later, nothing left"
			return 0 ;;
		esac
		echo "cancel.sh: the timeout after $timeout_ms ms came when the workers ran '$last', not keys: again"
		stop_one "generate() jobs 2, a primary key (cancel, again)" cancel pkey "$sql"
		pkey_in=$ms_in
		stop_one "generate() jobs 2, validating a foreign key (cancel, again)" cancel validate "$sql"
		timeout_ms=$(( (pkey_in + ms_in) / 2 - 300 ))
	done
	fail "keys (timeout): never timed out while the workers built keys"
}
keys_phase

for how in cancel timeout; do
	stop_one "SRF in FROM ($how)" $how spill \
		"SELECT count(*) FROM synth_orders($big)"
	for jobs in 1 2; do
		stop_one "generate() jobs $jobs ($how)" $how copy \
			"SELECT count(*) FROM synthgen.generate($big, tables => '{orders,order_items}', target_schema => 'cancel_$jobs', jobs => $jobs)"
	done
	stop_one "COPY TO (FORMAT parquet) ($how)" $how copy \
		"COPY (SELECT * FROM synth_orders($big)) TO '$dir/big.parquet' (FORMAT parquet)"
	stop_one "export_parquet() ($how)" $how copy \
		"SELECT synthgen.export_parquet('SELECT * FROM synth_orders($(echo "$big" | sed "s/'/''/g"))', '$dir/big2.parquet')"
done
# one large value per row, stored uncompressed (reading it back is quick);
# its hex digits compress slowly at high levels
psql -X -q -d "$db" -c "DROP TABLE IF EXISTS cancel_big" \
	-c "CREATE TABLE cancel_big (v text)" -c "ALTER TABLE cancel_big ALTER v SET STORAGE EXTERNAL" \
	-c "INSERT INTO cancel_big SELECT string_agg(md5(g::text), '') FROM generate_series(1, 1000000) g"
trap 'rm -rf "$dir"; psql -X -q -d "$db" -c "DROP TABLE IF EXISTS cancel_big" >/dev/null 2>&1' EXIT
for codec in "zstd, COMPRESSION_LEVEL 19" "gzip, COMPRESSION_LEVEL 9" snappy none; do
	c=${codec%%,*}
	# 8 values keep zstd and gzip busy for minutes, snappy and none need 64
	case $c in zstd|gzip) n=8 ;; *) n=64 ;; esac
	large="SELECT v FROM cancel_big, generate_series(1, $n)"
	stop_one "large, COPY TO file, $c (cancel)" cancel busy \
		"COPY ($large) TO '$dir/large.parquet' (FORMAT parquet, COMPRESSION $codec)"
	stop_one "large, COPY TO STDOUT, $c (cancel)" cancel busy \
		"COPY ($large) TO STDOUT (FORMAT parquet, COMPRESSION $codec)"
	stop_one "large, export_parquet(), $c (cancel)" cancel busy \
		"SELECT synthgen.export_parquet('$large', '$dir/large2.parquet', '$c')"
done
large="SELECT v FROM cancel_big, generate_series(1, 8)"
stop_one "large, COPY TO STDOUT, zstd (timeout)" timeout busy \
	"COPY ($large) TO STDOUT (FORMAT parquet, COMPRESSION zstd, COMPRESSION_LEVEL 19)"
stop_one "large, COPY TO file, gzip (timeout)" timeout busy \
	"COPY ($large) TO '$dir/large.parquet' (FORMAT parquet, COMPRESSION gzip, COMPRESSION_LEVEL 9)"
stop_one "large, export_parquet(), gzip (timeout)" timeout busy \
	"SELECT synthgen.export_parquet('$large', '$dir/large2.parquet', 'gzip')"
# terminated: the backend's exit removes the temporary file
stop_one "large, COPY TO file, zstd (terminate)" terminate busy \
	"COPY ($large) TO '$dir/large.parquet' (FORMAT parquet, COMPRESSION zstd, COMPRESSION_LEVEL 19)"
stop_one "large, export_parquet(), gzip (terminate)" terminate busy \
	"SELECT synthgen.export_parquet('$large', '$dir/large2.parquet', 'gzip')"
stop_one "COPY TO (FORMAT parquet) (terminate)" terminate copy \
	"COPY (SELECT * FROM synth_orders($big)) TO '$dir/big.parquet' (FORMAT parquet)"
# another session reads a table the workers committed when the timeout
# fires: the call still stops within a few seconds, says what is left.
# (customers, small, is committed with its key at once; orders still loads)
app=synthgen_cancel_locked
out="$dir/$app.out"
t_start=$(date +%s%N)
PGAPPNAME=$app psql -X -q -d "$db" -c "SET synthgen.timing = off; SET client_min_messages = warning; SET statement_timeout = '${TIMEOUT_MS}ms'" \
	-c "SELECT count(*) FROM synthgen.generate($big, tables => '{customers,orders}', target_schema => 'cancel_locked', jobs => 2)" >"$out" 2>&1 &
bg=$!
i=0
until [ "$(q "SELECT to_regclass('cancel_locked.customers') IS NOT NULL")" = t ]; do
	i=$((i + 1)); [ $i -lt 200 ] || fail "locked: the tables never appeared: $(cat "$out")"
	sleep 0.02
done
PGAPPNAME=synthgen_cancel_holder psql -X -q -d "$db" -c "BEGIN" -c "LOCK TABLE cancel_locked.customers IN ACCESS SHARE MODE" \
	-c "SELECT pg_sleep(60)" >/dev/null 2>&1 &
holder=$!
wait $bg || true
ms=$(( ($(date +%s%N) - t_start) / 1000000 - TIMEOUT_MS ))
q "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'synthgen_cancel_holder'" >/dev/null
wait $holder || true
[ "$ms" -lt 4000 ] || fail "locked: stopping took $ms ms after the timeout (the clean-up's lock wait is not bounded)"
grep -q "canceling statement due to statement timeout" "$out" || fail "locked: no timeout error: $(cat "$out")"
grep -q "WARNING:  could not drop what synthgen.generate() created" "$out" || fail "locked: no warning of what is left: $(cat "$out")"
grep -q "Left behind: DROP TABLE cancel_locked.customers; DROP SCHEMA cancel_locked" "$out" ||
	fail "locked: the warning does not say what is left: $(cat "$out")"
q "DROP SCHEMA cancel_locked CASCADE" >/dev/null 2>&1
[ "$(q "SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'synthgen worker'")" = 0 ] ||
	fail "locked: synthgen workers still running"
[ "$(crashes)" = f ] || fail "locked: the server restarted"
echo "cancel.sh: generate() jobs 2 with a locked table stopped $ms ms after the timeout, said what is left"
echo "cancel.sh: ok"
