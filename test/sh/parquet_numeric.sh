#!/bin/sh
# numeric -> Parquet DECIMAL (src/parquet_types.c decodes the stored
# base-10000 digits itself, without numeric_out()): random and edge values
# of numeric(p,s) columns of every width (INT32, INT64, 16 bytes) and of
# unconstrained numeric (DECIMAL(38,10)), read back by DuckDB and compared
# with PostgreSQL's own text of each value (numeric_out); values written
# with more digits than the column's scale that are zero (fit), in the
# short and the long stored form, negative, zero, around base-10000 digit
# boundaries; values that do not fit, NaN and infinities refused (22003)
# with no file left.  SYNTHGEN_SLOW=1: 20 times the rows.
set -eu
cd "$(dirname "$0")/../.."
db=${PGDATABASE:-postgres}
[ -d test/node_modules ] || (cd test && npm ci --no-audit --no-fund >/dev/null)
psql -X -q -d "$db" -c "CREATE EXTENSION IF NOT EXISTS synthgen CASCADE" >/dev/null 2>&1
dir=$(mktemp -d /tmp/synthgen_pqnum.XXXXXX)
chmod 777 "$dir"
trap 'rm -rf "$dir"; psql -X -q -d "$db" -c "DROP TABLE IF EXISTS pq_numeric" >/dev/null 2>&1' EXIT
fail() { echo "parquet_numeric.sh: $*"; exit 1; }
q() { psql -X -q -At -v ON_ERROR_STOP=1 -d "$db" -c "SET synthgen.timing = off" -c "$1"; }
rows=4000
[ "${SYNTHGEN_SLOW:-0}" = 1 ] && rows=80000

# the columns: (precision, scale); then u, unconstrained
typmods="1,0 1,1 4,2 5,5 9,0 9,4 9,9 10,2 12,2 15,6 18,0 18,9 18,18 19,4 25,3 28,10 38,0 38,10 38,19 38,38"
cols="" vals=""
for t in $typmods; do
	p=${t%,*} s=${t#*,}
	cols="$cols, n${p}_$s numeric($p,$s)"
	# random digits: up to p - s integer digits, up to s fraction digits,
	# either sign; every 7th row an edge
	# value: the largest, the smallest step, zero, a base-10000 boundary
	vals="$vals, CASE WHEN i % 7 = 0 THEN (ARRAY[
	        CASE WHEN $p > $s THEN repeat('9', $p - $s) ELSE '0' END || '.' || repeat('9', $s),
	        '-' || CASE WHEN $p > $s THEN repeat('9', $p - $s) ELSE '0' END || '.' || repeat('9', $s),
	        CASE WHEN $s > 0 THEN '0.' || repeat('0', $s - 1) || '1' ELSE '1' END,
	        CASE WHEN $s > 0 THEN '-0.' || repeat('0', $s - 1) || '1' ELSE '-1' END,
	        '0', '-0',
	        CASE WHEN $p - $s >= 5 THEN '10000' WHEN $p - $s >= 4 THEN '9999' ELSE '0' END,
	        CASE WHEN $s >= 4 THEN '0.0001' ELSE '0' END,
	        CASE WHEN $p - $s >= 4 AND $s >= 4 THEN '9999.9999' ELSE '0' END])[1 + (i / 7) % 9]::numeric($p,$s)
	     ELSE (CASE WHEN random() < 0.5 THEN '-' ELSE '' END || '0'
	           || substr(lpad((random() * 1e18)::bigint::text, 18, '0') || lpad((random() * 1e18)::bigint::text, 18, '0') || lpad((random() * 1e18)::bigint::text, 18, '0'),
	                     1, (random() * ($p - $s))::int)
	           || '.' || substr(lpad((random() * 1e18)::bigint::text, 18, '0') || lpad((random() * 1e18)::bigint::text, 18, '0') || lpad((random() * 1e18)::bigint::text, 18, '0'),
	                          1, (random() * $s)::int) || '0')::numeric($p,$s) END"
done
# unconstrained: up to 28 integer and 10 fraction digits, sometimes with
# zeros written past the 10th (more than 63: the long stored form), or
# scaled by 10^4k (zero base-10000 digits at the end)
vals="$vals, (CASE WHEN random() < 0.5 THEN '-' ELSE '' END || '0'
        || substr(lpad((random() * 1e18)::bigint::text, 18, '0') || lpad((random() * 1e18)::bigint::text, 18, '0'), 1, (random() * 28)::int)
        || '.' || substr(lpad((random() * 1e18)::bigint::text, 18, '0'), 1, (random() * 10)::int) || '0'
        || CASE WHEN i % 5 = 0 THEN repeat('0', (random() * 80)::int) ELSE '' END)::numeric
      * CASE WHEN i % 11 = 0 THEN 0.0001 ^ -((random() * 3)::int) ELSE 1 END"
q "SET client_min_messages = warning; DROP TABLE IF EXISTS pq_numeric; CREATE TABLE pq_numeric (i int$cols, u numeric)" >/dev/null
q "SELECT setseed(0.16); INSERT INTO pq_numeric SELECT i$vals FROM generate_series(1, $rows) i" >/dev/null
# the unconstrained values that exceed 28 integer digits after scaling: out
q "DELETE FROM pq_numeric WHERE abs(u) >= 1e28" >/dev/null
q "SELECT synthgen.export_parquet('SELECT * FROM pq_numeric', '$dir/n.parquet', 'zstd', 1000)" >/dev/null
# PostgreSQL's text of each value at the file's scale: DuckDB prints
# DECIMAL(p,s) with s digits, as numeric(p,s) prints
{
	echo "type i INTEGER"
	for t in $typmods; do
		p=${t%,*} s=${t#*,}
		echo "type n${p}_$s DECIMAL($p,$s)"
	done
	echo "type u DECIMAL(38,10)"
	sel="i::text"
	for t in $typmods; do p=${t%,*} s=${t#*,}; sel="$sel || ' ' || coalesce(n${p}_$s::text, '-')"; done
	q "SELECT $sel || ' ' || coalesce(u::numeric(38,10)::text, '-') FROM pq_numeric ORDER BY i"
} > "$dir/pg.txt"
# (DuckDB writes DECIMAL(p,p) without the zero before the point: ".5")
(cd test && node duckdb/rows_text.mjs "$dir/n.parquet") > "$dir/duck.raw" || fail "DuckDB could not read the file"
sed -E 's/(^| )(-?)\./\1\20./g; s/(^| )(-?)\./\1\20./g' "$dir/duck.raw" > "$dir/duck.txt"
if ! diff "$dir/pg.txt" "$dir/duck.txt" > "$dir/diff.txt"; then
	head -5 "$dir/diff.txt"; grep "^>" "$dir/diff.txt" | head -3; fail "DuckDB and PostgreSQL disagree on $(grep -c '^>' "$dir/diff.txt") rows"
fi
values=$(( $(grep -vc "^type" "$dir/pg.txt") * 21 ))
# the values must have covered what they claim: both stored forms, both signs
forms=$(q "SELECT count(*) FILTER (WHERE scale(u) > 63), count(*) FILTER (WHERE u < 0), count(*) FILTER (WHERE n38_10 = 0),
                  count(*) FILTER (WHERE abs(n38_0) >= 1e30), count(*) FILTER (WHERE u = trunc(u) AND abs(u) >= 10000 AND mod(u, 10000) = 0)
           FROM pq_numeric")
echo "$forms" | awk -F'|' '{ exit !($1 > 0 && $2 > 0 && $3 > 0 && $4 > 0 && $5 > 0) }' ||
	fail "the values miss a case (long form, negative, zero, 30+ digits, trailing zero digits): $forms"

# refused: too many integer digits, a non-zero digit past the scale, NaN, infinities
for v in "1e28" "-1e28" "0.00000000001" "123.00000000005" "1e300" "1e-300" "'NaN'" "'Infinity'" "'-Infinity'"; do
	out=$(psql -X -q -d "$db" -v VERBOSITY=verbose -c "\\set VERBOSITY verbose" \
	          -c "SELECT synthgen.export_parquet('SELECT $(echo "$v" | sed "s/'/''/g")::numeric AS x', '$dir/bad.parquet')" 2>&1 || true)
	case "$out" in
	*"22003"*"does not fit DECIMAL(38,10)"* | *"22003"*"holds "*"which Parquet DECIMAL cannot represent"*) ;;
	*) fail "$v: not refused with 22003: $out" ;;
	esac
	[ ! -e "$dir/bad.parquet" ] || fail "$v: a refused export left a file"
done
echo "parquet_numeric.sh: $values values agree with numeric_out(), 9 misfits refused"
echo "parquet_numeric.sh: ok"
