/** Driving the options page's "Data and sync" section as a user does, and reading it. */
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import type { LoadedExtension } from '../../../scripts/lib/launch-extension.ts';

export async function openOptions(ext: LoadedExtension): Promise<Page> {
  const page = await ext.newPage();
  await page.goto(ext.extensionUrl('options.html'));
  await page.locator('[data-sync="dataset"]').waitFor();
  return page;
}

export async function syncText(page: Page, what: string): Promise<string> {
  return (await page.locator(`[data-sync="${what}"]`).textContent()) ?? '';
}

async function attemptStarted(page: Page): Promise<string | null> {
  const p = page.locator('[data-sync="last-attempt"]');
  return (await p.count()) ? p.getAttribute('data-started') : null;
}

/**
 * Runs `action` (a click that starts a sync) and waits until the page shows the result of a new
 * attempt: what the last attempt and the last error say then.
 */
export async function afterSync(
  page: Page,
  action: () => Promise<void>,
  timeout = 20_000,
): Promise<{ attempt: string; error: string; dataset: string }> {
  const before = await attemptStarted(page);
  await action();
  const attempt = page.locator('[data-sync="last-attempt"]');
  await expect
    .poll(
      async () =>
        (await attemptStarted(page)) !== before &&
        (await attempt.getAttribute('data-finished')) === 'yes',
      { timeout },
    )
    .toBe(true);
  return {
    attempt: await syncText(page, 'last-attempt'),
    error: await syncText(page, 'last-error'),
    dataset: await syncText(page, 'dataset'),
  };
}

/** Clicks "Sync now" and waits for the result on the page. */
export function syncNow(page: Page) {
  return afterSync(page, () => page.getByRole('button', { name: 'Sync now' }).click());
}
