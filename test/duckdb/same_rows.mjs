// Counts the rows that differ (EXCEPT ALL both ways) between a Parquet file
// and a CSV file with a header, the CSV read with the Parquet file's types.
// Usage: node same_rows.mjs FILE.parquet FILE.csv
import { DuckDBInstance } from '@duckdb/node-api';

const [parquet, csv] = process.argv.slice(2);
const con = await (await DuckDBInstance.create(':memory:')).connect();
const lit = (s) => `'${s.replace(/'/g, "''")}'`;
const p = `read_parquet(${lit(parquet)})`;
const types = (await con.runAndReadAll(`DESCRIBE SELECT * FROM ${p}`)).getRowObjects();
const cols = types.map((t) => `${lit(t.column_name)}: ${lit(t.column_type)}`).join(', ');
const c = `read_csv(${lit(csv)}, header = true, columns = {${cols}})`;
const r = await con.runAndReadAll(
  `SELECT ((SELECT count(*) FROM (FROM ${p} EXCEPT ALL FROM ${c})) +
           (SELECT count(*) FROM (FROM ${c} EXCEPT ALL FROM ${p})))::VARCHAR`);
console.log(r.getRows()[0][0]);
