/**
 * Writes a reconciliation into the dataset's entities: what OFAC adds is added, each fact with
 * a source naming the file it came from; what would replace or delete a curated fact (another
 * date, another identifier, an identifier OFAC no longer shows) is reported, not done. A company
 * the list dropped gets a `removed` event only on the date the maintainer gives.
 *
 * Names arrive as `display-only`: they are shown and found by the lookup, but matched in pages
 * only after someone reviews them under the alias policy (precision before recall).
 */
import {
  EntitySchema,
  type DatedEvent,
  type Entity,
  type EntityName,
  type Listing,
} from '../data/schema.ts';
import type { AlternateKind, NsCmicEntry } from './ofac-consolidated.ts';
import { nameKey, slugOf } from './names.ts';
import {
  compareEntry,
  NS_CMIC_LIST,
  nsCmicListing,
  type EntityDifferences,
  type ReconcileReport,
} from './reconcile.ts';
import { toDatasetTicker } from './tickers.ts';

export interface ApplyOptions {
  /** How sources name the file set, e.g. "2025-12-19". */
  setLabel: string;
  /** The cons_prim file's name, for sources of what it states. */
  primFile: string;
  /** Record companies the list dropped as removed on this date. */
  removedOn?: string;
  /** Set the dataset's as-of date. */
  asOf?: string;
}

export interface MetaFile {
  dataset_version: number;
  as_of: string;
  [key: string]: unknown;
}

export interface ApplyOutcome {
  entities: Entity[];
  meta: MetaFile;
  /** One line per change made. */
  applied: string[];
  /** One line per difference left for the maintainer. */
  notApplied: string[];
}

export const IMPORTED_NAME_REASON =
  'Published by OFAC; added by the importer and not yet reviewed for matching in pages.';

// The wording the dataset's NS-CMIC listings use; a new listing says the same.
const AUTHORITY = 'U.S. Department of the Treasury, Office of Foreign Assets Control (OFAC)';
const LEGAL_BASIS =
  'E.O. 13959 as amended by E.O. 14032 (June 3, 2021); IEEPA; Chinese Military-Industrial Complex Sanctions Regulations, 31 CFR part 586';

export function ofacSource(file: string, setLabel: string, entNum: string): string {
  return `OFAC consolidated non-SDN list, ${file} (${setLabel} set), ent_num ${entNum}`;
}

const ENTITY_KEYS = Object.keys(EntitySchema.entries);

/** The entity with its keys in the schema's order, as entities.json writes them. */
function inSchemaOrder(entity: Entity): Entity {
  const out: Record<string, unknown> = {};
  for (const key of ENTITY_KEYS) if (key in entity) out[key] = entity[key as keyof Entity];
  return out as Entity;
}

const NAME_KIND: Record<AlternateKind | 'primary', EntityName['kind']> = {
  primary: 'alias',
  aka: 'alias',
  nka: 'alias',
  'issuer-name': 'alias',
  fka: 'former',
};

function importedName(value: string, kind: EntityName['kind'], source: string): EntityName {
  return {
    value,
    kind,
    lang: 'en',
    match: 'display-only',
    reason: IMPORTED_NAME_REASON,
    sources: [source],
  };
}

/** Inserts an event after every event dated on or before it. */
function insertEvent(listing: Listing, event: DatedEvent): void {
  const at = listing.events.findLastIndex((e) => e.date <= event.date) + 1;
  listing.events.splice(at, 0, event);
}

function newListing(
  entry: NsCmicEntry,
  source: (file: string) => string,
  primFile: string,
): Listing {
  const events: DatedEvent[] = [];
  const dated: [DatedEvent['type'], NsCmicEntry['listingDate']][] = [
    ['listed', entry.listingDate],
    ['purchase-ban-effective', entry.effectiveDate],
    ['divestment-window-end', entry.divestmentDate],
  ];
  for (const [type, date] of dated) {
    if (date) events.push({ type, date: date.value, sources: [source(date.file)] });
  }
  events.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const target = entry.targetTypes.length ? ` Target Type: ${entry.targetTypes.join(', ')}.` : '';
  return {
    list: NS_CMIC_LIST,
    listed_names: [entry.name],
    authority: AUTHORITY,
    legal_basis: LEGAL_BASIS,
    confidence: 'high',
    events,
    notes: `OFAC ent_num ${entry.entNum}; program tag CMIC-EO13959.${target} Imported from OFAC's consolidated non-SDN list; review the names' match verdicts.`,
    sources: [source(primFile)],
  };
}

interface Log {
  applied: string[];
  notApplied: string[];
}

function applyDifferences(
  entity: Entity,
  entry: NsCmicEntry,
  d: EntityDifferences,
  source: (file: string) => string,
  options: ApplyOptions,
  log: Log,
): void {
  const who = `${entity.id} (ent_num ${entry.entNum})`;
  let listing = nsCmicListing(entity);
  if (!listing) {
    if (!entry.listingDate) {
      log.notApplied.push(`${who}: no NS-CMIC listing added: OFAC gives no listing date`);
    } else {
      listing = newListing(entry, source, options.primFile);
      entity.listings.push(listing);
      log.applied.push(`${who}: NS-CMIC listing added (listed ${entry.listingDate.value})`);
    }
  } else if (d.renamed) {
    listing.listed_names.push(entry.name);
    log.applied.push(`${who}: listed name "${entry.name}" added`);
  }
  if (d.listingEnded) {
    log.notApplied.push(
      `${who}: data/ says the listing ended (${d.listingEnded.type} ${d.listingEnded.date}) but OFAC lists it`,
    );
  }
  for (const n of d.namesAdded) {
    entity.names.push(importedName(n.value, NAME_KIND[n.kind], source(n.file)));
    log.applied.push(`${who}: name "${n.value}" added (display-only until reviewed)`);
  }
  for (const t of d.tickersAdded) {
    const converted = toDatasetTicker({ symbol: t.symbol, market: t.market! });
    if (!converted.ok) {
      log.notApplied.push(`${who}: ticker ${t.symbol} ${t.market}: ${converted.reason}`);
      continue;
    }
    entity.tickers.push({ ...converted.ticker, sources: [source(t.file)] });
    log.applied.push(
      `${who}: ticker ${converted.ticker.exchange} ${converted.ticker.symbol} added`,
    );
  }
  for (const t of d.tickersRemoved) {
    log.notApplied.push(`${who}: OFAC no longer lists ticker ${t.exchange} ${t.symbol}; kept`);
  }
  for (const i of d.isinsAdded) {
    entity.isins.push({ value: i.value, sources: [source(i.file)] });
    log.applied.push(`${who}: ISIN ${i.value} added`);
  }
  for (const i of d.isinsRemoved)
    log.notApplied.push(`${who}: OFAC no longer lists ISIN ${i}; kept`);
  for (const i of d.invalidIsins.filter((x) => !x.known)) {
    entity.isins_rejected = [
      ...(entity.isins_rejected ?? []),
      {
        value: i.value,
        reason: `Published by OFAC (${i.file}, ${options.setLabel} set, ent_num ${entry.entNum}) but fails the ISIN check digit.`,
      },
    ];
    log.applied.push(`${who}: ISIN ${i.value} recorded as rejected (fails its check digit)`);
  }
  // Identifiers have no sources field: where they came from goes into a note.
  const recorded: string[] = [];
  for (const id of d.identifiers) {
    if (id.dataset) {
      log.notApplied.push(
        `${who}: ${id.field} is ${id.dataset} in data/, ${id.ofac} in OFAC's file`,
      );
      continue;
    }
    entity.identifiers = { ...entity.identifiers, [id.field]: id.ofac };
    log.applied.push(`${who}: ${id.field} ${id.ofac} added`);
    if (id.field !== 'ofac_ent_num') recorded.push(`${id.field} ${id.ofac} (${source(id.file)})`);
  }
  for (const o of d.otherIdsAdded) {
    const ids = entity.identifiers ?? {};
    entity.identifiers = { ...ids, other: [...(ids.other ?? []), o.value] };
    log.applied.push(`${who}: identifier "${o.value}" added`);
    recorded.push(`"${o.value}" (${source(o.file)})`);
  }
  for (const l of d.linkedToAdded) {
    entity.ofac_linked_to = [...(entity.ofac_linked_to ?? []), l.value];
    log.applied.push(`${who}: "Linked To" ${l.value} added`);
    recorded.push(`Linked To "${l.value}" (${source(l.file)})`);
  }
  if (recorded.length) {
    entity.notes = [...(entity.notes ?? []), `Recorded from OFAC: ${recorded.join('; ')}.`];
  }
  for (const date of d.dates) {
    if (date.dataset) {
      log.notApplied.push(
        `${who}: ${date.kind} date is ${date.dataset} in data/, ${date.ofac} in OFAC's file`,
      );
      continue;
    }
    // Every listing has a listing date, so only the other two can be missing.
    if (!listing || date.kind === 'listing') continue;
    const type = date.kind === 'effective' ? 'purchase-ban-effective' : 'divestment-window-end';
    insertEvent(listing, { type, date: date.ofac, sources: [source(date.file)] });
    log.applied.push(`${who}: ${type} ${date.ofac} added`);
  }
}

function newEntity(
  entry: NsCmicEntry,
  source: (file: string) => string,
  options: ApplyOptions,
  ids: Set<string>,
): Entity {
  // A mixed-case issuer name that is the same name reads better than OFAC's capitals.
  const display =
    entry.alternates.find(
      (a) => a.kind === 'issuer-name' && nameKey(a.value) === nameKey(entry.name),
    )?.value ?? entry.name;
  let id = slugOf(display);
  if (ids.has(id)) id = `${id}-${entry.entNum}`;
  ids.add(id);
  // The other names, like everything else, come from comparing the entry with this entity.
  return {
    id,
    name: display,
    names: [importedName(display, 'primary', source(options.primFile))],
    tickers: [],
    isins: [],
    listings: [],
  };
}

export function applyImport(
  current: readonly Entity[],
  meta: MetaFile,
  report: ReconcileReport,
  options: ApplyOptions,
): ApplyOutcome {
  const entities = structuredClone(current) as Entity[];
  const byId = new Map(entities.map((e) => [e.id, e]));
  const ids = new Set(byId.keys());
  const log: Log = { applied: [], notApplied: [] };
  const touched = new Set<Entity>();

  for (const m of report.matched) {
    const entity = byId.get(m.entityId)!;
    const before = log.applied.length;
    const source = (file: string) => ofacSource(file, options.setLabel, m.entry.entNum);
    applyDifferences(entity, m.entry, m.differences, source, options, log);
    if (log.applied.length > before) touched.add(entity);
  }
  for (const entry of report.missing) {
    if (!entry.listingDate) {
      log.notApplied.push(
        `ent_num ${entry.entNum} ${entry.name}: not added: OFAC gives no listing date`,
      );
      continue;
    }
    const source = (file: string) => ofacSource(file, options.setLabel, entry.entNum);
    const entity = newEntity(entry, source, options, ids);
    log.applied.push(`${entity.id} (ent_num ${entry.entNum}): new company added`);
    // Names, tickers, ISINs, identifiers and the listing arrive as they would for a company
    // already in data/: from comparing the entry with the new, nearly empty entity.
    applyDifferences(
      entity,
      entry,
      compareEntry(entry, entity, options.primFile),
      source,
      options,
      log,
    );
    entities.push(entity);
    touched.add(entity);
  }
  for (const a of report.ambiguous) {
    log.notApplied.push(
      `ent_num ${a.entry.entNum} ${a.entry.name}: matches ${a.candidates.join(', ')} by name; record its ofac_ent_num on the right one`,
    );
  }
  for (const d of report.dropped) {
    const entity = byId.get(d.entityId)!;
    if (!options.removedOn) {
      log.notApplied.push(
        `${d.entityId}: no longer on the list; pass --removed-on <date> to record it`,
      );
      continue;
    }
    if (options.removedOn <= d.listedOn) {
      log.notApplied.push(
        `${d.entityId}: not removed: ${options.removedOn} is not after its listing on ${d.listedOn}`,
      );
      continue;
    }
    const listing = nsCmicListing(entity)!;
    insertEvent(listing, {
      type: 'removed',
      date: options.removedOn,
      note: `No longer on the NS-CMIC list in OFAC's consolidated non-SDN list (${options.setLabel} set); removal date as given by the maintainer.`,
      sources: [
        `OFAC consolidated non-SDN list, ${options.primFile} (${options.setLabel} set): ${d.entNum ? `ent_num ${d.entNum}` : 'the company'} absent`,
      ],
    });
    log.applied.push(`${d.entityId}: removed on ${options.removedOn}`);
    touched.add(entity);
  }

  const out = entities.map((e) => (touched.has(e) ? inSchemaOrder(e) : e));
  const nextMeta = { ...meta };
  if (options.asOf && options.asOf !== meta.as_of) {
    nextMeta.as_of = options.asOf;
    log.applied.push(`as-of date set to ${options.asOf}`);
  }
  if (log.applied.length) nextMeta.dataset_version = meta.dataset_version + 1;
  return { entities: out, meta: nextMeta, ...log };
}
