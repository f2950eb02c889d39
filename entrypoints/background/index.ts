import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { openLensDb } from '../../lib/data/db.ts';
import { preferencesItem } from '../../lib/settings/preferences.ts';
import { readItem } from '../../lib/settings/store.ts';
import { createDatasetService } from './dataset-service.ts';
import { listenForMessages } from './messages.ts';
import { forgetTabsOnNavigation } from './page-summaries.ts';

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
  // Listeners are registered synchronously: a service worker woken by an event must find them.
  browser.runtime.onInstalled.addListener(() => {
    service.seed().catch((err: unknown) => console.error('Designation Lens: seeding failed', err));
  });
  listenForMessages(service);
  forgetTabsOnNavigation();
  // The keyboard command goes to the active tab's top frame, which moves to its next mark.
  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== 'next-mark' || tab?.id === undefined) return;
    browser.tabs.sendMessage(tab.id, { type: 'nextMark' }, { frameId: 0 }).catch(() => undefined);
  });
});
