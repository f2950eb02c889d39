/**
 * The runtime matcher: loads a match pack and finds designated companies in a string in one
 * pass. Used by the content script on page text and by Node tools (evaluation, benchmark).
 *
 *   text --(64K class table: fold, case, separators)--> Aho-Corasick --> candidates
 *        --> boundary / case / literal checks --> context rules --> leftmost-longest
 *        --> widened over trailing legal forms --> matches with original offsets
 *
 * A ring buffer remembers the original index of each normalised character, so a match maps
 * back to the exact original span (the page code turns spans into DOM Ranges).
 */
import { isSeparator, isWordUnit, lowerUnit, normalizeText, DROPPED } from './normalize.ts';
import { expandAutomaton } from './automaton.ts';
import {
  TermFlag,
  unpackAutomaton,
  type MatchPack,
  type PackedRule,
  type Variant,
} from './pack.ts';
import { Check, separatorSignature } from './terms.ts';

export interface Match {
  /** Original offsets: text.slice(start, end) is what matched. */
  start: number;
  end: number;
  term: number;
  /** Indexes into matcher.entities. */
  entities: number[];
}

export interface Matcher {
  readonly entities: readonly string[];
  readonly datasetVersion: number;
  readonly asOf: string;
  /** Every match in `text`, leftmost-longest, without overlaps, in order. */
  find(text: string): Match[];
}

const DROP = 0xffff;

/** Tables shared by every matcher instance: which code units are word characters. */
let wordTable: Uint8Array | undefined;
function words(): Uint8Array {
  if (wordTable) return wordTable;
  wordTable = new Uint8Array(65536);
  for (let c = 0; c < 0x530; c++) if (isWordUnit(c)) wordTable[c] = 1;
  for (let c = 0xff10; c < 0xff5b; c++) if (isWordUnit(c)) wordTable[c] = 1;
  return wordTable;
}

function classTable(
  pack: MatchPack,
  fold: Map<number, number>,
): { table: Uint16Array; space: number } {
  const table = new Uint16Array(65536);
  const classOf = new Map<number, number>();
  for (let i = 0; i < pack.alphabet.length; i++) classOf.set(pack.alphabet.charCodeAt(i), i + 1);
  const space = classOf.get(0x20) ?? 0;
  const set = (unit: number, to: number) => {
    table[unit] = to === 0x20 ? space : (classOf.get(lowerUnit(to)) ?? 0);
  };
  for (let c = 0; c < 0x80; c++) set(c, isSeparator(c) ? 0x20 : c === 0x60 ? 0x27 : c);
  // Alphabet letters beyond ASCII, and their upper case.
  for (const [unit, k] of classOf) {
    if (unit < 0x80) continue;
    table[unit] = k;
    const upper = String.fromCharCode(unit).toUpperCase();
    if (upper.length === 1 && upper.charCodeAt(0) !== unit) table[upper.charCodeAt(0)] = k;
  }
  for (const [from, to] of fold) set(from, to);
  // Separators and quote variants beyond ASCII; these ranges hold all of them.
  for (const [lo, hi] of [
    [0x80, 0x2100],
    [0x3000, 0x3100],
    [0xfe00, 0xff10],
  ] as const) {
    for (let c = lo; c < hi; c++) {
      if (isSeparator(c)) table[c] = space;
      else if (c >= 0x2018 && c <= 0x201b) set(c, 0x27);
      else if (c >= 0x201c && c <= 0x201f) set(c, 0x22);
    }
  }
  set(0xb4, 0x27);
  set(0x2032, 0x27);
  set(0x2033, 0x22);
  for (const d of DROPPED) table[d] = DROP;
  return { table, space };
}

export function loadMatcher(pack: MatchPack): Matcher {
  const fold = new Map<number, number>();
  for (let i = 0; i + 1 < pack.fold.length; i += 2)
    fold.set(pack.fold.charCodeAt(i), pack.fold.charCodeAt(i + 1));
  const { table: cls, space: SPACE_CLASS } = classTable(pack, fold);
  const isWord = words();
  const { edgeStart, edgeClass, fail, term: termAt, dict } = expandAutomaton(unpackAutomaton(pack));
  const {
    length: termLength,
    flags: termFlags,
    variants: termVariants,
    rules: termRules,
  } = pack.terms;
  const rules: PackedRule[] = pack.rules;

  // Dense transitions out of the root: most characters are read there.
  const root = new Uint32Array(pack.alphabet.length + 1);
  for (let e = edgeStart[0]!; e < edgeStart[1]!; e++) root[edgeClass[e]!] = e + 1;

  let maxLen = 1;
  for (const l of termLength) if (l > maxLen) maxLen = l;
  let ringSize = 1;
  while (ringSize <= maxLen) ringSize <<= 1;
  const ring = new Int32Array(ringSize);
  const MASK = ringSize - 1;

  const latinForms = new Set(pack.legalForms.latin);
  const cjkForms = pack.legalForms.cjk;

  function variantPasses(v: Variant, text: string, start: number, end: number): boolean {
    switch (v[0]) {
      case Check.Folded:
        return true;
      case Check.Cased:
        return normalizeText(text.slice(start, end), fold, true) === v[1];
      case Check.Literal:
        return separatorSignature(text.slice(start, end)) === v[1];
      case Check.LiteralCased: {
        const span = text.slice(start, end);
        return span === span.toUpperCase() && separatorSignature(span) === v[1];
      }
    }
  }

  function vetoed(rule: PackedRule, text: string, start: number, end: number): boolean {
    const around =
      normalizeText(text.slice(Math.max(0, start - rule.window), start), fold) +
      ' | ' +
      normalizeText(text.slice(end, end + rule.window), fold);
    return rule.veto.some((w) => around.includes(w));
  }

  /** The entities a candidate names once its checks and context rules have run (or none). */
  function accept(term: number, text: string, start: number, end: number): number[] | null {
    const flags = termFlags[term]!;
    if (flags & TermFlag.StartBoundary && start > 0 && isWord[text.charCodeAt(start - 1)])
      return null;
    if (flags & TermFlag.EndBoundary && end < text.length && isWord[text.charCodeAt(end)])
      return null;
    const variants = termVariants[term]!;
    let entities: number[] | null = null;
    for (const v of variants) {
      if (!variantPasses(v, text, start, end)) continue;
      entities = entities ? [...new Set([...entities, ...v[2]])].sort((x, y) => x - y) : v[2];
    }
    if (!entities) return null;
    for (const r of termRules[term]!) {
      const rule = rules[r]!;
      if (entities.includes(rule.entity) && vetoed(rule, text, start, end)) {
        entities = entities.filter((e) => e !== rule.entity);
      }
    }
    return entities.length ? entities : null;
  }

  /** Widen a name over the legal forms that follow it: "Gowin Semiconductor| Corp." */
  function extend(text: string, end: number, limit: number): number {
    let at = end;
    for (;;) {
      let i = at;
      if (text.charCodeAt(i) === 0x2c) i++; // ","
      while (i < limit && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0xa0)) i++;
      let j = i;
      while (j < limit && /[A-Za-z]/.test(text[j]!)) j++;
      if (
        j > i &&
        latinForms.has(text.slice(i, j).toLowerCase()) &&
        !(j < text.length && isWord[text.charCodeAt(j)])
      ) {
        at = j < limit && text.charCodeAt(j) === 0x2e ? j + 1 : j;
        continue;
      }
      const cjk = cjkForms.find((f) => startsWithFolded(text, at, f, limit));
      if (cjk) {
        at += cjk.length;
        continue;
      }
      return at;
    }
  }

  function startsWithFolded(text: string, at: number, form: string, limit: number): boolean {
    if (at + form.length > limit) return false;
    for (let k = 0; k < form.length; k++) {
      const c = text.charCodeAt(at + k);
      if ((fold.get(c) ?? c) !== form.charCodeAt(k)) return false;
    }
    return true;
  }

  function find(text: string): Match[] {
    const candidates: Match[] = [];
    let state = 0;
    let n = 0;
    let lastWasSpace = true;
    const len = text.length;
    for (let i = 0; i < len; i++) {
      const k = cls[text.charCodeAt(i)]!;
      if (k === 0) {
        // Not in any term: no match can run through this character.
        state = 0;
        lastWasSpace = false;
        continue;
      }
      if (k === DROP) continue;
      if (k === SPACE_CLASS) {
        if (lastWasSpace) continue;
        lastWasSpace = true;
      } else {
        lastWasSpace = false;
      }
      ring[n & MASK] = i;
      n++;
      let s = state;
      for (;;) {
        if (s === 0) {
          s = root[k]!;
          break;
        }
        let next = 0;
        for (let e = edgeStart[s]!, end = edgeStart[s + 1]!; e < end; e++) {
          if (edgeClass[e] === k) {
            next = e + 1;
            break;
          }
        }
        if (next !== 0) {
          s = next;
          break;
        }
        s = fail[s]!;
      }
      state = s;
      let o = termAt[s]! >= 0 ? s : dict[s]!;
      while (o !== 0) {
        const term = termAt[o]!;
        const start = ring[(n - termLength[term]!) & MASK]!;
        const entities = accept(term, text, start, i + 1);
        if (entities) candidates.push({ start, end: i + 1, term, entities });
        o = dict[o]!;
      }
    }
    if (candidates.length === 0) return candidates;
    // Leftmost-longest, no overlaps.
    candidates.sort((x, y) => x.start - y.start || y.end - x.end);
    const chosen: Match[] = [];
    let lastEnd = -1;
    for (const c of candidates) {
      if (c.start >= lastEnd) {
        chosen.push(c);
        lastEnd = c.end;
      }
    }
    for (let m = 0; m < chosen.length; m++) {
      const c = chosen[m]!;
      if (termFlags[c.term]! & TermFlag.Extend) {
        c.end = extend(text, c.end, chosen[m + 1]?.start ?? text.length);
      }
    }
    return chosen;
  }

  return { entities: pack.entities, datasetVersion: pack.datasetVersion, asOf: pack.asOf, find };
}
