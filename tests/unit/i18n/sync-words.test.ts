/** Sync results, errors, change log lines and the watchlist notification, in words. */
import { describe, expect, it } from 'vitest';
import { changeItems } from '../../../lib/data/change-items.ts';
import { diffDatasets } from '../../../lib/data/diff.ts';
import { watchedChanges } from '../../../lib/data/watch.ts';
import { affectedEntityIds } from '../../../lib/data/diff.ts';
import { createI18n } from '../../../lib/i18n/i18n.ts';
import {
  changeItemLine,
  syncResultLine,
  watchlistNotification,
} from '../../../lib/i18n/sync-words.ts';
import { datasetVersion, removeListing } from '../../helpers/feeds.ts';

const en = createI18n('en');
const zh = createI18n('zh-CN');
const HIKVISION = 'hangzhou-hikvision-digital-technology-co-ltd';

describe('sync results in words', () => {
  it('says what happened, with the numbers the user needs', () => {
    expect(syncResultLine(en, { kind: 'updated', from: 1, to: 3, asOf: '2027-03-02' })).toBe(
      'Updated to dataset 3 (as of 2 Mar 2027).',
    );
    expect(syncResultLine(en, { kind: 'up-to-date', version: 3, asOf: '2027-03-02' })).toBe(
      'Already up to date (dataset 3, as of 2 Mar 2027).',
    );
    expect(syncResultLine(en, { kind: 'failed', code: 'http', status: 500 })).toBe(
      'The feed server answered 500: the data you have is kept.',
    );
    expect(
      syncResultLine(en, { kind: 'failed', code: 'older', feedVersion: 2, haveVersion: 3 }),
    ).toBe('The feed (dataset 2) is older than the data you have (dataset 3): it was not applied.');
    expect(syncResultLine(en, { kind: 'failed', code: 'bad-signature' })).toBe(
      'The feed’s signature does not match: it was not applied.',
    );
    expect(syncResultLine(zh, { kind: 'failed', code: 'http', status: 503 })).toBe(
      '数据源服务器返回 503：现有数据保持不变。',
    );
  });
});

describe('the change log in lines', () => {
  const v1 = datasetVersion(1);
  const v2 = datasetVersion(2, (d) => {
    removeListing(d, HIKVISION, 'ofac-ns-cmic', '2026-11-20');
    d.entities = d.entities.filter((e) => e.id !== 'xiaomi-corporation');
    const event = d.entities.find((e) => e.id === 'inspur-group-co-ltd')?.listings[0]?.events[0];
    if (event) event.date = '2020-08-29';
  });
  const diff = diffDatasets(v1, v2);

  it('one line per fact, by company name', () => {
    const summary = changeItems(diff);
    const lines = summary.items.map((i) => changeItemLine(en, i));
    expect(lines).toContain(
      'Hangzhou Hikvision Digital Technology Co., Ltd., Treasury NS-CMIC list: Removed 20 Nov 2026',
    );
    expect(lines).toContain('Xiaomi Corporation: taken out of the data');
    expect(lines.find((l) => l.startsWith('Inspur'))).toMatch(
      /^Inspur .*, DoD Section 1237 list \(E\.O\. 13959\): Listed moved from 24 Jun 2020 to 29 Aug 2020$/,
    );
    expect(lines).toEqual([...lines].sort((a, b) => a.localeCompare(b, 'en')));
    expect(summary.more).toBe(0);
    expect(changeItems(diff, 1).more).toBe(summary.items.length - 1);
  });

  it('in Chinese too', () => {
    const line = changeItemLine(
      zh,
      changeItems(diff).items.find((i) => i.id === HIKVISION)!,
    );
    expect(line).toBe(
      'Hangzhou Hikvision Digital Technology Co., Ltd.，美国财政部 NS-CMIC 清单：移除 2026年11月20日',
    );
  });

  it('a notification names the watched companies the update changed', () => {
    const change = { diff, affected: affectedEntityIds(diff) };
    const watched = watchedChanges(change, [HIKVISION, 'not-changed', 'xiaomi-corporation']);
    expect(watched.map((w) => w.id)).toEqual([HIKVISION, 'xiaomi-corporation']);
    expect(watchlistNotification(en, 2, watched)).toEqual({
      title: 'Designation Lens: your watchlist changed',
      message:
        'Dataset 2 changes: Hangzhou Hikvision Digital Technology Co., Ltd.; Xiaomi Corporation.',
    });
    const many = Array.from({ length: 5 }, (_, i) => ({ id: `c${i}`, name: `Company ${i}` }));
    expect(watchlistNotification(en, 4, many).message).toBe(
      'Dataset 4 changes: Company 0; Company 1; Company 2 and 2 more.',
    );
    expect(watchedChanges(change, ['not-changed'])).toEqual([]);
  });
});
