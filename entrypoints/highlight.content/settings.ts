/**
 * The content script's view of the user's choices: preferences (storage.sync) and per-site
 * choices (storage.local), read once and followed through storage.onChanged, so that a change
 * in the popup or options takes effect on open pages without a reload.
 */
import { browser } from 'wxt/browser';
import { preferencesItem, type Preferences } from '../../lib/settings/preferences.ts';
import { putSite, sitesItem, type Sites } from '../../lib/settings/sites.ts';
import { readItem, updateItem } from '../../lib/settings/store.ts';

export interface ContentSettings {
  prefs: Preferences;
  sites: Sites;
  onChange(listener: (now: { prefs: Preferences; sites: Sites }) => void): void;
  disableSite(host: string): Promise<void>;
  notThat(host: string, ids: string[]): Promise<void>;
  dismissBanner(host: string, fingerprints: Record<string, string>): Promise<void>;
}

export async function contentSettings(signal: AbortSignal): Promise<ContentSettings> {
  const sync = browser.storage.sync;
  const local = browser.storage.local;
  let prefs = (await readItem(sync, preferencesItem)).value;
  let sites = (await readItem(local, sitesItem)).value;
  const listeners: ((now: { prefs: Preferences; sites: Sites }) => void)[] = [];

  const onChanged = (changes: Record<string, unknown>, area: string) => {
    const relevant =
      (area === 'sync' && preferencesItem.key in changes) ||
      (area === 'local' && sitesItem.key in changes);
    if (!relevant) return;
    void (async () => {
      prefs = (await readItem(sync, preferencesItem)).value;
      sites = (await readItem(local, sitesItem)).value;
      for (const l of listeners) l({ prefs, sites });
    })();
  };
  browser.storage.onChanged.addListener(onChanged);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(onChanged));

  return {
    get prefs() {
      return prefs;
    },
    get sites() {
      return sites;
    },
    onChange: (listener) => void listeners.push(listener),
    async disableSite(host) {
      await updateItem(local, sitesItem, (s) => putSite(s, 'disabled', host));
    },
    async notThat(host, ids) {
      await updateItem(local, sitesItem, (s) => ({
        ...s,
        notThat: { ...s.notThat, [host]: [...new Set([...(s.notThat[host] ?? []), ...ids])] },
      }));
    },
    async dismissBanner(host, fingerprints) {
      await updateItem(local, sitesItem, (s) => ({
        ...s,
        bannerDismissed: {
          ...s.bannerDismissed,
          [host]: { ...(s.bannerDismissed[host] ?? {}), ...fingerprints },
        },
      }));
    },
  };
}
