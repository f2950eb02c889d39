/**
 * How old the data is: since the last successful sync (a sync that found nothing new still
 * confirms the data is current), or, before any sync, since the dataset's as-of date.
 */
import { dayNumber, localIsoDate, type IsoDate } from './dates.ts';

/** Data older than this gets a warning in the popover and the popup. */
export const STALE_AFTER_DAYS = 30;

export interface Freshness {
  /** The day the data was last known to be current. */
  since: IsoDate;
  days: number;
  stale: boolean;
}

export function freshness(
  info: { asOf: IsoDate; lastSync: string | null },
  today: IsoDate,
): Freshness {
  const since = info.lastSync ? localIsoDate(new Date(info.lastSync)) : info.asOf;
  const days = Math.max(0, dayNumber(today) - dayNumber(since));
  return { since, days, stale: days > STALE_AFTER_DAYS };
}
