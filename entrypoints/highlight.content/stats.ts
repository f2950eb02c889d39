/**
 * Counters of the content script's work: slice timings and how often it reported to the
 * background or checked the page's subject. Test builds expose them in the content script's
 * own (isolated) world as `globalThis.__designationLensStats`, where tests and the page
 * benchmark read them through the DevTools protocol; the page itself never sees them.
 */
export interface ContentStats {
  slices: number;
  totalMs: number;
  maxMs: number;
  /** Page summaries sent to the background. */
  summaries: number;
  /** Times the brokerage banner was decided (shown or not). */
  bannerChecks: number;
  /** Times the scanner's queue ran empty (the first one ends the initial scan). */
  idle: number;
  /** Marks on the page after the last scan. */
  marks: number;
}

const stats: ContentStats = {
  slices: 0,
  totalMs: 0,
  maxMs: 0,
  summaries: 0,
  bannerChecks: 0,
  idle: 0,
  marks: 0,
};

declare const __DL_EXPOSE_STATS__: boolean;

if (__DL_EXPOSE_STATS__)
  (globalThis as { __designationLensStats?: ContentStats }).__designationLensStats = stats;

export function recordSlice(ms: number): void {
  stats.slices++;
  stats.totalMs += ms;
  if (ms > stats.maxMs) stats.maxMs = ms;
}

export function count(event: 'summaries' | 'bannerChecks' | 'idle'): void {
  stats[event]++;
}

export function recordMarks(n: number): void {
  stats.marks = n;
}
