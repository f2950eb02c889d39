/**
 * The brokerage warning on quote pages: red for an active NS-CMIC listing, amber for a
 * 1260H-only listing, none when every listing is history; a dismissal is remembered per site
 * and company across reloads.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { highlightedTexts, waitForMarks } from './helpers/marks.ts';
import { useSession } from './helpers/session.ts';
import { ownUiText, ownUiTree, type UiNode } from './helpers/shadow.ts';
import { waitForBannerCheck } from '../../scripts/lib/content-stats.ts';

const s = useSession();

async function bannerText(page: Page): Promise<string> {
  const tree = await ownUiTree(page);
  const banner = tree && findClass(tree, 'dl-banner');
  return banner ? textOf(banner) : '';
}

function findClass(node: UiNode, cls: string): UiNode | null {
  if (node.classes.includes(cls)) return node;
  for (const c of node.children) {
    const hit = findClass(c, cls);
    if (hit) return hit;
  }
  return null;
}

function textOf(node: UiNode): string {
  return (node.text + node.children.map(textOf).join(' ')).replace(/\s+/g, ' ').trim();
}

describe('brokerage warning', () => {
  it('Hikvision: a red banner, an investment ban in force since 2 Aug 2021', async () => {
    const page = await s.open('/quote-hikvision.html');
    await expect.poll(() => bannerText(page), { timeout: 10_000 }).toContain('Treasury NS-CMIC');
    expect(await bannerText(page)).toContain(
      'Hangzhou Hikvision Digital Technology Co., Ltd. is on the Treasury NS-CMIC list: US persons may not buy or sell its publicly traded securities, since 2 Aug 2021.',
    );
    const tree = (await ownUiTree(page))!;
    expect(findClass(tree, 'dl-banner-ban')).not.toBeNull();
    await page.close();
  });

  it('Tencent (1260H only): an amber banner, no investment ban', async () => {
    const page = await s.open('/quote-tencent.html');
    await expect.poll(() => bannerText(page), { timeout: 10_000 }).toContain('1260H');
    expect(await bannerText(page)).toContain(
      'Tencent Holdings Limited is on the DoD Section 1260H list. No investment ban; DoD procurement bans from 30 Jun 2026 and 30 Jun 2027.',
    );
    expect(findClass((await ownUiTree(page))!, 'dl-banner-listed')).not.toBeNull();
    await page.close();
  });

  it('Xiaomi: no banner, and its marks show history', async () => {
    const page = await s.open('/quote-xiaomi.html');
    const marks = await waitForMarks(page, 3);
    expect(marks.history.length).toBeGreaterThanOrEqual(3);
    expect(marks.ban).toEqual([]);
    await waitForBannerCheck(page);
    expect(await bannerText(page)).toBe('');
    await page.close();
  });

  it('a dismissal persists across reloads, on this site, for this company', async () => {
    const page = await s.open('/quote-hikvision.html');
    await expect.poll(() => bannerText(page), { timeout: 10_000 }).toContain('NS-CMIC');
    await clickInOwnUi(page, 'Dismiss');
    await expect.poll(() => bannerText(page)).toBe('');
    await page.reload();
    await waitForMarks(page, 1);
    // The marks are back; the banner stays dismissed.
    expect((await highlightedTexts(page)).ban).toContain(
      'Hangzhou Hikvision Digital Technology Co., Ltd.',
    );
    await waitForBannerCheck(page);
    expect(await ownUiText(page)).toBe('');
    const sites = await s.ext.worker.evaluate(
      async () => (await chrome.storage.local.get('sites')).sites,
    );
    expect(sites).toMatchObject({
      value: {
        bannerDismissed: {
          '127.0.0.1': { 'hangzhou-hikvision-digital-technology-co-ltd': expect.any(String) },
        },
      },
    });
    await page.close();
  });
});

/** Clicks the button with this text inside our closed shadow root, through its box on screen. */
export async function clickInOwnUi(page: Page, label: string): Promise<void> {
  const tree = (await ownUiTree(page))!;
  const button = findButton(tree, label);
  if (!button?.box) throw new Error(`no "${label}" button in our UI`);
  await page.mouse.click(button.box.x + button.box.width / 2, button.box.y + button.box.height / 2);
}

function findButton(node: UiNode, label: string): UiNode | null {
  if (node.name === 'BUTTON' && textOf(node) === label) return node;
  for (const c of node.children) {
    const hit = findButton(c, label);
    if (hit) return hit;
  }
  return null;
}
