/**
 * Which mark is under a point: the caret position at the point gives a text node, whose marks
 * are then checked against their client rectangles (the caret snaps to the nearest character,
 * even past the end of a line, so the position alone would claim marks the pointer is not on).
 */
import type { Mark } from './marks.ts';

interface Caret {
  node: Node;
  offset: number;
}

function caretAt(doc: Document, x: number, y: number): Caret | null {
  const d = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (d.caretPositionFromPoint) {
    const p = d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  const r = d.caretRangeFromPoint?.(x, y);
  return r ? { node: r.startContainer, offset: r.startOffset } : null;
}

export function rectsContain(range: Range, x: number, y: number, slack = 1): boolean {
  for (const r of range.getClientRects()) {
    if (x >= r.left - slack && x <= r.right + slack && y >= r.top - slack && y <= r.bottom + slack)
      return true;
  }
  return false;
}

export function markAt(
  doc: Document,
  x: number,
  y: number,
  byNode: ReadonlyMap<Node, Mark[]>,
): Mark | null {
  const caret = caretAt(doc, x, y);
  if (caret) {
    for (const m of byNode.get(caret.node) ?? []) if (rectsContain(m.range, x, y)) return m;
  }
  return null;
}
