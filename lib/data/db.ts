/**
 * The extension's IndexedDB, opened only by the background (a content script's IndexedDB
 * belongs to the web page's origin). Every dataset change is one transaction: the stored
 * dataset, its entities and its match pack always belong to the same version.
 *
 * Version history (each upgrade step is kept, and tested from every earlier version):
 *   1  datasets (current, previous), entities, packs
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Dataset, Entity, Program } from './schema.ts';
import type { MatchPack } from '../matcher/pack.ts';

export const DB_NAME = 'designation-lens';
export const DB_VERSION = 1;

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

export interface LensDB extends DBSchema {
  datasets: { key: 'current' | 'previous'; value: StoredDataset };
  entities: { key: string; value: Entity };
  packs: { key: number; value: { datasetVersion: number; pack: MatchPack } };
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
    },
  });
}

export async function currentDataset(db: Db): Promise<StoredDataset | undefined> {
  return db.get('datasets', 'current');
}

/**
 * Makes `dataset` the current one in a single transaction; the one it replaces becomes
 * "previous". The pack is compiled by the caller first: a transaction must not wait on other
 * work, or IndexedDB commits it early.
 */
export async function installDataset(
  db: Db,
  dataset: Dataset,
  payload: string,
  pack: MatchPack,
  source: StoredDataset['source'],
  now: Date,
): Promise<void> {
  const tx = db.transaction(['datasets', 'entities', 'packs'], 'readwrite');
  const datasets = tx.objectStore('datasets');
  const old = await datasets.get('current');
  const writes: Promise<unknown>[] = [];
  if (old) writes.push(datasets.put(old, 'previous'));
  writes.push(
    datasets.put(
      {
        version: dataset.dataset_version,
        asOf: dataset.as_of,
        source,
        installedAt: now.toISOString(),
        programs: dataset.programs,
        payload,
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
    packs.put({ datasetVersion: dataset.dataset_version, pack }, dataset.dataset_version),
  );
  await Promise.all([...writes, tx.done]);
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
