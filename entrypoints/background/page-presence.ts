/**
 * Whether the extension reads a tab, for the popup's page panel: the tab's top-frame content
 * script answers for itself; when none answers, the tab's address (when the browser shows it
 * to us) tells a page closed to extensions from one opened before the extension was installed.
 */
import { browser } from 'wxt/browser';
import * as v from 'valibot';
import { restrictedUrl } from '../../lib/page/restricted.ts';
import { PresenceReplySchema, type Broadcast, type PageState } from '../../lib/messaging.ts';

export async function pagePresence(tabId: number): Promise<PageState> {
  const ask: Broadcast = { type: 'presence' };
  try {
    const reply: unknown = await browser.tabs.sendMessage(tabId, ask, { frameId: 0 });
    const parsed = v.safeParse(PresenceReplySchema, reply);
    if (parsed.success) return parsed.output;
  } catch {
    // No content script in that frame: see below.
  }
  const tab = await browser.tabs.get(tabId).catch(() => null);
  if (!tab) return { kind: 'gone' };
  const url = tab.url ?? tab.pendingUrl;
  return url !== undefined && restrictedUrl(url) ? { kind: 'restricted' } : { kind: 'unreachable' };
}
