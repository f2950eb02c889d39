/**
 * WCAG AA contrast of the UI's colours, read from components/card.css (the variables every
 * extension page and the popover use), in the light and the dark theme: 4.5:1 for text, 3:1
 * for focus rings and the severity dots that sit next to text.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const css = readFileSync(new URL('../../../components/card.css', import.meta.url), 'utf8');

/** The custom properties declared in the first block after `marker` in the stylesheet. */
function variables(marker: string): Record<string, string> {
  const from = css.indexOf(marker);
  if (from < 0) throw new Error(`no "${marker}" in card.css`);
  const block = css.slice(css.indexOf('{', css.indexOf('.dl-root', from)), css.indexOf('}', from));
  return Object.fromEntries(
    [...block.matchAll(/(--dl-[\w-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1], m[2]]),
  );
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

const TEXT_PAIRS: [string, string][] = [
  ['--dl-fg', '--dl-bg'],
  ['--dl-muted', '--dl-bg'],
  ['--dl-link', '--dl-bg'],
  ['--dl-ban', '--dl-bg'],
  ['--dl-listed', '--dl-bg'],
  ['--dl-history', '--dl-bg'],
  ['--dl-ban', '--dl-ban-bg'],
  ['--dl-listed', '--dl-listed-bg'],
  ['--dl-history', '--dl-history-bg'],
  ['--dl-fg', '--dl-history-bg'],
  ['--dl-muted', '--dl-history-bg'],
];

describe.each([
  ['light', ':host,'],
  ['dark', '@media (prefers-color-scheme: dark)'],
])('the %s theme', (_name, marker) => {
  const vars = variables(marker);

  it('declares every colour the pairs use', () => {
    for (const [fg, bg] of TEXT_PAIRS) {
      expect(vars[fg], fg).toMatch(/^#/);
      expect(vars[bg], bg).toMatch(/^#/);
    }
  });

  it.each(TEXT_PAIRS)('%s on %s reaches 4.5:1', (fg, bg) => {
    expect(contrast(vars[fg]!, vars[bg]!)).toBeGreaterThanOrEqual(4.5);
  });

  it('the focus ring reaches 3:1 against the background', () => {
    expect(contrast(vars['--dl-focus']!, vars['--dl-bg']!)).toBeGreaterThanOrEqual(3);
  });
});

describe('contrast', () => {
  it('matches the WCAG reference values', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });
});
