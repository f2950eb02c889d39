/**
 * Upgrading in the browser: a version 1 database with data in it (a feed dataset, the bundled one
 * as previous, entities, a match pack) and version 1 storage items, as an installed extension of
 * that version left them; the worker starts again with the current code, and nothing is lost.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compilePack } from '../../lib/matcher/pack.ts';
import { launchExtension, type LoadedExtension } from '../../scripts/lib/launch-extension.ts';
import { datasetVersion } from '../helpers/feeds.ts';
import { openOptions, syncText } from './helpers/options-page.ts';
import { liveWorker, sendFromPage, stopWorker, storedData } from './helpers/worker.ts';

const STORAGE = fileURLToPath(new URL('../fixtures/storage/', import.meta.url));
const fixture = (name: string) => JSON.parse(readFileSync(STORAGE + name, 'utf8')) as unknown;

let ext: LoadedExtension;
beforeAll(async () => {
  ext = await launchExtension();
});
afterAll(() => ext?.close());

describe('an extension upgraded from database version 1 and storage version 1', () => {
  it('keeps every dataset, company, pack and setting', async () => {
    const current = datasetVersion(2, (d) => void (d.as_of = '2026-10-01'));
    const previous = datasetVersion(1);
    const example = {
      current,
      previous,
      pack: compilePack(current),
      local: {
        sites: fixture('sites.v1.json'),
        watchlist: fixture('watchlist.v1.json'),
        feed: fixture('feed.v1.json'),
      },
      sync: { preferences: fixture('preferences.v1.json') },
    };
    const options = await openOptions(ext);
    const worker = await liveWorker(ext);

    // Version 1's layout, written by hand in the worker (its open connection gives way).
    await worker.evaluate(async (x) => {
      const done = (req: IDBRequest | IDBTransaction) =>
        new Promise<void>((resolve, reject) => {
          if ('oncomplete' in req) {
            req.oncomplete = () => resolve();
            req.onerror = () => reject(req.error);
          } else {
            req.onsuccess = () => resolve();
            req.onerror = () => reject(req.error);
          }
        });
      await done(indexedDB.deleteDatabase('designation-lens'));
      const open = indexedDB.open('designation-lens', 1);
      open.onupgradeneeded = () => {
        open.result.createObjectStore('datasets');
        open.result.createObjectStore('entities', { keyPath: 'id' });
        open.result.createObjectStore('packs');
      };
      await done(open);
      const db = open.result;
      const stored = (d: typeof x.current, source: string, at: string) => ({
        version: d.dataset_version,
        asOf: d.as_of,
        source,
        installedAt: at,
        programs: d.programs,
        payload: JSON.stringify(d),
      });
      const tx = db.transaction(['datasets', 'entities', 'packs'], 'readwrite');
      tx.objectStore('datasets').put(
        stored(x.previous, 'bundled', '2026-09-01T08:00:00.000Z'),
        'previous',
      );
      tx.objectStore('datasets').put(
        stored(x.current, 'feed', '2026-10-02T08:00:00.000Z'),
        'current',
      );
      for (const e of x.current.entities) tx.objectStore('entities').put(e);
      tx.objectStore('packs').put({ datasetVersion: 2, pack: x.pack }, 2);
      await done(tx);
      db.close();
      await chrome.storage.local.set(x.local);
      await chrome.storage.sync.set(x.sync);
    }, example);

    // The stored preferences choose Chinese, and the open options page follows at once: let it
    // finish re-rendering (and asking the worker for its state) before the worker is stopped.
    await expect.poll(() => options.locator('html').getAttribute('lang')).toBe('zh-CN');
    await options.locator('[data-sync="dataset"]').waitFor();

    // The worker starts again with the current code (version 2), as after an update.
    await stopWorker(ext, options);
    await sendFromPage(options, { type: 'getSyncState' });
    const upgraded = await liveWorker(ext, options);

    // The lookup works on the upgraded data (its search entries are built on first use).
    const reply = (await sendFromPage(options, { type: 'search', query: 'Hikvision' })) as {
      ok: boolean;
      value: { datasetVersion: number; hits: { id: string }[] };
    };
    expect(reply.ok).toBe(true);
    expect(reply.value.datasetVersion).toBe(2);
    expect(reply.value.hits.map((h) => h.id)).toContain(
      'hangzhou-hikvision-digital-technology-co-ltd',
    );

    expect(await storedData(upgraded)).toEqual({
      version: 2,
      asOf: '2026-10-01',
      source: 'feed',
      installedAt: '2026-10-02T08:00:00.000Z',
      previous: 1,
      entities: current.entities.length,
      packs: [2],
      search: [2],
      changes: 0,
    });
    const storage = await upgraded.evaluate(async () => {
      const { chrome } = globalThis as unknown as {
        chrome: {
          storage: Record<'local' | 'sync', { get(k: null): Promise<Record<string, unknown>> }>;
        };
      };
      return {
        local: await chrome.storage.local.get(null),
        sync: await chrome.storage.sync.get(null),
      };
    });
    expect(storage.local).toEqual(example.local);
    expect(storage.sync).toEqual(example.sync);

    // The options page reads it all, in the language the user chose (Chinese in the stored
    // preferences): the dataset, the mirror and the interval.
    await options.reload();
    await options.locator('[data-sync="dataset"]').waitFor();
    expect(await options.locator('html').getAttribute('lang')).toBe('zh-CN');
    expect(await syncText(options, 'dataset')).toContain('数据：第 2 版，截至 2026年10月1日');
    expect(await syncText(options, 'feed')).toBe(
      '数据源地址: https://mirror.example.org/designation-lens/feed.json (您选择的镜像)',
    );
    expect(await syncText(options, 'interval')).toBe('扩展每 24 小时检查一次数据源。');
    expect(await options.getByRole('button', { name: '退回到之前的数据（第 1 版）' }).count()).toBe(
      1,
    );
    await options.close();
  });
});
