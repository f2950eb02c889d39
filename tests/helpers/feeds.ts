/**
 * Signed feeds for the tests, built on the fly from the real dataset in data/ and signed with
 * the committed TEST key (tests/fixtures/keys; trusted only by test builds).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Dataset, ListId } from '../../lib/data/schema.ts';
import { parseTrustedKeys, type TrustedKey } from '../../lib/feed/keys.ts';
import {
  generateSigningKey,
  loadSigningKey,
  signedFeedText,
  type SigningKey,
} from '../../scripts/lib/feed-sign.ts';
import { realDataset } from './dataset.ts';

const KEYS = fileURLToPath(new URL('../fixtures/keys/', import.meta.url));

export const TEST_KEY: SigningKey = loadSigningKey(
  readFileSync(KEYS + 'test-private-key.DO-NOT-USE.pem', 'utf8'),
);

/** The trust list a test build gets (DL_TRUST_TEST_KEY=1). */
export const TEST_TRUST: TrustedKey[] = parseTrustedKeys(
  JSON.parse(readFileSync(KEYS + 'test-public-key.json', 'utf8')),
  'test-public-key.json',
);

/** A key nobody trusts: a feed signed with it must be refused. */
export function otherKey(): SigningKey {
  return loadSigningKey(generateSigningKey().privatePem);
}

/** The real dataset as another version (same content unless `change` edits it). */
export function datasetVersion(version: number, change?: (d: Dataset) => void): Dataset {
  const d = structuredClone(realDataset());
  d.dataset_version = version;
  change?.(d);
  return d;
}

/** Records that `entityId` was removed from `list` on `date` (the newest event of that listing). */
export function removeListing(d: Dataset, entityId: string, list: ListId, date: string): void {
  const entity = d.entities.find((e) => e.id === entityId);
  const listing = entity?.listings.find((l) => l.list === list);
  if (!listing) throw new Error(`${entityId} has no ${list} listing`);
  const last = listing.events[listing.events.length - 1]!;
  if (last.date > date) throw new Error(`${entityId}: ${date} is before its last event`);
  listing.events.push({ type: 'removed', date, sources: ['https://example.test/removal-notice'] });
  if (d.as_of < date) d.as_of = date;
}

export function feedText(dataset: Dataset, key: SigningKey = TEST_KEY): string {
  return signedFeedText(JSON.stringify(dataset), key);
}
