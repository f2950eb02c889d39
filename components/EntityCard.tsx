/**
 * Everything known about one company: names and identifiers, then each list with its status
 * and deadlines. Used by the popover and the toolbar popup alike.
 */
import type { Entity } from '../lib/data/schema.ts';
import { entityStatus } from '../lib/data/status.ts';
import type { I18n } from '../lib/i18n/i18n.ts';
import type { ProgramSummary } from '../lib/messaging.ts';
import { ListSection } from './ListSection.tsx';

export interface EntityCardProps {
  entity: Entity;
  programs: readonly ProgramSummary[];
  today: string;
  i18n: I18n;
}

export function EntityCard({ entity, programs, today, i18n }: EntityCardProps) {
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
      <h2 class="dl-name">{entity.name}</h2>
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
      {status.lists.map((l) => (
        <ListSection key={l.list} status={l} i18n={i18n} />
      ))}
    </article>
  );
}
