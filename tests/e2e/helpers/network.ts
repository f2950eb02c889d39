/**
 * Recording every network request through the DevTools protocol: the Network domain on each
 * page target a test opens, and on the extension's service worker (attached from a page's
 * session with Target.attachToTarget; its messages arrive as Target.receivedMessageFromTarget).
 * Workers that start later (the worker stops and starts again) are attached as they appear.
 */
import type { CDPSession, Page } from 'playwright-core';
import type { LoadedExtension } from '../../../scripts/lib/launch-extension.ts';

export interface RecordedRequest {
  /** "worker", or "page" (a tab or an extension page). */
  target: string;
  url: string;
  type?: string;
}

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

export interface NetworkRecorder {
  requests: RecordedRequest[];
  /** Records the requests of a page from now on. */
  watchPage(page: Page): Promise<void>;
  stop(): Promise<void>;
}

export async function recordNetwork(ext: LoadedExtension, anchor: Page): Promise<NetworkRecorder> {
  const requests: RecordedRequest[] = [];
  const sessions: CDPSession[] = [];
  const attached = new Set<string>();

  // The worker, through the anchor page's session (Playwright gives no session for workers).
  const hub = await ext.context.newCDPSession(anchor);
  sessions.push(hub);
  const workerSessions = new Set<string>();
  hub.on('Target.receivedMessageFromTarget', (event) => {
    if (!workerSessions.has(event.sessionId)) return;
    const message = JSON.parse(event.message) as {
      method?: string;
      params?: { request?: { url: string }; type?: string };
    };
    if (message.method === 'Network.requestWillBeSent' && message.params?.request)
      requests.push({
        target: 'worker',
        url: message.params.request.url,
        ...(message.params.type ? { type: message.params.type } : {}),
      });
  });
  const attachWorker = async (target: TargetInfo) => {
    const ours = target.url.startsWith(`chrome-extension://${ext.id}/`);
    if (target.type !== 'service_worker' || !ours || attached.has(target.targetId)) return;
    attached.add(target.targetId);
    const { sessionId } = (await hub.send('Target.attachToTarget', {
      targetId: target.targetId,
      flatten: false,
    })) as { sessionId: string };
    workerSessions.add(sessionId);
    await hub.send('Target.sendMessageToTarget', {
      sessionId,
      message: JSON.stringify({ id: 1, method: 'Network.enable', params: {} }),
    });
  };
  hub.on('Target.targetCreated', (event) => void attachWorker(event.targetInfo).catch(() => {}));
  await hub.send('Target.setDiscoverTargets', { discover: true });
  const { targetInfos } = (await hub.send('Target.getTargets')) as { targetInfos: TargetInfo[] };
  for (const t of targetInfos) await attachWorker(t);

  return {
    requests,
    async watchPage(page) {
      const cdp = await ext.context.newCDPSession(page);
      sessions.push(cdp);
      cdp.on('Network.requestWillBeSent', (event) => {
        requests.push({
          target: 'page',
          url: event.request.url,
          ...(event.type ? { type: event.type } : {}),
        });
      });
      await cdp.send('Network.enable');
    },
    async stop() {
      await Promise.all(sessions.map((s) => s.detach().catch(() => undefined)));
    },
  };
}
