/**
 * The popup's page panel against a fixture page: it lists exactly the designated companies the
 * page contains, with their lists and mentions, for `?tab=ID` and for the tab the user came
 * from; a click shows the company on the page; a site the user turned off says so and can be
 * turned back on from the panel.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { waitForMarks } from './helpers/marks.ts';
import { useSession } from './helpers/session.ts';
import { popoverText } from './helpers/shadow.ts';
import { liveWorker } from './helpers/worker.ts';

const s = useSession();

/**
 * The extension's id for a page's tab. Tab addresses and titles are hidden from an extension
 * without the "tabs" permission, so the page is brought to the front and the active tab of the
 * one normal window read (the panels opened in windows of their own are "popup" windows).
 */
async function tabIdOf(page: Page): Promise<number> {
  await page.bringToFront();
  const worker = await liveWorker(s.ext);
  const ids = await worker.evaluate(async () =>
    (await chrome.tabs.query({ active: true, windowType: 'normal' })).map((t) => t.id),
  );
  expect(ids, 'one normal window, one active tab').toHaveLength(1);
  return ids[0]!;
}

interface PanelRow {
  id: string;
  display: string;
  name: string;
  count: string;
  lists: string[];
}

async function panelRows(popup: Page): Promise<PanelRow[]> {
  await popup.locator('[data-page]').first().waitFor();
  return popup.locator('.dl-panel-entry').evaluateAll((items) =>
    items.map((li) => ({
      id: li.getAttribute('data-entity') ?? '',
      display: li.getAttribute('data-display') ?? '',
      name: li.querySelector('.dl-panel-name')?.textContent ?? '',
      count: li.querySelector('.dl-panel-count')?.textContent ?? '',
      lists: [...li.querySelectorAll('[data-list]')].map((c) => c.getAttribute('data-list') ?? ''),
    })),
  );
}

const EXPECTED: PanelRow[] = [
  {
    id: 'hangzhou-hikvision-digital-technology-co-ltd',
    display: 'ban',
    name: 'Hangzhou Hikvision Digital Technology Co., Ltd.',
    count: '2×',
    lists: ['ofac-ns-cmic', 'dod-1260h', 'dod-1237'],
  },
  {
    id: 'commercial-aircraft-corporation-of-china-limited',
    display: 'listed',
    name: 'Commercial Aircraft Corporation of China Limited',
    count: '1×',
    lists: ['dod-1260h', 'dod-1237'],
  },
  {
    id: 'xiaomi-corporation',
    display: 'history',
    name: 'Xiaomi Corporation',
    count: '1×',
    lists: ['dod-1237'],
  },
];

describe('the page panel', () => {
  it('lists exactly what the page contains, for ?tab=ID', async () => {
    const page = await s.open('/panel.html');
    await waitForMarks(page, 4);
    const popup = await s.ext.newPage();
    await popup.goto(s.ext.extensionUrl(`popup.html?tab=${await tabIdOf(page)}`));
    await expect.poll(() => panelRows(popup)).toEqual(EXPECTED);
    expect(await popup.locator('#dl-popup-tab-page').getAttribute('aria-selected')).toBe('true');
    expect(await popup.locator('.dl-panel-head').textContent()).toContain('127.0.0.1');

    // A click brings the page forward, scrolls to the company and opens its popover.
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await popup.locator('[data-entity="xiaomi-corporation"] button').click();
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(1000);
    await expect.poll(() => popoverText(page)).toContain('Xiaomi');
    await popup.close();
    await page.close();
  });

  it('describes the tab the user came from when opened without ?tab=', async () => {
    const page = await s.open('/panel.html');
    await waitForMarks(page, 4);
    await page.bringToFront();
    // The popup in a window of its own: its own tab is skipped, the page's tab is the one
    // most recently used.
    const worker = await liveWorker(s.ext);
    const opened = s.ext.context.waitForEvent('page');
    await worker.evaluate(
      (url) => chrome.windows.create({ url, type: 'popup', width: 460, height: 600 }),
      s.ext.extensionUrl('popup.html?view=page'),
    );
    const popup = await opened;
    await expect.poll(() => panelRows(popup)).toEqual(EXPECTED);
    // "Keep open in a window" opens the panel for that very tab, by its id.
    const detached = s.ext.context.waitForEvent('page');
    await popup.locator('[data-action="detach"]').click();
    const own = await detached;
    expect(own.url()).toBe(s.ext.extensionUrl(`popup.html?tab=${await tabIdOf(page)}`));
    await expect.poll(() => panelRows(own)).toEqual(EXPECTED);
    expect(await own.locator('[data-action="detach"]').count()).toBe(0);
    await own.close();
    await popup.close();
    await page.close();
  });

  it('says so on a page with nothing designated, without reading as a clearance', async () => {
    const page = await s.open('/plain.html');
    const popup = await s.ext.newPage();
    await popup.goto(s.ext.extensionUrl(`popup.html?tab=${await tabIdOf(page)}`));
    const head = popup.locator('.dl-panel-head');
    await expect.poll(() => head.textContent()).toContain('not a clearance');
    // It names what was looked for, as of when, and what is not covered.
    expect(await head.textContent()).toContain(
      'No company on the Treasury NS-CMIC list, DoD Section 1260H list and DoD Section 1237 list (E.O. 13959) was found',
    );
    expect(await head.textContent()).toContain('OFAC’s SDN list');
    expect(await panelRows(popup)).toEqual([]);
    await popup.close();
    await page.close();
  });

  it('on a site the user turned off, says so and turns it back on from the panel', async () => {
    const page = await s.open('/panel.html');
    await waitForMarks(page, 4);
    const popup = await s.ext.newPage();
    await popup.goto(s.ext.extensionUrl(`popup.html?tab=${await tabIdOf(page)}`));
    await expect.poll(() => panelRows(popup)).toHaveLength(3);
    await popup.evaluate(async () => {
      const key = 'sites';
      const stored = (await chrome.storage.local.get(key))[key] as
        { version: number; value: Record<string, unknown> } | undefined;
      const value = stored?.value ?? { enabled: [], notThat: {}, bannerDismissed: {} };
      await chrome.storage.local.set({
        [key]: { version: 1, value: { ...value, disabled: ['127.0.0.1'] } },
      });
    });
    const off = popup.locator('[data-page="off"]');
    await expect.poll(() => off.textContent()).toContain('turned off on 127.0.0.1');
    await off.getByRole('button', { name: 'Turn on for 127.0.0.1' }).click();
    await expect.poll(() => panelRows(popup)).toEqual(EXPECTED);
    await popup.close();
    await page.close();
  });

  it('says when no content script answers, and offers a reload', async () => {
    const page = await s.ext.newPage();
    await page.goto('about:blank');
    const blankId = await tabIdOf(page);
    const popup = await s.ext.newPage();
    await popup.goto(s.ext.extensionUrl(`popup.html?tab=${blankId}`));
    const note = popup.locator('[data-page="unreachable"]');
    await expect.poll(() => note.textContent()).toContain('has not read this page');
    expect(await note.getByRole('button', { name: 'Reload the page' }).count()).toBe(1);
    await popup.close();
    await page.close();
  });

  it('says a closed tab is gone', async () => {
    const page = await s.open('/panel.html');
    const id = await tabIdOf(page);
    await page.close();
    const popup = await s.ext.newPage();
    await popup.goto(s.ext.extensionUrl(`popup.html?tab=${id}`));
    await expect
      .poll(() => popup.locator('[data-page="gone"]').textContent())
      .toBe('This tab has been closed.');
    await popup.close();
  });

  it('raised no page errors', () => {
    expect(s.pageErrors).toEqual([]);
  });
});
