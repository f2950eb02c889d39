/**
 * The background's sync: one sync at a time (an alarm and "Sync now" share a running one), the
 * feed address (the build's default or the user's mirror, with that origin's permission), and
 * what the options page shows. After an update it tells the dataset service, the open tabs and,
 * for watched companies, the user. The work itself is lib/data/sync.ts.
 */
import { changeLog, previousDataset, syncState } from '../../lib/data/db.ts';
import { changeItems } from '../../lib/data/change-items.ts';
import { rollbackDataset } from '../../lib/data/rollback.ts';
import { syncFeed, type SyncOutcome } from '../../lib/data/sync.ts';
import type { SyncResult } from '../../lib/data/sync-state.ts';
import type { DownloadLimits, FetchLike } from '../../lib/feed/download.ts';
import type { TrustedKey } from '../../lib/feed/keys.ts';
import type { ChangeLogResponse, SyncStatusResponse } from '../../lib/messaging.ts';
import { feedItem, originPattern } from '../../lib/settings/feed.ts';
import { preferencesItem } from '../../lib/settings/preferences.ts';
import { readItem, writeItem, type StorageAreaLike } from '../../lib/settings/store.ts';
import type { DatasetService } from './dataset-service.ts';

export interface SyncServiceEnv {
  dataset: DatasetService;
  now: () => Date;
  fetch: FetchLike;
  keys: readonly TrustedKey[];
  limits: DownloadLimits;
  defaultFeedUrl: string;
  /** storage.local (the feed address) and storage.sync (the preferences). */
  local: StorageAreaLike;
  sync: StorageAreaLike;
  /** Whether the extension holds these host permissions. */
  hasOrigins: (origins: string[]) => Promise<boolean>;
  /** A new dataset is current (after a sync or a rollback): tell the tabs. */
  datasetChanged: (version: number) => Promise<void>;
  /** A sync installed an update: notify about watched companies. */
  updated: (outcome: SyncOutcome) => Promise<void>;
}

export type SyncService = ReturnType<typeof createSyncService>;

export function createSyncService(env: SyncServiceEnv) {
  let running: Promise<SyncOutcome> | null = null;

  async function feedUrl(): Promise<{ url: string; custom: boolean }> {
    const chosen = (await readItem(env.local, feedItem)).value.url;
    return { url: chosen ?? env.defaultFeedUrl, custom: chosen !== null };
  }

  async function intervalHours(): Promise<number> {
    return (await readItem(env.sync, preferencesItem)).value.syncIntervalHours;
  }

  async function run(): Promise<SyncOutcome> {
    // Seeded first, so that the feed is compared with the bundled data on a fresh install.
    await env.dataset.current();
    const { url } = await feedUrl();
    const outcome = await syncFeed({
      db: await env.dataset.db(),
      fetch: env.fetch,
      now: env.now,
      feedUrl: url,
      keys: env.keys,
      limits: env.limits,
      allowed: () => env.hasOrigins([originPattern(url)]),
    });
    env.dataset.invalidate();
    if (outcome.result.kind === 'updated') {
      await env.datasetChanged(outcome.result.to);
      await env.updated(outcome);
    }
    return outcome;
  }

  async function status(result?: SyncResult): Promise<SyncStatusResponse> {
    const current = await env.dataset.current();
    const db = await env.dataset.db();
    const [state, previous, feed, hours] = await Promise.all([
      syncState(db),
      previousDataset(db),
      feedUrl(),
      intervalHours(),
    ]);
    return {
      dataset: {
        version: current.version,
        asOf: current.asOf,
        source: current.source,
        installedAt: current.installedAt,
      },
      previous: previous ? { version: previous.version, asOf: previous.asOf } : null,
      feed: { ...feed, defaultUrl: env.defaultFeedUrl },
      running: running !== null,
      intervalHours: hours,
      lastAttempt: state.lastAttempt ?? null,
      lastSuccess: state.lastSuccess ?? null,
      lastError: state.lastError ?? null,
      ...(result ? { result } : {}),
    };
  }

  return {
    intervalHours,

    /** Runs a sync, or joins the one already running. */
    syncNow(): Promise<SyncOutcome> {
      running ??= run().finally(() => (running = null));
      return running;
    },

    status,

    async changeLog(limit?: number): Promise<ChangeLogResponse> {
      const entries = await changeLog(await env.dataset.db(), limit);
      return {
        entries: entries.map((c) => ({
          id: c.id!,
          at: c.at,
          source: c.source,
          from: c.diff.from,
          to: c.diff.to,
          ...changeItems(c.diff),
        })),
      };
    },

    async setFeedUrl(url: string | null): Promise<SyncStatusResponse> {
      // The page asked the user for the origin first; without it the address is not kept.
      if (url !== null && !(await env.hasOrigins([originPattern(url)])))
        throw new Error(`no permission for ${new URL(url).origin}`);
      await writeItem(env.local, feedItem, { url });
      return status();
    },

    async rollback(): Promise<SyncStatusResponse> {
      // Not while a sync may be installing.
      await running?.catch(() => undefined);
      const result = await rollbackDataset(await env.dataset.db(), env.now());
      env.dataset.invalidate();
      if (result.kind === 'rolled-back') await env.datasetChanged(result.to);
      return status();
    },
  };
}
