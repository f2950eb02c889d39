/**
 * Telling others about a new dataset: every tab's content scripts (they reload the match pack
 * and re-mark the page without a reload), and the user, with one notification, when the update
 * changed companies on their watchlist and notifications are on.
 */
import { browser } from 'wxt/browser';
import type { SyncOutcome } from '../../lib/data/sync.ts';
import { watchedChanges } from '../../lib/data/watch.ts';
import { chosenLang, createI18n } from '../../lib/i18n/i18n.ts';
import { watchlistNotification } from '../../lib/i18n/sync-words.ts';
import type { Broadcast } from '../../lib/messaging.ts';
import { preferencesItem } from '../../lib/settings/preferences.ts';
import { readItem } from '../../lib/settings/store.ts';
import { watchlistItem } from '../../lib/settings/watchlist.ts';

export const NOTIFICATION_PREFIX = 'designation-lens-update-';

export async function broadcastDatasetChanged(version: number): Promise<void> {
  const message: Broadcast = { type: 'datasetChanged', datasetVersion: version };
  const tabs = await browser.tabs.query({});
  await Promise.all(
    tabs.map((tab) =>
      tab.id === undefined
        ? undefined
        : // Tabs without our content script (browser pages, other extensions' pages) refuse.
          browser.tabs.sendMessage(tab.id, message).catch(() => undefined),
    ),
  );
}

export async function notifyWatchlist(outcome: SyncOutcome): Promise<void> {
  if (outcome.result.kind !== 'updated' || !outcome.change) return;
  const [prefs, watchlist] = await Promise.all([
    readItem(browser.storage.sync, preferencesItem),
    readItem(browser.storage.local, watchlistItem),
  ]);
  if (!prefs.value.notifications) return;
  const companies = watchedChanges(
    outcome.change,
    watchlist.value.items.map((i) => i.id),
  );
  if (!companies.length) return;
  const lang = chosenLang(prefs.value.language, navigator.language);
  const { title, message } = watchlistNotification(createI18n(lang), outcome.result.to, companies);
  await browser.notifications.create(NOTIFICATION_PREFIX + outcome.result.to, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title,
    message,
  });
}
