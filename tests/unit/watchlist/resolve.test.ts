/**
 * Resolving holdings against the real dataset: exact ISINs, tickers in every qualified form,
 * bare symbols only where the market is certain, names after folding; everything weaker is a
 * possible match that is never counted.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../lib/i18n/i18n.ts';
import { readPortfolioFile, type Holding } from '../../../lib/watchlist/portfolio.ts';
import { matchedByText } from '../../../lib/watchlist/report.ts';
import {
  buildScreenIndex,
  parseSymbol,
  resolveHolding,
  resolvedIds,
  type Resolution,
} from '../../../lib/watchlist/resolve.ts';
import { realDataset } from '../../helpers/dataset.ts';

const index = buildScreenIndex(realDataset());
const resolve = (h: Omit<Holding, 'line'>) => resolveHolding(index, h);

/** A short form for assertions: "id by kind", "? id,id" for possible, "-" for none. */
function short(r: Resolution): string {
  if (r.kind === 'match') return `${r.id} by ${r.by}`;
  if (r.kind === 'possible') return `? ${r.candidates.map((c) => c.id).join(',')}`;
  return '-';
}

const q = (query: string) => short(resolve({ query }));

describe('identifiers', () => {
  it('an ISIN with a valid check digit, in any case or spacing; never an invalid one', () => {
    expect(q('CNE100000PM8')).toBe('hangzhou-hikvision-digital-technology-co-ltd by isin');
    expect(q('cne100000pm8')).toBe('hangzhou-hikvision-digital-technology-co-ltd by isin');
    expect(short(resolve({ isin: 'CNE 100000 PM8' }))).toBe(
      'hangzhou-hikvision-digital-technology-co-ltd by isin',
    );
    expect(q('CNE100000PM9')).toBe('-');
  });

  it('every qualified spelling of a ticker, from the matcher and from brokerages', () => {
    for (const form of [
      '1810.HK',
      '01810.HK',
      'HKEX: 1810',
      'HKEX:01810',
      'HK.01810',
      '1810 HK',
      '1810 HK Equity',
      'SEHK:1810',
      '$XIACY',
      'OTC: XIACY',
    ]) {
      expect(q(form), form).toBe('xiaomi-corporation by ticker');
    }
    for (const form of ['SZSE:002415', '002415.SZ', 'SZ002415', 'SZ.002415', 'SHE: 002415']) {
      expect(q(form), form).toBe('hangzhou-hikvision-digital-technology-co-ltd by ticker');
    }
    expect(q('600941.SS')).toBe('china-mobile-limited by ticker');
    expect(q('NYSE: BABA')).toBe('alibaba-group-holding-limited by ticker');
    expect(q('US.BABA')).toBe('alibaba-group-holding-limited by ticker');
    const r = resolve({ query: 'HKEX: 1810' });
    expect(r.kind === 'match' && r.matched).toBe('HKEX:01810');
  });

  it('a bare symbol counts only where its market is certain', () => {
    expect(q('BABA')).toBe('alibaba-group-holding-limited by ticker');
    expect(q('00700')).toBe('tencent-holdings-limited by ticker');
    expect(q('002415')).toBe('hangzhou-hikvision-digital-technology-co-ltd by ticker');
    // Four digits are also Tokyo and Taipei codes; CTM trades in Frankfurt as China Mobile.
    expect(q('1810')).toBe('? xiaomi-corporation');
    expect(q('CTM')).toBe('? china-mobile-limited');
    // A lower-case word is not a symbol.
    expect(q('baba')).toBe('-');
  });

  it('uses the exchange column: the same symbol on another market is another security', () => {
    expect(short(resolve({ symbol: '1810', exchange: 'HK' }))).toBe('xiaomi-corporation by ticker');
    expect(short(resolve({ symbol: '01810', exchange: '港股' }))).toBe(
      'xiaomi-corporation by ticker',
    );
    expect(short(resolve({ symbol: 'CTM', exchange: 'US' }))).toBe('-');
    expect(short(resolve({ symbol: 'CTM', exchange: 'XETRA' }))).toBe(
      'china-mobile-limited by ticker',
    );
    expect(short(resolve({ symbol: '002415', exchange: 'Nowhere' }))).toBe(
      '? hangzhou-hikvision-digital-technology-co-ltd',
    );
  });

  it("drops a foreign-market symbol when the row's own name says otherwise", () => {
    expect(short(resolve({ symbol: 'CTM', name: 'CASTELLUM INC COM' }))).toBe('-');
    expect(short(resolve({ symbol: 'CTM', name: 'CHINA MOBILE LTD' }))).toBe(
      'china-mobile-limited by name',
    );
  });

  it('a delisted or unconfirmed ticker is only a possible match, with the reason', () => {
    // NYSE delisted China Mobile's ADR (CHL) in 2021; US exchanges reassign symbols.
    for (const h of [
      { query: 'CHL' },
      { query: 'NYSE: CHL' },
      { query: '$CHL' },
      { symbol: 'CHL' },
      { symbol: 'CHL', exchange: 'NYSE' },
    ]) {
      const r = resolve(h);
      expect(short(r), JSON.stringify(h)).toBe('? china-mobile-limited');
      expect(r.kind === 'possible' && r.candidates[0]).toEqual({
        id: 'china-mobile-limited',
        by: 'ticker',
        matched: 'NYSE:CHL',
        status: 'delisted',
      });
    }
    expect(q('CHA')).toBe('? china-telecom-corporation-limited');
    expect(q('CHU')).toBe('? china-unicom-hong-kong-limited');
    expect(q('CEO')).toBe('? cnooc-limited');
    expect(q('SMI')).toBe('? semiconductor-manufacturing-international-corporation');
    const smicy = resolve({ query: 'SMICY' });
    expect(smicy.kind === 'possible' && smicy.candidates[0]!.status).toBe('unconfirmed');
    // A row whose own name is another company's drops it; the company's own name still counts.
    expect(short(resolve({ symbol: 'CHL', name: 'SOME NEW HOLDINGS INC' }))).toBe('-');
    expect(short(resolve({ symbol: 'CHL', name: 'CHINA MOBILE LTD' }))).toBe(
      'china-mobile-limited by name',
    );
    // The company's live tickers are unaffected.
    expect(q('HKEX: 941')).toBe('china-mobile-limited by ticker');
    expect(q('600941.SS')).toBe('china-mobile-limited by ticker');
  });

  it('says why a delisted or unconfirmed ticker is only possible, in both languages', () => {
    const delisted = {
      id: 'china-mobile-limited',
      by: 'ticker' as const,
      matched: 'NYSE:CHL',
      status: 'delisted' as const,
    };
    expect(matchedByText(createI18n('en'), delisted)).toBe(
      'by ticker NYSE:CHL, which is delisted there: the symbol may now belong to another company',
    );
    expect(matchedByText(createI18n('zh-CN'), delisted)).toBe(
      '按股票代码 NYSE:CHL，但该代码已在该交易所退市，现在可能属于另一家公司',
    );
    expect(
      matchedByText(createI18n('en'), { ...delisted, status: 'unconfirmed' as const }),
    ).toContain('which the sources do not confirm');
  });

  it('parses market-qualified symbols', () => {
    expect(parseSymbol('hk.00700')).toEqual({ market: 'HK', symbol: '00700' });
    expect(parseSymbol('600000.SS')).toEqual({ market: 'SH', symbol: '600000' });
    expect(parseSymbol('BRK.B')).toEqual({ symbol: 'BRK.B' });
    expect(parseSymbol('AHLA.DE')).toEqual({ market: 'DE', symbol: 'AHLA' });
  });
});

describe('names', () => {
  it('match after folding case, punctuation, legal forms and share descriptors', () => {
    expect(q('China Mobile Ltd')).toBe('china-mobile-limited by name');
    expect(q('HANGZHOU HIKVISION DIGITAL TECHNOLOGY CO LTD')).toBe(
      'hangzhou-hikvision-digital-technology-co-ltd by name',
    );
    expect(short(resolve({ name: 'ALIBABA GROUP HOLDING LTD SPONSORED ADS' }))).toBe(
      'alibaba-group-holding-limited by name',
    );
    expect(q('杭州海康威視數字技術股份有限公司')).toBe(
      'hangzhou-hikvision-digital-technology-co-ltd by name',
    );
  });

  it('a near miss, a shared name or a display-only name is possible, never a match', () => {
    expect(q('Hikvision Digital')).toBe('? hangzhou-hikvision-digital-technology-co-ltd');
    // "China Mobile" names both the listed company and its parent group.
    const shared = resolve({ query: 'China Mobile' });
    expect(shared.kind).toBe('possible');
    expect(resolvedIds([shared]).sort()).toEqual([
      'china-mobile-communications-group-co-ltd',
      'china-mobile-limited',
    ]);
    // 小米 is display-only in the data; "小米集团-W" is Futu's short name.
    expect(short(resolve({ name: '小米集团-W' }))).toBe('? xiaomi-corporation');
  });

  it('unrelated and generic names are not on the lists', () => {
    for (const name of [
      'Apple Inc.',
      'Vanguard Total World Stock ETF',
      'China',
      'Technology',
      'Panda',
    ])
      expect(q(name), name).toBe('-');
  });
});

describe('the fixtures, row by row', () => {
  const read = (name: string) => {
    const r = readPortfolioFile(
      new Uint8Array(readFileSync(new URL(`../../fixtures/portfolio/${name}`, import.meta.url))),
    );
    if (!r.ok) throw new Error(name);
    return r.portfolio.holdings.map((h) => short(resolveHolding(index, h)));
  };

  it('Fidelity', () => {
    expect(read('fidelity-positions.csv')).toEqual([
      '-',
      '-',
      'alibaba-group-holding-limited by ticker',
      'china-mobile-limited by ticker',
      'xiaomi-corporation by ticker',
      '-',
      '-',
      '-',
    ]);
  });

  it('European semicolon file', () => {
    expect(read('european-semicolon.csv')).toEqual([
      'hangzhou-hikvision-digital-technology-co-ltd by isin',
      '-',
      'xiaomi-corporation by isin',
      'china-unicom-hong-kong-limited by isin',
      '-',
      '-',
    ]);
  });

  it('Futu-like HK export', () => {
    expect(read('futu-hk.csv')).toEqual([
      'xiaomi-corporation by ticker',
      'tencent-holdings-limited by ticker',
      'china-mobile-limited by ticker',
      'cnooc-limited by ticker',
      'robosense-technology-co-ltd by ticker',
      '-',
      'hangzhou-hikvision-digital-technology-co-ltd by ticker',
      'hesai-group by ticker',
      '-',
    ]);
  });

  it('pasted list', () => {
    expect(read('pasted-list.txt')).toEqual([
      'xiaomi-corporation by ticker',
      'tencent-holdings-limited by ticker',
      'hangzhou-hikvision-digital-technology-co-ltd by ticker',
      'byd-company-limited by isin',
      'china-mobile-limited by name',
      'alibaba-group-holding-limited by ticker',
      '-',
      'xiaomi-corporation by ticker',
      'china-mobile-limited by ticker',
      '? hangzhou-hikvision-digital-technology-co-ltd',
      '-',
    ]);
  });
});
