/**
 * What the settings file section says about a bad file or a failed import: every problem in
 * words of the page's language, with nothing of the validator's or the browser's English in
 * the Chinese sentence (a field path is the one technical detail, the same in both).
 */
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../lib/i18n/i18n.ts';
import type { ImportProblem } from '../../../lib/settings/transfer.ts';
import { parseSettingsFile, SETTINGS_FORMAT } from '../../../lib/settings/transfer.ts';
import {
  importFailureText,
  problemText,
} from '../../../entrypoints/options/SettingsFileSection.tsx';

const en = createI18n('en');
const zh = createI18n('zh-CN');

const PROBLEMS: ImportProblem[] = [
  { code: 'too-large' },
  { code: 'unreadable' },
  { code: 'not-json' },
  { code: 'not-settings' },
  { code: 'newer-format', version: 2 },
  { code: 'empty' },
  { code: 'newer-item', item: 'sites', version: 3 },
  { code: 'invalid-item', item: 'watchlist' },
  { code: 'invalid-item', item: 'watchlist', path: 'items.0.id' },
];

/** Latin words in a Chinese sentence, apart from the ones it is meant to carry. */
const english = (text: string) =>
  (text.match(/[A-Za-z]{2,}/g) ?? []).filter((w) => !['MB', 'JSON', 'items', 'id'].includes(w));

describe('settings file messages', () => {
  it.each(PROBLEMS.map((p) => [JSON.stringify(p), p] as const))('%s', (_, problem) => {
    const zhText = problemText(zh, problem);
    expect(zhText).not.toMatch(/\{\w+\}/);
    expect(english(zhText)).toEqual([]);
    expect(problemText(en, problem)).toMatch(/Nothing was changed\.$/);
  });

  it('names the wrong value by its path, not in the validator’s words', () => {
    const file = {
      format: SETTINGS_FORMAT,
      formatVersion: 1,
      items: {
        watchlist: { version: 1, value: { items: [{ id: '', label: 'x', addedAt: 'y' }] } },
      },
    };
    const parsed = parseSettingsFile(JSON.stringify(file));
    if (parsed.ok) throw new Error('expected a problem');
    expect(problemText(en, parsed.problem)).toBe(
      'Part of that file (watchlist) is not valid, at items.0.id. Nothing was changed.',
    );
    expect(problemText(zh, parsed.problem)).toBe(
      '该文件的一部分（关注列表）无效，位置：items.0.id。未做任何更改。',
    );
  });

  it('says why storing failed without the browser’s English', () => {
    const rate = new Error('MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded');
    expect(importFailureText(en, rate)).toMatch(/too many changes in a short time/);
    expect(importFailureText(zh, rate)).toMatch(/短时间内更改次数过多/);
    for (const e of [rate, new Error('QUOTA_BYTES quota exceeded'), new Error('boom')]) {
      const text = importFailureText(zh, e);
      expect(english(text)).toEqual([]);
      expect(text).toMatch(/未做任何更改。$/);
    }
  });
});
