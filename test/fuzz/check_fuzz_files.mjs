// check_fuzz_files.mjs
//   The independent reader of the fuzz harness's emitted files: reads every
//   fuzz_NNNN.parquet that `fuzz_parquet_replay --emit DIR N SEED` wrote
//   with DuckDB and compares it with fuzz_NNNN.jsonl next to it (a header
//   line with the codec and each column's name, DuckDB type and kind, then
//   one JSON array per row): row count, column names and types, the codec
//   of every column chunk, and every value and NULL in file order.  Values
//   are compared in a canonical text form: integers, DECIMAL unscaled,
//   DATE as days and TIMESTAMP as microseconds since the epoch, BLOB/UUID
//   and strings as hex of their bytes, floats exactly (NaN, +/-Infinity and -0 included).
//   Prints each mismatch (up to 50) and a summary; exits 1 on any.
//   usage: node test/fuzz/check_fuzz_files.mjs DIR   (from the repo root)
import { createRequire } from 'node:module';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(path.join(here, '..', 'package.json'));
const {
  DuckDBInstance, DuckDBDecimalValue, DuckDBDateValue, DuckDBTimestampValue,
  DuckDBTimestampTZValue, DuckDBBlobValue, DuckDBUUIDValue,
} = require('@duckdb/node-api');

const dir = process.argv[2];
if (!dir) { console.error('usage: check_fuzz_files.mjs DIR'); process.exit(2); }
const inst = await DuckDBInstance.create(':memory:');
const con = await inst.connect();
const q = async (sql) => (await con.runAndReadAll(sql)).getRows();
const lit = (s) => "'" + s.replaceAll("'", "''") + "'";
const ident = (s) => '"' + s.replaceAll('"', '""') + '"';
const show = (v) => JSON.stringify(v, (k, x) => (typeof x === 'bigint' ? x.toString() : x));

let bad = 0, files = 0, rows = 0, values = 0, nulls = 0, codecSkipped = 0;
function mismatch(file, what, got, want) {
  bad++;
  if (bad <= 50) console.log(`MISMATCH ${file}: ${what}: got ${show(got)} want ${show(want)}`);
}

const hex = (bytes) => Buffer.from(bytes).toString('hex');
const isText = (c) => c.kind === 'string' || c.kind === 'json';

// DuckDB's value in the canonical text form the harness wrote
function canon(v, kind) {
  if (v === null) return null;
  if (kind === 'float' || kind === 'double') {
    if (typeof v !== 'number') return `not a number: ${show(v)}`;
    if (Number.isNaN(v)) return 'NaN';
    if (v === Infinity) return 'Infinity';
    if (v === -Infinity) return '-Infinity';
    if (Object.is(v, -0)) return '-0';
    return v;                                  // compared as numbers below
  }
  if (kind === 'string' || kind === 'json') return typeof v === 'string' ? v.toLowerCase() : `not text: ${show(v)}`;
  if (typeof v === 'boolean' || typeof v === 'bigint' || typeof v === 'number' || typeof v === 'string')
    return String(v);
  if (v instanceof DuckDBDecimalValue) return String(v.value);
  if (v instanceof DuckDBDateValue) return String(v.days);
  if (v instanceof DuckDBTimestampValue || v instanceof DuckDBTimestampTZValue) return String(v.micros);
  if (v instanceof DuckDBBlobValue) return hex(v.bytes);
  if (v instanceof DuckDBUUIDValue) return v.toUint128().toString(16).padStart(32, '0');
  return `unexpected value ${show(v)}`;
}

function same(got, want, kind) {
  if (got === null || want === null) return got === want;
  if ((kind === 'float' || kind === 'double') && typeof got === 'number') {
    // %.17g round-trips a double (and a float widened to one) exactly
    return Object.is(got, Number(want));
  }
  return got === want;
}

for (const jf of readdirSync(dir).filter((f) => /^fuzz_\d+\.jsonl$/.test(f)).sort()) {
  const lines = readFileSync(path.join(dir, jf), 'utf8').split('\n').filter((l) => l.length);
  const head = JSON.parse(lines[0]);
  const want = lines.slice(1).map((l) => JSON.parse(l));
  const file = path.join(dir, head.file);
  const src = `read_parquet(${lit(file)}, file_row_number = true)`;
  const cols = head.columns;
  files++;

  let types;
  try {
    types = await q(`SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM ${src})`);
  } catch (e) {
    mismatch(head.file, 'read', e.message, 'a readable file');
    continue;
  }
  cols.forEach((c, i) => {
    if (!types[i] || types[i][0] !== c.name || types[i][1] !== c.type)
      mismatch(head.file, `name/type of column ${i}`, types[i], [c.name, c.type]);
  });

  // parquet_metadata() renders every statistic as text, and DuckDB cannot
  // render timestamps beyond its date range: such files skip this check
  // (the harness itself checks the codec field and decompresses each page)
  try {
    const meta = await q(`SELECT DISTINCT compression FROM parquet_metadata(${lit(file)})`);
    for (const [comp] of meta)
      if (comp !== head.codec) mismatch(head.file, 'codec', comp, head.codec);
  } catch (e) {
    if (!/out of range/.test(e.message)) mismatch(head.file, 'parquet_metadata', e.message, 'metadata');
    codecSkipped++;
  }

  let got;
  try {
    // strings as the hex of their bytes: the node binding decodes UTF-8
    // with TextDecoder, which drops a leading U+FEFF
    const sel = cols.map((c) => (isText(c) ? `hex(encode(${ident(c.name)}))` : ident(c.name))).join(', ');
    got = await q(`SELECT ${sel} FROM ${src} ORDER BY file_row_number`);
  } catch (e) {
    mismatch(head.file, 'read rows', e.message, `${want.length} rows`);
    continue;
  }
  if (got.length !== want.length) mismatch(head.file, 'rows', got.length, want.length);
  const n = Math.min(got.length, want.length);
  for (let r = 0; r < n; r++) {
    cols.forEach((c, i) => {
      const g = canon(got[r][i], c.kind);
      const w = isText(c) && want[r][i] !== null ? hex(Buffer.from(want[r][i], 'utf8')) : want[r][i];
      values++;
      if (w === null) nulls++;
      if (!same(g, w, c.kind)) mismatch(head.file, `row ${r} column ${c.name} (${c.kind})`, g, w);
    });
  }
  rows += n;
}
console.log(`check_fuzz_files: ${files} files, ${rows} rows, ${values} values (${nulls} NULL) compared, codec checked in ${files - codecSkipped}, ${bad} mismatches`);
process.exit(bad || files === 0 ? 1 : 0);
