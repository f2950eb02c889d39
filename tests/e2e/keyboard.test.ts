/**
 * The keyboard path: Alt+Shift+L moves through the marks in document order, opening each one's
 * popover with focus and announcing it in a live region.
 */
import { describe, expect, it } from 'vitest';
import { waitForMarks } from './helpers/marks.ts';
import { useSession } from './helpers/session.ts';
import { ownUiText, popoverText } from './helpers/shadow.ts';

const s = useSession();

describe('keyboard', () => {
  it('Alt+Shift+L opens the next mark, focused and announced', async () => {
    const page = await s.open('/demo-article.html');
    await waitForMarks(page, 10);
    await page.keyboard.press('Alt+Shift+KeyL');
    await expect.poll(() => ownUiText(page), { timeout: 5_000 }).toContain('Mark 1 of 12');
    // The first mark in document order is Xiaomi, in the first paragraph.
    expect(await ownUiText(page)).toContain('Xiaomi Corporation');
    // Focus went into our UI (the page sees our host as its active element).
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('DESIGNATION-LENS-UI');
    await expect.poll(() => ownUiText(page)).toContain('Xiaomi. Mark 1 of 12');

    await page.keyboard.press('Alt+Shift+KeyL');
    await expect.poll(() => ownUiText(page)).toContain('Mark 2 of 12');
    expect(await ownUiText(page)).toContain('Commercial Aircraft Corporation of China');

    // Escape closes it and gives focus back to the page.
    await page.keyboard.press('Escape');
    await expect.poll(() => popoverText(page)).toBe('');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('BODY');
    await page.close();
  });

  it('the manifest command does the same, through the background', async () => {
    const page = await s.open('/demo-article.html');
    await waitForMarks(page, 10);
    await page.bringToFront();
    // What Chrome does when the user presses the command's shortcut.
    await s.ext.worker.evaluate(async () => {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      await chrome.tabs.sendMessage(tab!.id!, { type: 'nextMark' }, { frameId: 0 });
    });
    await expect.poll(() => ownUiText(page), { timeout: 5_000 }).toContain('Mark 1 of 12');
    await page.close();
  });

  it('"showEntity" from the page panel scrolls to that company and opens its popover', async () => {
    const page = await s.open('/demo-article.html');
    await waitForMarks(page, 10);
    await page.bringToFront();
    await s.ext.worker.evaluate(async () => {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      await chrome.tabs.sendMessage(tab!.id!, {
        type: 'showEntity',
        id: 'commercial-aircraft-corporation-of-china-limited',
      });
    });
    await expect.poll(() => ownUiText(page), { timeout: 5_000 }).toContain('Mark 2 of 12');
    expect(await ownUiText(page)).toContain('Commercial Aircraft Corporation of China');
    await page.close();
  });
});
