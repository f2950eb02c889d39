/**
 * Marks: what the matcher found in a text run, as DOM Ranges over the original text nodes
 * (a match may start in one node and end in another: `<b>Xiao</b>mi`).
 */
import type { Matcher } from '../matcher/matcher.ts';
import type { TextRun } from './text-runs.ts';

export interface Mark {
  range: Range;
  /** Indexes into the matcher's entity list. */
  entities: number[];
  /** The matched term (its flags say whether it is a ticker or an ISIN). */
  term: number;
  text: string;
  /** The text nodes the mark touches (for hit testing and for dropping marks of removed nodes). */
  nodes: Text[];
}

/** The node holding run offset `at`, and the offset inside it. `end` prefers the earlier node. */
function locate(run: TextRun, at: number, end: boolean): [Text, number] {
  let lo = 0;
  let hi = run.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const s = run.starts[mid]!;
    if (s < at || (!end && s === at)) lo = mid;
    else hi = mid - 1;
  }
  return [run.nodes[lo]!, at - run.starts[lo]!];
}

export function marksInRun(run: TextRun, matcher: Matcher): Mark[] {
  const matches = matcher.find(run.text);
  if (matches.length === 0) return [];
  const doc = run.nodes[0]!.ownerDocument;
  return matches.map((m) => {
    const [startNode, startOffset] = locate(run, m.start, false);
    const [endNode, endOffset] = locate(run, m.end, true);
    const range = doc.createRange();
    range.setStart(startNode, startOffset);
    range.setEnd(endNode, endOffset);
    const first = run.nodes.indexOf(startNode);
    const last = run.nodes.indexOf(endNode);
    return {
      range,
      entities: m.entities,
      term: m.term,
      text: run.text.slice(m.start, m.end),
      nodes: run.nodes.slice(first, last + 1),
    };
  });
}
