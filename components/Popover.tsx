/**
 * The popover shown over a marked name: the text that matched, then a card for each company the
 * name refers to ("China Mobile" names the state group and its listed company), the data's
 * date, and the two per-site actions.
 */
import type { Entity } from '../lib/data/schema.ts';
import { freshness } from '../lib/data/freshness.ts';
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
  /** "Mark 2 of 9", when reached with the keyboard. */
  position?: { index: number; count: number };
  onClose: () => void;
  onDisableSite: () => void;
  onNotThat: (ids: string[]) => void;
}

export function Popover(p: PopoverProps) {
  const { i18n, entities } = p;
  const label = i18n.t('popover.label', { name: entities[0]?.name ?? p.matchedText });
  const fresh = freshness(p.info, p.today);
  return (
    <div class="dl-popover" role="dialog" aria-label={label} tabIndex={-1}>
      <div class="dl-popover-head">
        <span class="dl-matched">
          {i18n.t('card.matchedText', { text: p.matchedText })}
          {p.position && ` · ${i18n.t('popover.position', p.position)}`}
        </span>
        <button
          type="button"
          class="dl-close"
          aria-label={i18n.t('popover.close')}
          onClick={p.onClose}
        >
          ×
        </button>
      </div>
      {fresh.stale && (
        <p class="dl-stale" role="note">
          {i18n.t('popover.stale', { days: fresh.days, date: i18n.date(fresh.since) })}
        </p>
      )}
      {entities.length > 1 && (
        <p class="dl-several">{i18n.t('popover.several', { count: entities.length })}</p>
      )}
      {entities.length === 0 && <p>{i18n.t('card.noEntity')}</p>}
      {entities.map((e) => (
        <EntityCard key={e.id} entity={e} programs={p.programs} today={p.today} i18n={i18n} />
      ))}
      <DataFooter info={p.info} i18n={i18n} />
      <div class="dl-actions">
        <button
          type="button"
          class="dl-action"
          onClick={() => p.onNotThat(entities.map((e) => e.id))}
        >
          {i18n.t('popover.notThat')}
        </button>
        <button type="button" class="dl-action" onClick={p.onDisableSite}>
          {i18n.t('popover.disableSite')}
        </button>
      </div>
    </div>
  );
}
