// DuckDB writing a CSV file to Parquet (zstd): the comparison point of the
// Parquet export benchmark.  Prints the seconds it took.
// Usage: node csv_to_parquet.mjs IN.csv OUT.parquet
import { DuckDBInstance } from '@duckdb/node-api';

const [csv, parquet] = process.argv.slice(2);
const lit = (s) => `'${s.replace(/'/g, "''")}'`;
const con = await (await DuckDBInstance.create(':memory:')).connect();
const t0 = process.hrtime.bigint();
await con.run(`COPY (SELECT * FROM read_csv(${lit(csv)}, header = true)) TO ${lit(parquet)} (FORMAT parquet, COMPRESSION zstd)`);
console.log((Number(process.hrtime.bigint() - t0) / 1e9).toFixed(3));
