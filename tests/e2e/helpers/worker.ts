/**
 * The extension's service worker from the tests: the live one (it may have been stopped and
 * started again), what its IndexedDB holds, and messages sent the way our pages send them.
 */
import type { Page, Worker } from 'playwright-core';
import { expect } from 'vitest';
import type { LoadedExtension } from '../../../scripts/lib/launch-extension.ts';

/**
 * The running worker; if it is not running, a message from `page` (an extension page) wakes it.
 * Polls: Playwright may list a worker that was just stopped, or not yet list a new one.
 */
export async function liveWorker(ext: LoadedExtension, page?: Page): Promise<Worker> {
  let found: Worker | undefined;
  await expect
    .poll(
      async () => {
        const ours = ext.context
          .serviceWorkers()
          .filter((w) => w.url().startsWith(`chrome-extension://${ext.id}/`))
          .reverse();
        for (const w of ours) {
          if (await w.evaluate(() => true).catch(() => false)) {
            found = w;
            return true;
          }
        }
        if (page) await sendFromPage(page, { type: 'getSyncState' }).catch(() => undefined);
        return false;
      },
      { timeout: 15_000 },
    )
    .toBe(true);
  return found!;
}

/** A message from an extension page (role "page"), answered by the background. */
export async function sendFromPage(page: Page, message: unknown): Promise<unknown> {
  return page.evaluate((m) => chrome.runtime.sendMessage(m), message);
}

export interface StoredData {
  version: number | null;
  asOf: string | null;
  source: string | null;
  installedAt: string | null;
  previous: number | null;
  entities: number;
  packs: number[];
  search: number[];
  changes: number;
}

/**
 * In an extension context (the worker, or one of the extension's pages, which share its
 * origin): what the extension's database holds. Self-contained, for either driver's `evaluate`.
 */
export async function storedDataInContext(): Promise<StoredData> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open('designation-lens');
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  const ask = <T>(store: string, call: (s: IDBObjectStore) => IDBRequest) =>
    new Promise<T>((resolve, reject) => {
      const req = call(db.transaction(store).objectStore(store));
      req.onsuccess = () => resolve(req.result as T);
      req.onerror = () => reject(req.error);
    });
  type Stored = { version: number; asOf: string; source: string; installedAt: string };
  const current = await ask<Stored | undefined>('datasets', (s) => s.get('current'));
  const previous = await ask<Stored | undefined>('datasets', (s) => s.get('previous'));
  const result = {
    version: current?.version ?? null,
    asOf: current?.asOf ?? null,
    source: current?.source ?? null,
    installedAt: current?.installedAt ?? null,
    previous: previous?.version ?? null,
    entities: await ask<number>('entities', (s) => s.count()),
    packs: await ask<number[]>('packs', (s) => s.getAllKeys()),
    search: await ask<number[]>('search', (s) => s.getAllKeys()),
    changes: await ask<number>('changes', (s) => s.count()),
  };
  db.close();
  return result;
}

/** What the extension's database holds, read inside the worker. */
export async function storedData(worker: Worker): Promise<StoredData> {
  return worker.evaluate(storedDataInContext);
}

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

/**
 * Stops the extension's service worker the hard way (the DevTools protocol's
 * Target.closeTarget), as the browser does to an idle or misbehaving worker, and waits until it
 * is gone. `page` is any open page (the protocol session goes through it).
 */
export async function stopWorker(ext: LoadedExtension, page: Page): Promise<void> {
  const cdp = await ext.context.newCDPSession(page);
  try {
    const targets = async () =>
      ((await cdp.send('Target.getTargets')) as { targetInfos: TargetInfo[] }).targetInfos;
    const sw = (await targets()).find(
      (t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${ext.id}/`),
    );
    if (!sw) throw new Error('the extension has no running service worker');
    await cdp.send('Target.closeTarget', { targetId: sw.targetId });
    await expect
      .poll(async () => (await targets()).some((t) => t.targetId === sw.targetId))
      .toBe(false);
  } finally {
    await cdp.detach();
  }
}
