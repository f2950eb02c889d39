/** The sync alarm and its watchdog, against a fake alarms API that keeps what it is given. */
import { describe, expect, it } from 'vitest';
import {
  ensureSyncAlarm,
  firstRunDelay,
  SYNC_ALARM,
  type AlarmLike,
  type AlarmsLike,
} from '../../../lib/data/sync-schedule.ts';

const NOW = new Date('2026-11-21T10:00:00Z');

function fakeAlarms() {
  const alarms = new Map<string, AlarmLike>();
  const api: AlarmsLike & { alarms: typeof alarms } = {
    alarms,
    async get(name) {
      return alarms.get(name);
    },
    create(name, info) {
      alarms.set(name, {
        name,
        scheduledTime: NOW.getTime() + info.delayInMinutes * 60_000,
        periodInMinutes: info.periodInMinutes,
      });
    },
  };
  return api;
}

describe('ensureSyncAlarm', () => {
  it('creates the alarm on install: the first sync shortly after, then every 12 hours', async () => {
    const api = fakeAlarms();
    expect(await ensureSyncAlarm(api, 12, 2, undefined, NOW)).toBe('created');
    expect(api.alarms.get(SYNC_ALARM)).toEqual({
      name: SYNC_ALARM,
      scheduledTime: NOW.getTime() + 2 * 60_000,
      periodInMinutes: 720,
    });
  });

  it('keeps an alarm that is there with the right period', async () => {
    const api = fakeAlarms();
    await ensureSyncAlarm(api, 12, 2, undefined, NOW);
    const before = api.alarms.get(SYNC_ALARM);
    expect(await ensureSyncAlarm(api, 12, 2, undefined, NOW)).toBe('kept');
    expect(api.alarms.get(SYNC_ALARM)).toBe(before);
  });

  it('re-creates a vanished alarm, a period after the last attempt', async () => {
    const api = fakeAlarms();
    await ensureSyncAlarm(api, 12, 2, undefined, NOW);
    api.alarms.clear();
    const lastAttempt = new Date(NOW.getTime() - 5 * 3_600_000).toISOString();
    expect(await ensureSyncAlarm(api, 12, 2, lastAttempt, NOW)).toBe('created');
    expect(api.alarms.get(SYNC_ALARM)?.scheduledTime).toBe(NOW.getTime() + 7 * 3_600_000);
  });

  it('follows a new interval preference', async () => {
    const api = fakeAlarms();
    await ensureSyncAlarm(api, 12, 2, undefined, NOW);
    expect(await ensureSyncAlarm(api, 24, 2, NOW.toISOString(), NOW)).toBe('replaced');
    expect(api.alarms.get(SYNC_ALARM)?.periodInMinutes).toBe(24 * 60);
  });
});

describe('firstRunDelay', () => {
  it('is never sooner than the first delay nor later than a period', () => {
    expect(firstRunDelay(720, 2, undefined, NOW)).toBe(2);
    expect(firstRunDelay(720, 2, NOW.toISOString(), NOW)).toBe(720);
    expect(firstRunDelay(720, 2, '2026-01-01T00:00:00Z', NOW)).toBe(2);
    expect(firstRunDelay(720, 2, 'not a date', NOW)).toBe(2);
  });
});
