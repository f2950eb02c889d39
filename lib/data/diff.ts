/**
 * What changed between two versions of the dataset, as data: companies added and removed,
 * listings added and removed, events added, removed or re-dated within a listing, and
 * name/identifier changes. The feed compiler renders it as the changelog (data/CHANGELOG.md,
 * via renderDiffMarkdown); the background keeps it as the change log of a sync and tells a
 * watchlist which companies an update touched (affectedEntityIds).
 *
 * Listings are matched per list by their listing date; when a list has one unmatched listing
 * on each side, they are the same listing whose date changed (a correction, not a new
 * designation).
 */
import type { IsoDate } from './dates.ts';
import type { Dataset, DatedEvent, Entity, EventType, ListId, Listing } from './schema.ts';

export interface VersionRef {
  version: number;
  asOf: IsoDate;
}

export interface EntityRef {
  id: string;
  name: string;
}

export interface EventRef {
  type: EventType;
  date: IsoDate;
}

export interface ListingSummary {
  list: ListId;
  /** The first event's date: when the company was put on the list. */
  listedOn: IsoDate;
  events: EventRef[];
}

export interface ListingChange {
  entity: EntityRef;
  list: ListId;
  /** The listing date in the newer version. */
  listedOn: IsoDate;
  eventsAdded: EventRef[];
  eventsRemoved: EventRef[];
  /** Events of one type whose date moved (a correction, or a rescheduled deadline). */
  datesChanged: { type: EventType; from: IsoDate; to: IsoDate }[];
  listedNamesAdded: string[];
}

export type IdentifierField = 'ofac_ent_num' | 'uscc' | 'lei';

export interface EntityChange {
  entity: EntityRef;
  renamed?: { from: string; to: string };
  namesAdded: string[];
  namesRemoved: string[];
  /** Tickers as "EXCHANGE SYMBOL". */
  tickersAdded: string[];
  tickersRemoved: string[];
  isinsAdded: string[];
  isinsRemoved: string[];
  identifiersChanged: { field: IdentifierField; from?: string; to?: string }[];
}

export interface DatasetDiff {
  from: VersionRef;
  to: VersionRef;
  /** Short names of the lists, so that the diff renders without the datasets. */
  listNames: Partial<Record<ListId, string>>;
  entitiesAdded: (EntityRef & { listings: ListingSummary[] })[];
  entitiesRemoved: EntityRef[];
  /** Listings of companies in both versions. */
  listingsAdded: (ListingSummary & { entity: EntityRef })[];
  listingsRemoved: (ListingSummary & { entity: EntityRef })[];
  listingChanges: ListingChange[];
  entityChanges: EntityChange[];
  /** Companies in both versions whose other details changed (sources, notes, verdicts...). */
  detailsChanged: EntityRef[];
  /** Lists whose description or rules changed. */
  programsChanged: ListId[];
  /** The alias policy, context rules or folding table changed: matching may differ. */
  matchingChanged: boolean;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const ref = (e: Entity): EntityRef => ({ id: e.id, name: e.name });
const eventRef = (e: DatedEvent): EventRef => ({ type: e.type, date: e.date });

function summary(l: Listing): ListingSummary {
  return { list: l.list, listedOn: l.events[0]!.date, events: l.events.map(eventRef) };
}

/** Pairs the listings of one entity across versions: by list and listing date, then leftovers. */
function pairListings(prev: Listing[], next: Listing[]) {
  const pairs: [Listing, Listing][] = [];
  const restPrev = [...prev];
  const restNext: Listing[] = [];
  for (const n of next) {
    const i = restPrev.findIndex(
      (p) => p.list === n.list && p.events[0]!.date === n.events[0]!.date,
    );
    if (i >= 0) pairs.push([restPrev.splice(i, 1)[0]!, n]);
    else restNext.push(n);
  }
  const added: Listing[] = [];
  for (const n of restNext) {
    const onList = restPrev.filter((p) => p.list === n.list);
    const alone = restNext.filter((x) => x.list === n.list).length === 1;
    if (onList.length === 1 && alone)
      pairs.push([restPrev.splice(restPrev.indexOf(onList[0]!), 1)[0]!, n]);
    else added.push(n);
  }
  return { pairs, added, removed: restPrev };
}

function diffEvents(prev: DatedEvent[], next: DatedEvent[]) {
  const types = [...new Set([...prev, ...next].map((e) => e.type))];
  const eventsAdded: EventRef[] = [];
  const eventsRemoved: EventRef[] = [];
  const datesChanged: ListingChange['datesChanged'] = [];
  for (const type of types) {
    const before = prev.filter((e) => e.type === type).map((e) => e.date);
    const after = next.filter((e) => e.type === type).map((e) => e.date);
    const gone = before.filter((d) => {
      const i = after.indexOf(d);
      if (i < 0) return true;
      after.splice(i, 1);
      return false;
    });
    if (gone.length === after.length) {
      gone.forEach((from, i) => datesChanged.push({ type, from, to: after[i]! }));
    } else {
      eventsRemoved.push(...gone.map((date) => ({ type, date })));
      eventsAdded.push(...after.map((date) => ({ type, date })));
    }
  }
  const byDate = (a: EventRef, b: EventRef) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);
  return {
    eventsAdded: eventsAdded.sort(byDate),
    eventsRemoved: eventsRemoved.sort(byDate),
    datesChanged,
  };
}

function setDiff(prev: string[], next: string[]) {
  const p = new Set(prev);
  const n = new Set(next);
  return { added: [...n].filter((x) => !p.has(x)), removed: [...p].filter((x) => !n.has(x)) };
}

const tickerKey = (t: Entity['tickers'][number]) => `${t.exchange} ${t.symbol}`;

function entityChange(prev: Entity, next: Entity): EntityChange | undefined {
  const names = setDiff(
    prev.names.map((n) => n.value),
    next.names.map((n) => n.value),
  );
  const tickers = setDiff(prev.tickers.map(tickerKey), next.tickers.map(tickerKey));
  const isins = setDiff(
    prev.isins.map((i) => i.value),
    next.isins.map((i) => i.value),
  );
  const identifiersChanged: EntityChange['identifiersChanged'] = [];
  for (const field of ['ofac_ent_num', 'uscc', 'lei'] as const) {
    const from = prev.identifiers?.[field];
    const to = next.identifiers?.[field];
    if (from !== to)
      identifiersChanged.push({ field, ...(from ? { from } : {}), ...(to ? { to } : {}) });
  }
  const change: EntityChange = {
    entity: ref(next),
    ...(prev.name !== next.name ? { renamed: { from: prev.name, to: next.name } } : {}),
    namesAdded: names.added,
    namesRemoved: names.removed,
    tickersAdded: tickers.added,
    tickersRemoved: tickers.removed,
    isinsAdded: isins.added,
    isinsRemoved: isins.removed,
    identifiersChanged,
  };
  const empty =
    !change.renamed &&
    [names.added, names.removed, tickers.added, tickers.removed, isins.added, isins.removed].every(
      (l) => l.length === 0,
    ) &&
    identifiersChanged.length === 0;
  return empty ? undefined : change;
}

function without(value: object, keys: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).filter(([k]) => !keys.includes(k)));
}

/** Compares what entityChange and the listing diff leave out: each shared item's other fields. */
function detailsDiffer(prev: Entity, next: Entity, pairs: [Listing, Listing][]): boolean {
  const sharedDiffer = <T>(a: T[], b: T[], key: (t: T) => string) => {
    const before = new Map(a.map((t) => [key(t), t]));
    return b.some((item) => before.has(key(item)) && !same(before.get(key(item)), item));
  };
  const covered = ['id', 'name', 'names', 'tickers', 'isins', 'listings', 'identifiers'];
  const eventKey = (e: DatedEvent) => `${e.type} ${e.date}`;
  return (
    !same(without(prev, covered), without(next, covered)) ||
    !same(prev.identifiers?.other, next.identifiers?.other) ||
    sharedDiffer(prev.names, next.names, (n) => n.value) ||
    sharedDiffer(prev.tickers, next.tickers, tickerKey) ||
    sharedDiffer(prev.isins, next.isins, (i) => i.value) ||
    pairs.some(
      ([p, n]) =>
        !same(without(p, ['events', 'listed_names']), without(n, ['events', 'listed_names'])) ||
        sharedDiffer(p.events, n.events, eventKey),
    )
  );
}

export function diffDatasets(prev: Dataset, next: Dataset): DatasetDiff {
  const prevById = new Map(prev.entities.map((e) => [e.id, e]));
  const nextIds = new Set(next.entities.map((e) => e.id));
  const diff: DatasetDiff = {
    from: { version: prev.dataset_version, asOf: prev.as_of },
    to: { version: next.dataset_version, asOf: next.as_of },
    listNames: Object.fromEntries(
      [...prev.programs, ...next.programs].map((p) => [p.id, p.short_name]),
    ),
    entitiesAdded: [],
    entitiesRemoved: prev.entities.filter((e) => !nextIds.has(e.id)).map(ref),
    listingsAdded: [],
    listingsRemoved: [],
    listingChanges: [],
    entityChanges: [],
    detailsChanged: [],
    programsChanged: next.programs
      .filter(
        (p) =>
          !same(
            p,
            prev.programs.find((q) => q.id === p.id),
          ),
      )
      .map((p) => p.id),
    matchingChanged:
      !same(prev.alias_policy, next.alias_policy) ||
      !same(prev.context_rules, next.context_rules) ||
      !same(prev.zh_fold, next.zh_fold),
  };
  for (const n of next.entities) {
    const p = prevById.get(n.id);
    if (!p) {
      diff.entitiesAdded.push({ ...ref(n), listings: n.listings.map(summary) });
      continue;
    }
    if (same(p, n)) continue;
    const { pairs, added, removed } = pairListings(p.listings, n.listings);
    const entity = ref(n);
    diff.listingsAdded.push(...added.map((l) => ({ ...summary(l), entity })));
    diff.listingsRemoved.push(...removed.map((l) => ({ ...summary(l), entity })));
    for (const [pl, nl] of pairs) {
      const events = diffEvents(pl.events, nl.events);
      const listedNamesAdded = setDiff(pl.listed_names, nl.listed_names).added;
      if (
        events.eventsAdded.length ||
        events.eventsRemoved.length ||
        events.datesChanged.length ||
        listedNamesAdded.length
      ) {
        diff.listingChanges.push({
          entity,
          list: nl.list,
          listedOn: nl.events[0]!.date,
          ...events,
          listedNamesAdded,
        });
      }
    }
    const change = entityChange(p, n);
    if (change) diff.entityChanges.push(change);
    if (detailsDiffer(p, n, pairs)) diff.detailsChanged.push(entity);
  }
  return diff;
}

/**
 * Every company whose listings, names or identifiers an update changed, for watchlist
 * notifications: sorted, once each. Changes to sources and wording only (`detailsChanged`)
 * are left out: they are not news about the company.
 */
export function affectedEntityIds(diff: DatasetDiff): string[] {
  const ids = new Set<string>([
    ...diff.entitiesAdded.map((e) => e.id),
    ...diff.entitiesRemoved.map((e) => e.id),
    ...diff.listingsAdded.map((l) => l.entity.id),
    ...diff.listingsRemoved.map((l) => l.entity.id),
    ...diff.listingChanges.map((c) => c.entity.id),
    ...diff.entityChanges.map((c) => c.entity.id),
  ]);
  return [...ids].sort();
}

export { renderDiffMarkdown, renderSummaryMarkdown } from './diff-markdown.ts';
