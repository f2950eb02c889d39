import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  importNsCmic,
  readOfacFile,
  roleOfFileName,
  splitPrograms,
  type NsCmicEntry,
  type NsCmicImport,
} from '../../../lib/importer/ofac-consolidated.ts';
import { readOfacSet } from '../../../scripts/lib/ofac-files.ts';
import {
  FIXTURE_2025_04_21_LF,
  FIXTURE_2025_12_19,
  SHARED_DERIVED,
  SHARED_SETS,
} from '../../helpers/ofac.ts';

const imported = (dir: string): NsCmicImport => importNsCmic(readOfacSet([dir]).files);
const entry = (result: NsCmicImport, entNum: string): NsCmicEntry => {
  const found = result.entries.find((e) => e.entNum === entNum);
  if (!found) throw new Error(`no ent_num ${entNum}`);
  return found;
};

describe('importNsCmic on the 2025-12-19 excerpt (all four files)', () => {
  const result = imported(FIXTURE_2025_12_19);

  it('finds the 68 NS-CMIC entries and nothing else', () => {
    expect(result.entries).toHaveLength(68);
    expect(result.entries.every((e) => e.programs.join() === 'CMIC-EO13959')).toBe(true);
    expect(result.entries.some((e) => ['9639', '9647', '17014'].includes(e.entNum))).toBe(false);
    expect(result.warnings).toEqual([]);
    expect(result.files).toEqual([
      {
        name: 'cons_prim.csv',
        role: 'prim',
        records: 71,
        nsCmicRecords: 68,
        encoding: 'windows-1252',
        lineEnding: 'crlf',
        endOfFileMark: true,
      },
      {
        name: 'cons_alt.csv',
        role: 'alt',
        records: 117,
        nsCmicRecords: 110,
        encoding: 'windows-1252',
        lineEnding: 'crlf',
        endOfFileMark: true,
      },
      {
        name: 'cons_add.csv',
        role: 'add',
        records: 80,
        nsCmicRecords: 76,
        encoding: 'windows-1252',
        lineEnding: 'crlf',
        endOfFileMark: true,
      },
      {
        name: 'cons_comments.csv',
        role: 'comments',
        records: 2,
        nsCmicRecords: 1,
        encoding: 'windows-1252',
        lineEnding: 'crlf',
        endOfFileMark: true,
      },
    ]);
  });

  it('completes a remark cut off in cons_prim.csv from cons_comments.csv (ent_num 30930)', () => {
    const cccc = entry(result, '30930');
    expect(cccc.continuedInComments).toBe(true);
    expect(cccc.remarks.endsWith("(USCC) 91110000710934369E (China); a.k.a. 'CCCC'.")).toBe(true);
    expect(cccc.uscc).toEqual({
      value: '91110000710934369E',
      file: 'cons_prim.csv and cons_comments.csv',
    });
    expect(cccc.alternates).toEqual([
      { value: 'CHINA COMMUNICATIONS CONSTRUCTION CO LTD', kind: 'aka', file: 'cons_alt.csv' },
      { value: 'CHINA COMMUNICATIONS CONSTRUCTION COMPANY LTD', kind: 'aka', file: 'cons_alt.csv' },
      { value: 'CHINA COMMUNICATIONS CONSTR CO LTD', kind: 'aka', file: 'cons_alt.csv' },
      {
        value: 'China Communications Construction Co. Ltd',
        kind: 'issuer-name',
        file: 'cons_prim.csv',
      },
      {
        value: 'China Communications Construction Company Limited',
        kind: 'issuer-name',
        file: 'cons_prim.csv',
      },
      {
        value: 'China Communications Construction Company Ltd',
        kind: 'issuer-name',
        file: 'cons_prim.csv',
      },
      { value: 'China Communications Constr Co Ltd', kind: 'issuer-name', file: 'cons_prim.csv' },
      { value: 'CCCC', kind: 'aka', file: 'cons_comments.csv' },
    ]);
    expect(cccc.notes).toEqual([]);
  });

  it('keeps ISINs that fail the check digit apart, and lists a repeated ISIN once', () => {
    const cccc = entry(result, '30930');
    expect(cccc.isins).toHaveLength(18);
    expect(cccc.invalidIsins.map((i) => i.value)).toEqual(['CND10002K094', 'CND10002G601']);
    const cnooc = entry(result, '30926');
    expect(cnooc.isins.map((i) => i.value)).toEqual([
      'HK0883013259',
      'US1261321095',
      'HK2998013240',
    ]);
    expect(cnooc.invalidIsins).toEqual([{ value: 'BRC1EODR004', file: 'cons_prim.csv' }]);
    expect(cnooc.notes).toEqual(['ISIN HK0883013259 is listed twice; kept once']);
    expect(cnooc.lei).toEqual({ value: '549300XIVJCBIGMRUD48', file: 'cons_prim.csv' });
    expect(cnooc.otherIds).toEqual([
      { value: 'Company Number 0685974 (Hong Kong)', file: 'cons_prim.csv' },
    ]);
    expect(cnooc.linkedTo).toEqual([
      { value: 'CHINA NATIONAL OFFSHORE OIL CORPORATION', file: 'cons_prim.csv' },
    ]);
  });

  it('reads tickers however OFAC spaced them', () => {
    expect(entry(result, '33113').tickers).toEqual([
      { symbol: '603019', market: 'CN', spacing: 'no-space', file: 'cons_prim.csv' },
    ]);
    expect(entry(result, '32069').tickers).toEqual([
      { symbol: '601698', market: 'CN', spacing: 'extra-space', file: 'cons_prim.csv' },
    ]);
  });

  it('reads the dates, f.k.a. names and addresses', () => {
    const unicom = entry(result, '30924');
    expect([unicom.listingDate, unicom.effectiveDate, unicom.divestmentDate]).toEqual([
      { value: '2021-06-03', file: 'cons_prim.csv' },
      { value: '2021-08-02', file: 'cons_prim.csv' },
      { value: '2022-06-03', file: 'cons_prim.csv' },
    ]);
    expect(unicom.alternates.filter((a) => a.kind === 'fka')).toEqual([
      { value: 'CHINA UNICOM LIMITED', kind: 'fka', file: 'cons_alt.csv' },
    ]);
    expect(entry(result, '30930').addresses).toEqual([
      {
        address: '85, Deshengmen Street, Xicheng District',
        city: 'Beijing 100088',
        country: 'China',
      },
    ]);
  });
});

describe('importNsCmic on other shapes of the set', () => {
  it('reads an LF copy with only cons_prim.csv, and says what it could not read', () => {
    const result = imported(FIXTURE_2025_04_21_LF);
    expect(result.entries.map((e) => e.entNum)).toEqual(['30930', '33113']);
    expect(result.files[0]).toMatchObject({ lineEnding: 'lf', endOfFileMark: true, records: 4 });
    expect(result.warnings).toEqual([
      'no cons_alt.csv: alternate names (a.k.a., f.k.a.) were not read',
      'no cons_comments.csv: remarks cut off in cons_prim.csv cannot be completed',
    ]);
    expect(entry(result, '30930').notes).toEqual([
      'the remarks have no closing full stop: they may continue in cons_comments.csv, which was not given',
    ]);
    expect(entry(result, '30930').uscc).toEqual({
      value: '91110000710934369E',
      file: 'cons_prim.csv',
    });
  });

  it('decodes names as Windows-1252 and reads quoted line breaks in any field', () => {
    const prim = Buffer.from(
      '1,"AVIC XI\x92AN AIRCRAFT",-0- ,"CMIC-EO13959",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,' +
        '"Equity Ticker 000768 CN; Listing Date (CMIC) 03 Jun 2021;\r\nTarget Type Public Company."\r\n\x1a',
      'latin1',
    );
    const result = importNsCmic([readOfacFile('cons_prim.csv', prim)]);
    expect(result.entries).toHaveLength(1);
    expect(result.entries[0]!.name).toBe('AVIC XI\u2019AN AIRCRAFT');
    expect(result.entries[0]!.targetTypes).toEqual(['Public Company']);
    expect(result.entries[0]!.listingDate).toEqual({ value: '2021-06-03', file: 'cons_prim.csv' });
  });

  it('splits program lists and knows the files by name', () => {
    expect(splitPrograms('SDGT] [NS-PLC')).toEqual(['SDGT', 'NS-PLC']);
    expect(splitPrograms('[CMIC-EO13959]')).toEqual(['CMIC-EO13959']);
    expect(splitPrograms('CMIC-EO13959')).toEqual(['CMIC-EO13959']);
    expect(splitPrograms(undefined)).toEqual([]);
    expect(
      ['cons_prim.csv', 'CONS_ALT.CSV', 'x/cons_add.csv', 'cons_comments.csv', 'sdn.csv'].map(
        roleOfFileName,
      ),
    ).toEqual(['prim', 'alt', 'add', 'comments', undefined]);
    expect(() => importNsCmic([])).toThrow('cons_prim.csv is required');
  });
});

describe('importNsCmic on the real files in ../shared/data/sources', () => {
  const sets = Object.fromEntries(
    Object.entries(SHARED_SETS).map(([label, dir]) => [label, imported(dir)]),
  );

  it('finds 68 NS-CMIC entries in each of the three sets, with the same remarks', () => {
    for (const result of Object.values(sets)) expect(result.entries).toHaveLength(68);
    const remarks = (r: NsCmicImport) => r.entries.map((e) => [e.entNum, e.name, e.remarks]);
    // The older sets have no cons_comments.csv: their one cut-off remark is the prefix.
    const full = remarks(sets['2025-12-19']!);
    for (const label of ['2025-03-26', '2025-04-21']) {
      const older = remarks(sets[label]!);
      expect(older.map((r) => r.slice(0, 2))).toEqual(full.map((r) => r.slice(0, 2)));
      older.forEach((r, i) => expect(full[i]![2]!.startsWith(r[2]!)).toBe(true));
    }
    expect(sets['2025-12-19']!.files.map((f) => [f.name, f.records, f.lineEnding])).toEqual([
      ['cons_prim.csv', 442, 'crlf'],
      ['cons_alt.csv', 1073, 'crlf'],
      ['cons_add.csv', 574, 'crlf'],
      ['cons_comments.csv', 10, 'crlf'],
    ]);
    expect(sets['2025-04-21']!.files.map((f) => f.lineEnding)).toEqual(['lf', 'lf']);
  });

  it('agrees with the independent parse in ../shared (derived/ofac_cmic_parsed_from_2025-12-19.json)', () => {
    interface Derived {
      ent_num: string;
      name: string;
      program: string;
      tickers: { exchange: string; symbol: string }[];
      isins: string[];
      isins_invalid: string[];
      issuer_names: string[];
      aka: string[];
      fka: string[];
      linked_to: string[];
      target_type: string[];
      uscc: string | null;
      lei: string | null;
      other_ids: string[];
      remarks_raw: string;
      listing: string;
      effective: string;
      divest: string;
    }
    const derived = JSON.parse(readFileSync(SHARED_DERIVED, 'utf8')) as Derived[];
    const ours = sets['2025-12-19']!.entries;
    expect(ours.map((e) => e.entNum)).toEqual(derived.map((d) => d.ent_num));
    const upper = (names: string[]) => [...new Set(names.map((n) => n.toUpperCase()))].sort();
    ours.forEach((e, i) => {
      const d = derived[i]!;
      expect({
        name: e.name,
        program: e.programs.join(),
        tickers: e.tickers.map((t) => ({ exchange: t.market, symbol: t.symbol })),
        isins: e.isins.map((x) => x.value),
        isins_invalid: e.invalidIsins.map((x) => x.value),
        names: upper([e.name, ...e.alternates.map((a) => a.value)]),
        fka: e.alternates.filter((a) => a.kind === 'fka').map((a) => a.value),
        linked_to: e.linkedTo.map((x) => x.value),
        target_type: e.targetTypes,
        uscc: e.uscc?.value ?? null,
        lei: e.lei?.value ?? null,
        other_ids: e.otherIds.map((x) => x.value),
        remarks_raw: e.remarks.trim(),
        dates: [e.listingDate?.value, e.effectiveDate?.value, e.divestmentDate?.value],
      }).toEqual({
        name: d.name,
        program: d.program,
        tickers: d.tickers,
        isins: d.isins,
        isins_invalid: d.isins_invalid,
        names: upper([d.name, ...d.aka, ...d.fka, ...d.issuer_names]),
        fka: d.fka,
        linked_to: d.linked_to,
        target_type: d.target_type,
        uscc: d.uscc,
        lei: d.lei,
        other_ids: d.other_ids,
        remarks_raw: d.remarks_raw,
        dates: [d.listing, d.effective, d.divest],
      });
    });
  });

  it('finds the quirks the sources README describes, and one more repeated ISIN', () => {
    const entries = sets['2025-12-19']!.entries;
    const invalid = entries.flatMap((e) => e.invalidIsins.map((i) => `${e.entNum} ${i.value}`));
    expect(invalid).toEqual(['30926 BRC1EODR004', '30930 CND10002K094', '30930 CND10002G601']);
    expect(entries.flatMap((e) => e.notes.map((n) => `${e.entNum}: ${n}`))).toEqual([
      '30926: ISIN HK0883013259 is listed twice; kept once',
      '30938: ISIN CND100005MX3 is listed twice; kept once',
    ]);
    expect(entries.filter((e) => e.continuedInComments).map((e) => e.entNum)).toEqual(['30930']);
  });
});
