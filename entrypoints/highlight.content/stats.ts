/**
 * Timing of the content script's work, slice by slice. Test builds expose it in the content
 * script's own (isolated) world as `globalThis.__designationLensStats`, where the page
 * benchmark reads it through the DevTools protocol; the page itself never sees it.
 */
export interface SliceStats {
  slices: number;
  totalMs: number;
  maxMs: number;
}

const stats: SliceStats = { slices: 0, totalMs: 0, maxMs: 0 };

declare const __DL_EXPOSE_STATS__: boolean;

if (__DL_EXPOSE_STATS__)
  (globalThis as { __designationLensStats?: SliceStats }).__designationLensStats = stats;

export function recordSlice(ms: number): void {
  stats.slices++;
  stats.totalMs += ms;
  if (ms > stats.maxMs) stats.maxMs = ms;
}
