/**
 * A dataset diff as a changelog section, for a compliance reader: company names, list names
 * and dates in words, one bullet per company. The text is stable (no locale, no clock) and
 * already in Prettier's Markdown style, so the committed changelog is exactly what
 * `npm run feed` writes.
 */
import type { DatasetDiff, EntityRef, EventRef, IdentifierField, ListingSummary } from './diff.ts';
import type { Dataset, EventType, ListId } from './schema.ts';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** 2021-06-03 -> "3 June 2021". */
export function longDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${MONTHS[m! - 1]} ${y}`;
}

const EVENT_WORDS: Record<EventType, string> = {
  listed: 'listed',
  relisted: 'relisted',
  'purchase-ban-effective': 'purchase ban in effect from',
  'purchase-ban-scheduled': 'purchase ban scheduled for',
  'divestment-window-end': 'divestment deadline',
  enjoined: 'enjoined by a court',
  vacated: 'vacated by a court',
  removed: 'removed from the list',
  superseded: 'superseded (the regime ended)',
  'status-unclear': 'status unclear from',
};

const ID_WORDS: Record<IdentifierField, string> = {
  ofac_ent_num: 'OFAC entry number',
  uscc: 'USCC',
  lei: 'LEI',
};

const event = (e: EventRef) => `${EVENT_WORDS[e.type]} ${longDate(e.date)}`;

/** Characters Markdown would read as formatting in a company name. */
function text(value: string): string {
  return value.replace(/[\\`*_[\]<>]/g, (c) => `\\${c}`);
}

const company = (e: EntityRef) => `**${text(e.name)}**`;
const byName = <T>(items: T[], name: (t: T) => string) =>
  [...items].sort((a, b) => {
    const x = name(a).toLowerCase();
    const y = name(b).toLowerCase();
    return x < y ? -1 : x > y ? 1 : 0;
  });

function listName(diff: DatasetDiff, list: ListId): string {
  return diff.listNames[list] ?? list;
}

function listingText(diff: DatasetDiff, l: ListingSummary): string {
  const [first, ...rest] = l.events;
  const tail = rest.length ? ` (${rest.map(event).join('; ')})` : '';
  return `${listName(diff, l.list)}, ${first ? event(first) : 'no dates'}${tail}`;
}

export function renderDiffMarkdown(diff: DatasetDiff): string {
  const sections: string[] = [];
  const section = (title: string, bullets: string[]) => {
    if (bullets.length) sections.push(`### ${title}\n\n${bullets.map((b) => `- ${b}`).join('\n')}`);
  };

  section(
    'Companies added',
    byName(diff.entitiesAdded, (e) => e.name).map(
      (e) => `${company(e)}: ${e.listings.map((l) => listingText(diff, l)).join('. ')}.`,
    ),
  );
  section(
    'Companies taken out of the dataset',
    byName(diff.entitiesRemoved, (e) => e.name).map((e) => `${company(e)}`),
  );
  section(
    'New listings',
    byName(diff.listingsAdded, (l) => l.entity.name).map(
      (l) => `${company(l.entity)}: ${listingText(diff, l)}.`,
    ),
  );
  section(
    'Listings taken out of the dataset',
    byName(diff.listingsRemoved, (l) => l.entity.name).map(
      (l) => `${company(l.entity)}: ${listingText(diff, l)}.`,
    ),
  );
  section(
    'Changes to listings',
    byName(diff.listingChanges, (c) => c.entity.name).map((c) => {
      const parts = [
        ...c.eventsAdded.map((e) => `${event(e)} (new)`),
        ...c.datesChanged.map(
          (d) => `${EVENT_WORDS[d.type]} ${longDate(d.to)} (was ${longDate(d.from)})`,
        ),
        ...c.eventsRemoved.map((e) => `no longer ${event(e)}`),
        ...c.listedNamesAdded.map((n) => `now listed as "${text(n)}"`),
      ];
      return `${company(c.entity)}, ${listName(diff, c.list)}: ${parts.join('; ')}.`;
    }),
  );
  section(
    'Names and identifiers',
    byName(diff.entityChanges, (c) => c.entity.name).map((c) => {
      const quote = (values: string[]) => values.map((v) => `"${text(v)}"`).join(', ');
      const parts = [
        ...(c.renamed ? [`renamed from "${text(c.renamed.from)}"`] : []),
        ...(c.namesAdded.length ? [`names added: ${quote(c.namesAdded)}`] : []),
        ...(c.namesRemoved.length ? [`names removed: ${quote(c.namesRemoved)}`] : []),
        ...(c.tickersAdded.length ? [`tickers added: ${c.tickersAdded.join(', ')}`] : []),
        ...(c.tickersRemoved.length ? [`tickers removed: ${c.tickersRemoved.join(', ')}`] : []),
        ...(c.isinsAdded.length ? [`ISINs added: ${c.isinsAdded.join(', ')}`] : []),
        ...(c.isinsRemoved.length ? [`ISINs removed: ${c.isinsRemoved.join(', ')}`] : []),
        ...c.identifiersChanged.map((i) =>
          i.from && i.to
            ? `${ID_WORDS[i.field]} ${i.to} (was ${i.from})`
            : i.to
              ? `${ID_WORDS[i.field]} ${i.to} added`
              : `${ID_WORDS[i.field]} ${i.from} removed`,
        ),
      ];
      return `${company(c.entity)}: ${parts.join('; ')}.`;
    }),
  );
  const other = [
    ...(diff.detailsChanged.length
      ? [
          `Other details (sources, notes, rejected ISINs, match settings) changed for ${byName(
            diff.detailsChanged,
            (e) => e.name,
          )
            .map(company)
            .join(', ')}.`,
        ]
      : []),
    ...(diff.programsChanged.length
      ? [
          `The description of ${diff.programsChanged.map((l) => listName(diff, l)).join(', ')} changed.`,
        ]
      : []),
    ...(diff.matchingChanged
      ? ['The rules for finding names in pages (alias policy, context rules) changed.']
      : []),
  ];
  section('Other changes', other);

  const head =
    `## Version ${diff.to.version} (as of ${longDate(diff.to.asOf)})\n\n` +
    `Changes from version ${diff.from.version} (as of ${longDate(diff.from.asOf)}).`;
  const body = sections.length ? sections : ['No changes to companies or listings.'];
  return [head, ...body].join('\n\n') + '\n';
}

/**
 * A section for a version with no earlier feed to compare with (the first one): how many
 * companies each list has, and how many of those listings have ended.
 */
export function renderSummaryMarkdown(dataset: Dataset): string {
  const ended: ReadonlySet<EventType> = new Set(['removed', 'vacated', 'superseded']);
  const lists = dataset.programs.map((p) => {
    const listings = dataset.entities.flatMap((e) =>
      e.listings.filter((l) => l.list === p.id).slice(-1),
    );
    const over = listings.filter((l) => {
      const last = [...l.events].reverse().find((e) => ended.has(e.type) || e.type === 'relisted');
      return last !== undefined && last.type !== 'relisted';
    }).length;
    const endedText = over ? ` (${over === listings.length ? 'all' : over} since ended)` : '';
    return `- ${p.short_name}: ${listings.length} companies${endedText}`;
  });
  const first = dataset.dataset_version === 1;
  return (
    `## Version ${dataset.dataset_version} (as of ${longDate(dataset.as_of)})\n\n` +
    (first
      ? `Initial dataset: ${dataset.entities.length} companies.`
      : `No earlier published feed to compare with. This version has ${dataset.entities.length} companies.`) +
    ` A company can be on more than one list.\n\n${lists.join('\n')}\n`
  );
}
