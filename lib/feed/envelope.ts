/**
 * The feed envelope: `{ format, key_id, payload, signature }`, where `payload` is the dataset
 * as a JSON string and `signature` is Ed25519 (base64) over that string's UTF-8 bytes. The
 * bundled snapshot uses the same envelope, unsigned: it is trusted because it ships inside the
 * extension package. See docs/feed.md.
 */
import * as v from 'valibot';

export const FEED_FORMAT = 'designation-lens-feed/1';

export const EnvelopeSchema = v.strictObject({
  format: v.literal(FEED_FORMAT),
  key_id: v.nullable(v.pipe(v.string(), v.minLength(1))),
  payload: v.pipe(v.string(), v.minLength(2)),
  signature: v.nullable(v.pipe(v.string(), v.regex(/^[A-Za-z0-9+/]+={0,2}$/, 'is not base64'))),
});

export type Envelope = v.InferOutput<typeof EnvelopeSchema>;

export function wrapUnsigned(payload: string): Envelope {
  return { format: FEED_FORMAT, key_id: null, payload, signature: null };
}

/** The envelope's JSON text: one field per line so that a diff of two feeds stays readable. */
export function serializeEnvelope(envelope: Envelope): string {
  return JSON.stringify(envelope, null, 1) + '\n';
}
