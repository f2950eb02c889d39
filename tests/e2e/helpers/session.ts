/**
 * One Chromium with the test build and one page server per test file, started in beforeAll and
 * closed in afterAll. Collects console errors from every page, which tests assert on.
 */
import { afterAll, beforeAll } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, type LoadedExtension } from '../../../scripts/lib/launch-extension.ts';
import { startServer, type TestServer } from '../../../scripts/lib/static-server.ts';

export interface Session {
  ext: LoadedExtension;
  server: TestServer;
  /** Errors and uncaught exceptions seen on any page so far. */
  pageErrors: string[];
  open(path: string): Promise<Page>;
}

export function useSession(options: { locale?: string } = {}): Session {
  const session = { pageErrors: [] as string[] } as Session;
  beforeAll(async () => {
    session.server = await startServer();
    session.ext = await launchExtension(options);
    session.ext.context.on('page', (page) => {
      page.on('pageerror', (e) => session.pageErrors.push(e.message));
      page.on('console', (m) => {
        // The 404 of a missing favicon is the test server's, not the page's.
        if (m.type() === 'error' && !m.text().includes('404')) session.pageErrors.push(m.text());
      });
    });
    session.open = async (path) => {
      const page = await session.ext.newPage();
      await page.goto(session.server.url(path));
      return page;
    };
  });
  afterAll(async () => {
    await session.ext?.close();
    await session.server?.close();
  });
  return session;
}
