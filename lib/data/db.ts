/**
 * The extension's IndexedDB, opened only by the background (a content script's IndexedDB
 * belongs to the web page's origin). Every dataset change is one transaction: the stored
 * dataset, its entities, its match pack, its search index, the change log entry and the sync
 * state always belong to the same version. Either all of it is written or none of it (a worker
 * killed mid-way leaves the database as it was).
 *
 * Version history (each upgrade step is kept, and tested from every earlier version with data
 * in it: tests/unit/data/db-upgrade.test.ts):
 *   1  datasets (current, previous), entities, packs
 *   2  + changes (the change log, one record per installed update, auto-numbered),
 *      + sync (the sync state, key "state"), + search (the lookup's entries per dataset version).
 *      Version 1 data is kept as it is; a dataset installed before version 2 gets its search
 *      data on first use (searchDataFor).
 * The search record's layout has its own version (SEARCH_FORMAT in search.ts): a record written
 * by an older build ({ datasetVersion, entries }) is rebuilt on first use, never read.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { DatasetDiff } from './diff.ts';
import type { Dataset, Entity, Program } from './schema.ts';
import { isCurrentSearchData, searchData, type SearchData } from './search.ts';
import { readPayload } from '../feed/read.ts';
import type { SyncState } from './sync-state.ts';
import type { MatchPack } from '../matcher/pack.ts';

export const DB_NAME = 'designation-lens';
export const DB_VERSION = 2;

/** How many updates the change log keeps; older entries are dropped as new ones arrive. */
export const CHANGE_LOG_LIMIT = 50;

export interface StoredDataset {
  version: number;
  asOf: string;
  source: 'bundled' | 'feed';
  /** ISO instant. */
  installedAt: string;
  /** The programs (small; every status computation needs them). */
  programs: Program[];
  /** The dataset JSON exactly as received, so that it can be re-validated or rolled back to. */
  payload: string;
}

/** One installed update: what changed from the dataset it replaced. */
export interface ChangeRecord {
  /** Assigned by the database, in installation order. */
  id?: number;
  /** ISO instant of installation. */
  at: string;
  source: StoredDataset['source'] | 'rollback';
  diff: DatasetDiff;
  /** The companies the update changed (affectedEntityIds), for the watchlist. */
  affected: string[];
}

export interface LensDB extends DBSchema {
  datasets: { key: 'current' | 'previous'; value: StoredDataset };
  entities: { key: string; value: Entity };
  packs: { key: number; value: { datasetVersion: number; pack: MatchPack } };
  changes: { key: number; value: ChangeRecord };
  sync: { key: 'state'; value: SyncState };
  /**
   * The lookup's data per dataset version. `entries` is the layout of builds before
   * SEARCH_FORMAT 2: never read, only replaced.
   */
  search: { key: number; value: { datasetVersion: number; data?: SearchData; entries?: unknown } };
}

export type Db = IDBPDatabase<LensDB>;

export function openLensDb(factory?: IDBFactory): Promise<Db> {
  if (factory) globalThis.indexedDB ??= factory;
  return openDB<LensDB>(DB_NAME, DB_VERSION, {
    upgrade(db, oldVersion) {
      if (oldVersion < 1) {
        db.createObjectStore('datasets');
        db.createObjectStore('entities', { keyPath: 'id' });
        db.createObjectStore('packs');
      }
      if (oldVersion < 2) {
        db.createObjectStore('changes', { keyPath: 'id', autoIncrement: true });
        db.createObjectStore('sync');
        db.createObjectStore('search');
      }
    },
    // Another context (a newer worker after an update) needs a newer version: let go of this
    // connection so that its upgrade can run instead of waiting for this one to close.
    blocking(_current, _blocked, event) {
      (event.target as IDBDatabase).close();
    },
  });
}

export async function currentDataset(db: Db): Promise<StoredDataset | undefined> {
  return db.get('datasets', 'current');
}

export async function previousDataset(db: Db): Promise<StoredDataset | undefined> {
  return db.get('datasets', 'previous');
}

export interface Install {
  dataset: Dataset;
  /** The dataset JSON as received (a feed's payload, the snapshot's payload). */
  payload: string;
  /** Compiled by the caller first: a transaction must not wait on other work, or it commits early. */
  pack: MatchPack;
  source: StoredDataset['source'];
  now: Date;
  /**
   * The current version the caller decided against (null: none). If another install got in
   * first, nothing is written and installDataset returns false.
   */
  replaces: number | null;
  /** The change log entry, when there is a dataset to compare with. */
  change?: Omit<ChangeRecord, 'id'>;
  /** The new sync state, from the stored one. */
  sync?: (old: SyncState | undefined) => SyncState;
}

/**
 * Makes `dataset` the current one in a single transaction; the one it replaces becomes
 * "previous" (kept for rollback). Returns false, having written nothing, when the current
 * dataset is no longer the one the caller expected.
 */
export async function installDataset(db: Db, install: Install): Promise<boolean> {
  const { dataset, now } = install;
  const search = searchData(dataset);
  const tx = db.transaction(
    ['datasets', 'entities', 'packs', 'search', 'changes', 'sync'],
    'readwrite',
  );
  const datasets = tx.objectStore('datasets');
  const [old, oldSync] = await Promise.all([
    datasets.get('current'),
    tx.objectStore('sync').get('state'),
  ]);
  if ((old?.version ?? null) !== install.replaces) {
    tx.abort();
    await tx.done.catch(() => undefined);
    return false;
  }
  const writes: Promise<unknown>[] = [];
  try {
    if (old) writes.push(datasets.put(old, 'previous'));
    writes.push(
      datasets.put(
        {
          version: dataset.dataset_version,
          asOf: dataset.as_of,
          source: install.source,
          installedAt: now.toISOString(),
          programs: dataset.programs,
          payload: install.payload,
        },
        'current',
      ),
    );
    const entities = tx.objectStore('entities');
    writes.push(entities.clear());
    for (const e of dataset.entities) writes.push(entities.put(e));
    const packs = tx.objectStore('packs');
    writes.push(packs.clear());
    writes.push(
      packs.put(
        { datasetVersion: dataset.dataset_version, pack: install.pack },
        dataset.dataset_version,
      ),
    );
    const searchStore = tx.objectStore('search');
    writes.push(searchStore.clear());
    writes.push(
      searchStore.put(
        { datasetVersion: dataset.dataset_version, data: search },
        dataset.dataset_version,
      ),
    );
    if (install.change) {
      const changes = tx.objectStore('changes');
      writes.push(
        changes.add(install.change).then(async () => {
          const keys = await changes.getAllKeys();
          await Promise.all(keys.slice(0, -CHANGE_LOG_LIMIT).map((k) => changes.delete(k)));
        }),
      );
    }
    if (install.sync) writes.push(tx.objectStore('sync').put(install.sync(oldSync), 'state'));
  } catch (err) {
    // A write that throws before reaching the database (a value that cannot be stored) must not
    // let the writes queued before it commit on their own.
    tx.abort();
    await Promise.allSettled([...writes, tx.done]);
    throw err;
  }
  await Promise.all([...writes, tx.done]);
  return true;
}

/** The sync state in its own small transaction (a sync that installs nothing). */
export async function updateSyncState(
  db: Db,
  change: (old: SyncState | undefined) => SyncState,
): Promise<SyncState> {
  const tx = db.transaction('sync', 'readwrite');
  const next = change(await tx.store.get('state'));
  await Promise.all([tx.store.put(next, 'state'), tx.done]);
  return next;
}

export async function syncState(db: Db): Promise<SyncState> {
  return (await db.get('sync', 'state')) ?? {};
}

/** The change log, newest first. */
export async function changeLog(db: Db, limit = CHANGE_LOG_LIMIT): Promise<ChangeRecord[]> {
  const all = await db.getAll('changes');
  return all.reverse().slice(0, limit);
}

/**
 * The lookup's data for a dataset version. Built from the stored dataset and stored on first use
 * when there is none (a dataset installed before the database had a search store) or when the
 * stored record has another layout (written by an older build).
 */
export async function searchDataFor(db: Db, datasetVersion: number): Promise<SearchData> {
  const stored = await db.get('search', datasetVersion);
  if (isCurrentSearchData(stored?.data)) return stored.data;
  const current = await db.get('datasets', 'current');
  if (current?.version !== datasetVersion)
    throw new Error(`dataset ${datasetVersion} is not the current one`);
  const data = searchData(readPayload(current.payload));
  const tx = db.transaction(['datasets', 'search'], 'readwrite');
  // Stored only if that dataset is still the current one: a sync may have replaced it meanwhile.
  if ((await tx.objectStore('datasets').get('current'))?.version === datasetVersion)
    await tx.objectStore('search').put({ datasetVersion, data }, datasetVersion);
  await tx.done;
  return data;
}

export async function entitiesById(db: Db, ids: readonly string[]): Promise<Entity[]> {
  const tx = db.transaction('entities');
  const found = await Promise.all(ids.map((id) => tx.store.get(id)));
  return found.filter((e): e is Entity => e !== undefined);
}

export async function allEntities(db: Db): Promise<Entity[]> {
  return db.getAll('entities');
}

export async function storedPack(db: Db, datasetVersion: number): Promise<MatchPack | undefined> {
  return (await db.get('packs', datasetVersion))?.pack;
}
