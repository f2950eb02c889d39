/**
 * The popup's lookup: a company by any name, ticker or ISIN; a result opens the full card
 * (every listing, names, identifiers, parent and related companies, which open in turn).
 *
 * Keyboard: Arrow Down from the search box goes to the first result, arrows move between
 * results, Enter opens one; an opened card takes focus on its heading, and "Back" returns focus
 * to the result (or the related-company button) it was opened from.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
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
import './lookup.css';

interface OpenCard {
  response: EntitiesResponse;
  /** Names of the parent and related companies, by id. */
  companies: Map<string, string>;
}

/** Where focus goes after the view changes. */
type FocusTarget =
  { kind: 'card' } | { kind: 'result'; id: string } | { kind: 'link'; id: string } | null;

export function LookupTab({ i18n, send }: { i18n: I18n; send: SendMessage }) {
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<SearchResponse | null>(null);
  /** The cards opened, the last one shown; each after the first was opened from the one before. */
  const [cards, setCards] = useState<OpenCard[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [focus, setFocus] = useState<FocusTarget>(null);
  const root = useRef<HTMLDivElement>(null);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const q = query.trim();
    if (!q) {
      setResults(null);
      setError(null);
      return;
    }
    let live = true;
    request(send, { type: 'search', query: q }).then(
      (r) => {
        if (!live) return;
        setError(null);
        setResults(r);
      },
      (e: unknown) => {
        // The words are ours; the cause goes to the console for a bug report.
        console.warn('Designation Lens: lookup failed', e);
        if (live) setError(i18n.t('popup.error'));
      },
    );
    return () => {
      live = false;
    };
  }, [query, send]);

  useLayoutEffect(() => {
    if (!focus || !root.current) return;
    const selector =
      focus.kind === 'card'
        ? '.dl-card .dl-name'
        : focus.kind === 'result'
          ? `.dl-result[data-entity="${CSS.escape(focus.id)}"] > button`
          : `[data-entity-link="${CSS.escape(focus.id)}"]`;
    const target = root.current.querySelector<HTMLElement>(selector);
    if (target) {
      target.focus();
      setFocus(null);
    }
  });

  const open = async (id: string, from: 'results' | 'card') => {
    try {
      const response = await request(send, { type: 'getEntities', ids: [id] });
      const entity = response.entities[0];
      const refs = entity ? [entity.parent, ...(entity.related ?? [])].filter(Boolean) : [];
      const companies = new Map<string, string>();
      if (refs.length > 0) {
        const named = await request(send, { type: 'getEntities', ids: refs as string[] });
        for (const e of named.entities) companies.set(e.id, e.name);
      }
      const card = { response, companies };
      setError(null);
      setCards((stack) => (from === 'results' ? [card] : [...stack, card]));
      setFocus({ kind: 'card' });
    } catch (e) {
      console.warn('Designation Lens: opening a card failed', e);
      setError(i18n.t('popup.error'));
    }
  };

  const back = () => {
    const shown = cards[cards.length - 1];
    const rest = cards.slice(0, -1);
    setCards(rest);
    const id = shown?.response.entities[0]?.id ?? '';
    setFocus(rest.length > 0 ? { kind: 'link', id } : { kind: 'result', id });
  };

  const card = cards[cards.length - 1];
  const previous = cards[cards.length - 2]?.response.entities[0];

  return (
    <div class="dl-lookup" ref={root}>
      <label class="dl-search-label" for="dl-search">
        {i18n.t('popup.searchLabel')}
      </label>
      <input
        id="dl-search"
        ref={input}
        class="dl-search"
        type="search"
        autoFocus
        autoComplete="off"
        spellcheck={false}
        aria-describedby="dl-search-help"
        placeholder={i18n.t('popup.searchPlaceholder')}
        value={query}
        onInput={(e) => {
          setCards([]);
          setQuery((e.target as HTMLInputElement).value);
        }}
        onKeyDown={(e) => {
          if (e.key !== 'ArrowDown' || cards.length > 0) return;
          const first = root.current?.querySelector<HTMLElement>('.dl-result > button');
          if (!first) return;
          e.preventDefault();
          first.focus();
        }}
      />
      <p id="dl-search-help" class="dl-search-help">
        {i18n.t('popup.searchHelp')}
      </p>
      {error && <p role="alert">{error}</p>}
      {card ? (
        <section class="dl-lookup-card">
          <button type="button" class="dl-link-button dl-back" onClick={back}>
            ←{' '}
            {previous
              ? i18n.t('popup.backToCompany', { name: previous.name })
              : i18n.t('popup.back')}
          </button>
          {card.response.entities.map((e) => (
            <EntityCard
              key={e.id}
              entity={e}
              programs={card.response.programs}
              today={localIsoDate(new Date())}
              i18n={i18n}
              full={{ companies: card.companies, onOpen: (id) => void open(id, 'card') }}
            />
          ))}
          {card.response.entities.length === 0 && <p>{i18n.t('card.noEntity')}</p>}
          <DataFooter info={card.response} i18n={i18n} />
        </section>
      ) : (
        results && (
          // data-query: which query these results answer (tests wait for it).
          <div class="dl-lookup-results" data-query={results.query}>
            <SearchResults
              results={results}
              i18n={i18n}
              onOpen={(id) => void open(id, 'results')}
              onLeaveTop={() => input.current?.focus()}
            />
          </div>
        )
      )}
    </div>
  );
}
