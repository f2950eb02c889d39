/**
 * The walking skeleton end to end: the built extension in a real Chromium, on the demo article
 * served from 127.0.0.1.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type LoadedExtension } from '../../scripts/lib/launch-extension.ts';
import { centreOfText, highlightedTexts, waitForMarks } from './helpers/marks.ts';
import { startServer, type TestServer } from '../../scripts/lib/static-server.ts';
import { ownUiText } from './helpers/shadow.ts';

let ext: LoadedExtension;
let server: TestServer;

beforeAll(async () => {
  server = await startServer();
  ext = await launchExtension();
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

describe('demo article', () => {
  it('marks the designated companies and nothing else', async () => {
    const page = await ext.newPage();
    await page.goto(server.url('/demo-article.html'));
    await waitForMarks(page, 10);
    const marks = await highlightedTexts(page);
    const all = [...marks.ban, ...marks.listed, ...marks.history];
    for (const name of [
      'Xiaomi',
      'Huawei',
      'Hikvision',
      'Inspur',
      'SMIC',
      'China Mobile',
      'China Telecom',
      'COMAC',
      'Gowin Semiconductor',
      'Luokung Technology',
    ]) {
      expect(all, name).toContain(name);
    }
    for (const name of ['Apple', 'Google', 'Alipay']) {
      expect(
        all.some((m) => m.includes(name)),
        name,
      ).toBe(false);
    }
    // Severity follows today's status: Hikvision has an active investment ban, COMAC a
    // 1260H listing without one, Xiaomi and Gowin only history.
    expect(marks.ban).toContain('Hikvision');
    expect(marks.history).toContain('Xiaomi');
    expect(marks.ban).toContain('Huawei');
    expect(marks.listed).toContain('COMAC');
    expect(marks.history).toContain('Gowin Semiconductor');
    // The page's DOM is untouched: no element of ours until a popover is needed.
    expect(await page.locator('designation-lens-ui').count()).toBe(0);
    await page.close();
  });

  it('hovering Xiaomi opens a popover saying its 1237 designation was vacated by a court', async () => {
    const page = await ext.newPage();
    await page.goto(server.url('/demo-article.html'));
    await waitForMarks(page, 10);
    const { x, y } = await centreOfText(page, 'Xiaomi');
    await page.mouse.move(x - 40, y - 40);
    await page.mouse.move(x, y, { steps: 4 });
    await expect.poll(() => ownUiText(page), { timeout: 5_000 }).toContain('Vacated by a court');
    const text = await ownUiText(page);
    expect(text).toContain('Xiaomi Corporation');
    expect(text).toContain('Vacated by a court on 25 May 2021');
    expect(text).toContain(
      'Purchase ban due 15 Mar 2021 never took effect: enjoined by a court on 12 Mar 2021',
    );
    expect(text).toContain('Data as of 22 Aug 2026');
    // Moving away closes it.
    await page.mouse.move(5, 5);
    await expect.poll(() => ownUiText(page), { timeout: 5_000 }).not.toContain('Vacated');
    await page.close();
  });
});

describe('popup', () => {
  it('finds Hikvision and shows its NS-CMIC status', async () => {
    const page = await ext.newPage();
    await page.goto(ext.extensionUrl('popup.html'));
    await page.getByLabel('Look up a company, ticker or ISIN').fill('Hikvision');
    await page.getByRole('button', { name: /Hangzhou Hikvision Digital Technology/ }).click();
    const card = page.locator('[data-entity="hangzhou-hikvision-digital-technology-co-ltd"]');
    const nsCmic = card.locator('[data-list="ofac-ns-cmic"]');
    await expect.poll(() => nsCmic.textContent()).toContain('Listed since 3 Jun 2021');
    const text = (await nsCmic.textContent()) ?? '';
    expect(text).toContain('Investment ban');
    expect(text).toContain('Purchase ban in effect since 2 Aug 2021');
    expect(text).toContain('Divestment window closed on 3 Jun 2022');
    await page.close();
  });
});

describe('privacy', () => {
  it('made no request to any address but 127.0.0.1', () => {
    expect(ext.foreignRequests).toEqual([]);
  });
});
