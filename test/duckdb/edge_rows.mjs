// Prints the column types and every row of a Parquet file of the edge-value
// query of test/sh/parquet_export.sh, in a canonical text form (strings by
// their bytes: md5 and strlen).
// Usage: node edge_rows.mjs FILE
import { DuckDBInstance } from '@duckdb/node-api';

const lit = (s) => `'${s.replace(/'/g, "''")}'`;
const con = await (await DuckDBInstance.create(':memory:')).connect();
const src = `read_parquet(${lit(process.argv[2])})`;
for (const t of (await con.runAndReadAll(`DESCRIBE SELECT * FROM ${src}`)).getRowObjects())
  console.log(`type ${t.column_name} ${t.column_type}`);
const rows = await con.runAndReadAll(`SELECT id, coalesce(md5(s), '-'), coalesce(strlen(s)::VARCHAR, '-'),
    coalesce(strftime(d, '%Y-%m-%d'), '-'), coalesce(epoch_us(ts)::VARCHAR, '-'), coalesce(n::VARCHAR, '-'),
    coalesce(b::VARCHAR, '-'), coalesce(i2::VARCHAR, '-'), coalesce(i8::VARCHAR, '-'),
    coalesce(nu::VARCHAR, '-')
  FROM ${src} ORDER BY id`);
for (const r of rows.getRows()) console.log(r.map(String).join(' '));
