/**
 * The matcher on the real dataset: the alias policy, identifiers, normalisation, offsets,
 * boundaries, leftmost-longest and the context rules from data/.
 */
import { describe, expect, it } from 'vitest';
import { loadMatcher, type Match } from '../../../lib/matcher/matcher.ts';
import { compilePack } from '../../../lib/matcher/pack.ts';
import { realDataset } from '../../helpers/dataset.ts';

const data = realDataset();
const matcher = loadMatcher(JSON.parse(JSON.stringify(compilePack(data))));

interface Hit {
  text: string;
  ids: string[];
}

function hits(text: string): Hit[] {
  return matcher.find(text).map((m: Match) => ({
    text: text.slice(m.start, m.end),
    ids: m.entities.map((e) => matcher.entities[e]!),
  }));
}

function ids(text: string): string[] {
  return [...new Set(hits(text).flatMap((h) => h.ids))].sort();
}

const XIAOMI = 'xiaomi-corporation';
const HIKVISION = 'hangzhou-hikvision-digital-technology-co-ltd';
const SMIC = 'semiconductor-manufacturing-international-corporation';

describe('alias policy', () => {
  it.each([
    ['Gowin Semiconductor', 'gowin-semiconductor-corp'],
    ['GOWIN Semiconductor Corp', 'gowin-semiconductor-corp'],
    ['Luokong Technology Corporation', 'luokung-technology-corp'],
    ['Luokung', 'luokung-technology-corp'],
    ['Xiaomi', XIAOMI],
    ['Huawei', 'huawei-technologies-co-ltd'],
    ['Hikvision', HIKVISION],
    ['Inspur', 'inspur-group-co-ltd'],
    ['NIO', 'nio-inc'],
    ['SMIC', SMIC],
    ['COMAC', 'commercial-aircraft-corporation-of-china-limited'],
    ['AVIC', 'aviation-industry-corporation-of-china-ltd'],
  ])('"%s" names %s', (text, id) => {
    expect(hits(`In the news: ${text} today.`)).toEqual([{ text, ids: [id] }]);
  });

  it.each([
    'China Construction',
    'Inner Mongolia',
    'Panda',
    'the giant panda',
    'smic',
    'Smic',
    'comac',
    'Nio',
    'the China telecommunications market',
    'China shipbuilding is booming',
    'Costar',
    'CoStar Group',
    'CloudWalk',
  ])('"%s" does not match', (text) => {
    expect(hits(`Yesterday ${text} was in the news.`)).toEqual([]);
  });

  it('display-only names are never matched, and unverified Chinese names neither', () => {
    // 小米 is also millet; 华为技术有限公司 is only in an unverified compilation.
    expect(hits('我喝小米粥。')).toEqual([]);
    expect(hits('小米公司发布新手机')).toEqual([{ text: '小米公司', ids: [XIAOMI] }]);
  });

  it('a derived core never overrides a verdict: "smic" stays unmatched despite "SMIC Holdings Limited"', () => {
    expect(ids('smic holdings')).toEqual([]);
    expect(ids('SMIC Holdings Limited')).toEqual(['smic-holdings-limited']);
  });

  it('a bracketed qualifier keeps subsidiaries apart from their parent', () => {
    expect(ids('Semiconductor Manufacturing International')).toEqual([SMIC]);
    expect(ids('Semiconductor Manufacturing International (Beijing) Corporation')).toEqual([
      'semiconductor-manufacturing-international-beijing-corporation',
    ]);
  });
});

describe('one text, several companies', () => {
  it('"China Mobile" names the group and its listed company', () => {
    expect(hits('China Mobile')).toEqual([
      {
        text: 'China Mobile',
        ids: ['china-mobile-communications-group-co-ltd', 'china-mobile-limited'],
      },
    ]);
  });

  it('"China Telecom" likewise, in English and Chinese', () => {
    const both = ['china-telecom-corporation-limited', 'china-telecom-group-co-ltd'];
    expect(hits('China Telecom')[0]?.ids).toEqual(both);
    expect(hits('中國電信')[0]?.ids).toEqual(both);
  });

  it('"Megvii" names the NS-CMIC-listed parent and its Beijing company', () => {
    expect(ids('Megvii')).toEqual([
      'beijing-megvii-technology-co-ltd',
      'megvii-technology-limited',
    ]);
  });
});

describe('identifiers', () => {
  it.each([
    ['1810.HK', XIAOMI],
    ['HK:1810', XIAOMI],
    ['HKEX: 01810', XIAOMI],
    ['SEHK:1810', XIAOMI],
    ['1810 HK', XIAOMI],
    ['OTC: XIACY', XIAOMI],
    ['$XIACY', XIAOMI],
    ['688981.SS', SMIC],
    ['SSE: 688981', SMIC],
    ['002415.SZ', HIKVISION],
    ['SZSE:002415', HIKVISION],
    ['NYSE: CHL', 'china-mobile-limited'],
    ['NASDAQ: HSAI', 'hesai-group'],
    ['(NASDAQ:HSAI)', 'hesai-group'],
    ['0700.HK', 'tencent-holdings-limited'],
    ['KYG9830T1067', XIAOMI],
    ['CNE100000PM8', HIKVISION],
  ])('%s -> %s', (text, id) => {
    expect(ids(`Quote: ${text} last`)).toEqual([id]);
  });

  it.each([
    '1810',
    'CHL',
    'XIACY',
    '688981',
    '700 HK dollars',
    '$xiacy',
    '21810.HK',
    '1810.HKD',
    'kyg9830t1067',
    'KYG9830T1068',
  ])(
    '"%s" does not match: bare numbers and symbols, lower-case cashtags, bad check digits',
    (text) => {
      expect(hits(`Quote: ${text} last`)).toEqual([]);
    },
  );
});

describe('normalisation and offsets', () => {
  it.each([
    ['ＸＩＡＯＭＩ', 'full-width letters'],
    ['XIAOMI', 'upper case'],
    ['Xiao\u00admi', 'soft hyphen'],
    ['Xiao\u200bmi', 'zero-width space'],
  ])('%s (%s) matches, and the span maps back to the original string', (text) => {
    const s = `Shares of ${text} fell.`;
    const [m] = matcher.find(s);
    expect(m && s.slice(m.start, m.end)).toBe(text);
    expect(m?.entities.map((e) => matcher.entities[e])).toEqual([XIAOMI]);
  });

  it('any run of whitespace, nbsp and line breaks is one space', () => {
    expect(hits('China\u00a0Mobile')[0]?.text).toBe('China\u00a0Mobile');
    expect(hits('China \n\t Mobile')[0]?.text).toBe('China \n\t Mobile');
  });

  it('quote and dash variants', () => {
    expect(ids('AVIC Xi’an')).toEqual(['avic-xian-aircraft-industry-group-company-ltd']);
    expect(ids('Advanced Micro\u2011Fabrication Equipment Inc. China')).toEqual([
      'advanced-micro-fabrication-equipment-inc-china',
    ]);
  });

  it('traditional and simplified Chinese fold together', () => {
    expect(ids('華為')).toEqual(['huawei-technologies-co-ltd']);
    expect(ids('华为')).toEqual(['huawei-technologies-co-ltd']);
    expect(ids('騰訊控股')).toEqual(['tencent-holdings-limited']);
    expect(ids('中國移動')).toEqual(ids('中国移动'));
  });

  it('word boundaries apply to Latin, Cyrillic and digits, not inside CJK', () => {
    expect(hits('Xiaomis')).toEqual([]);
    expect(hits('Huaweiphone')).toEqual([]);
    expect(hits('SMICы')).toEqual([]);
    expect(hits('3SMIC')).toEqual([]);
    expect(hits("Xiaomi's phones")[0]?.text).toBe('Xiaomi');
    expect(hits('我使用华为手机')).toEqual([{ text: '华为', ids: ['huawei-technologies-co-ltd'] }]);
  });
});

describe('leftmost-longest', () => {
  it('"China Mobile Communications Group" beats "China Mobile"', () => {
    expect(hits('China Mobile Communications Group said')).toEqual([
      {
        text: 'China Mobile Communications Group',
        ids: ['china-mobile-communications-group-co-ltd'],
      },
    ]);
  });

  it('marks never overlap and come in text order', () => {
    const text = 'China Mobile, China Telecom and China Unicom; SMIC and Hikvision.';
    const ms = matcher.find(text);
    expect(ms.map((m) => text.slice(m.start, m.end))).toEqual([
      'China Mobile',
      'China Telecom',
      'China Unicom',
      'SMIC',
      'Hikvision',
    ]);
    for (let i = 1; i < ms.length; i++) expect(ms[i]!.start).toBeGreaterThanOrEqual(ms[i - 1]!.end);
  });

  it('a name is widened over the legal forms that follow it, and no further', () => {
    expect(hits('by Xiaomi Corp. on Monday')[0]?.text).toBe('Xiaomi Corp.');
    expect(hits('China Telecom Co., Ltd. said')[0]?.text).toBe('China Telecom Co., Ltd.');
    expect(hits('sold by Xiaomi. Group revenue rose')[0]?.text).toBe('Xiaomi');
    expect(hits('腾讯控股有限公司公告')[0]?.text).toBe('腾讯控股有限公司');
  });
});

describe('context rules (data/context-rules.json)', () => {
  for (const rule of data.context_rules) {
    describe(rule.id, () => {
      it.each(rule.examples.keep)('keeps %s', (text) => {
        expect(ids(text)).toContain(rule.entity);
      });
      it.each(rule.examples.drop)('drops %s', (text) => {
        expect(ids(text)).not.toContain(rule.entity);
      });
    });
  }

  it('covers the DJI Opco case from a real page', () => {
    expect(ids('marketed by DJI Opco, a subsidiary of S&P Dow Jones Indices LLC')).toEqual([]);
  });
});
