/**
 * What the background remembers about syncing (IndexedDB "sync", key "state"), as codes and
 * numbers: the options page turns them into words (lib/i18n, "sync.*"), so the record stays the
 * same whatever the user's language.
 */

/** Why a sync did not apply a feed. Each has a sentence in lib/i18n (sync.error.<code>). */
export const SYNC_ERROR_CODES = [
  /** The feed is on a mirror whose origin the user has not (or no longer) granted. */
  'no-permission',
  /** No answer: offline, the server refused or reset the connection, the name did not resolve. */
  'network',
  'timeout',
  /** The server answered with an error status (`status`). */
  'http',
  /** The server sent the feed elsewhere; only the configured origin is ever contacted. */
  'redirected',
  /** The connection broke while the file was downloading. */
  'truncated',
  'too-large',
  'not-json',
  'bad-envelope',
  'unsigned',
  'unknown-key',
  'bad-signature',
  'bad-payload',
  'invalid-data',
  /** The feed's dataset is older than the one installed (`feedVersion` < `haveVersion`). */
  'older',
  /** The browser's database refused the update. */
  'storage',
  /** A fault in the extension itself. */
  'internal',
] as const;

export type SyncErrorCode = (typeof SYNC_ERROR_CODES)[number];

export interface SyncError {
  code: SyncErrorCode;
  /** HTTP status, for "http". */
  status?: number;
  feedVersion?: number;
  haveVersion?: number;
  /** The technical message, in English, for bug reports. */
  detail?: string;
}

export type SyncResult =
  | { kind: 'updated'; from: number | null; to: number; asOf: string }
  /** `heldBack`: the feed's version, not installed because the user rolled back from it. */
  | { kind: 'up-to-date'; version: number; asOf: string; heldBack?: number }
  | ({ kind: 'failed' } & SyncError);

export type SyncSuccess = Extract<SyncResult, { kind: 'updated' | 'up-to-date' }>;

export interface SyncState {
  /** Written when a sync starts; `result` is missing if it never finished (the worker died). */
  lastAttempt?: { startedAt: string; finishedAt?: string; result?: SyncResult };
  lastSuccess?: { at: string; result: SyncSuccess };
  lastError?: { at: string; error: SyncError };
  /**
   * The feed's ETag and Last-Modified for the dataset they came with: sent as If-None-Match and
   * If-Modified-Since only while that URL and that dataset version are the current ones.
   */
  validators?: { url: string; version: number; etag?: string; lastModified?: string };
  /**
   * Set by a rollback from version N: the feed's versions up to N are not installed again (the
   * publisher fixes a bad dataset by publishing a newer one). Cleared by the next update.
   */
  skipUpTo?: number;
}

/** The state after a sync finished with `result`. */
export function recordResult(
  old: SyncState | undefined,
  startedAt: string,
  finishedAt: string,
  result: SyncResult,
): SyncState {
  const next: SyncState = { ...old, lastAttempt: { startedAt, finishedAt, result } };
  if (result.kind === 'failed') {
    const { kind, ...error } = result;
    void kind;
    next.lastError = { at: finishedAt, error };
  } else {
    next.lastSuccess = { at: finishedAt, result };
  }
  return next;
}
