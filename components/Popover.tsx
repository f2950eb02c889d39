/**
 * The popover shown over a marked name: the text that matched, then a card for each company the
 * name refers to ("China Mobile" names the state group and its listed company).
 */
import type { Entity } from '../lib/data/schema.ts';
import type { I18n } from '../lib/i18n/i18n.ts';
import type { DataInfo, ProgramSummary } from '../lib/messaging.ts';
import { DataFooter } from './DataFooter.tsx';
import { EntityCard } from './EntityCard.tsx';

export interface PopoverProps {
  matchedText: string;
  entities: readonly Entity[];
  programs: readonly ProgramSummary[];
  info: DataInfo;
  today: string;
  i18n: I18n;
  onClose: () => void;
}

export function Popover({
  matchedText,
  entities,
  programs,
  info,
  today,
  i18n,
  onClose,
}: PopoverProps) {
  const label = i18n.t('popover.label', { name: entities[0]?.name ?? matchedText });
  return (
    <div class="dl-popover" role="dialog" aria-label={label}>
      <div class="dl-popover-head">
        <span class="dl-matched">{i18n.t('card.matchedText', { text: matchedText })}</span>
        <button
          type="button"
          class="dl-close"
          aria-label={i18n.t('popover.close')}
          onClick={onClose}
        >
          ×
        </button>
      </div>
      {entities.length > 1 && (
        <p class="dl-several">{i18n.t('popover.several', { count: entities.length })}</p>
      )}
      {entities.length === 0 && <p>{i18n.t('card.noEntity')}</p>}
      {entities.map((e) => (
        <EntityCard key={e.id} entity={e} programs={programs} today={today} i18n={i18n} />
      ))}
      <DataFooter info={info} i18n={i18n} />
    </div>
  );
}
