/** The page panel's browser side: which tab, its summary, and acting on it. */
import { browser } from 'wxt/browser';
import { request, type Broadcast, type SendMessage } from '../../lib/messaging.ts';
import { preferencesItem } from '../../lib/settings/preferences.ts';
import { sitesItem, turnOnSite } from '../../lib/settings/sites.ts';
import { updateItem } from '../../lib/settings/store.ts';
import type { PanelApi } from './PagePanel.tsx';

export function browserPanelApi(send: SendMessage, askedTab: number | null): PanelApi {
  // The toolbar popup is not a tab; the popup opened in a tab or window of its own is.
  const self = browser.tabs.getCurrent();
  return {
    async targetTab() {
      if (askedTab !== null) return askedTab;
      const me = (await self)?.id;
      const [active] = await browser.tabs.query({ active: true, currentWindow: true });
      if (active?.id !== undefined && active.id !== me) return active.id;
      // Opened in a tab or window of its own without `?tab=`: the page the user came from,
      // the most recently used other tab.
      const others = (await browser.tabs.query({})).filter(
        (t) => t.id !== undefined && t.id !== me,
      );
      others.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0));
      return others[0]?.id ?? null;
    },
    summary: (tabId) => request(send, { type: 'getPageSummary', tabId }),
    watch(tabId, changed) {
      // What the tab contains is kept in storage.session by the background; the user's
      // choices (turning a site on) change what the page shows too.
      const key = `page:${tabId}`;
      const listener = (changes: Record<string, unknown>, area: string) => {
        if (
          (area === 'session' && key in changes) ||
          (area === 'sync' && preferencesItem.key in changes) ||
          (area === 'local' && sitesItem.key in changes)
        )
          changed();
      };
      browser.storage.onChanged.addListener(listener);
      return () => browser.storage.onChanged.removeListener(listener);
    },
    async show(tabId, id) {
      const message: Broadcast = { type: 'showEntity', id };
      // Every frame hears it; frames without the company stay silent, so no reply comes back.
      await browser.tabs.sendMessage(tabId, message).catch(() => undefined);
      const me = await self;
      if (!me) {
        // The toolbar popup covers the page: close it so the popover can be seen.
        window.close();
        return;
      }
      const tab = await browser.tabs.update(tabId, { active: true });
      if (tab?.windowId !== undefined)
        await browser.windows.update(tab.windowId, { focused: true });
    },
    async turnOn(reason, host) {
      if (reason === 'paused') {
        await updateItem(browser.storage.sync, preferencesItem, (p) => ({ ...p, paused: false }));
        return;
      }
      await updateItem(browser.storage.local, sitesItem, (s) =>
        turnOnSite(s, host, reason === 'not-chosen' ? 'chosen' : 'all'),
      );
    },
    reload: (tabId) => browser.tabs.reload(tabId),
    ...(askedTab === null
      ? {
          async detach(tabId: number) {
            await browser.windows.create({
              url: browser.runtime.getURL(`/popup.html?tab=${tabId}`),
              type: 'popup',
              width: 460,
              height: 640,
            });
            if (!(await self)) window.close();
          },
        }
      : {}),
  };
}
