// test/sh/cli_schema.mjs: DuckDB (an independent reader) runs the schema
// file the synthgen program writes beside its CSV files, then loads each
// CSV file into the table it created, for test/sh/cli_files.sh.
//
//   node test/sh/cli_schema.mjs DIR/<prefix>schema.sql
//
// Prints, sorted: "type.<table>.<column> <DuckDB type>" for every column
// and "rows.<table> N" for every table; exits 1 with a message on stderr
// when DuckDB refuses the schema or a file.
import { dirname, basename, join, resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import { DuckDBInstance } from '@duckdb/node-api';

const literal = (s) => "'" + s.replaceAll("'", "''") + "'";

async function main() {
	const schema = resolve(process.argv[2]);
	const prefix = basename(schema).replace(/schema\.sql$/, '');
	const dir = dirname(schema);
	const db = await DuckDBInstance.create(':memory:');
	const con = await db.connect();
	const out = [];

	await con.run(readFileSync(schema, 'utf8'));
	const tables = (await con.runAndReadAll(
		"SELECT table_name FROM information_schema.tables ORDER BY 1")).getRows().map((r) => r[0]);
	if (tables.length === 0)
		throw new Error('the schema file created no table');
	for (const t of tables) {
		await con.run(`COPY ${t} FROM ${literal(join(dir, `${prefix}${t}.csv`))} (HEADER)`);
		const cols = (await con.runAndReadAll(
			`SELECT column_name, data_type FROM information_schema.columns WHERE table_name = ${literal(t)} ORDER BY ordinal_position`)).getRows();
		for (const [c, ty] of cols)
			out.push(`type.${t}.${c} ${ty}`);
		const [n] = (await con.runAndReadAll(`SELECT count(*)::VARCHAR FROM ${t}`)).getRows()[0];
		out.push(`rows.${t} ${n}`);
		if (t === 'orders') {
			const [s] = (await con.runAndReadAll(
				`SELECT coalesce(sum(total)::VARCHAR, 'NULL') FROM orders`)).getRows()[0];
			out.push(`sum.orders.total ${s}`);
		}
	}
	con.closeSync();
	db.closeSync();
	for (const line of out.sort())
		console.log(line);
}

main().catch((e) => {
	console.error(`cli_schema.mjs: ${e.message.split('\n')[0]}`);
	process.exit(1);
});
