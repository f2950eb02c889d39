/**
 * OFAC's `Equity Ticker <symbol> <market>` against the dataset's tickers.
 *
 * OFAC names a market (mostly a country code), not an exchange. The dataset's convention
 * (data/SOURCES.md, section H) turns it into an exchange where that is certain and keeps
 * OFAC's code in `country`:
 * - CN: Shanghai or Shenzhen by the code's prefix (60/68/90 Shanghai, 00/30/20 Shenzhen);
 * - HK: HKEX, with the 5-digit HKEX code (OFAC writes 941, 0728 or 00883);
 * - anything else: the market code itself (US, DE, SG, ...): OFAC does not say which venue.
 * Comparison goes through `tickerKey`, which both sides reduce to OFAC's terms.
 */
import type { Ticker } from '../data/schema.ts';

export interface OfacTicker {
  symbol: string;
  market: string;
}

const SHANGHAI = /^(60|68|90)/;
const SHENZHEN = /^(00|30|20)/;
export const CN_EXCHANGE_RULE = 'A-share code prefix: 60/68/90 = Shanghai, 00/30/20 = Shenzhen';

/** The market code a dataset ticker stands for, in OFAC's terms. */
function marketOf(t: Pick<Ticker, 'exchange' | 'country'>): string {
  if (t.country) return t.country;
  if (t.exchange === 'SSE' || t.exchange === 'SZSE') return 'CN';
  if (t.exchange === 'HKEX') return 'HK';
  if (t.exchange === 'NYSE' || t.exchange === 'NASDAQ' || t.exchange === 'OTC') return 'US';
  if (t.exchange === 'XETRA') return 'DE';
  return t.exchange;
}

/** One key per security: HKEX codes compare without their leading zeros. */
export function tickerKey(market: string, symbol: string): string {
  const sym = market === 'HK' ? symbol.replace(/^0+(?=\d)/, '') : symbol;
  return `${market}:${sym}`;
}

export function datasetTickerKey(t: Pick<Ticker, 'exchange' | 'country' | 'symbol'>): string {
  return tickerKey(marketOf(t), t.symbol);
}

/** How a report names an OFAC ticker: as OFAC wrote it. */
export function describeOfacTicker(t: OfacTicker): string {
  return `${t.symbol} ${t.market}`;
}

/** The dataset form of an OFAC ticker (without sources), or why it has none. */
export function toDatasetTicker(
  t: OfacTicker,
): { ok: true; ticker: Omit<Ticker, 'sources'> } | { ok: false; reason: string } {
  let exchange = t.market;
  let symbol = t.symbol;
  let rule: string | undefined;
  if (t.market === 'CN') {
    if (SHANGHAI.test(t.symbol)) exchange = 'SSE';
    else if (SHENZHEN.test(t.symbol)) exchange = 'SZSE';
    if (exchange !== 'CN') rule = CN_EXCHANGE_RULE;
  } else if (t.market === 'HK' && /^\d{1,5}$/.test(t.symbol)) {
    exchange = 'HKEX';
    symbol = t.symbol.padStart(5, '0');
  }
  if (!/^[A-Z]{2,6}$/.test(exchange)) return { ok: false, reason: `unknown market "${t.market}"` };
  if (!/^[A-Z0-9.]{1,12}$/.test(symbol)) return { ok: false, reason: `unusual symbol "${symbol}"` };
  return {
    ok: true,
    ticker: {
      exchange,
      symbol,
      ...(symbol !== t.symbol ? { symbol_as_published: t.symbol } : {}),
      country: t.market,
      ...(rule ? { exchange_rule: rule } : {}),
    },
  };
}
