/**
 * Privacy: over a browsing session across the test pages (marks, a popover, the popup's lookup,
 * the options page and a sync), the extension makes no network request but the feed download.
 * Every request is recorded through the DevTools protocol, on the pages and on the worker.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type LoadedExtension } from '../../scripts/lib/launch-extension.ts';
import { FIXTURE_PAGES, startServer, type TestServer } from '../../scripts/lib/static-server.ts';
import { startFeedServer, type FeedServer } from '../helpers/feed-server.ts';
import { datasetVersion, feedText } from '../helpers/feeds.ts';
import { waitForIdle } from '../../scripts/lib/content-stats.ts';
import { centreOfText, waitForMarks } from './helpers/marks.ts';
import { recordNetwork, type NetworkRecorder } from './helpers/network.ts';
import { openOptions, syncNow } from './helpers/options-page.ts';
import { ownUiText } from './helpers/shadow.ts';

const MATCH_PAGES = fileURLToPath(new URL('../fixtures/match/', import.meta.url));
const htmlIn = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .sort();

let ext: LoadedExtension;
let feed: FeedServer;
let pages: TestServer;
let matchPages: TestServer;
let recorder: NetworkRecorder;

beforeAll(async () => {
  feed = await startFeedServer(47291);
  pages = await startServer();
  matchPages = await startServer(MATCH_PAGES);
  ext = await launchExtension();
});

afterAll(async () => {
  await recorder?.stop();
  await ext?.close();
  await Promise.all([feed?.close(), pages?.close(), matchPages?.close()]);
});

describe('a browsing session', () => {
  it('sends nothing anywhere but the feed request', async () => {
    const anchor = await ext.newPage();
    recorder = await recordNetwork(ext, anchor);
    const visited: string[] = [];

    const urls = [
      ...htmlIn(FIXTURE_PAGES).map((f) => pages.url('/' + f)),
      ...htmlIn(MATCH_PAGES).map((f) => matchPages.url('/' + f)),
    ];
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) {
      const page = await ext.newPage();
      await recorder.watchPage(page);
      await page.goto(url);
      visited.push(url);
      // Some pages have nothing to mark (or load script the test does not serve): wait for the
      // content script to finish its scan, whatever it found.
      await waitForIdle(page);
      if (url.endsWith('/demo-article.html')) {
        // A popover: entity cards come from the background, not from the network.
        const { x, y } = await centreOfText(page, 'Xiaomi');
        await page.mouse.move(x - 40, y - 40);
        await page.mouse.move(x, y, { steps: 4 });
        await expect.poll(() => ownUiText(page), { timeout: 5_000 }).toContain('Xiaomi');
      }
      await page.close();
    }

    const popup = await ext.newPage();
    await recorder.watchPage(popup);
    await popup.goto(ext.extensionUrl('popup.html'));
    await popup.getByLabel('Look up a company, ticker or ISIN').fill('SMIC');
    await popup
      .getByRole('button', { name: /Semiconductor Manufacturing International Corporation/ })
      .click();
    await popup.locator('[data-entity]').first().waitFor();
    await popup.close();

    feed.serve({ kind: 'feed', text: feedText(datasetVersion(2)) });
    const options = await openOptions(ext);
    await recorder.watchPage(options);
    expect((await syncNow(options)).attempt).toContain('Updated to dataset 2');

    // After the update, a page loads the new match pack: still nothing on the network.
    const after = await ext.newPage();
    await recorder.watchPage(after);
    await after.goto(pages.url('/demo-article.html'));
    visited.push(pages.url('/demo-article.html'));
    await waitForMarks(after, 10);

    const network = recorder.requests.filter((r) => /^(https?|wss?):/.test(r.url));
    // The recording works: the worker's feed download is in it.
    expect(network.filter((r) => r.target === 'worker').map((r) => r.url)).toEqual([feed.url]);
    // Pages requested only themselves (and the browser its favicon for their site): no request
    // came from a content script or an extension page.
    const fromPages = network.filter((r) => r.target !== 'worker');
    // What the fixture pages load themselves: frames.html its child frame, react-feed.html its
    // script (which this test does not build).
    const pagesOwn = [pages.url('/frame-child.html'), pages.url('/react-feed.js')];
    const documents = fromPages.filter((r) => r.type === 'Document').map((r) => r.url);
    expect(documents.sort()).toEqual([...visited, pages.url('/frame-child.html')].sort());
    const favicons = new Set(visited.map((u) => new URL(u).origin + '/favicon.ico'));
    expect(
      fromPages.filter(
        (r) => r.type !== 'Document' && !favicons.has(r.url) && !pagesOwn.includes(r.url),
      ),
    ).toEqual([]);
    await options.close();
  });
});

describe('privacy', () => {
  it('made no request to any address but 127.0.0.1', () => {
    expect(ext.foreignRequests).toEqual([]);
  });
});
