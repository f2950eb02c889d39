/**
 * The popup's lookup end to end, in Chromium with the built extension and its seeded database:
 * a ticker in a qualified spelling, an ISIN, a Chinese name and a misspelt name each find their
 * company and say what matched; a result opens the full card; a lookup that finds nothing says
 * which lists were searched, as of when, and which lists are not covered. By keyboard only.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, type LoadedExtension } from '../../scripts/lib/launch-extension.ts';

let ext: LoadedExtension;
let popup: Page;

beforeAll(async () => {
  ext = await launchExtension();
});

afterAll(async () => {
  await ext?.close();
});

beforeEach(async () => {
  await popup?.close();
  popup = await ext.newPage();
  await popup.goto(ext.extensionUrl('popup.html'));
});

const searchBox = () => popup.getByLabel('Look up a company, ticker or ISIN');

interface Result {
  id: string | null;
  field: string | null;
  how: string | null;
  name: string;
  why: string;
}

/** The results shown for `query`, once the popup has answered that query. */
async function lookUp(query: string): Promise<Result[]> {
  await searchBox().fill(query);
  // The results that answer this query (not the previous one's, still on screen).
  const answered = () =>
    popup.evaluate(
      () => document.querySelector('.dl-lookup-results')?.getAttribute('data-query') ?? null,
    );
  await expect.poll(answered, { timeout: 5_000 }).toBe(query.trim());
  return popup.locator('.dl-result').evaluateAll((items) =>
    items.map((li) => ({
      id: li.getAttribute('data-entity'),
      field: li.getAttribute('data-field'),
      how: li.getAttribute('data-how'),
      name: li.querySelector('.dl-result-name')?.textContent ?? '',
      why: li.querySelector('.dl-result-why')?.textContent ?? '',
    })),
  );
}

/** Where keyboard focus is: the element's class and the company it belongs to, if any. */
function focused() {
  return popup.evaluate(() => {
    const el = document.activeElement;
    return {
      tag: el?.tagName.toLowerCase() ?? null,
      className: el?.className || null,
      entity: el?.closest('[data-entity]')?.getAttribute('data-entity') ?? null,
      link: el?.getAttribute('data-entity-link') ?? null,
    };
  });
}

describe('lookup', () => {
  it('finds Xiaomi by "1810.HK" and says the ticker matched', async () => {
    const results = await lookUp('1810.HK');
    expect(results).toEqual([
      {
        id: 'xiaomi-corporation',
        field: 'ticker',
        how: 'exact',
        name: 'Xiaomi Corporation',
        why: 'Matched ticker: HKEX: 01810',
      },
    ]);
  });

  it('finds a company by an ISIN the dataset holds', async () => {
    const results = await lookUp('CNE100000PM8');
    expect(results).toEqual([
      expect.objectContaining({
        id: 'hangzhou-hikvision-digital-technology-co-ltd',
        field: 'isin',
        why: 'Matched ISIN: CNE100000PM8',
      }),
    ]);
    // One character off is not "close enough" for an identifier.
    expect(await lookUp('CNE100000PM9')).toEqual([]);
  });

  it('finds Xiaomi by its Chinese short name 小米', async () => {
    const [first] = await lookUp('小米');
    expect(first).toEqual(
      expect.objectContaining({
        id: 'xiaomi-corporation',
        field: 'chinese',
        how: 'exact',
        why: 'Matched Chinese name: 小米',
      }),
    );
  });

  it('finds a misspelt name and says it is a similar spelling', async () => {
    const [first] = await lookUp('Grand China Aie');
    expect(first).toEqual(
      expect.objectContaining({
        id: 'grand-china-air-co-ltd',
        how: 'similar',
        why: 'Similar spelling of name: Grand China Air Co. Ltd',
      }),
    );
  });

  it('accepts a bare symbol and says it was typed without its exchange', async () => {
    const [first] = await lookUp('1810');
    expect(first).toEqual(
      expect.objectContaining({
        id: 'xiaomi-corporation',
        field: 'symbol',
        why: 'Matched ticker: HKEX: 01810 (symbol typed without its exchange)',
      }),
    );
  });

  it('with no result, says which lists were searched, as of when, and which it does not cover', async () => {
    expect(await lookUp('Zzyzx Widget Works')).toEqual([]);
    const message = popup.locator('.dl-no-results');
    expect(await message.getAttribute('role')).toBe('status');
    const text = (await message.textContent()) ?? '';
    expect(text).toContain('No company matching “Zzyzx Widget Works”');
    expect(text).toContain('data as of 22 Aug 2026');
    expect(await message.locator('.dl-searched li').allTextContents()).toEqual([
      'DoD Section 1237 list (E.O. 13959)',
      'Treasury NS-CMIC list',
      'DoD Section 1260H list',
    ]);
    const notCovered = (await message.locator('.dl-not-covered li').allTextContents()).join('\n');
    for (const list of [
      'Specially Designated Nationals (SDN)',
      'Entity List',
      'FCC Covered List',
      'UFLPA Entity List',
    ])
      expect(notCovered).toContain(list);
    expect(text).toContain('is not a clearance');
  });
});

describe('the full card, by keyboard', () => {
  it('Arrow Down and Enter open a result; Back returns focus to it', async () => {
    await lookUp('1810.HK');
    await searchBox().press('ArrowDown');
    expect(await focused()).toMatchObject({ tag: 'button', entity: 'xiaomi-corporation' });
    await popup.keyboard.press('Enter');

    const card = popup.locator('.dl-card[data-entity="xiaomi-corporation"]');
    await card.waitFor();
    // Focus moves to the card's heading, so the company's name is read first.
    expect(await focused()).toMatchObject({ tag: 'h2', entity: 'xiaomi-corporation' });
    const text = (await card.textContent()) ?? '';
    // Every listing, its status, what the list prohibits, history and confidence.
    const list = card.locator('[data-list="dod-1237"]');
    expect(await list.locator('.dl-state').textContent()).toBe('Vacated by a court on 25 May 2021');
    expect(await list.locator('.dl-prohibits').textContent()).toContain(
      'E.O. 13959 barred US persons',
    );
    expect(await list.locator('.dl-consequences').textContent()).toContain(
      'Purchase ban due 15 Mar 2021 never took effect: enjoined by a court on 12 Mar 2021',
    );
    expect(await list.locator('.dl-history li').allTextContents()).toContainEqual(
      expect.stringContaining('Enjoined by a court'),
    );
    expect(await list.locator('.dl-confidence').textContent()).toMatch(/^Confidence: /);
    expect(await list.locator('.dl-sources li').count()).toBeGreaterThan(0);
    // Names and identifiers, all of them.
    expect(text).toContain('小米');
    expect(text).toContain('HKEX: 01810');
    expect(text).toContain('OTC: XIACY');
    expect(text).toContain('ISIN KYG9830T1067');
    // The data's date.
    expect(await popup.locator('.dl-footer').textContent()).toContain('Data as of 22 Aug 2026');

    await popup.getByRole('button', { name: 'Back to results' }).press('Enter');
    await popup.locator('.dl-result').first().waitFor();
    expect(await focused()).toMatchObject({ tag: 'button', entity: 'xiaomi-corporation' });
  });

  it('arrow keys move between results and back up to the search box', async () => {
    const results = await lookUp('SMIC');
    expect(results.length).toBeGreaterThan(2);
    await searchBox().press('ArrowDown');
    expect((await focused()).entity).toBe(results[0]!.id);
    await popup.keyboard.press('ArrowDown');
    expect((await focused()).entity).toBe(results[1]!.id);
    await popup.keyboard.press('End');
    expect((await focused()).entity).toBe(results[results.length - 1]!.id);
    await popup.keyboard.press('Home');
    expect((await focused()).entity).toBe(results[0]!.id);
    await popup.keyboard.press('ArrowUp');
    expect(await focused()).toMatchObject({ tag: 'input', entity: null });
    // Tab reaches the results too.
    await popup.keyboard.press('Tab');
    expect((await focused()).entity).toBe(results[0]!.id);
  });

  it('opens the parent company from a card, and Back returns to the card it came from', async () => {
    const [first] = await lookUp('14th Research Institute of CETC');
    expect(first?.id).toBe('14th-research-institute-of-cetc');
    await popup.locator('.dl-result > button').first().click();
    const parentLink = popup.locator(
      '[data-entity-link="china-electronics-technology-group-corporation"]',
    );
    expect(await parentLink.textContent()).toBe('China Electronics Technology Group Corporation');
    await parentLink.press('Enter');
    await popup
      .locator('.dl-card[data-entity="china-electronics-technology-group-corporation"]')
      .waitFor();
    expect(await popup.locator('.dl-card [data-list]').evaluateAll((s) => s.length)).toBe(3);
    await popup.getByRole('button', { name: 'Back to 14th Research Institute of CETC' }).click();
    await parentLink.waitFor();
    expect(await focused()).toMatchObject({
      link: 'china-electronics-technology-group-corporation',
      entity: '14th-research-institute-of-cetc',
    });
  });
});
