/**
 * The screening result as rows: for each holding, as the user entered it, the company it is
 * (or may be), its lists with today's status, and the one deadline that matters most. The
 * same rows make the table and the exported CSV, so the two cannot disagree.
 */
import type { Entity, ListId } from '../data/schema.ts';
import {
  entityStatus,
  type Consequence,
  type EntityStatus,
  type ProgramRulesView,
} from '../data/status.ts';
import { listName, stateLine } from '../i18n/describe.ts';
import type { I18n } from '../i18n/i18n.ts';
import type { ScreenResponse } from '../messaging.ts';
import { toCsv } from './export.ts';
import { enteredText, type Holding, type PortfolioError } from './portfolio.ts';
import type { Evidence, Resolution } from './resolve.ts';

/** designated: on a list today; history: only ended listings; possible: shown, not counted. */
export type Category = 'designated' | 'history' | 'possible' | 'none';

export interface KeyDeadline extends Consequence {
  list: ListId;
}

export interface ScreenRow {
  index: number;
  holding: Holding;
  resolution: Resolution;
  category: Category;
  entity?: Entity;
  status?: EntityStatus;
  deadline?: KeyDeadline;
  candidates: { entity: Entity; evidence: Evidence }[];
}

/**
 * The deadline a holder needs first, from the most restrictive live list (an investment ban
 * before a procurement ban): the next one still to come there, or else the latest that took
 * effect (a purchase ban in force, a closed divestment window).
 */
export function keyDeadline(status: EntityStatus): KeyDeadline | undefined {
  // status.lists is ordered by severity, then by how much each list restricts.
  for (const l of status.lists) {
    if (l.severity === 'history') continue;
    const all = l.current.consequences.map((c) => ({ ...c, list: l.list }));
    const coming = all
      .filter((c) => c.outcome === 'pending' && c.days >= 0)
      .sort((a, b) => a.days - b.days);
    if (coming[0]) return coming[0];
    const past = all
      .filter((c) => c.outcome === 'took-effect' && !c.endedBy)
      .sort((a, b) => b.days - a.days);
    if (past[0]) return past[0];
  }
  return undefined;
}

export function screenRows(
  holdings: readonly Holding[],
  response: Pick<ScreenResponse, 'results' | 'entities' | 'programs'>,
  today: string,
): ScreenRow[] {
  const byId = new Map(response.entities.map((e) => [e.id, e]));
  const programs: ProgramRulesView[] = response.programs;
  return holdings.map((holding, index) => {
    const resolution = response.results[index] ?? { kind: 'none' };
    const row: ScreenRow = { index, holding, resolution, category: 'none', candidates: [] };
    if (resolution.kind === 'match') {
      const entity = byId.get(resolution.id);
      if (!entity) return row;
      const status = entityStatus(entity, programs, today);
      row.entity = entity;
      row.status = status;
      row.category = status.severity === 'history' ? 'history' : 'designated';
      row.deadline = keyDeadline(status);
    } else if (resolution.kind === 'possible') {
      row.candidates = resolution.candidates.flatMap((evidence) => {
        const entity = byId.get(evidence.id);
        return entity ? [{ entity, evidence }] : [];
      });
      if (row.candidates.length) row.category = 'possible';
    }
    return row;
  });
}

export function countRows(rows: readonly ScreenRow[]): Record<Category, number> {
  const counts: Record<Category, number> = { designated: 0, history: 0, possible: 0, none: 0 };
  for (const r of rows) counts[r.category]++;
  return counts;
}

// --- In words ---

export function errorText(i18n: I18n, error: PortfolioError): string {
  switch (error.code) {
    case 'too-large':
      return i18n.t('wl.error.too-large', { mb: error.limitMb });
    case 'too-many':
      return i18n.t('wl.error.too-many', { limit: error.limit });
    case 'unclosed-quote':
      return i18n.t('wl.error.unclosed-quote', { line: error.line });
    case 'no-column':
      return i18n.t('wl.error.no-column', { columns: error.columns || '—' });
    default:
      return i18n.t(`wl.error.${error.code}`);
  }
}

export function matchedByText(i18n: I18n, e: Evidence): string {
  // A delisted or unconfirmed ticker says why it is only a possibility.
  if (e.status) return i18n.t(`wl.by.ticker.${e.status}`, { text: e.matched });
  return i18n.t(`wl.by.${e.by}`, { text: e.matched });
}

export function deadlineText(i18n: I18n, d: KeyDeadline): string {
  return i18n.t('wl.deadline', {
    what: i18n.t(`wl.dl.${d.kind}`),
    date: i18n.date(d.date),
    when: i18n.relative(d.days),
  });
}

export function listsText(i18n: I18n, status: EntityStatus): string {
  return status.lists.map((l) => `${listName(i18n, l.list)}: ${stateLine(i18n, l)}`).join('; ');
}

/** The result as CSV: every row the user gave, in their order, with the coverage stated. */
export function exportCsv(i18n: I18n, rows: readonly ScreenRow[], asOf: string): string {
  const header = [
    'wl.csv.line',
    'wl.csv.entered',
    'wl.csv.symbol',
    'wl.csv.isin',
    'wl.csv.name',
    'wl.csv.exchange',
    'wl.csv.quantity',
    'wl.csv.result',
    'wl.csv.company',
    'wl.csv.matchedBy',
    'wl.csv.lists',
    'wl.csv.deadline',
    'wl.csv.deadlineDate',
    'wl.csv.asOf',
    'wl.csv.coverage',
  ] as const;
  const coverage = i18n.t('wl.csv.coverageText');
  const body = rows.map((r) => {
    const h = r.holding;
    const company = r.entity?.name ?? r.candidates.map((c) => c.entity.name).join('; ');
    const by =
      r.resolution.kind === 'match'
        ? matchedByText(i18n, r.resolution)
        : r.candidates.map((c) => matchedByText(i18n, c.evidence)).join('; ');
    return [
      String(h.line),
      enteredText(h),
      h.symbol ?? '',
      h.isin ?? '',
      h.name ?? '',
      h.exchange ?? '',
      h.quantity ?? '',
      i18n.t(`wl.result.${r.category}`),
      company,
      by,
      r.status ? listsText(i18n, r.status) : '',
      r.deadline ? deadlineText(i18n, r.deadline) : '',
      r.deadline?.date ?? '',
      asOf,
      coverage,
    ];
  });
  return toCsv([header.map((k) => i18n.t(k)), ...body]);
}
