/**
 * The match pack: the compiled matcher as one JSON-safe object that the background builds once
 * per dataset and sends to each content script, which loads it without rebuilding anything
 * (typed arrays travel as base64, because extension messaging is JSON).
 */
import type { Dataset } from '../data/schema.ts';
import {
  buildAutomaton,
  expandAutomaton,
  type Automaton,
  type CompactAutomaton,
} from './automaton.ts';
import { isSeparator, isWordUnit, lowerUnit, nfkcPairs, normalizeText } from './normalize.ts';
import { Check, datasetTerms, type TermSpec } from './terms.ts';

/** Raised whenever the pack's layout changes: a stored pack of another version is recompiled. */
export const PACK_VERSION = 2;

export const TermFlag = {
  /** Widen a match over a following legal form ("Corp.", "有限公司"). */
  Extend: 1,
  StartBoundary: 2,
  EndBoundary: 4,
  /** An exchange-qualified ticker: names a security, as on a quote page. */
  Ticker: 8,
  /** An ISIN. */
  Isin: 16,
} as const;

/** [check, form, entity indexes]: one way a key may be written, and what it then names. */
export type Variant = [Check, string, number[]];

export interface PackedRule {
  id: string;
  entity: number;
  veto: string[];
  window: number;
}

export interface MatchPack {
  version: typeof PACK_VERSION;
  datasetVersion: number;
  asOf: string;
  entities: string[];
  alphabet: string;
  /** Code-unit folds beyond ASCII (NFKC, traditional -> simplified), as pairs of characters. */
  fold: string;
  /**
   * The expanded automaton (see automaton.ts), typed arrays as little-endian base64: shipped
   * expanded so that a content script decodes it natively instead of looping over every state
   * in cold code on every page.
   */
  automaton: {
    states: number;
    edgeStart: string;
    edgeClass: string;
    fail: string;
    out: string;
    /** The term ending at each state, or -1 (16-bit while there are fewer than 32,768 terms). */
    term: string;
  };
  terms: {
    length: number[];
    flags: number[];
    variants: Variant[][];
    rules: number[][];
    /** The dataset strings each term came from, for reports (not used when matching). */
    sources?: string[][];
  };
  rules: PackedRule[];
  legalForms: { latin: string[]; cjk: string[] };
}

/** Base64 of a typed array's bytes (no Buffer in a service worker; btoa needs a binary string). */
export function toBase64(array: ArrayBufferView): string {
  const bytes = new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
  const parts: string[] = [];
  // Chunks small enough for fromCharCode's argument list.
  for (let i = 0; i < bytes.length; i += 4096) {
    parts.push(String.fromCharCode.apply(null, bytes.subarray(i, i + 4096) as unknown as number[]));
  }
  return btoa(parts.join(''));
}

/** The folding map the compiler uses: NFKC pairs, then traditional -> simplified. */
export function foldMap(zhFold: Record<string, string>): Map<number, number> {
  const zh = new Map<number, number>();
  for (const [t, s] of Object.entries(zhFold)) {
    if (t.length === 1 && s.length === 1) zh.set(t.charCodeAt(0), s.charCodeAt(0));
  }
  const map = new Map<number, number>(zh);
  for (const [from, to] of nfkcPairs()) map.set(from, zh.get(to) ?? to);
  return map;
}

export interface CompileOptions {
  /** Keep each term's source strings (for the evaluation report). */
  withSources?: boolean;
}

export function compilePack(data: Dataset, options: CompileOptions = {}): MatchPack {
  const fold = foldMap(data.zh_fold);
  const specs = datasetTerms(data, fold);

  interface Draft {
    variants: Map<string, Variant>;
    kinds: Set<TermSpec['kind']>;
    extend: boolean;
    sources: Set<string>;
    entities: Set<number>;
  }
  const drafts = new Map<string, Draft>();
  for (const spec of specs) {
    let d = drafts.get(spec.key);
    if (!d) {
      d = {
        variants: new Map(),
        kinds: new Set(),
        extend: false,
        sources: new Set(),
        entities: new Set(),
      };
      drafts.set(spec.key, d);
    }
    const vkey = `${spec.check}\u0000${spec.check === Check.Folded ? '' : spec.form}`;
    const variant = d.variants.get(vkey) ?? [
      spec.check,
      spec.check === Check.Folded ? '' : spec.form,
      [],
    ];
    if (!variant[2].includes(spec.entity)) variant[2].push(spec.entity);
    d.variants.set(vkey, variant);
    d.extend ||= spec.kind === 'name' || spec.kind === 'core';
    d.kinds.add(spec.kind);
    d.sources.add(spec.source);
    d.entities.add(spec.entity);
  }
  const keys = [...drafts.keys()].sort();
  const automaton = buildAutomaton(keys);

  const entityIndex = new Map(data.entities.map((e, i) => [e.id, i]));
  const rules: PackedRule[] = data.context_rules.map((r) => ({
    id: r.id,
    entity: entityIndex.get(r.entity)!,
    veto: r.veto.map((w) => normalizeText(w, fold)),
    window: r.window,
  }));
  const rulesOf = new Map<number, number[]>();
  rules.forEach((r, i) => rulesOf.set(r.entity, [...(rulesOf.get(r.entity) ?? []), i]));
  const ruleTerms = data.context_rules.map((r) =>
    r.terms ? new Set(r.terms.map((t) => normalizeText(t, fold))) : null,
  );

  const terms: MatchPack['terms'] = { length: [], flags: [], variants: [], rules: [] };
  if (options.withSources) terms.sources = [];
  for (const key of keys) {
    const d = drafts.get(key)!;
    let flags: number = d.extend ? TermFlag.Extend : 0;
    if (d.kinds.has('ticker')) flags |= TermFlag.Ticker;
    if (d.kinds.has('isin')) flags |= TermFlag.Isin;
    if (isWordUnit(key.charCodeAt(0))) flags |= TermFlag.StartBoundary;
    if (isWordUnit(key.charCodeAt(key.length - 1))) flags |= TermFlag.EndBoundary;
    terms.length.push(key.length);
    terms.flags.push(flags);
    terms.variants.push(
      [...d.variants.values()].map(([c, f, e]) => [c, f, e.sort((a, b) => a - b)]),
    );
    const ruleIds: number[] = [];
    for (const e of d.entities) {
      for (const r of rulesOf.get(e) ?? [])
        if (!ruleTerms[r] || ruleTerms[r]!.has(key)) ruleIds.push(r);
    }
    terms.rules.push(ruleIds);

    terms.sources?.push([...d.sources]);
  }

  // Only the folds that land in the alphabet (or on a separator) matter to the scanner.
  const inAlphabet = new Set<number>();
  for (let i = 0; i < automaton.alphabet.length; i++)
    inAlphabet.add(automaton.alphabet.charCodeAt(i));
  let foldPairs = '';
  for (const [from, to] of fold) {
    if (inAlphabet.has(lowerUnit(to)) || isSeparator(to))
      foldPairs += String.fromCharCode(from, to);
  }

  return {
    version: PACK_VERSION,
    datasetVersion: data.dataset_version,
    asOf: data.as_of,
    entities: data.entities.map((e) => e.id),
    alphabet: automaton.alphabet,
    fold: foldPairs,
    automaton: packAutomaton(automaton),
    terms,
    rules,
    legalForms: {
      latin: data.alias_policy.legal_forms.latin.map((f) => f.toLowerCase()),
      cjk: data.alias_policy.legal_forms.cjk
        .map((f) => normalizeText(f, fold))
        .sort((a, b) => b.length - a.length),
    },
  };
}

function packAutomaton(c: CompactAutomaton): MatchPack['automaton'] {
  const a = expandAutomaton(c);
  return {
    states: c.edgeCount.length,
    edgeStart: toBase64(a.edgeStart),
    edgeClass: toBase64(a.edgeClass),
    fail: toBase64(a.fail),
    out: toBase64(a.out),
    term: toBase64(a.termState.length < 0x8000 ? Int16Array.from(a.term) : a.term),
  };
}

function fromBase64(b64: string): ArrayBuffer {
  // The platform's decoder where there is one (newer browsers); a loop over atob elsewhere.
  const native = (Uint8Array as { fromBase64?: (s: string) => Uint8Array }).fromBase64;
  if (native) return native(b64).buffer as ArrayBuffer;
  const binary = atob(b64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes.buffer;
}

/** The automaton back from the pack; array widths follow from the sizes. */
export function unpackAutomaton(pack: MatchPack): Omit<Automaton, 'termState'> {
  const a = pack.automaton;
  const wide = a.states > 0xffff;
  const states = (b64: string) =>
    wide ? new Uint32Array(fromBase64(b64)) : new Uint16Array(fromBase64(b64));
  return {
    alphabet: pack.alphabet,
    edgeStart: states(a.edgeStart),
    edgeClass:
      pack.alphabet.length < 0xff
        ? new Uint8Array(fromBase64(a.edgeClass))
        : new Uint16Array(fromBase64(a.edgeClass)),
    fail: states(a.fail),
    out: states(a.out),
    term:
      pack.terms.length.length < 0x8000
        ? new Int16Array(fromBase64(a.term))
        : new Int32Array(fromBase64(a.term)),
  };
}
