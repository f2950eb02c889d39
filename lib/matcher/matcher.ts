/**
 * The runtime matcher: loads a match pack and finds designated companies in a string in one
 * pass. Used by the content script on page text and by Node tools (evaluation, benchmark).
 *
 *   text --(64K class table: fold, case, separators)--> Aho-Corasick --> candidates
 *        --> boundary / case / literal checks --> context rules --> leftmost-longest
 *        --> widened over trailing legal forms --> matches with original offsets
 *
 * A match's start is found by walking back over the original text, so a match maps back to the
 * exact original span (the page code turns spans into DOM Ranges).
 */
import {
  isDropped,
  isSeparator,
  isWordUnit,
  lowerUnit,
  normalizeText,
  QUOTES,
  SEPARATORS,
} from './normalize.ts';
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
  /** TermFlag bits of a term (whether it is a ticker, an ISIN...). */
  termFlags(term: number): number;
  readonly datasetVersion: number;
  readonly asOf: string;
  /** Every match in `text`, leftmost-longest, without overlaps, in order. */
  find(text: string): Match[];
}

/** Tables shared by every matcher instance: which code units are word characters. */
let sharedWordTable: Uint8Array | undefined;
function words(): Uint8Array {
  if (sharedWordTable) return sharedWordTable;
  sharedWordTable = new Uint8Array(65536);
  for (let c = 0; c < 0x530; c++) if (isWordUnit(c)) sharedWordTable[c] = 1;
  for (let c = 0xff10; c < 0xff5b; c++) if (isWordUnit(c)) sharedWordTable[c] = 1;
  return sharedWordTable;
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
  for (const c of SEPARATORS) table[c] = space;
  for (const [c, to] of Object.entries(QUOTES)) set(Number(c), to);
  return { table, space };
}

/** How many of the shallowest states get a full transition row (the cap keeps memory small). */
const DENSE_STATES = 4096;

/**
 * Build the dense table only after this much text: on a short page it would cost more to build
 * (about 170,000 entries) than it saves, and every page pays for loading the matcher.
 */
const DENSE_AFTER_UNITS = 200_000;

/**
 * A full transition table (fail links already followed) for the shallowest states and the
 * classes of ASCII characters, which come first in the sorted alphabet. Reading Latin text the
 * automaton spends nearly all its time there, and a table read replaces scanning edges and
 * following fail links. States are numbered breadth-first, so the shallowest are the first, and
 * a state's fail target is shallower: one forward pass fills the table.
 */
function denseTable(
  edgeStart: Uint16Array | Uint32Array,
  edgeClass: ArrayLike<number>,
  fail: ArrayLike<number>,
  root: Uint32Array,
  alphabet: string,
): { table: Uint16Array | Uint32Array; states: number; width: number } {
  let ascii = 0;
  while (ascii < alphabet.length && alphabet.charCodeAt(ascii) < 0x80) ascii++;
  const width = ascii + 1;
  const states = Math.min(DENSE_STATES, fail.length);
  const table =
    fail.length > 0xffff ? new Uint32Array(states * width) : new Uint16Array(states * width);
  for (let k = 1; k < width; k++) table[k] = root[k]!;
  for (let s = 1; s < states; s++) {
    const row = s * width;
    const f = fail[s]! * width;
    for (let k = 1; k < width; k++) table[row + k] = table[f + k]!;
    for (let e = edgeStart[s]!; e < edgeStart[s + 1]!; e++) {
      const k = edgeClass[e]!;
      if (k < width) table[row + k] = e + 1;
    }
  }
  return { table, states, width };
}

/** Everything the scanning loop reads, in one object of one shape (V8 keeps it monomorphic). */
class ScanTables {
  /** Code units scanned so far: the dense table is built once there is enough text to repay it. */
  scanned = 0;

  constructor(
    readonly classes: Uint16Array,
    readonly space: number,
    public dense: Uint16Array | Uint32Array,
    public denseStates: number,
    public width: number,
    readonly root: Uint32Array,
    readonly edgeStart: Uint16Array | Uint32Array,
    readonly edgeClass: Uint8Array | Uint16Array,
    readonly fail: Uint16Array | Uint32Array,
    readonly out: Uint16Array | Uint32Array,
    readonly termAt: Int16Array | Int32Array,
    readonly termLength: Int32Array,
    readonly alphabet: string,
  ) {}
}

/** Raw hits as (start, end, term) triples, in a buffer reused across calls. */
let hitBuffer = new Int32Array(3 * 256);

/** The transition for states outside the dense table, or for classes beyond ASCII. */
function slowStep(t: ScanTables, state: number, k: number): number {
  let s = state;
  for (;;) {
    if (s < t.denseStates && k < t.width) return t.dense[s * t.width + k]!;
    if (s === 0) return t.root[k]!;
    for (let e = t.edgeStart[s]!, end = t.edgeStart[s + 1]!; e < end; e++) {
      if (t.edgeClass[e] === k) return e + 1;
    }
    s = t.fail[s]!;
  }
}

/**
 * Where a term of `length` normalised units that ends at `last` starts in the original text:
 * walks back counting units the way the scan folded them (ignorable characters skipped, a run
 * of separators one unit). Done only for hits, so the scan itself keeps no position history.
 */
function startOf(
  text: string,
  last: number,
  length: number,
  classes: Uint16Array,
  space: number,
): number {
  let count = 0;
  let inSpace = false;
  let j = last;
  for (; j > 0; j--) {
    const c = text.charCodeAt(j);
    const k = classes[c]!;
    if (k === 0) continue; // ignorable: no other class-0 unit can sit inside a match
    if (k === space) {
      if (!inSpace) count++;
      inSpace = true;
    } else {
      count++;
      inSpace = false;
    }
    if (count === length) return j;
  }
  return j;
}

/**
 * The one pass over the text: folds each code unit through the class table, steps the
 * automaton and records every term that ends. Returns the number of hits in hitBuffer.
 */
function scan(text: string, t: ScanTables): number {
  const classes = t.classes;
  const space = t.space;
  const dense = t.dense;
  const denseStates = t.denseStates;
  const width = t.width;
  const out = t.out;
  let hits = 0;
  let state = 0;
  let lastWasSpace = true;
  const len = text.length;
  for (let i = 0; i < len; i++) {
    const c = text.charCodeAt(i);
    const k = classes[c]!;
    // Letters first: one comparison on the common path (the space class is the smallest).
    if (k > space) {
      lastWasSpace = false;
    } else if (k === space && k !== 0) {
      if (lastWasSpace) continue;
      lastWasSpace = true;
    } else {
      // Ignorable characters (soft hyphen, zero-width) vanish; anything else in no term
      // breaks every match in progress.
      if (isDropped(c)) continue;
      state = 0;
      lastWasSpace = false;
      continue;
    }
    state = state < denseStates && k < width ? dense[state * width + k]! : slowStep(t, state, k);
    let o = out[state]!;
    while (o !== 0) {
      const term = t.termAt[o]!;
      if (hits * 3 + 3 > hitBuffer.length) {
        const bigger = new Int32Array(hitBuffer.length * 2);
        bigger.set(hitBuffer);
        hitBuffer = bigger;
      }
      hitBuffer[hits * 3] = startOf(text, i, t.termLength[term]!, classes, space);
      hitBuffer[hits * 3 + 1] = i + 1;
      hitBuffer[hits * 3 + 2] = term;
      hits++;
      // The next state to report: the nearest one on the fail chain (see automaton.ts).
      o = out[t.fail[o]!]!;
    }
  }
  t.scanned += len;
  if (t.denseStates === 0 && t.scanned > DENSE_AFTER_UNITS) {
    const d = denseTable(t.edgeStart, t.edgeClass, t.fail, t.root, t.alphabet);
    t.dense = d.table;
    t.width = d.width;
    t.denseStates = d.states;
  }
  return hits;
}

export function loadMatcher(pack: MatchPack): Matcher {
  const fold = new Map<number, number>();
  for (let i = 0; i + 1 < pack.fold.length; i += 2)
    fold.set(pack.fold.charCodeAt(i), pack.fold.charCodeAt(i + 1));
  const { table: cls, space: SPACE_CLASS } = classTable(pack, fold);
  // The word table is built on the first candidate match (most pages have none).
  let wordTable: Uint8Array | null = null;
  const isWordAt = (text: string, i: number) => (wordTable ??= words())[text.charCodeAt(i)] === 1;
  const { edgeStart, edgeClass, fail, term: termAt, out: outAt } = unpackAutomaton(pack);
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
  const tables = new ScanTables(
    cls,
    SPACE_CLASS,
    // No dense table until the text read repays building it (see DENSE_AFTER_UNITS).
    new Uint16Array(0),
    0,
    0,
    root,
    edgeStart,
    edgeClass,
    fail,
    outAt,
    termAt,
    Int32Array.from(termLength),
    pack.alphabet,
  );

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
    if (flags & TermFlag.StartBoundary && start > 0 && isWordAt(text, start - 1)) return null;
    if (flags & TermFlag.EndBoundary && end < text.length && isWordAt(text, end)) return null;
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
    // A term that itself ends in a legal form ("China Telecom Co., Ltd") keeps its full stop.
    if (at < limit && text.charCodeAt(at) === 0x2e) {
      let w = at;
      while (w > 0 && /[A-Za-z]/.test(text[w - 1]!)) w--;
      if (latinForms.has(text.slice(w, at).toLowerCase())) at++;
    }
    for (;;) {
      let i = at;
      if (text.charCodeAt(i) === 0x2c) i++; // ","
      while (i < limit && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0xa0)) i++;
      let j = i;
      while (j < limit && /[A-Za-z]/.test(text[j]!)) j++;
      if (
        j > i &&
        latinForms.has(text.slice(i, j).toLowerCase()) &&
        !(j < text.length && isWordAt(text, j))
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
    const hits = scan(text, tables);
    const candidates: Match[] = [];
    for (let h = 0; h < hits; h++) {
      const start = hitBuffer[h * 3]!;
      const end = hitBuffer[h * 3 + 1]!;
      const term = hitBuffer[h * 3 + 2]!;
      const entities = accept(term, text, start, end);
      if (entities) candidates.push({ start, end, term, entities });
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

  return {
    entities: pack.entities,
    datasetVersion: pack.datasetVersion,
    asOf: pack.asOf,
    termFlags: (term) => termFlags[term] ?? 0,
    find,
  };
}
