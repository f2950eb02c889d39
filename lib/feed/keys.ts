/**
 * The feed signing keys an extension build trusts: `[{ id, publicKey }]`, where `publicKey` is
 * the raw 32-byte Ed25519 public key in base64 and `id` is what a feed's `key_id` names. Release
 * builds trust keys/feed-public-keys.json; test builds also trust the test key in
 * tests/fixtures/keys (see scripts/build-settings.ts and docs/feed.md).
 */
import * as v from 'valibot';

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

export const TrustedKeysSchema = v.array(
  v.strictObject({
    id: v.pipe(v.string(), v.regex(/^[A-Za-z0-9._-]{1,100}$/, 'is not a key id')),
    publicKey: v.pipe(
      v.string(),
      v.regex(BASE64, 'is not base64'),
      v.check((s) => base64ToBytes(s).length === 32, 'is not a 32-byte Ed25519 public key'),
    ),
  }),
);

export type TrustedKey = v.InferOutput<typeof TrustedKeysSchema>[number];

/** Checks a trust list read from a file; throws naming the entry that is wrong. */
export function parseTrustedKeys(json: unknown, where: string): TrustedKey[] {
  const parsed = v.safeParse(TrustedKeysSchema, json);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const path = issue.path?.map((p) => String(p.key)).join('.') ?? '';
    throw new Error(`${where}: ${path || '(list)'}: ${issue.message}`);
  }
  const ids = parsed.output.map((k) => k.id);
  const twice = ids.find((id, i) => ids.indexOf(id) !== i);
  if (twice) throw new Error(`${where}: key id "${twice}" appears twice`);
  return parsed.output;
}

/** Base64 to bytes with the platform's atob (a service worker has no Buffer). */
export function base64ToBytes(b64: string): Uint8Array<ArrayBuffer> {
  let binary: string;
  try {
    binary = atob(b64);
  } catch {
    return new Uint8Array(0);
  }
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
