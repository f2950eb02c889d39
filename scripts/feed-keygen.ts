/**
 * npm run feed:keygen -- [--out <dir>]: makes an Ed25519 key pair for signing feeds.
 *   <dir>/feed-signing-key.<id>.pem    the private key (PKCS #8 PEM, readable by its owner only)
 *   <dir>/feed-public-key.<id>.json    its trust list entry: [{ "id", "publicKey" }]
 * The default folder is ~/.designation-lens/keys: a private key never belongs in the
 * repository, so a folder inside it is refused. Existing files are never overwritten.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generateSigningKey } from './lib/feed-sign.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

function fail(message: string): never {
  process.stderr.write(message + '\n');
  process.exit(1);
}

const { values } = parseArgs({
  options: { out: { type: 'string', default: join(homedir(), '.designation-lens', 'keys') } },
});

const out = resolve(values.out!);
const rel = relative(root, out);
if (rel === '' || (!rel.startsWith('..') && !isAbsolute(rel)))
  fail(
    `${out} is inside the repository: a private key must not be committed. Choose a folder outside it.`,
  );

const { privatePem, trusted } = generateSigningKey();
const privatePath = join(out, `feed-signing-key.${trusted.id}.pem`);
const publicPath = join(out, `feed-public-key.${trusted.id}.json`);
for (const path of [privatePath, publicPath])
  if (existsSync(path)) fail(`${path} exists; not overwriting it.`);
mkdirSync(out, { recursive: true, mode: 0o700 });
writeFileSync(privatePath, privatePem, { mode: 0o600 });
writeFileSync(publicPath, JSON.stringify([trusted], null, 2) + '\n');
console.log(`private key: ${privatePath} (keep it secret; back it up)
public key:  ${publicPath}
key id:      ${trusted.id}

Next: add the entry from the public key file to keys/feed-public-keys.json and ship a release
with it; only then publish feeds signed with this key (npm run feed -- --key ${privatePath} --out <dir>).`);
