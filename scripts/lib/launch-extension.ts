/**
 * Launches a real Chromium with a built extension loaded (by default the test build in
 * .output-test), with a fresh profile and every address but 127.0.0.1 unreachable. Used by the
 * end-to-end tests, the demo and the page benchmark.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { ensureChromium } from './chromium.ts';

export const TEST_BUILD = fileURLToPath(new URL('../../.output-test/chrome-mv3', import.meta.url));
export const RELEASE_BUILD = fileURLToPath(new URL('../../.output/chrome-mv3', import.meta.url));

export interface LoadedExtension {
  context: BrowserContext;
  id: string;
  worker: Worker;
  /** Requests to anything but 127.0.0.1 that the browser attempted (there should be none). */
  foreignRequests: string[];
  extensionUrl(path: string): string;
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  build?: string;
  locale?: string;
  /** Show a window (needs a display); default headless. */
  headed?: boolean;
  viewport?: { width: number; height: number };
}

export async function launchExtension(options: LaunchOptions = {}): Promise<LoadedExtension> {
  const build = options.build ?? TEST_BUILD;
  if (!existsSync(join(build, 'manifest.json'))) {
    throw new Error(`No extension build at ${build}: run \`npm run build:test\` first.`);
  }
  const executablePath = ensureChromium();
  const profile = await mkdtemp(join(tmpdir(), 'dl-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: false,
    ignoreDefaultArgs: ['--disable-extensions'],
    locale: options.locale ?? 'en-US',
    viewport: options.viewport ?? { width: 1280, height: 800 },
    args: [
      ...(options.headed ? [] : ['--headless=new']),
      `--disable-extensions-except=${build}`,
      `--load-extension=${build}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      // Nothing but loopback resolves: a test can never reach another address. ("localhost"
      // is a second site on the same server, for per-site settings.)
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost',
    ],
  });
  const foreignRequests: string[] = [];
  context.on('request', (req) => {
    const url = req.url();
    if (/^https?:/.test(url) && !/^http:\/\/(127\.0\.0\.1|localhost)[:/]/.test(url))
      foreignRequests.push(url);
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const id = new URL(worker.url()).host;
  return {
    context,
    id,
    worker,
    foreignRequests,
    extensionUrl: (path) => `chrome-extension://${id}/${path.replace(/^\//, '')}`,
    newPage: () => context.newPage(),
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
