/** Every frame of a tab is scanned, and open shadow roots too. */
import { describe, expect, it } from 'vitest';
import { highlightedTexts, waitForMarks } from './helpers/marks.ts';
import { useSession } from './helpers/session.ts';

const s = useSession();

describe('frames and shadow roots', () => {
  it('marks names in a same-origin iframe, a srcdoc iframe and an open shadow root', async () => {
    const page = await s.open('/frames.html');
    const top = await waitForMarks(page, 1);
    expect(top.ban).toEqual(['Inspur']);
    const child = page.frames().find((f) => f.url().endsWith('/frame-child.html'))!;
    const inChild = await waitForMarks(child, 2);
    expect([...inChild.ban].sort()).toEqual(['Huawei']);
    expect(inChild.history).toEqual(['Xiaomi']);
    const srcdoc = page.frames().find((f) => f.url() === 'about:srcdoc')!;
    expect((await waitForMarks(srcdoc, 1)).ban).toEqual(['SenseTime']);
    expect(await highlightedTexts(page)).toEqual({ ban: ['Inspur'], listed: [], history: [] });
    await page.close();
  });
});
