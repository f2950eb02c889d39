/**
 * npm run screenshots:ui: pictures of the extension's own pages for docs/screenshots, in English
 * and Chinese, light and dark: the popup's lookup (results, then a company's card), its page
 * panel on a fixture page, its watchlist after importing a brokerage CSV, the options page and
 * the first-run page. Uses the test build (npm run build:test -- chrome first). Chinese text
 * needs a CJK font (Debian: fonts-noto-cjk); without one the glyphs would be boxes, so the
 * script refuses to run.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { waitForIdle } from './lib/content-stats.ts';
import { launchExtension, type LoadedExtension } from './lib/launch-extension.ts';
import { startServer, type TestServer } from './lib/static-server.ts';

const out = fileURLToPath(new URL('../docs/screenshots/', import.meta.url));
const portfolio = fileURLToPath(
  new URL('../tests/fixtures/portfolio/fidelity-positions.csv', import.meta.url),
);
mkdirSync(out, { recursive: true });

function hasCjkFont(): boolean {
  try {
    return execFileSync('fc-list', [':lang=zh-cn'], { encoding: 'utf8' }).trim().length > 0;
  } catch {
    return false;
  }
}
if (!hasCjkFont()) {
  console.error(
    'No Chinese font installed (fc-list :lang=zh-cn is empty): apt-get install fonts-noto-cjk',
  );
  process.exit(1);
}

const POPUP = { width: 440, height: 600 };
type Scheme = 'light' | 'dark';
const LOCALES = { en: 'en-US', 'zh-CN': 'zh-CN' } as const;

async function shoot(page: Page, name: string, scheme: Scheme, lang: string): Promise<void> {
  const path = `${out}${name}-${lang}-${scheme}.png`;
  await page.waitForTimeout(200); // fonts and layout settle
  // As tall as the content, so no scroll bar takes width from the layout.
  const size = page.viewportSize()!;
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: size.width, height: Math.max(height, 200) });
  await page.screenshot({ path });
  await page.setViewportSize(size);
  console.log('wrote', path);
}

async function extensionPage(
  ext: LoadedExtension,
  path: string,
  scheme: Scheme,
  size = POPUP,
): Promise<Page> {
  const page = await ext.newPage();
  await page.setViewportSize(size);
  await page.emulateMedia({ colorScheme: scheme });
  await page.goto(ext.extensionUrl(path));
  return page;
}

async function activeTabId(ext: LoadedExtension, page: Page): Promise<number> {
  await page.bringToFront();
  const ids = await ext.worker.evaluate(async () =>
    (await chrome.tabs.query({ active: true, windowType: 'normal' })).map((t) => t.id),
  );
  return ids[0]!;
}

async function screens(server: TestServer, lang: keyof typeof LOCALES, scheme: Scheme) {
  const ext = await launchExtension({ locale: LOCALES[lang] });
  try {
    const lookup = await extensionPage(ext, 'popup.html', scheme);
    await lookup.locator('#dl-search').fill(lang === 'en' ? 'hikvison' : '海康');
    await lookup.locator('.dl-result').first().waitFor();
    await shoot(lookup, 'popup-lookup', scheme, lang);
    await lookup.locator('.dl-result button').first().click();
    await lookup.locator('.dl-card').first().waitFor();
    await shoot(lookup, 'popup-card', scheme, lang);
    await lookup.locator('#dl-search').fill('Nonexistent Holdings');
    await lookup.locator('.dl-no-results').waitFor();
    await shoot(lookup, 'popup-no-result', scheme, lang);
    await lookup.close();

    const article = await ext.newPage();
    await article.goto(server.url('/demo-article.html'));
    await waitForIdle(article);
    const panel = await extensionPage(
      ext,
      `popup.html?tab=${await activeTabId(ext, article)}`,
      scheme,
    );
    await panel.locator('.dl-panel-entry').first().waitFor();
    await shoot(panel, 'popup-page', scheme, lang);
    await panel.close();
    await article.close();

    const watchlist = await extensionPage(ext, 'popup.html', scheme);
    await watchlist.locator('#dl-popup-tab-watchlist').click();
    await watchlist.locator('input[type="file"]').setInputFiles(portfolio);
    await watchlist.locator('tr.dl-wl-row').first().waitFor();
    await shoot(watchlist, 'popup-watchlist', scheme, lang);
    await watchlist.close();

    const options = await extensionPage(ext, 'options.html', scheme, { width: 900, height: 800 });
    await options.locator('h1').waitFor();
    await shoot(options, 'options', scheme, lang);
    await options.close();

    const welcome = await extensionPage(ext, 'welcome.html', scheme, { width: 900, height: 800 });
    await welcome.locator('h1').waitFor();
    await shoot(welcome, 'welcome', scheme, lang);
    await welcome.close();
  } finally {
    await ext.close();
  }
}

const server = await startServer();
try {
  for (const lang of ['en', 'zh-CN'] as const)
    for (const scheme of ['light', 'dark'] as const) await screens(server, lang, scheme);
} finally {
  await server.close();
}
