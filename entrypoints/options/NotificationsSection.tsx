/**
 * Updates: how often the feed is checked, and whether a sync that changes a company on the
 * watchlist raises a browser notification.
 */
import type { PrefsProps } from './prefs.ts';

/** The intervals offered; the stored preference accepts any whole number of hours, 1 to 168. */
const INTERVALS = [6, 12, 24, 48, 168] as const;

export function NotificationsSection({ i18n, prefs, setPrefs }: PrefsProps) {
  const offered: number[] = INTERVALS.includes(prefs.syncIntervalHours as never)
    ? [...INTERVALS]
    : [...INTERVALS, prefs.syncIntervalHours].sort((a, b) => a - b);
  return (
    <div class="dl-prefs">
      <div class="dl-interval">
        <label for="dl-interval">{i18n.t('prefs.interval')}</label>
        <select
          id="dl-interval"
          value={String(prefs.syncIntervalHours)}
          onChange={(e) => {
            const syncIntervalHours = Number(e.currentTarget.value);
            setPrefs((p) => ({ ...p, syncIntervalHours }));
          }}
        >
          {offered.map((h) => (
            <option key={h} value={String(h)}>
              {i18n.t('prefs.interval.hours', { hours: h })}
            </option>
          ))}
        </select>
      </div>
      <label class="dl-choice">
        <input
          type="checkbox"
          checked={prefs.notifications}
          onChange={(e) => {
            const notifications = e.currentTarget.checked;
            setPrefs((p) => ({ ...p, notifications }));
          }}
        />
        {i18n.t('prefs.notifications')}
      </label>
    </div>
  );
}
