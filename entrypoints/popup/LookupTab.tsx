/**
 * The popup's lookup: a company by any name, ticker or ISIN; a result opens the same card the
 * popover shows.
 */
import { useEffect, useState } from 'preact/hooks';
import { DataFooter } from '../../components/DataFooter.tsx';
import { EntityCard } from '../../components/EntityCard.tsx';
import { SearchResults } from '../../components/SearchResults.tsx';
import { localIsoDate } from '../../lib/data/dates.ts';
import type { I18n } from '../../lib/i18n/i18n.ts';
import {
  request,
  type EntitiesResponse,
  type SearchResponse,
  type SendMessage,
} from '../../lib/messaging.ts';

export function LookupTab({ i18n, send }: { i18n: I18n; send: SendMessage }) {
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<SearchResponse | null>(null);
  const [card, setCard] = useState<EntitiesResponse | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const q = query.trim();
    if (!q) {
      setResults(null);
      return;
    }
    let live = true;
    request(send, { type: 'search', query: q }).then(
      (r) => live && setResults(r),
      (e: unknown) => live && setError(String(e instanceof Error ? e.message : e)),
    );
    return () => {
      live = false;
    };
  }, [query, send]);

  const open = (id: string) => {
    request(send, { type: 'getEntities', ids: [id] }).then(setCard, (e: unknown) =>
      setError(String(e)),
    );
  };

  return (
    <div class="dl-lookup">
      <label class="dl-search-label" for="dl-search">
        {i18n.t('popup.searchLabel')}
      </label>
      <input
        id="dl-search"
        class="dl-search"
        type="search"
        autoFocus
        autoComplete="off"
        placeholder={i18n.t('popup.searchPlaceholder')}
        value={query}
        onInput={(e) => {
          setCard(null);
          setQuery((e.target as HTMLInputElement).value);
        }}
      />
      {error && <p role="alert">{error}</p>}
      {card ? (
        <section>
          <button type="button" class="dl-link-button" onClick={() => setCard(null)}>
            ← {i18n.t('popup.back')}
          </button>
          {card.entities.map((e) => (
            <EntityCard
              key={e.id}
              entity={e}
              programs={card.programs}
              today={localIsoDate(new Date())}
              i18n={i18n}
            />
          ))}
          <DataFooter info={card} i18n={i18n} />
        </section>
      ) : (
        results && <SearchResults results={results} i18n={i18n} onOpen={open} />
      )}
    </div>
  );
}
