// check_samples.mjs
//   Reads every sample Parquet file written by write_samples with DuckDB
//   (an independent reader) and compares it with the JSON written next to
//   it: row count, column types, NULL counts, exact min/max/sum, the full
//   rows, the codec in parquet_metadata() and the chunk statistics
//   (null counts, integer min/max).  Prints each mismatch; exits 1 on any.
//   usage: node test/parquet/check_samples.mjs DIR   (from the repo root)
import { createRequire } from 'node:module';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(path.join(here, '..', 'package.json'));
const { DuckDBInstance } = require('@duckdb/node-api');

const dir = process.argv[2];
if (!dir) { console.error('usage: check_samples.mjs DIR'); process.exit(2); }
const inst = await DuckDBInstance.create(':memory:');
const con = await inst.connect();
let bad = 0, checked = 0;
const q = async (sql) => (await con.runAndReadAll(sql)).getRows();
const lit = (s) => "'" + s.replaceAll("'", "''") + "'";
const ident = (s) => '"' + s.replaceAll('"', '""') + '"';
function mismatch(file, what, got, want) {
  bad++;
  console.log(`MISMATCH ${file}: ${what}: got ${JSON.stringify(got, (k, v) => typeof v === 'bigint' ? v.toString() : v)} want ${JSON.stringify(want)}`);
}
function floatEq(got, want) {
  if (got === null || want === null) return got === want;
  const w = want === 'NaN' ? NaN : want === 'Infinity' ? Infinity : want === '-Infinity' ? -Infinity : want === '-0' ? -0 : Number(want);
  return Object.is(Number(got), w);
}

for (const jf of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
  const exp = JSON.parse(readFileSync(path.join(dir, jf), 'utf8'));
  const file = path.join(dir, exp.file);
  const src = `read_parquet(${lit(file)})`;
  const cols = exp.columns;

  const [[n]] = await q(`SELECT count(*) FROM ${src}`);
  if (Number(n) !== exp.rows) mismatch(exp.file, 'rows', n, exp.rows);

  const types = await q(`SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM ${src})`);
  cols.forEach((c, i) => {
    if (!types[i] || types[i][0] !== c.name || types[i][1] !== c.type)
      mismatch(exp.file, `type of ${c.name}`, types[i], [c.name, c.type]);
  });

  // null counts and aggregates
  const aggs = [];
  for (const c of cols) {
    aggs.push(`(count(*) - count(${ident(c.name)}))::VARCHAR`);
    if (c.min !== undefined) {
      const e = c.expr.replace('%s', ident(c.name)).replace(/::VARCHAR$/, '');
      const num = `(${e})::HUGEINT`;
      aggs.push(`min(${num})::VARCHAR`, `max(${num})::VARCHAR`, `sum(${num})::VARCHAR`);
    }
  }
  const [arow] = await q(`SELECT ${aggs.join(', ')} FROM ${src}`);
  let k = 0;
  for (const c of cols) {
    if (String(arow[k++]) !== String(c.nulls)) mismatch(exp.file, `nulls of ${c.name}`, arow[k - 1], c.nulls);
    if (c.min !== undefined) {
      for (const what of ['min', 'max', 'sum']) {
        if (arow[k++] !== c[what]) mismatch(exp.file, `${what} of ${c.name}`, arow[k - 1], c[what]);
      }
    }
  }

  // full rows, in file order
  if (exp.full_rows.length) {
    const sel = cols.map((c) => (c.expr ? c.expr.replaceAll('%s', ident(c.name)) : ident(c.name))).join(', ');
    const rows = await q(`SELECT ${sel} FROM ${src} LIMIT ${exp.full_rows.length}`);
    exp.full_rows.forEach((want, r) => {
      const got = rows[r];
      cols.forEach((c, i) => {
        const ok = c.expr ? got[i] === want[i] : floatEq(got[i], want[i]);
        if (!ok) mismatch(exp.file, `row ${r} ${c.name}`, got[i], want[i]);
      });
    });
  }

  // metadata: codec, statistics
  const meta = await q(`SELECT path_in_schema, compression, stats_null_count, stats_min_value, stats_max_value, row_group_id
                        FROM parquet_metadata(${lit(file)})`);
  const nullsum = {};
  const mins = {}, maxs = {};
  for (const [p, comp, nc, mn, mx] of meta) {
    if (comp !== exp.codec) mismatch(exp.file, `codec of ${p}`, comp, exp.codec);
    nullsum[p] = (nullsum[p] ?? 0) + Number(nc);
    if (mn !== null) { mins[p] = mins[p] === undefined ? BigInt(0) + 0n : mins[p]; }
    (mins[p + '#'] ??= []).push(mn);
    (maxs[p] ??= []).push(mx);
  }
  for (const c of cols) {
    if (exp.rows > 0 && nullsum[c.name] !== c.nulls) mismatch(exp.file, `stats_null_count of ${c.name}`, nullsum[c.name], c.nulls);
    // integer columns without a logical conversion in the statistics text
    if (exp.rows > 0 && c.min !== undefined && ['SMALLINT', 'INTEGER', 'BIGINT', 'TINYINT'].includes(c.type)) {
      const mn = mins[c.name + '#'].filter((x) => x !== null).map(BigInt);
      const mx = maxs[c.name].filter((x) => x !== null).map(BigInt);
      const gmin = mn.reduce((a, b) => (b < a ? b : a));
      const gmax = mx.reduce((a, b) => (b > a ? b : a));
      if (String(gmin) !== c.min) mismatch(exp.file, `stats min of ${c.name}`, gmin, c.min);
      if (String(gmax) !== c.max) mismatch(exp.file, `stats max of ${c.name}`, gmax, c.max);
    }
  }
  checked++;
}
console.log(`check_samples: ${checked} files checked, ${bad} mismatches`);
process.exit(bad || checked === 0 ? 1 : 0);
