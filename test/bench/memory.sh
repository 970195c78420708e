#!/bin/sh
# Backend peak memory (VmHWM of the backend that ran the query, read by the
# backend itself from /proc: needs a superuser, as in pg_virtualenv) for
# 1 M .. 10 M rows through the FROM-clause path at the default work_mem.
set -eu
echo
echo "backend peak memory (VmHWM), SELECT count(*) FROM synth_orders(...) at default work_mem"
printf '%12s %12s %14s\n' "orders/day" "rows" "peak RSS (MB)"
for opd in 25000 125000 250000; do
	psql -X -q -At -v ON_ERROR_STOP=1 <<SQL
SET synthgen.timing = off;
SELECT count(*) AS n FROM synth_orders('baseline', '2025-01-01 00:00+00', 960, orders_per_day => $opd) \gset
SELECT format('%12s %12s %14s', $opd, :n,
              round(substring(pg_read_file('/proc/' || pg_backend_pid() || '/status')
                              FROM 'VmHWM:\s*(\d+)')::numeric / 1024, 1));
SQL
done
