import { describe, expect, it } from 'vitest';
import { entityStatus } from '../../../lib/data/status.ts';
import { consequenceLine, stateLine } from '../../../lib/i18n/describe.ts';
import { createI18n, langFor } from '../../../lib/i18n/i18n.ts';
import { en } from '../../../lib/i18n/en.ts';
import { zhCN } from '../../../lib/i18n/zh-CN.ts';
import { entity, realDataset } from '../../helpers/dataset.ts';

const TODAY = '2026-11-21';
const programs = realDataset().programs;

function lines(id: string, list: string, lang: 'en' | 'zh-CN' = 'en'): string[] {
  const i18n = createI18n(lang);
  const l = entityStatus(entity(id), programs, TODAY).lists.find((x) => x.list === list)!;
  return [stateLine(i18n, l), ...l.current.consequences.map((c) => consequenceLine(i18n, c))];
}

describe('status in words', () => {
  it('Xiaomi: vacated, and a ban that never took effect', () => {
    expect(lines('xiaomi-corporation', 'dod-1237')).toEqual([
      'Vacated by a court on 25 May 2021',
      'Purchase ban due 15 Mar 2021 never took effect: enjoined by a court on 12 Mar 2021',
      'Divestment deadline of 14 Jan 2022 never arrived: enjoined by a court on 12 Mar 2021 (date computed from the listing date)',
    ]);
  });

  it('Hikvision on the NS-CMIC list: since 2 Aug 2021, window closed 3 Jun 2022', () => {
    expect(lines('hangzhou-hikvision-digital-technology-co-ltd', 'ofac-ns-cmic')).toEqual([
      'Listed since 3 Jun 2021',
      'Purchase ban in effect since 2 Aug 2021',
      'Divestment window closed on 3 Jun 2022',
    ]);
  });

  it("Hikvision's 1237 listing: superseded before the divestment deadline", () => {
    expect(lines('hangzhou-hikvision-digital-technology-co-ltd', 'dod-1237')).toEqual([
      'Ended on 3 Jun 2021: superseded by E.O. 14032 (not a clearance of the company)',
      'Purchase ban in effect from 11 Jan 2021 until superseded by E.O. 14032 on 3 Jun 2021',
      'Divestment deadline of 11 Nov 2021 never arrived: superseded by E.O. 14032 on 3 Jun 2021',
    ]);
  });

  it('a 1260H company: procurement bans with how far off they are', () => {
    expect(lines('tencent-holdings-limited', 'dod-1260h')).toEqual([
      'Listed since 7 Jan 2025',
      'DoD contracting ban in effect since 30 Jun 2026',
      'DoD ban on goods and services sourced from it starts 30 Jun 2027 (in 221 days)',
    ]);
  });

  it('the same in Chinese', () => {
    expect(lines('tencent-holdings-limited', 'dod-1260h', 'zh-CN')).toEqual([
      '自 2025年1月7日 起列入名单',
      '国防部签约禁令自 2026年6月30日 起生效',
      '国防部对来源于该公司的商品和服务的采购禁令将于 2027年6月30日 生效（221天后）',
    ]);
  });
});

describe('i18n', () => {
  it('follows the browser locale', () => {
    expect(langFor('zh-TW')).toBe('zh-CN');
    expect(langFor('en-US')).toBe('en');
    expect(langFor('fr-FR')).toBe('en');
    expect(langFor(undefined)).toBe('en');
  });

  it('has the same keys and placeholders in every language', () => {
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(placeholders(zhCN[key]), key).toEqual(placeholders(en[key]));
    }
  });

  it('formats relative days', () => {
    const i18n = createI18n('en');
    expect([i18n.relative(0), i18n.relative(1), i18n.relative(221), i18n.relative(-3)]).toEqual([
      'today',
      'tomorrow',
      'in 221 days',
      '3 days ago',
    ]);
  });
});
