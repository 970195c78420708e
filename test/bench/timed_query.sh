# Sourced by the benchmarks (ab.sh, floor.sh): timed_query SETUP QUERY
# prints a psql script that runs SETUP, runs QUERY once to warm up, then
# runs it again and prints "wall seconds|backend CPU seconds|count" (the
# CPU time from /proc/self/schedstat, Linux; NaN elsewhere).  QUERY is a
# count(*) (or any query of one bigint).
timed_query() {
	cat <<EOF
SET synthgen.timing = off;
SET max_parallel_workers_per_gather = 0;
${1:+$1;}
$2;
CREATE FUNCTION pg_temp.cpu() RETURNS float8 LANGUAGE plpgsql AS \$f\$
BEGIN RETURN split_part(pg_read_file('/proc/self/schedstat'), ' ', 1)::float8 / 1e9;
EXCEPTION WHEN OTHERS THEN RETURN 'NaN'; END \$f\$;
CREATE FUNCTION pg_temp.t() RETURNS text LANGUAGE plpgsql AS \$f\$
DECLARE t0 timestamptz := clock_timestamp(); c0 float8 := pg_temp.cpu(); n bigint;
BEGIN EXECUTE \$q\$$2\$q\$ INTO n;
RETURN extract(epoch FROM clock_timestamp() - t0) || '|' || (pg_temp.cpu() - c0) || '|' || n; END \$f\$;
SELECT pg_temp.t();
EOF
}
