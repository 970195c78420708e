// Prints per-column statistics of a Parquet file as DuckDB reads it, in the
// canonical form test/sh/parquet_export.sh also computes with PostgreSQL:
//   rows <n>
//   <column> <non-null count> <distinct count> <sum | min..max | ->
// Usage: node parquet_stats.mjs FILE col:kind ...   (kind: num, ts, int, other)
import { DuckDBInstance } from '@duckdb/node-api';

const [file, ...cols] = process.argv.slice(2);
const db = await DuckDBInstance.create(':memory:');
const con = await db.connect();
const src = `read_parquet('${file.replace(/'/g, "''")}')`;
const one = async (sql) => (await con.runAndReadAll(sql)).getRows()[0];

console.log(`rows ${(await one(`SELECT count(*)::VARCHAR FROM ${src}`))[0]}`);
for (const spec of cols) {
  const [name, kind] = spec.split(':');
  const c = `"${name}"`;
  let extra = "'-'";
  if (kind === 'num' || kind === 'int') extra = `coalesce(sum(${c})::VARCHAR, '-')`;
  if (kind === 'ts') extra = `coalesce(min(epoch_us(${c}))::VARCHAR || '..' || max(epoch_us(${c}))::VARCHAR, '-')`;
  const r = await one(`SELECT count(${c})::VARCHAR, count(DISTINCT ${c})::VARCHAR, ${extra} FROM ${src}`);
  console.log(`${name} ${r[0]} ${r[1]} ${r[2]}`);
}
