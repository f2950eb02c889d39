/**
 * A short fingerprint of what is known about an entity's listings: a dismissed warning stays
 * dismissed until this changes (a new listing, a removal, a changed date), not merely until the
 * next dataset version.
 */
import type { Entity } from './schema.ts';

/** FNV-1a, 32 bits, over the listings' JSON: stable, fast, and enough to notice a change. */
export function entityFingerprint(entity: Pick<Entity, 'listings'>): string {
  const text = JSON.stringify(entity.listings);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}
