/**
 * The background's view of the stored dataset: seeds it from the bundled snapshot when needed,
 * and answers the content scripts and pages. Caches what it derives (severities, the search
 * index) in memory for as long as the service worker lives, keyed by dataset version and day;
 * a sync calls invalidate() after it installs a dataset or records a result.
 */
import {
  allEntities,
  currentDataset,
  entitiesById,
  searchEntriesFor,
  storedPack,
  syncState,
  type Db,
  type StoredDataset,
} from '../../lib/data/db.ts';
import { localIsoDate } from '../../lib/data/dates.ts';
import { indexWithSeverities, search, type SearchIndex } from '../../lib/data/search.ts';
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
  severityById?: Map<string, Severity>;
  severities?: Severity[];
  index?: SearchIndex;
}

interface Ready {
  stored: StoredDataset;
  /** ISO instant of the last successful sync, or null. */
  lastSync: string | null;
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
  let ready: Promise<Ready> | undefined;
  let cache: DayCache = { key: '' };

  const db = () => (dbPromise ??= env.openDb());

  /** The current dataset, seeding from the bundled snapshot if the database has none. */
  function current(): Promise<Ready> {
    ready ??= (async () => {
      const d = await db();
      let stored = await currentDataset(d);
      if (!stored) {
        await seedFromBundled(d, env.bundledText, env.now());
        stored = await currentDataset(d);
      }
      if (!stored) throw new Error('no dataset could be installed');
      const lastSync = (await syncState(d)).lastSuccess?.at ?? null;
      return { stored, lastSync };
    })();
    // A failure must not stick: the next request tries again.
    ready.catch(() => (ready = undefined));
    return ready;
  }

  function info({ stored, lastSync }: Ready): DataInfo {
    return { datasetVersion: stored.version, asOf: stored.asOf, lastSync };
  }

  /** Every company's severity today, computed once per dataset version and day. */
  async function severities(stored: StoredDataset): Promise<Map<string, Severity>> {
    const day = dayCache(stored);
    if (!day.severityById) {
      const today = localIsoDate(env.now());
      day.severityById = new Map(
        (await allEntities(await db())).map((e) => [
          e.id,
          entityStatus(e, stored.programs, today).severity,
        ]),
      );
    }
    return day.severityById;
  }

  function dayCache(stored: StoredDataset): DayCache {
    const key = `${stored.version}:${localIsoDate(env.now())}`;
    if (cache.key !== key) cache = { key };
    return cache;
  }

  return {
    db,

    async seed(): Promise<SeedResult> {
      const result = await seedFromBundled(await db(), env.bundledText, env.now());
      ready = undefined;
      return result;
    },

    /** The stored dataset, seeded if there is none. */
    async current(): Promise<StoredDataset> {
      return (await current()).stored;
    },

    /** Forget what was read from the database: a sync changed the dataset or its state. */
    invalidate(): void {
      ready = undefined;
    },

    async matchPack(have?: number): Promise<MatchPackResponse> {
      const ready = await current();
      const { stored } = ready;
      const d = await db();
      const day = dayCache(stored);
      const pack = have === stored.version ? undefined : await storedPack(d, stored.version);
      if (!day.severities) {
        const packed = pack ?? (await storedPack(d, stored.version));
        if (!packed) throw new Error(`no match pack for dataset ${stored.version}`);
        const severity = await severities(stored);
        // In the pack's entity order: the content script indexes severities by pack entity.
        day.severities = packed.entities.map((id) => severity.get(id) ?? 'history');
      }
      return { ...info(ready), ...(pack ? { pack } : {}), severities: day.severities };
    },

    async entities(ids: readonly string[]): Promise<EntitiesResponse> {
      const ready = await current();
      const entities = await entitiesById(await db(), ids);
      return { ...info(ready), entities, programs: summarizePrograms(ready.stored.programs) };
    },

    async search(query: string): Promise<SearchResponse> {
      const ready = await current();
      const { stored } = ready;
      const day = dayCache(stored);
      if (!day.index) {
        const [entries, severity] = await Promise.all([
          searchEntriesFor(await db(), stored.version),
          severities(stored),
        ]);
        day.index = indexWithSeverities(entries, (id) => severity.get(id) ?? 'history');
      }
      return { ...info(ready), query, hits: search(day.index, query) };
    },
  };
}
