/**
 * The toolbar lookup: ranking (exact > prefix > word > similar spelling), typo tolerance for
 * names only, Chinese in both scripts, tickers in every common spelling, ISINs exact, and the
 * stored search data rebuilt (never misread) when an older build wrote another layout.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { createDatasetService } from '../../../entrypoints/background/dataset-service.ts';
import { openLensDb, searchDataFor, type Db } from '../../../lib/data/db.ts';
import type { Dataset, Entity } from '../../../lib/data/schema.ts';
import {
  allowedErrors,
  buildSearchIndex,
  idKey,
  search,
  searchData,
  SEARCH_FORMAT,
  substringDistance,
  type SearchHit,
} from '../../../lib/data/search.ts';
import { foldMap } from '../../../lib/matcher/pack.ts';
import { normalizeText } from '../../../lib/matcher/normalize.ts';
import { seedFromBundled } from '../../../lib/data/seed.ts';
import { serializeEnvelope, wrapUnsigned } from '../../../lib/feed/envelope.ts';
import { realDataset } from '../../helpers/dataset.ts';
import { datasetVersion } from '../../helpers/feeds.ts';

const TODAY = '2026-09-01';

/** A company with just enough to be valid: names, an optional ticker and ISIN, one listing. */
function company(id: string, names: string[], extra: Partial<Entity> = {}): Entity {
  return {
    id,
    name: names[0]!,
    names: names.map((value, i) => ({
      value,
      kind: i === 0 ? 'primary' : 'alias',
      lang: /[\u4e00-\u9fff]/.test(value) ? 'zh-Hans' : 'en',
      match: 'match',
    })),
    tickers: [],
    isins: [],
    listings: [
      {
        list: 'dod-1260h',
        listed_names: [names[0]!],
        authority: 'DoD',
        legal_basis: 'Section 1260H',
        confidence: 'high',
        events: [{ type: 'listed', date: '2024-01-31' }],
        sources: ['https://example.test/1260h'],
      },
    ],
    ...extra,
  };
}

function small(entities: Entity[]): Pick<Dataset, 'entities' | 'programs' | 'zh_fold'> {
  const real = realDataset();
  return { entities, programs: real.programs, zh_fold: real.zh_fold };
}

const ids = (hits: SearchHit[]) => hits.map((h) => h.id);

describe('ranking', () => {
  const index = buildSearchIndex(
    small([
      company('word', ['Gamma Alphanet Systems']),
      company('fuzzy', ['Alfanet Holdings']),
      company('prefix', ['Alphanet Group Corporation']),
      company('exact', ['Alphanet']),
      company('contains', ['Betalphanet Limited']),
      company('other', ['Unrelated Industries']),
    ]),
    TODAY,
  );

  it('puts exact before prefix before word before inside a word before similar spellings', () => {
    const hits = search(index, 'Alphanet');
    expect(ids(hits)).toEqual(['exact', 'prefix', 'word', 'contains', 'fuzzy']);
    expect(hits.map((h) => h.how)).toEqual(['exact', 'prefix', 'word', 'contains', 'similar']);
  });

  it('says what matched each result', () => {
    const [exact, prefix, word, , fuzzy] = search(index, 'alphanet');
    expect(exact).toMatchObject({ matched: 'Alphanet', field: 'name', how: 'exact' });
    expect(prefix).toMatchObject({ matched: 'Alphanet Group Corporation', how: 'prefix' });
    expect(word).toMatchObject({ matched: 'Gamma Alphanet Systems', how: 'word' });
    expect(fuzzy).toMatchObject({ matched: 'Alfanet Holdings', how: 'similar' });
  });

  it('matches every word of the query in any order, and does not need the legal form', () => {
    expect(ids(search(index, 'systems gamma'))).toEqual(['word']);
    expect(ids(search(index, 'alphanet group corp'))).toEqual(['prefix']);
  });

  it('orders similar spellings by how many edits they need', () => {
    const fuzzy = buildSearchIndex(
      small([company('two', ['Borealix Dynamics']), company('one', ['Borealis Dynamics'])]),
      TODAY,
    );
    // "boreallis dynamcs": one extra letter from the first, two edits from the other.
    expect(ids(search(fuzzy, 'Boreallis Dynamics'))).toEqual(['one', 'two']);
  });

  it('finds nothing for an empty or blank query', () => {
    expect(search(index, '')).toEqual([]);
    expect(search(index, '   ')).toEqual([]);
  });

  it('keeps one result per company, with its best match', () => {
    const twice = buildSearchIndex(
      small([company('twice', ['Zeta Optics', 'Zeta Optics International'])]),
      TODAY,
    );
    expect(search(twice, 'zeta optics')).toEqual([
      expect.objectContaining({ id: 'twice', how: 'exact', matched: 'Zeta Optics' }),
    ]);
  });
});

describe('typo tolerance', () => {
  it('allows more errors in longer queries, none in very short ones', () => {
    expect([3, 4, 7, 8, 14, 15].map(allowedErrors)).toEqual([0, 1, 1, 2, 2, 3]);
  });

  it('measures edits to a part of the name that starts at a word', () => {
    const starts = (s: string) => {
      const a = new Uint8Array(s.length + 1);
      let at = 0;
      for (const w of s.split(' ')) {
        a[at] = 1;
        at += w.length;
      }
      return a;
    };
    const name = (s: string) => [s.replace(/ /g, ''), starts(s)] as const;
    expect(substringDistance('luokong', ...name('luokung technology corp'), 2)).toBe(1);
    expect(substringDistance('hikvison', ...name('hangzhou hikvision digital'), 2)).toBe(1);
    // A swap of two neighbours is one edit.
    expect(substringDistance('hikvsiion', ...name('hikvision'), 2)).toBe(1);
    // Not from the middle of a word: "vison" is two edits from the start of "hikvision".
    expect(substringDistance('vison', ...name('hikvision'), 1)).toBe(2);
    expect(substringDistance('zzzzzz', ...name('hikvision'), 1)).toBe(2);
  });

  const real = buildSearchIndex(realDataset(), TODAY);

  it('finds "Grand China Aie" (Grand China Air) and "Luokong" (Luokung)', () => {
    expect(search(real, 'Grand China Aie')[0]).toMatchObject({
      id: 'grand-china-air-co-ltd',
      how: 'similar',
      matched: 'Grand China Air Co. Ltd',
    });
    expect(search(real, 'Luokong')[0]?.id).toBe('luokung-technology-corp');
  });

  it('finds misspelt names that no list prints', () => {
    expect(search(real, 'Hikvison')[0]).toMatchObject({
      id: 'hangzhou-hikvision-digital-technology-co-ltd',
      how: 'similar',
    });
    expect(search(real, 'Luokkung')[0]).toMatchObject({
      id: 'luokung-technology-corp',
      how: 'similar',
    });
    expect(search(real, 'xiaomy')[0]).toMatchObject({ id: 'xiaomi-corporation', how: 'similar' });
  });

  it('does not return a similar spelling for a three-letter query', () => {
    expect(search(real, 'ZTX').filter((h) => h.how === 'similar')).toEqual([]);
  });
});

describe('Chinese names', () => {
  const real = buildSearchIndex(realDataset(), TODAY);

  it('finds a company by its simplified Chinese name, display-only ones included', () => {
    const [first] = search(real, '小米');
    expect(first).toMatchObject({ id: 'xiaomi-corporation', field: 'chinese', how: 'exact' });
  });

  it('finds it by the traditional spelling too', () => {
    // 中國移動 is the traditional spelling of 中国移动 (China Mobile).
    const simplified = search(real, '中国移动');
    const traditional = search(real, '中國移動');
    expect(simplified[0]).toMatchObject({ id: 'china-mobile-limited', how: 'exact' });
    expect(traditional).toEqual(simplified);
  });

  it('matches a Chinese query anywhere in a name (no word boundaries in Chinese)', () => {
    const hits = search(real, '海康威视');
    expect(hits[0]?.id).toBe('hangzhou-hikvision-digital-technology-co-ltd');
    expect(['exact', 'prefix', 'word']).toContain(hits[0]?.how);
  });
});

describe('identifiers', () => {
  const real = buildSearchIndex(realDataset(), TODAY);
  const xiaomi = { id: 'xiaomi-corporation', matched: 'HKEX: 01810', how: 'exact' };

  it('finds a ticker in every common spelling', () => {
    for (const q of ['1810.HK', '1810.hk', 'HKEX: 01810', 'hkex:1810', 'HK:1810', '1810 HK'])
      expect(search(real, q), q).toEqual([expect.objectContaining({ ...xiaomi, field: 'ticker' })]);
    for (const q of ['SZSE:002415', '002415.SZ', 'sz002415'])
      expect(ids(search(real, q)), q).toEqual(['hangzhou-hikvision-digital-technology-co-ltd']);
    expect(search(real, '$XIACY')).toEqual([
      expect.objectContaining({ id: 'xiaomi-corporation', field: 'ticker', matched: 'OTC: XIACY' }),
    ]);
  });

  it('accepts a bare symbol, and says it was typed without its exchange', () => {
    expect(search(real, '1810')).toEqual([expect.objectContaining({ ...xiaomi, field: 'symbol' })]);
    expect(search(real, '01810')[0]).toMatchObject({ ...xiaomi, field: 'symbol' });
    expect(search(real, 'xiacy')[0]).toMatchObject({ id: 'xiaomi-corporation', field: 'symbol' });
    expect(search(real, '002415')[0]).toMatchObject({
      id: 'hangzhou-hikvision-digital-technology-co-ltd',
      field: 'symbol',
      matched: 'SZSE: 002415',
    });
  });

  it('finds an ISIN exactly, and nothing for an ISIN with one character wrong', () => {
    expect(search(real, 'KYG9830T1067')).toEqual([
      expect.objectContaining({ id: 'xiaomi-corporation', field: 'isin', how: 'exact' }),
    ]);
    expect(search(real, ' kyg9830t1067 ')[0]?.id).toBe('xiaomi-corporation');
    for (const wrong of ['KYG9830T1068', 'KYG9830T1O67', 'KYG9830T106', 'KYG9830T10677'])
      expect(search(real, wrong), wrong).toEqual([]);
  });

  it('never matches an identifier fuzzily or by prefix', () => {
    expect(search(real, '1811.HK')).toEqual([]);
    expect(search(real, '181')).toEqual([]);
    expect(search(real, '$XIACZ')).toEqual([]);
    // A letters-only query may look like a name: a wrong symbol is never reported as a ticker.
    expect(
      search(real, 'XIACZ').filter((h) => h.field === 'ticker' || h.field === 'symbol'),
    ).toEqual([]);
  });

  it('compares identifiers without case, width or spaces', () => {
    expect(idKey(' ｈｋｅｘ : 01810 ')).toBe('HKEX:01810');
  });
});

describe('the whole dataset', () => {
  const real = realDataset();

  it('holds every name, listed name, ticker and ISIN of every company', () => {
    const data = searchData(real);
    expect(data.companies).toHaveLength(real.entities.length);
    // Names that fold to the same text (case, width, traditional characters) are held once.
    const fold = foldMap(real.zh_fold);
    const held = new Set(data.names.map((n) => `${data.companies[n.c]!.id} ${n.folded}`));
    for (const e of real.entities) {
      const all = [...e.names.map((n) => n.value), ...e.listings.flatMap((l) => l.listed_names)];
      for (const n of all) expect(held, n).toContain(`${e.id} ${normalizeText(n, fold)}`);
    }
    const keys = new Set(data.identifiers.map((i) => i.key));
    for (const e of real.entities) {
      for (const i of e.isins) expect(keys).toContain(i.value);
      for (const t of e.tickers) expect(keys).toContain(idKey(`${t.exchange}:${t.symbol}`));
    }
  });

  it('finds every company by its primary name first', () => {
    const index = buildSearchIndex(real, TODAY);
    const misses = real.entities.filter(
      (e) => !search(index, e.name).some((h) => h.id === e.id && h.how === 'exact'),
    );
    expect(misses.map((e) => e.id)).toEqual([]);
  });
});

describe('stored search data', () => {
  let db: Db;
  const v1 = datasetVersion(1);

  beforeEach(async () => {
    globalThis.indexedDB = new IDBFactory();
    db = await openLensDb();
    await seedFromBundled(
      db,
      async () => serializeEnvelope(wrapUnsigned(JSON.stringify(v1))),
      new Date(),
    );
  });

  /** The record an older build (before SEARCH_FORMAT 2) stored: a flat list of entries. */
  async function writeOldLayout() {
    await db.put(
      'search',
      {
        datasetVersion: 1,
        entries: [
          {
            id: 'xiaomi-corporation',
            name: 'Xiaomi Corporation',
            text: 'HKEX: 01810',
            folded: 'hkex: 01810',
            field: 'ticker',
          },
        ],
      },
      1,
    );
  }

  it('is written at install in the current layout', async () => {
    const stored = await db.get('search', 1);
    expect(stored?.data?.format).toBe(SEARCH_FORMAT);
    expect(stored?.data).toEqual(searchData(v1));
  });

  it('is rebuilt from the stored dataset when an older build wrote another layout', async () => {
    await writeOldLayout();
    expect(await searchDataFor(db, 1)).toEqual(searchData(v1));
    const stored = await db.get('search', 1);
    expect(stored?.data).toEqual(searchData(v1));
    expect(stored?.entries).toBeUndefined();
  });

  it('is rebuilt when missing or from another format version', async () => {
    await db.delete('search', 1);
    expect(await searchDataFor(db, 1)).toEqual(searchData(v1));
    await db.put(
      'search',
      { datasetVersion: 1, data: { ...searchData(v1), format: 1 as never } },
      1,
    );
    expect((await searchDataFor(db, 1)).format).toBe(SEARCH_FORMAT);
  });

  it('lets the background answer lookups over data an older build stored', async () => {
    await writeOldLayout();
    const service = createDatasetService({
      openDb: async () => db,
      bundledText: async () => {
        throw new Error('not needed: a dataset is installed');
      },
      now: () => new Date(`${TODAY}T12:00:00Z`),
      displayPreferences: async () => ({
        lists: { 'ofac-ns-cmic': true, 'dod-1260h': true, 'dod-1237': true },
        showHistory: true,
      }),
    });
    const reply = await service.search('1810.HK');
    expect(reply.hits).toEqual([
      expect.objectContaining({ id: 'xiaomi-corporation', field: 'ticker', how: 'exact' }),
    ]);
    expect((await service.search('Grand China Aie')).hits[0]?.id).toBe('grand-china-air-co-ltd');
    expect((await db.get('search', 1))?.data?.format).toBe(SEARCH_FORMAT);
  });
});
