/**
 * Background sync end to end: the test build (feed URL http://127.0.0.1:47291/feed.json, the
 * test key trusted) in Chromium, against a feed server on that address that each test tells
 * what to answer. Feeds are built on the fly from data/ and signed with the test key.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { localIsoDate } from '../../lib/data/dates.ts';
import { createI18n } from '../../lib/i18n/i18n.ts';
import { serializeEnvelope } from '../../lib/feed/envelope.ts';
import { launchExtension, type LoadedExtension } from '../../scripts/lib/launch-extension.ts';
import { startServer, type TestServer } from '../../scripts/lib/static-server.ts';
import { signPayload } from '../../scripts/lib/feed-sign.ts';
import { startFeedServer, type FeedBehaviour, type FeedServer } from '../helpers/feed-server.ts';
import { datasetVersion, feedText, otherKey, removeListing, TEST_KEY } from '../helpers/feeds.ts';
import { centreOfText, highlightedTexts, waitForMarks } from './helpers/marks.ts';
import { afterSync, openOptions, syncNow, syncText } from './helpers/options-page.ts';
import { ownUiText } from './helpers/shadow.ts';
import { liveWorker, storedData } from './helpers/worker.ts';

const FEED_PORT = 47291;
const PREFERENCES_V1 = fileURLToPath(
  new URL('../fixtures/storage/preferences.v1.json', import.meta.url),
);
const HIKVISION = 'hangzhou-hikvision-digital-technology-co-ltd';
const en = createI18n('en');

// A removal dated yesterday: the status is computed for today, whatever day the tests run.
const removedOn = localIsoDate(new Date(Date.now() - 86_400_000));
const v2 = datasetVersion(2, (d) => removeListing(d, HIKVISION, 'ofac-ns-cmic', removedOn));
const V2_FEED = feedText(v2);

let ext: LoadedExtension;
let pages: TestServer;
let feed: FeedServer;

beforeAll(async () => {
  feed = await startFeedServer(FEED_PORT);
  pages = await startServer();
  ext = await launchExtension();
});

afterAll(async () => {
  await ext?.close();
  await pages?.close();
  await feed?.close();
});

async function hoverPopover(page: Page, text: string, expected: string): Promise<string> {
  const { x, y } = await centreOfText(page, text);
  await page.mouse.move(x - 40, y - 40);
  await page.mouse.move(x, y, { steps: 4 });
  await expect.poll(() => ownUiText(page), { timeout: 5_000 }).toContain(expected);
  const shown = await ownUiText(page);
  await page.mouse.move(5, 5);
  await expect.poll(() => ownUiText(page), { timeout: 5_000 }).not.toContain(expected);
  return shown;
}

describe('a newer feed', () => {
  it('is applied, and an open page shows the new status without a reload', async () => {
    const worker = await liveWorker(ext);
    // Hikvision is on the watchlist: the update must raise a notification.
    await worker.evaluate(
      (id) =>
        chrome.storage.local.set({
          watchlist: {
            version: 1,
            value: { items: [{ id, label: 'Hikvision', addedAt: new Date().toISOString() }] },
          },
        }),
      HIKVISION,
    );

    const article = await ext.newPage();
    await article.goto(pages.url('/demo-article.html'));
    await waitForMarks(article, 10);
    expect((await highlightedTexts(article)).ban).toContain('Hikvision');
    const before = await hoverPopover(article, 'Hikvision', 'Treasury NS-CMIC list');
    expect(before).toContain('Listed since 3 Jun 2021');
    expect(before).not.toContain('Removed from the list');
    expect(before).toContain('bundled data, not yet synced');
    // The page is never loaded again: a marker of ours would be gone after a reload.
    await article.evaluate(
      () => ((window as unknown as { notReloaded: boolean }).notReloaded = true),
    );

    feed.serve({ kind: 'feed', text: V2_FEED });
    const options = await openOptions(ext);
    expect(await syncText(options, 'dataset')).toContain('version 1');
    const shown = await syncNow(options);
    expect(shown.attempt).toContain(`Updated to dataset 2 (as of ${en.date(removedOn)}).`);
    expect(shown.dataset).toContain(`Data: version 2, as of ${en.date(removedOn)}`);
    expect(shown.error).toBe('No errors.');
    expect(await syncText(options, 'last-success')).toMatch(/^Last successful sync: /);
    // The change log says what changed, in words.
    await expect
      .poll(() => options.locator('.dl-changes').textContent())
      .toContain(
        `Hangzhou Hikvision Digital Technology Co., Ltd., Treasury NS-CMIC list: Removed ${en.date(removedOn)}`,
      );

    // The open page was told: Hikvision is no longer under an investment ban (still 1260H).
    await expect.poll(async () => (await highlightedTexts(article)).listed).toContain('Hikvision');
    expect((await highlightedTexts(article)).ban).not.toContain('Hikvision');
    const after = await hoverPopover(article, 'Hikvision', 'Removed from the list');
    expect(after).toContain(`Removed from the list on ${en.date(removedOn)}`);
    expect(after).toContain(`Data as of ${en.date(removedOn)}`);
    // DataInfo.lastSync comes from the sync state now.
    expect(after).toContain('last sync ');
    expect(after).not.toContain('not yet synced');
    expect(
      await article.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded),
    ).toBe(true);

    const stored = await storedData(worker);
    expect(stored).toMatchObject({
      version: 2,
      source: 'feed',
      previous: 1,
      entities: v2.entities.length,
      packs: [2],
      search: [2],
      changes: 1,
    });

    // A watched company changed: one notification.
    const notes = await worker.evaluate(() => chrome.notifications.getAll());
    expect(Object.keys(notes)).toEqual(['designation-lens-update-2']);
    await article.close();
    await options.close();
  });

  it('304: the server says nothing changed, and nothing does', async () => {
    feed.serve({ kind: 'feed', text: V2_FEED });
    const worker = await liveWorker(ext);
    const options = await openOptions(ext);
    await syncNow(options);
    const before = await storedData(worker);
    const requests = feed.requests.length;
    const shown = await syncNow(options);
    expect(feed.requests.length).toBe(requests + 1);
    expect(feed.requests.at(-1)!.headers['if-none-match']).toBeDefined();
    expect(shown.attempt).toContain(`Already up to date (dataset 2, as of ${en.date(removedOn)}).`);
    expect(await storedData(worker)).toEqual(before);
    await options.close();
  });

  it('no notification when notifications are turned off', async () => {
    const worker = await liveWorker(ext);
    // The example preferences of version 1 (tests/fixtures/storage): notifications off.
    const preferences = JSON.parse(readFileSync(PREFERENCES_V1, 'utf8')) as {
      value: { notifications: boolean; language: string };
    };
    expect(preferences.value.notifications).toBe(false);
    // That example also chooses Chinese, which the options page follows; this test reads it
    // in English.
    preferences.value.language = 'en';
    await worker.evaluate((p) => chrome.storage.sync.set({ preferences: p }), preferences);
    const v3 = datasetVersion(3, (d) => {
      removeListing(d, HIKVISION, 'ofac-ns-cmic', removedOn);
      removeListing(d, HIKVISION, 'dod-1260h', removedOn);
    });
    feed.serve({ kind: 'feed', text: feedText(v3) });
    const options = await openOptions(ext);
    expect((await syncNow(options)).attempt).toContain('Updated to dataset 3');
    const notes = await worker.evaluate(() => chrome.notifications.getAll());
    expect(Object.keys(notes)).not.toContain('designation-lens-update-3');
    await options.close();
  });
});

/** A signed feed whose payload was changed after signing: one digit of its version. */
function tampered(text: string): string {
  const changed = text.replace(`dataset_version\\":${HAVE + 1}`, `dataset_version\\":${HAVE + 2}`);
  if (changed === text) throw new Error('nothing to tamper with');
  return changed;
}

/** The version installed when the failure tests run (the tests above leave 3). */
const HAVE = 3;

const FAILURES: [string, () => FeedBehaviour, string][] = [
  [
    'a server error',
    () => ({ kind: 'status', status: 500 }),
    'The feed server answered 500: the data you have is kept.',
  ],
  [
    'a connection reset',
    () => ({ kind: 'reset' }),
    'The feed server could not be reached (offline, or the connection was refused or reset): the data you have is kept.',
  ],
  [
    'no answer (timeout)',
    () => ({ kind: 'hang' }),
    'The feed server did not answer in time: the data you have is kept.',
  ],
  [
    'a body cut short',
    () => ({ kind: 'truncate', text: feedText(datasetVersion(HAVE + 1)), bytes: 200_000 }),
    'The download was cut short before the whole file arrived: nothing was changed, and the data you have is kept.',
  ],
  [
    'invalid JSON',
    () => ({ kind: 'feed', text: '{"format": "designation-lens-feed/1", "payload": ' }),
    'The downloaded file is not a readable feed (it may be cut short or an error page): the data you have is kept.',
  ],
  [
    'schema-invalid data',
    () => ({
      kind: 'feed',
      text: feedText(
        datasetVersion(HAVE + 1, (d) => {
          d.entities[0]!.listings[0]!.events[0]!.date = '2021-02-30';
        }),
      ),
    }),
    'The feed’s data failed its checks: it was not applied.',
  ],
  [
    'a bad signature',
    () => ({ kind: 'feed', text: tampered(feedText(datasetVersion(HAVE + 1))) }),
    'The feed’s signature does not match: it was not applied.',
  ],
  [
    'a signature by another key',
    () => ({ kind: 'feed', text: feedText(datasetVersion(HAVE + 1), otherKey()) }),
    'The feed is signed with a key this extension does not trust: it was not applied.',
  ],
  [
    'another key under the trusted key id',
    () => {
      const forged = signPayload(JSON.stringify(datasetVersion(HAVE + 1)), otherKey());
      return { kind: 'feed', text: serializeEnvelope({ ...forged, key_id: TEST_KEY.id }) };
    },
    'The feed’s signature does not match: it was not applied.',
  ],
  [
    'an older version',
    () => ({ kind: 'feed', text: V2_FEED }),
    'The feed (dataset 2) is older than the data you have (dataset 3): it was not applied.',
  ],
  [
    'an oversized body',
    () => ({ kind: 'oversized', bytes: 9 * 1024 * 1024, declare: false }),
    'The feed file is larger than the extension accepts: it was not applied, and the data you have is kept.',
  ],
];

describe('a failed sync keeps the last good data, and the options page says why', () => {
  let options: Page;
  beforeAll(async () => {
    options = await openOptions(ext);
  });
  afterAll(() => options.close());

  it.each(FAILURES)('%s', async (_name, behaviour, words) => {
    const worker = await liveWorker(ext);
    const before = await storedData(worker);
    expect(before.version).toBe(HAVE);
    feed.serve(behaviour());
    const shown = await syncNow(options);
    expect(shown.error).toContain(words);
    expect(shown.attempt).toContain(words);
    expect(shown.dataset).toContain(`version ${HAVE}`);
    expect(await storedData(worker)).toEqual(before);
    // The last success is still shown for what it was.
    expect(await syncText(options, 'last-success')).toMatch(/^Last successful sync: /);
  });
});

describe('the schedule', () => {
  it('an alarm runs a sync, and the alarm stays scheduled', async () => {
    const worker = await liveWorker(ext);
    const next = datasetVersion(HAVE + 1);
    feed.serve({ kind: 'feed', text: feedText(next) });
    // The sync alarm with the period the preferences ask for, due now instead of hours from now
    // (unpacked extensions may fire alarms that soon).
    const period = await worker.evaluate(async () => {
      const stored = (await chrome.storage.sync.get('preferences')).preferences as {
        value: { syncIntervalHours: number };
      };
      const minutes = stored.value.syncIntervalHours * 60;
      await chrome.alarms.create('feed-sync', { when: Date.now() + 100, periodInMinutes: minutes });
      return minutes;
    });
    await expect
      .poll(async () => (await storedData(worker)).version, { timeout: 20_000 })
      .toBe(HAVE + 1);
    const alarm = await worker.evaluate(() => chrome.alarms.get('feed-sync'));
    expect(alarm?.periodInMinutes).toBe(period);
  });

  it('a missing alarm comes back, with the interval the preferences ask for', async () => {
    const worker = await liveWorker(ext);
    await worker.evaluate(async () => {
      await chrome.alarms.clear('feed-sync');
      const stored = (await chrome.storage.sync.get('preferences')).preferences as {
        version: number;
        value: Record<string, unknown>;
      };
      await chrome.storage.sync.set({
        preferences: { ...stored, value: { ...stored.value, syncIntervalHours: 48 } },
      });
    });
    await expect
      .poll(() =>
        worker.evaluate(async () => {
          const alarm = await chrome.alarms.get('feed-sync');
          return alarm?.periodInMinutes ?? null;
        }),
      )
      .toBe(48 * 60);
    const options = await openOptions(ext);
    expect(await syncText(options, 'interval')).toBe(
      'The extension checks the feed every 48 hours.',
    );
    await options.close();
  });
});

describe('a mirror', () => {
  it('is used once set, and the default comes back on reset', async () => {
    const version = (await storedData(await liveWorker(ext))).version!;
    feed.serve({ kind: 'feed', text: feedText(datasetVersion(version + 1)) });
    const options = await openOptions(ext);
    const mirror = `${feed.origin}/mirror/feed.json`;
    await options.getByLabel('Mirror address').fill(mirror);
    const shown = await afterSync(options, () =>
      options.getByRole('button', { name: 'Use this mirror' }).click(),
    );
    expect(shown.attempt).toContain(`Updated to dataset ${version + 1}`);
    expect(feed.requests.at(-1)!.path).toBe('/mirror/feed.json');
    expect(await syncText(options, 'feed')).toBe(`Feed address: ${mirror} (a mirror you chose)`);
    expect(await syncText(options, 'feed-message')).toBe(`The feed address is now ${mirror}.`);

    await afterSync(options, () =>
      options.getByRole('button', { name: 'Use the default feed' }).click(),
    );
    expect(feed.requests.at(-1)!.path).toBe('/feed.json');
    expect(await syncText(options, 'feed')).toBe(
      `Feed address: ${feed.url} (the project’s published feed, the default)`,
    );
    await options.close();
  });

  it('refuses an address that is not http(s)', async () => {
    const options = await openOptions(ext);
    await options.getByLabel('Mirror address').fill('ftp://mirror.example/feed.json');
    await options.getByRole('button', { name: 'Use this mirror' }).click();
    await expect
      .poll(() => syncText(options, 'feed-message'))
      .toBe('Enter an address that starts with https:// or http://.');
    await options.close();
  });
});

describe('privacy', () => {
  it('made no request to any address but 127.0.0.1', () => {
    expect(ext.foreignRequests).toEqual([]);
  });
});
