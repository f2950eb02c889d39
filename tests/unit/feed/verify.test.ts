/** Feed signatures: Ed25519 through WebCrypto, the same code the service worker runs. */
import { describe, expect, it } from 'vitest';
import { parseEnvelope } from '../../../lib/feed/read.ts';
import { FeedError } from '../../../lib/feed/read.ts';
import { parseTrustedKeys } from '../../../lib/feed/keys.ts';
import { verifyEnvelope } from '../../../lib/feed/verify.ts';
import { signPayload } from '../../../scripts/lib/feed-sign.ts';
import { otherKey, TEST_KEY, TEST_TRUST } from '../../helpers/feeds.ts';

const payload = JSON.stringify({ dataset_version: 2, note: 'Hikvision 海康威视' });

describe('verifyEnvelope', () => {
  it('accepts a payload signed with a trusted key', async () => {
    await expect(verifyEnvelope(signPayload(payload, TEST_KEY), TEST_TRUST)).resolves.toBe(
      undefined,
    );
  });

  it('accepts the feed file as written (envelope parsed from text)', async () => {
    const text = JSON.stringify(signPayload(payload, TEST_KEY));
    await expect(verifyEnvelope(parseEnvelope(text), TEST_TRUST)).resolves.toBe(undefined);
  });

  it('refuses a payload changed after signing, by one character', async () => {
    const env = signPayload(payload, TEST_KEY);
    await expect(
      verifyEnvelope({ ...env, payload: env.payload.replace('2', '3') }, TEST_TRUST),
    ).rejects.toThrow(
      new FeedError('bad-signature', 'The feed signature does not match its content.'),
    );
  });

  it('refuses a signature made by another key under the trusted key id', async () => {
    const forged = { ...signPayload(payload, otherKey()), key_id: TEST_KEY.id };
    await expect(verifyEnvelope(forged, TEST_TRUST)).rejects.toMatchObject({
      code: 'bad-signature',
    });
  });

  it('refuses a key it does not trust, naming it', async () => {
    const other = otherKey();
    await expect(verifyEnvelope(signPayload(payload, other), TEST_TRUST)).rejects.toThrow(
      new FeedError(
        'unknown-key',
        `The feed is signed with a key this extension does not trust (${other.id}).`,
      ),
    );
    // A release build trusts no test key.
    await expect(verifyEnvelope(signPayload(payload, TEST_KEY), [])).rejects.toMatchObject({
      code: 'unknown-key',
    });
  });

  it('refuses an unsigned envelope (the bundled snapshot is not a feed)', async () => {
    await expect(
      verifyEnvelope(
        { format: 'designation-lens-feed/1', key_id: null, payload, signature: null },
        TEST_TRUST,
      ),
    ).rejects.toMatchObject({ code: 'unsigned' });
  });

  it('refuses a malformed signature', async () => {
    const env = signPayload(payload, TEST_KEY);
    await expect(
      verifyEnvelope({ ...env, signature: env.signature!.slice(8) }, TEST_TRUST),
    ).rejects.toMatchObject({ code: 'bad-signature' });
  });
});

describe('parseTrustedKeys', () => {
  it('accepts the test trust list and refuses malformed ones', () => {
    expect(TEST_TRUST).toEqual([TEST_KEY.trusted]);
    expect(() => parseTrustedKeys([{ id: 'k', publicKey: 'AAAA' }], 'keys.json')).toThrow(
      'keys.json: 0.publicKey: is not a 32-byte Ed25519 public key',
    );
    expect(() => parseTrustedKeys([TEST_KEY.trusted, TEST_KEY.trusted], 'keys.json')).toThrow(
      `keys.json: key id "${TEST_KEY.id}" appears twice`,
    );
    expect(() => parseTrustedKeys({}, 'keys.json')).toThrow(/keys\.json: \(list\)/);
  });
});
