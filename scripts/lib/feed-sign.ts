/**
 * Signing the feed in Node: Ed25519 over the payload's UTF-8 bytes (node:crypto). Ed25519
 * signatures are deterministic, so the same payload and key always give the same feed bytes.
 *
 * A key's id is derived from its public key (the first 16 hex digits of its SHA-256), so a
 * feed's `key_id` and the trust list entry cannot drift apart.
 */
import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  sign,
  type KeyObject,
} from 'node:crypto';
import { FEED_FORMAT, serializeEnvelope, type Envelope } from '../../lib/feed/envelope.ts';
import type { TrustedKey } from '../../lib/feed/keys.ts';

export interface SigningKey {
  id: string;
  privateKey: KeyObject;
  /** The trust list entry for this key. */
  trusted: TrustedKey;
}

export function rawPublicKey(key: KeyObject): Buffer {
  const jwk = createPublicKey(key).export({ format: 'jwk' });
  if (jwk.kty !== 'OKP' || jwk.crv !== 'Ed25519' || !jwk.x)
    throw new Error('the key is not an Ed25519 key');
  return Buffer.from(jwk.x, 'base64url');
}

export function keyIdFor(publicRaw: Buffer): string {
  return 'ed25519-' + createHash('sha256').update(publicRaw).digest('hex').slice(0, 16);
}

/** A private key from its PEM text (PKCS #8, as feed:keygen writes it). */
export function loadSigningKey(pem: string): SigningKey {
  let privateKey: KeyObject;
  try {
    privateKey = createPrivateKey(pem);
  } catch (err) {
    throw new Error(`not a private key in PEM form (${(err as Error).message})`);
  }
  if (privateKey.asymmetricKeyType !== 'ed25519')
    throw new Error(`an Ed25519 key is needed, not ${privateKey.asymmetricKeyType ?? 'this key'}`);
  const raw = rawPublicKey(privateKey);
  const id = keyIdFor(raw);
  return { id, privateKey, trusted: { id, publicKey: raw.toString('base64') } };
}

/** A new key pair: the private key as PKCS #8 PEM, and its trust list entry. */
export function generateSigningKey(): { privatePem: string; trusted: TrustedKey } {
  const { privateKey } = generateKeyPairSync('ed25519');
  const privatePem = privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
  return { privatePem, trusted: loadSigningKey(privatePem).trusted };
}

export function signPayload(payload: string, key: SigningKey): Envelope {
  const signature = sign(null, Buffer.from(payload, 'utf8'), key.privateKey).toString('base64');
  return { format: FEED_FORMAT, key_id: key.id, payload, signature };
}

/** The signed feed file's text. */
export function signedFeedText(payload: string, key: SigningKey): string {
  return serializeEnvelope(signPayload(payload, key));
}
