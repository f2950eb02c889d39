/**
 * Compares an import of the NS-CMIC list with the dataset: which official entries the dataset
 * lacks, which of its companies the list dropped, and for every company both have, what OFAC
 * now says differently (names, tickers, ISINs, identifiers, dates).
 *
 * Entries are matched to entities by `identifiers.ofac_ent_num` first, then by name (any of
 * the entry's names against any of an entity's names or listed names, compared by `nameKey`).
 * A name match is only taken when it is unique. Nothing here changes the dataset: apply.ts
 * does that, from this report.
 */
import type { Dataset, Entity, Listing, EventType } from '../data/schema.ts';
import type { FromFile, NsCmicEntry, NsCmicTicker, AlternateKind } from './ofac-consolidated.ts';
import { nameKey } from './names.ts';
import { datasetTickerKey, tickerKey } from './tickers.ts';

export const NS_CMIC_LIST = 'ofac-ns-cmic';

/** Sources that cite OFAC's list: identifiers carrying one are expected in every import. */
export function citesOfac(sources: readonly string[]): boolean {
  return sources.some((s) => s.startsWith('OFAC consolidated non-SDN list'));
}

export type DateField = 'listing' | 'effective' | 'divestment';

export interface DateDifference {
  kind: DateField;
  /** The dataset's date, if it has one. */
  dataset?: string;
  ofac: string;
  file: string;
}

export interface IdentifierDifference {
  field: 'ofac_ent_num' | 'uscc' | 'lei';
  dataset?: string;
  ofac: string;
  file: string;
}

export interface EntityDifferences {
  /** OFAC's name is none of the listing's listed names. */
  renamed?: { listed: string[]; ofac: string; file: string };
  namesAdded: (FromFile<string> & { kind: AlternateKind | 'primary' })[];
  tickersAdded: NsCmicTicker[];
  /** Dataset tickers that cite OFAC but are no longer in its entry. */
  tickersRemoved: { exchange: string; symbol: string }[];
  isinsAdded: FromFile<string>[];
  isinsRemoved: string[];
  /** ISINs OFAC publishes that fail the check digit; `known` when data/ already rejects them. */
  invalidIsins: (FromFile<string> & { known: boolean })[];
  /** Identifiers the dataset lacks (to add) or holds with another value (to review). */
  identifiers: IdentifierDifference[];
  otherIdsAdded: FromFile<string>[];
  linkedToAdded: FromFile<string>[];
  /** Dates the dataset lacks (to add) or holds with another value (to review). */
  dates: DateDifference[];
  /** The dataset says the listing ended, yet OFAC still lists the company. */
  listingEnded?: { type: EventType; date: string };
}

export interface EntryMatch {
  entry: NsCmicEntry;
  entityId: string;
  entityName: string;
  how: 'ofac_ent_num' | 'name';
  /** The name that matched (`how: 'name'`). */
  matchedName?: string;
  /** The entity has no NS-CMIC listing yet (it is in data/ for another list). */
  newListing: boolean;
  differences: EntityDifferences;
}

export interface DroppedCompany {
  entityId: string;
  name: string;
  entNum?: string;
  listedOn: string;
}

export interface ReconcileReport {
  datasetVersion: number;
  /** Companies in data/ with a current (not ended) NS-CMIC listing. */
  datasetCurrent: number;
  entries: number;
  matched: EntryMatch[];
  /** On the official list, not in data/ (new companies). */
  missing: NsCmicEntry[];
  /** Matched by name to more than one entity: resolve by hand (record the ent_num). */
  ambiguous: { entry: NsCmicEntry; candidates: string[] }[];
  /** In data/ with a current NS-CMIC listing, no longer on the official list. */
  dropped: DroppedCompany[];
}

const ENDED: ReadonlySet<EventType> = new Set(['removed', 'vacated', 'superseded']);
const OPENING: ReadonlySet<EventType> = new Set(['listed', 'relisted']);

/** The entity's most recent NS-CMIC listing. */
export function nsCmicListing(entity: Entity): Listing | undefined {
  const listings = entity.listings.filter((l) => l.list === NS_CMIC_LIST);
  return listings.sort((a, b) => (a.events[0]!.date < b.events[0]!.date ? -1 : 1)).at(-1);
}

/** The event that ended a listing, unless a later relisting reopened it. */
export function endingEvent(listing: Listing): { type: EventType; date: string } | undefined {
  let ended: { type: EventType; date: string } | undefined;
  for (const e of listing.events) {
    if (ENDED.has(e.type)) ended = { type: e.type, date: e.date };
    else if (OPENING.has(e.type)) ended = undefined;
  }
  return ended;
}

function listedOn(listing: Listing): string {
  return listing.events.filter((e) => OPENING.has(e.type)).at(-1)!.date;
}

function eventDate(listing: Listing, types: EventType[]): string | undefined {
  const start = listing.events.findLastIndex((e) => OPENING.has(e.type));
  return listing.events.slice(start).find((e) => types.includes(e.type))?.date;
}

function compareDates(entry: NsCmicEntry, listing: Listing): DateDifference[] {
  const out: DateDifference[] = [];
  const pairs: [DateField, FromFile<string> | undefined, string | undefined][] = [
    ['listing', entry.listingDate, listedOn(listing)],
    [
      'effective',
      entry.effectiveDate,
      eventDate(listing, ['purchase-ban-effective', 'purchase-ban-scheduled']),
    ],
    ['divestment', entry.divestmentDate, eventDate(listing, ['divestment-window-end'])],
  ];
  for (const [kind, ofac, dataset] of pairs) {
    if (!ofac || ofac.value === dataset) continue;
    out.push({ kind, ofac: ofac.value, file: ofac.file, ...(dataset ? { dataset } : {}) });
  }
  return out;
}

function compareIdentifiers(entry: NsCmicEntry, entity: Entity, primFile: string) {
  const ids = entity.identifiers ?? {};
  const out: IdentifierDifference[] = [];
  const pairs: [IdentifierDifference['field'], FromFile<string> | undefined][] = [
    ['ofac_ent_num', { value: entry.entNum, file: primFile }],
    ['uscc', entry.uscc],
    ['lei', entry.lei],
  ];
  for (const [field, ofac] of pairs) {
    if (!ofac || ids[field] === ofac.value) continue;
    out.push({
      field,
      ofac: ofac.value,
      file: ofac.file,
      ...(ids[field] ? { dataset: ids[field] } : {}),
    });
  }
  return out;
}

/** What the entry says that the entity does not (or says otherwise). */
export function compareEntry(
  entry: NsCmicEntry,
  entity: Entity,
  primFile: string,
): EntityDifferences {
  const listing = nsCmicListing(entity);
  const known = new Set(
    [...entity.names.map((n) => n.value), ...(listing?.listed_names ?? [])].map(nameKey),
  );
  const namesAdded: EntityDifferences['namesAdded'] = [];
  for (const n of [
    { value: entry.name, kind: 'primary' as const, file: primFile },
    ...entry.alternates,
  ]) {
    const key = nameKey(n.value);
    if (known.has(key)) continue;
    known.add(key);
    namesAdded.push(n);
  }
  const renamed =
    listing && !listing.listed_names.some((n) => nameKey(n) === nameKey(entry.name))
      ? { listed: listing.listed_names, ofac: entry.name, file: primFile }
      : undefined;

  const datasetTickers = new Set(entity.tickers.map(datasetTickerKey));
  const ofacTickers = new Set(
    entry.tickers.filter((t) => t.market).map((t) => tickerKey(t.market!, t.symbol)),
  );
  const datasetIsins = new Set(entity.isins.map((i) => i.value));
  const ofacIsins = new Set(entry.isins.map((i) => i.value));
  const rejected = new Set((entity.isins_rejected ?? []).map((i) => i.value));
  const otherIds = new Set(entity.identifiers?.other ?? []);
  const linked = new Set((entity.ofac_linked_to ?? []).map(nameKey));
  const ended = listing && endingEvent(listing);

  return {
    ...(renamed ? { renamed } : {}),
    namesAdded,
    tickersAdded: entry.tickers.filter(
      (t) => t.market && !datasetTickers.has(tickerKey(t.market, t.symbol)),
    ),
    tickersRemoved: entity.tickers
      .filter((t) => citesOfac(t.sources) && !ofacTickers.has(datasetTickerKey(t)))
      .map((t) => ({ exchange: t.exchange, symbol: t.symbol })),
    isinsAdded: entry.isins.filter((i) => !datasetIsins.has(i.value)),
    isinsRemoved: entity.isins
      .filter((i) => citesOfac(i.sources) && !ofacIsins.has(i.value))
      .map((i) => i.value),
    invalidIsins: entry.invalidIsins.map((i) => ({ ...i, known: rejected.has(i.value) })),
    identifiers: compareIdentifiers(entry, entity, primFile),
    otherIdsAdded: entry.otherIds.filter((o) => !otherIds.has(o.value)),
    linkedToAdded: entry.linkedTo.filter((l) => !linked.has(nameKey(l.value))),
    dates: listing ? compareDates(entry, listing) : [],
    ...(ended ? { listingEnded: ended } : {}),
  };
}

/** Whether a match changes nothing in data/ and asks nothing of the maintainer. */
export function isClean(d: EntityDifferences): boolean {
  return (
    !d.renamed &&
    !d.listingEnded &&
    [
      d.namesAdded,
      d.tickersAdded,
      d.tickersRemoved,
      d.isinsAdded,
      d.isinsRemoved,
      d.invalidIsins.filter((i) => !i.known),
      d.identifiers,
      d.otherIdsAdded,
      d.linkedToAdded,
      d.dates,
    ].every((list) => list.length === 0)
  );
}

export function reconcile(
  entries: NsCmicEntry[],
  dataset: Pick<Dataset, 'dataset_version' | 'entities'>,
  primFile = 'cons_prim.csv',
): ReconcileReport {
  const byEntNum = new Map<string, Entity>();
  const byName = new Map<string, Set<Entity>>();
  for (const e of dataset.entities) {
    const ent = e.identifiers?.ofac_ent_num;
    if (ent) byEntNum.set(ent, e);
    const names = [...e.names.map((n) => n.value), ...e.listings.flatMap((l) => l.listed_names)];
    for (const n of names) {
      const key = nameKey(n);
      byName.set(key, (byName.get(key) ?? new Set()).add(e));
    }
  }
  const importedEntNums = new Set(entries.map((e) => e.entNum));

  const matched: EntryMatch[] = [];
  const missing: NsCmicEntry[] = [];
  const ambiguous: ReconcileReport['ambiguous'] = [];
  const taken = new Set<string>();
  for (const entry of entries) {
    let entity = byEntNum.get(entry.entNum);
    let how: EntryMatch['how'] = 'ofac_ent_num';
    let matchedName: string | undefined;
    if (!entity) {
      how = 'name';
      const candidates = new Map<string, { entity: Entity; name: string }>();
      for (const name of [entry.name, ...entry.alternates.map((a) => a.value)]) {
        for (const e of byName.get(nameKey(name)) ?? []) {
          // An entity that another entry of this import holds by ent_num is not a candidate.
          const own = e.identifiers?.ofac_ent_num;
          if (own && importedEntNums.has(own)) continue;
          if (!candidates.has(e.id)) candidates.set(e.id, { entity: e, name });
        }
      }
      if (candidates.size > 1) {
        ambiguous.push({ entry, candidates: [...candidates.keys()] });
        continue;
      }
      const only = [...candidates.values()][0];
      entity = only?.entity;
      matchedName = only?.name;
    }
    if (!entity || taken.has(entity.id)) {
      missing.push(entry);
      continue;
    }
    taken.add(entity.id);
    const listing = nsCmicListing(entity);
    matched.push({
      entry,
      entityId: entity.id,
      entityName: entity.name,
      how,
      ...(matchedName ? { matchedName } : {}),
      newListing: !listing,
      differences: compareEntry(entry, entity, primFile),
    });
  }

  const dropped: DroppedCompany[] = [];
  let datasetCurrent = 0;
  for (const e of dataset.entities) {
    const listing = nsCmicListing(e);
    if (!listing || endingEvent(listing)) continue;
    datasetCurrent++;
    // A candidate of an ambiguous entry may well be on the list: never report it dropped.
    if (taken.has(e.id) || ambiguous.some((a) => a.candidates.includes(e.id))) continue;
    const entNum = e.identifiers?.ofac_ent_num;
    dropped.push({
      entityId: e.id,
      name: e.name,
      ...(entNum ? { entNum } : {}),
      listedOn: listedOn(listing),
    });
  }
  return {
    datasetVersion: dataset.dataset_version,
    datasetCurrent,
    entries: entries.length,
    matched,
    missing,
    ambiguous,
    dropped,
  };
}
