/**
 * Moving through the marks with the keyboard: marks in document order, and the one after (or
 * before) the current one, wrapping around.
 */
import type { Mark } from './marks.ts';

export function inDocumentOrder(marks: readonly Mark[]): Mark[] {
  return [...marks].sort((a, b) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range));
}

export function stepMark(
  marks: readonly Mark[],
  current: Mark | null,
  direction: 1 | -1,
): Mark | null {
  const ordered = inDocumentOrder(marks);
  if (!ordered.length) return null;
  const at = current ? ordered.indexOf(current) : -1;
  if (at < 0) return direction === 1 ? ordered[0]! : ordered[ordered.length - 1]!;
  return ordered[(at + direction + ordered.length) % ordered.length]!;
}
