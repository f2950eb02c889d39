/**
 * Guests on the page: marking changes nothing the page can see in its content. A
 * MutationObserver the page installs before any content script records every change; the
 * only one allowed is our own host element, added when a popover first opens.
 */
import { describe, expect, it } from 'vitest';
import { centreOfText, highlightedTexts, waitForMarks } from './helpers/marks.ts';
import { useSession } from './helpers/session.ts';
import { ownUiText } from './helpers/shadow.ts';

const s = useSession();

interface Record_ {
  type: string;
  target: string;
  added: string[];
  removed: string[];
  attribute: string | null;
}

describe('page integrity', () => {
  it('marks text across inline elements without changing the DOM, text, selection or copy', async () => {
    const page = await s.open('/integrity.html');
    const before = await page.evaluate(() => ({
      markup: new XMLSerializer().serializeToString(document.body),
      text: document.body.innerText,
    }));
    await waitForMarks(page, 4);
    const marks = await highlightedTexts(page);
    // "<b>Xiao</b>mi" and "China <span>Mobile</span>" are one text each.
    expect([...marks.ban, ...marks.listed, ...marks.history].sort()).toEqual([
      'China Mobile',
      'Hikvision',
      'SMIC',
      'Xiaomi',
    ]);
    expect(
      await page.evaluate(() => (window as unknown as { __mutations: Record_[] }).__mutations),
    ).toEqual([]);

    // Select everything and copy: the page's own text, nothing of ours.
    const copied = await page.evaluate(() => {
      getSelection()!.selectAllChildren(document.body);
      let data = '';
      document.addEventListener('copy', () => (data = getSelection()!.toString()), { once: true });
      document.execCommand('copy');
      return { selection: getSelection()!.toString(), data };
    });
    expect(copied.data).toBe(copied.selection);
    expect(copied.selection.replace(/\s+/g, ' ').trim()).toBe(
      before.text.replace(/\s+/g, ' ').trim(),
    );
    await page.evaluate(() => getSelection()!.removeAllRanges());

    // Opening a popover adds our host element and nothing else.
    const { x, y } = await centreOfText(page, 'SMIC');
    await page.mouse.move(x - 30, y - 30);
    await page.mouse.move(x, y, { steps: 3 });
    await expect
      .poll(() => ownUiText(page), { timeout: 5_000 })
      .toContain('Semiconductor Manufacturing International');
    const records = await page.evaluate(
      () => (window as unknown as { __mutations: Record_[] }).__mutations,
    );
    expect(records).toEqual([
      {
        type: 'childList',
        target: 'HTML',
        added: ['DESIGNATION-LENS-UI'],
        removed: [],
        attribute: null,
      },
    ]);
    const after = await page.evaluate(() => ({
      markup: new XMLSerializer().serializeToString(document.body),
      text: document.body.innerText,
    }));
    expect(after.text).toBe(before.text);
    expect(after.markup).toBe(before.markup);
    await page.close();
  });
});
