/**
 * The sync schedule's watchdog in the worker: checks the alarm on every start of the worker,
 * on install and browser start, after each alarm and when the interval preference changes
 * (forced), and on messages at most once a minute (cheap, but content scripts send many).
 */
import { browser } from 'wxt/browser';
import { syncState } from '../../lib/data/db.ts';
import { ensureSyncAlarm } from '../../lib/data/sync-schedule.ts';
import type { DatasetService } from './dataset-service.ts';
import type { SyncService } from './sync-service.ts';

const MESSAGE_CHECK_EVERY_MS = 60_000;

export function createWatchdog(
  dataset: DatasetService,
  sync: SyncService,
  firstSyncMinutes: number,
): (force?: boolean) => void {
  let lastCheck = 0;
  return (force = false) => {
    const now = Date.now();
    if (!force && now - lastCheck < MESSAGE_CHECK_EVERY_MS) return;
    lastCheck = now;
    (async () => {
      const [hours, state] = await Promise.all([
        sync.intervalHours(),
        dataset.db().then(syncState),
      ]);
      await ensureSyncAlarm(
        browser.alarms,
        hours,
        firstSyncMinutes,
        state.lastAttempt?.startedAt,
        new Date(),
      );
    })().catch((err: unknown) => console.error('Designation Lens: sync alarm check failed', err));
  };
}
