/**
 * npm run screenshots:page: pictures of the extension on pages, for docs/screenshots: the
 * popover on an article, the red and amber brokerage banners, and marks with a popover on a dark
 * page (with the browser in dark mode). Uses the test build (npm run build:test first).
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { waitForIdle } from './lib/content-stats.ts';
import { launchExtension } from './lib/launch-extension.ts';
import { startServer } from './lib/static-server.ts';

const out = fileURLToPath(new URL('../docs/screenshots/', import.meta.url));
mkdirSync(out, { recursive: true });

async function hover(page: Page, text: string): Promise<void> {
  const point = await page.evaluate((needle) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const at = (n as Text).data.indexOf(needle);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(n, at);
      range.setEnd(n, at + needle.length);
      const r = range.getClientRects()[0]!;
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    }
    return null;
  }, text);
  if (!point) throw new Error(`"${text}" is not on the page`);
  await page.mouse.move(point.x - 30, point.y - 30);
  await page.mouse.move(point.x, point.y, { steps: 3 });
  await page.waitForFunction(() => document.querySelector('designation-lens-ui') !== null);
  await page.waitForTimeout(500);
}

const server = await startServer();
for (const scheme of ['light', 'dark'] as const) {
  const ext = await launchExtension({ viewport: { width: 1100, height: 760 } });
  const page = await ext.newPage();
  await page.emulateMedia({ colorScheme: scheme });
  if (scheme === 'light') {
    await page.goto(server.url('/demo-article.html'));
    await waitForIdle(page);
    await hover(page, 'Huawei');
    await page.screenshot({ path: out + 'popover.png' });

    await page.goto(server.url('/quote-hikvision.html'));
    await waitForIdle(page);
    await page.waitForFunction(() => document.querySelector('designation-lens-ui') !== null);
    await page.waitForTimeout(300);
    await page.screenshot({
      path: out + 'banner-ns-cmic.png',
      clip: { x: 0, y: 0, width: 1100, height: 240 },
    });

    await page.goto(server.url('/quote-tencent.html'));
    await waitForIdle(page);
    await page.waitForFunction(() => document.querySelector('designation-lens-ui') !== null);
    await page.waitForTimeout(300);
    await page.screenshot({
      path: out + 'banner-1260h.png',
      clip: { x: 0, y: 0, width: 1100, height: 240 },
    });
  } else {
    await page.goto(server.url('/dark-article.html'));
    await waitForIdle(page);
    await hover(page, 'DJI');
    await page.screenshot({ path: out + 'dark-page.png' });
  }
  await ext.close();
}
await server.close();
console.log(`Wrote popover.png, banner-ns-cmic.png, banner-1260h.png and dark-page.png to ${out}`);
