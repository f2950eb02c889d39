/**
 * The data the extension uses and how the last syncs went, in words: the dataset's version and
 * date, the last successful sync, the last attempt and the last error; "Sync now", and going
 * back to the previous dataset when there is one.
 */
import type { I18n } from '../lib/i18n/i18n.ts';
import { syncErrorLine, syncResultLine } from '../lib/i18n/sync-words.ts';
import type { SyncStatusResponse } from '../lib/messaging.ts';

export interface SyncStatusProps {
  status: SyncStatusResponse;
  i18n: I18n;
  /** A request from this page is under way (the buttons wait for it). */
  busy: boolean;
  onSyncNow: () => void;
  onRollback: () => void;
}

export function SyncStatus({ status, i18n, busy, onSyncNow, onRollback }: SyncStatusProps) {
  const { dataset, lastAttempt, lastSuccess, lastError } = status;
  const attempt = lastAttempt
    ? lastAttempt.result
      ? syncResultLine(i18n, lastAttempt.result)
      : status.running
        ? i18n.t('sync.running')
        : i18n.t('sync.interrupted')
    : null;
  return (
    <div class="dl-sync">
      <p data-sync="dataset">
        {i18n.t('sync.dataset', { version: dataset.version, date: i18n.date(dataset.asOf) })}
        {' · '}
        {dataset.source === 'feed'
          ? i18n.t('sync.source.feed', { time: i18n.dateTime(dataset.installedAt) })
          : i18n.t('sync.source.bundled')}
      </p>
      <p data-sync="last-success">
        {lastSuccess
          ? i18n.t('sync.lastSuccess', { time: i18n.dateTime(lastSuccess.at) })
          : i18n.t('sync.neverSucceeded')}
      </p>
      {lastAttempt && (
        <p
          data-sync="last-attempt"
          // For tests and tools: which attempt this is, and whether it has a result.
          data-started={lastAttempt.startedAt}
          data-finished={lastAttempt.result ? 'yes' : 'no'}
        >
          {i18n.t('sync.lastAttempt', { time: i18n.dateTime(lastAttempt.startedAt) })}
          {' · '}
          {attempt}
        </p>
      )}
      <p data-sync="last-error" class={lastError ? 'dl-sync-error' : undefined}>
        {lastError
          ? i18n.t('sync.lastError', {
              time: i18n.dateTime(lastError.at),
              error: syncErrorLine(i18n, lastError.error),
            })
          : i18n.t('sync.noError')}
      </p>
      <p class="dl-muted" data-sync="interval">
        {i18n.t('sync.every', { hours: status.intervalHours })}
      </p>
      <div class="dl-actions">
        <button type="button" onClick={onSyncNow} disabled={busy || status.running}>
          {busy || status.running ? i18n.t('sync.running') : i18n.t('sync.now')}
        </button>
        {status.previous && (
          <button type="button" class="dl-secondary" onClick={onRollback} disabled={busy}>
            {i18n.t('sync.rollback', { version: status.previous.version })}
          </button>
        )}
      </div>
    </div>
  );
}
