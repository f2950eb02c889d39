/** Shared by the benchmarks: statistics and rewriting their section of docs/performance.md. */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';

export const PERFORMANCE_MD = fileURLToPath(new URL('../../docs/performance.md', import.meta.url));

export function median(xs: readonly number[]): number {
  return quantile(xs, 0.5);
}

/** Linear interpolation between closest ranks. */
export function quantile(xs: readonly number[], q: number): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const at = (s.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return s[lo]! + (s[hi]! - s[lo]!) * (at - lo);
}

/**
 * Replaces the text between `<!-- name:start -->` and `<!-- name:end -->` in docs/performance.md,
 * then formats the file the way `npm run format` would, so that a fresh run passes
 * `format:check`.
 */
export async function replaceSection(name: string, body: string): Promise<void> {
  const doc = readFileSync(PERFORMANCE_MD, 'utf8');
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const a = doc.indexOf(start);
  const b = doc.indexOf(end);
  if (a < 0 || b < a) throw new Error(`docs/performance.md has no ${start} ... ${end} section`);
  const next = doc.slice(0, a + start.length) + '\n' + body.trim() + '\n' + doc.slice(b);
  const options = (await resolveConfig(PERFORMANCE_MD)) ?? {};
  writeFileSync(PERFORMANCE_MD, await format(next, { ...options, filepath: PERFORMANCE_MD }));
}
