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

# customers: 20,000 of them (the default 250,000 make the per-column
# queries below the slowest part of the suite)
check customers zstd "synth_customers('flash_sale', customers => 20000)"
for t in suppliers products; do
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

# edge values through the server path: multi-byte UTF-8, quotes, newlines,
# empty strings, dates and instants before 1970 and far ahead, numeric
# extremes, integer limits, NULLs; row groups of 3 rows (boundaries +-1).
# Strings are compared by their bytes (md5, length in bytes), so the check
# holds in a SQL_ASCII cluster too (pg_virtualenv without a UTF-8 locale)
edge="SELECT id, s, d, ts, n::numeric(38,10) AS n, b, i2::int2 AS i2, i8::int8 AS i8, n / 3 * 0 + n AS nu FROM (VALUES
  (1, 'plain', '1970-01-01'::date, '1970-01-01 00:00+00'::timestamptz, 0::numeric(38,10), true, 0::int2, 0::int8),
  (2, 'Zürich – 東京 – 🎉', '1969-12-31', '1969-12-31 23:59:59.999999+00', -9999999999999999999999999999.9999999999, false, -32768, -9223372036854775808),
  (3, E'quote \" and '' and\nnewline,comma', '0001-01-01', '1900-01-01 00:00+00', 9999999999999999999999999999.9999999999, NULL, 32767, 9223372036854775807),
  (4, '', '2199-12-31', '2199-12-31 23:59:59.999999+00', 0.0000000001, true, NULL, NULL),
  (5, NULL, NULL, NULL, NULL, NULL, 1, 1),
  (6, repeat('x', 100000), '2000-02-29', '2000-02-29 12:00+00', -0.5, false, -1, -1),
  (7, 'seven', '2024-02-29', '2024-02-29 00:00:00.000001+00', 123.4500000000, true, 7, 7)
) v(id, s, d, ts, n, b, i2, i8)"
q "SELECT synthgen.export_parquet('$(echo "$edge" | sed "s/'/''/g")', '$dir/edge.parquet', 'zstd', 3)" >/dev/null
{
	printf 'type id INTEGER\ntype s VARCHAR\ntype d DATE\ntype ts TIMESTAMP WITH TIME ZONE\ntype n DECIMAL(38,10)\ntype b BOOLEAN\ntype i2 SMALLINT\ntype i8 BIGINT\ntype nu DECIMAL(38,10)\n'
	q "SELECT id || ' ' || coalesce(md5(s), '-') || ' ' || coalesce(octet_length(s)::text, '-') || ' ' ||
	          coalesce(to_char(d, 'YYYY-MM-DD'), '-') || ' ' ||
	          coalesce(((extract(epoch FROM ts) * 1000000)::bigint)::text, '-') || ' ' ||
	          coalesce(n::text, '-') || ' ' || coalesce(b::text, '-') || ' ' ||
	          coalesce(i2::text, '-') || ' ' || coalesce(i8::text, '-') || ' ' ||
	          coalesce(nu::numeric(38,10)::text, '-')
	   FROM ($edge) e ORDER BY id"
} > "$dir/edge_pg.txt"
(cd test && node duckdb/edge_rows.mjs "$dir/edge.parquet") > "$dir/edge_duck.txt" || fail "DuckDB could not read the edge values"
if ! diff "$dir/edge_pg.txt" "$dir/edge_duck.txt" > "$dir/edge.diff"; then
	cat "$dir/edge.diff"; fail "edge values: DuckDB and PostgreSQL disagree"
fi
# the types of a synthgen table, as DuckDB sees them
types=$(cd test && node --input-type=module -e "
import { DuckDBInstance } from '@duckdb/node-api';
const c = await (await DuckDBInstance.create(':memory:')).connect();
const r = await c.runAndReadAll(\"SELECT string_agg(column_name || ' ' || column_type, ', ') FROM (DESCRIBE SELECT * FROM read_parquet('$dir/orders_zstd.parquet'))\");
console.log(r.getRows()[0][0]);")
case "$types" in
	"order_id BIGINT, customer_id BIGINT, ordered_at TIMESTAMP WITH TIME ZONE, status VARCHAR, channel VARCHAR, payment_method VARCHAR, campaign_id INTEGER, item_count INTEGER, subtotal DECIMAL(12,2), discount DECIMAL(12,2), shipping DECIMAL(12,2), tax DECIMAL(12,2), total DECIMAL(12,2), shipped_at TIMESTAMP WITH TIME ZONE, delivered_at TIMESTAMP WITH TIME ZONE, cancelled_at TIMESTAMP WITH TIME ZONE, promised_at TIMESTAMP WITH TIME ZONE") ;;
	*) fail "orders.parquet has the types: $types" ;;
esac

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

# one version string: the footer's created_by is synthgen.control's version
version=$(sed -n "s/^default_version[[:space:]]*=[[:space:]]*'\([^']*\)'.*/\1/p" synthgen.control)
by=$(cd test && node duckdb/created_by.mjs "$dir/copy_table.parquet")
[ "$by" = "synthgen version $version (build synthgen)" ] || fail "created_by is '$by', the control file says $version"

left=$(find "$dir" -name '.*.tmp' | wc -l)
[ "$left" = 0 ] || fail "$left temporary files left behind"
echo "parquet_export.sh: ok"
