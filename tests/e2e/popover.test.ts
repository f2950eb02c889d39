/**
 * The popover's content on an article: for each list, the status and every deadline in words,
 * relative to today, exactly as the status function and the English wording produce them.
 */
import { describe, expect, it } from 'vitest';
import { centreOfText, waitForMarks } from './helpers/marks.ts';
import { useSession } from './helpers/session.ts';
import { popoverText } from './helpers/shadow.ts';
import { popoverLines } from '../helpers/popover-lines.ts';

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

    const { status, lines } = popoverLines('huawei-technologies-co-ltd');
    expect(status.lists.map((l) => l.list)).toEqual(['ofac-ns-cmic', 'dod-1260h', 'dod-1237']);
    for (const line of lines) expect(text).toContain(line);
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
