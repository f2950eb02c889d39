/**
 * The service worker stopped in the middle of a sync (the DevTools protocol's Target.closeTarget
 * on the worker while a throttled feed is downloading): no partial dataset, the options page
 * says the sync was interrupted, the alarm is back when the worker starts again, and the next
 * sync succeeds.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type LoadedExtension } from '../../scripts/lib/launch-extension.ts';
import { startFeedServer, type FeedServer } from '../helpers/feed-server.ts';
import { datasetVersion, feedText } from '../helpers/feeds.ts';
import { realDataset } from '../helpers/dataset.ts';
import { openOptions, syncNow, syncText } from './helpers/options-page.ts';
import { liveWorker, sendFromPage, stopWorker, storedData } from './helpers/worker.ts';

let ext: LoadedExtension;
let feed: FeedServer;

beforeAll(async () => {
  feed = await startFeedServer(47291);
  ext = await launchExtension();
});

afterAll(async () => {
  await ext?.close();
  await feed?.close();
});

describe('the worker stopped in the middle of a sync', () => {
  it('leaves the data whole, and the next sync succeeds', async () => {
    const options = await openOptions(ext);
    const worker = await liveWorker(ext);
    const before = await storedData(worker);
    expect(before).toMatchObject({ version: 1, entities: realDataset().entities.length });
    // The alarm goes missing too: the worker's next start must bring it back.
    await worker.evaluate(() => chrome.alarms.clear('feed-sync'));

    // A slow download: 16 KiB every 50 ms (the feed is about 900 KiB).
    const v2 = feedText(datasetVersion(2));
    feed.serve({ kind: 'slow', text: v2, chunkBytes: 16 * 1024, intervalMs: 50 });
    // Started from the page without waiting for the answer (there will be none).
    await options.evaluate(() => {
      void chrome.runtime.sendMessage({ type: 'syncNow' }).catch(() => undefined);
    });
    await expect.poll(() => feed.bytesSent(), { timeout: 10_000 }).toBeGreaterThan(100_000);
    expect(feed.bytesSent()).toBeLessThan(Buffer.byteLength(v2));

    await stopWorker(ext, options);

    // The worker starts again on the next message; the page sees what happened.
    await sendFromPage(options, { type: 'getSyncState' });
    const restarted = await liveWorker(ext, options);
    await options.reload();
    await options.locator('[data-sync="last-attempt"]').waitFor();
    expect(await syncText(options, 'last-attempt')).toContain(
      'The sync was interrupted before it finished',
    );
    expect(await syncText(options, 'dataset')).toContain('version 1');
    expect(await storedData(restarted)).toEqual(before);
    await expect
      .poll(() =>
        restarted.evaluate(async () => {
          const alarm = await chrome.alarms.get('feed-sync');
          return alarm?.periodInMinutes ?? null;
        }),
      )
      .toBe(12 * 60);

    // The next sync, at full speed, succeeds.
    feed.serve({ kind: 'feed', text: v2 });
    const shown = await syncNow(options);
    expect(shown.attempt).toContain('Updated to dataset 2');
    expect(await storedData(await liveWorker(ext, options))).toMatchObject({
      version: 2,
      previous: 1,
      entities: realDataset().entities.length,
      packs: [2],
      search: [2],
    });
    await options.close();
  });
});
