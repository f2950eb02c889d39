import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { openLensDb } from '../../lib/data/db.ts';
import { DEFAULT_LIMITS } from '../../lib/data/sync.ts';
import { SYNC_ALARM } from '../../lib/data/sync-schedule.ts';
import { preferencesItem } from '../../lib/settings/preferences.ts';
import { readItem } from '../../lib/settings/store.ts';
import { createWatchdog } from './alarms.ts';
import { broadcastDatasetChanged, notifyWatchlist, NOTIFICATION_PREFIX } from './announce.ts';
import {
  FEED_KEYS,
  FEED_URL,
  FIRST_SYNC_MINUTES,
  OPEN_WELCOME,
  SYNC_TIMEOUT_MS,
} from './build-constants.ts';
import { createDatasetService } from './dataset-service.ts';
import { listenForMessages } from './messages.ts';
import { forgetTabsOnNavigation } from './page-summaries.ts';
import { createSyncService } from './sync-service.ts';
import { shouldOpenWelcome, WELCOME_PAGE } from './welcome.ts';

export default defineBackground(() => {
  const service = createDatasetService({
    openDb: () => openLensDb(),
    bundledText: async () => (await fetch(browser.runtime.getURL('/data/snapshot.json'))).text(),
    now: () => new Date(),
    displayPreferences: async () => {
      const { lists, showHistory } = (await readItem(browser.storage.sync, preferencesItem)).value;
      return { lists, showHistory };
    },
  });
  const sync = createSyncService({
    dataset: service,
    now: () => new Date(),
    // The feed is the only network request the extension makes (lib/feed/download.ts).
    fetch: (url, init) => fetch(url, init),
    keys: FEED_KEYS,
    limits: { ...DEFAULT_LIMITS, timeoutMs: SYNC_TIMEOUT_MS },
    defaultFeedUrl: FEED_URL,
    local: browser.storage.local,
    sync: browser.storage.sync,
    hasOrigins: (origins) => browser.permissions.contains({ origins }),
    datasetChanged: broadcastDatasetChanged,
    updated: notifyWatchlist,
  });
  const watchdog = createWatchdog(service, sync, FIRST_SYNC_MINUTES);
  const fail = (what: string) => (err: unknown) => console.error(`Designation Lens: ${what}`, err);

  // Listeners are registered synchronously: a service worker woken by an event must find them.
  browser.runtime.onInstalled.addListener(({ reason }) => {
    service.seed().catch(fail('seeding failed'));
    watchdog(true);
    if (shouldOpenWelcome(reason, OPEN_WELCOME))
      browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PAGE) }).catch(fail('welcome'));
  });
  browser.runtime.onStartup.addListener(() => watchdog(true));
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name !== SYNC_ALARM) return;
    sync
      .syncNow()
      .catch(fail('sync failed'))
      .finally(() => watchdog(true));
  });
  browser.storage.onChanged.addListener((changes, area) => {
    // The interval preference changed: the alarm follows.
    if (area === 'sync' && 'preferences' in changes) watchdog(true);
  });
  browser.notifications.onClicked.addListener((id) => {
    if (id.startsWith(NOTIFICATION_PREFIX)) browser.runtime.openOptionsPage().catch(fail('open'));
  });
  listenForMessages(service, sync, () => watchdog());
  forgetTabsOnNavigation();
  // The keyboard command goes to the active tab's top frame, which moves to its next mark.
  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== 'next-mark' || tab?.id === undefined) return;
    browser.tabs.sendMessage(tab.id, { type: 'nextMark' }, { frameId: 0 }).catch(() => undefined);
  });
  // Every start of the worker (alarms can vanish while it sleeps).
  watchdog(true);
});
