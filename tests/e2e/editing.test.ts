/** Form fields, editable regions and code editors are never marked, and typing is untouched. */
import { describe, expect, it } from 'vitest';
import { highlightedTexts, waitForMarks } from './helpers/marks.ts';
import { useSession } from './helpers/session.ts';

const s = useSession();

describe('editing', () => {
  it('typing company names into an input, a textarea and a contenteditable marks nothing there', async () => {
    const page = await s.open('/inputs.html');
    await waitForMarks(page, 1);
    const typed = 'Xiaomi and Hikvision and SMIC';
    await page.locator('#field').fill('');
    await page.locator('#field').pressSequentially(typed);
    await page.locator('#area').pressSequentially(typed);
    await page.locator('#editable').click();
    await page.keyboard.press('End');
    await page.keyboard.type(typed);
    // A name added after the typing: once it is marked, the scanner has dealt with every
    // mutation the typing caused before it.
    await page.evaluate(() =>
      document.body.append(
        Object.assign(document.createElement('p'), { textContent: 'Tencent, after.' }),
      ),
    );
    await waitForMarks(page, 2);
    expect(await page.locator('#field').inputValue()).toBe(typed);
    expect(await page.locator('#area').inputValue()).toBe(typed);
    // (The editor collapses the space after "Draft:"; that is the browser, not us.)
    expect((await page.locator('#editable').textContent())?.replace(/\s+/g, ' ')).toMatch(
      new RegExp(`^Draft: ?${typed}$`),
    );
    const marks = await highlightedTexts(page);
    // Only the paragraphs: not the fields, the editable region or the code editor.
    expect([...marks.ban, ...marks.listed, ...marks.history]).toEqual(['Hikvision', 'Tencent']);
    // The caret is still where the typing left it: at the end of the editable text.
    const caret = await page.evaluate(() => {
      const sel = getSelection()!;
      return { text: sel.anchorNode?.textContent ?? '', offset: sel.anchorOffset };
    });
    expect(caret.text.endsWith(typed)).toBe(true);
    expect(caret.offset).toBe(caret.text.length);
    expect(s.pageErrors).toEqual([]);
    await page.close();
  });
});
