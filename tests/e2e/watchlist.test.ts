/**
 * The watchlist screen in a real Chromium: a brokerage CSV imported through the file input
 * gives the right table (designated holdings with their lists, unknown ones listed as not
 * covered), the CSV export downloads and is injection-safe, and watched companies persist in
 * storage.local across a reload.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type LoadedExtension } from '../../scripts/lib/launch-extension.ts';
import { parseCsv } from '../../lib/importer/csv.ts';

const fixture = (name: string) =>
  fileURLToPath(new URL(`../fixtures/portfolio/${name}`, import.meta.url));

let ext: LoadedExtension;

beforeAll(async () => {
  ext = await launchExtension();
});

afterAll(async () => {
  await ext?.close();
});

async function openScreen(): Promise<Page> {
  const page = await ext.newPage();
  await page.goto(ext.extensionUrl('popup.html?view=watchlist'));
  await page.getByRole('heading', { name: 'Screen a portfolio' }).waitFor();
  return page;
}

async function importFile(page: Page, name: string): Promise<void> {
  await page.getByLabel('Import CSV').setInputFiles(fixture(name));
}

const row = (page: Page, line: number) => page.locator(`tr[data-line="${line}"]`);

async function storedWatchlist(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const stored = (await chrome.storage.local.get('watchlist')).watchlist as
      { value: { items: { id: string }[] } } | undefined;
    return (stored?.value.items ?? []).map((i) => i.id);
  });
}

describe('importing a Fidelity-style positions export', () => {
  it('lists every holding: designated ones with their lists, the rest as not covered', async () => {
    const page = await openScreen();
    await importFile(page, 'fidelity-positions.csv');
    const rows = page.locator('tr.dl-wl-row');
    await expect.poll(() => rows.count()).toBe(8);

    const summary = await page.getByTestId('summary').textContent();
    expect(summary).toBe(
      '8 holdings: 2 designated, 0 to check, 1 formerly listed, 5 not on the covered lists.',
    );
    const read = (await page.locator('.dl-wl-read').textContent()) ?? '';
    expect(read).toContain('fidelity-positions.csv');
    expect(read).toContain(
      'from the table on line 5 (columns used: Symbol, Description, Quantity)',
    );

    const baba = row(page, 8);
    expect(await baba.getAttribute('data-result')).toBe('designated');
    expect(await baba.getAttribute('data-entity')).toBe('alibaba-group-holding-limited');
    const babaText = (await baba.textContent()) ?? '';
    expect(babaText).toContain('Alibaba Group Holding Limited');
    expect(babaText).toContain('by ticker US:BABA');
    expect(await baba.locator('[data-list="dod-1260h"]').textContent()).toContain(
      'DoD Section 1260H list',
    );
    expect(await baba.locator('[data-list]').count()).toBe(1);
    // The 1260H consequences: the later DoD ban (goods and services sourced from it), 30 Jun 2027.
    expect(await baba.locator('time').getAttribute('datetime')).toBe('2027-06-30');
    expect(await baba.locator('time').textContent()).toMatch(
      /^DoD ban on goods and services sourced from it: 30 Jun 2027 \(.+\)$/,
    );

    const chinaMobile = row(page, 9);
    expect(await chinaMobile.getAttribute('data-result')).toBe('designated');
    expect(await chinaMobile.getAttribute('data-entity')).toBe('china-mobile-limited');
    const nsCmic = (await chinaMobile.locator('[data-list="ofac-ns-cmic"]').textContent()) ?? '';
    expect(nsCmic).toContain('Investment ban');
    expect(nsCmic).toContain('Listed since 3 Jun 2021');
    // For a holder the investment ban's deadlines come first: the divestment window closed.
    expect(await chinaMobile.locator('time').getAttribute('datetime')).toBe('2022-06-03');
    expect(await chinaMobile.locator('time').textContent()).toMatch(
      /^Divestment deadline: 3 Jun 2022 \(.+ days ago\)$/,
    );

    const xiaomi = row(page, 10);
    expect(await xiaomi.getAttribute('data-result')).toBe('history');
    expect(await xiaomi.textContent()).toContain('Vacated by a court on 25 May 2021');

    for (const [line, entered] of [
      [6, 'SPAXX'],
      [7, 'AAPL'],
      [11, 'KWEB'],
      [12, 'CTM'],
      [13, '=HYPERLINK("http://127.0.0.1/x")'],
    ] as const) {
      const r = row(page, line);
      expect(await r.getAttribute('data-result'), entered).toBe('none');
      expect(await r.locator('.dl-wl-entered').textContent()).toBe(entered);
      expect(await r.textContent()).toContain('Not on the covered lists');
    }

    const coverage = (await page.locator('.dl-wl-coverage').textContent()) ?? '';
    expect(coverage).toContain('with data as of 22 Aug 2026');
    expect(coverage).toContain('does not mean cleared');
    expect(coverage).toContain('SDN list');
    expect(coverage).toContain('Entity List');
    expect(coverage).toContain('Funds and ETFs are not looked through');
    await page.close();
  });

  it('exports the result as a CSV download, every row kept, formulas neutralised', async () => {
    const page = await openScreen();
    await importFile(page, 'fidelity-positions.csv');
    await expect.poll(() => page.locator('tr.dl-wl-row').count()).toBe(8);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^designation-screen-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = await readFile(await download.path(), 'utf8');
    expect(text.startsWith('\ufeff')).toBe(true);
    const records = parseCsv(text.slice(1)).records.map((r) => r.fields);
    expect(records).toHaveLength(9);
    const header = records[0]!;
    expect(header.slice(0, 9)).toEqual([
      'Line',
      'Holding (as entered)',
      'Symbol',
      'ISIN',
      'Name',
      'Exchange',
      'Quantity',
      'Result',
      'Company',
    ]);
    const col = (name: string) => header.indexOf(name);
    const byLine = new Map(records.slice(1).map((r) => [r[0], r]));
    const baba = byLine.get('8')!;
    expect(baba[col('Result')]).toBe('Designated');
    expect(baba[col('Company')]).toBe('Alibaba Group Holding Limited');
    expect(baba[col('Lists and status')]).toContain('DoD Section 1260H list: Listed since');
    expect(baba[col('Deadline date')]).toBe('2027-06-30');
    expect(baba[col('Data as of')]).toBe('2026-08-22');
    expect(baba[col('Coverage')]).toContain('Not screened: OFAC SDN list, Entity List');
    expect(byLine.get('7')![col('Result')]).toBe('Not on the covered lists');
    expect(byLine.get('10')![col('Result')]).toBe('Formerly listed');
    // Cells a spreadsheet would run as formulas start with an apostrophe.
    const injected = byLine.get('13')!;
    expect(injected[col('Symbol')]).toBe('\'=HYPERLINK("http://127.0.0.1/x")');
    expect(injected[col('Name')]).toBe("'@SUM(A1)");
    expect(injected[col('Quantity')]).toBe("'-5");
    await page.close();
  });

  it('watches the designated holdings, keeps them after a reload, and removes one', async () => {
    const page = await openScreen();
    expect(await page.getByText('No companies on your watchlist yet.').count()).toBe(1);
    await importFile(page, 'fidelity-positions.csv');
    await page.getByRole('button', { name: 'Watch all designated (2)' }).click();
    await expect
      .poll(() => storedWatchlist(page))
      .toEqual(['alibaba-group-holding-limited', 'china-mobile-limited']);
    expect(
      await row(page, 8)
        .getByRole('button', { name: /^Watch Alibaba Group Holding Limited/ })
        .getAttribute('aria-pressed'),
    ).toBe('true');

    await page.reload();
    const watched = page.locator('li[data-watched="alibaba-group-holding-limited"]');
    await expect.poll(() => watched.textContent()).toContain('Alibaba Group Holding Limited');
    expect(await watched.textContent()).toContain('entered as BABA · ALIBABA GROUP HOLDING LTD');
    expect(await page.locator('li[data-watched]').count()).toBe(2);

    await page
      .getByRole('button', { name: 'Remove Alibaba Group Holding Limited from the watchlist' })
      .click();
    await expect.poll(() => storedWatchlist(page)).toEqual(['china-mobile-limited']);
    expect(await page.locator('li[data-watched]').count()).toBe(1);
    await page.close();
  });
});

describe('other inputs', () => {
  it('reads a semicolon CSV with a BOM and an ISIN column', async () => {
    const page = await openScreen();
    await importFile(page, 'european-semicolon.csv');
    await expect.poll(() => page.locator('tr.dl-wl-row').count()).toBe(6);
    expect(await row(page, 5).getAttribute('data-entity')).toBe(
      'hangzhou-hikvision-digital-technology-co-ltd',
    );
    expect(await row(page, 5).textContent()).toContain('by ISIN CNE100000PM8');
    expect(await row(page, 8).getAttribute('data-entity')).toBe('china-unicom-hong-kong-limited');
    expect(await row(page, 9).getAttribute('data-result')).toBe('none');
    expect(await page.getByTestId('summary').textContent()).toBe(
      '6 holdings: 2 designated, 0 to check, 1 formerly listed, 3 not on the covered lists.',
    );
    await page.close();
  });

  it('screens a pasted list, showing a near miss as a possible match that is not counted', async () => {
    const page = await openScreen();
    await page
      .getByLabel('Tickers, ISINs or names, one per line')
      .fill('SZSE:002415\nHikvision Digital\nApple Inc.');
    await page.getByRole('button', { name: 'Screen', exact: true }).click();
    await expect.poll(() => page.locator('tr.dl-wl-row').count()).toBe(3);
    expect(await row(page, 1).getAttribute('data-result')).toBe('designated');
    expect(await row(page, 2).getAttribute('data-result')).toBe('possible');
    const possible = (await row(page, 2).textContent()) ?? '';
    expect(possible).toContain('Possible match, check');
    expect(possible).toContain('Hangzhou Hikvision Digital Technology Co., Ltd.');
    expect(await row(page, 2).getByRole('button').count()).toBe(0);
    expect(await page.getByTestId('summary').textContent()).toBe(
      '3 holdings: 1 designated, 1 to check, 0 formerly listed, 1 not on the covered lists.',
    );
    await page.close();
  });

  it('says clearly what is wrong with a malformed file, and screens nothing', async () => {
    const page = await openScreen();
    await importFile(page, 'unterminated-quote.csv');
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain('opens on line 2 is never closed');
    expect(await page.locator('tr.dl-wl-row').count()).toBe(0);
    await importFile(page, 'binary.png');
    await expect.poll(() => alert.textContent()).toContain('This is not a text file.');
    await importFile(page, 'no-column.csv');
    await expect
      .poll(() => alert.textContent())
      .toContain('(the columns are: Date, Amount, Currency)');
    await page.close();
  });
});

describe('checks that a bare match cannot make', () => {
  it('shows a delisted ticker as a possible match, with the reason', async () => {
    const page = await openScreen();
    await page.getByLabel('Tickers, ISINs or names, one per line').fill('CHL\nHKEX: 941');
    await page.getByRole('button', { name: 'Screen', exact: true }).click();
    await expect.poll(() => page.locator('tr.dl-wl-row').count()).toBe(2);
    expect(await row(page, 1).getAttribute('data-result')).toBe('possible');
    expect(await row(page, 1).textContent()).toContain(
      'by ticker NYSE:CHL, which is delisted there: the symbol may now belong to another company',
    );
    expect(await row(page, 2).getAttribute('data-result')).toBe('designated');
    expect(await page.getByTestId('summary').textContent()).toBe(
      '2 holdings: 1 designated, 1 to check, 0 formerly listed, 0 not on the covered lists.',
    );
    await page.close();
  });
});

describe('a watched company the data no longer has', () => {
  it('is listed as such, and its name is asked for once, not again and again', async () => {
    const page = await ext.newPage();
    // Counts the popup's getEntities requests.
    await page.addInitScript(() => {
      const counted = window as unknown as { getEntitiesSent: number };
      counted.getEntitiesSent = 0;
      const send = chrome.runtime.sendMessage.bind(chrome.runtime) as (m: unknown) => unknown;
      (chrome.runtime as unknown as { sendMessage: (m: unknown) => unknown }).sendMessage = (
        m: unknown,
      ) => {
        if ((m as { type?: string } | null)?.type === 'getEntities') counted.getEntitiesSent++;
        return send(m);
      };
    });
    await page.goto(ext.extensionUrl('popup.html?view=watchlist'));
    await page.evaluate(() =>
      chrome.storage.local.set({
        watchlist: {
          version: 1,
          value: {
            items: [
              { id: 'china-mobile-limited', label: '941', addedAt: '2026-03-01T10:00:00Z' },
              { id: 'no-such-company-ltd', label: 'NSC', addedAt: '2026-03-01T10:00:00Z' },
            ],
          },
        },
      }),
    );
    await page.reload();
    const gone = page.locator('li[data-watched="no-such-company-ltd"]');
    await expect.poll(() => gone.textContent()).toContain('No longer in the data');
    expect(await gone.getAttribute('data-gone')).toBe('true');
    const found = page.locator('li[data-watched="china-mobile-limited"]');
    expect(await found.textContent()).toContain('China Mobile Limited');
    expect(await found.getAttribute('data-gone')).toBeNull();
    // A second on, still the one request made when the list was shown.
    await page.waitForTimeout(1000);
    expect(
      await page.evaluate(() => (window as unknown as { getEntitiesSent: number }).getEntitiesSent),
    ).toBe(1);
    await page.evaluate(() => chrome.storage.local.remove('watchlist'));
    await page.close();
  });
});

describe('in the popup', () => {
  it('offers to open the screen in a tab', async () => {
    const page = await ext.newPage();
    await page.goto(ext.extensionUrl('popup.html'));
    await page.getByRole('tab', { name: 'Watchlist' }).click();
    const link = page.getByRole('link', { name: 'Open in a tab' });
    expect(await link.getAttribute('href')).toBe(ext.extensionUrl('popup.html?view=watchlist'));
    await page.close();
  });
});
