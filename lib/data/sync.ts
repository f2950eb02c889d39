/**
 * One sync: download the feed, check it, and install it, or say why not. The order matters:
 *
 *   download (conditional, bounded) -> envelope -> signature -> payload JSON -> dataset schema
 *   -> version (lower: refused; equal: up to date) -> diff, pack, search entries
 *   -> one IndexedDB transaction: dataset (the old one kept as previous), entities, pack,
 *      search entries, change log entry, sync state
 *
 * Nothing is written before the last step, and the last step is all or nothing, so whatever
 * fails (the network, the server, the file, the signature, the worker being stopped) the data
 * the user had stays. The sync state records the attempt when it starts (an attempt without a
 * result was interrupted), and its result when it ends, as codes (lib/data/sync-state.ts).
 *
 * Pure of the browser: fetch, the clock, the database, the trusted keys and the limits are
 * passed in.
 */
import { compilePack } from '../matcher/pack.ts';
import {
  downloadFeed,
  DownloadError,
  type DownloadLimits,
  type FetchLike,
} from '../feed/download.ts';
import type { TrustedKey } from '../feed/keys.ts';
import { FeedError, parseEnvelope, readPayload } from '../feed/read.ts';
import { verifyEnvelope } from '../feed/verify.ts';
import {
  currentDataset,
  installDataset,
  syncState,
  updateSyncState,
  type ChangeRecord,
  type Db,
  type StoredDataset,
} from './db.ts';
import { affectedEntityIds, diffDatasets } from './diff.ts';
import type { Dataset } from './schema.ts';
import { recordResult, type SyncError, type SyncResult, type SyncState } from './sync-state.ts';

export const DEFAULT_LIMITS: DownloadLimits = { timeoutMs: 30_000, maxBytes: 8 * 1024 * 1024 };

export interface SyncEnv {
  db: Db;
  fetch: FetchLike;
  now: () => Date;
  feedUrl: string;
  keys: readonly TrustedKey[];
  limits: DownloadLimits;
  /** Whether the extension may contact the feed's origin (a mirror needs the user's grant). */
  allowed?: () => Promise<boolean>;
  subtle?: SubtleCrypto;
}

export interface SyncOutcome {
  result: SyncResult;
  /** The change log entry written with an update. */
  change?: ChangeRecord;
  state: SyncState;
}

class SyncFailure extends Error {
  constructor(readonly error: SyncError) {
    super(error.detail ?? error.code);
  }
}

export async function syncFeed(env: SyncEnv): Promise<SyncOutcome> {
  const { db } = env;
  const startedAt = env.now().toISOString();
  await updateSyncState(db, (old) => ({ ...old, lastAttempt: { startedAt } }));
  let outcome: { result: SyncResult; change?: ChangeRecord; installed?: SyncState };
  try {
    outcome = await attempt(env, startedAt);
  } catch (err) {
    outcome = { result: { kind: 'failed', ...toSyncError(err) } };
  }
  if (outcome.installed)
    return { result: outcome.result, change: outcome.change, state: outcome.installed };
  const finishedAt = env.now().toISOString();
  const state = await updateSyncState(db, (old) =>
    recordResult(old, startedAt, finishedAt, outcome.result),
  );
  return { result: outcome.result, state };
}

async function attempt(
  env: SyncEnv,
  startedAt: string,
): Promise<{ result: SyncResult; change?: ChangeRecord; installed?: SyncState }> {
  const { db } = env;
  if (env.allowed && !(await env.allowed()))
    throw new SyncFailure({ code: 'no-permission', detail: `no permission for ${env.feedUrl}` });

  let current = await currentDataset(db);
  const known = (await syncState(db)).validators;
  const usable = known && known.url === env.feedUrl && known.version === current?.version;
  const download = await downloadFeed(
    env.fetch,
    env.feedUrl,
    usable ? { etag: known.etag, lastModified: known.lastModified } : {},
    env.limits,
  );
  if (download.kind === 'not-modified') {
    if (!current) throw new SyncFailure({ code: 'http', status: 304, detail: '304 with no data' });
    return { result: { kind: 'up-to-date', version: current.version, asOf: current.asOf } };
  }

  const envelope = parseEnvelope(download.text);
  // The signature first: nothing in an unverified payload is read.
  await verifyEnvelope(envelope, env.keys, env.subtle);
  const dataset = readPayload(envelope.payload);
  const validators = {
    url: env.feedUrl,
    version: dataset.dataset_version,
    ...download.validators,
  };

  // Twice at most: if another install (the bundled snapshot after an update) gets in between,
  // decide again against what is current then.
  for (let round = 0; round < 2; round++) {
    if (current && dataset.dataset_version < current.version)
      throw new SyncFailure({
        code: 'older',
        feedVersion: dataset.dataset_version,
        haveVersion: current.version,
      });
    if (current && dataset.dataset_version === current.version) {
      await updateSyncState(db, (old) => ({ ...old, validators }));
      return { result: { kind: 'up-to-date', version: current.version, asOf: current.asOf } };
    }
    const skip = (await syncState(db)).skipUpTo;
    if (skip !== undefined && dataset.dataset_version <= skip && current)
      return {
        result: {
          kind: 'up-to-date',
          version: current.version,
          asOf: current.asOf,
          heldBack: dataset.dataset_version,
        },
      };

    const result: SyncResult = {
      kind: 'updated',
      from: current?.version ?? null,
      to: dataset.dataset_version,
      asOf: dataset.as_of,
    };
    const change = changeFrom(current, dataset, env.now());
    const pack = compilePack(dataset);
    let installedState: SyncState | undefined;
    let installed: boolean;
    try {
      installed = await installDataset(db, {
        dataset,
        payload: envelope.payload,
        pack,
        source: 'feed',
        now: env.now(),
        replaces: current?.version ?? null,
        ...(change ? { change } : {}),
        sync: (old) => {
          // A newer version than any rolled back from: nothing is held back any more.
          installedState = {
            ...recordResult(old, startedAt, env.now().toISOString(), result),
            validators,
          };
          delete installedState.skipUpTo;
          return installedState;
        },
      });
    } catch (err) {
      throw new SyncFailure({ code: 'storage', detail: describe(err) });
    }
    if (installed) return { result, ...(change ? { change } : {}), installed: installedState! };
    current = await currentDataset(db);
  }
  throw new SyncFailure({ code: 'storage', detail: 'the stored dataset kept changing' });
}

/** The change log entry for replacing `current` by `next` (none if there is nothing to compare). */
function changeFrom(
  current: StoredDataset | undefined,
  next: Dataset,
  now: Date,
): Omit<ChangeRecord, 'id'> | undefined {
  if (!current) return undefined;
  let previous: Dataset;
  try {
    previous = readPayload(current.payload);
  } catch {
    // Stored by an older schema: it cannot be compared, and it is being replaced anyway.
    return undefined;
  }
  const diff = diffDatasets(previous, next);
  return { at: now.toISOString(), source: 'feed', diff, affected: affectedEntityIds(diff) };
}

function toSyncError(err: unknown): SyncError {
  if (err instanceof SyncFailure) return err.error;
  if (err instanceof DownloadError)
    return {
      code: err.code,
      ...(err.status !== undefined ? { status: err.status } : {}),
      detail: err.message,
    };
  if (err instanceof FeedError) return { code: err.code, detail: err.message };
  return { code: 'internal', detail: describe(err) };
}

function describe(err: unknown): string {
  return err instanceof Error ? `${err.name}: ${err.message}` : String(err);
}
