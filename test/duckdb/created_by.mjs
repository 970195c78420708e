// Prints the created_by of a Parquet file's footer as DuckDB reads it.
// Usage: node created_by.mjs FILE
import { DuckDBInstance } from '@duckdb/node-api';

const file = process.argv[2];
const db = await DuckDBInstance.create(':memory:');
const con = await db.connect();
const rows = (await con.runAndReadAll(
  `SELECT created_by FROM parquet_file_metadata('${file.replace(/'/g, "''")}')`)).getRows();
console.log(rows[0][0]);
