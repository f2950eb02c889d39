/**
 * The options page as a user drives it (mouse and keyboard), and what it changes: the marks on
 * a page already open in another tab follow the style, palette, disabled sites and "only on
 * sites I choose" without a reload; the settings file round trips; the page switches to
 * Chinese in place.
 */
import { readFile } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { highlightNames, markCount, waitForMarks } from './helpers/marks.ts';
import { openOptions } from './helpers/options-page.ts';
import { useSession } from './helpers/session.ts';
import { liveWorker } from './helpers/worker.ts';

const s = useSession();
/** Every mark on the demo article (as in controls.test.ts). */
const ALL_MARKS = 12;

/** Reads a stored item's value from an extension page. */
async function stored(page: Page, area: 'sync' | 'local', key: string): Promise<unknown> {
  return page.evaluate(
    async ([a, k]) => {
      const record = (await chrome.storage[a as 'sync' | 'local'].get(k))[k as string] as
        { value: unknown } | undefined;
      return record?.value;
    },
    [area, key] as const,
  );
}

/** Waits until the page's marks are drawn under names with this style and palette only. */
async function expectMarkStyle(page: Page, style: string, palette: string): Promise<void> {
  await expect
    .poll(async () => [
      ...new Set(
        (await highlightNames(page)).map((n) => n.replace(/^designation-lens-[a-z]+-/, '')),
      ),
    ])
    .toEqual([`${style}-${palette}`]);
}

async function openArticleAndOptions(): Promise<{ article: Page; options: Page }> {
  const article = await s.open('/demo-article.html');
  await waitForMarks(article, ALL_MARKS);
  const options = await openOptions(s.ext);
  // The preference sections appear once storage is read.
  await options.getByRole('heading', { name: 'Marks' }).waitFor();
  return { article, options };
}

afterEach(async () => {
  for (const page of s.ext.context.pages()) await page.close();
  const page = await s.ext.newPage();
  await page.goto(s.ext.extensionUrl('options.html'));
  await page.evaluate(async () => {
    await chrome.storage.sync.remove('preferences');
    await chrome.storage.local.remove(['sites', 'watchlist']);
  });
  await page.close();
  expect(s.pageErrors).toEqual([]);
});

describe('options page', () => {
  it('style and palette apply to an open page at once, and the preview shows them', async () => {
    const { article, options } = await openArticleAndOptions();
    await expectMarkStyle(article, 'underline', 'standard');
    // The preview draws with the page highlights too.
    expect(await highlightNames(options)).toEqual([
      'designation-lens-ban-underline-standard',
      'designation-lens-history-underline-standard',
      'designation-lens-listed-underline-standard',
    ]);

    await options.getByRole('radio', { name: 'Coloured background' }).check();
    await expectMarkStyle(article, 'background', 'standard');
    expect(await markCount(article)).toBe(ALL_MARKS);

    await options
      .getByRole('radio', { name: 'For colour-blind readers: blue, orange, grey' })
      .check();
    await expectMarkStyle(article, 'background', 'colour-blind');
    await expect
      .poll(() => highlightNames(options))
      .toContain('designation-lens-ban-background-colour-blind');

    // Keyboard only: the arrow key moves to the next colour choice and selects it.
    await options
      .getByRole('radio', { name: 'For colour-blind readers: blue, orange, grey' })
      .focus();
    await options.keyboard.press('ArrowDown');
    await expect(
      options.getByRole('radio', { name: 'High contrast: strong red, orange, grey' }).isChecked(),
    ).resolves.toBe(true);
    await expectMarkStyle(article, 'background', 'high-contrast');
    expect(await stored(options, 'sync', 'preferences')).toMatchObject({
      highlightStyle: 'background',
      palette: 'high-contrast',
    });
    expect(await markCount(article)).toBe(ALL_MARKS);
  });

  it('lists and history: unticking history removes the grey marks from the open page', async () => {
    const { article, options } = await openArticleAndOptions();
    await options.getByRole('checkbox', { name: /Show listings that ended/ }).uncheck();
    await expect
      .poll(async () => (await highlightNames(article)).some((n) => n.includes('-history-')))
      .toBe(false);
    expect(await markCount(article)).toBe(7);
    await options.getByRole('checkbox', { name: /Show listings that ended/ }).check();
    await expect.poll(() => markCount(article)).toBe(ALL_MARKS);
  });

  it('disabling the site clears its marks at once; removing it from the list brings them back', async () => {
    const { article, options } = await openArticleAndOptions();
    const input = options.getByLabel('Site to disable');
    await input.fill('not a site');
    await input.press('Enter');
    await expect
      .poll(() => options.locator('[data-sites="disabled-message"]').textContent())
      .toBe('“not a site” is not a site name or address. Enter one such as example.com.');
    expect(await markCount(article)).toBe(ALL_MARKS);

    // The address as copied from the address bar: the site is what is kept.
    await input.fill(article.url());
    await input.press('Enter');
    await expect.poll(() => markCount(article)).toBe(0);
    expect(await options.locator('[data-sites="disabled"] li .dl-site').allTextContents()).toEqual([
      '127.0.0.1',
    ]);
    expect(await stored(options, 'local', 'sites')).toMatchObject({ disabled: ['127.0.0.1'] });

    await options.getByRole('button', { name: 'Remove 127.0.0.1' }).click();
    await article.bringToFront();
    await expect.poll(() => markCount(article), { timeout: 15_000 }).toBe(ALL_MARKS);
    await expect(options.locator('[data-sites="disabled-none"]').count()).resolves.toBe(1);
  });

  it('"only on sites I choose" marks nothing until the site is chosen', async () => {
    const { article, options } = await openArticleAndOptions();
    await options.getByRole('radio', { name: 'Only on sites I choose' }).check();
    await expect.poll(() => markCount(article)).toBe(0);
    await expect(options.locator('[data-sites="chosen-empty"]').textContent()).resolves.toBe(
      'No site is chosen, so no page is marked: add the sites where the extension should work.',
    );

    await options.getByLabel('Site to choose').fill('127.0.0.1');
    await options.getByRole('button', { name: 'Add site' }).click();
    await article.bringToFront();
    await expect.poll(() => markCount(article), { timeout: 15_000 }).toBe(ALL_MARKS);
    expect(await options.locator('[data-sites="chosen"] li .dl-site').allTextContents()).toEqual([
      '127.0.0.1',
    ]);

    await options.getByRole('button', { name: 'Remove 127.0.0.1' }).click();
    await expect.poll(() => markCount(article)).toBe(0);
    await options.getByRole('radio', { name: 'On every site, except the sites I disable' }).check();
    await article.bringToFront();
    await expect.poll(() => markCount(article), { timeout: 15_000 }).toBe(ALL_MARKS);
  });

  it('exports the settings to a file and imports them back; a bad file changes nothing', async () => {
    const { article, options } = await openArticleAndOptions();
    await options.getByRole('radio', { name: 'Coloured background' }).check();
    await options
      .getByRole('radio', { name: 'For colour-blind readers: blue, orange, grey' })
      .check();
    await options.getByRole('checkbox', { name: 'DoD Section 1260H list' }).uncheck();
    await options.getByLabel('Site to disable').fill('news.example');
    await options.getByRole('button', { name: 'Disable site' }).click();
    await options.locator('[data-sites="disabled"]').waitFor();
    const watchlist = {
      items: [{ id: 'xiaomi-corporation', label: '1810.HK', addedAt: '2026-10-02T09:15:00.000Z' }],
    };
    await options.evaluate(
      (value) => chrome.storage.local.set({ watchlist: { version: 1, value } }),
      watchlist,
    );
    const before = {
      preferences: await stored(options, 'sync', 'preferences'),
      sites: await stored(options, 'local', 'sites'),
    };

    const [download] = await Promise.all([
      options.waitForEvent('download'),
      options.getByRole('button', { name: 'Export settings' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(
      /^designation-lens-settings-\d{4}-\d{2}-\d{2}\.json$/,
    );
    const text = await readFile((await download.path())!, 'utf8');
    const file = JSON.parse(text);
    expect(file.format).toBe('designation-lens-settings');
    expect(file.items.preferences.value).toEqual(before.preferences);
    expect(file.items.sites.value).toEqual(before.sites);
    expect(file.items.watchlist.value).toEqual(watchlist);

    // Everything back to the defaults, as in a new browser.
    await options.evaluate(async () => {
      await chrome.storage.sync.remove('preferences');
      await chrome.storage.local.remove(['sites', 'watchlist']);
    });
    await expect
      .poll(() => options.getByRole('radio', { name: 'Underline' }).isChecked())
      .toBe(true);
    await expectMarkStyle(article, 'underline', 'standard');

    // A file that is not ours is refused and changes nothing.
    await options.locator('#dl-import-file').setInputFiles({
      name: 'package.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"name": "something-else"}'),
    });
    await expect
      .poll(() => options.getByRole('alert').textContent())
      .toBe('That file is not a Designation Lens settings file. Nothing was changed.');
    expect(await stored(options, 'sync', 'preferences')).toBeUndefined();

    // A settings file with one bad value: refused as a whole, nothing half-applied.
    const broken = structuredClone(file);
    broken.items.watchlist.value.items[0].id = '';
    await options.locator('#dl-import-file').setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(broken)),
    });
    // Which value is wrong, as a path: no English validator words in the sentence.
    await expect
      .poll(() => options.getByRole('alert').textContent())
      .toBe('Part of that file (watchlist) is not valid, at items.0.id. Nothing was changed.');
    expect(await stored(options, 'sync', 'preferences')).toBeUndefined();
    expect(await stored(options, 'local', 'sites')).toBeUndefined();

    // A file over the limit is refused from its size.
    await options.locator('#dl-import-file').setInputFiles({
      name: 'huge.json',
      mimeType: 'application/json',
      buffer: Buffer.alloc(1_000_001, 0x20),
    });
    await expect
      .poll(() => options.getByRole('alert').textContent())
      .toBe('That file is too large to be a settings file (over 1 MB). Nothing was changed.');
    expect(await stored(options, 'sync', 'preferences')).toBeUndefined();

    await options.locator('#dl-import-file').setInputFiles({
      name: 'my-settings.json',
      mimeType: 'application/json',
      buffer: Buffer.from(text),
    });
    await expect
      .poll(() => options.locator('[data-file="message"]').textContent())
      .toBe('Settings imported from my-settings.json.');
    expect(await stored(options, 'sync', 'preferences')).toEqual(before.preferences);
    expect(await stored(options, 'local', 'sites')).toEqual(before.sites);
    expect(await stored(options, 'local', 'watchlist')).toEqual(watchlist);
    // The page shows what was imported, and the open article follows.
    expect(await options.getByRole('radio', { name: 'Coloured background' }).isChecked()).toBe(
      true,
    );
    expect(
      await options.getByRole('checkbox', { name: 'DoD Section 1260H list' }).isChecked(),
    ).toBe(false);
    await expectMarkStyle(article, 'background', 'colour-blind');
  });

  it('says on the page when a change cannot be stored, and shows what is stored', async () => {
    const options = await openOptions(s.ext);
    const history = options.getByRole('checkbox', { name: /Show listings that ended/ });
    await history.waitFor();
    // storage.sync refuses writes beyond so many a minute; the browser's message is English.
    await options.evaluate(() => {
      const area = chrome.storage.sync;
      const set = area.set.bind(area);
      (window as unknown as { restoreSet: () => void }).restoreSet = () => (area.set = set);
      area.set = () => Promise.reject(new Error('MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded'));
    });
    await history.click();
    await expect
      .poll(() => options.getByRole('alert').textContent())
      .toBe(
        'That change was not saved: too many changes in a short time. Wait a minute, then try again.',
      );
    // The box shows the stored value again.
    await expect.poll(() => history.isChecked()).toBe(true);
    expect(await stored(options, 'sync', 'preferences')).toBeUndefined();

    // Once a change is stored, the message goes.
    await options.evaluate(() => (window as unknown as { restoreSet: () => void }).restoreSet());
    await history.click();
    await expect.poll(() => options.getByRole('alert').count()).toBe(0);
    expect(await history.isChecked()).toBe(false);
    expect(await stored(options, 'sync', 'preferences')).toMatchObject({ showHistory: false });
  });

  it('the feed check interval is stored, shown in the sync status and followed by the alarm', async () => {
    const options = await openOptions(s.ext);
    const interval = options.getByLabel('Check the feed for new data');
    expect(await interval.inputValue()).toBe('12');
    await interval.selectOption('24');
    await expect
      .poll(
        async () => (await stored(options, 'sync', 'preferences')) as { syncIntervalHours: number },
      )
      .toMatchObject({ syncIntervalHours: 24 });
    await expect
      .poll(() => options.locator('[data-sync="interval"]').textContent())
      .toBe('The extension checks the feed every 24 hours.');
    // The background re-arms its sync alarm with the new period (in minutes).
    await expect
      .poll(async () =>
        (await liveWorker(s.ext)).evaluate(async () =>
          (await chrome.alarms.getAll()).map((a) => a.periodInMinutes),
        ),
      )
      .toEqual([24 * 60]);
  });

  it('choosing 中文 shows the page in Chinese at once, without a reload', async () => {
    const options = await openOptions(s.ext);
    await options.getByRole('heading', { name: 'Language' }).waitFor();
    await options.evaluate(
      () => ((window as unknown as { notReloaded: boolean }).notReloaded = true),
    );
    await options.getByRole('radio', { name: '简体中文' }).check();
    await expect.poll(() => options.locator('h1').textContent()).toBe('制裁名单透镜选项');
    expect(await options.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    expect(await options.title()).toBe('制裁名单透镜选项');
    const headings = await options.locator('h2').allTextContents();
    expect(headings).toEqual([
      '清单',
      '标记',
      '网站',
      '语言',
      '更新与通知',
      '数据与同步',
      '设置文件',
    ]);
    expect(await options.getByRole('button', { name: '导出设置' }).count()).toBe(1);
    expect(
      await options.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded),
    ).toBe(true);

    // And back, from the Chinese page: the browser's language is English.
    await options.getByRole('radio', { name: '与浏览器相同（当前为English）' }).check();
    await expect.poll(() => options.locator('h1').textContent()).toBe('Designation Lens options');
    expect(await options.evaluate(() => document.documentElement.lang)).toBe('en');
  });
});
