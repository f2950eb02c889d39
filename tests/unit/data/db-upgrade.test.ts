/**
 * Upgrading the database: a database of every earlier version, with data in it, opens with the
 * current code and nothing in it is lost. Each example is written with the layout of its own
 * version by hand (not with today's code), the way an installed extension left it.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  changeLog,
  currentDataset,
  DB_NAME,
  DB_VERSION,
  entitiesById,
  installDataset,
  openLensDb,
  previousDataset,
  searchDataFor,
  storedPack,
  syncState,
} from '../../../lib/data/db.ts';
import type { Dataset } from '../../../lib/data/schema.ts';
import { searchData } from '../../../lib/data/search.ts';
import { compilePack, type MatchPack } from '../../../lib/matcher/pack.ts';
import { datasetVersion } from '../../helpers/feeds.ts';

const NOW = new Date('2026-11-21T10:00:00Z');

interface Example {
  current: Dataset;
  previous: Dataset;
  pack: MatchPack;
}

let example: Example | undefined;
function exampleData(): Example {
  example ??= (() => {
    const current = datasetVersion(2, (d) => {
      d.as_of = '2026-10-01';
    });
    return { current, previous: datasetVersion(1), pack: compilePack(current) };
  })();
  return example;
}

function storedDataset(d: Dataset, source: 'bundled' | 'feed', installedAt: string) {
  return {
    version: d.dataset_version,
    asOf: d.as_of,
    source,
    installedAt,
    programs: d.programs,
    payload: JSON.stringify(d),
  };
}

/** Writers of example data, one per earlier database version, in that version's layout. */
const WRITERS: Record<number, () => Promise<void>> = {
  // Version 1: datasets {current, previous}, entities (keyPath id), packs (keyed by version).
  1: async () => {
    const { current, previous, pack } = exampleData();
    const db = await openDB(DB_NAME, 1, {
      upgrade(db) {
        db.createObjectStore('datasets');
        db.createObjectStore('entities', { keyPath: 'id' });
        db.createObjectStore('packs');
      },
    });
    const tx = db.transaction(['datasets', 'entities', 'packs'], 'readwrite');
    await Promise.all([
      tx
        .objectStore('datasets')
        .put(storedDataset(previous, 'bundled', '2026-09-01T08:00:00.000Z'), 'previous'),
      tx
        .objectStore('datasets')
        .put(storedDataset(current, 'feed', '2026-10-02T08:00:00.000Z'), 'current'),
      ...current.entities.map((e) => tx.objectStore('entities').put(e)),
      tx.objectStore('packs').put({ datasetVersion: 2, pack }, 2),
      tx.done,
    ]);
    db.close();
  },
};

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

describe('database upgrades', () => {
  it('has example data for every earlier version', () => {
    expect(Object.keys(WRITERS).map(Number)).toEqual(
      Array.from({ length: DB_VERSION - 1 }, (_, i) => i + 1),
    );
  });

  for (const version of Object.keys(WRITERS).map(Number)) {
    it(`opens a version ${version} database with data and loses nothing`, async () => {
      await WRITERS[version]!();
      const { current, previous, pack } = exampleData();
      const db = await openLensDb();
      expect(db.version).toBe(DB_VERSION);

      expect(await currentDataset(db)).toEqual(
        storedDataset(current, 'feed', '2026-10-02T08:00:00.000Z'),
      );
      expect(await previousDataset(db)).toEqual(
        storedDataset(previous, 'bundled', '2026-09-01T08:00:00.000Z'),
      );
      expect(await db.count('entities')).toBe(current.entities.length);
      const ids = current.entities.map((e) => e.id);
      expect(await entitiesById(db, ids)).toEqual(current.entities);
      expect(await storedPack(db, 2)).toEqual(pack);

      // The stores version 2 added start empty, and work.
      expect(await syncState(db)).toEqual({});
      expect(await changeLog(db)).toEqual([]);
      expect(await db.get('search', 2)).toBeUndefined();
      // Built from the stored dataset, the same data as at install, and stored.
      expect(await searchDataFor(db, 2)).toEqual(searchData(current));
      expect((await db.get('search', 2))?.data).toEqual(searchData(current));

      // And the next update installs on top of it, keeping the upgraded dataset as previous.
      const next = datasetVersion(3);
      expect(
        await installDataset(db, {
          dataset: next,
          payload: JSON.stringify(next),
          pack: compilePack(next),
          source: 'feed',
          now: NOW,
          replaces: 2,
        }),
      ).toBe(true);
      expect((await previousDataset(db))?.payload).toBe(JSON.stringify(current));
      db.close();
    });
  }

  it('opens an empty version 1 database (installed, never seeded)', async () => {
    const v1 = await openDB(DB_NAME, 1, {
      upgrade(db) {
        db.createObjectStore('datasets');
        db.createObjectStore('entities', { keyPath: 'id' });
        db.createObjectStore('packs');
      },
    });
    v1.close();
    const db = await openLensDb();
    expect(await currentDataset(db)).toBeUndefined();
    expect([...db.objectStoreNames].sort()).toEqual(
      ['changes', 'datasets', 'entities', 'packs', 'search', 'sync'].sort(),
    );
    db.close();
  });

  it('an open older connection does not block the upgrade', async () => {
    await WRITERS[1]!();
    // A version 1 connection still open (an older worker) gives way when the new code opens.
    const old = await openLensDbAt1();
    const db = await openLensDb();
    expect(db.version).toBe(DB_VERSION);
    expect((await currentDataset(db))?.version).toBe(2);
    db.close();
    old.close();
  });
});

/** How version 1 of the extension opened its database, including giving way to a newer one. */
async function openLensDbAt1() {
  return openDB(DB_NAME, 1, {
    blocking(_current, _blocked, event) {
      (event.target as IDBDatabase).close();
    },
  });
}
