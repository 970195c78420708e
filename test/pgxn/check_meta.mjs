// META.json against the PGXN Meta Spec 1.0.0 (test/pgxn/meta-v1.schema.json,
// validated by ajv, an independent JSON Schema implementation), and against
// the repository: the version is the control file's, the files it names
// exist, the license is the LICENSE file's.  Exits 1 on any problem.
//   node test/pgxn/check_meta.mjs [META.json]
import { readFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';

const top = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const metaPath = process.argv[2] ?? join(top, 'META.json');
const problems = [];

let meta;
try {
  meta = JSON.parse(readFileSync(metaPath, 'utf8'));
} catch (e) {
  console.log(`check_meta: ${metaPath} is not JSON: ${e.message}`);
  process.exit(1);
}

const schema = JSON.parse(readFileSync(join(top, 'test', 'pgxn', 'meta-v1.schema.json'), 'utf8'));
// formats (uri) are checked loosely: ajv without ajv-formats ignores them
const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false });
const validate = ajv.compile(schema);
if (!validate(meta))
  for (const e of validate.errors)
    problems.push(`schema: ${e.instancePath || '/'} ${e.message}${e.params?.additionalProperty ? ` (${e.params.additionalProperty})` : ''}`);

// the repository's own facts
const control = readFileSync(join(top, 'synthgen.control'), 'utf8');
const extVersion = /^default_version\s*=\s*'([^']*)'/m.exec(control)?.[1];
const semver = v => (/^\d+\.\d+$/.test(v) ? `${v}.0` : v);
if (!extVersion)
  problems.push('synthgen.control has no default_version');
else {
  if (meta.version !== semver(extVersion))
    problems.push(`version ${meta.version} is not the control file's ${extVersion} (${semver(extVersion)})`);
  const ext = meta.provides?.synthgen;
  if (!ext)
    problems.push('provides has no synthgen');
  else {
    if (ext.version !== semver(extVersion))
      problems.push(`provides.synthgen.version ${ext.version} is not ${semver(extVersion)}`);
    if (ext.file !== `synthgen--${extVersion}.sql`)
      problems.push(`provides.synthgen.file ${ext.file} is not the current install script synthgen--${extVersion}.sql`);
  }
}
for (const [name, ext] of Object.entries(meta.provides ?? {}))
  for (const key of ['file', 'docfile'])
    if (ext[key] && !existsSync(join(top, ext[key])))
      problems.push(`provides.${name}.${key}: ${ext[key]} does not exist`);
if (meta.license === 'postgresql') {
  const license = existsSync(join(top, 'LICENSE')) ? readFileSync(join(top, 'LICENSE'), 'utf8') : '';
  if (!/PostgreSQL License/.test(license))
    problems.push('license is postgresql but LICENSE does not state the PostgreSQL License');
}

if (problems.length) {
  for (const p of problems)
    console.log(`check_meta: ${p}`);
  process.exit(1);
}
console.log(`check_meta: ${metaPath}: valid PGXN meta-spec 1.0.0, version ${meta.version} = synthgen.control`);
