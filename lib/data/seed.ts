/**
 * Seeding from the snapshot bundled with the extension: on install, and on update only when the
 * bundled dataset is newer than the stored one (a feed may already have brought a newer one).
 * Replacing an older dataset is logged in the change log like a feed update.
 */
import { compilePack } from '../matcher/pack.ts';
import { parseEnvelope, readPayload } from '../feed/read.ts';
import { currentDataset, installDataset, type Db } from './db.ts';
import { affectedEntityIds, diffDatasets } from './diff.ts';

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
  let change;
  if (current) {
    // A stored dataset that no longer reads (an older schema) is replaced without a log entry.
    const previous = (() => {
      try {
        return readPayload(current.payload);
      } catch {
        return undefined;
      }
    })();
    if (previous) {
      const diff = diffDatasets(previous, dataset);
      change = {
        at: now.toISOString(),
        source: 'bundled' as const,
        diff,
        affected: affectedEntityIds(diff),
      };
    }
  }
  const installed = await installDataset(db, {
    dataset,
    payload: envelope.payload,
    pack: compilePack(dataset),
    source: 'bundled',
    now,
    replaces: current?.version ?? null,
    ...(change ? { change } : {}),
  });
  if (!installed) {
    // Another install (a sync) got in first: whatever is current now is at least as new.
    const now = await currentDataset(db);
    return { action: 'kept', version: now?.version ?? dataset.dataset_version };
  }
  return { action: 'seeded', version: dataset.dataset_version };
}
