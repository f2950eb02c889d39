// @vitest-environment happy-dom
/**
 * The watchlist screen's own logic, rendered with Preact in happy-dom against a fake browser:
 * watched companies are named with one request (a company the data no longer has is said to be
 * gone, not asked for again and again), dates are the user's local day, and a failed screening
 * is worded in the user's language.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render } from 'preact';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Entity } from '../../../lib/data/schema.ts';
import { createI18n } from '../../../lib/i18n/i18n.ts';

const storage = new Map<string, unknown>();
vi.mock('wxt/browser', () => ({
  browser: {
    storage: {
      local: {
        get: (key: string) => Promise.resolve(storage.has(key) ? { [key]: storage.get(key) } : {}),
        set: (items: Record<string, unknown>) => {
          for (const [k, v] of Object.entries(items)) storage.set(k, v);
          return Promise.resolve();
        },
      },
      onChanged: { addListener: () => {}, removeListener: () => {} },
    },
    runtime: { getURL: (path: string) => `chrome-extension://x${path}` },
  },
}));

const { WatchlistTab } = await import('../../../entrypoints/popup/WatchlistTab.tsx');

// Shanghai is UTC+8 all year: 20:00 UTC on 1 March is 2 March there.
beforeAll(() => {
  process.env.TZ = 'Asia/Shanghai';
});

afterEach(() => {
  render(null, document.body);
  document.body.replaceChildren();
  storage.clear();
});

const info = { datasetVersion: 3, asOf: '2026-08-22', lastSync: null };
// Read by path: happy-dom's URL does not make file URLs (tests/helpers/dataset.ts needs them).
const chinaMobile = (
  JSON.parse(readFileSync(join(process.cwd(), 'data/entities.json'), 'utf8')) as Entity[]
).find((e) => e.id === 'china-mobile-limited')!;

function watching(ids: string[]) {
  storage.set('watchlist', {
    version: 1,
    value: { items: ids.map((id) => ({ id, label: id, addedAt: '2026-03-01T20:00:00Z' })) },
  });
}

/** A background that knows China Mobile only, and counts what it is asked. */
function background(screen?: () => Promise<unknown>) {
  const asked: string[][] = [];
  const send = vi.fn((m: unknown) => {
    const message = m as { type: string; ids?: string[] };
    if (message.type === 'getEntities') {
      asked.push(message.ids!);
      const entities = message.ids!.includes(chinaMobile.id) ? [chinaMobile] : [];
      return Promise.resolve({ ok: true, value: { ...info, entities, programs: [] } });
    }
    if (message.type === 'screen' && screen) return screen();
    return Promise.resolve({ ok: false, error: 'unexpected' });
  });
  return { send, asked };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 150));

describe('the watchlist', () => {
  it('asks once for the names, and says which watched company is no longer in the data', async () => {
    watching([chinaMobile.id, 'removed-by-an-update-co']);
    const { send, asked } = background();
    render(<WatchlistTab i18n={createI18n('en')} send={send} />, document.body);
    await settle();
    await settle();
    expect(asked).toEqual([[chinaMobile.id, 'removed-by-an-update-co']]);

    const found = document.querySelector(`li[data-watched="${chinaMobile.id}"]`)!;
    expect(found.textContent).toContain('China Mobile Limited');
    expect(found.hasAttribute('data-gone')).toBe(false);
    const gone = document.querySelector('li[data-watched="removed-by-an-update-co"]')!;
    expect(gone.getAttribute('data-gone')).toBe('true');
    expect(gone.textContent).toContain('removed-by-an-update-co');
    expect(gone.textContent).toContain('No longer in the data');
    expect(gone.querySelector('button')!.getAttribute('aria-label')).toBe(
      'Remove removed-by-an-update-co from the watchlist',
    );
  });

  it('says so in Chinese too', async () => {
    watching(['removed-by-an-update-co']);
    const { send, asked } = background();
    render(<WatchlistTab i18n={createI18n('zh-CN')} send={send} />, document.body);
    await settle();
    await settle();
    expect(asked).toHaveLength(1);
    expect(document.querySelector('li[data-watched]')!.textContent).toContain('已不在数据中');
  });

  it('shows the day an item was added in local time, not UTC', async () => {
    watching([chinaMobile.id]);
    const { send } = background();
    render(<WatchlistTab i18n={createI18n('en')} send={send} />, document.body);
    await settle();
    expect(document.querySelector('li[data-watched]')!.textContent).toContain('added 2 Mar 2026');
  });
});

describe('a failed screening', () => {
  const screenFails = async (lang: 'en' | 'zh-CN') => {
    const { send } = background(() =>
      Promise.reject(new Error('Could not establish connection. Receiving end does not exist.')),
    );
    render(<WatchlistTab i18n={createI18n(lang)} send={send} />, document.body);
    const input = document.querySelector<HTMLInputElement>('#dl-wl-file')!;
    const file = new File(['Symbol\nBABA\n'], 'positions.csv', { type: 'text/csv' });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await settle();
    return document.querySelector('[role="alert"]')!.textContent;
  };

  it('is worded in the language of the screen, with the file named and the detail aside', async () => {
    expect(await screenFails('en')).toBe(
      'File: positions.csv. The screening failed: the extension did not answer as expected. Try again; if it keeps failing, reload the extension. (technical detail: Could not establish connection. Receiving end does not exist.)',
    );
    render(null, document.body);
    expect(await screenFails('zh-CN')).toBe(
      '文件：positions.csv。筛查失败：扩展程序没有按预期响应。请重试；如果仍然失败，请重新加载扩展程序。（技术细节：Could not establish connection. Receiving end does not exist.）',
    );
  });
});
