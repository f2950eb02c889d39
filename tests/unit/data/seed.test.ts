import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  currentDataset,
  entitiesById,
  openLensDb,
  storedPack,
  type Db,
} from '../../../lib/data/db.ts';
import { seedFromBundled } from '../../../lib/data/seed.ts';
import { serializeEnvelope, wrapUnsigned } from '../../../lib/feed/envelope.ts';
import { FeedError } from '../../../lib/feed/read.ts';
import { realDataset } from '../../helpers/dataset.ts';

const NOW = new Date('2026-11-21T10:00:00Z');

function snapshot(version: number): string {
  return serializeEnvelope(
    wrapUnsigned(JSON.stringify({ ...realDataset(), dataset_version: version })),
  );
}

let db: Db;
beforeEach(async () => {
  // A fresh database per test.
  globalThis.indexedDB = new IDBFactory();
  db = await openLensDb();
});

describe('seedFromBundled', () => {
  it('seeds an empty database: dataset, entities and match pack together', async () => {
    expect(await seedFromBundled(db, async () => snapshot(1), NOW)).toEqual({
      action: 'seeded',
      version: 1,
    });
    const current = await currentDataset(db);
    expect(current).toMatchObject({
      version: 1,
      asOf: '2026-08-22',
      source: 'bundled',
      installedAt: NOW.toISOString(),
    });
    expect(current!.programs.map((p) => p.id).sort()).toEqual([
      'dod-1237',
      'dod-1260h',
      'ofac-ns-cmic',
    ]);
    const [xiaomi] = await entitiesById(db, ['xiaomi-corporation']);
    expect(xiaomi?.name).toBe('Xiaomi Corporation');
    expect((await storedPack(db, 1))?.entities).toHaveLength(realDataset().entities.length);
  });

  it('keeps a stored dataset that is as new or newer (a feed may have brought it)', async () => {
    await seedFromBundled(db, async () => snapshot(3), NOW);
    expect(await seedFromBundled(db, async () => snapshot(3), NOW)).toEqual({
      action: 'kept',
      version: 3,
    });
    expect(await seedFromBundled(db, async () => snapshot(2), NOW)).toEqual({
      action: 'kept',
      version: 3,
    });
    expect((await currentDataset(db))?.version).toBe(3);
  });

  it('replaces an older stored dataset and keeps it as the previous one', async () => {
    await seedFromBundled(db, async () => snapshot(1), NOW);
    expect(await seedFromBundled(db, async () => snapshot(2), NOW)).toEqual({
      action: 'seeded',
      version: 2,
    });
    expect((await currentDataset(db))?.version).toBe(2);
    expect((await db.get('datasets', 'previous'))?.version).toBe(1);
    expect(await storedPack(db, 1)).toBeUndefined();
    expect(await storedPack(db, 2)).toBeDefined();
  });

  it('refuses a broken snapshot with a clear message and leaves the database as it was', async () => {
    await seedFromBundled(db, async () => snapshot(1), NOW);
    await expect(seedFromBundled(db, async () => snapshot(2).slice(0, 500), NOW)).rejects.toThrow(
      new FeedError('not-json', 'The file is not valid JSON (it may be truncated).'),
    );
    const bad = serializeEnvelope(
      wrapUnsigned(JSON.stringify({ ...realDataset(), dataset_version: 2, as_of: '2026-13-01' })),
    );
    await expect(seedFromBundled(db, async () => bad, NOW)).rejects.toThrow(
      /as_of: is not a calendar date/,
    );
    expect((await currentDataset(db))?.version).toBe(1);
  });
});
