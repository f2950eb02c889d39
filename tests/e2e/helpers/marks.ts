/**
 * Reading our highlights from the page: the registry is the document's, visible to page scripts.
 * The in-page functions are self-contained so that both drivers (Playwright for Chromium,
 * puppeteer for Firefox) can run them with their own `evaluate`.
 */
import type { Frame, Page } from 'playwright-core';

export type MarksBySeverity = Record<'ban' | 'listed' | 'history', string[]>;

/** In the page: the text of every range in our highlights, by severity (whatever the style and palette). */
export function marksInPage(): MarksBySeverity {
  const out: MarksBySeverity = { ban: [], listed: [], history: [] };
  for (const [name, highlight] of CSS.highlights) {
    const severity = /^designation-lens-(ban|listed|history)-/.exec(name)?.[1] as
      keyof MarksBySeverity | undefined;
    if (!severity) continue;
    for (const r of highlight) out[severity].push((r as Range).toString());
  }
  return out;
}

/** In the page: how many ranges our highlights hold. */
export function markCountInPage(): number {
  let sum = 0;
  for (const [name, h] of CSS.highlights) if (name.startsWith('designation-lens-')) sum += h.size;
  return sum;
}

/**
 * In the page: the viewport centre of the first occurrence of `needle` in the page's text nodes,
 * scrolled into view first; null if it is not on the page.
 */
export function textCentreInPage(needle: string): { x: number; y: number } | null {
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
}

/** The text of every range in our highlights, by severity. */
export async function highlightedTexts(target: Page | Frame): Promise<MarksBySeverity> {
  return target.evaluate(marksInPage);
}

/** The highlight names in use (they encode style and palette). */
export async function highlightNames(target: Page | Frame): Promise<string[]> {
  return target.evaluate(() =>
    [...CSS.highlights.keys()].filter((n) => n.startsWith('designation-lens-')).sort(),
  );
}

/** How many ranges our highlights hold. */
export async function markCount(target: Page | Frame): Promise<number> {
  return target.evaluate(markCountInPage);
}

/** Waits until the content script has painted at least `min` marks. */
export async function waitForMarks(
  target: Page | Frame,
  min = 1,
  timeout = 15_000,
): Promise<MarksBySeverity> {
  await target.waitForFunction(
    (n) => {
      let sum = 0;
      for (const [name, h] of CSS.highlights)
        if (name.startsWith('designation-lens-')) sum += h.size;
      return sum >= n;
    },
    min,
    { timeout },
  );
  return highlightedTexts(target);
}

/** The viewport centre of the first occurrence of `text` in the page's text nodes (scrolled into view). */
export async function centreOfText(
  target: Page | Frame,
  text: string,
): Promise<{ x: number; y: number }> {
  const point = await target.evaluate(textCentreInPage, text);
  if (!point) throw new Error(`"${text}" is not on the page`);
  return point;
}
