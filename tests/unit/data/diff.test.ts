import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { format } from 'prettier';
import { afterAll, describe, expect, it } from 'vitest';
import {
  affectedEntityIds,
  diffDatasets,
  renderDiffMarkdown,
  renderSummaryMarkdown,
} from '../../../lib/data/diff.ts';
import type { Dataset } from '../../../lib/data/schema.ts';
import { applyImport } from '../../../lib/importer/apply.ts';
import { importNsCmic } from '../../../lib/importer/ofac-consolidated.ts';
import { reconcile } from '../../../lib/importer/reconcile.ts';
import { readOfacSet } from '../../../scripts/lib/ofac-files.ts';
import { realDataset } from '../../helpers/dataset.ts';
import { writeModifiedSet } from '../../helpers/ofac.ts';

const tmp = mkdtempSync(join(tmpdir(), 'dl-diff-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const copy = (): Dataset => structuredClone(realDataset());
const find = (data: Dataset, id: string) => data.entities.find((e) => e.id === id)!;

/** data/ after importing the changed OFAC set (tests/helpers/ofac.ts) with a removal date. */
function afterImport(): Dataset {
  const prev = realDataset();
  const set = readOfacSet([writeModifiedSet(join(tmp, '2026-01-20'))]);
  const report = reconcile(importNsCmic(set.files).entries, prev);
  const out = applyImport(prev.entities, { dataset_version: 1, as_of: prev.as_of }, report, {
    setLabel: set.label,
    primFile: 'cons_prim.csv',
    removedOn: '2026-01-20',
    asOf: '2026-01-20',
  });
  return { ...prev, dataset_version: 2, as_of: out.meta.as_of, entities: out.entities };
}

const prettyMarkdown = (text: string) => format(text, { parser: 'markdown', printWidth: 100 });

describe('diffDatasets', () => {
  it('finds nothing between a dataset and itself', () => {
    const diff = diffDatasets(realDataset(), copy());
    expect(diff).toEqual({
      from: { version: 1, asOf: '2026-08-22' },
      to: { version: 1, asOf: '2026-08-22' },
      listNames: {
        'dod-1237': 'DoD 1237 / E.O. 13959',
        'ofac-ns-cmic': 'Treasury NS-CMIC',
        'dod-1260h': 'DoD 1260H',
      },
      entitiesAdded: [],
      entitiesRemoved: [],
      listingsAdded: [],
      listingsRemoved: [],
      listingChanges: [],
      entityChanges: [],
      detailsChanged: [],
      programsChanged: [],
      matchingChanged: false,
    });
    expect(affectedEntityIds(diff)).toEqual([]);
    expect(renderDiffMarkdown(diff)).toBe(
      '## Version 1 (as of 22 August 2026)\n\nChanges from version 1 (as of 22 August 2026).\n\n' +
        'No changes to companies or listings.\n',
    );
  });

  it('describes an OFAC update: new company, new listing, rename, removal, new ISIN', async () => {
    const diff = diffDatasets(realDataset(), afterImport());
    const ns = { list: 'ofac-ns-cmic', listedOn: '2026-01-14' } as const;
    const events = [
      { type: 'listed', date: '2026-01-14' },
      { type: 'purchase-ban-effective', date: '2026-03-15' },
      { type: 'divestment-window-end', date: '2027-01-14' },
    ];
    const sun = {
      id: 'anhui-sun-create-electronics-co-ltd',
      name: 'Anhui Sun Create Electronics Co., Ltd.',
    };
    const spacesat = { id: 'china-spacesat-co-ltd', name: 'China SpaceSat Co., Ltd.' };
    const hik = {
      id: 'hangzhou-hikvision-digital-technology-co-ltd',
      name: 'Hangzhou Hikvision Digital Technology Co., Ltd.',
    };
    const netposa = { id: 'netposa-technologies-ltd', name: 'NetPosa Technologies, Ltd.' };
    const none = {
      namesAdded: [],
      namesRemoved: [],
      tickersAdded: [],
      tickersRemoved: [],
      isinsAdded: [],
      isinsRemoved: [],
      identifiersChanged: [],
    };
    expect(diff).toMatchObject({
      from: { version: 1, asOf: '2026-08-22' },
      to: { version: 2, asOf: '2026-01-20' },
      entitiesAdded: [
        {
          id: 'example-aerospace-technology-co-ltd',
          name: 'Example Aerospace Technology Co., Ltd.',
          listings: [{ ...ns, events }],
        },
      ],
      entitiesRemoved: [],
      listingsAdded: [{ ...ns, events, entity: sun }],
      listingsRemoved: [],
      listingChanges: [
        {
          entity: spacesat,
          list: 'ofac-ns-cmic',
          listedOn: '2021-06-03',
          eventsAdded: [],
          eventsRemoved: [],
          datesChanged: [],
          listedNamesAdded: ['CHINA SPACESAT GROUP CO., LTD.'],
        },
        {
          entity: netposa,
          list: 'ofac-ns-cmic',
          listedOn: '2021-12-16',
          eventsAdded: [{ type: 'removed', date: '2026-01-20' }],
          eventsRemoved: [],
          datesChanged: [],
          listedNamesAdded: [],
        },
      ],
      entityChanges: [
        { ...none, entity: sun, identifiersChanged: [{ field: 'ofac_ent_num', to: '99002' }] },
        { ...none, entity: spacesat, namesAdded: ['CHINA SPACESAT GROUP CO., LTD.'] },
        { ...none, entity: hik, isinsAdded: ['CNE1000099Y2'] },
      ],
      detailsChanged: [hik],
      programsChanged: [],
      matchingChanged: false,
    });
    expect(affectedEntityIds(diff)).toEqual([
      'anhui-sun-create-electronics-co-ltd',
      'china-spacesat-co-ltd',
      'example-aerospace-technology-co-ltd',
      'hangzhou-hikvision-digital-technology-co-ltd',
      'netposa-technologies-ltd',
    ]);
    const markdown = renderDiffMarkdown(diff);
    expect(markdown).toBe(`## Version 2 (as of 20 January 2026)

Changes from version 1 (as of 22 August 2026).

### Companies added

- **Example Aerospace Technology Co., Ltd.**: Treasury NS-CMIC, listed 14 January 2026 (purchase ban in effect from 15 March 2026; divestment deadline 14 January 2027).

### New listings

- **Anhui Sun Create Electronics Co., Ltd.**: Treasury NS-CMIC, listed 14 January 2026 (purchase ban in effect from 15 March 2026; divestment deadline 14 January 2027).

### Changes to listings

- **China SpaceSat Co., Ltd.**, Treasury NS-CMIC: now listed as "CHINA SPACESAT GROUP CO., LTD.".
- **NetPosa Technologies, Ltd.**, Treasury NS-CMIC: removed from the list 20 January 2026 (new).

### Names and identifiers

- **Anhui Sun Create Electronics Co., Ltd.**: OFAC entry number 99002 added.
- **China SpaceSat Co., Ltd.**: names added: "CHINA SPACESAT GROUP CO., LTD.".
- **Hangzhou Hikvision Digital Technology Co., Ltd.**: ISINs added: CNE1000099Y2.

### Other changes

- Other details (sources, notes, rejected ISINs, match settings) changed for **Hangzhou Hikvision Digital Technology Co., Ltd.**.
`);
    expect(await prettyMarkdown(markdown)).toBe(markdown);
  });

  it('reads a moved date as a change, pairs listings by date, and sees removals and rule changes', () => {
    const prev = realDataset();
    const next = copy();
    // Xiaomi's 1237 listing: vacatur re-dated, the injunction dropped.
    const xiaomi = find(next, 'xiaomi-corporation').listings[0]!;
    xiaomi.events = xiaomi.events
      .filter((e) => e.type !== 'enjoined')
      .map((e) => (e.type === 'vacated' ? { ...e, date: '2021-05-26' } : e));
    // Luokung's corrected listing dated a day later: the same listing, re-dated.
    const luokung = find(next, 'luokung-technology-corp');
    luokung.listings[1]!.events[0]!.date = '2021-03-10';
    next.entities = next.entities.filter((e) => e.id !== 'gowin-semiconductor-corp');
    next.programs[2]!.status = 'changed';
    next.alias_policy.generic_cores.push('Example Core');
    const diff = diffDatasets(prev, next);
    expect(diff.listingChanges).toEqual([
      {
        entity: { id: 'luokung-technology-corp', name: 'Luokung Technology Corp.' },
        list: 'dod-1237',
        listedOn: '2021-03-10',
        eventsAdded: [],
        eventsRemoved: [],
        datesChanged: [{ type: 'listed', from: '2021-03-09', to: '2021-03-10' }],
        listedNamesAdded: [],
      },
      {
        entity: { id: 'xiaomi-corporation', name: 'Xiaomi Corporation' },
        list: 'dod-1237',
        listedOn: '2021-01-14',
        eventsAdded: [],
        eventsRemoved: [{ type: 'enjoined', date: '2021-03-12' }],
        datesChanged: [{ type: 'vacated', from: '2021-05-25', to: '2021-05-26' }],
        listedNamesAdded: [],
      },
    ]);
    expect(diff.entitiesRemoved).toEqual([
      { id: 'gowin-semiconductor-corp', name: 'GOWIN Semiconductor Corp' },
    ]);
    expect(diff.listingsAdded).toEqual([]);
    expect(diff.listingsRemoved).toEqual([]);
    expect(diff.programsChanged).toEqual(['dod-1260h']);
    expect(diff.matchingChanged).toBe(true);
    const markdown = renderDiffMarkdown(diff);
    expect(markdown).toContain(
      '- **Xiaomi Corporation**, DoD 1237 / E.O. 13959: vacated by a court 26 May 2021 (was 25 May 2021); no longer enjoined by a court 12 March 2021.\n',
    );
    expect(markdown).toContain(
      '### Companies taken out of the dataset\n\n- **GOWIN Semiconductor Corp**\n',
    );
    expect(markdown).toContain('- The description of DoD 1260H changed.\n');
  });

  it('escapes Markdown in company names', () => {
    const next = copy();
    find(next, 'xiaomi-corporation').name = 'Xiao*mi_ [Corp] <b>';
    const markdown = renderDiffMarkdown(diffDatasets(realDataset(), next));
    expect(markdown).toContain(
      '- **Xiao\\*mi\\_ \\[Corp\\] \\<b\\>**: renamed from "Xiaomi Corporation".',
    );
  });
});

describe('renderSummaryMarkdown', () => {
  it('sums up the first version per list', async () => {
    const markdown = renderSummaryMarkdown(realDataset());
    expect(markdown).toBe(`## Version 1 (as of 22 August 2026)

Initial dataset: 242 companies. A company can be on more than one list.

- DoD 1237 / E.O. 13959: 48 companies (all since ended)
- Treasury NS-CMIC: 68 companies
- DoD 1260H: 212 companies (20 since ended)
`);
    expect(await prettyMarkdown(markdown)).toBe(markdown);
  });
});
