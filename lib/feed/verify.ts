/**
 * A feed's signature is checked before anything in its payload is read: Ed25519 over the
 * payload string's UTF-8 bytes, with one of the public keys the extension was built with,
 * chosen by the envelope's `key_id`. WebCrypto only, so the same code runs in the service
 * worker and in Node's tests.
 */
import type { Envelope } from './envelope.ts';
import { base64ToBytes, type TrustedKey } from './keys.ts';
import { FeedError } from './read.ts';

export async function verifyEnvelope(
  envelope: Envelope,
  keys: readonly TrustedKey[],
  subtle: SubtleCrypto = crypto.subtle,
): Promise<void> {
  if (envelope.signature === null || envelope.key_id === null)
    throw new FeedError('unsigned', 'The feed is not signed.');
  const key = keys.find((k) => k.id === envelope.key_id);
  if (!key)
    throw new FeedError(
      'unknown-key',
      `The feed is signed with a key this extension does not trust (${envelope.key_id}).`,
    );
  const signature = base64ToBytes(envelope.signature);
  if (signature.length !== 64)
    throw new FeedError('bad-signature', 'The feed signature is malformed.');
  const publicKey = await subtle.importKey(
    'raw',
    base64ToBytes(key.publicKey),
    { name: 'Ed25519' },
    false,
    ['verify'],
  );
  const ok = await subtle.verify(
    { name: 'Ed25519' },
    publicKey,
    signature,
    new TextEncoder().encode(envelope.payload),
  );
  if (!ok) throw new FeedError('bad-signature', 'The feed signature does not match its content.');
}
