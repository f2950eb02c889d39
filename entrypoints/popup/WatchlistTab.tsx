/**
 * The popup's watchlist and portfolio screen: paste holdings or import a brokerage CSV, see
 * which are designated (under which list, with the deadline that matters), export the result,
 * and keep designated companies on the watchlist so that updates to them raise a notification.
 * Also a full tab (`popup.html?view=watchlist`): a file picker can close a popup, a tab stays.
 *
 * Reading and parsing happen here; matching runs in the background, where the dataset lives.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { localIsoDate } from '../../lib/data/dates.ts';
import { listName, stateLine } from '../../lib/i18n/describe.ts';
import type { I18n } from '../../lib/i18n/i18n.ts';
import { request, type ScreenResponse, type SendMessage } from '../../lib/messaging.ts';
import { readItem, updateItem } from '../../lib/settings/store.ts';
import { watchlistItem, type Watchlist } from '../../lib/settings/watchlist.ts';
import {
  enteredText,
  MAX_FILE_BYTES,
  readPortfolioFile,
  readPortfolioText,
  type Portfolio,
  type PortfolioResult,
} from '../../lib/watchlist/portfolio.ts';
import {
  countRows,
  deadlineText,
  errorText,
  exportCsv,
  matchedByText,
  screenRows,
  type ScreenRow,
} from '../../lib/watchlist/report.ts';
import './watchlist.css';

type WatchItem = Watchlist['items'][number];

function useWatchlist() {
  const [items, setItems] = useState<WatchItem[]>([]);
  useEffect(() => {
    const load = () =>
      readItem(browser.storage.local, watchlistItem).then((r) => setItems(r.value.items));
    void load();
    const changed = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && watchlistItem.key in changes) void load();
    };
    browser.storage.onChanged.addListener(changed);
    return () => browser.storage.onChanged.removeListener(changed);
  }, []);
  const update = (change: (items: WatchItem[]) => WatchItem[]) =>
    updateItem(browser.storage.local, watchlistItem, (old) => ({ items: change(old.items) })).then(
      (next) => setItems(next.items),
    );
  return {
    items,
    add: (adds: { id: string; label: string }[]) =>
      update((old) => {
        const have = new Set(old.map((i) => i.id));
        const at = new Date().toISOString();
        const fresh = adds
          .filter((a) => !have.has(a.id) && have.add(a.id))
          .map((a) => ({ id: a.id, label: a.label.slice(0, 300), addedAt: at }));
        return [...old, ...fresh];
      }),
    remove: (id: string) => update((old) => old.filter((i) => i.id !== id)),
  };
}

/** The local day an item was added ("added 2 Mar"), or what was stored if it is not a date. */
function addedDate(i18n: I18n, addedAt: string): string {
  const at = new Date(addedAt);
  return Number.isNaN(at.getTime()) ? addedAt : i18n.date(localIsoDate(at));
}

/**
 * Why screening failed, in the user's language; the exception's own text (English, from the
 * browser or the protocol check) only as a detail in parentheses.
 */
function screenErrorText(i18n: I18n, e: unknown): string {
  const text = i18n.t('wl.error.screen');
  const detail = (e instanceof Error ? e.message : String(e)).trim().slice(0, 200);
  return detail ? i18n.t('wl.error.withDetail', { text, detail }) : text;
}

/** `old` with the names of `entities`; `old` itself when that adds nothing (no re-render). */
function withNames(
  old: Map<string, string>,
  entities: readonly { id: string; name: string }[],
): Map<string, string> {
  const fresh = entities.filter((e) => old.get(e.id) !== e.name);
  if (!fresh.length) return old;
  return new Map([...old, ...fresh.map((e) => [e.id, e.name] as const)]);
}

function download(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function WatchlistTab({ i18n, send }: { i18n: I18n; send: SendMessage }) {
  const [text, setText] = useState('');
  const [fileName, setFileName] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [portfolio, setPortfolio] = useState<Portfolio | null>(null);
  const [screen, setScreen] = useState<ScreenResponse | null>(null);
  const [names, setNames] = useState<Map<string, string>>(new Map());
  /** Watched ids the data did not have when asked (removed by an update, or never in it). */
  const [notInData, setNotInData] = useState<ReadonlySet<string>>(new Set());
  /** Watched ids already asked for: each is asked once, found or not. */
  const asked = useRef(new Set<string>());
  const fileInput = useRef<HTMLInputElement>(null);
  const watch = useWatchlist();
  const today = localIsoDate(new Date());
  const inTab = new URLSearchParams(location.search).get('view') === 'watchlist';

  useEffect(() => {
    document.body.classList.toggle('dl-wl-tab', inTab);
  }, [inTab]);

  const rows = useMemo(
    () => (portfolio && screen ? screenRows(portfolio.holdings, screen, today) : []),
    [portfolio, screen, today],
  );
  const watched = new Set(watch.items.map((i) => i.id));

  // Names of watched companies not in the current result (the list shows them by name). Each
  // id is asked for once: one the data does not have is remembered as such, not asked again
  // (asking again would find nothing again, and each answer would start another round).
  useEffect(() => {
    const ask = watch.items
      .map((i) => i.id)
      .filter((id) => !names.has(id) && !asked.current.has(id))
      .slice(0, 500);
    if (!ask.length) return;
    for (const id of ask) asked.current.add(id);
    request(send, { type: 'getEntities', ids: ask }).then(
      (r) => {
        setNames((old) => withNames(old, r.entities));
        const found = new Set(r.entities.map((e) => e.id));
        const absent = ask.filter((id) => !found.has(id));
        if (absent.length) setNotInData((old) => new Set([...old, ...absent]));
      },
      // Asked again only when something else changes (another screening, the watchlist).
      () => ask.forEach((id) => asked.current.delete(id)),
    );
  }, [watch.items, send, names, notInData]);

  const run = async (result: PortfolioResult) => {
    setScreen(null);
    setPortfolio(null);
    if (!result.ok) {
      setError(errorText(i18n, result.error));
      return;
    }
    setError(null);
    setBusy(true);
    try {
      // The line stays here; the background needs only what identifies each holding.
      const holdings = result.portfolio.holdings.map((h) => ({
        symbol: h.symbol,
        isin: h.isin,
        name: h.name,
        exchange: h.exchange,
        query: h.query,
      }));
      const response = await request(send, { type: 'screen', holdings });
      setPortfolio(result.portfolio);
      setScreen(response);
      setNames((old) => withNames(old, response.entities));
    } catch (e) {
      setError(screenErrorText(i18n, e));
    } finally {
      setBusy(false);
    }
  };

  const onFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    setFileName(file.name);
    // Checked before reading: a huge file is refused without loading it.
    if (file.size > MAX_FILE_BYTES) {
      await run({ ok: false, error: { code: 'too-large', limitMb: MAX_FILE_BYTES / 1048576 } });
    } else {
      try {
        await run(readPortfolioFile(new Uint8Array(await file.arrayBuffer())));
      } catch {
        setError(i18n.t('wl.error.read'));
      }
    }
    // The same file can be chosen again after it was edited.
    input.value = '';
  };

  const designated = rows.filter((r) => r.category === 'designated' && r.entity);
  const unwatched = [...new Map(designated.map((r) => [r.entity!.id, r])).values()].filter(
    (r) => !watched.has(r.entity!.id),
  );
  const counts = countRows(rows);
  // "File: x.csv. " before a message, worded and punctuated by the language.
  const inFile = (text: string) =>
    fileName ? i18n.t('wl.inFile', { name: fileName, text }) : text;

  return (
    <div class="dl-watchlist" lang={i18n.lang}>
      <section class="dl-wl-input" aria-labelledby="dl-wl-title">
        <div class="dl-wl-head">
          <h2 id="dl-wl-title">{i18n.t('wl.title')}</h2>
          {!inTab && (
            <a
              class="dl-wl-open"
              href={browser.runtime.getURL('/popup.html?view=watchlist')}
              target="_blank"
              rel="noopener"
            >
              {i18n.t('wl.openTab')}
            </a>
          )}
        </div>
        <p class="dl-wl-intro">{i18n.t('wl.intro')}</p>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            setFileName(null);
            void run(readPortfolioText(text));
          }}
        >
          <label class="dl-wl-label" for="dl-wl-paste">
            {i18n.t('wl.pasteLabel')}
          </label>
          <textarea
            id="dl-wl-paste"
            class="dl-wl-paste"
            rows={4}
            spellcheck={false}
            autoComplete="off"
            value={text}
            onInput={(e) => setText((e.target as HTMLTextAreaElement).value)}
          />
          <div class="dl-wl-actions">
            <button type="submit" class="dl-wl-button" disabled={busy || !text.trim()}>
              {i18n.t('wl.screen')}
            </button>
            <span class="dl-wl-file">
              <label class="dl-wl-label" for="dl-wl-file">
                {i18n.t('wl.import')}
              </label>
              <input
                id="dl-wl-file"
                ref={fileInput}
                type="file"
                accept=".csv,.txt,.tsv,text/csv,text/plain"
                aria-describedby="dl-wl-file-help"
                disabled={busy}
                onChange={(e) => void onFile(e.currentTarget)}
              />
            </span>
          </div>
          <p id="dl-wl-file-help" class="dl-wl-help">
            {i18n.t('wl.importHelp', { mb: MAX_FILE_BYTES / 1048576 })}
          </p>
        </form>
      </section>

      <div aria-live="polite" class="dl-wl-status">
        {busy && <p>{i18n.t('wl.busy')}</p>}
      </div>
      {error && (
        <p role="alert" class="dl-wl-error">
          {inFile(error)}
        </p>
      )}

      {portfolio && screen && (
        <section class="dl-wl-results" aria-labelledby="dl-wl-caption">
          <p class="dl-wl-read">
            {inFile(
              portfolio.format === 'table'
                ? i18n.t('wl.readTable', {
                    count: portfolio.holdings.length,
                    line: portfolio.headerLine ?? 1,
                    columns: Object.values(portfolio.columns).filter(Boolean).join(', '),
                    skipped: portfolio.skipped,
                  })
                : i18n.t('wl.readList', { count: portfolio.holdings.length }),
            )}
          </p>
          <p class="dl-wl-summary" data-testid="summary">
            {i18n.t('wl.summary', { total: rows.length, ...counts })}
          </p>
          <div class="dl-wl-coverage">
            <p>{i18n.t('wl.coverage', { date: i18n.date(screen.asOf) })}</p>
            <p>{i18n.t('wl.notCovered')}</p>
            <p>{i18n.t('wl.funds')}</p>
          </div>
          <div class="dl-wl-actions">
            <button
              type="button"
              class="dl-wl-button"
              onClick={() =>
                download(
                  i18n.t('wl.exportName', { date: today }),
                  exportCsv(i18n, rows, screen.asOf),
                )
              }
            >
              {i18n.t('wl.export')}
            </button>
            {unwatched.length > 0 && (
              <button
                type="button"
                class="dl-wl-button dl-wl-secondary"
                onClick={() =>
                  void watch.add(
                    unwatched.map((r) => ({ id: r.entity!.id, label: enteredText(r.holding) })),
                  )
                }
              >
                {i18n.t('wl.watchAll', { count: unwatched.length })}
              </button>
            )}
          </div>
          <ResultTable
            rows={rows}
            i18n={i18n}
            watched={watched}
            onWatch={(r) => void watch.add([{ id: r.entity!.id, label: enteredText(r.holding) }])}
            onUnwatch={(id) => void watch.remove(id)}
          />
        </section>
      )}

      <section class="dl-wl-list" aria-labelledby="dl-wl-list-title">
        <h2 id="dl-wl-list-title">{i18n.t('wl.listTitle')}</h2>
        <p class="dl-wl-help">{i18n.t('wl.listHelp')}</p>
        {watch.items.length === 0 ? (
          <p>{i18n.t('wl.listEmpty')}</p>
        ) : (
          <ul class="dl-wl-watched">
            {watch.items.map((item) => {
              const name = names.get(item.id) ?? item.id;
              const gone = !names.has(item.id) && notInData.has(item.id);
              return (
                <li key={item.id} data-watched={item.id} data-gone={gone || undefined}>
                  <span class="dl-wl-watched-name">{name}</span>
                  {gone && (
                    <span class="dl-wl-muted dl-wl-block dl-wl-gone">{i18n.t('wl.notInData')}</span>
                  )}
                  <span class="dl-wl-muted">
                    {i18n.t('wl.entered', {
                      label: item.label,
                      date: addedDate(i18n, item.addedAt),
                    })}
                  </span>
                  <button
                    type="button"
                    class="dl-link-button"
                    aria-label={i18n.t('wl.removeLabel', { name })}
                    onClick={() => void watch.remove(item.id)}
                  >
                    {i18n.t('wl.remove')}
                  </button>
                </li>
              );
            })}
          </ul>
        )}
      </section>
    </div>
  );
}

function ResultTable(props: {
  rows: readonly ScreenRow[];
  i18n: I18n;
  watched: ReadonlySet<string>;
  onWatch: (row: ScreenRow) => void;
  onUnwatch: (id: string) => void;
}) {
  const { rows, i18n, watched } = props;
  const col = {
    holding: i18n.t('wl.col.holding'),
    company: i18n.t('wl.col.company'),
    lists: i18n.t('wl.col.lists'),
    deadline: i18n.t('wl.col.deadline'),
    watch: i18n.t('wl.col.watch'),
  };
  // Explicit roles: the narrow layout stacks cells with CSS, which drops a table's semantics
  // in some browsers.
  return (
    <table class="dl-wl-table" role="table">
      <caption id="dl-wl-caption">{i18n.t('wl.caption')}</caption>
      <thead role="rowgroup">
        <tr role="row">
          {Object.values(col).map((c) => (
            <th key={c} role="columnheader" scope="col">
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody role="rowgroup">
        {rows.map((r) => {
          const h = r.holding;
          const primary = h.query ?? h.symbol ?? h.isin ?? h.name ?? '';
          const secondary = h.query ? [] : [h.symbol ? h.isin : undefined, h.name].filter(Boolean);
          const id = r.entity?.id;
          return (
            <tr
              key={r.index}
              role="row"
              class={`dl-wl-row dl-wl-${r.category}${r.status ? ` dl-wl-sev-${r.status.severity}` : ''}`}
              data-result={r.category}
              data-entity={id}
              data-line={h.line}
            >
              <td role="cell" data-label={col.holding}>
                <span class="dl-wl-entered">{primary}</span>
                {secondary.map((s) => (
                  <span key={s} class="dl-wl-muted dl-wl-block">
                    {s}
                  </span>
                ))}
                <span class="dl-wl-muted dl-wl-block">
                  {i18n.t('wl.line', { line: h.line })}
                  {h.exchange ? ` · ${h.exchange}` : ''}
                  {h.quantity ? ` · ${i18n.t('wl.quantity', { quantity: h.quantity })}` : ''}
                </span>
              </td>
              <td role="cell" data-label={col.company}>
                <span class={`dl-wl-result dl-wl-result-${r.category}`}>
                  {i18n.t(`wl.result.${r.category}`)}
                </span>
                {r.entity && r.resolution.kind === 'match' && (
                  <>
                    <span class="dl-wl-company">{r.entity.name}</span>
                    <span class="dl-wl-muted dl-wl-block">{matchedByText(i18n, r.resolution)}</span>
                  </>
                )}
                {r.category === 'possible' && (
                  <>
                    <span class="dl-wl-muted dl-wl-block">{i18n.t('wl.possible')}</span>
                    <ul class="dl-wl-candidates">
                      {r.candidates.map((c) => (
                        <li key={c.entity.id}>
                          {c.entity.name}{' '}
                          <span class="dl-wl-muted">({matchedByText(i18n, c.evidence)})</span>
                        </li>
                      ))}
                    </ul>
                  </>
                )}
              </td>
              <td role="cell" data-label={col.lists}>
                {r.status && (
                  <ul class="dl-wl-lists">
                    {r.status.lists.map((l) => (
                      <li key={l.list} data-list={l.list}>
                        <span class={`dl-badge dl-badge-${l.severity}`}>
                          {i18n.t(`badge.${l.severity}`)}
                        </span>{' '}
                        <span class="dl-wl-list-name">{listName(i18n, l.list)}</span>
                        <span class="dl-wl-muted dl-wl-block">{stateLine(i18n, l)}</span>
                      </li>
                    ))}
                  </ul>
                )}
              </td>
              <td role="cell" data-label={col.deadline}>
                {r.deadline ? (
                  <time dateTime={r.deadline.date}>{deadlineText(i18n, r.deadline)}</time>
                ) : r.status ? (
                  <span class="dl-wl-muted">{i18n.t('wl.noDeadline')}</span>
                ) : null}
              </td>
              <td role="cell" data-label={col.watch}>
                {id && (
                  <button
                    type="button"
                    class="dl-wl-toggle"
                    aria-pressed={watched.has(id)}
                    aria-label={i18n.t('wl.watchLabel', { name: r.entity!.name })}
                    onClick={() => (watched.has(id) ? props.onUnwatch(id) : props.onWatch(r))}
                  >
                    {watched.has(id) ? i18n.t('wl.watching') : i18n.t('wl.watch')}
                  </button>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
