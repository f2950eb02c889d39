/** One list an entity is (or was) on: state, what the list prohibits, deadlines, history. */
import type { ListStatus } from '../lib/data/status.ts';
import type { I18n } from '../lib/i18n/i18n.ts';
import {
  consequenceLine,
  eventLabel,
  listName,
  prohibits,
  stateLine,
} from '../lib/i18n/describe.ts';
import { Sources } from './Sources.tsx';

export interface ListSectionProps {
  status: ListStatus;
  i18n: I18n;
  /** The popup's full card: say the confidence even when it is high. */
  full?: boolean;
}

export function ListSection({ status, i18n, full = false }: ListSectionProps) {
  const current = status.current.listing;
  const events = status.listings.flatMap((l) => l.listing.events);
  const sources = status.listings.flatMap((l) => [
    ...l.listing.sources,
    ...l.listing.events.flatMap((e) => e.sources ?? []),
  ]);
  const consequences = status.listings.flatMap((l) => l.consequences);
  return (
    <section class={`dl-list dl-${status.severity}`} data-list={status.list}>
      <header class="dl-list-head">
        <h3>{listName(i18n, status.list)}</h3>
        <span class={`dl-badge dl-badge-${status.severity}`}>
          {i18n.t(`badge.${status.severity}`)}
        </span>
      </header>
      <p class="dl-state">{stateLine(i18n, status)}</p>
      <p class="dl-prohibits">{prohibits(i18n, status.list)}</p>
      {consequences.length > 0 && (
        <ul class="dl-consequences">
          {consequences.map((c) => (
            <li key={`${c.kind}-${c.date}`} class={`dl-c dl-c-${c.outcome}`}>
              {consequenceLine(i18n, c)}
            </li>
          ))}
        </ul>
      )}
      <p class="dl-listed-as">
        {i18n.t('card.listedAs')}:{' '}
        {status.listings.flatMap((l) => l.listing.listed_names).join(' · ')}
      </p>
      <details class="dl-history">
        <summary>{i18n.t('card.history')}</summary>
        <ol>
          {events.map((e, i) => (
            <li key={i}>
              <time dateTime={e.date}>{i18n.date(e.date)}</time> {eventLabel(i18n, e.type)}
              {e.note ? <span class="dl-note">: {e.note}</span> : null}
            </li>
          ))}
        </ol>
        {current.notes && <p class="dl-note">{current.notes}</p>}
      </details>
      {(full || current.confidence !== 'high') && (
        <p class="dl-confidence">{i18n.t(`card.confidence.${current.confidence}`)}</p>
      )}
      <Sources sources={sources} i18n={i18n} />
    </section>
  );
}
