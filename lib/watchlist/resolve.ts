/**
 * Which designated company a holding is, if any. Screening a portfolio must be exact: a row
 * wrongly marked as designated sends a holder to sell, and a row wrongly cleared is worse, so
 * only three kinds of evidence count as a match:
 * - an ISIN with a valid check digit, equal to one in the dataset;
 * - a ticker in any qualified form ("1810.HK", "HKEX: 01810", "SZSE:002415", "HK.00700"), or a
 *   bare symbol matched against the dataset's symbols on the market the file names (its
 *   exchange column) or, without one, on a market whose symbols cannot be mistaken (US letters,
 *   five-digit Hong Kong codes, six-digit Shanghai and Shenzhen codes);
 * - a name equal, after folding (width, case, punctuation, traditional characters, legal forms
 *   such as "Co., Ltd.", share descriptors such as "Sponsored ADR"), to a name of the company.
 * Anything weaker (a symbol found only on another market, a name shared by two companies, a
 * name that only begins like a company's, a ticker the dataset marks as delisted or unconfirmed)
 * is a "possible match": shown, never counted. A delisted symbol is the weakest of all: US
 * exchanges reassign symbols, so "CHL" on NYSE need not be China Mobile today.
 *
 * Pure: the index is built from a dataset (in the background, once per dataset version).
 */
import { isValidIsin } from '../data/isin.ts';
import type { Dataset, NameMatch } from '../data/schema.ts';
import { tickerTerms } from '../matcher/identifiers.ts';
import { normalizeText } from '../matcher/normalize.ts';
import { foldMap } from '../matcher/pack.ts';
import { coresOf, lowerKey, termContext, type TermContext } from '../matcher/terms.ts';
import type { Holding } from './portfolio.ts';

export type MatchedBy = 'isin' | 'ticker' | 'name';

/** A ticker the dataset keeps but does not vouch for (see TickerSchema in lib/data/schema.ts). */
export type TickerStatus = 'delisted' | 'unconfirmed';

export interface Evidence {
  id: string;
  by: MatchedBy;
  /** What in the dataset matched: the ISIN, the ticker ("HKEX:01810"), the name. */
  matched: string;
  /** The ticker matched is delisted or unconfirmed: only ever a possible match. */
  status?: TickerStatus;
}

export type Resolution =
  ({ kind: 'match' } & Evidence) | { kind: 'possible'; candidates: Evidence[] } | { kind: 'none' };

/** Markets as a holder's file names them; a dataset exchange belongs to one. */
type Market = 'HK' | 'SH' | 'SZ' | 'CN' | 'US' | 'DE' | 'SG' | 'RU' | 'AR' | 'BR' | 'CA';

const MARKET_OF_EXCHANGE: Record<string, Market> = {
  HKEX: 'HK',
  SSE: 'SH',
  SZSE: 'SZ',
  US: 'US',
  NYSE: 'US',
  NASDAQ: 'US',
  OTC: 'US',
  DE: 'DE',
  XETRA: 'DE',
  SG: 'SG',
  RU: 'RU',
  AR: 'AR',
  BR: 'BR',
  CA: 'CA',
};

/** Names of markets in files and qualified tickers, upper-cased. */
const MARKET_NAMES: Record<string, Market> = {};
const names = (market: Market, list: string[]) => {
  for (const n of list) MARKET_NAMES[n] = market;
};
names('HK', ['HK', 'HKG', 'HKEX', 'SEHK', 'HKSE', 'XHKG', 'HONG KONG', '港股', '香港', '港交所']);
names('SH', [
  'SH',
  'SS',
  'SSE',
  'SHA',
  'SHH',
  'XSHG',
  'SHANGHAI',
  '沪',
  '沪市',
  '上海',
  '上交所',
  '沪股通',
]);
names('SZ', ['SZ', 'SZSE', 'SHE', 'XSHE', 'SHENZHEN', '深', '深市', '深圳', '深交所', '深股通']);
names('CN', ['CN', 'A股', 'A-SHARES', 'CHINA']);
names('US', [
  'US',
  'USA',
  'NYSE',
  'NASDAQ',
  'NASDAQGS',
  'NASDAQGM',
  'NASDAQCM',
  'NMS',
  'NGS',
  'OTC',
  'OTCMKTS',
  'OTCQX',
  'OTCPK',
  'PINK',
  'AMEX',
  'ARCA',
  'NYSEARCA',
  'BATS',
  'XNYS',
  'XNAS',
  '美股',
  '美国',
]);
names('DE', ['DE', 'GER', 'XETRA', 'XETR', 'ETR', 'FRA', 'F', 'XFRA', 'GY', 'GR', 'FRANKFURT']);
names('SG', ['SG', 'SGX', 'SI', 'SES', 'SP', 'SINGAPORE']);

export function marketOf(name: string): Market | 'unknown' {
  return MARKET_NAMES[name.trim().toUpperCase()] ?? 'unknown';
}

/** "1810.HK" -> 1810 on HK; "HK.01810", "HKEX: 1810", "1810 HK Equity", "SH600000", "$BABA". */
export function parseSymbol(text: string): { market?: Market | 'unknown'; symbol: string } {
  const t = text.trim().toUpperCase().replace(/\s+/g, ' ');
  if (/^\$[A-Z][A-Z.]{0,9}$/.test(t)) return { market: 'US', symbol: t.slice(1) };
  let m = /^([A-Z]+(?: [A-Z]+)?) ?[:.：] ?([A-Z0-9][A-Z0-9.]*)$/.exec(t);
  if (m && MARKET_NAMES[m[1]!]) return { market: MARKET_NAMES[m[1]!], symbol: m[2]! };
  m = /^([A-Z0-9]+(?:\.[A-Z])?)\.([A-Z]{1,4})$/.exec(t);
  if (m && MARKET_NAMES[m[2]!]) return { market: MARKET_NAMES[m[2]!], symbol: m[1]! };
  m = /^([A-Z0-9.]+) ([A-Z]{2})(?: EQUITY)?$/.exec(t);
  if (m && MARKET_NAMES[m[2]!]) return { market: MARKET_NAMES[m[2]!], symbol: m[1]! };
  m = /^(SH|SZ)(\d{6})$/.exec(t);
  if (m) return { market: m[1] as Market, symbol: m[2]! };
  return { symbol: t };
}

const isDigits = (s: string) => /^\d+$/.test(s);
/** Hong Kong codes are written with or without leading zeros. */
const hkKey = (s: string) => s.replace(/^0+(?=\d)/, '');

/** The key of a qualified ticker spelling: upper case, no space around a colon. */
function tickerKey(text: string): string {
  return text
    .trim()
    .toUpperCase()
    .replace(/\s*[:：]\s*/g, ':')
    .replace(/\s+/g, ' ');
}

/** Words a brokerage appends to a company name to say which security it is. */
const DESCRIPTORS = new Set([
  'sponsored',
  'unsponsored',
  'spon',
  'ads',
  'adr',
  'adrs',
  'gdr',
  'ord',
  'ords',
  'ordinary',
  'shs',
  'share',
  'shares',
  'class',
  'cl',
  'cls',
  'a',
  'b',
  'h',
  'w',
  'sw',
  'com',
  'common',
  'stock',
  'new',
  'npv',
  'reg',
  'registered',
  'each',
  'rep',
  'repr',
  'equity',
  'inhaber',
  'aktien',
  'namens',
  'nam',
  'act',
  'actions',
  'on',
  'rg',
  'st',
  'dl',
  'hd',
  'rc',
  'yc',
  'h股',
  'a股',
]);

interface NameEntry {
  ids: Set<string>;
  /** Some entity has this name with a verdict that allows matching. */
  strong: boolean;
  written: Map<string, string>;
}

/** A ticker as indexed: the entity, the ticker as written ("HKEX:01810"), its status if any. */
interface TickerEntry {
  id: string;
  written: string;
  status?: TickerStatus;
}

export interface ScreenIndex {
  isins: Map<string, string>;
  /** Every qualified spelling of every ticker: entity id -> that entity's ticker. */
  qualified: Map<string, Map<string, TickerEntry>>;
  symbols: Map<string, (TickerEntry & { market: Market })[]>;
  names: Map<string, NameEntry>;
  cores: Map<string, NameEntry>;
  ctx: TermContext;
}

const STRONG: ReadonlySet<NameMatch> = new Set(['match', 'case-sensitive']);

function addName(
  map: Map<string, NameEntry>,
  key: string,
  id: string,
  strong: boolean,
  written: string,
) {
  if (!key) return;
  let entry = map.get(key);
  if (!entry) map.set(key, (entry = { ids: new Set(), strong: false, written: new Map() }));
  entry.ids.add(id);
  entry.strong ||= strong;
  if (!entry.written.has(id)) entry.written.set(id, written);
}

export function buildScreenIndex(
  data: Pick<Dataset, 'entities' | 'alias_policy' | 'zh_fold'>,
): ScreenIndex {
  const ctx = termContext(data as Dataset, foldMap(data.zh_fold));
  const index: ScreenIndex = {
    isins: new Map(),
    qualified: new Map(),
    symbols: new Map(),
    names: new Map(),
    cores: new Map(),
    ctx,
  };
  for (const e of data.entities) {
    for (const i of e.isins) index.isins.set(i.value, e.id);
    for (const t of e.tickers) {
      const entry: TickerEntry = { id: e.id, written: `${t.exchange}:${t.symbol}` };
      if (t.status) entry.status = t.status;
      for (const term of tickerTerms(t)) {
        const key = tickerKey(term.text);
        const ids = index.qualified.get(key) ?? new Map<string, TickerEntry>();
        // A spelling shared by a live ticker and a delisted one of the same company is live.
        const had = ids.get(e.id);
        if (!had || (had.status && !entry.status)) ids.set(e.id, entry);
        index.qualified.set(key, ids);
      }
      const market = MARKET_OF_EXCHANGE[t.exchange];
      if (!market) continue;
      const key = market === 'HK' ? hkKey(t.symbol) : t.symbol;
      const list = index.symbols.get(key) ?? [];
      list.push({ ...entry, market });
      index.symbols.set(key, list);
    }
    const all: { value: string; strong: boolean }[] = [
      { value: e.name, strong: true },
      ...e.names.map((n) => ({ value: n.value, strong: STRONG.has(n.match) })),
      ...e.listings.flatMap((l) => l.listed_names.map((value) => ({ value, strong: true }))),
    ];
    for (const { value, strong } of all) {
      const cased = normalizeText(value, ctx.fold, true);
      addName(index.names, lowerKey(cased), e.id, strong, value);
      const cores = coresOf(cased, ctx);
      for (const core of [...cores.direct, ...cores.unbracketed]) {
        const key = lowerKey(core);
        if (coreAllowed(key, ctx)) addName(index.cores, key, e.id, strong, value);
      }
    }
  }
  return index;
}

const CJK = /[\u3400-\u9fff]/;

function coreAllowed(key: string, ctx: TermContext): boolean {
  if (!key || ctx.generic.has(key)) return false;
  if (CJK.test(key)) return [...key].length >= ctx.minCjk;
  return key.replace(/[^a-z0-9]/g, '').length >= ctx.minLatin;
}

function evidence(entry: NameEntry, by: MatchedBy): Evidence[] {
  return [...entry.ids].map((id) => ({ id, by, matched: entry.written.get(id) ?? id }));
}

function tickerEvidence(t: TickerEntry): Evidence {
  const e: Evidence = { id: t.id, by: 'ticker', matched: t.written };
  if (t.status) e.status = t.status;
  return e;
}

/**
 * One company's tickers that matched: a match through a live one; through a delisted or
 * unconfirmed one only a possibility, with the reason carried to the screen.
 */
function oneCompany(tickers: readonly TickerEntry[]): Resolution {
  const live = tickers.find((t) => !t.status);
  if (live) return { kind: 'match', ...tickerEvidence(live) };
  return { kind: 'possible', candidates: [tickerEvidence(tickers[0]!)] };
}

/** The symbol's matches on the dataset's markets, filtered by the market the holding names. */
function bySymbol(
  index: ScreenIndex,
  symbol: string,
  market: Market | 'unknown' | undefined,
): Resolution {
  // Hong Kong symbols are indexed without leading zeros: "01810" finds "1810".
  const hk =
    isDigits(symbol) && symbol.length <= 5
      ? (index.symbols.get(hkKey(symbol)) ?? []).filter((s) => s.market === 'HK')
      : [];
  const found = [...new Set([...(index.symbols.get(symbol) ?? []), ...hk])];
  if (!found.length) return { kind: 'none' };
  let sure: typeof found = [];
  if (market && market !== 'unknown') {
    sure = found.filter(
      (s) => s.market === market || (market === 'CN' && (s.market === 'SH' || s.market === 'SZ')),
    );
    // The file says which market: a symbol on another one is another security.
    if (!sure.length) return { kind: 'none' };
  } else if (!market) {
    sure = found.filter(
      (s) =>
        (s.market === 'US' && /^[A-Z]/.test(symbol)) ||
        (s.market === 'HK' && /^0\d{4}$/.test(symbol)) ||
        ((s.market === 'SH' || s.market === 'SZ') && /^\d{6}$/.test(symbol)),
    );
  }
  const ids = new Set(sure.map((s) => s.id));
  if (ids.size === 1) return oneCompany(sure);
  const pool = sure.length ? sure : found;
  // One candidate per company, through a live ticker when it has one.
  const best = new Map<string, TickerEntry>();
  for (const s of pool) {
    const had = best.get(s.id);
    if (!had || (had.status && !s.status)) best.set(s.id, s);
  }
  return { kind: 'possible', candidates: [...best.values()].map(tickerEvidence) };
}

function byTicker(index: ScreenIndex, text: string, exchange?: string): Resolution {
  const ids = index.qualified.get(tickerKey(text));
  if (ids?.size === 1) return oneCompany([...ids.values()]);
  const parsed = parseSymbol(text);
  const market = parsed.market ?? (exchange ? marketOf(exchange) : undefined);
  return bySymbol(index, parsed.symbol, market);
}

/** A holding's name, folded, without share descriptors and brackets ("(REPR 20 SHS)"). */
function nameKeys(
  index: ScreenIndex,
  name: string,
): { full: string; stripped: string; cores: string[] } {
  const cased = normalizeText(name, index.ctx.fold, true);
  const full = lowerKey(cased);
  const words = lowerKey(
    cased
      .replace(/[(（][^()（）]*[)）]/g, ' ')
      .replace(/[-_/](?=[A-Za-z]{1,2}$)/, ' ')
      .replace(/\s+/g, ' ')
      .trim(),
  ).split(' ');
  while (words.length > 1 && DESCRIPTORS.has(words[words.length - 1]!)) words.pop();
  // Chinese short names carry a class suffix without a space: "小米集团-W" folds to "小米集团 w".
  const stripped = words.join(' ');
  const cores = [...new Set([...coresOf(stripped, index.ctx).direct, stripped])];
  return { full, stripped, cores };
}

function byName(index: ScreenIndex, name: string): Resolution {
  const keys = nameKeys(index, name);
  const tiers: [Map<string, NameEntry>, string][] = [
    [index.names, keys.full],
    [index.names, keys.stripped],
    ...keys.cores.flatMap((c): [Map<string, NameEntry>, string][] => [
      [index.names, c],
      [index.cores, c],
    ]),
  ];
  for (const [map, key] of tiers) {
    const entry = map.get(key);
    if (!entry) continue;
    if (entry.ids.size === 1 && entry.strong) {
      const [e] = evidence(entry, 'name');
      return { kind: 'match', ...e! };
    }
    return { kind: 'possible', candidates: evidence(entry, 'name') };
  }
  return nearMiss(index, keys.cores[0] ?? keys.stripped);
}

/**
 * Near misses: a company name that begins with the holding's name as whole words, or the
 * other way round ("Hikvision Digital" / "Hikvision"). Shown as possible, never counted.
 */
function nearMiss(index: ScreenIndex, core: string): Resolution {
  if (!coreAllowed(core, index.ctx) || core.length < 5) return { kind: 'none' };
  const found = new Map<string, Evidence>();
  for (const map of [index.names, index.cores]) {
    for (const [key, entry] of map) {
      if (key.length < 5 || !coreAllowed(key, index.ctx)) continue;
      const latin = !CJK.test(key);
      const sep = latin ? ' ' : '';
      if (key.startsWith(core + sep) || core.startsWith(key + sep)) {
        for (const e of evidence(entry, 'name')) if (!found.has(e.id)) found.set(e.id, e);
      }
    }
  }
  if (!found.size || found.size > 3) return { kind: 'none' };
  return { kind: 'possible', candidates: [...found.values()] };
}

function merge(results: Resolution[]): Resolution {
  const match = results.find((r) => r.kind === 'match');
  if (match) return match;
  const candidates = new Map<string, Evidence>();
  for (const r of results) {
    if (r.kind === 'possible')
      for (const c of r.candidates) if (!candidates.has(c.id)) candidates.set(c.id, c);
  }
  return candidates.size
    ? { kind: 'possible', candidates: [...candidates.values()] }
    : { kind: 'none' };
}

const ISIN_SHAPE = /^[A-Z]{2}[A-Z0-9]{9}[0-9]$/;

function byIsin(index: ScreenIndex, text: string): Resolution {
  const isin = text.replace(/\s/g, '').toUpperCase();
  if (!isValidIsin(isin)) return { kind: 'none' };
  const id = index.isins.get(isin);
  return id ? { kind: 'match', id, by: 'isin', matched: isin } : { kind: 'none' };
}

/** One holding: its ISIN, then its ticker, then its name; the first exact match wins. */
export function resolveHolding(index: ScreenIndex, h: Omit<Holding, 'line'>): Resolution {
  const steps: (() => Resolution)[] = [];
  if (h.isin) steps.push(() => byIsin(index, h.isin!));
  if (h.symbol) steps.push(() => byTicker(index, h.symbol!, h.exchange));
  if (h.name) steps.push(() => byName(index, h.name!));
  if (h.query) {
    const q = h.query.trim();
    if (ISIN_SHAPE.test(q.toUpperCase())) steps.push(() => byIsin(index, q));
    const parsed = parseSymbol(q);
    // A bare word is a symbol only as symbols are written: upper case or digits ("BABA", "00700").
    if (parsed.market || /^[A-Z0-9][A-Z0-9.]{0,11}$/.test(q)) steps.push(() => byTicker(index, q));
    steps.push(() => byName(index, q));
  }
  const results: Resolution[] = [];
  for (const step of steps) {
    const r = step();
    if (r.kind === 'match') return r;
    results.push(r);
  }
  const merged = merge(results);
  if (merged.kind !== 'possible' || !h.name) return merged;
  // A symbol known only on another market ("CTM" is China Mobile in Frankfurt, Castellum in
  // New York) is kept as a possibility only when the row's name points the same way.
  const named = new Set(resolvedIds([byName(index, h.name)]));
  const kept = merged.candidates.filter((c) => c.by !== 'ticker' || named.has(c.id));
  return kept.length ? { kind: 'possible', candidates: kept } : { kind: 'none' };
}

export function resolveHoldings(
  index: ScreenIndex,
  holdings: readonly Omit<Holding, 'line'>[],
): Resolution[] {
  return holdings.map((h) => resolveHolding(index, h));
}

/** The entities a set of resolutions names (matches and candidates). */
export function resolvedIds(results: readonly Resolution[]): string[] {
  const ids = new Set<string>();
  for (const r of results) {
    if (r.kind === 'match') ids.add(r.id);
    if (r.kind === 'possible') for (const c of r.candidates) ids.add(c.id);
  }
  return [...ids];
}
