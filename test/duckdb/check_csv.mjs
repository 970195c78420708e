// test/duckdb/check_csv.mjs: reads the CSV files of one synthgen run with
// DuckDB (an independent reader: none of our code) and prints the figures
// test/sh/cli.sh compares with the same figures computed by PostgreSQL on
// the SQL functions.
//
//   node test/duckdb/check_csv.mjs DIR
//
// Output, one "key value" line each, sorted by key:
//   rows.<table> N                       every table found in DIR (whatever
//                                        synthgen.tables() lists)
//   orders.sum_total / orders.sum_subtotal   exact decimals (NULL if no rows)
//   orders.formula_violations N          total <> subtotal - discount + shipping + tax
//   orders.items_mismatch N              orders whose subtotal <> Σ line_total of
//                                        their items (when order_items is there)
//   order_items.sum_line_total           exact decimal
// Money is read as DECIMAL(12,2), so every sum is exact.  Exits 1 (with a
// message on stderr) when a file cannot be read.
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';

const MONEY = {
	orders: ['subtotal', 'discount', 'shipping', 'tax', 'total'],
	order_items: ['unit_price', 'discount', 'line_total'],
};

function literal(s) {
	return "'" + s.replaceAll("'", "''") + "'";
}

async function main() {
	const dir = process.argv[2];
	if (!dir) {
		console.error('usage: node check_csv.mjs DIR');
		process.exit(2);
	}

	// <scenario>_<YYYYMMDD_HHMMSS>_<table>.csv
	const files = {};
	for (const f of readdirSync(dir)) {
		const m = /^(.+)_(\d{8}_\d{6})_([a-z_]+)\.csv$/.exec(f);
		if (m) {
			if (files[m[3]])
				throw new Error(`two files for table ${m[3]} in ${dir}`);
			files[m[3]] = resolve(join(dir, f));
		}
	}
	if (Object.keys(files).length === 0)
		throw new Error(`no synthgen CSV file in ${dir}`);

	const instance = await DuckDBInstance.create(':memory:');
	const con = await instance.connect();
	const out = {};

	async function one(sql) {
		const reader = await con.runAndReadAll(sql);
		const rows = reader.getRowsJson();
		return rows[0];
	}

	// every file becomes a view; types are sniffed, money forced to DECIMAL
	for (const [table, path] of Object.entries(files)) {
		const money = MONEY[table] || [];
		const types = money.length
			? `, types = {${money.map((c) => `${literal(c)}: 'DECIMAL(12,2)'`).join(', ')}}`
			: '';
		await con.run(`CREATE VIEW ${table} AS SELECT * FROM read_csv(${literal(path)}, header = true, delim = ',', quote = '"', escape = '"'${types})`);
		const [n] = await one(`SELECT count(*)::VARCHAR FROM ${table}`);
		out[`rows.${table}`] = n;
	}

	if (files.orders) {
		const [sumTotal, sumSubtotal, violations] = await one(`
			SELECT coalesce(sum(total)::VARCHAR, 'NULL'),
			       coalesce(sum(subtotal)::VARCHAR, 'NULL'),
			       count(*) FILTER (WHERE total <> subtotal - discount + shipping + tax)::VARCHAR
			FROM orders`);
		out['orders.sum_total'] = sumTotal;
		out['orders.sum_subtotal'] = sumSubtotal;
		out['orders.formula_violations'] = violations;
	}
	if (files.order_items) {
		const [sumLines] = await one(`SELECT coalesce(sum(line_total)::VARCHAR, 'NULL') FROM order_items`);
		out['order_items.sum_line_total'] = sumLines;
	}
	if (files.orders && files.order_items) {
		const [mismatch] = await one(`
			SELECT count(*)::VARCHAR
			FROM orders o
			LEFT JOIN (SELECT order_id, sum(line_total) AS lines
			           FROM order_items GROUP BY order_id) i USING (order_id)
			WHERE o.subtotal IS DISTINCT FROM coalesce(i.lines, 0)`);
		out['orders.items_mismatch'] = mismatch;
	}

	con.closeSync();
	instance.closeSync();
	for (const key of Object.keys(out).sort())
		console.log(`${key} ${out[key]}`);
}

main().catch((e) => {
	console.error(`check_csv.mjs: ${e.message.split('\n')[0]}`);
	process.exit(1);
});
