/**
 * Toolbar lookup over every string the dataset holds for a company: all names (display-only
 * ones included: a user may type them), tickers and ISINs.
 */
import { entityStatus, type Severity } from './status.ts';
import type { Entity, Program } from './schema.ts';
import type { SearchHit } from '../messaging.ts';

/**
 * One searchable string of a company. The entries depend only on the dataset, so they are built
 * once when a dataset is installed and stored with it (IndexedDB "search"); the severity, which
 * depends on the day, is added when the index is loaded.
 */
export interface SearchEntry {
  id: string;
  name: string;
  text: string;
  folded: string;
  field: SearchHit['field'];
}

interface Entry extends SearchEntry {
  severity: Severity;
}

export interface SearchIndex {
  entries: Entry[];
}

function fold(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s.,\-–—'’]+/g, ' ')
    .trim();
}

export function searchEntries(entities: readonly Entity[]): SearchEntry[] {
  const entries: SearchEntry[] = [];
  for (const e of entities) {
    const add = (text: string, field: SearchEntry['field']) =>
      entries.push({ id: e.id, name: e.name, text, folded: fold(text), field });
    for (const n of e.names) add(n.value, 'name');
    for (const t of e.tickers) add(`${t.exchange}: ${t.symbol}`, 'ticker');
    for (const i of e.isins) add(i.value, 'isin');
  }
  return entries;
}

/** The stored entries with each company's severity on the day. */
export function indexWithSeverities(
  entries: readonly SearchEntry[],
  severity: (id: string) => Severity,
): SearchIndex {
  return { entries: entries.map((e) => ({ ...e, severity: severity(e.id) })) };
}

export function buildSearchIndex(
  entities: readonly Entity[],
  programs: readonly Program[],
  today: string,
): SearchIndex {
  const severity = new Map(
    entities.map((e) => [e.id, entityStatus(e, programs, today).severity] as const),
  );
  return indexWithSeverities(searchEntries(entities), (id) => severity.get(id) ?? 'history');
}

export function search(index: SearchIndex, query: string, limit = 20): SearchHit[] {
  const q = fold(query);
  if (!q) return [];
  const best = new Map<string, { hit: SearchHit; rank: number }>();
  for (const entry of index.entries) {
    const at = entry.folded.indexOf(q);
    if (at < 0) continue;
    // Exact, then prefix, then anywhere.
    const rank = entry.folded === q ? 0 : at === 0 ? 1 : 2;
    const prev = best.get(entry.id);
    if (!prev || rank < prev.rank) {
      best.set(entry.id, {
        rank,
        hit: {
          id: entry.id,
          name: entry.name,
          matched: entry.text,
          field: entry.field,
          severity: entry.severity,
        },
      });
    }
  }
  return [...best.values()]
    .sort((a, b) => a.rank - b.rank || a.hit.name.localeCompare(b.hit.name))
    .slice(0, limit)
    .map((x) => x.hit);
}
