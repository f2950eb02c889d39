/**
 * Toolbar lookup over every string the dataset holds for a company: all names (display-only
 * ones included: a user may type them), tickers and ISINs.
 */
import { entityStatus, type Severity } from './status.ts';
import type { Entity, Program } from './schema.ts';
import type { SearchHit } from '../messaging.ts';

interface Entry {
  id: string;
  name: string;
  text: string;
  folded: string;
  field: SearchHit['field'];
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

export function buildSearchIndex(
  entities: readonly Entity[],
  programs: readonly Program[],
  today: string,
): SearchIndex {
  const entries: Entry[] = [];
  for (const e of entities) {
    const severity = entityStatus(e, programs, today).severity;
    const add = (text: string, field: Entry['field']) =>
      entries.push({ id: e.id, name: e.name, text, folded: fold(text), field, severity });
    for (const n of e.names) add(n.value, 'name');
    for (const t of e.tickers) add(`${t.exchange}: ${t.symbol}`, 'ticker');
    for (const i of e.isins) add(i.value, 'isin');
  }
  return { entries };
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
