/**
 * The extension's service worker from the tests: the live one (it may have been stopped and
 * started again), what its IndexedDB holds, and messages sent the way our pages send them.
 */
import type { Page, Worker } from 'playwright-core';
import type { LoadedExtension } from '../../../scripts/lib/launch-extension.ts';
import type { InExtension } from './chrome.ts';

/** The running worker, woken by a message from an extension page if it is not running. */
export async function liveWorker(ext: LoadedExtension, page?: Page): Promise<Worker> {
  const running = ext.context
    .serviceWorkers()
    .find((w) => w.url().startsWith(`chrome-extension://${ext.id}/`));
  if (running) return running;
  const started = ext.context.waitForEvent('serviceworker');
  if (page) await sendFromPage(page, { type: 'getSyncState' }).catch(() => undefined);
  return started;
}

/** A message from an extension page (role "page"), answered by the background. */
export async function sendFromPage(page: Page, message: unknown): Promise<unknown> {
  return page.evaluate(
    (m) => (globalThis as unknown as InExtension).chrome.runtime.sendMessage(m),
    message,
  );
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

/** What the extension's database holds, read inside the worker. */
export async function storedData(worker: Worker): Promise<StoredData> {
  return worker.evaluate(async () => {
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
  });
}
