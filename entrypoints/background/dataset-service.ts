/**
 * The background's view of the stored dataset: seeds it from the bundled snapshot when needed,
 * and answers the content scripts and pages. Caches what it derives (severities, the search
 * index) in memory for as long as the service worker lives, keyed by dataset version and day.
 */
import {
  allEntities,
  currentDataset,
  entitiesById,
  storedPack,
  type Db,
  type StoredDataset,
} from '../../lib/data/db.ts';
import { localIsoDate } from '../../lib/data/dates.ts';
import { buildSearchIndex, search, type SearchIndex } from '../../lib/data/search.ts';
import { seedFromBundled, type SeedResult } from '../../lib/data/seed.ts';
import { entityStatus, type Severity } from '../../lib/data/status.ts';
import type { Program } from '../../lib/data/schema.ts';
import type {
  DataInfo,
  EntitiesResponse,
  MatchPackResponse,
  ProgramSummary,
  SearchResponse,
} from '../../lib/messaging.ts';

export interface ServiceEnv {
  openDb: () => Promise<Db>;
  bundledText: () => Promise<string>;
  now: () => Date;
}

interface DayCache {
  key: string;
  severities?: Severity[];
  index?: SearchIndex;
}

export type DatasetService = ReturnType<typeof createDatasetService>;

export function summarizePrograms(programs: readonly Program[]): ProgramSummary[] {
  return programs.map((p) => ({
    id: p.id,
    short_name: p.short_name,
    name: p.name,
    authority: p.authority,
    rules: p.rules,
  }));
}

export function createDatasetService(env: ServiceEnv) {
  let dbPromise: Promise<Db> | undefined;
  let ready: Promise<StoredDataset> | undefined;
  let cache: DayCache = { key: '' };

  const db = () => (dbPromise ??= env.openDb());

  /** The current dataset, seeding from the bundled snapshot if the database has none. */
  function current(): Promise<StoredDataset> {
    ready ??= (async () => {
      const d = await db();
      let stored = await currentDataset(d);
      if (!stored) {
        await seedFromBundled(d, env.bundledText, env.now());
        stored = await currentDataset(d);
      }
      if (!stored) throw new Error('no dataset could be installed');
      return stored;
    })();
    // A failure must not stick: the next request tries again.
    ready.catch(() => (ready = undefined));
    return ready;
  }

  function info(stored: StoredDataset): DataInfo {
    return { datasetVersion: stored.version, asOf: stored.asOf, lastSync: null };
  }

  function dayCache(stored: StoredDataset): DayCache {
    const key = `${stored.version}:${localIsoDate(env.now())}`;
    if (cache.key !== key) cache = { key };
    return cache;
  }

  return {
    async seed(): Promise<SeedResult> {
      const result = await seedFromBundled(await db(), env.bundledText, env.now());
      ready = undefined;
      return result;
    },

    async matchPack(have?: number): Promise<MatchPackResponse> {
      const stored = await current();
      const d = await db();
      const day = dayCache(stored);
      const pack = have === stored.version ? undefined : await storedPack(d, stored.version);
      if (!day.severities) {
        const today = localIsoDate(env.now());
        const packed = pack ?? (await storedPack(d, stored.version));
        if (!packed) throw new Error(`no match pack for dataset ${stored.version}`);
        const severity = new Map(
          (await allEntities(d)).map((e) => [
            e.id,
            entityStatus(e, stored.programs, today).severity,
          ]),
        );
        // In the pack's entity order: the content script indexes severities by pack entity.
        day.severities = packed.entities.map((id) => severity.get(id) ?? 'history');
      }
      return { ...info(stored), ...(pack ? { pack } : {}), severities: day.severities };
    },

    async entities(ids: readonly string[]): Promise<EntitiesResponse> {
      const stored = await current();
      const entities = await entitiesById(await db(), ids);
      return { ...info(stored), entities, programs: summarizePrograms(stored.programs) };
    },

    async search(query: string): Promise<SearchResponse> {
      const stored = await current();
      const day = dayCache(stored);
      day.index ??= buildSearchIndex(
        await allEntities(await db()),
        stored.programs,
        localIsoDate(env.now()),
      );
      return { ...info(stored), query, hits: search(day.index, query) };
    },
  };
}
