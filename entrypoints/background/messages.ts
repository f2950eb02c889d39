/**
 * The background's message handler: checks who sent each message, validates it against the
 * protocol's schema, and answers through the dataset service, the sync service and the page
 * summaries.
 */
import { browser, type Browser } from 'wxt/browser';
import {
  parseRequest,
  senderRole,
  SENDERS,
  type Reply,
  type Request,
  type RequestType,
  type Responses,
} from '../../lib/messaging.ts';
import type { DatasetService } from './dataset-service.ts';
import { pagePresence } from './page-presence.ts';
import { recordFrame, tabCounts } from './page-summaries.ts';
import type { SyncService } from './sync-service.ts';
import { screenHoldings } from './screen.ts';

async function handle(
  service: DatasetService,
  sync: SyncService,
  req: Request,
  sender: Browser.runtime.MessageSender,
): Promise<Responses[RequestType]> {
  switch (req.type) {
    case 'getMatchPack':
      return service.matchPack(req.have);
    case 'getEntities':
      return service.entities(req.ids);
    case 'search':
      return service.search(req.query);
    case 'pageSummary': {
      const tabId = sender.tab?.id;
      if (tabId === undefined) throw new Error('a page summary needs a tab');
      await recordFrame(tabId, sender.frameId ?? 0, req.entities, (id) => service.displayOf(id));
      return {};
    }
    case 'getPageSummary':
      return service.pageSummary(
        req.tabId,
        await pagePresence(req.tabId),
        await tabCounts(req.tabId),
      );
    case 'getSyncState':
      return sync.status();
    case 'syncNow':
      return sync.status((await sync.syncNow()).result);
    case 'getChangeLog':
      return sync.changeLog(req.limit);
    case 'setFeedUrl':
      return sync.setFeedUrl(req.url);
    case 'rollbackDataset':
      return sync.rollback();
    case 'screen':
      return screenHoldings(service, req.holdings);
  }
}

/** `wake` runs on every accepted message: the sync alarm's watchdog. */
export function listenForMessages(
  service: DatasetService,
  sync: SyncService,
  wake: () => void,
): void {
  const base = browser.runtime.getURL('/');
  browser.runtime.onMessage.addListener(
    (message: unknown, sender, sendResponse: (reply: Reply<RequestType>) => void) => {
      const req = parseRequest(message);
      if (!req) return false;
      const role = senderRole(sender, browser.runtime.id, base);
      if (!role || !SENDERS[req.type].includes(role)) {
        sendResponse({ ok: false, error: `"${req.type}" is not accepted from this sender` });
        return false;
      }
      wake();
      handle(service, sync, req, sender).then(
        (value) => sendResponse({ ok: true, value }),
        (err: unknown) =>
          sendResponse({ ok: false, error: err instanceof Error ? err.message : String(err) }),
      );
      // Keeps the channel open for the asynchronous reply (works with the polyfill and Chromium).
      return true;
    },
  );
}
