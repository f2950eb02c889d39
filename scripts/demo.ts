/**
 * npm run demo: builds the extension, serves the demo article on 127.0.0.1 and opens it in
 * Chromium with the extension loaded, on the bundled dataset.
 *
 * With a display, a browser window opens and stays until you close it. Without one (or with
 * --headless), the browser runs headless: the script hovers "Xiaomi" to open its popover,
 * writes a screenshot and prints the companies it marked.
 *
 *   npm run demo -- [--headless] [--screenshot <file>] [--no-build] [--page <file in tests/fixtures/pages>]
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ensureChromium } from './lib/chromium.ts';
import { launchExtension, RELEASE_BUILD } from './lib/launch-extension.ts';
import { startServer } from './lib/static-server.ts';

const { values } = parseArgs({
  options: {
    headless: { type: 'boolean', default: false },
    screenshot: { type: 'string', default: '.output/demo-screenshot.png' },
    build: { type: 'boolean', default: true },
    page: { type: 'string', default: 'demo-article.html' },
    hover: { type: 'string', default: 'Xiaomi' },
  },
  allowNegative: true,
});

function run(): Promise<void> | void {
  ensureChromium();
  if (values.build) {
    console.log('Building the extension (npx wxt build)...');
    execFileSync('npx', ['wxt', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
  }
  return show();
}

async function show(): Promise<void> {
  const headed = !values.headless && Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
  const server = await startServer();
  const ext = await launchExtension({ build: RELEASE_BUILD, headed });
  const page = ext.context.pages()[0] ?? (await ext.newPage());
  await page.goto(server.url('/' + values.page));
  await page.waitForFunction(() => CSS.highlights.size > 0, undefined, { timeout: 15_000 });
  const marks = await page.evaluate(() => {
    const out: Record<string, string[]> = {};
    for (const [name, h] of CSS.highlights) {
      if (!name.startsWith('designation-lens-')) continue;
      out[name.replace('designation-lens-', '')] = [...h].map((r) => (r as Range).toString());
    }
    return out;
  });
  const label = {
    ban: 'investment ban in force',
    listed: 'listed, no investment ban',
    history: 'history only',
  };
  console.log(`\nMarked on ${server.url('/' + values.page)}:`);
  for (const [severity, texts] of Object.entries(marks)) {
    console.log(
      `  ${label[severity as keyof typeof label] ?? severity}: ${[...new Set(texts)].join(', ')}`,
    );
  }

  if (headed) {
    console.log(
      '\nThe browser window is open; hover a marked name to see its popover. Close the window to finish.',
    );
    await new Promise<void>((done) => ext.context.on('close', () => done()));
    await server.close();
    return;
  }

  // Headless: open the popover on the first occurrence of the hover text, then take a picture.
  const point = await page.evaluate((needle) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const at = (n as Text).data.indexOf(needle);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(n, at);
      range.setEnd(n, at + needle.length);
      window.scrollTo(0, 0);
      const r = range.getClientRects()[0]!;
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    }
    return null;
  }, values.hover);
  if (point) {
    await page.mouse.move(point.x - 30, point.y - 30);
    await page.mouse.move(point.x, point.y, { steps: 3 });
    await page.waitForFunction(
      () => document.querySelector('designation-lens-ui') !== null,
      undefined,
      { timeout: 5_000 },
    );
    await page.waitForTimeout(300);
  }
  const file = resolve(values.screenshot!);
  mkdirSync(dirname(file), { recursive: true });
  await page.screenshot({ path: file });
  console.log(
    `\nNo display: ran headless. Screenshot with the "${values.hover}" popover open: ${file}`,
  );
  await ext.close();
  await server.close();
}

try {
  await run();
} catch (err) {
  console.error((err as Error).message);
  process.exit(1);
}
