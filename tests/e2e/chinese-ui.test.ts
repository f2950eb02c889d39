/**
 * The UI in Chinese: with the browser in Simplified Chinese the popup speaks Chinese, and its
 * Chinese text is drawn with real glyphs, not the empty boxes a missing font leaves (CI installs
 * fonts-noto-cjk). The glyph check draws characters in the popup's own font on a canvas and
 * compares them with the box drawn for a character no font has.
 */
import { describe, expect, it } from 'vitest';
import { useSession } from './helpers/session.ts';

const s = useSession({ locale: 'zh-CN' });

describe('the Chinese UI', () => {
  it('follows the browser language', async () => {
    const popup = await s.ext.newPage();
    await popup.goto(s.ext.extensionUrl('popup.html'));
    await popup.locator('#dl-popup-tab-lookup').waitFor();
    expect(await popup.locator('html').getAttribute('lang')).toBe('zh-CN');
    expect(await popup.locator('[role="tab"]').allTextContents()).toEqual([
      '查询',
      '本页',
      '关注列表',
    ]);
    expect(await popup.locator('label[for="dl-search"]').textContent()).toBe(
      '查询公司、股票代码或 ISIN',
    );
    await popup.close();
  });

  it('draws Chinese characters with real glyphs', async () => {
    const popup = await s.ext.newPage();
    await popup.goto(s.ext.extensionUrl('popup.html'));
    await popup.locator('#dl-popup-tab-lookup').waitFor();
    const drawn = await popup.evaluate(async () => {
      await document.fonts.ready;
      const font = getComputedStyle(document.querySelector('.dl-popup')!).font;
      const canvas = document.createElement('canvas');
      canvas.width = 64;
      canvas.height = 64;
      const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
      const pixels = (text: string) => {
        ctx.clearRect(0, 0, 64, 64);
        ctx.font = font.replace(/\d+px/, '40px');
        ctx.fillText(text, 4, 48);
        return Array.from(ctx.getImageData(0, 0, 64, 64).data);
      };
      const box = pixels('\u{10FFFD}');
      const inked = (p: number[]) => p.some((x) => x !== 0);
      return ['查', '询', '公', '司'].map((ch) => {
        const p = pixels(ch);
        return { ch, inked: inked(p), isBox: p.join() === box.join(), pixels: p.join() };
      });
    });
    for (const glyph of drawn) {
      expect(glyph.inked, `${glyph.ch} draws something`).toBe(true);
      expect(glyph.isBox, `${glyph.ch} is not the missing-glyph box`).toBe(false);
    }
    // Two different characters draw differently (a fallback box would make them equal).
    expect(new Set(drawn.map((g) => g.pixels)).size).toBe(drawn.length);
    await popup.close();
  });
});
