/**
 * "Data and sync": the data's version and date, the sync state in words, "Sync now", going back
 * to the previous dataset, the feed address (with a mirror's permission asked for here, on the
 * user's click), and the change log.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { ChangeLog } from '../../components/ChangeLog.tsx';
import { FeedSettings } from '../../components/FeedSettings.tsx';
import { SyncStatus } from '../../components/SyncStatus.tsx';
import type { I18n } from '../../lib/i18n/i18n.ts';
import {
  request,
  type ChangeLogEntry,
  type SendMessage,
  type SyncStatusResponse,
} from '../../lib/messaging.ts';
import { feedUrlProblem, originPattern } from '../../lib/settings/feed.ts';

export interface Permissions {
  request(origins: string[]): Promise<boolean>;
  remove(origins: string[]): Promise<boolean>;
}

export function DataSyncSection({
  i18n,
  send,
  permissions,
  intervalHours,
}: {
  i18n: I18n;
  send: SendMessage;
  permissions: Permissions;
  /** The interval the preferences ask for, once read: it changes on this page without a sync. */
  intervalHours?: number;
}) {
  const [status, setStatus] = useState<SyncStatusResponse | null>(null);
  const [changes, setChanges] = useState<ChangeLogEntry[]>([]);
  const [busy, setBusy] = useState(false);
  const [feedMessage, setFeedMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const refresh = useCallback(async () => {
    const [s, log] = await Promise.all([
      request(send, { type: 'getSyncState' }),
      request(send, { type: 'getChangeLog' }),
    ]);
    setStatus(s);
    setChanges(log.entries);
  }, [send]);

  // Runs `work` with the buttons disabled, then shows the new state.
  const act = useCallback(
    async (work: () => Promise<unknown>) => {
      setBusy(true);
      setError(null);
      try {
        await work();
      } catch (e) {
        setError(e instanceof Error ? e.message : String(e));
      } finally {
        await refresh().catch((e: unknown) => setError(String(e)));
        setBusy(false);
      }
    },
    [refresh],
  );

  useEffect(() => {
    refresh().catch((e: unknown) => setError(String(e)));
    // A sync may run while the page is open (the schedule): look again when it is shown again.
    const onVisible = () => {
      if (document.visibilityState === 'visible') refresh().catch(() => undefined);
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, [refresh]);

  if (!status) return error ? <p role="alert">{error}</p> : null;

  const syncNow = () => act(() => request(send, { type: 'syncNow' }));

  const setFeed = (url: string | null) => {
    if (url !== null && feedUrlProblem(url)) {
      setFeedMessage(i18n.t('feed.invalid'));
      return;
    }
    const old = status.feed;
    // permissions.request must run in the click itself, before anything else is awaited.
    const granted =
      url === null ? Promise.resolve(true) : permissions.request([originPattern(url)]);
    void act(async () => {
      if (!(await granted)) {
        setFeedMessage(i18n.t('feed.denied', { origin: new URL(url!).origin }));
        return;
      }
      const next = await request(send, { type: 'setFeedUrl', url });
      setFeedMessage(i18n.t('feed.saved', { url: next.feed.url }));
      // Only the feed's origin is ever held: let go of the mirror this replaced.
      const oldOrigin = new URL(old.url).origin;
      const kept = [next.feed.url, next.feed.defaultUrl].map((u) => new URL(u).origin);
      if (old.custom && !kept.includes(oldOrigin))
        await permissions.remove([originPattern(old.url)]).catch(() => false);
      await request(send, { type: 'syncNow' });
    });
  };

  return (
    <div class="dl-data-sync">
      {error && <p role="alert">{error}</p>}
      <SyncStatus
        status={intervalHours === undefined ? status : { ...status, intervalHours }}
        i18n={i18n}
        busy={busy}
        onSyncNow={() => void syncNow()}
        onRollback={() => void act(() => request(send, { type: 'rollbackDataset' }))}
      />
      <FeedSettings
        feed={status.feed}
        i18n={i18n}
        busy={busy}
        message={feedMessage}
        onSet={(url) => setFeed(url)}
        onReset={() => setFeed(null)}
      />
      <h3>{i18n.t('changes.title')}</h3>
      <ChangeLog entries={changes} i18n={i18n} />
    </div>
  );
}
