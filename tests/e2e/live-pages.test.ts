/**
 * Pages that keep changing: a React app that re-renders every 100 ms, and a feed that appends
 * items. The app keeps working without errors, and names that appear later are marked.
 */
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { highlightedTexts, waitForMarks } from './helpers/marks.ts';
import { useSession } from './helpers/session.ts';

const s = useSession();

beforeAll(async () => {
  const bundle = await build({
    entryPoints: [fileURLToPath(new URL('../fixtures/apps/react-feed.ts', import.meta.url))],
    bundle: true,
    write: false,
    format: 'iife',
    minify: true,
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  const js = bundle.outputFiles[0]!.contents;
  s.server.route(
    '/react-feed.js',
    (_req, res) => void res.writeHead(200, { 'content-type': 'text/javascript' }).end(js),
  );
});

describe('live pages', () => {
  it('a React app re-rendering every 100 ms keeps working, and new stories get marked', async () => {
    const page = await s.open('/react-feed.html');
    await waitForMarks(page, 2);
    await expect.poll(async () => (await highlightedTexts(page)).ban.sort()).toEqual(['Huawei']);
    // The clock keeps ticking: React owns its text nodes and we never touch them.
    const renders = await page.evaluate(() => window.__renders);
    await page.waitForFunction((n) => window.__renders > n + 5, renders);
    for (let i = 0; i < 3; i++) await page.locator('#add').click();
    await expect.poll(() => page.locator('#stories li').count()).toBe(4);
    await waitForMarks(page, 5);
    // Polled: React may replace a story's text node just before a sample, leaving its old
    // range collapsed until the rescan that follows (see below).
    await expect
      .poll(async () => {
        const marks = await highlightedTexts(page);
        return [...marks.ban, ...marks.listed].sort();
      })
      .toEqual(['BYD', 'Hikvision', 'Huawei', 'Tencent']);
    await expect.poll(async () => (await highlightedTexts(page)).history).toEqual(['Xiaomi']);
    // Re-renders replace the clock's text: its marks follow, never pile up.
    await page.waitForFunction(
      (n) => window.__renders > n + 10,
      await page.evaluate(() => window.__renders),
    );
    // Sampled between a re-render and the rescan that follows it, the old range is collapsed
    // (it draws nothing); the rescan replaces it with one new mark, never a second one.
    await expect.poll(async () => (await highlightedTexts(page)).history).toEqual(['Xiaomi']);
    expect(await page.evaluate(() => window.__appErrors)).toEqual([]);
    expect(s.pageErrors).toEqual([]);
    await page.close();
  });

  it('a feed that appends items gets each new name marked', async () => {
    const page = await s.open('/live-feed.html');
    // 12 items, three of each; Alibaba and SenseTime are designated, Apple and Google are not.
    await page.waitForFunction(() => document.querySelectorAll('#feed li').length === 13);
    const marks = await waitForMarks(page, 6);
    expect([...marks.ban, ...marks.listed].sort()).toEqual([
      'Alibaba',
      'Alibaba',
      'Alibaba',
      'SenseTime',
      'SenseTime',
      'SenseTime',
    ]);
    expect(s.pageErrors).toEqual([]);
    await page.close();
  });
});

declare global {
  interface Window {
    __renders: number;
    __appErrors: string[];
  }
}
