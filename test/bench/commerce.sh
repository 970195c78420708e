#!/bin/sh
# The commerce model's cost (issue 14), two builds side by side in one run:
#
#	test/bench/commerce.sh BEFORE.so AFTER.so
#
# through test/bench/ab.sh (the builds alternate round by round); the
# cases: 30 days of orders at the catalog's counts and at the old
# generator's (15,000 customers, 12,500 orders a day), 30 days of carts,
# 1 M customers, and generate() of 30 days of every table.  Both builds
# read the same catalog (the installed SQL), so they make the same counts.
set -eu
here=$(dirname "$0")
CASES="orders 30d|SET synthgen.email_domains = reserved|SELECT count(*) FROM synth_orders('baseline', '2025-09-01 00:00+00', 720)
orders 30d, 15k/12.5k||SELECT count(*) FROM synth_orders('baseline', '2025-09-01 00:00+00', 720, customers => 15000, orders_per_day => 12500)
carts 30d||SELECT count(*) FROM synth_cart_abandonment('baseline', '2025-09-01 00:00+00', 720)
customers 1M||SELECT count(*) FROM synth_customers('baseline', customers => 1000000)
generate 30d|CREATE SCHEMA IF NOT EXISTS bench14|SELECT count(*) FROM synthgen.generate('baseline', '2025-09-01 00:00+00', 720, target_schema => 'bench14', if_exists => 'replace')
generate_series 1M||SELECT count(*) FROM generate_series(1, 1000000)"
export CASES
exec sh "$here/ab.sh" "$@"
