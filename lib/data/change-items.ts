/**
 * A change log entry as short, typed lines for the options page: one line per fact that
 * matters to a reader (a company or listing added or removed, a dated event added, withdrawn or
 * moved, names or identifiers changed), in name order. The UI words each line in the user's
 * language (lib/i18n, "changes.*"); sources and wording changes are counted, not listed.
 */
import type { DatasetDiff, EntityRef } from './diff.ts';
import type { EventType, ListId } from './schema.ts';

type Who = { id: string; name: string };

export type ChangeItem =
  | (Who & { kind: 'company-added'; lists: ListId[] })
  | (Who & { kind: 'company-removed' })
  | (Who & { kind: 'listing-added'; list: ListId; date: string })
  | (Who & { kind: 'listing-removed'; list: ListId; date: string })
  | (Who & { kind: 'event-added'; list: ListId; event: EventType; date: string })
  | (Who & { kind: 'event-removed'; list: ListId; event: EventType; date: string })
  | (Who & { kind: 'date-changed'; list: ListId; event: EventType; from: string; to: string })
  | (Who & { kind: 'names-changed' });

export interface ChangeSummary {
  items: ChangeItem[];
  /** Lines left off beyond the limit. */
  more: number;
  /** Companies whose sources or wording changed only. */
  detailsChanged: number;
  programsChanged: ListId[];
  matchingChanged: boolean;
}

const who = (e: EntityRef): Who => ({ id: e.id, name: e.name });

export function changeItems(diff: DatasetDiff, limit = 40): ChangeSummary {
  const items: ChangeItem[] = [
    ...diff.entitiesAdded.map((e): ChangeItem => ({
      ...who(e),
      kind: 'company-added',
      lists: [...new Set(e.listings.map((l) => l.list))],
    })),
    ...diff.entitiesRemoved.map((e): ChangeItem => ({ ...who(e), kind: 'company-removed' })),
    ...diff.listingsAdded.map((l): ChangeItem => ({
      ...who(l.entity),
      kind: 'listing-added',
      list: l.list,
      date: l.listedOn,
    })),
    ...diff.listingsRemoved.map((l): ChangeItem => ({
      ...who(l.entity),
      kind: 'listing-removed',
      list: l.list,
      date: l.listedOn,
    })),
    ...diff.listingChanges.flatMap((c): ChangeItem[] => [
      ...c.eventsAdded.map((e): ChangeItem => ({
        ...who(c.entity),
        kind: 'event-added',
        list: c.list,
        event: e.type,
        date: e.date,
      })),
      ...c.datesChanged.map((d): ChangeItem => ({
        ...who(c.entity),
        kind: 'date-changed',
        list: c.list,
        event: d.type,
        from: d.from,
        to: d.to,
      })),
      ...c.eventsRemoved.map((e): ChangeItem => ({
        ...who(c.entity),
        kind: 'event-removed',
        list: c.list,
        event: e.type,
        date: e.date,
      })),
      ...(c.listedNamesAdded.length
        ? [{ ...who(c.entity), kind: 'names-changed' } as ChangeItem]
        : []),
    ]),
    ...diff.entityChanges.map((c): ChangeItem => ({ ...who(c.entity), kind: 'names-changed' })),
  ];
  // One "names changed" line per company.
  const seen = new Set<string>();
  const unique = items.filter((i) => {
    if (i.kind !== 'names-changed') return true;
    if (seen.has(i.id)) return false;
    seen.add(i.id);
    return true;
  });
  // Stable sort: by company name, each company's lines in the order above.
  unique.sort((a, b) => a.name.localeCompare(b.name, 'en'));
  return {
    items: unique.slice(0, limit),
    more: Math.max(0, unique.length - limit),
    detailsChanged: diff.detailsChanged.length,
    programsChanged: diff.programsChanged,
    matchingChanged: diff.matchingChanged,
  };
}
