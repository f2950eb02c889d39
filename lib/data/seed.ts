/**
 * Seeding from the snapshot bundled with the extension: on install, and on update only when the
 * bundled dataset is newer than the stored one (a feed may already have brought a newer one).
 */
import { compilePack } from '../matcher/pack.ts';
import { parseEnvelope, readPayload } from '../feed/read.ts';
import { currentDataset, installDataset, type Db } from './db.ts';

export type SeedResult =
  { action: 'seeded'; version: number } | { action: 'kept'; version: number };

export async function seedFromBundled(
  db: Db,
  bundledText: () => Promise<string>,
  now: Date,
): Promise<SeedResult> {
  const current = await currentDataset(db);
  const envelope = parseEnvelope(await bundledText());
  // The bundled snapshot ships inside the package: it is trusted without a signature.
  const dataset = readPayload(envelope.payload);
  if (current && current.version >= dataset.dataset_version)
    return { action: 'kept', version: current.version };
  await installDataset(db, dataset, envelope.payload, compilePack(dataset), 'bundled', now);
  return { action: 'seeded', version: dataset.dataset_version };
}
