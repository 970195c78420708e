// Prints every row of a Parquet file, its columns as DuckDB's text, '-'
// for NULL, space separated, ordered by the first column.
// Usage: node rows_text.mjs FILE
import { DuckDBInstance } from '@duckdb/node-api';

const lit = (s) => `'${s.replace(/'/g, "''")}'`;
const con = await (await DuckDBInstance.create(':memory:')).connect();
const src = `read_parquet(${lit(process.argv[2])})`;
const cols = (await con.runAndReadAll(`DESCRIBE SELECT * FROM ${src}`)).getRowObjects().map((c) => c.column_name);
for (const c of cols)
  console.log(`type ${c} ${(await con.runAndReadAll(`SELECT typeof("${c}") FROM ${src} LIMIT 1`)).getRows()[0]?.[0] ?? '-'}`);
const rows = await con.runAndReadAll(`SELECT ${cols.map((c) => `coalesce("${c}"::VARCHAR, '-')`).join(', ')}
  FROM ${src} ORDER BY "${cols[0]}"`);
for (const r of rows.getRows()) console.log(r.map(String).join(' '));
