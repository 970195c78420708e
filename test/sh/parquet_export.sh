#!/bin/sh
# synthgen.export_parquet(): every table, every codec, read back by DuckDB
# (an independent reader) with the same row count, per-column non-NULL and
# distinct counts, sums and time ranges as PostgreSQL computes; CSV and
# Parquet of the same call hold the same rows; no temporary file is left.
set -eu
cd "$(dirname "$0")/../.."
db=${PGDATABASE:-postgres}
[ -d test/node_modules ] || (cd test && npm ci --no-audit --no-fund >/dev/null)
psql -X -q -d "$db" -c "CREATE EXTENSION IF NOT EXISTS synthgen CASCADE" >/dev/null 2>&1
dir=$(mktemp -d /tmp/synthgen_parquet.XXXXXX)
chmod 777 "$dir"
trap 'rm -rf "$dir"' EXIT
fail() { echo "parquet_export.sh: $*"; exit 1; }
W="'flash_sale', '2025-12-01 00:00+00', 72"
q() { psql -X -q -At -d "$db" -c "SET synthgen.timing = off" -c "SET TimeZone = 'UTC'" -c "$1"; }

check() {	# table codec call
	t=$1; codec=$2; call=$3
	f="$dir/${t}_$codec.parquet"
	q "SELECT synthgen.export_parquet('SELECT * FROM $(echo "$call" | sed "s/'/''/g")', '$f', '$codec', 5000)" >/dev/null
	[ -f "$f" ] || fail "$t/$codec: no file"
	specs=$(q "SELECT string_agg(attname || ':' || CASE WHEN atttypid = 'numeric'::regtype THEN 'num'
	                WHEN atttypid IN ('int4'::regtype, 'int8'::regtype) THEN 'int'
	                WHEN atttypid = 'timestamptz'::regtype THEN 'ts' ELSE 'other' END, ' ' ORDER BY attnum)
	           FROM pg_attribute WHERE attrelid = 'synthgen.$(q "SELECT rowtype FROM (VALUES
	             ('customers','customer_row'),('suppliers','supplier_row'),('products','product_row'),
	             ('campaigns','campaign_row'),('orders','order_row'),('order_items','order_item_row'),
	             ('support_tickets','support_ticket_row'),('cart_abandonment','cart_abandonment_row'),
	             ('returns','return_row'),('system_metrics','system_metric_row')) v(t, rowtype) WHERE t = '$t'")'::regclass AND attnum > 0")
	pgsql="SELECT 'rows ' || count(*) FROM $call"
	for s in $specs; do
		col=${s%%:*}; kind=${s#*:}
		case $kind in
			num|int) extra="coalesce(sum(\"$col\")::text, '-')" ;;
			ts) extra="coalesce(min((extract(epoch FROM \"$col\") * 1000000)::bigint)::text || '..' || max((extract(epoch FROM \"$col\") * 1000000)::bigint)::text, '-')" ;;
			*) extra="'-'" ;;
		esac
		pgsql="$pgsql UNION ALL SELECT * FROM (SELECT '$col ' || count(\"$col\") || ' ' || count(DISTINCT \"$col\") || ' ' || $extra FROM $call) s"
	done
	q "$pgsql" | sort > "$dir/pg.txt"
	(cd test && node duckdb/parquet_stats.mjs "$f" $specs | sort) > "$dir/duck.txt" || fail "$t/$codec: DuckDB could not read the file"
	if ! diff "$dir/pg.txt" "$dir/duck.txt" > "$dir/diff.txt"; then cat "$dir/diff.txt"; fail "$t/$codec: DuckDB and PostgreSQL disagree"; fi
}

for t in customers suppliers products; do
	check $t zstd "synth_$t('flash_sale')"
done
for t in campaigns orders order_items support_tickets cart_abandonment returns system_metrics; do
	check $t zstd "synth_$t($W)"
done
for codec in snappy gzip none; do
	check orders $codec "synth_orders($W)"
done
# one row, no rows
check suppliers none "synth_suppliers('flash_sale', suppliers => 1)"
check campaigns zstd "synth_campaigns('baseline', '2025-12-01 00:00+00', 1)"

# CSV and Parquet of the same call: the same rows, compared by DuckDB
q "COPY (SELECT * FROM synth_orders($W)) TO '$dir/orders.csv' (FORMAT csv, HEADER)"
same=$(cd test && node duckdb/same_rows.mjs "$dir/orders_zstd.parquet" "$dir/orders.csv")
[ "$same" = 0 ] || fail "CSV and Parquet of the same call differ in $same rows"

# COPY ... TO 'file' (FORMAT parquet) and, for a user without file rights,
# psql's \copy ... (FORMAT parquet): the same statistics as the function's file
q "SELECT synthgen.version()" >/dev/null
psql -X -q -d "$db" -c "SET synthgen.timing = off" -c "SELECT synthgen.version()" \
	-c "COPY (SELECT * FROM synth_orders($W)) TO '$dir/copy_orders.parquet' (FORMAT parquet, COMPRESSION snappy, ROW_GROUP_SIZE 7000)"
psql -X -q -d "$db" -c "CREATE TABLE IF NOT EXISTS parquet_copy_t AS SELECT * FROM synth_products('flash_sale')" \
	-c "SELECT synthgen.version()" -c "COPY parquet_copy_t TO '$dir/copy_table.parquet' (FORMAT parquet)"
psql -X -q -d "$db" -c "DROP ROLE IF EXISTS parquet_plain" -c "CREATE ROLE parquet_plain LOGIN PASSWORD 'parquet_plain'" -c "GRANT SELECT ON parquet_copy_t TO parquet_plain"
out=$(PGUSER=parquet_plain PGPASSWORD=parquet_plain psql -X -q -d "$db" -c "SELECT synthgen.version()" -c "COPY parquet_copy_t TO '$dir/denied.parquet' (FORMAT parquet)" 2>&1 || true)
case "$out" in *"permission denied"*) ;; *) fail "a plain user could COPY to a server file: $out" ;; esac
[ ! -e "$dir/denied.parquet" ] || fail "a refused COPY left a file"
PGUSER=parquet_plain PGPASSWORD=parquet_plain psql -X -q -d "$db" -c "SELECT synthgen.version()" \
	-c "\\copy parquet_copy_t TO '$dir/client.parquet' WITH (FORMAT parquet)" >/dev/null ||
	fail "\\copy ... (FORMAT parquet) failed for a plain user"
for f in copy_orders; do
	(cd test && node duckdb/parquet_stats.mjs "$dir/$f.parquet" $(q "SELECT string_agg(attname || ':other', ' ') FROM pg_attribute WHERE attrelid = 'synthgen.order_row'::regclass AND attnum > 0") | sort) > "$dir/a.txt"
	(cd test && node duckdb/parquet_stats.mjs "$dir/orders_zstd.parquet" $(q "SELECT string_agg(attname || ':other', ' ') FROM pg_attribute WHERE attrelid = 'synthgen.order_row'::regclass AND attnum > 0") | sort) > "$dir/b.txt"
	cmp -s "$dir/a.txt" "$dir/b.txt" || fail "COPY TO parquet and export_parquet() differ"
done
n1=$(cd test && node duckdb/parquet_stats.mjs "$dir/copy_table.parquet" | head -1)
n2=$(cd test && node duckdb/parquet_stats.mjs "$dir/client.parquet" | head -1)
n3=$(q "SELECT 'rows ' || count(*) FROM parquet_copy_t")
[ "$n1" = "$n3" ] && [ "$n2" = "$n3" ] || fail "COPY table TO parquet: '$n1' / \\copy: '$n2', PostgreSQL: '$n3'"
psql -X -q -d "$db" -c "DROP TABLE parquet_copy_t" -c "DROP ROLE parquet_plain"

left=$(find "$dir" -name '.*.tmp' | wc -l)
[ "$left" = 0 ] || fail "$left temporary files left behind"
echo "parquet_export.sh: ok"
