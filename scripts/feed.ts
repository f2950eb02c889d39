/**
 * npm run feed: validates data/ and writes the bundled snapshot (public/data/snapshot.json)
 * and the changelog (data/CHANGELOG.md, a section per dataset version; see scripts/lib/changelog.ts).
 *   --check                   write neither the snapshot nor the changelog; fail if either
 *                             committed file is stale (with --key/--out the feed is still written:
 *                             the publish job signs exactly what is committed)
 *   --key <file> --out <dir>  also sign the payload with the Ed25519 private key in <file>
 *                             (PKCS #8 PEM, from npm run feed:keygen) and write <dir>/feed.json
 * Invalid data fails with one line per problem, naming the entity and the field. The signed
 * feed carries the same payload as the snapshot, byte for byte; see docs/feed.md.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { describeProblem } from '../lib/data/validate.ts';
import { parseTrustedKeys } from '../lib/feed/keys.ts';
import { parseEnvelope } from '../lib/feed/read.ts';
import { verifyEnvelope } from '../lib/feed/verify.ts';
import { buildFeed, staleOutputs, writeFeed } from './lib/feed-build.ts';
import { loadSigningKey, signedFeedText, type SigningKey } from './lib/feed-sign.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
export const SNAPSHOT_PATH = join(root, 'public/data/snapshot.json');
const RELEASE_KEYS = join(root, 'keys/feed-public-keys.json');

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

if (Boolean(values.key) !== Boolean(values.out))
  fail('--key and --out go together: --key <private key file> --out <dir>.');
// Read the key before doing any work, so that a wrong path fails at once.
let key: SigningKey | undefined;
if (values.key) {
  try {
    key = loadSigningKey(readFileSync(values.key, 'utf8'));
  } catch (err) {
    fail(`--key ${values.key}: ${(err as Error).message}`);
  }
}

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

if (key && values.out) {
  const text = signedFeedText(result.payload, key);
  // Check the file the way the extension will, before anyone uploads it.
  await verifyEnvelope(parseEnvelope(text), [key.trusted]);
  const out = resolve(values.out);
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'feed.json'), text);
  console.log(
    `wrote ${join(out, 'feed.json')}: dataset ${dataset.dataset_version}, signed with ${key.id}`,
  );
  const trusted = parseTrustedKeys(JSON.parse(readFileSync(RELEASE_KEYS, 'utf8')), RELEASE_KEYS);
  if (!trusted.some((k) => k.id === key.id))
    console.warn(
      `warning: ${key.id} is not in keys/feed-public-keys.json: release builds will refuse this feed ` +
        `(only test builds, or builds that add the key, accept it). See docs/feed.md.`,
    );
}
