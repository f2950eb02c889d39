/**
 * Traditional -> simplified folding table for the matcher, limited to what the dataset needs:
 * every traditional character whose simplified form occurs in some Chinese name. Built at feed
 * time from OpenCC's character dictionary, so the extension ships a few hundred pairs instead
 * of the whole dictionary (and feed-added names bring their own pairs).
 */
import { Converter } from 'opencc-js/t2cn';

const toSimplified = Converter({ from: 't', to: 'cn' });

// CJK Unified Ideographs, Extension A and the compatibility block (which NFKC also folds).
const RANGES: [number, number][] = [
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xf900, 0xfaff],
];

let inverse: Map<string, string[]> | undefined;

/** simplified char -> the traditional chars that fold to it (computed once per process). */
function simplifiedToTraditional(): Map<string, string[]> {
  if (inverse) return inverse;
  inverse = new Map();
  for (const [lo, hi] of RANGES) {
    for (let cp = lo; cp <= hi; cp++) {
      const ch = String.fromCharCode(cp).normalize('NFKC');
      const simple = toSimplified(ch);
      if (simple.length !== 1 || simple === String.fromCharCode(cp)) continue;
      const list = inverse.get(simple) ?? [];
      list.push(String.fromCharCode(cp));
      inverse.set(simple, list);
    }
  }
  return inverse;
}

export function foldCharToSimplified(ch: string): string {
  const s = toSimplified(ch.normalize('NFKC'));
  return s.length === 1 ? s : ch;
}

const CJK = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/gu;

/** Build { traditional: simplified } for every character that can fold onto one in `texts`. */
export function buildZhFold(texts: Iterable<string>): Record<string, string> {
  const needed = new Set<string>();
  for (const text of texts)
    for (const ch of text.match(CJK) ?? []) needed.add(foldCharToSimplified(ch));
  const table = simplifiedToTraditional();
  const pairs: [string, string][] = [];
  for (const simple of needed)
    for (const trad of table.get(simple) ?? []) pairs.push([trad, simple]);
  pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return Object.fromEntries(pairs);
}
