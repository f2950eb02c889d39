/**
 * npm run feed -- --key <file> --out <dir>: the signed feed carries the snapshot's payload,
 * verifies with the key's public half, and is byte for byte the same on every run.
 * npm run feed:keygen writes a key pair, outside the repository only.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { parseEnvelope, readPayload } from '../../../lib/feed/read.ts';
import { verifyEnvelope } from '../../../lib/feed/verify.ts';
import { loadSigningKey } from '../../../scripts/lib/feed-sign.ts';
import { TEST_KEY } from '../../helpers/feeds.ts';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const TEST_PEM = join(ROOT, 'tests/fixtures/keys/test-private-key.DO-NOT-USE.pem');
const tmp = mkdtempSync(join(tmpdir(), 'dl-sign-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function run(script: string, args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', script, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });
}

describe('npm run feed -- --key --out', () => {
  // --check: the snapshot is not rewritten (it must already be current); the feed is written.
  const feedArgs = (out: string) => ['--check', '--key', TEST_PEM, '--out', out];

  it('writes a signed feed with the snapshot payload, the same bytes every time', async () => {
    const a = run('scripts/feed.ts', feedArgs(join(tmp, 'a')));
    expect(a.status, a.stderr).toBe(0);
    expect(a.stdout).toContain(`signed with ${TEST_KEY.id}`);
    // The test key is not a release key, and the command says so.
    expect(a.stderr).toContain('is not in keys/feed-public-keys.json');
    const b = run('scripts/feed.ts', feedArgs(join(tmp, 'b')));
    expect(b.status, b.stderr).toBe(0);
    const feed = readFileSync(join(tmp, 'a/feed.json'), 'utf8');
    expect(readFileSync(join(tmp, 'b/feed.json'), 'utf8')).toBe(feed);

    const envelope = parseEnvelope(feed);
    expect(envelope.key_id).toBe(TEST_KEY.id);
    await verifyEnvelope(envelope, [TEST_KEY.trusted]);
    const snapshot = parseEnvelope(readFileSync(join(ROOT, 'public/data/snapshot.json'), 'utf8'));
    expect(envelope.payload).toBe(snapshot.payload);
    expect(readPayload(envelope.payload).as_of).toBe('2026-08-22');
  });

  it('refuses --key without --out, and a file that is not a private key', () => {
    const alone = run('scripts/feed.ts', ['--check', '--key', TEST_PEM]);
    expect(alone.status).toBe(1);
    expect(alone.stderr).toContain('--key and --out go together');
    const bad = run('scripts/feed.ts', [
      '--check',
      '--key',
      join(ROOT, 'tests/fixtures/keys/test-public-key.json'),
      '--out',
      join(tmp, 'bad'),
    ]);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/test-public-key\.json: not a private key in PEM form/);
  });
});

describe('npm run feed:keygen', () => {
  it('writes a private key only its owner can read, and its trust list entry', () => {
    const out = join(tmp, 'keys');
    const r = run('scripts/feed-keygen.ts', ['--out', out]);
    expect(r.status, r.stderr).toBe(0);
    const files = readdirSync(out).sort();
    expect(files).toHaveLength(2);
    const pem = files.find((f) => f.endsWith('.pem'))!;
    const json = files.find((f) => f.endsWith('.json'))!;
    expect(statSync(join(out, pem)).mode & 0o777).toBe(0o600);
    const key = loadSigningKey(readFileSync(join(out, pem), 'utf8'));
    expect(JSON.parse(readFileSync(join(out, json), 'utf8'))).toEqual([key.trusted]);
    expect(pem).toBe(`feed-signing-key.${key.id}.pem`);
    expect(key.id).toMatch(/^ed25519-[0-9a-f]{16}$/);
  });

  it('refuses a folder inside the repository', () => {
    const r = run('scripts/feed-keygen.ts', ['--out', join(ROOT, 'keys')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('is inside the repository');
  });
});
