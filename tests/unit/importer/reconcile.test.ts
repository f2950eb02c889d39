import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../../lib/data/schema.ts';
import { nameKey, slugOf } from '../../../lib/importer/names.ts';
import { importNsCmic, type NsCmicEntry } from '../../../lib/importer/ofac-consolidated.ts';
import { reconcile } from '../../../lib/importer/reconcile.ts';
import { renderReconcileReport } from '../../../lib/importer/report.ts';
import { datasetTickerKey, tickerKey, toDatasetTicker } from '../../../lib/importer/tickers.ts';
import { readOfacSet } from '../../../scripts/lib/ofac-files.ts';
import { realDataset } from '../../helpers/dataset.ts';
import { FIXTURE_2025_12_19 } from '../../helpers/ofac.ts';

const entries = (): NsCmicEntry[] => importNsCmic(readOfacSet([FIXTURE_2025_12_19]).files).entries;
const copy = (): Dataset => structuredClone(realDataset());
const byEntNum = (data: Dataset, ent: string) =>
  data.entities.find((e) => e.identifiers?.ofac_ent_num === ent)!;

describe('reconcile', () => {
  it('matches every entry of the 2025-12-19 set to data/ by ent_num, with no difference', () => {
    const report = reconcile(entries(), realDataset());
    expect(report.entries).toBe(68);
    expect(report.datasetCurrent).toBe(68);
    expect(report.matched.map((m) => m.how)).toEqual(Array(68).fill('ofac_ent_num'));
    expect([report.missing, report.ambiguous, report.dropped]).toEqual([[], [], []]);
    const lines = renderReconcileReport(report);
    expect(lines.at(-1)).toBe(
      'Result: the official list and data/ agree on all 68 NS-CMIC companies.',
    );
    expect(lines).toContain(
      '  ISINs failing their check digit, already rejected in data/: BRC1EODR004 (30926), CND10002K094 (30930), CND10002G601 (30930)',
    );
    expect(lines).toContain(
      '    30930 CHINA COMMUNICATIONS CONSTRUCTION COMPANY LIMITED -> china-communications-construction-company-limited (by ofac_ent_num)',
    );
  });

  it('falls back to the name, and says so, when data/ lacks the ent_num', () => {
    const data = copy();
    delete byEntNum(data, '30930').identifiers!.ofac_ent_num;
    const report = reconcile(entries(), data);
    const m = report.matched.find((x) => x.entry.entNum === '30930')!;
    expect(m).toMatchObject({
      entityId: 'china-communications-construction-company-limited',
      how: 'name',
      matchedName: 'CHINA COMMUNICATIONS CONSTRUCTION COMPANY LIMITED',
      newListing: false,
    });
    expect(m.differences.identifiers).toEqual([
      { field: 'ofac_ent_num', ofac: '30930', file: 'cons_prim.csv' },
    ]);
    expect(report.dropped).toEqual([]);
  });

  it('refuses a name that fits two companies and reports neither as dropped', () => {
    const data = copy();
    const spacesat = byEntNum(data, '30934');
    delete spacesat.identifiers!.ofac_ent_num;
    data.entities.push({ ...structuredClone(spacesat), id: 'spacesat-twin' });
    const report = reconcile(entries(), data);
    expect(report.ambiguous.map((a) => [a.entry.entNum, a.candidates])).toEqual([
      ['30934', ['china-spacesat-co-ltd', 'spacesat-twin']],
    ]);
    // Either twin may be the company on the list: neither is reported as dropped.
    expect(report.dropped).toEqual([]);
  });

  it('finds renamed entries and changed or missing dates, identifiers, tickers and ISINs', () => {
    const data = copy();
    const hik = byEntNum(data, '30946');
    const listing = hik.listings.find((l) => l.list === 'ofac-ns-cmic')!;
    listing.listed_names = ['HIKVISION OLD NAME CO., LTD.'];
    listing.events = listing.events.filter((e) => e.type !== 'divestment-window-end');
    listing.events[1]!.date = '2021-08-03';
    hik.identifiers!.uscc = '91330000733796106X';
    hik.isins.push({
      value: 'US0378331005',
      sources: ['OFAC consolidated non-SDN list (CMIC remarks)'],
    });
    hik.tickers = [];
    const m = reconcile(entries(), data).matched.find((x) => x.entry.entNum === '30946')!;
    expect(m.differences).toEqual({
      renamed: {
        listed: ['HIKVISION OLD NAME CO., LTD.'],
        ofac: 'HANGZHOU HIKVISION DIGITAL TECHNOLOGY CO., LTD.',
        file: 'cons_prim.csv',
      },
      namesAdded: [],
      tickersAdded: [
        { symbol: '002415', market: 'CN', spacing: 'one-space', file: 'cons_prim.csv' },
      ],
      tickersRemoved: [],
      isinsAdded: [],
      isinsRemoved: ['US0378331005'],
      invalidIsins: [],
      identifiers: [
        {
          field: 'uscc',
          ofac: '91330000733796106P',
          dataset: '91330000733796106X',
          file: 'cons_prim.csv',
        },
      ],
      otherIdsAdded: [],
      linkedToAdded: [],
      dates: [
        { kind: 'effective', ofac: '2021-08-02', dataset: '2021-08-03', file: 'cons_prim.csv' },
        { kind: 'divestment', ofac: '2022-06-03', file: 'cons_prim.csv' },
      ],
    });
  });

  it('reports a company the list dropped, with its ent_num and listing date', () => {
    const report = reconcile(
      entries().filter((e) => e.entNum !== '33895'),
      realDataset(),
    );
    expect(report.dropped).toEqual([
      {
        entityId: 'netposa-technologies-ltd',
        name: 'NetPosa Technologies, Ltd.',
        entNum: '33895',
        listedOn: '2021-12-16',
      },
    ]);
  });

  it('notices a listing data/ ended that OFAC still shows', () => {
    const data = copy();
    const listing = byEntNum(data, '30934').listings.find((l) => l.list === 'ofac-ns-cmic')!;
    listing.events.push({ type: 'removed', date: '2024-01-01' });
    const report = reconcile(entries(), data);
    expect(report.datasetCurrent).toBe(67);
    const m = report.matched.find((x) => x.entry.entNum === '30934')!;
    expect(m.differences.listingEnded).toEqual({ type: 'removed', date: '2024-01-01' });
  });
});

describe('names and tickers', () => {
  it('compares names across OFAC capitals, punctuation, quotes and width', () => {
    expect(nameKey("AVIC XI'AN AIRCRAFT INDUSTRY GROUP COMPANY LTD.")).toBe(
      nameKey('AVIC Xi\u2019an Aircraft Industry Group Company Ltd'),
    );
    expect(nameKey('CHINA MOBILE COMMUNICATIONS GROUP CO., LTD')).toBe(
      'CHINA MOBILE COMMUNICATIONS GROUP CO LTD',
    );
    expect(nameKey('\uff23\uff33\uff33\uff23 Offshore & Marine')).toBe('CSSC OFFSHORE & MARINE');
    expect(slugOf('AVIC Xi\u2019an Aircraft Industry Group Company Ltd.')).toBe(
      'avic-xi-an-aircraft-industry-group-company-ltd',
    );
  });

  it("maps OFAC's markets to the dataset's exchanges as data/SOURCES.md describes", () => {
    const rule = 'A-share code prefix: 60/68/90 = Shanghai, 00/30/20 = Shenzhen';
    expect(toDatasetTicker({ symbol: '601800', market: 'CN' })).toEqual({
      ok: true,
      ticker: { exchange: 'SSE', symbol: '601800', country: 'CN', exchange_rule: rule },
    });
    expect(toDatasetTicker({ symbol: '300114', market: 'CN' })).toEqual({
      ok: true,
      ticker: { exchange: 'SZSE', symbol: '300114', country: 'CN', exchange_rule: rule },
    });
    expect(toDatasetTicker({ symbol: '941', market: 'HK' })).toEqual({
      ok: true,
      ticker: { exchange: 'HKEX', symbol: '00941', symbol_as_published: '941', country: 'HK' },
    });
    expect(toDatasetTicker({ symbol: 'MKN1', market: 'DE' })).toEqual({
      ok: true,
      ticker: { exchange: 'DE', symbol: 'MKN1', country: 'DE' },
    });
    expect(toDatasetTicker({ symbol: 'BRK B', market: 'US' })).toEqual({
      ok: false,
      reason: 'unusual symbol "BRK B"',
    });
    expect(tickerKey('HK', '0728')).toBe(tickerKey('HK', '728'));
    expect(datasetTickerKey({ exchange: 'HKEX', symbol: '00728', country: 'HK' })).toBe('HK:728');
    expect(datasetTickerKey({ exchange: 'NYSE', symbol: 'CHA', country: 'US' })).toBe('US:CHA');
    expect(datasetTickerKey({ exchange: 'SSE', symbol: '601728' })).toBe('CN:601728');
  });
});
