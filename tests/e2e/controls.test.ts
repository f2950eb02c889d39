/**
 * The user's controls take effect on an open page without a reload: "disable on this site"
 * and "this is not that company" from the popover, the global pause, and the mark style.
 */
import { preferencesItem } from '../../lib/settings/preferences.ts';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { clickInOwnUi } from './banner.test.ts';
import {
  centreOfText,
  highlightNames,
  highlightedTexts,
  markCount,
  waitForMarks,
} from './helpers/marks.ts';
import { useSession } from './helpers/session.ts';
import { ownUiText } from './helpers/shadow.ts';

const s = useSession();

async function hover(page: Page, text: string): Promise<void> {
  const { x, y } = await centreOfText(page, text);
  await page.mouse.move(x - 30, y - 30);
  await page.mouse.move(x, y, { steps: 3 });
  await expect.poll(() => ownUiText(page), { timeout: 5_000 }).toContain('Matched');
}

async function setPreference(key: string, value: unknown): Promise<void> {
  await s.ext.worker.evaluate(
    async ([k, v, record]) => {
      const stored = (await chrome.storage.sync.get('preferences')).preferences as
        typeof record | undefined;
      const { version, value: prefs } = stored ?? record;
      await chrome.storage.sync.set({
        preferences: { version, value: { ...prefs, [k]: v } },
      });
    },
    [key, value, { version: preferencesItem.version, value: preferencesItem.defaults() }] as const,
  );
}

describe('controls', () => {
  it('"this is not that company" removes that company from this site only', async () => {
    const page = await s.open('/demo-article.html');
    await waitForMarks(page, 10);
    await hover(page, 'COMAC');
    await clickInOwnUi(page, 'This is not that company');
    await expect.poll(async () => (await highlightedTexts(page)).listed).toEqual([]);
    expect((await highlightedTexts(page)).ban).toContain('Huawei');
    // Another site (localhost is another host than 127.0.0.1) still marks it.
    const other = await s.ext.newPage();
    await other.goto(s.server.url('/demo-article.html').replace('127.0.0.1', 'localhost'));
    expect((await waitForMarks(other, 10)).listed).toEqual(['COMAC']);
    await other.close();
    await page.close();
  });

  it('"disable on this site" clears the marks at once, and a reload keeps them off', async () => {
    const page = await s.open('/integrity.html');
    await waitForMarks(page, 4);
    await hover(page, 'SMIC');
    await clickInOwnUi(page, 'Disable on this site');
    await expect.poll(() => markCount(page)).toBe(0);
    await page.reload();
    // A page of another site still gets marks, so the content script is running; this one stays clear.
    const other = await s.ext.newPage();
    await other.goto(s.server.url('/integrity.html').replace('127.0.0.1', 'localhost'));
    await waitForMarks(other, 4);
    expect(await markCount(page)).toBe(0);
    await other.close();
    await page.close();
    await s.ext.worker.evaluate(() => chrome.storage.local.remove('sites'));
  });

  it('the style and the global pause apply to an open page', async () => {
    const page = await s.open('/demo-article.html');
    await waitForMarks(page, 10);
    expect(await highlightNames(page)).toContain('designation-lens-ban-underline-standard');
    await setPreference('highlightStyle', 'background');
    await expect
      .poll(() => highlightNames(page))
      .toContain('designation-lens-ban-background-standard');
    await setPreference('palette', 'colour-blind');
    await expect
      .poll(() => highlightNames(page))
      .toContain('designation-lens-ban-background-colour-blind');
    expect(await markCount(page)).toBe(12);
    await setPreference('paused', true);
    await expect.poll(() => markCount(page)).toBe(0);
    await setPreference('paused', false);
    await expect.poll(() => markCount(page)).toBe(12);
    await setPreference('showHistory', false);
    await expect.poll(async () => (await highlightedTexts(page)).history).toEqual([]);
    expect(await markCount(page)).toBe(7);
    await page.close();
  });
});
