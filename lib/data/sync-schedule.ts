/**
 * When the next scheduled sync runs. A periodic browser alarm does the scheduling; alarms can
 * vanish (a browser restart, a crash, an update), so every wake of the background checks that
 * the alarm is there with the right period and re-creates it if not (the watchdog).
 */
export const SYNC_ALARM = 'feed-sync';

export interface AlarmLike {
  name: string;
  scheduledTime: number;
  periodInMinutes?: number;
}

/** The part of browser.alarms the schedule needs. */
export interface AlarmsLike {
  get(name: string): Promise<AlarmLike | undefined | null>;
  create(name: string, info: { delayInMinutes: number; periodInMinutes: number }): unknown;
}

/**
 * Minutes until the first run of a (re-)created alarm: a period after the last attempt, but no
 * sooner than `firstDelayMinutes` (so that a fresh install, or a browser start, is not slowed by
 * a download) and no later than one period.
 */
export function firstRunDelay(
  periodMinutes: number,
  firstDelayMinutes: number,
  lastAttemptAt: string | undefined,
  now: Date,
): number {
  if (!lastAttemptAt) return firstDelayMinutes;
  const since = (now.getTime() - new Date(lastAttemptAt).getTime()) / 60_000;
  if (!Number.isFinite(since)) return firstDelayMinutes;
  return Math.min(periodMinutes, Math.max(firstDelayMinutes, periodMinutes - since));
}

export type AlarmCheck = 'kept' | 'created' | 'replaced';

/** The watchdog: makes sure the sync alarm exists with the period the preferences ask for. */
export async function ensureSyncAlarm(
  alarms: AlarmsLike,
  intervalHours: number,
  firstDelayMinutes: number,
  lastAttemptAt: string | undefined,
  now: Date,
): Promise<AlarmCheck> {
  const period = intervalHours * 60;
  const existing = await alarms.get(SYNC_ALARM);
  if (existing && existing.periodInMinutes === period) return 'kept';
  await alarms.create(SYNC_ALARM, {
    delayInMinutes: firstRunDelay(period, firstDelayMinutes, lastAttemptAt, now),
    periodInMinutes: period,
  });
  return existing ? 'replaced' : 'created';
}
