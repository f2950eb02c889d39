/**
 * The core flows in a real Firefox (Debian's ESR), with the built Firefox extension installed as a
 * temporary add-on and driven over WebDriver BiDi: marks on an article, the popover's content
 * (read out of its closed shadow root), the popup's lookup, the toolbar badge, and the
 * background's IndexedDB seeded from the bundled dataset.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import type { browser as Browser } from 'wxt/browser';
import {
  closedShadowRoot,
  launchFirefox,
  type FirefoxExtension,
} from '../../scripts/lib/launch-firefox.ts';
import { startServer, type TestServer } from '../../scripts/lib/static-server.ts';
import { realDataset } from '../helpers/dataset.ts';
import { markCountInPage, marksInPage, textCentreInPage } from '../e2e/helpers/marks.ts';
import { storedDataInContext } from '../e2e/helpers/worker.ts';
import { popoverLines } from '../helpers/popover-lines.ts';

/** The extension API as Firefox names it, inside one of the extension's own pages. */
type ExtensionWindow = typeof globalThis & { browser: typeof Browser };

let ff: FirefoxExtension;
let server: TestServer;
const pageErrors: string[] = [];

async function openPage(path: string): Promise<Page> {
  const page = await ff.newPage();
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  await page.goto(server.url(path));
  return page;
}

async function waitForMarks(page: Page, min: number): Promise<void> {
  await expect
    .poll(() => page.evaluate(markCountInPage), { timeout: 15_000 })
    .toBeGreaterThanOrEqual(min);
}

/** Moves the pointer onto the first occurrence of `text`, from a little above-left of it. */
async function hover(page: Page, text: string): Promise<void> {
  const point = await page.evaluate(textCentreInPage, text);
  if (!point) throw new Error(`"${text}" is not on the page`);
  await page.mouse.move(point.x - 40, point.y - 40);
  await page.mouse.move(point.x, point.y, { steps: 4 });
}

/** The open popover's text, whitespace collapsed; '' when there is no popover. */
async function popoverText(page: Page): Promise<string> {
  const host = await page.$('designation-lens-ui');
  if (!host) return '';
  const root = await closedShadowRoot(host);
  const text = await root.evaluate((r) => {
    const popover = r.querySelector('.dl-popover');
    if (!popover) return '';
    // Block elements read as separate lines, as a screen reader would take them.
    const parts: string[] = [];
    const walk = (n: Node) => {
      if (n.nodeType === Node.TEXT_NODE) parts.push((n as Text).data);
      else if (n.nodeName !== 'STYLE') n.childNodes.forEach(walk);
      if (n instanceof Element && /^(P|LI|H2|H3|DIV)$/.test(n.nodeName)) parts.push(' ');
    };
    walk(popover);
    return parts.join('');
  });
  return text.replace(/\s+/g, ' ').trim();
}

beforeAll(async () => {
  server = await startServer();
  ff = await launchFirefox();
});

afterAll(async () => {
  await ff?.close();
  await server?.close();
});

describe('Firefox: marks', () => {
  it('marks the designated companies on the demo article, by severity, and nothing else', async () => {
    const page = await openPage('/demo-article.html');
    await waitForMarks(page, 10);
    const marks = await page.evaluate(marksInPage);
    expect(marks.ban).toEqual(
      expect.arrayContaining(['Huawei', 'Hikvision', 'Inspur', 'SMIC', 'China Mobile']),
    );
    expect(marks.listed).toContain('COMAC');
    expect(marks.history).toEqual(
      expect.arrayContaining(['Xiaomi', 'Gowin Semiconductor', 'Luokung Technology']),
    );
    const all = [...marks.ban, ...marks.listed, ...marks.history];
    for (const name of ['Apple', 'Google', 'Alipay'])
      expect(
        all.some((m) => m.includes(name)),
        name,
      ).toBe(false);
    // Nothing of ours in the page's DOM until a popover is needed.
    expect(await page.$('designation-lens-ui')).toBeNull();
    await page.close();
  });
});

describe('Firefox: popover', () => {
  it("states Huawei's lists, status, prohibitions and deadlines, in a closed shadow root", async () => {
    const page = await openPage('/demo-article.html');
    await waitForMarks(page, 10);
    await hover(page, 'Huawei');
    await expect
      .poll(() => popoverText(page), { timeout: 5_000 })
      .toContain('Huawei Technologies Co., Ltd.');
    const text = await popoverText(page);

    const { lines } = popoverLines('huawei-technologies-co-ltd');
    for (const line of lines) expect(text).toContain(line);
    expect(text).toContain('Purchase ban in effect since 2 Aug 2021');
    expect(text).toContain('Data as of 22 Aug 2026');
    // The page cannot reach into it.
    expect(
      await page.evaluate(() => document.querySelector('designation-lens-ui')?.shadowRoot ?? null),
    ).toBeNull();
    await page.close();
  });

  it("says Xiaomi's 1237 designation was vacated, and closes when the pointer leaves", async () => {
    const page = await openPage('/demo-article.html');
    await waitForMarks(page, 10);
    await hover(page, 'Xiaomi');
    await expect
      .poll(() => popoverText(page), { timeout: 5_000 })
      .toContain('Vacated by a court on 25 May 2021');
    expect(await popoverText(page)).toContain(
      'Purchase ban due 15 Mar 2021 never took effect: enjoined by a court on 12 Mar 2021',
    );
    await page.mouse.move(5, 5);
    await expect.poll(() => popoverText(page), { timeout: 5_000 }).not.toContain('Vacated');
    await page.close();
  });
});

describe('Firefox: toolbar', () => {
  it("the badge counts the article's designated companies", async () => {
    const article = await openPage('/demo-article.html');
    await waitForMarks(article, 10);
    const popup = await ff.openExtensionPage('popup.html');
    const badge = () =>
      popup.evaluate(async (url: string) => {
        const { browser } = globalThis as ExtensionWindow;
        const tab = (await browser.tabs.query({})).find((t) => t.url === url);
        return tab?.id === undefined ? null : browser.action.getBadgeText({ tabId: tab.id });
      }, server.url('/demo-article.html'));
    // Ten names, twelve companies: "China Mobile" and "China Telecom" each name both a group
    // and its listed company. The content script reports a moment after painting.
    await expect.poll(badge, { timeout: 5_000 }).toBe('12');
    await popup.close();
    await article.close();
  });

  it("the popup's page panel lists the article's companies, worst first", async () => {
    const article = await openPage('/demo-article.html');
    await waitForMarks(article, 10);
    const lookup = await ff.openExtensionPage('popup.html');
    const tabId = await lookup.evaluate(async (url: string) => {
      const { browser } = globalThis as ExtensionWindow;
      return (await browser.tabs.query({})).find((t) => t.url === url)?.id ?? null;
    }, server.url('/demo-article.html'));
    expect(tabId).not.toBeNull();
    await lookup.close();
    const panel = await ff.openExtensionPage(`popup.html?tab=${tabId}`);
    const rows = () =>
      panel.evaluate(() =>
        [...document.querySelectorAll('.dl-panel-entry')].map(
          (e) => `${e.getAttribute('data-display')} ${e.getAttribute('data-entity')}`,
        ),
      );
    await expect.poll(async () => (await rows()).length, { timeout: 10_000 }).toBe(12);
    const found = await rows();
    expect(found[0]).toMatch(/^ban /);
    expect(found).toContain('history xiaomi-corporation');
    expect(found).toContain('listed commercial-aircraft-corporation-of-china-limited');
    await panel.close();
    await article.close();
  });

  it('the popup looks up a company by name, ticker and ISIN, and opens its card', async () => {
    const popup = await ff.openExtensionPage('popup.html');
    const search = (await popup.waitForSelector('::-p-aria(Look up a company, ticker or ISIN)'))!;
    const results = () =>
      popup.evaluate(() => [...document.querySelectorAll('.dl-result')].map((e) => e.textContent));
    for (const query of ['Hikvision', '002415', 'CNE100000PM8']) {
      // Clear the field the way a user does, then type.
      await search.focus();
      await popup.keyboard.down('Control');
      await popup.keyboard.press('a');
      await popup.keyboard.up('Control');
      await popup.keyboard.press('Backspace');
      await search.type(query);
      await expect
        .poll(results, { timeout: 5_000 })
        .toEqual([expect.stringContaining('Hangzhou Hikvision Digital Technology')]);
    }
    await popup.click('.dl-result button');
    const card = await popup.waitForSelector(
      '[data-entity="hangzhou-hikvision-digital-technology-co-ltd"] [data-list="ofac-ns-cmic"]',
    );
    const text = await card!.evaluate((e) => e.textContent ?? '');
    expect(text).toContain('Listed since 3 Jun 2021');
    expect(text).toContain('Purchase ban in effect since 2 Aug 2021');
    await popup.close();
  });
});

describe('Firefox: background', () => {
  it('seeded IndexedDB from the bundled dataset', async () => {
    const page = await ff.openExtensionPage('popup.html');
    // The popup shares the background's origin, and with it the database.
    const stored = await page.evaluate(storedDataInContext);
    expect(stored).toMatchObject({
      version: 1,
      asOf: '2026-08-22',
      source: 'bundled',
      entities: realDataset().entities.length,
    });
    expect(stored.packs.length).toBeGreaterThan(0);
    expect(stored.search.length).toBeGreaterThan(0);
    await page.close();
  });

  it('no page raised an error', () => {
    expect(pageErrors).toEqual([]);
  });
});
