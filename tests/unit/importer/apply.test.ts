import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Entity } from '../../../lib/data/schema.ts';
import { validateDataset } from '../../../lib/data/validate.ts';
import { IMPORTED_NAME_REASON } from '../../../lib/importer/apply.ts';
import { importNsCmic } from '../../../lib/importer/ofac-consolidated.ts';
import { reconcile } from '../../../lib/importer/reconcile.ts';
import { applyToDataDir } from '../../../scripts/lib/apply-import.ts';
import { readDataDir } from '../../../scripts/lib/dataset-files.ts';
import { readOfacSet } from '../../../scripts/lib/ofac-files.ts';
import { DATA_DIR } from '../../helpers/dataset.ts';
import { FIXTURE_2025_12_19, writeModifiedSet } from '../../helpers/ofac.ts';

const tmp = mkdtempSync(join(tmpdir(), 'dl-apply-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const modified = writeModifiedSet(join(tmp, 'ofac-2026-01-20'));

function dataCopy(name: string): string {
  const dir = join(tmp, name);
  cpSync(DATA_DIR, dir, { recursive: true });
  return dir;
}

function run(dir: string, removedOn?: string) {
  const set = readOfacSet([modified]);
  const checked = validateDataset(readDataDir(dir));
  if (!checked.ok) throw new Error('data copy is invalid');
  const report = reconcile(importNsCmic(set.files).entries, checked.dataset);
  return applyToDataDir(dir, report, {
    setLabel: set.label,
    primFile: 'cons_prim.csv',
    ...(removedOn ? { removedOn } : {}),
  });
}

const readEntities = (dir: string) =>
  JSON.parse(readFileSync(join(dir, 'entities.json'), 'utf8')) as Entity[];
const src = (file: string, ent: string) =>
  `OFAC consolidated non-SDN list, ${file} (2026-01-20 set), ent_num ${ent}`;
const byId = (list: Entity[], id: string) => list.find((e) => e.id === id)!;

describe('applying an import to a copy of data/', () => {
  const dir = dataCopy('data');
  const before = readEntities(dir);
  const result = run(dir);
  const after = readEntities(dir);

  it('writes a valid dataset, one version up, in the same JSON layout', () => {
    expect(result.ok).toBe(true);
    expect(validateDataset(readDataDir(dir)).ok).toBe(true);
    const meta = readFileSync(join(dir, 'meta.json'), 'utf8');
    expect(JSON.parse(meta)).toMatchObject({ dataset_version: 2, as_of: '2026-08-22' });
    for (const name of ['entities.json', 'meta.json']) {
      const text = readFileSync(join(dir, name), 'utf8');
      expect(text).toBe(JSON.stringify(JSON.parse(text), null, 2) + '\n');
    }
  });

  it('adds the new company with its names, tickers, ISIN, identifiers and dated listing', () => {
    const added = byId(after, 'example-aerospace-technology-co-ltd');
    const s = src('cons_prim.csv', '99001');
    const name = (value: string, kind: string, source = s) => ({
      value,
      kind,
      lang: 'en',
      match: 'display-only',
      reason: IMPORTED_NAME_REASON,
      sources: [source],
    });
    expect(added).toEqual({
      id: 'example-aerospace-technology-co-ltd',
      name: 'Example Aerospace Technology Co., Ltd.',
      names: [
        name('Example Aerospace Technology Co., Ltd.', 'primary'),
        name('EXAMPLE AEROSPACE TECH', 'alias', src('cons_alt.csv', '99001')),
        name('EATC', 'alias'),
      ],
      tickers: [
        {
          exchange: 'SSE',
          symbol: '688999',
          country: 'CN',
          exchange_rule: 'A-share code prefix: 60/68/90 = Shanghai, 00/30/20 = Shenzhen',
          sources: [s],
        },
        {
          exchange: 'HKEX',
          symbol: '09999',
          symbol_as_published: '9999',
          country: 'HK',
          sources: [s],
        },
      ],
      isins: [{ value: 'CNE1000099X4', sources: [s] }],
      isins_rejected: [
        {
          value: 'CNE1000099X5',
          reason:
            'Published by OFAC (cons_prim.csv, 2026-01-20 set, ent_num 99001) but fails the ISIN check digit.',
        },
      ],
      identifiers: { ofac_ent_num: '99001', uscc: '91110000MA00EXAMP1' },
      notes: [`Recorded from OFAC: uscc 91110000MA00EXAMP1 (${s}).`],
      listings: [
        {
          list: 'ofac-ns-cmic',
          listed_names: ['EXAMPLE AEROSPACE TECHNOLOGY CO., LTD.'],
          authority: 'U.S. Department of the Treasury, Office of Foreign Assets Control (OFAC)',
          legal_basis:
            'E.O. 13959 as amended by E.O. 14032 (June 3, 2021); IEEPA; Chinese Military-Industrial Complex Sanctions Regulations, 31 CFR part 586',
          confidence: 'high',
          events: [
            { type: 'listed', date: '2026-01-14', sources: [s] },
            { type: 'purchase-ban-effective', date: '2026-03-15', sources: [s] },
            { type: 'divestment-window-end', date: '2027-01-14', sources: [s] },
          ],
          notes:
            "OFAC ent_num 99001; program tag CMIC-EO13959. Target Type: Public Company. Imported from OFAC's consolidated non-SDN list; review the names' match verdicts.",
          sources: [s],
        },
      ],
    });
  });

  it('gives a company already in data/ (DoD 1260H) its NS-CMIC listing instead of a duplicate', () => {
    const sun = byId(after, 'anhui-sun-create-electronics-co-ltd');
    expect(after.filter((e) => /sun create/i.test(e.name))).toHaveLength(1);
    expect(sun.identifiers).toEqual({ ofac_ent_num: '99002' });
    expect(sun.listings.map((l) => l.list)).toEqual(['dod-1260h', 'ofac-ns-cmic']);
    expect(sun.listings[1]!.events.map((e) => `${e.type} ${e.date}`)).toEqual([
      'listed 2026-01-14',
      'purchase-ban-effective 2026-03-15',
      'divestment-window-end 2027-01-14',
    ]);
    expect(Object.keys(sun)).toEqual([
      'id',
      'name',
      'names',
      'tickers',
      'isins',
      'identifiers',
      'parent',
      'listings',
    ]);
  });

  it('records the new name of a renamed entry next to the old one', () => {
    const spacesat = byId(after, 'china-spacesat-co-ltd');
    const old = byId(before, 'china-spacesat-co-ltd');
    const listing = spacesat.listings.find((l) => l.list === 'ofac-ns-cmic')!;
    expect(listing.listed_names).toEqual([
      'CHINA SPACESAT CO., LTD.',
      'CHINA SPACESAT GROUP CO., LTD.',
    ]);
    expect(spacesat.names.slice(0, -1)).toEqual(old.names);
    expect(spacesat.names.at(-1)).toEqual({
      value: 'CHINA SPACESAT GROUP CO., LTD.',
      kind: 'alias',
      lang: 'en',
      match: 'display-only',
      reason: IMPORTED_NAME_REASON,
      sources: [src('cons_prim.csv', '30934')],
    });
  });

  it('adds a new ISIN with its source and records a failing one as rejected, not imported', () => {
    const hik = byId(after, 'hangzhou-hikvision-digital-technology-co-ltd');
    const old = byId(before, 'hangzhou-hikvision-digital-technology-co-ltd');
    expect(hik.isins).toEqual([
      ...old.isins,
      { value: 'CNE1000099Y2', sources: [src('cons_prim.csv', '30946')] },
    ]);
    expect(hik.isins_rejected).toEqual([
      {
        value: 'CNE1000099Y3',
        reason:
          'Published by OFAC (cons_prim.csv, 2026-01-20 set, ent_num 30946) but fails the ISIN check digit.',
      },
    ]);
    expect(Object.keys(hik)).toEqual(Object.keys(old).toSpliced(5, 0, 'isins_rejected'));
  });

  it('keeps the dropped company untouched without --removed-on, and changes nothing else', () => {
    expect(result.lines).toContain(
      '  netposa-technologies-ltd: no longer on the list; pass --removed-on <date> to record it',
    );
    const changed = new Set([
      'example-aerospace-technology-co-ltd',
      'anhui-sun-create-electronics-co-ltd',
      'china-spacesat-co-ltd',
      'hangzhou-hikvision-digital-technology-co-ltd',
    ]);
    expect(after.filter((e) => !changed.has(e.id))).toEqual(
      before.filter((e) => !changed.has(e.id)),
    );
  });

  it('finds nothing left to apply on a second run', () => {
    const again = run(dir);
    expect(again.lines).toEqual([
      'Not applied, for review (1):',
      '  netposa-technologies-ltd: no longer on the list; pass --removed-on <date> to record it',
      'Nothing to apply: data/ is unchanged.',
    ]);
    expect(readEntities(dir)).toEqual(after);
  });
});

describe('applying with --removed-on', () => {
  it('records a removed event, with its source, for the company the list dropped', () => {
    const dir = dataCopy('data-removed');
    const result = run(dir, '2026-01-20');
    expect(result.ok).toBe(true);
    const netposa = byId(readEntities(dir), 'netposa-technologies-ltd');
    const listing = netposa.listings.find((l) => l.list === 'ofac-ns-cmic')!;
    expect(listing.events.at(-1)).toEqual({
      type: 'removed',
      date: '2026-01-20',
      note: "No longer on the NS-CMIC list in OFAC's consolidated non-SDN list (2026-01-20 set); removal date as given by the maintainer.",
      sources: [
        'OFAC consolidated non-SDN list, cons_prim.csv (2026-01-20 set): ent_num 33895 absent',
      ],
    });
  });

  it('refuses a removal dated on or before the listing', () => {
    const dir = dataCopy('data-early');
    const result = run(dir, '2021-12-16');
    expect(result.lines).toContain(
      '  netposa-technologies-ltd: not removed: 2021-12-16 is not after its listing on 2021-12-16',
    );
    const netposa = byId(readEntities(dir), 'netposa-technologies-ltd');
    expect(
      netposa.listings.find((l) => l.list === 'ofac-ns-cmic')!.events.map((e) => e.type),
    ).toEqual(['listed', 'purchase-ban-effective', 'divestment-window-end']);
  });

  it('writes nothing when the result would be invalid (a malformed USCC from the file)', () => {
    const dir = dataCopy('data-invalid');
    const before = readFileSync(join(dir, 'entities.json'), 'utf8');
    const set = readOfacSet([modified]);
    const entries = importNsCmic(set.files).entries;
    entries.find((e) => e.entNum === '99001')!.uscc = { value: '9111', file: 'cons_prim.csv' };
    const checked = validateDataset(readDataDir(dir));
    if (!checked.ok) throw new Error('data copy is invalid');
    const result = applyToDataDir(dir, reconcile(entries, checked.dataset), {
      setLabel: set.label,
      primFile: 'cons_prim.csv',
    });
    expect(result.ok).toBe(false);
    expect(result.lines).toContain('The changes would make data/ invalid; nothing was written:');
    expect(result.lines.filter((l) => l.startsWith('  - '))).toEqual([
      `  - entity "example-aerospace-technology-co-ltd", entities[${JSON.parse(before).length}].identifiers.uscc: is not an 18-character USCC`,
    ]);
    expect(readFileSync(join(dir, 'entities.json'), 'utf8')).toBe(before);
    expect(JSON.parse(readFileSync(join(dir, 'meta.json'), 'utf8')).dataset_version).toBe(1);
  });
});

describe('applying dates', () => {
  it('adds a missing deadline with its source and leaves a differing one for review', () => {
    const dir = dataCopy('data-dates');
    const entities = readEntities(dir);
    const listingOf = (list: Entity[], id: string) =>
      byId(list, id).listings.find((l) => l.list === 'ofac-ns-cmic')!;
    const hik = listingOf(entities, 'hangzhou-hikvision-digital-technology-co-ltd');
    hik.events = hik.events.filter((e) => e.type !== 'divestment-window-end');
    listingOf(entities, 'china-spacesat-co-ltd').events[1]!.date = '2021-08-03';
    writeFileSync(join(dir, 'entities.json'), JSON.stringify(entities, null, 2) + '\n');

    const set = readOfacSet([FIXTURE_2025_12_19]);
    const checked = validateDataset(readDataDir(dir));
    if (!checked.ok) throw new Error('data copy is invalid');
    const report = reconcile(importNsCmic(set.files).entries, checked.dataset);
    const result = applyToDataDir(dir, report, { setLabel: set.label, primFile: 'cons_prim.csv' });
    expect(result.lines.slice(0, 5)).toEqual([
      'Applied (1):',
      '  hangzhou-hikvision-digital-technology-co-ltd (ent_num 30946): divestment-window-end 2022-06-03 added',
      'Not applied, for review (1):',
      "  china-spacesat-co-ltd (ent_num 30934): effective date is 2021-08-03 in data/, 2021-08-02 in OFAC's file",
      expect.stringContaining(': dataset version 1 -> 2.'),
    ]);
    const after = readEntities(dir);
    expect(listingOf(after, 'hangzhou-hikvision-digital-technology-co-ltd').events.at(-1)).toEqual({
      type: 'divestment-window-end',
      date: '2022-06-03',
      sources: ['OFAC consolidated non-SDN list, cons_prim.csv (2025-12-19 set), ent_num 30946'],
    });
    expect(listingOf(after, 'china-spacesat-co-ltd').events[1]!.date).toBe('2021-08-03');
  });
});
