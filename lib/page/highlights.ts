/**
 * Draws marks with the CSS Custom Highlight API: one highlight per severity, painted by the
 * content script's own stylesheet. No element or attribute is added to the page.
 */
import type { Severity } from '../data/status.ts';
import type { Mark } from './marks.ts';

/** The page can see these names in CSS.highlights: they say whose they are. */
export const HIGHLIGHT_NAMES: Record<Severity, string> = {
  ban: 'designation-lens-ban',
  listed: 'designation-lens-listed',
  history: 'designation-lens-history',
};

export function highlightSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

export function markSeverity(mark: Mark, severities: readonly Severity[]): Severity {
  let worst: Severity = 'history';
  for (const e of mark.entities) {
    const s = severities[e] ?? 'history';
    if (s === 'ban') return 'ban';
    if (s === 'listed') worst = 'listed';
  }
  return worst;
}

/** Replaces our highlights with `marks`. */
export function paint(marks: Iterable<Mark>, severities: readonly Severity[]): void {
  if (!highlightSupported()) return;
  const groups: Record<Severity, Range[]> = { ban: [], listed: [], history: [] };
  for (const m of marks) groups[markSeverity(m, severities)].push(m.range);
  for (const severity of Object.keys(groups) as Severity[]) {
    const ranges = groups[severity];
    if (ranges.length) CSS.highlights.set(HIGHLIGHT_NAMES[severity], new Highlight(...ranges));
    else CSS.highlights.delete(HIGHLIGHT_NAMES[severity]);
  }
}

export function clearPaint(): void {
  if (!highlightSupported()) return;
  for (const name of Object.values(HIGHLIGHT_NAMES)) CSS.highlights.delete(name);
}
