/** Shared by the benchmarks: statistics and rewriting their section of docs/performance.md. */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

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

/** Replaces the text between `<!-- name:start -->` and `<!-- name:end -->` in docs/performance.md. */
export function replaceSection(name: string, body: string): void {
  const doc = readFileSync(PERFORMANCE_MD, 'utf8');
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const a = doc.indexOf(start);
  const b = doc.indexOf(end);
  if (a < 0 || b < a) throw new Error(`docs/performance.md has no ${start} ... ${end} section`);
  writeFileSync(
    PERFORMANCE_MD,
    doc.slice(0, a + start.length) + '\n' + body.trim() + '\n' + doc.slice(b),
  );
}
