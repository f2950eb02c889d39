/**
 * The popover's content on an article: for each list, the status and every deadline in words,
 * relative to today, exactly as the status function and the English wording produce them.
 */
import { describe, expect, it } from 'vitest';
import { localIsoDate } from '../../lib/data/dates.ts';
import { entityStatus } from '../../lib/data/status.ts';
import { consequenceLine, listName, prohibits, stateLine } from '../../lib/i18n/describe.ts';
import { createI18n } from '../../lib/i18n/i18n.ts';
import { entity, realDataset } from '../helpers/dataset.ts';
import { centreOfText, waitForMarks } from './helpers/marks.ts';
import { useSession } from './helpers/session.ts';
import { popoverText } from './helpers/shadow.ts';

const s = useSession();

describe('popover', () => {
  it('states each list, its status, what it prohibits and every deadline relative to today', async () => {
    const page = await s.open('/demo-article.html');
    await waitForMarks(page, 10);
    const { x, y } = await centreOfText(page, 'Huawei');
    await page.mouse.move(x - 30, y - 30);
    await page.mouse.move(x, y, { steps: 3 });
    await expect
      .poll(() => popoverText(page), { timeout: 5_000 })
      .toContain('Huawei Technologies Co., Ltd.');
    const text = await popoverText(page);

    const i18n = createI18n('en');
    const status = entityStatus(
      entity('huawei-technologies-co-ltd'),
      realDataset().programs,
      localIsoDate(new Date()),
    );
    expect(status.lists.map((l) => l.list)).toEqual(['ofac-ns-cmic', 'dod-1260h', 'dod-1237']);
    for (const l of status.lists) {
      expect(text).toContain(listName(i18n, l.list));
      expect(text).toContain(stateLine(i18n, l));
      expect(text).toContain(prohibits(i18n, l.list));
      for (const c of l.current.consequences) expect(text).toContain(consequenceLine(i18n, c));
    }
    // The lines a reader looks for, spelled out.
    expect(text).toContain('Purchase ban in effect since 2 Aug 2021');
    expect(text).toContain('DoD contracting ban');
    expect(text).toContain(
      'Ended on 3 Jun 2021: superseded by E.O. 14032 (not a clearance of the company)',
    );
    expect(text).toContain('Data as of 22 Aug 2026');
    await page.close();
  });
});
