/**
 * Everything known about one company: names and identifiers, then each list with its status
 * and deadlines. Used by the popover and the toolbar popup alike; the popup's full card (`full`)
 * adds every name and identifier, the confidence of every listing, and the parent and related
 * companies, which open their own cards.
 */
import type { Entity } from '../lib/data/schema.ts';
import { entityStatus } from '../lib/data/status.ts';
import type { I18n } from '../lib/i18n/i18n.ts';
import type { ProgramSummary } from '../lib/messaging.ts';
import { ListSection } from './ListSection.tsx';

export interface FullCard {
  /** Names of the companies the card refers to (parent, related), by id. */
  companies: ReadonlyMap<string, string>;
  onOpen: (id: string) => void;
}

export interface EntityCardProps {
  entity: Entity;
  programs: readonly ProgramSummary[];
  today: string;
  i18n: I18n;
  full?: FullCard;
}

export function EntityCard({ entity, programs, today, i18n, full }: EntityCardProps) {
  const status = entityStatus(entity, programs, today);
  const zh = entity.names
    .filter((n) => n.lang !== 'en' && n.match !== 'unverified')
    .map((n) => n.value);
  const tickers = entity.tickers.map(
    (t) =>
      `${t.exchange}: ${t.symbol}${t.status === 'delisted' ? ` (${i18n.t('card.delisted')})` : ''}`,
  );
  return (
    <article class={`dl-card dl-${status.severity}`} data-entity={entity.id}>
      <h2 class="dl-name" tabIndex={full ? -1 : undefined}>
        {entity.name}
      </h2>
      {full ? (
        <FullDetails entity={entity} i18n={i18n} />
      ) : (
        <>
          {zh.length > 0 && <p class="dl-zh">{[...new Set(zh)].slice(0, 3).join(' · ')}</p>}
          {(tickers.length > 0 || entity.isins.length > 0) && (
            <p class="dl-ids">
              {tickers.length > 0 && (
                <span>
                  {i18n.t('card.tickers')}: {tickers.join(', ')}
                </span>
              )}
              {entity.isins.length > 0 && (
                <span>
                  {' '}
                  {i18n.t('card.isins')}: {entity.isins.map((x) => x.value).join(', ')}
                </span>
              )}
            </p>
          )}
        </>
      )}
      {status.lists.map((l) => (
        <ListSection key={l.list} status={l} i18n={i18n} full={full !== undefined} />
      ))}
      {full && <Relations entity={entity} i18n={i18n} full={full} />}
    </article>
  );
}

/** Every name and identifier, grouped; each group only when it has something. */
function FullDetails({ entity, i18n }: { entity: Entity; i18n: I18n }) {
  // Lists print names in capitals ("HIKVISION"): one spelling per name, preferring one that is
  // not all capitals, and not the heading's name again.
  const distinct = (values: string[]) => {
    const byKey = new Map<string, string>();
    for (const v of values) {
      const key = v.toLocaleLowerCase();
      const had = byKey.get(key);
      if (had === undefined || (had === had.toLocaleUpperCase() && v !== v.toLocaleUpperCase()))
        byKey.set(key, v);
    }
    byKey.delete(entity.name.toLocaleLowerCase());
    return [...byKey.values()];
  };
  const verified = entity.names.filter((n) => n.match !== 'unverified' && n.kind !== 'unverified');
  const groups: [string, string, string[]][] = [
    [
      'names',
      i18n.t('card.names'),
      distinct(verified.filter((n) => n.lang === 'en' && n.kind !== 'former').map((n) => n.value)),
    ],
    [
      'zh',
      i18n.t('card.chineseNames'),
      distinct(verified.filter((n) => n.lang !== 'en' && n.kind !== 'former').map((n) => n.value)),
    ],
    [
      'former',
      i18n.t('card.formerNames'),
      distinct(verified.filter((n) => n.kind === 'former').map((n) => n.value)),
    ],
    [
      'unverified',
      i18n.t('card.unverifiedNames'),
      distinct(
        entity.names
          .filter((n) => n.match === 'unverified' || n.kind === 'unverified')
          .map((n) => n.value),
      ),
    ],
  ];
  const ids = [
    ...entity.tickers.map((t) => {
      const notes = [
        t.type,
        t.status === 'delisted' ? i18n.t('card.tickerDelisted') : undefined,
        t.status === 'unconfirmed' ? i18n.t('card.tickerUnconfirmed') : undefined,
      ].filter(Boolean);
      return `${t.exchange}: ${t.symbol}${notes.length ? ` (${notes.join(', ')})` : ''}`;
    }),
    ...entity.isins.map((i) => `ISIN ${i.value}`),
  ];
  return (
    <dl class="dl-facts">
      {groups
        .filter(([, , values]) => values.length > 0)
        .map(([key, label, values]) => (
          <div key={key} class={`dl-fact dl-fact-${key}`}>
            <dt>{label}</dt>
            <dd>{values.join(' · ')}</dd>
          </div>
        ))}
      {ids.length > 0 && (
        <div class="dl-fact dl-fact-ids">
          <dt>{i18n.t('card.identifiers')}</dt>
          <dd>
            <ul>
              {ids.map((id) => (
                <li key={id}>{id}</li>
              ))}
            </ul>
          </dd>
        </div>
      )}
    </dl>
  );
}

/** The parent and related companies, each a button that opens its card. */
function Relations({ entity, i18n, full }: { entity: Entity; i18n: I18n; full: FullCard }) {
  const link = (id: string) => {
    const name = full.companies.get(id);
    if (!name) return null;
    return (
      <button
        type="button"
        class="dl-company-link"
        data-entity-link={id}
        aria-label={i18n.t('card.openCompany', { name })}
        onClick={() => full.onOpen(id)}
      >
        {name}
      </button>
    );
  };
  const related = (entity.related ?? []).filter((id) => full.companies.has(id));
  const parent = entity.parent && full.companies.has(entity.parent) ? entity.parent : null;
  if (!parent && related.length === 0) return null;
  return (
    <dl class="dl-facts dl-relations">
      {parent && (
        <div class="dl-fact dl-fact-parent">
          <dt>{i18n.t('card.parent')}</dt>
          <dd>{link(parent)}</dd>
        </div>
      )}
      {related.length > 0 && (
        <div class="dl-fact dl-fact-related">
          <dt>{i18n.t('card.related')}</dt>
          <dd>
            <ul>
              {related.map((id) => (
                <li key={id}>{link(id)}</li>
              ))}
            </ul>
          </dd>
        </div>
      )}
    </dl>
  );
}
