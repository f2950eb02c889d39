/**
 * Exchange-qualified ticker forms. A bare number ("1810") or a bare short symbol ("CHL") is
 * never a term: only forms that name the market ("1810.HK", "HKEX: 01810", "NYSE: CHL",
 * "$XIACY"). The `forms` in the dataset are hints; qualified ones are kept, bare ones dropped.
 */
import type { Ticker } from '../data/schema.ts';

export interface IdentifierTerm {
  /** Matched literally: its dots and colons must be in the text as written ("700.HK", not "700 HK"). */
  text: string;
  /** Cashtags and ISINs are upper case by convention; "$xiacy" is more often not a ticker. */
  caseSensitive: boolean;
}

/** Prefixes ("HKEX:") and suffixes (".HK") by exchange code. */
const QUALIFIERS: Record<string, { prefixes: string[]; suffixes: string[]; glued?: string[] }> = {
  HKEX: { prefixes: ['HK', 'HKG', 'HKEX', 'SEHK', 'HKSE'], suffixes: ['.HK'] },
  SSE: { prefixes: ['SSE', 'SHA', 'SH'], suffixes: ['.SS', '.SH'], glued: ['SH'] },
  SZSE: { prefixes: ['SZSE', 'SHE', 'SZ'], suffixes: ['.SZ'], glued: ['SZ'] },
  NYSE: { prefixes: ['NYSE'], suffixes: [] },
  NASDAQ: { prefixes: ['NASDAQ', 'NasdaqGS', 'NasdaqGM', 'NasdaqCM'], suffixes: [] },
  OTC: { prefixes: ['OTC', 'OTCMKTS', 'OTCQX', 'OTC Markets', 'OTCPK'], suffixes: [] },
  XETRA: { prefixes: ['ETR', 'XETRA', 'FRA'], suffixes: ['.DE', '.F'] },
  DE: { prefixes: ['ETR', 'XETRA', 'FRA'], suffixes: ['.DE', '.F'] },
  SG: { prefixes: ['SGX'], suffixes: ['.SI'] },
};

/** Exchanges whose symbols are also written as cashtags. */
const CASHTAG = new Set(['NYSE', 'NASDAQ', 'OTC', 'US']);

/** HKEX codes are written with or without leading zeros: 01810, 1810; 00700, 0700, 700. */
function hkSpellings(symbol: string): string[] {
  const bare = symbol.replace(/^0+/, '') || '0';
  const out = new Set([symbol, bare]);
  if (bare.length < 4) out.add(bare.padStart(4, '0'));
  return [...out];
}

/** A hint from the data is kept only if it names its market. */
export function isQualifiedForm(form: string): boolean {
  return /[.:$]|\s/.test(form) || /^(SH|SZ)\d{6}$/.test(form);
}

export function tickerTerms(ticker: Ticker): IdentifierTerm[] {
  const out = new Map<string, IdentifierTerm>();
  const add = (text: string, caseSensitive = false) => {
    if (!out.has(text)) out.set(text, { text, caseSensitive });
  };
  const q = QUALIFIERS[ticker.exchange];
  const symbols = ticker.exchange === 'HKEX' ? hkSpellings(ticker.symbol) : [ticker.symbol];
  if (q) {
    for (const s of symbols) {
      for (const p of q.prefixes) {
        add(`${p}:${s}`);
        add(`${p}: ${s}`);
      }
      for (const suffix of q.suffixes) add(s + suffix);
      for (const g of q.glued ?? []) add(g + s);
      // Bloomberg style, "1810 HK": only with four digits or more ("700 HK dollars" is money).
      if (ticker.exchange === 'HKEX' && s.length >= 4) add(`${s} HK`);
    }
  }
  if (CASHTAG.has(ticker.exchange) && /^[A-Z][A-Z.]{0,5}$/.test(ticker.symbol))
    add('$' + ticker.symbol, true);
  for (const form of ticker.forms ?? []) {
    if (isQualifiedForm(form) && !/^\d{1,3} HK$/.test(form)) add(form);
  }
  return [...out.values()];
}
