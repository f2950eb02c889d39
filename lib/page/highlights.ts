/**
 * Draws marks with the CSS Custom Highlight API: one highlight per severity, painted by the
 * content script's own stylesheet (entrypoints/highlight.content/style.css). No element or
 * attribute is added to the page. The style and palette chosen in the options select which
 * highlight names carry the ranges; the stylesheet has a rule for each.
 */
import type { Severity } from '../data/status.ts';
import type { Mark } from './marks.ts';

export type HighlightStyle = 'underline' | 'background';
export type Palette = 'standard' | 'colour-blind' | 'high-contrast';

/** How an entity is shown on pages: a severity, or not at all (list switched off, history hidden). */
export type Display = Severity | 'hidden';

const PREFIX = 'designation-lens-';

/** The page can see these names in CSS.highlights: they say whose they are. */
export function highlightName(severity: Severity, style: HighlightStyle, palette: Palette): string {
  return `${PREFIX}${severity}-${style}-${palette}`;
}

export function highlightSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

/** The worst severity among a mark's entities. */
export function markSeverity(mark: Mark, display: readonly Display[]): Severity {
  let worst: Severity = 'history';
  for (const e of mark.entities) {
    const s = display[e];
    if (s === 'ban') return 'ban';
    if (s === 'listed') worst = 'listed';
  }
  return worst;
}

export interface Painter {
  paint(marks: Iterable<Mark>, display: readonly Display[]): void;
  setStyle(style: HighlightStyle, palette: Palette): void;
  clear(): void;
}

export function createPainter(style: HighlightStyle, palette: Palette): Painter {
  let names = new Set<string>();
  let last: { marks: Mark[]; display: readonly Display[] } = { marks: [], display: [] };
  const unpaint = () => {
    if (!highlightSupported()) return;
    for (const n of names) CSS.highlights.delete(n);
    names = new Set();
  };
  const painter: Painter = {
    paint(marks, display) {
      last = { marks: [...marks], display };
      if (!highlightSupported()) return;
      const groups: Record<Severity, Range[]> = { ban: [], listed: [], history: [] };
      for (const m of last.marks) groups[markSeverity(m, display)].push(m.range);
      const next = new Set<string>();
      for (const severity of Object.keys(groups) as Severity[]) {
        const ranges = groups[severity];
        if (!ranges.length) continue;
        const name = highlightName(severity, style, palette);
        CSS.highlights.set(name, new Highlight(...ranges));
        next.add(name);
      }
      for (const n of names) if (!next.has(n)) CSS.highlights.delete(n);
      names = next;
    },
    setStyle(nextStyle, nextPalette) {
      if (nextStyle === style && nextPalette === palette) return;
      unpaint();
      style = nextStyle;
      palette = nextPalette;
      painter.paint(last.marks, last.display);
    },
    clear() {
      unpaint();
      // Forgotten too: a style change on a stopped page (site disabled, paused) must not
      // paint the marks of before again.
      last = { marks: [], display: [] };
    },
  };
  return painter;
}
