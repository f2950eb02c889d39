/** English and Chinese carry the same keys, and each message the same placeholders. */
import { describe, expect, it } from 'vitest';
import { en } from '../../../lib/i18n/en.ts';
import { zhCN } from '../../../lib/i18n/zh-CN.ts';
import { SYNC_ERROR_CODES } from '../../../lib/data/sync-state.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the message catalogs', () => {
  it('have the same keys', () => {
    expect(Object.keys(zhCN).sort()).toEqual(Object.keys(en).sort());
  });

  it('use the same placeholders in every message', () => {
    const differ = Object.keys(en).filter((key) => {
      const k = key as keyof typeof en;
      return JSON.stringify(placeholders(en[k])) !== JSON.stringify(placeholders(zhCN[k]));
    });
    expect(differ).toEqual([]);
  });

  it('have no empty message', () => {
    expect(Object.entries(zhCN).filter(([, text]) => !text.trim())).toEqual([]);
    expect(Object.entries(en).filter(([, text]) => !text.trim())).toEqual([]);
  });

  it('have words for every sync error', () => {
    for (const code of SYNC_ERROR_CODES) expect(Object.keys(en)).toContain(`sync.error.${code}`);
  });
});
