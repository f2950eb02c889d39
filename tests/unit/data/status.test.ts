import { describe, expect, it } from 'vitest';
import { entityStatus, type Consequence, type ListStatus } from '../../../lib/data/status.ts';
import type { Entity, ListId } from '../../../lib/data/schema.ts';
import { entity, realDataset } from '../../helpers/dataset.ts';

const TODAY = '2026-11-21';
const programs = realDataset().programs;

function list(e: Entity, id: ListId, today = TODAY): ListStatus {
  const found = entityStatus(e, programs, today).lists.find((l) => l.list === id);
  if (!found) throw new Error(`${e.id} is not on ${id}`);
  return found;
}

function consequence(l: ListStatus, kind: Consequence['kind']): Consequence {
  const found = l.current.consequences.find((c) => c.kind === kind);
  if (!found) throw new Error(`no ${kind} on ${l.list}`);
  return found;
}

describe('entityStatus on the real timelines', () => {
  it('Xiaomi: listed 14 Jan 2021, ban scheduled 15 Mar 2021, enjoined 12 Mar 2021, vacated 25 May 2021', () => {
    const xiaomi = entity('xiaomi-corporation');
    const s = entityStatus(xiaomi, programs, TODAY);
    expect(s.severity).toBe('history');
    const l = list(xiaomi, 'dod-1237');
    expect(l.state).toBe('vacated');
    expect(l.since).toEqual({ type: 'vacated', date: '2021-05-25' });
    expect(l.current.listedOn).toBe('2021-01-14');
    expect(consequence(l, 'purchase-ban')).toMatchObject({
      date: '2021-03-15',
      outcome: 'never',
      blockedBy: { type: 'enjoined', date: '2021-03-12' },
      scheduled: true,
      computed: false,
      relation: 'past',
    });
    // No source states Xiaomi's divestment date: the 365-day rule gives it, flagged as computed.
    expect(consequence(l, 'divestment-deadline')).toMatchObject({
      date: '2022-01-14',
      computed: true,
      basis: 'rule',
      outcome: 'never',
      blockedBy: { type: 'enjoined', date: '2021-03-12' },
    });
  });

  it('Xiaomi between the injunction and the vacatur: enjoined, not vacated', () => {
    const l = list(entity('xiaomi-corporation'), 'dod-1237', '2021-04-01');
    expect(l.state).toBe('enjoined');
    expect(l.severity).toBe('listed');
  });

  it('an initial NS-CMIC company (Hikvision): purchase ban from 2 Aug 2021, divestment window until 3 Jun 2022', () => {
    const hik = entity('hangzhou-hikvision-digital-technology-co-ltd');
    const l = list(hik, 'ofac-ns-cmic');
    expect(l.state).toBe('active');
    expect(l.severity).toBe('ban');
    expect(l.since).toEqual({ type: 'listed', date: '2021-06-03' });
    expect(consequence(l, 'purchase-ban')).toMatchObject({
      date: '2021-08-02',
      outcome: 'took-effect',
      computed: false,
    });
    expect(consequence(l, 'divestment-deadline')).toMatchObject({
      date: '2022-06-03',
      outcome: 'took-effect',
    });
    expect(consequence(l, 'purchase-ban').endedBy).toBeUndefined();
    expect(entityStatus(hik, programs, TODAY).severity).toBe('ban');
  });

  it("Hikvision's 1237 listing: superseded on 3 Jun 2021, before its 11 Nov 2021 divestment deadline", () => {
    const l = list(entity('hangzhou-hikvision-digital-technology-co-ltd'), 'dod-1237');
    expect(l.state).toBe('superseded');
    expect(l.severity).toBe('history');
    expect(consequence(l, 'purchase-ban')).toMatchObject({
      date: '2021-01-11',
      outcome: 'took-effect',
      endedBy: { type: 'superseded', date: '2021-06-03' },
    });
    expect(consequence(l, 'divestment-deadline')).toMatchObject({
      date: '2021-11-11',
      outcome: 'never',
      blockedBy: { type: 'superseded', date: '2021-06-03' },
      computed: false,
    });
  });

  it('SenseTime: NS-CMIC from 10 Dec 2021 under the 60/365-day rule', () => {
    const sense = entity('sensetime-group-inc');
    const l = list(sense, 'ofac-ns-cmic');
    expect(l.current.listedOn).toBe('2021-12-10');
    expect(consequence(l, 'purchase-ban')).toMatchObject({
      date: '2022-02-08',
      outcome: 'took-effect',
    });
    expect(consequence(l, 'divestment-deadline')).toMatchObject({
      date: '2022-12-10',
      outcome: 'took-effect',
    });

    // Between listing and ban: pending, with the distance in days.
    const early = list(sense, 'ofac-ns-cmic', '2022-01-01');
    expect(consequence(early, 'purchase-ban')).toMatchObject({
      outcome: 'pending',
      relation: 'future',
      days: 38,
    });

    // Without OFAC's dates the program's rule gives the same ones, marked as computed.
    const bare: Entity = {
      ...sense,
      listings: sense.listings.map((x) =>
        x.list === 'ofac-ns-cmic'
          ? { ...x, events: x.events.filter((e) => e.type === 'listed') }
          : x,
      ),
    };
    const computed = list(bare, 'ofac-ns-cmic');
    expect(consequence(computed, 'purchase-ban')).toMatchObject({
      date: '2022-02-08',
      computed: true,
      basis: 'rule',
    });
    expect(consequence(computed, 'divestment-deadline')).toMatchObject({
      date: '2022-12-10',
      computed: true,
    });
  });

  it('a 1260H company: DoD direct procurement ban from 30 Jun 2026, indirect from 30 Jun 2027', () => {
    const tencent = entity('tencent-holdings-limited');
    const l = list(tencent, 'dod-1260h');
    expect(l.state).toBe('active');
    expect(l.severity).toBe('listed');
    expect(consequence(l, 'procurement-direct')).toMatchObject({
      date: '2026-06-30',
      outcome: 'took-effect',
      relation: 'past',
    });
    expect(consequence(l, 'procurement-indirect')).toMatchObject({
      date: '2027-06-30',
      outcome: 'pending',
      relation: 'future',
      days: 221,
    });
    // 1260H carries no investment ban: no purchase or divestment consequence.
    expect(l.current.consequences.map((c) => c.kind)).toEqual([
      'procurement-direct',
      'procurement-indirect',
    ]);
  });

  it('AMEC: removed from 1260H in Dec 2024, so the procurement bans never applied', () => {
    const amec = entity('advanced-micro-fabrication-equipment-inc-china');
    const l = list(amec, 'dod-1260h');
    expect(l.state).toBe('removed');
    expect(l.since).toEqual({ type: 'removed', date: '2024-12-13' });
    expect(consequence(l, 'procurement-direct')).toMatchObject({
      outcome: 'never',
      blockedBy: { type: 'removed', date: '2024-12-13' },
    });
    expect(entityStatus(amec, programs, TODAY).severity).toBe('history');
  });

  it('IDG Capital: removed from 1260H in Dec 2024', () => {
    const l = list(entity('idg-capital-partners-co-ltd'), 'dod-1260h');
    expect(l.state).toBe('removed');
    expect(l.since.date).toBe('2024-12-13');
  });

  it('Hesai: removed and relisted the same day in Oct 2024, so still listed and covered by the bans', () => {
    const l = list(entity('hesai-group'), 'dod-1260h');
    expect(l.state).toBe('active');
    expect(l.since).toEqual({ type: 'relisted', date: '2024-10-23' });
    expect(consequence(l, 'procurement-direct').outcome).toBe('took-effect');
    expect(list(entity('hesai-group'), 'dod-1260h', '2024-06-01').state).toBe('active');
  });

  it('Luokung: the misspelled listing was replaced, and the second ban was enjoined before 8 May 2021', () => {
    const l = list(entity('luokung-technology-corp'), 'dod-1237');
    expect(l.listings).toHaveLength(2);
    const [first, second] = l.listings;
    expect(first!.state).toBe('removed');
    expect(first!.consequences.find((c) => c.kind === 'purchase-ban')).toMatchObject({
      date: '2021-03-15',
      outcome: 'never',
      blockedBy: { type: 'removed', date: '2021-03-09' },
    });
    expect(second!.consequences.find((c) => c.kind === 'purchase-ban')).toMatchObject({
      date: '2021-05-08',
      outcome: 'never',
      blockedBy: { type: 'enjoined', date: '2021-05-05' },
    });
    expect(second!.consequences.find((c) => c.kind === 'divestment-deadline')).toMatchObject({
      date: '2022-03-09',
      outcome: 'never',
    });
    expect(l.current).toBe(second);
    expect(l.state).toBe('removed');
  });

  it('a listing with unclear status: the consequences after it are not claimed', () => {
    const l = list(entity('cnooc-limited'), 'dod-1260h');
    expect(l.state).toBe('unclear');
    expect(l.severity).toBe('history');
    expect(consequence(l, 'procurement-direct').blockedBy?.type).toBe('status-unclear');
  });

  it('orders lists by severity: live investment ban first', () => {
    const s = entityStatus(entity('hangzhou-hikvision-digital-technology-co-ltd'), programs, TODAY);
    expect(s.lists.map((l) => l.list)).toEqual(['ofac-ns-cmic', 'dod-1260h', 'dod-1237']);
  });

  it('every listing in the dataset yields a status without throwing', () => {
    for (const e of realDataset().entities) {
      const s = entityStatus(e, programs, TODAY);
      expect(s.lists.length).toBe(new Set(e.listings.map((l) => l.list)).size);
    }
  });
});
