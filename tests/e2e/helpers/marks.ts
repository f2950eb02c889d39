/** Reading our highlights from the page: the registry is the document's, visible to page scripts. */
import type { Page } from 'playwright-core';

export type MarksBySeverity = Record<'ban' | 'listed' | 'history', string[]>;

export async function highlightedTexts(page: Page): Promise<MarksBySeverity> {
  return page.evaluate(() => {
    const read = (name: string) =>
      [...(CSS.highlights.get(name) ?? [])].map((r) => (r as Range).toString());
    return {
      ban: read('designation-lens-ban'),
      listed: read('designation-lens-listed'),
      history: read('designation-lens-history'),
    };
  });
}

/** Waits until the content script has painted at least `min` marks. */
export async function waitForMarks(
  page: Page,
  min = 1,
  timeout = 15_000,
): Promise<MarksBySeverity> {
  await page.waitForFunction(
    (n) =>
      ['designation-lens-ban', 'designation-lens-listed', 'designation-lens-history'].reduce(
        (sum, name) => sum + (CSS.highlights.get(name)?.size ?? 0),
        0,
      ) >= n,
    min,
    { timeout },
  );
  return highlightedTexts(page);
}

/** The viewport centre of the first occurrence of `text` in the page's text nodes. */
export async function centreOfText(page: Page, text: string): Promise<{ x: number; y: number }> {
  const point = await page.evaluate((needle) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const at = (n as Text).data.indexOf(needle);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(n, at);
      range.setEnd(n, at + needle.length);
      (n.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
      const r = range.getClientRects()[0]!;
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    }
    return null;
  }, text);
  if (!point) throw new Error(`"${text}" is not on the page`);
  return point;
}
