/**
 * npm run feed: validates data/ and writes the bundled snapshot (public/data/snapshot.json).
 *   --check               write nothing; fail if the committed snapshot differs from data/
 *   --key <file> --out <dir>  also sign the payload and write <dir>/feed.json (issue: sync)
 * Invalid data fails with one line per problem, naming the entity and the field.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { describeProblem, validateDataset } from '../lib/data/validate.ts';
import { serializeEnvelope, wrapUnsigned } from '../lib/feed/envelope.ts';
import { readDataDir } from './lib/dataset-files.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
export const SNAPSHOT_PATH = join(root, 'public/data/snapshot.json');

function fail(message: string): never {
  process.stderr.write(message + '\n');
  process.exit(1);
}

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: join(root, 'data') },
    check: { type: 'boolean', default: false },
    key: { type: 'string' },
    out: { type: 'string' },
  },
});

const result = validateDataset(readDataDir(values.data!));
if (!result.ok) {
  fail(
    `data/ is invalid (${result.problems.length} problem${result.problems.length === 1 ? '' : 's'}):\n` +
      result.problems.map((p) => '  - ' + describeProblem(p)).join('\n'),
  );
}
const dataset = result.dataset;
const payload = JSON.stringify(dataset);
const snapshot = serializeEnvelope(wrapUnsigned(payload));

if (values.check) {
  const committed = existsSync(SNAPSHOT_PATH) ? readFileSync(SNAPSHOT_PATH, 'utf8') : '';
  if (committed !== snapshot)
    fail('public/data/snapshot.json is out of date with data/: run `npm run feed`.');
  console.log(`snapshot up to date: dataset ${dataset.dataset_version}, as of ${dataset.as_of}`);
} else {
  mkdirSync(dirname(SNAPSHOT_PATH), { recursive: true });
  writeFileSync(SNAPSHOT_PATH, snapshot);
  console.log(
    `wrote public/data/snapshot.json: dataset ${dataset.dataset_version}, as of ${dataset.as_of}, ` +
      `${dataset.entities.length} entities, ${(snapshot.length / 1024).toFixed(0)} KiB`,
  );
}
if (values.key || values.out) fail('--key/--out: signed feeds are not built yet.');
