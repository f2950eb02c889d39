/**
 * The background's view of the stored dataset: seeds it from the bundled snapshot when needed,
 * and answers the content scripts and pages. Caches what it derives (each entity's display, the
 * search index) in memory for as long as the service worker lives, keyed by dataset version,
 * day and the preferences that matter.
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
import { entityDisplay, type DisplayPreferences } from '../../lib/data/display.ts';
import type { Program } from '../../lib/data/schema.ts';
import { readPayload } from '../../lib/feed/read.ts';
import { compilePack, PACK_VERSION, type MatchPack } from '../../lib/matcher/pack.ts';
import type {
  DataInfo,
  Display,
  EntitiesResponse,
  MatchPackResponse,
  PageSummaryResponse,
  ProgramSummary,
  SearchResponse,
} from '../../lib/messaging.ts';

export interface ServiceEnv {
  openDb: () => Promise<Db>;
  bundledText: () => Promise<string>;
  now: () => Date;
  /** The preferences that decide how entities show (lists on or off, history). */
  displayPreferences: () => Promise<DisplayPreferences>;
}

interface DayCache {
  key: string;
  /** Display by entity id. */
  display?: Map<string, Display>;
  names?: Map<string, string>;
  index?: SearchIndex;
}

export type DatasetService = ReturnType<typeof createDatasetService>;

const RANK: Record<Display, number> = { hidden: -1, history: 0, listed: 1, ban: 2 };

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

  async function dayCache(stored: StoredDataset): Promise<DayCache> {
    const key = `${stored.version}:${localIsoDate(env.now())}:${JSON.stringify(await env.displayPreferences())}`;
    if (cache.key !== key) cache = { key };
    return cache;
  }

  /** Each entity's display today, and its name (computed once per dataset, day and preferences). */
  async function displays(
    stored: StoredDataset,
  ): Promise<{ display: Map<string, Display>; names: Map<string, string> }> {
    const day = await dayCache(stored);
    if (!day.display || !day.names) {
      const today = localIsoDate(env.now());
      const prefs = await env.displayPreferences();
      const entities = await allEntities(await db());
      day.display = new Map(
        entities.map((e) => [e.id, entityDisplay(e, stored.programs, today, prefs)]),
      );
      day.names = new Map(entities.map((e) => [e.id, e.name]));
    }
    return { display: day.display, names: day.names };
  }

  /**
   * The stored pack, recompiled from the stored dataset when it is missing or was built by an
   * older extension with another pack layout.
   */
  async function currentPack(stored: StoredDataset): Promise<MatchPack> {
    const d = await db();
    const pack = await storedPack(d, stored.version);
    if (pack?.version === PACK_VERSION) return pack;
    const fresh = compilePack(readPayload(stored.payload));
    await d.put('packs', { datasetVersion: stored.version, pack: fresh }, stored.version);
    return fresh;
  }

  return {
    async seed(): Promise<SeedResult> {
      const result = await seedFromBundled(await db(), env.bundledText, env.now());
      ready = undefined;
      return result;
    },

    async matchPack(have?: number): Promise<MatchPackResponse> {
      const stored = await current();
      const pack = await currentPack(stored);
      const { display } = await displays(stored);
      // In the pack's entity order: the content script indexes display by pack entity.
      return {
        ...info(stored),
        ...(have === stored.version ? {} : { pack }),
        display: pack.entities.map((id) => display.get(id) ?? 'hidden'),
      };
    },

    async displayOf(id: string): Promise<Display> {
      return (await displays(await current())).display.get(id) ?? 'hidden';
    },

    async pageSummary(
      tabId: number,
      counts: ReadonlyMap<string, number>,
    ): Promise<PageSummaryResponse> {
      const stored = await current();
      const { display, names } = await displays(stored);
      const entities = [...counts]
        .map(([id, count]) => ({
          id,
          name: names.get(id) ?? id,
          count,
          display: display.get(id) ?? 'hidden',
        }))
        .filter((e) => e.display !== 'hidden')
        .sort(
          (a, b) =>
            RANK[b.display] - RANK[a.display] || b.count - a.count || a.name.localeCompare(b.name),
        );
      return { ...info(stored), tabId, entities };
    },

    async entities(ids: readonly string[]): Promise<EntitiesResponse> {
      const stored = await current();
      const entities = await entitiesById(await db(), ids);
      return { ...info(stored), entities, programs: summarizePrograms(stored.programs) };
    },

    async search(query: string): Promise<SearchResponse> {
      const stored = await current();
      const day = await dayCache(stored);
      day.index ??= buildSearchIndex(
        await allEntities(await db()),
        stored.programs,
        localIsoDate(env.now()),
      );
      return { ...info(stored), query, hits: search(day.index, query) };
    },
  };
}
