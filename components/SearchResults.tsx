/**
 * Lookup results, each saying what matched it; no result says which lists were searched, as of
 * which date, and which lists this extension does not cover, so that a miss never reads as a
 * clearance. Arrow keys move between results (and back up to the search box); Enter opens one.
 */
import { LIST_IDS } from '../lib/data/schema.ts';
import type { SearchHit } from '../lib/data/search.ts';
import { listName } from '../lib/i18n/describe.ts';
import type { MessageKey } from '../lib/i18n/en.ts';
import type { I18n } from '../lib/i18n/i18n.ts';
import type { SearchResponse } from '../lib/messaging.ts';

export interface SearchResultsProps {
  results: SearchResponse;
  i18n: I18n;
  onOpen: (id: string) => void;
  /** Arrow up from the first result: back to the search box. */
  onLeaveTop?: () => void;
}

/** The lists this extension does not cover, named so that a miss is not read as "not listed". */
const NOT_COVERED: MessageKey[] = [
  'popup.notCovered.sdn',
  'popup.notCovered.entity',
  'popup.notCovered.meu',
  'popup.notCovered.fcc',
  'popup.notCovered.uflpa',
  'popup.notCovered.other',
];

export function whyLine(i18n: I18n, hit: SearchHit): string {
  const field = i18n.t(`field.${hit.field}`);
  const line = i18n.t(hit.how === 'similar' ? 'popup.similarTo' : 'popup.matchedBy', {
    field,
    text: hit.matched,
  });
  return hit.field === 'symbol' ? `${line} ${i18n.t('popup.symbolOnly')}` : line;
}

export function NoResults({ results, i18n }: { results: SearchResponse; i18n: I18n }) {
  return (
    <div class="dl-no-results" role="status">
      <p class="dl-no-results-head">{i18n.t('popup.noResults', { query: results.query })}</p>
      <p class="dl-coverage-label">{i18n.t('popup.searched', { date: i18n.date(results.asOf) })}</p>
      <ul class="dl-searched">
        {LIST_IDS.map((id) => (
          <li key={id} data-list={id}>
            {listName(i18n, id)}
          </li>
        ))}
      </ul>
      <p class="dl-coverage-label">{i18n.t('popup.notCovered')}</p>
      <ul class="dl-not-covered">
        {NOT_COVERED.map((key) => (
          <li key={key}>{i18n.t(key)}</li>
        ))}
      </ul>
      <p class="dl-not-cleared">{i18n.t('popup.notCleared')}</p>
    </div>
  );
}

export function SearchResults({ results, i18n, onOpen, onLeaveTop }: SearchResultsProps) {
  if (results.hits.length === 0) return <NoResults results={results} i18n={i18n} />;
  const count =
    results.hits.length === 1
      ? i18n.t('popup.oneResult')
      : i18n.t('popup.results', { count: results.hits.length });
  const onKeyDown = (e: KeyboardEvent) => {
    const list = e.currentTarget as HTMLElement;
    const buttons = [...list.querySelectorAll<HTMLButtonElement>('.dl-result > button')];
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (at < 0) return;
    const to =
      e.key === 'ArrowDown'
        ? Math.min(at + 1, buttons.length - 1)
        : e.key === 'ArrowUp'
          ? at - 1
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? buttons.length - 1
              : null;
    if (to === null) return;
    e.preventDefault();
    if (to < 0) onLeaveTop?.();
    else buttons[to]?.focus();
  };
  return (
    <>
      <p class="dl-visually-hidden" role="status">
        {count}
      </p>
      <ul class="dl-results" aria-label={count} onKeyDown={onKeyDown}>
        {results.hits.map((hit) => (
          <li
            key={hit.id}
            class="dl-result"
            data-entity={hit.id}
            data-field={hit.field}
            data-how={hit.how}
          >
            <button type="button" onClick={() => onOpen(hit.id)}>
              <span class="dl-result-name">{hit.name}</span>
              <span class={`dl-badge dl-badge-${hit.severity}`}>
                {i18n.t(`badge.${hit.severity}`)}
              </span>
              <span class="dl-result-why">{whyLine(i18n, hit)}</span>
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}
