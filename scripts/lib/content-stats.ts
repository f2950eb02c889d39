/**
 * The content script's counters (test builds only), read from its isolated world through the
 * DevTools protocol: the page's own scripts cannot see them. Used by the end-to-end tests and
 * the page benchmark.
 */
import type { Page } from 'playwright-core';
import type { ContentStats } from '../../entrypoints/highlight.content/stats.ts';

export type { ContentStats };

/** The stats of the top frame's content script, or null before it has started. */
export async function contentStats(page: Page): Promise<ContentStats | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const contexts: { id: number; auxData?: { type?: string; frameId?: string } }[] = [];
    cdp.on('Runtime.executionContextCreated', (e: { context: (typeof contexts)[number] }) =>
      contexts.push(e.context),
    );
    await cdp.send('Runtime.enable');
    // Same-process iframes have content scripts (and isolated worlds) of their own: only the
    // top frame's counts, or a page with an empty iframe would report that iframe's figures.
    const { frameTree } = (await cdp.send('Page.getFrameTree')) as {
      frameTree: { frame: { id: string } };
    };
    const top = frameTree.frame.id;
    for (const c of contexts.filter(
      (x) => x.auxData?.type === 'isolated' && x.auxData.frameId === top,
    )) {
      const { result } = await cdp.send('Runtime.evaluate', {
        expression: 'globalThis.__designationLensStats ?? null',
        contextId: c.id,
        returnByValue: true,
      });
      if (result.value) return result.value as ContentStats;
    }
    return null;
  } finally {
    await cdp.detach();
  }
}

/** Waits until the content script has decided about the banner at least `n` times. */
export async function waitForBannerCheck(page: Page, n = 1): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    if (((await contentStats(page))?.bannerChecks ?? 0) >= n) return;
    await page.waitForTimeout(100);
  }
  throw new Error('the content script never checked the page for a banner');
}

/** Waits until the content script's queue has run empty `n` times (1: the initial scan is done). */
export async function waitForIdle(page: Page, n = 1, timeoutMs = 30_000): Promise<ContentStats> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const stats = await contentStats(page);
    if (stats && stats.idle >= n) return stats;
    await page.waitForTimeout(50);
  }
  throw new Error('the content script did not finish scanning');
}
