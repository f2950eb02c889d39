/** Lookup results, each saying what matched it; no result says what was searched. */
import type { I18n } from '../lib/i18n/i18n.ts';
import type { SearchResponse } from '../lib/messaging.ts';

export interface SearchResultsProps {
  results: SearchResponse;
  i18n: I18n;
  onOpen: (id: string) => void;
}

export function SearchResults({ results, i18n, onOpen }: SearchResultsProps) {
  if (results.hits.length === 0) {
    return (
      <p class="dl-no-results" role="status">
        {i18n.t('popup.noResults', { query: results.query, date: i18n.date(results.asOf) })}
      </p>
    );
  }
  return (
    <ul class="dl-results" aria-label={i18n.t('popup.results', { count: results.hits.length })}>
      {results.hits.map((hit) => (
        <li key={hit.id} class="dl-result">
          <button type="button" onClick={() => onOpen(hit.id)}>
            <span class={`dl-dot dl-dot-${hit.severity}`} aria-hidden="true" />
            <span class="dl-result-name">{hit.name}</span>
            <span class="dl-result-why">
              {i18n.t('popup.matchedBy', {
                field: i18n.t(`field.${hit.field}`),
                text: hit.matched,
              })}
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}
