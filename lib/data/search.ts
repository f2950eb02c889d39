/**
 * The toolbar lookup over every string the dataset holds for a company: all names (display-only
 * and unverified ones included: a user may type them, and the result says which kind matched),
 * the names as the lists printed them, tickers in every qualified spelling the matcher knows
 * (lib/matcher/identifiers.ts) plus the bare symbol, and ISINs.
 *
 * Ranking, best first: exact > prefix > word (every word of the query starts a word of the name,
 * in any order; for Chinese, the query anywhere in the name) > contains (inside a word) > similar
 * (typo-tolerant: an edit distance over the names with spaces removed, starting at a word, so
 * "Grand China Aie" finds Grand China Air and "Luokong" finds Luokung). Identifiers (tickers,
 * symbols, ISINs) only ever match exactly, and a query that contains a digit, "$" or ":" is
 * never matched fuzzily: an ISIN with one wrong character finds nothing rather than something.
 */
import { foldMap } from '../matcher/pack.ts';
import { isQualifiedForm, tickerTerms } from '../matcher/identifiers.ts';
import { normalizeText } from '../matcher/normalize.ts';
import type { Dataset, Entity } from './schema.ts';
import { entityStatus, SEVERITY_RANK, type Severity } from './status.ts';

/** Raised whenever the stored layout changes: stored data of another format is rebuilt. */
export const SEARCH_FORMAT = 2;

/** What kind of string matched. */
export const SEARCH_FIELDS = [
  'name',
  'chinese',
  'former',
  'listed',
  'unverified',
  'ticker',
  'symbol',
  'isin',
] as const;
export type SearchField = (typeof SEARCH_FIELDS)[number];

/** How it matched, best first. */
export const MATCH_HOWS = ['exact', 'prefix', 'word', 'contains', 'similar'] as const;
export type MatchHow = (typeof MATCH_HOWS)[number];

export interface SearchHit {
  id: string;
  name: string;
  /** The dataset string that matched (for tickers, the exchange and symbol). */
  matched: string;
  field: SearchField;
  how: MatchHow;
  severity: Severity;
}

type NameField = Exclude<SearchField, 'ticker' | 'symbol' | 'isin'>;
type IdField = Extract<SearchField, 'ticker' | 'symbol' | 'isin'>;

/**
 * The lookup's data for one dataset. It depends only on the dataset, so it is built once when a
 * dataset is installed and stored with it (IndexedDB "search"); the severities, which depend on
 * the day, are added when the index is loaded.
 */
export interface SearchData {
  format: typeof SEARCH_FORMAT;
  /** The dataset's traditional -> simplified table, to fold queries like the names. */
  zhFold: Record<string, string>;
  companies: { id: string; name: string }[];
  /** c: index into companies; folded: normalizeText of text. */
  names: { c: number; field: NameField; text: string; folded: string }[];
  /** key: idKey of one spelling; text: what the result shows ("HKEX: 01810"). */
  identifiers: { c: number; field: IdField; key: string; text: string }[];
}

/** Identifiers compare upper-cased, width-folded, without spaces: "hkex: 1810" = "HKEX:1810". */
export function idKey(s: string): string {
  return s.normalize('NFKC').toUpperCase().replace(/\s+/g, '');
}

function nameField(n: Entity['names'][number]): NameField {
  if (n.match === 'unverified' || n.kind === 'unverified') return 'unverified';
  if (n.kind === 'former') return 'former';
  return n.lang === 'en' ? 'name' : 'chinese';
}

export function searchData(dataset: Pick<Dataset, 'entities' | 'zh_fold'>): SearchData {
  const fold = foldMap(dataset.zh_fold);
  const data: SearchData = {
    format: SEARCH_FORMAT,
    zhFold: dataset.zh_fold,
    companies: [],
    names: [],
    identifiers: [],
  };
  for (const e of dataset.entities) {
    const c = data.companies.push({ id: e.id, name: e.name }) - 1;
    const seenNames = new Set<string>();
    const addName = (text: string, field: NameField) => {
      const folded = normalizeText(text, fold);
      if (!folded || seenNames.has(folded)) return;
      seenNames.add(folded);
      data.names.push({ c, field, text, folded });
    };
    addName(e.name, 'name');
    // Verified names before unverified ones, so that a name held both ways counts as verified.
    for (const n of e.names) if (nameField(n) !== 'unverified') addName(n.value, nameField(n));
    for (const l of e.listings) for (const n of l.listed_names) addName(n, 'listed');
    for (const n of e.names) if (nameField(n) === 'unverified') addName(n.value, 'unverified');

    const seenKeys = new Set<string>();
    const addId = (spelling: string, field: IdField, text: string) => {
      const key = idKey(spelling);
      if (!key || seenKeys.has(key)) return;
      seenKeys.add(key);
      data.identifiers.push({ c, field, key, text });
    };
    for (const i of e.isins) addId(i.value, 'isin', i.value);
    // Qualified spellings first: a key that is both qualified and bare counts as a ticker.
    for (const t of e.tickers) {
      const text = `${t.exchange}: ${t.symbol}`;
      addId(text, 'ticker', text);
      for (const term of tickerTerms(t)) addId(term.text, 'ticker', text);
      if (t.symbol_as_published && isQualifiedForm(t.symbol_as_published))
        addId(t.symbol_as_published, 'ticker', text);
    }
    for (const t of e.tickers) {
      const text = `${t.exchange}: ${t.symbol}`;
      addId(t.symbol, 'symbol', text);
      // HKEX codes are written with or without their leading zeros: 01810, 1810; 00700, 0700.
      if (t.exchange === 'HKEX' && /^\d+$/.test(t.symbol)) {
        const bare = t.symbol.replace(/^0+/, '') || '0';
        addId(bare, 'symbol', text);
        if (bare.length < 4) addId(bare.padStart(4, '0'), 'symbol', text);
      }
      for (const form of [t.symbol_as_published, ...(t.forms ?? [])])
        if (form && !isQualifiedForm(form)) addId(form, 'symbol', text);
    }
  }
  return data;
}

/** Is this stored value search data this build can read? (An older build stored another shape.) */
export function isCurrentSearchData(x: unknown): x is SearchData {
  return (
    typeof x === 'object' &&
    x !== null &&
    (x as { format?: unknown }).format === SEARCH_FORMAT &&
    Array.isArray((x as SearchData).names) &&
    Array.isArray((x as SearchData).identifiers) &&
    Array.isArray((x as SearchData).companies)
  );
}

interface IndexedName {
  c: number;
  field: NameField;
  text: string;
  folded: string;
  words: string[];
  /** folded without spaces, and where each word starts in it. */
  compact: string;
  starts: Uint8Array;
}

export interface SearchIndex {
  fold: Map<number, number>;
  companies: { id: string; name: string; severity: Severity }[];
  names: IndexedName[];
  identifiers: Map<string, SearchData['identifiers']>;
}

function compacted(folded: string): { compact: string; starts: Uint8Array } {
  let compact = '';
  const starts = new Uint8Array(folded.length + 1);
  let wordStart = true;
  for (let k = 0; k < folded.length; k++) {
    const c = folded.charCodeAt(k);
    if (c === 0x20) {
      wordStart = true;
      continue;
    }
    // CJK has no word boundaries: every character may start a match.
    if (wordStart || isCjkUnit(c)) starts[compact.length] = 1;
    compact += folded[k];
    wordStart = false;
  }
  return { compact, starts: starts.subarray(0, compact.length + 1) };
}

function isCjkUnit(c: number): boolean {
  return (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);
}

/** The stored data with each company's severity on the day, ready to search. */
export function indexWithSeverities(
  data: SearchData,
  severity: (id: string) => Severity,
): SearchIndex {
  const identifiers = new Map<string, SearchData['identifiers']>();
  for (const i of data.identifiers) {
    const list = identifiers.get(i.key);
    if (list) list.push(i);
    else identifiers.set(i.key, [i]);
  }
  return {
    fold: foldMap(data.zhFold),
    companies: data.companies.map((c) => ({ ...c, severity: severity(c.id) })),
    names: data.names.map((n) => ({ ...n, words: n.folded.split(' '), ...compacted(n.folded) })),
    identifiers,
  };
}

/** Build the index straight from a dataset (tests, scripts). */
export function buildSearchIndex(
  dataset: Pick<Dataset, 'entities' | 'programs' | 'zh_fold'>,
  today: string,
): SearchIndex {
  const severity = new Map(
    dataset.entities.map((e) => [e.id, entityStatus(e, dataset.programs, today).severity] as const),
  );
  return indexWithSeverities(searchData(dataset), (id) => severity.get(id) ?? 'history');
}

/** How many typing errors a query of this many characters (spaces removed) may contain. */
export function allowedErrors(length: number): number {
  if (length < 4) return 0;
  if (length < 8) return 1;
  if (length < 15) return 2;
  return 3;
}

/** Never fuzzy: identifier-like queries (digits, cashtags, "exchange:symbol"). */
function mayBeFuzzy(raw: string): boolean {
  return !/[0-9$:]/.test(raw.normalize('NFKC'));
}

type Rows = [Int32Array, Int32Array, Int32Array];
/** The distance's three rows, reused from call to call (it runs once per name per keystroke). */
let rows: Rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/**
 * The fewest edits (insertions, deletions, substitutions, swaps of two neighbours) that turn
 * `q` into a substring of `text` starting where `starts` allows (a word start): skipping ahead
 * to another start is free, ending anywhere is free. Returns max + 1 when over `max`.
 */
export function substringDistance(
  q: string,
  text: string,
  starts: Uint8Array,
  max: number,
): number {
  const m = q.length;
  const n = text.length;
  if (m === 0) return 0;
  const over = max + 1;
  // Rows over the text (columns j = 0..n), for query prefixes of length i-2, i-1, i.
  if (rows[0].length <= n) rows = [0, 1, 2].map(() => new Int32Array(2 * (n + 1))) as Rows;
  let [prev2, prev, cur] = rows;
  prev2.fill(over, 0, n + 1);
  // Row 0: the match may begin at a word start for free; elsewhere, by skipping back to one.
  for (let j = 0; j <= n; j++)
    prev[j] = starts[j] ? 0 : j === 0 ? over : Math.min(over, prev[j - 1]! + 1);
  for (let i = 1; i <= m; i++) {
    cur[0] = Math.min(over, i);
    let rowMin = cur[0];
    const qc = q.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const tc = text.charCodeAt(j - 1);
      let d = Math.min(prev[j - 1]! + (qc === tc ? 0 : 1), prev[j]! + 1, cur[j - 1]! + 1);
      if (i > 1 && j > 1 && qc === text.charCodeAt(j - 2) && q.charCodeAt(i - 2) === tc)
        d = Math.min(d, prev2[j - 2]! + 1);
      cur[j] = d > over ? over : d;
      if (cur[j]! < rowMin) rowMin = cur[j]!;
    }
    if (rowMin > max) return over;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  let best = over;
  for (let j = 0; j <= n; j++) if (prev[j]! < best) best = prev[j]!;
  return best;
}

const HOW_RANK: Record<MatchHow, number> = {
  exact: 0,
  prefix: 1,
  word: 2,
  contains: 3,
  similar: 4,
};
/** Among equally good matches, what a user most likely meant. */
const FIELD_RANK: Record<SearchField, number> = {
  isin: 0,
  ticker: 0,
  name: 1,
  chinese: 1,
  listed: 2,
  former: 3,
  symbol: 4,
  unverified: 5,
};

interface Candidate {
  how: MatchHow;
  distance: number;
  field: SearchField;
  text: string;
  /** Extra characters the matched string has beyond the query: closer matches first. */
  extra: number;
}

function better(a: Candidate, b: Candidate): boolean {
  return (
    (HOW_RANK[a.how] - HOW_RANK[b.how] ||
      a.distance - b.distance ||
      FIELD_RANK[a.field] - FIELD_RANK[b.field] ||
      a.extra - b.extra) < 0
  );
}

/** Every query word starts a different word of the name, in any order. */
function wordsMatch(queryWords: readonly string[], words: readonly string[]): boolean {
  const used = new Array<boolean>(words.length).fill(false);
  // Longer query words first, so that "china" does not take the word "chinese" needs.
  const sorted = [...queryWords].sort((a, b) => b.length - a.length);
  for (const qw of sorted) {
    const k = words.findIndex((w, i) => !used[i] && w.startsWith(qw));
    if (k < 0) return false;
    used[k] = true;
  }
  return true;
}

function nameMatch(
  q: string,
  qWords: readonly string[],
  cjk: boolean,
  n: IndexedName,
): Candidate | null {
  const extra = n.folded.length - q.length;
  const c = (how: MatchHow): Candidate => ({
    how,
    distance: 0,
    field: n.field,
    text: n.text,
    extra,
  });
  if (n.folded === q) return c('exact');
  if (n.folded.startsWith(q)) return c('prefix');
  const inside = n.folded.includes(q);
  if (inside && (cjk || n.folded.includes(' ' + q))) return c('word');
  if (qWords.length > 1 && wordsMatch(qWords, n.words)) return c('word');
  if (inside && q.length >= 3) return c('contains');
  return null;
}

export function search(index: SearchIndex, query: string, limit = 20): SearchHit[] {
  const best = new Map<number, Candidate>();
  const offer = (company: number, cand: Candidate) => {
    const prev = best.get(company);
    if (!prev || better(cand, prev)) best.set(company, cand);
  };

  // Identifiers: exact only.
  for (const i of index.identifiers.get(idKey(query)) ?? [])
    offer(i.c, { how: 'exact', distance: 0, field: i.field, text: i.text, extra: 0 });

  const q = normalizeText(query, index.fold);
  if (q) {
    const qWords = q.split(' ');
    const cjk = [...q].some((ch) => isCjkUnit(ch.charCodeAt(0)));
    const compactQ = q.replace(/ /g, '');
    const max = mayBeFuzzy(query) ? allowedErrors(compactQ.length) : 0;
    for (const n of index.names) {
      const found = nameMatch(q, qWords, cjk, n);
      if (found) {
        offer(n.c, found);
        continue;
      }
      if (max === 0) continue;
      const prev = best.get(n.c);
      if (prev && HOW_RANK[prev.how] < HOW_RANK.similar) continue;
      if (n.compact.length < compactQ.length - max) continue;
      const distance = substringDistance(compactQ, n.compact, n.starts, max);
      if (distance <= max)
        offer(n.c, {
          how: 'similar',
          distance,
          field: n.field,
          text: n.text,
          extra: Math.abs(n.compact.length - compactQ.length),
        });
    }
  }

  return [...best]
    .map(([c, cand]) => ({ company: index.companies[c]!, cand }))
    .sort(
      (a, b) =>
        HOW_RANK[a.cand.how] - HOW_RANK[b.cand.how] ||
        a.cand.distance - b.cand.distance ||
        FIELD_RANK[a.cand.field] - FIELD_RANK[b.cand.field] ||
        a.cand.extra - b.cand.extra ||
        SEVERITY_RANK[b.company.severity] - SEVERITY_RANK[a.company.severity] ||
        a.company.name.localeCompare(b.company.name),
    )
    .slice(0, limit)
    .map(({ company, cand }) => ({
      id: company.id,
      name: company.name,
      matched: cand.text,
      field: cand.field,
      how: cand.how,
      severity: company.severity,
    }));
}
