/**
 * Installing a dataset is one transaction: everything or nothing, and never over a dataset the
 * caller did not decide against.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  CHANGE_LOG_LIMIT,
  changeLog,
  currentDataset,
  installDataset,
  openLensDb,
  syncState,
  type Db,
  type Install,
} from '../../../lib/data/db.ts';
import { diffDatasets } from '../../../lib/data/diff.ts';
import type { Dataset, Entity } from '../../../lib/data/schema.ts';
import { seedFromBundled } from '../../../lib/data/seed.ts';
import { serializeEnvelope, wrapUnsigned } from '../../../lib/feed/envelope.ts';
import { compilePack } from '../../../lib/matcher/pack.ts';
import { datasetVersion, removeListing } from '../../helpers/feeds.ts';

const NOW = new Date('2026-11-21T10:00:00Z');
let db: Db;
const v1 = datasetVersion(1);

beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  db = await openLensDb();
  await seedFromBundled(db, async () => serializeEnvelope(wrapUnsigned(JSON.stringify(v1))), NOW);
});

function install(dataset: Dataset, over: Partial<Install> = {}): Promise<boolean> {
  return installDataset(db, {
    dataset,
    payload: JSON.stringify(dataset),
    pack: compilePack(dataset),
    source: 'feed',
    now: NOW,
    replaces: 1,
    change: {
      at: NOW.toISOString(),
      source: 'feed',
      diff: diffDatasets(v1, dataset),
      affected: [],
    },
    sync: (old) => ({ ...old, skipUpTo: 7 }),
    ...over,
  });
}

async function everything() {
  const stores = ['datasets', 'entities', 'packs', 'search', 'changes', 'sync'] as const;
  return Promise.all(stores.map(async (s) => [s, await db.getAll(s)] as const));
}

describe('installDataset', () => {
  it('writes nothing when a value fails half-way (no partial dataset)', async () => {
    const before = await everything();
    const broken = datasetVersion(2);
    // The last entity cannot be stored (a function is not cloneable): the writes queued before
    // it must not commit.
    (broken.entities.at(-1) as Entity & { oops?: unknown }).oops = () => undefined;
    await expect(install(broken)).rejects.toThrow();
    expect(await everything()).toEqual(before);
  });

  it('writes nothing over a dataset the caller did not decide against', async () => {
    const before = await everything();
    expect(await install(datasetVersion(3), { replaces: 2 })).toBe(false);
    expect(await install(datasetVersion(3), { replaces: null })).toBe(false);
    expect(await everything()).toEqual(before);
    expect(await install(datasetVersion(3))).toBe(true);
    expect((await currentDataset(db))?.version).toBe(3);
    expect((await syncState(db)).skipUpTo).toBe(7);
  });

  it(`keeps the newest ${CHANGE_LOG_LIMIT} change log entries`, async () => {
    // Small datasets: fifty-odd installs of the full one would take seconds on a slow machine.
    const small = (n: number): Dataset => {
      const full = datasetVersion(n);
      return { ...full, entities: full.entities.slice(0, 3) };
    };
    let version = 1;
    for (let i = 0; i < CHANGE_LOG_LIMIT + 3; i++) {
      const next = small(version + 1);
      expect(await install(next, { replaces: version })).toBe(true);
      version++;
    }
    const log = await changeLog(db);
    expect(log).toHaveLength(CHANGE_LOG_LIMIT);
    // Newest first.
    expect(log[0]!.diff.to.version).toBe(version);
    expect(log.at(-1)!.diff.to.version).toBe(version - CHANGE_LOG_LIMIT + 1);
  });
});

describe('seeding a newer bundled snapshot (an extension update)', () => {
  it('logs what changed, like a feed update', async () => {
    const v2 = datasetVersion(2, (d) =>
      removeListing(d, 'xiaomi-corporation', 'dod-1237', '2026-11-20'),
    );
    await seedFromBundled(db, async () => serializeEnvelope(wrapUnsigned(JSON.stringify(v2))), NOW);
    const [entry] = await changeLog(db);
    expect(entry).toMatchObject({ source: 'bundled', affected: ['xiaomi-corporation'] });
    expect(entry!.diff.from.version).toBe(1);
  });
});
