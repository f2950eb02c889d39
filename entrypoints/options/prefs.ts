/** What every preference section receives: the preferences and the way to change them. */
import type { I18n } from '../../lib/i18n/i18n.ts';
import type { Preferences } from '../../lib/settings/preferences.ts';

export interface PrefsProps {
  i18n: I18n;
  prefs: Preferences;
  /** Merges a change into the stored preferences. */
  setPrefs: (change: (old: Preferences) => Preferences) => void;
}
