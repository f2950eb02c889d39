/** Whether a sync that changes a company on the watchlist raises a browser notification. */
import type { PrefsProps } from './prefs.ts';

export function NotificationsSection({ i18n, prefs, setPrefs }: PrefsProps) {
  return (
    <div class="dl-prefs">
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
