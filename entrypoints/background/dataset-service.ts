/**
 * The background's view of the stored dataset: seeds it from the bundled snapshot when needed,
 * and answers the content scripts and pages. Caches what it derives (each entity's severity
 * and display, the search index) in memory for as long as the service worker lives, keyed by
 * dataset version, day and the preferences that matter; a sync calls invalidate() after it
 * installs a dataset or records a result.
 */
import {
  allEntities,
  currentDataset,
  entitiesById,
  searchDataFor,
  storedPack,
  syncState,
  type Db,
  type StoredDataset,
} from '../../lib/data/db.ts';
import { localIsoDate } from '../../lib/data/dates.ts';
import { entityDisplay, type DisplayPreferences } from '../../lib/data/display.ts';
import { indexWithSeverities, search, type SearchIndex } from '../../lib/data/search.ts';
import { seedFromBundled, type SeedResult } from '../../lib/data/seed.ts';
import {
  entityStatus,
  LISTS_IN_ORDER,
  SEVERITY_RANK,
  type Severity,
} from '../../lib/data/status.ts';
import type { Program } from '../../lib/data/schema.ts';
import { readPayload } from '../../lib/feed/read.ts';
import { compilePack, PACK_VERSION, type MatchPack } from '../../lib/matcher/pack.ts';
import type {
  DataInfo,
  Display,
  EntitiesResponse,
  MatchPackResponse,
  PageState,
  PageSummaryEntry,
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
  /** Severity by entity id, whatever the preferences (the toolbar lookup shows every list). */
  severityById?: Map<string, Severity>;
  /** Display by entity id, under the preferences. */
  display?: Map<string, Display>;
  names?: Map<string, string>;
  /** The lists each entity is shown for under the preferences, worst first (page panel). */
  shownLists?: Map<string, PageSummaryEntry['lists']>;
  index?: SearchIndex;
}

interface Ready {
  stored: StoredDataset;
  /** ISO instant of the last successful sync, or null. */
  lastSync: string | null;
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

  async function dayCache(stored: StoredDataset): Promise<DayCache> {
    const prefs = JSON.stringify(await env.displayPreferences());
    const key = `${stored.version}:${localIsoDate(env.now())}:${prefs}`;
    if (cache.key !== key) cache = { key };
    return cache;
  }

  /** Every company's severity, display and name today (once per dataset, day and preferences). */
  async function derived(
    stored: StoredDataset,
  ): Promise<Required<Omit<DayCache, 'key' | 'index'>>> {
    const day = await dayCache(stored);
    if (!day.severityById || !day.display || !day.names || !day.shownLists) {
      const today = localIsoDate(env.now());
      const prefs = await env.displayPreferences();
      const entities = await allEntities(await db());
      day.shownLists = new Map(
        entities.map((e) => [
          e.id,
          entityStatus(e, stored.programs, today)
            // As on the page: lists switched off, and history when it is hidden, are not shown.
            .lists.filter(
              (l) => prefs.lists[l.list] && (prefs.showHistory || l.severity !== 'history'),
            )
            .map((l) => ({ list: l.list, severity: l.severity }))
            .sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity]),
        ]),
      );
      day.severityById = new Map(
        entities.map((e) => [e.id, entityStatus(e, stored.programs, today).severity]),
      );
      day.display = new Map(
        entities.map((e) => [e.id, entityDisplay(e, stored.programs, today, prefs)]),
      );
      day.names = new Map(entities.map((e) => [e.id, e.name]));
    }
    return {
      severityById: day.severityById,
      display: day.display,
      names: day.names,
      shownLists: day.shownLists,
    };
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
      const r = await current();
      const pack = await currentPack(r.stored);
      const { display } = await derived(r.stored);
      // In the pack's entity order: the content script indexes display by pack entity.
      return {
        ...info(r),
        ...(have === r.stored.version ? {} : { pack }),
        display: pack.entities.map((id) => display.get(id) ?? 'hidden'),
      };
    },

    async displayOf(id: string): Promise<Display> {
      return (await derived((await current()).stored)).display.get(id) ?? 'hidden';
    },

    async pageSummary(
      tabId: number,
      page: PageState,
      counts: ReadonlyMap<string, number>,
    ): Promise<PageSummaryResponse> {
      const r = await current();
      const { display, names, shownLists } = await derived(r.stored);
      const entities = [...counts]
        .map(([id, count]) => ({
          id,
          name: names.get(id) ?? id,
          count,
          display: display.get(id) ?? 'hidden',
          lists: shownLists.get(id) ?? [],
        }))
        .filter((e) => e.display !== 'hidden')
        .sort(
          (a, b) =>
            RANK[b.display] - RANK[a.display] || b.count - a.count || a.name.localeCompare(b.name),
        );
      const prefs = await env.displayPreferences();
      return {
        ...info(r),
        tabId,
        page,
        searched: LISTS_IN_ORDER.filter((l) => prefs.lists[l]),
        showHistory: prefs.showHistory,
        entities: page.kind === 'scanned' ? entities : [],
      };
    },

    async entities(ids: readonly string[]): Promise<EntitiesResponse> {
      const r = await current();
      const entities = await entitiesById(await db(), ids);
      return { ...info(r), entities, programs: summarizePrograms(r.stored.programs) };
    },

    async search(query: string): Promise<SearchResponse> {
      const r = await current();
      const day = await dayCache(r.stored);
      if (!day.index) {
        const [data, { severityById }] = await Promise.all([
          searchDataFor(await db(), r.stored.version),
          derived(r.stored),
        ]);
        day.index = indexWithSeverities(data, (id) => severityById.get(id) ?? 'history');
      }
      return { ...info(r), query, hits: search(day.index, query) };
    },
  };
}
