/**
 * npm run feed: validates data/ and writes the bundled snapshot (public/data/snapshot.json)
 * and the changelog (data/CHANGELOG.md, a section per dataset version; see scripts/lib/changelog.ts).
 *   --check               write nothing; fail if the committed snapshot or changelog is stale
 *   --key <file> --out <dir>  also sign the payload and write <dir>/feed.json (issue: sync)
 * Invalid data fails with one line per problem, naming the entity and the field.
 */
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { describeProblem } from '../lib/data/validate.ts';
import { buildFeed, staleOutputs, writeFeed } from './lib/feed-build.ts';

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

const paths = {
  data: values.data!,
  snapshot: SNAPSHOT_PATH,
  changelog: join(values.data!, 'CHANGELOG.md'),
};
const result = buildFeed(paths);
if (!result.ok) {
  fail(
    `data/ is invalid (${result.problems.length} problem${result.problems.length === 1 ? '' : 's'}):\n` +
      result.problems.map((p) => '  - ' + describeProblem(p)).join('\n'),
  );
}
const dataset = result.dataset;
if (result.note) console.warn(`changelog: ${result.note}`);

if (values.check) {
  const stale = staleOutputs(paths, result);
  if (stale.length)
    fail(
      `${stale.map((p) => relative(root, p)).join(' and ')} ${stale.length === 1 ? 'is' : 'are'} out of date with data/: run \`npm run feed\`.`,
    );
  console.log(`snapshot up to date: dataset ${dataset.dataset_version}, as of ${dataset.as_of}`);
} else {
  writeFeed(paths, result);
  console.log(
    `wrote public/data/snapshot.json: dataset ${dataset.dataset_version}, as of ${dataset.as_of}, ` +
      `${dataset.entities.length} entities, ${(result.snapshot.length / 1024).toFixed(0)} KiB; ` +
      `and ${relative(root, paths.changelog)}`,
  );
}
if (values.key || values.out) fail('--key/--out: signed feeds are not built yet.');
