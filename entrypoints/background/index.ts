import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { openLensDb } from '../../lib/data/db.ts';
import { createDatasetService } from './dataset-service.ts';
import { listenForMessages } from './messages.ts';

export default defineBackground(() => {
  const service = createDatasetService({
    openDb: () => openLensDb(),
    bundledText: async () => (await fetch(browser.runtime.getURL('/data/snapshot.json'))).text(),
    now: () => new Date(),
  });
  // Listeners are registered synchronously: a service worker woken by an event must find them.
  browser.runtime.onInstalled.addListener(() => {
    service.seed().catch((err: unknown) => console.error('Designation Lens: seeding failed', err));
  });
  listenForMessages(service);
});
